greeting = Labas, { $vardas }
count = { $n ->
    [one] { $n } signataras
   *[other] { $count } signatarų
}
plain = Nieko { $x }
