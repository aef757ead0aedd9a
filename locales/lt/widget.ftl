### Signatarų žemėlapio valdiklis — lietuvių kalba.
### Pranešimų identifikatoriai prasideda juos rodančio komponento vardu.

## Kalbos perjungiklis kiekvieną kalbą vadina ja pačia.
language-name = Lietuvių
language-short = LT
language-toggle-label = Kalba

## Antraštė
widget-label = Signatarų žemėlapis
header-meta = Pasirašyta { $date } · { $place }
header-signatories = { $count ->
    [one] { $count } signataras
    [few] { $count } signatarai
   *[other] { $count } signatarų
}
## Po header-signatories: „ · 7 įsipareigojimų sritys“, tuščia, kai 0 (nėra filtro).
header-areas = { $count ->
    [0] {""}
    [one] {" · "}{ $count } įsipareigojimų sritis
    [few] {" · "}{ $count } įsipareigojimų sritys
   *[other] {" · "}{ $count } įsipareigojimų sričių
}
header-source = Šaltinis
header-show-all = Rodyti visą tekstą
header-show-less = Rodyti mažiau

## Sąrašai: „A, B ir C“. $head – visi elementai prieš paskutinį, atskirti kableliais.
list-and = { $head } ir { $last }

## Datos: mėnesių pavadinimai kilmininku, kaip jie rašomi datoje.
date-long = { $year } m. { $month } { $day } d.
month-1 = sausio
month-2 = vasario
month-3 = kovo
month-4 = balandžio
month-5 = gegužės
month-6 = birželio
month-7 = liepos
month-8 = rugpjūčio
month-9 = rugsėjo
month-10 = spalio
month-11 = lapkričio
month-12 = gruodžio

## Sričių filtras
filter-legend = Filtruoti pagal įsipareigojimų sritį
filter-all = Visos sritys
filter-showing = Rodoma { $shown } iš { $total ->
    [one] { $total } signataro
   *[other] { $total } signatarų
}
filter-empty = Nė vienas signataras neatitinka visų pasirinktų sričių.
filter-clear = Išvalyti filtrą
filter-toggle-selected = pasirinkta: { $count }

## Visų signatarų bendros sritys, išvardytos vieną kartą po jų pavadinimu
## vietoj filtro, kuris nieko negalėtų atrinkti: „Dėl jų susitarė visi 15 signatarų.“
areas-shared-by = Dėl jų susitarė { $count ->
    [1] vienintelis signataras
    [one] visi { $count } signataras
    [few] visi { $count } signatarai
   *[other] visi { $count } signatarų
}.
## Po jo, kai duomenų sričių sąrašas nepilnas (šaltinio žodžiais „pagrindinės sritys“).
areas-among-others = Be kita ko, tai šios pagrindinės sritys:

## Signatarų rūšys
kind-company = Bendrovė
kind-association = Asociacija
kind-institution = Institucija
legend-label = Signatarų rūšys

## Žemėlapis
map-label = Signatarų būstinių žemėlapis
map-zoom-in = Priartinti
map-zoom-out = Nutolinti
map-reset = Atkurti pradinį vaizdą
marker-label = { $name }, { $kind }, { $city }
marker-kind-company = bendrovė
marker-kind-association = asociacija
marker-kind-institution = institucija
## Grupės pavadinimas: vietos ($places – miestų ar šalių sąrašas, vardininku,
## todėl po dvitaškio), arba kiek šalių, kai jų per daug išvardyti.
group-label = { $count ->
    [one] { $count } signataras
    [few] { $count } signatarai
   *[other] { $count } signatarų
}: { $places }
group-label-countries = { $count ->
    [one] { $count } signataras
    [few] { $count } signatarai
   *[other] { $count } signatarų
} iš { $countries ->
    [one] { $countries } šalies
   *[other] { $countries } šalių
}
## Šalies pavadinimas sakinyje: vardininku, kaip jį pateikia naršyklė (Intl).
country-in-text = { $name }
group-close = Uždaryti grupę
map-attribution = Pagrindo žemėlapis: Natural Earth
## Šalia šaltinio: diena, kurios duomenys rodomi (duomenų „updated“, kitaip susitarimo data).
map-data-as-of = Duomenys { $date }
map-wheel-hint = Norėdami keisti mastelį, laikykite { $key } ir sukite ratuką
map-keys = Rodyklių klavišai stumia žemėlapį, pliusas ir minusas keičia mastelį, 0 grąžina pradinį vaizdą. Paspaudę Tab pasieksite žymeklius, tarp jų judėkite rodyklėmis.

