### The signatory-map command-line tool: the `image` command (a picture of
### the map for social cards, apps and print) and the words drawn in the
### picture that the widget has no message for. Never shipped in the widget.

## In the picture's source line, after "Basemap: Natural Earth · ".
## $url: the dataset's source link without https:// ("coe.int/en/web/…").
tool-image-source = Source: { $url }

## Wrong usage of `image` (exit status 2).
tool-image-usage-bad-format = --format is svg or png, not “{ $format }”
tool-image-usage-no-format = say which picture to make: --format svg or --format png (or -o FILE ending in .svg or .png)
tool-image-usage-bad-width = --width is a whole number of pixels from { $min } to { $max }, not “{ $width }”
tool-image-usage-png-terminal = a PNG would garble this terminal: write it to a file with -o FILE, or pipe it

## After the picture is written (on standard error).
## $width, $height: pixels; $signatories: "15 signatories".
tool-image-wrote = wrote { $file }: { $width } × { $height } px, { $signatories }
tool-image-failed = the picture could not be made: { $reason }

## --help
tool-image-help = draw the map as a picture (SVG or PNG) for social cards, apps and print
tool-image-help-about = Draws the map's first view as a 1200 × 630 card: title, date and place, counts, the summary sentence, the map with its markers, the legend and the source line, in the language of --lang. For social media, app and AMP pages and print, where the widget cannot run. Nothing is written when the data would be rejected.
tool-image-help-format = svg (text, scales to any size) or png (pixels); default: from the -o file's ending
tool-image-help-width = the picture's width in pixels, { $min } to { $max } (default { $default }); the height is 630/1200 of it, and the card is the same at every width, only sharper
tool-image-help-output = write the picture to FILE (replaced at once) instead of standard output
tool-image-help-files = One dataset: a .json file, or a workbook or the CSV files of one dataset (as convert takes them).
tool-image-help-credit = Basemap: Natural Earth (public domain). Fonts: DejaVu Sans (Bitstream Vera and DejaVu licence), shipped with the tool, so a PNG is the same on every machine.
