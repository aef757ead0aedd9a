### Komandinės eilutės įrankis signatory-map: kur yra radinys.
### Valdiklyje niekada nerodoma (kompiliuojama tik su branduolio
### funkcija `tool-messages`).

tool-where-sheet = lapas „{ $sheet }“
tool-where-row = { $row } eilutė
tool-where-column = stulpelis „{ $column }“
tool-where-field = laukas „{ $field }“
tool-where-line-column = { $line } eilutė, { $column } stulpelis