## Žemėlapio santrauka: vienas sakinys apie tai, ką rodo žemėlapis, skaitomas
## prieš žymeklius (jo tekstinė alternatyva). $parts – kiekvienos rodomos
## rūšies summary-kind, sujungti list-and; $areas – summary-areas. Pavadinimai, miestai ir sritys imami iš duomenų
## vardininku, todėl formuluotė jų nelinksniuoja („Europos Taryba (Strasbūras)“).
summary-all = { $total } { $total ->
    [one] signataras
    [few] signatarai
   *[other] signatarų
}: { $parts }.
summary-filtered = { $shown } iš { $total } { $total ->
    [one] signataro
   *[other] signatarų
} įsipareigojo { $areas }: { $parts }.
summary-empty = { $total ->
    [0] Duomenyse signatarų nėra.
    [1] Vienintelis signataras neįsipareigojo { $areas }.
   *[other] Nė vienas iš { $total } { $total ->
        [one] signataro
       *[other] signatarų
    } neįsipareigojo { $areas }.
}
summary-areas = { $count ->
    [1] srityje „{ $first }“
    [2] abiejose srityse „{ $first }“ ir „{ $second }“
   *[other] visose pasirinktose srityse ({ $count })
}
# $count 1: vienintelio nario $name ir $city; kitaip $kind – rūšis, kaip ji
# rašoma duomenyse.
summary-kind = { $count ->
    [1] { $name } ({ $city })
   *[other] { $count } { $kind ->
        [company] { $count ->
            [one] bendrovė
            [few] bendrovės
           *[other] bendrovių
        }
        [association] { $count ->
            [one] asociacija
            [few] asociacijos
           *[other] asociacijų
        }
       *[institution] { $count ->
            [one] institucija
            [few] institucijos
           *[other] institucijų
        }
    } iš { $countries } { $countries ->
        [one] šalies
       *[other] šalių
    }
}
## Sąrašas ir išsami informacija
list-label = Signatarai
list-show-more = Rodyti dar { $count } (liko: { $remaining })
detail-kind = Rūšis
detail-location = Būstinė
detail-areas = Įsipareigojimų sritys
detail-website = Svetainė
detail-close = Uždaryti išsamią informaciją
detail-location-value = { $city }, { $country }

## Įkėlimas ir klaidos
static-note = Tai momentinė kopija: interaktyvus žemėlapis šioje naršyklėje negali veikti.
status-loading = Įkeliami signatarai…
error-title = Žemėlapio parodyti nepavyko
error-load = Nepavyko įkelti duomenų: { $reason }.
error-load-timeout = serveris neatsakė per { $seconds } s
error-load-content-type = serveris atsiuntė „{ $type }“, o ne JSON
error-load-too-large = failas didesnis nei { $limit } MB
warning-dropped = { $count ->
    [one] { $count } signataras praleistas dėl klaidų duomenyse:
    [few] { $count } signatarai praleisti dėl klaidų duomenyse:
   *[other] { $count } signatarų praleista dėl klaidų duomenyse:
}
error-load-http = serveris atsakė { $status }
error-load-network = tinklo užklausa nepavyko
error-load-not-json = failas nėra tinkamas JSON
error-load-not-json-at = failas nėra tinkamas JSON (eilutė { $line }, stulpelis { $column })
error-invalid = { $count ->
    [one] Duomenyse rasta { $count } problema:
    [few] Duomenyse rastos { $count } problemos:
   *[other] Duomenyse rasta { $count } problemų:
}
error-more = … ir dar { $count } (visos išvardytos naršyklės konsolėje)
error-retry = Bandyti dar kartą

## Duomenų problemos (rodomos po JSON kelio)
problem-wrong-type = tikėtasi { $expected ->
    [object] objekto
    [array] sąrašo
    [string] teksto
    [number] skaičiaus
    [boolean] loginės reikšmės
   *[text-by-language] tekstų pagal kalbą, pvz., {"{"}"en": "…"{"}"}
}, rasta: { $found ->
    [null] null
    [boolean] loginė reikšmė
    [number] skaičius
    [string] tekstas
    [array] sąrašas
   *[object] objektas
}
problem-missing = trūksta privalomo lauko
problem-out-of-range = { $value } nepatenka į intervalą { $min }..{ $max }
problem-unsupported-version = { $found } versija nepalaikoma (valdiklis skaito 1 versiją)
problem-duplicate-id = identifikatorius „{ $id }“ jau panaudotas: { $first }
problem-invalid-id = identifikatorių „{ $id }“ gali sudaryti tik raidės, skaitmenys, „-“, „_“, „.“ ir „:“
problem-unknown-area = sritis „{ $id }“ nenurodyta sąraše „areas“
problem-unknown-kind = „{ $value }“ nėra rūšis (company, association arba institution)
problem-invalid-country = „{ $value }“ nėra dviejų raidžių ISO 3166-1 šalies kodas
problem-invalid-date = „{ $value }“ nėra data formatu YYYY-MM-DD
problem-empty-text = tekstas tuščias
problem-missing-english = būtinas tekstas anglų kalba („en“): juo pakeičiami trūkstami vertimai
problem-too-many = sąraše yra { $count }, o šis valdiklis priima ne daugiau kaip { $limit }
problem-too-long = teksto ilgis – { $length }, o šis valdiklis priima ne daugiau kaip { $limit } simbolių
problem-too-deep = sąrašų ir objektų įdėtis viršija leidžiamą gylį ({ $limit })
