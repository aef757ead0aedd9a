### Komandinės eilutės įrankis signatory-map: kodėl failo nepavyksta
### perskaityti ir ką daryti Excel arba LibreOffice programoje.
### Valdiklyje niekada nerodoma (kompiliuojama tik su branduolio
### funkcija `tool-messages`).

tool-read-empty = failas tuščias: jame nėra nė vienos užpildytos eilutės. Patikrinkite, ar tai tas failas; jei lape yra duomenų, išsaugokite jį iš naujo.
tool-read-too-big = failo dydis – { $size } MB, o įrankis skaito ne didesnius nei { $max } MB failus. Ištrinkite tai, ko žemėlapiui nereikia (kitus lapus, paveikslėlius, formatavimą), arba išsaugokite signatarus kaip CSV UTF-8.
tool-read-too-many-rows = po antraštės faile yra daugiau nei { $limit } eilučių, o žemėlapyje rodoma ne daugiau nei { $limit } signatarų. Pašalinkite eilutes arba padalykite duomenis į kelis žemėlapius.
tool-read-too-many-rows-sheet = po lapo „{ $sheet }“ antrašte yra daugiau nei { $limit } eilučių, o žemėlapyje rodoma ne daugiau nei { $limit } signatarų. Pašalinkite eilutes arba padalykite duomenis į kelis žemėlapius.
## $encoding: windows-1257, windows-1252, utf-16 (be baitų tvarkos žymės) arba unknown.
tool-read-not-utf8 = { $encoding ->
    [windows-1257] failas nėra UTF-8 tekstas: panašu, kad tai Windows-1257 (Baltijos) koduotė, kuria „CSV“ išsaugo senesnės Excel versijos.
    [windows-1252] failas nėra UTF-8 tekstas: panašu, kad tai Windows-1252 (Vakarų Europos) koduotė, kuria „CSV“ išsaugo senesnės Excel versijos.
    [utf-16] panašu, kad failas yra UTF-16 tekstas be tai nurodančios žymės.
   *[other] failas nėra UTF-8 tekstas.
} Pirmoji eilutė, kurios nepavyksta perskaityti, – { $line }. Išsaugokite failą iš naujo kaip „CSV UTF-8 (Comma delimited)“ (Excel: Failas › Įrašyti kaip) arba kaip „Text CSV“ su simbolių rinkiniu „Unicode (UTF-8)“ (LibreOffice).
tool-read-broken-utf16 = failas prasideda kaip UTF-16 tekstas, bet { $line } eilutė sugadinta (galbūt failas nepilnas). Išsaugokite jį iš naujo kaip „CSV UTF-8 (Comma delimited)“ arba „Unicode Text“.
## $kind: pdf, numbers, document, image arba binary.
tool-read-not-spreadsheet = { $kind ->
    [pdf] tai PDF dokumentas, ne skaičiuoklė: įrankis negali skaityti jame esančių lentelių.
    [numbers] tai Apple Numbers failas, kurio įrankis skaityti negali. Programoje Numbers pasirinkite File › Export To › Excel (arba CSV su teksto koduote Unicode (UTF-8)).
    [document] tai teksto ar pateikties dokumentas, ne skaičiuoklė.
    [image] tai paveikslėlis, ne skaičiuoklė.
   *[other] tai nei skaičiuoklė, nei tekstinis failas.
} Pateikite įrankiui darbaknygę (.xlsx arba .ods) arba išsaugokite lapus kaip „CSV UTF-8“.
tool-read-encrypted = darbaknygė apsaugota slaptažodžiu, todėl jos turinio perskaityti negalima. Atidarykite ją, pašalinkite slaptažodį (Excel: Failas › Informacija › Apsaugoti darbaknygę › Šifruoti naudojant slaptažodį; LibreOffice: Failas › Savybės › Saugumas) ir išsaugokite iš naujo.
tool-read-corrupt = darbaknygės nepavyksta atidaryti: ji sugadinta, nepilna arba ne tokio formato, kokį rodo jos pavadinimas ({ $detail }). Atidarykite ją Excel arba LibreOffice programoje ir išsaugokite iš naujo kaip .xlsx arba išsaugokite lapus kaip „CSV UTF-8“.
