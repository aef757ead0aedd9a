### Komandinės eilutės įrankis signatory-map: vietos, randamos vietovių
### žinyne (GeoNames), kai eilutėje nėra platumos ir ilgumos.
### $query – ko prašyta eilutėje („Springfield, US“); $place – paimta vieta
### („Mountain View, California“). Valdiklyje niekada nerodoma.

tool-place-region-code = regionas { $code }
tool-place-found = { $query }: rasta { $place }
tool-place-taken = { $query }: paimta { $place } (gyv. { $population }); norėdami pasirinkti kitą vietą, nurodykite regioną
tool-place-taken-in-region = { $query }: paimta { $place } (gyv. { $population }), didžiausia iš tokiu pavadinimu tame regione esančių vietų (iš viso { $count }); norėdami pasirinkti kitą, nurodykite platumą ir ilgumą
tool-place-ambiguous = { $query }: tinka { $count ->
    [one] { $count } vieta
    [few] { $count } vietos
   *[other] { $count } vietų
} ({ $regions }); nurodykite regioną arba platumą ir ilgumą
tool-place-ambiguous-in-region = { $query }: regione „{ $region }“ tinka { $count ->
    [one] { $count } panašaus dydžio vieta
    [few] { $count } panašaus dydžio vietos
   *[other] { $count } panašaus dydžio vietų
}; nurodykite platumą ir ilgumą
tool-place-not-in-region = { $query }: regione „{ $region }“ tokiu pavadinimu vietos nėra; tokiu pavadinimu vietų yra: { $regions }; pataisykite regioną arba nurodykite platumą ir ilgumą
tool-place-unknown = { $query }: vietovių žinyne tokios vietos nėra (jame yra vietos, kuriose gyvena { $min } ar daugiau žmonių); patikrinkite rašybą arba nurodykite platumą ir ilgumą
tool-place-unknown-suggest = { $query }: vietovių žinyne tokios vietos nėra; panašiausi pavadinimai: { $suggestions }; patikrinkite rašybą arba nurodykite platumą ir ilgumą
tool-place-no-city = nėra miesto, kurį būtų galima surasti; įrašykite miestą arba platumą ir ilgumą
tool-place-no-country = { $query }: vietovių žinyne nėra vietų šalyje { $country }; nurodykite platumą ir ilgumą
tool-place-unavailable = nepavyko perskaityti įtaisytojo vietovių žinyno ({ $reason }); nurodykite platumą ir ilgumą arba iš naujo įdiekite įrankį
