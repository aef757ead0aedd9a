### A catalogue that uses everything the compiler supports.

-brand = Signatory Map

## Header
title = Welcome to { -brand }
count = { $count ->
    [0] No signatories yet
    [one] { $count } signatory
   *[other] { $count } signatories
}
summary = { count } in { $place }
button = Show all
    .title = Show every signatory
subtitle =
    Every organisation that has signed,
      by country.
braces = { "{" }"en"{ "}" } { 42 }{ "\u00A0" }end
