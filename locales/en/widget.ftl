### Signatory map widget — English.
### Message ids are prefixed by the component that shows them.

## The language toggle names each language in that language.
language-name = English
language-short = EN
language-toggle-label = Language

## Header
widget-label = Map of the signatories
header-meta = Signed { $date } · { $place }
header-signatories = { $count ->
    [one] { $count } signatory
   *[other] { $count } signatories
}
## Follows header-signatories: " · 7 pledge areas", empty for 0 (no filter).
header-areas = { $count ->
    [0] {""}
    [one] {" · "}{ $count } pledge area
   *[other] {" · "}{ $count } pledge areas
}
header-source = Source
header-show-all = Show in full
header-show-less = Show less

## Lists: "A, B and C". $head is the items before the last, joined with ", ".
list-and = { $head } and { $last }

## Dates: the month names as they appear inside a date.
date-long = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Area filter
filter-legend = Filter by pledge area
filter-all = All areas
filter-showing = Showing { $shown } of { $total ->
    [one] { $total } signatory
   *[other] { $total } signatories
}
filter-empty = No signatory matches all the selected areas.
filter-clear = Clear the filter
filter-toggle-selected = { $count } selected

## Areas every signatory shares, listed once under their name instead of a
## filter that could not narrow anything: "Agreed by all 15 signatories."
areas-shared-by = Agreed by { $count ->
    [1] the only signatory
   *[other] all { $count } signatories
}.
## After it when the dataset's list of areas is not complete (the source's words).
areas-among-others = These include, among others:

## Kinds of signatory
kind-company = Company
kind-association = Association
kind-institution = Institution
legend-label = Kinds of signatory

## Map
map-label = Map of the signatories’ headquarters
map-zoom-in = Zoom in
map-zoom-out = Zoom out
map-reset = Reset the view
marker-label = { $name }, { $kind }, { $city }
marker-kind-company = company
marker-kind-association = association
marker-kind-institution = institution
## A group's name: its places ($places, a list of cities or countries,
## by member count), or how many countries when there are too many to name.
group-label = { $count ->
    [one] { $count } signatory
   *[other] { $count } signatories
} in { $places }
group-label-countries = { $count ->
    [one] { $count } signatory
   *[other] { $count } signatories
} in { $countries ->
    [one] { $countries } country
   *[other] { $countries } countries
}
## A country's name in running text ("in the United Kingdom"): $name is the
## browser's (Intl's) name for the country $code; some take "the".
country-in-text = { $code ->
    [GB] the { $name }
    [US] the { $name }
    [NL] the { $name }
    [AE] the { $name }
    [PH] the { $name }
    [BS] the { $name }
    [DO] the { $name }
    [CF] the { $name }
    [KM] the { $name }
    [MV] the { $name }
    [SC] the { $name }
    [MH] the { $name }
    [SB] the { $name }
    [KY] the { $name }
    [VG] the { $name }
    [VI] the { $name }
    [FO] the { $name }
    [FK] the { $name }
    [TC] the { $name }
   *[other] { $name }
}
group-close = Close the group
map-attribution = Basemap: Natural Earth
## Beside the source: the day the data is as of (the dataset's `updated`, else its date).
map-data-as-of = Data as of { $date }
map-wheel-hint = Hold { $key } and scroll to zoom the map
map-keys = Arrow keys move the map, plus and minus zoom, 0 resets it. Press Tab to reach the markers, then use the arrow keys to move between them.

## Map summary: one sentence saying what the map shows, read before its
## markers (its text alternative). $parts: a summary-kind for each kind
## shown, joined by list-and; $areas: summary-areas. Names, cities and area
## labels come from the data as they are (nominative, no article), so the
## wording never changes them.
summary-all = { $total } { $total ->
    [one] signatory
   *[other] signatories
}: { $parts }.
summary-filtered = { $shown } of { $total } signatories pledged on { $areas }: { $parts }.
summary-empty = { $total ->
    [0] The data lists no signatories.
    [1] The only signatory did not pledge on { $areas }.
   *[other] None of the { $total } signatories pledged on { $areas }.
}
summary-areas = { $count ->
    [1] “{ $first }”
    [2] both “{ $first }” and “{ $second }”
   *[other] all { $count } chosen areas
}
# $count 1: the lone member's $name and $city; else $kind is the dataset's
# spelling of the kind.
summary-kind = { $count ->
    [1] { $name } ({ $city })
   *[other] { $count } { $kind ->
        [company] companies
        [association] associations
       *[institution] institutions
    } in { $countries } { $countries ->
        [one] country
       *[other] countries
    }
}
## List and detail
list-label = Signatories
list-show-more = Show { $count } more ({ $remaining } not listed yet)
detail-kind = Kind
detail-location = Headquarters
detail-areas = Pledge areas
detail-website = Website
detail-close = Close the details
detail-location-value = { $city }, { $country }

## Loading and errors
static-note = This is a snapshot: the interactive map cannot run in this browser.
status-loading = Loading the signatories…
error-title = The map cannot be shown
error-load = The data could not be loaded: { $reason }.
error-load-timeout = the server did not answer within { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
}
error-load-content-type = the server sent “{ $type }” instead of JSON
error-load-too-large = the file is larger than { $limit } MB
warning-dropped = { $count ->
    [one] One signatory was left out because of a problem in the data:
   *[other] { $count } signatories were left out because of problems in the data:
}
error-load-http = the server answered { $status }
error-load-network = the network request failed
error-load-not-json = the file is not valid JSON
error-load-not-json-at = the file is not valid JSON (line { $line }, column { $column })
error-invalid = { $count ->
    [one] The data has one problem:
   *[other] The data has { $count } problems:
}
error-more = … and { $count } more (the browser console lists them all)
error-retry = Try again

## Dataset problems (shown after their JSON path)
problem-wrong-type = expected { $expected ->
    [object] an object
    [array] a list
    [string] a text
    [number] a number
    [boolean] true or false
   *[text-by-language] texts by language, such as {"{"}"en": "…"{"}"}
}, found { $found ->
    [null] null
    [boolean] true or false
    [number] a number
    [string] a text
    [array] a list
   *[object] an object
}
problem-missing = this required field is missing
problem-out-of-range = { $value } is outside { $min }..{ $max }
problem-unsupported-version = version { $found } is not supported (this widget reads version 1)
problem-duplicate-id = the id “{ $id }” is already used at { $first }
problem-invalid-id = the id “{ $id }” must be letters, digits, “-”, “_”, “.” or “:”
problem-unknown-area = the area “{ $id }” is not declared in “areas”
problem-unknown-kind = “{ $value }” is not a kind (company, association or institution)
problem-invalid-country = “{ $value }” is not a two-letter ISO 3166-1 country code
problem-invalid-date = “{ $value }” is not a date written YYYY-MM-DD
problem-empty-text = the text is empty
problem-missing-english = an English text ("en") is required: every language falls back to it
problem-too-many = { $count } items are more than the { $limit } this widget accepts
problem-too-long = this text has { $length } characters, more than the { $limit } this widget accepts
problem-too-deep = lists and objects are nested more than { $limit } levels deep
