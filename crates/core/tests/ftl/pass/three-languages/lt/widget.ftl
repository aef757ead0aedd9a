-brand = Signatarų žemėlapis
title = Sveiki, tai { -brand }
count = { $count ->
    [0] Signatarų dar nėra
    [one] { $count } signataras
    [few] { $count } signatarai
   *[other] { $count } signatarų
}
summary = { $place }: { count }
button = Rodyti visus
    .title = Rodyti visus signatarus
subtitle = Visos pasirašiusios organizacijos pagal šalį.
braces = {"{"}"lt"{"}"} { 42 }{ "\u00A0" }pabaiga
farewell = Viso gero
