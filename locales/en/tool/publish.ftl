### The signatory-map tool's `prerender` and `embed`: their usage
### mistakes, errors and help, and the words they put in a page (the
### embed snippet's comment and fallback paragraph, in the page's
### language). Never shipped in the widget (feature `tool-messages`).

## Wrong usage (exit status 2). $command: "prerender", "embed"; $option: "--lang", "--src".
tool-cli-usage-not-for = { $option } is not an option of { $command }
tool-cli-usage-required = { $command } needs { $option }
tool-cli-usage-one-dataset = { $command } makes one dataset at a time, and these files make { $count }: give one .json file, or the spreadsheet files of one dataset

## No integrity hashes for the CDN files (exit status 1).
tool-cli-integrity-missing = no integrity hashes for the CDN files: { $file } is missing. Run scripts/build.sh, or give --dist DIR, the folder with the signatory-map.js and signatory-map.css you upload
tool-cli-integrity-lacks = { $file } has no hash for { $name }: it is from an older build. Run scripts/build.sh again, or give --dist DIR
## On standard error after `embed`; $file is "-" for standard output.
tool-cli-embed-size = { $file }: the snippet is { $bytes ->
    [one] { $bytes } byte
   *[other] { $bytes } bytes
}

## --help
tool-cli-help-prerender = write the widget's first view as static HTML
tool-cli-help-embed = write a ready-to-paste HTML snippet with the map's snapshot
tool-cli-help-prerender-about = Writes the widget's first view for the dataset as static HTML (a declarative shadow root) to put inside <signatory-map>: readers see the map at first paint, and without WebAssembly. Data that would be rejected gets the same messages as check, and nothing is written.
tool-cli-help-embed-about = Writes an HTML snippet to paste into a page: the script tag of the single-file CDN build with its integrity hash, the <signatory-map> element with its src, the snapshot in the page's language, the other language's as an inert template, and a fallback paragraph. It needs no inline script or style (a strict Content-Security-Policy holds). Its size goes to standard error.
tool-cli-help-snapshot-lang = the snapshot's language, and the messages': en or lt (required)
tool-cli-help-page-lang = the page's language, and the messages': the snapshot shown first and the fallback; the other language's snapshot comes as a template (default: en)
tool-cli-help-stylesheet = URL of signatory-map.css as the page loads it, for the snapshot's <link> (default: signatory-map.css, beside the page)
tool-cli-help-src = URL of the dataset JSON the live widget loads (required)
tool-cli-help-cdn = base URL serving signatory-map.js, signatory-map.wasm and signatory-map.css from www/dist/cdn/ (default: beside the page)
tool-cli-help-dist = compute the integrity hashes from signatory-map.js and signatory-map.css in DIR, the files you upload (default: read www/dist/cdn/integrity.json)
tool-cli-help-output-html = write the HTML to FILE (replaced at once, never half-written) instead of standard output
tool-cli-help-publish-files = The files make one dataset: a .json file, or the spreadsheet files convert accepts (a workbook, or one CSV file per sheet).

## In the snippet: its opening comment, for the page's developer.
tool-embed-comment-made = Made by `signatory-map embed` { $version } from the data at { $src }; when the data changes, make it again.
tool-embed-comment-css = Add this rule to the page's stylesheet (not as an inline style, which a strict Content-Security-Policy refuses), to reserve the map's box before the script arrives:
tool-embed-comment-csp = Content-Security-Policy: script-src needs the CDN's origin and 'wasm-unsafe-eval'; style-src and connect-src the CDN's origin; connect-src the data's origin too.
## The fallback paragraph, for browsers that cannot show the map.
tool-embed-fallback = { $count ->
    [one] An interactive map of the signatory of “{ $title }” appears here when your browser can run it.
   *[other] An interactive map of the { $count } signatories of “{ $title }” appears here when your browser can run it.
}
tool-embed-fallback-source = The agreement’s source
tool-embed-fallback-data = The data (JSON)
