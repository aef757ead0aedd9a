# Adding a language is adding a folder: no Rust change.
-brand = Unterzeichnerkarte
title = Willkommen bei der { -brand }
count = { $count ->
    [one] { $count } Unterzeichner
   *[other] { $count } Unterzeichner
}
summary = { count } in { $place }
button = Alle zeigen
    .title = Alle Unterzeichner zeigen
subtitle = Alle Organisationen, die unterzeichnet haben.
braces = { "{" }"de"{ "}" } { 42 }{ "\u00A0" }Ende
farewell = Auf Wiedersehen
