### Įrankio signatory-map komandos `prerender` ir `embed`: naudojimo
### klaidos, klaidos ir pagalba, ir žodžiai, kuriuos jos įrašo į puslapį
### (įterpimo fragmento komentaras ir atsarginė pastraipa, puslapio
### kalba). Valdiklyje niekada nerodoma (funkcija `tool-messages`).

## Netinkamas naudojimas (išėjimo kodas 2). $command: „prerender“, „embed“; $option: „--lang“, „--src“.
tool-cli-usage-not-for = { $option } nėra komandos { $command } parinktis
tool-cli-usage-required = komandai { $command } reikia parinkties { $option }
tool-cli-usage-one-dataset = komanda { $command } apdoroja vieną duomenų rinkinį, o šie failai sudaro { $count ->
    [one] { $count } rinkinį
    [few] { $count } rinkinius
   *[other] { $count } rinkinių
}: nurodykite vieną .json failą arba vieno rinkinio skaičiuoklės failus

## Nėra CDN failų vientisumo maišų (išėjimo kodas 1).
tool-cli-integrity-missing = nėra CDN failų vientisumo maišų: trūksta { $file }. Paleiskite scripts/build.sh arba nurodykite --dist APLANKAS – aplanką su signatory-map.js ir signatory-map.css, kuriuos įkelsite
tool-cli-integrity-lacks = { $file } neturi { $name } maišos: jis iš senesnio darinio. Dar kartą paleiskite scripts/build.sh arba nurodykite --dist APLANKAS
## Standartinėje klaidų išvestyje po `embed`; $file – „-“, kai rašoma į standartinę išvestį.
tool-cli-embed-size = { $file }: fragmentas užima { $bytes ->
    [one] { $bytes } baitą
    [few] { $bytes } baitus
   *[other] { $bytes } baitų
}

## --help
tool-cli-help-prerender = įrašo pirmąjį valdiklio vaizdą kaip statinį HTML
tool-cli-help-embed = įrašo įklijuoti paruoštą HTML fragmentą su žemėlapio momentine kopija
tool-cli-help-prerender-about = Įrašo pirmąjį duomenų rinkinio valdiklio vaizdą kaip statinį HTML (deklaratyvią šešėlinę šaknį), dedamą į <signatory-map>: skaitytojai žemėlapį mato nuo pirmojo piešimo ir be WebAssembly. Jei duomenys būtų atmesti, pranešimai tokie patys kaip komandos check ir nieko neįrašoma.
tool-cli-help-embed-about = Įrašo HTML fragmentą, įklijuojamą į puslapį: vieno failo CDN darinio scenarijaus žymę su vientisumo maiša, elementą <signatory-map> su src, momentinę kopiją puslapio kalba, kitos kalbos kopiją kaip inertišką šabloną ir atsarginę pastraipą. Jam nereikia įterptinių scenarijų ar stilių (tinka griežta Content-Security-Policy). Jo dydis rašomas į standartinę klaidų išvestį.
tool-cli-help-snapshot-lang = momentinės kopijos ir pranešimų kalba: en arba lt (privaloma)
tool-cli-help-page-lang = puslapio ir pranešimų kalba: pirmiau rodoma momentinė kopija ir atsarginė pastraipa; kitos kalbos kopija pridedama kaip šablonas (numatytoji – en)
tool-cli-help-stylesheet = signatory-map.css URL, kaip jį įkelia puslapis, momentinės kopijos žymei <link> (numatytasis – signatory-map.css šalia puslapio)
tool-cli-help-src = duomenų JSON, kurį įkelia veikiantis valdiklis, URL (privaloma)
tool-cli-help-cdn = bazinis URL, iš kurio teikiami signatory-map.js, signatory-map.wasm ir signatory-map.css iš www/dist/cdn/ (numatytasis – šalia puslapio)
tool-cli-help-dist = apskaičiuoja vientisumo maišas iš APLANKE esančių signatory-map.js ir signatory-map.css – failų, kuriuos įkeliate (numatytasis – skaitomas www/dist/cdn/integrity.json)
tool-cli-help-output-html = įrašo HTML į FAILĄ (pakeičiamą iškart, niekada ne pusiau įrašytą), o ne į standartinę išvestį
tool-cli-help-publish-files = Failai sudaro vieną duomenų rinkinį: .json failą arba skaičiuoklės failus, kuriuos priima convert (darbaknygę arba po vieną CSV failą kiekvienam lapui).

## Fragmente: jo pradžios komentaras puslapio kūrėjui.
tool-embed-comment-made = Sukurta komanda `signatory-map embed` { $version } iš duomenų adresu { $src }; pasikeitus duomenims, sukurkite iš naujo.
tool-embed-comment-css = Įrašykite šią taisyklę į puslapio stilių failą (ne kaip įterptinį stilių – griežta Content-Security-Policy jį atmeta), kad žemėlapio vieta būtų rezervuota dar prieš atsiunčiant scenarijų:
tool-embed-comment-csp = Content-Security-Policy: script-src reikia CDN kilmės ir 'wasm-unsafe-eval'; style-src ir connect-src – CDN kilmės; connect-src – ir duomenų kilmės.
## Atsarginė pastraipa naršyklėms, kurios negali parodyti žemėlapio.
tool-embed-fallback = { $count ->
    [one] Interaktyvus susitarimo „{ $title }“ { $count } signataro žemėlapis pasirodys čia, kai jūsų naršyklė galės jį paleisti.
   *[other] Interaktyvus susitarimo „{ $title }“ { $count } signatarų žemėlapis pasirodys čia, kai jūsų naršyklė galės jį paleisti.
}
tool-embed-fallback-source = Susitarimo šaltinis
tool-embed-fallback-data = Duomenys (JSON)
