greeting = Hello, { $name }
count = { $count ->
    [one] one signatory
   *[other] { $count } signatories
}
plain = Nothing to fill in
