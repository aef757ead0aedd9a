### The signatory-map tool: what the converter finds in a sheet.
### $table is agreement, areas or signatories.

tool-sheet-missing-table = { $table ->
    [agreement] no Agreement table: give a sheet named Agreement (or Susitarimas), or a CSV file whose rows are fields such as Title and Date (docs/spreadsheet-format.md)
    [areas] no Areas table
   *[signatories] no Signatories table: give a sheet named Signatories (or Signatarai), or a CSV file whose header has Name, Kind, City and Country (docs/spreadsheet-format.md)
}
tool-sheet-duplicate-table = a second { $table ->
    [agreement] Agreement
    [areas] Areas
   *[signatories] Signatories
} table (the first is { $first }): give one
tool-sheet-unknown-table = this file is not an Agreement, Areas or Signatories table: its first row should be a header such as Name, Kind, City, Country (signatories), Id, Label (areas), or a field such as Title (agreement)
tool-sheet-ignored-sheet = this sheet is not Agreement, Areas or Signatories, and is ignored
tool-sheet-missing-column = there is no { $column } column (or { $column_lt }): add one, with a header in the first row
tool-sheet-duplicate-column = this column repeats column { $first }: keep one
tool-sheet-ignored-column = this column is not one the tool reads, and is ignored
tool-sheet-ignored-field = this field is not one the tool reads, and is ignored
tool-sheet-unknown-country = “{ $value }” is not a country code or a country's English or Lithuanian name{ $suggestions ->
    [0] {""}
   *[other] {""} (did you mean { $closest }?)
}
tool-sheet-unknown-mark = “{ $value }” is not a mark the tool reads: write x or yes for pledged, leave empty or write no for not
tool-sheet-one-coordinate = only one of latitude and longitude is given: give both, or leave both empty to find the city
tool-sheet-looks-swapped = the latitude and longitude look swapped: the latitude is beyond ±90 but the longitude would fit as one
tool-sheet-decimal-comma = { $count ->
    [one] { $count } number is
   *[other] { $count } numbers are
} written with a decimal comma (such as “{ $example }”) and read with a decimal point
tool-sheet-place-needs-country = the signing place needs a Place country (to find it) or a Place latitude and Place longitude
tool-sheet-areas-from-signatories = { $count ->
    [one] there is no Areas table: the { $count } area is the one the signatories name, labelled in English only
   *[other] there is no Areas table: the { $count } areas are the ones the signatories name, labelled in English only
}
tool-sheet-duplicate-id = the id “{ $id }” is already used in row { $row }: ids must be unique (or leave the Id column empty to have them made)
tool-sheet-unknown-area = “{ $name }” is not an area of the Areas table: write one of its ids or labels, or add it there
tool-sheet-not-a-web-link = “{ $value }” is not a web link (https://…): readers will see no link; write it in full
