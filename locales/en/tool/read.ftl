### The signatory-map command-line tool: why a file cannot be read, and
### what to do about it in Excel or LibreOffice.
### Never shipped in the widget (compiled only with the core's
### `tool-messages` feature).

tool-read-empty = the file is empty: it has no row with anything in it. Check that this is the right file; if the sheet has data, save it again.
tool-read-too-big = the file is { $size } MB; the tool reads at most { $max } MB. Delete what the map does not need (other sheets, pictures, formatting) or save the signatories as CSV UTF-8.
tool-read-too-many-rows = the file has more than { $limit } rows below its header; a map shows at most { $limit } signatories. Remove rows or split the data into several maps.
tool-read-too-many-rows-sheet = sheet “{ $sheet }” has more than { $limit } rows below its header; a map shows at most { $limit } signatories. Remove rows or split the data into several maps.
## $encoding: windows-1257, windows-1252, utf-16 (without byte-order mark) or unknown.
tool-read-not-utf8 = { $encoding ->
    [windows-1257] the file is not UTF-8 text: it looks like Windows-1257 (Baltic), as an older Excel saves “CSV”.
    [windows-1252] the file is not UTF-8 text: it looks like Windows-1252 (Western European), as an older Excel saves “CSV”.
    [utf-16] the file looks like UTF-16 text without the mark that says so.
   *[other] the file is not UTF-8 text.
} Line { $line } is the first that cannot be read. Save it again as “CSV UTF-8 (Comma delimited)” (Excel: File › Save As) or as Text CSV with character set “Unicode (UTF-8)” (LibreOffice).
tool-read-broken-utf16 = the file starts as UTF-16 text, but line { $line } is broken (the file may be cut short). Save it again as “CSV UTF-8 (Comma delimited)” or “Unicode Text”.
## $kind: pdf, numbers, document, image or binary.
tool-read-not-spreadsheet = { $kind ->
    [pdf] this is a PDF, not a spreadsheet: the tool cannot read tables in it.
    [numbers] this is an Apple Numbers file, which the tool cannot read. In Numbers choose File › Export To › Excel (or CSV, with Unicode (UTF-8) text encoding).
    [document] this is a text or presentation document, not a spreadsheet.
    [image] this is an image, not a spreadsheet.
   *[other] this is not a spreadsheet or a text file.
} Give the tool the workbook (.xlsx or .ods) or save the sheets as “CSV UTF-8”.
tool-read-encrypted = the workbook is protected with a password, so its content cannot be read. Open it, remove the password (Excel: File › Info › Protect Workbook › Encrypt with Password; LibreOffice: File › Properties › Security) and save it again.
tool-read-corrupt = the workbook cannot be opened: it is damaged, cut short or not what its name says ({ $detail }). Open it in Excel or LibreOffice and save it again as .xlsx, or save the sheets as “CSV UTF-8”.
