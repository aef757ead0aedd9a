### The signatory-map command-line tool: where a finding is.
### Never shipped in the widget (compiled only with the core's
### `tool-messages` feature).

tool-where-sheet = sheet { $sheet }
tool-where-row = row { $row }
tool-where-column = column { $column }
tool-where-field = field { $field }
tool-where-line-column = line { $line }, column { $column }
