### Komandinės eilutės įrankis signatory-map: komanda `image` (žemėlapio
### paveikslas socialiniams tinklams, programėlėms ir spaudai) ir paveikslo
### žodžiai, kurių valdiklis neturi. Į valdiklį niekada nepatenka.

## Paveikslo šaltinio eilutėje, po „Pagrindo žemėlapis: Natural Earth · “.
## $url: duomenų šaltinio nuoroda be https:// („coe.int/en/web/…“).
tool-image-source = Šaltinis: { $url }

## Netinkamas komandos `image` naudojimas (išėjimo kodas 2).
tool-image-usage-bad-format = --format yra svg arba png, ne „{ $format }“
tool-image-usage-no-format = nurodykite, kokį paveikslą daryti: --format svg arba --format png (arba -o FAILAS, kurio pavadinimas baigiasi .svg ar .png)
tool-image-usage-bad-width = --width – sveikasis pikselių skaičius nuo { $min } iki { $max }, ne „{ $width }“
tool-image-usage-png-terminal = PNG sugadintų šį terminalą: įrašykite jį į failą su -o FAILAS arba perduokite kanalu

## Įrašius paveikslą (standartinėje klaidų išvestyje).
## $width, $height: pikseliai; $signatories: „15 signatarų“.
tool-image-wrote = įrašyta į { $file }: { $width } × { $height } px, { $signatories }
tool-image-failed = paveikslo padaryti nepavyko: { $reason }

## --help
tool-image-help = nupiešia žemėlapį kaip paveikslą (SVG ar PNG) socialiniams tinklams, programėlėms ir spaudai
tool-image-help-about = Nupiešia pirmąjį žemėlapio vaizdą kaip 1200 × 630 kortelę: pavadinimą, datą ir vietą, skaičius, santraukos sakinį, žemėlapį su žymekliais, legendą ir šaltinio eilutę, --lang nurodyta kalba. Socialiniams tinklams, programėlių ir AMP puslapiams bei spaudai, kur valdiklis veikti negali. Jei duomenys būtų atmesti, nieko neįrašoma.
tool-image-help-format = svg (tekstas, tinka bet kokiam dydžiui) arba png (pikseliai); numatytasis – pagal -o failo pabaigą
tool-image-help-width = paveikslo plotis pikseliais, nuo { $min } iki { $max } (numatytasis { $default }); aukštis – 630/1200 pločio, o kortelė bet kokio pločio ta pati, tik ryškesnė
tool-image-help-output = įrašo paveikslą į FAILĄ (pakeičiamą iškart), o ne į standartinę išvestį
tool-image-help-files = Vienas duomenų rinkinys: .json failas arba vieno rinkinio darbaknygė ar CSV failai (kaip juos priima convert).
tool-image-help-credit = Pagrindo žemėlapis: Natural Earth (viešoji nuosavybė). Šriftai: DejaVu Sans (Bitstream Vera ir DejaVu licencija), pateikiami su įrankiu, todėl PNG visuose kompiuteriuose vienodas.
