### Įrankis signatory-map: ką keitiklis randa lape.
### $table yra agreement, areas arba signatories.

tool-sheet-missing-table = { $table ->
    [agreement] nėra susitarimo lentelės: pateikite lapą „Susitarimas“ (arba „Agreement“) arba CSV failą, kurio eilutėse yra laukai, pvz., „Pavadinimas“ ir „Data“ (docs/spreadsheet-format.md)
    [areas] nėra sričių lentelės
   *[signatories] nėra signatarų lentelės: pateikite lapą „Signatarai“ (arba „Signatories“) arba CSV failą, kurio antraštėje yra „Pavadinimas“, „Rūšis“, „Miestas“ ir „Šalis“ (docs/spreadsheet-format.md)
}
tool-sheet-duplicate-table = antra { $table ->
    [agreement] susitarimo
    [areas] sričių
   *[signatories] signatarų
} lentelė (pirmoji – { $first }): palikite vieną
tool-sheet-unknown-table = šis failas nėra nei susitarimo, nei sričių, nei signatarų lentelė: pirmoji jo eilutė turėtų būti antraštė, pvz., „Pavadinimas“, „Rūšis“, „Miestas“, „Šalis“ (signatarai), „Id“, „Sritis“ (sritys), arba laukas, pvz., „Pavadinimas“ (susitarimas)
tool-sheet-ignored-sheet = šis lapas nėra „Susitarimas“, „Sritys“ ar „Signatarai“, todėl praleidžiamas
tool-sheet-missing-column = nėra stulpelio „{ $column_lt }“ (arba „{ $column }“): pridėkite jį su antrašte pirmoje eilutėje
tool-sheet-duplicate-column = šis stulpelis kartoja stulpelį { $first }: palikite vieną
tool-sheet-ignored-column = įrankis šio stulpelio neskaito, todėl jis praleidžiamas
tool-sheet-ignored-field = įrankis šio lauko neskaito, todėl jis praleidžiamas
tool-sheet-unknown-country = „{ $value }“ nėra nei šalies kodas, nei šalies pavadinimas anglų ar lietuvių kalba{ $suggestions ->
    [0] {""}
   *[other] {""} (gal turėjote omenyje { $closest }?)
}
tool-sheet-unknown-mark = „{ $value }“ nėra žymė, kurią įrankis skaito: įsipareigojimą žymėkite x arba taip, kitaip palikite tuščią arba rašykite ne
tool-sheet-one-coordinate = nurodyta tik platuma arba tik ilguma: nurodykite abi arba palikite abi tuščias, kad miestas būtų surastas
tool-sheet-looks-swapped = panašu, kad platuma ir ilguma sukeistos: platuma viršija ±90, o ilguma tiktų kaip platuma
tool-sheet-decimal-comma = { $count ->
    [one] { $count } skaičius parašytas
    [few] { $count } skaičiai parašyti
   *[other] { $count } skaičių parašyta
} su dešimtainiu kableliu (pvz., „{ $example }“): kablelis perskaitytas kaip taškas
tool-sheet-place-needs-country = pasirašymo vietai reikia lauko „Vietos šalis“ (kad ji būtų surasta) arba „Vietos platuma“ ir „Vietos ilguma“
tool-sheet-areas-from-signatories = { $count ->
    [one] nėra sričių lentelės: { $count } sritis paimta iš signatarų eilučių, pavadinta tik angliškai
    [few] nėra sričių lentelės: { $count } sritys paimtos iš signatarų eilučių, pavadintos tik angliškai
   *[other] nėra sričių lentelės: { $count } sričių paimta iš signatarų eilučių, pavadintos tik angliškai
}
tool-sheet-duplicate-id = identifikatorius „{ $id }“ jau naudojamas { $row } eilutėje: identifikatoriai turi nesikartoti (arba palikite stulpelį „Id“ tuščią, kad jie būtų sukurti)
tool-sheet-unknown-area = „{ $name }“ nėra sričių lentelės sritis: įrašykite vieną iš jos identifikatorių ar pavadinimų arba pridėkite ją ten
tool-sheet-not-a-web-link = „{ $value }“ nėra interneto nuoroda (https://…): skaitytojai nuorodos nematys; įrašykite ją visą
