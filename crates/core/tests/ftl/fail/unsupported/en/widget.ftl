-term = Term
    .gender = feminine
-with-variable = Term { $x }
function = { NUMBER($n) }
term-arguments = { -term(case: "genitive") }
term-attribute = { -term.gender ->
   *[feminine] she
}
nested = { { $x } }
literal-selector = { "a" ->
   *[a] A
}
variable-in-term = { -with-variable }
