### The signatory-map command-line tool: places found in the offline
### gazetteer (GeoNames) when a row has no latitude and longitude.
### $query is what the row asked ("Springfield, US"); $place the place
### taken ("Mountain View, California"). Never shipped in the widget.

tool-place-region-code = region { $code }
tool-place-found = { $query } found: { $place }
tool-place-taken = { $query } taken as { $place } (pop. { $population }); add a region to choose another
tool-place-taken-in-region = { $query } taken as { $place } (pop. { $population }), the largest of { $count } places of that name there; add latitude and longitude to choose another
tool-place-ambiguous = { $query } matches { $count ->
    [one] { $count } place
   *[other] { $count } places
} ({ $regions }); add a region or latitude and longitude
tool-place-ambiguous-in-region = { $query } matches { $count ->
    [one] { $count } place
   *[other] { $count } places
} of similar size in region “{ $region }”; add latitude and longitude
tool-place-not-in-region = { $query }: no place of that name in region “{ $region }”; there are places of that name in { $regions }; correct the region or add latitude and longitude
tool-place-unknown = { $query }: no such place in the gazetteer (it lists places of { $min } people or more); check the spelling or add latitude and longitude
tool-place-unknown-suggest = { $query }: no such place in the gazetteer; closest names: { $suggestions }; check the spelling or add latitude and longitude
tool-place-no-city = no city to look up; add the city, or latitude and longitude
tool-place-no-country = { $query }: the gazetteer has no places in { $country }; add latitude and longitude
tool-place-unavailable = the built-in gazetteer could not be read ({ $reason }); add latitude and longitude, or reinstall the tool
