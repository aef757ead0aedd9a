title = Signatories
count = { $n ->
    [one] one signatory
    [other] { $n } signatories
}
