// Writes the country names the prerendered widget needs, by language, from
// Node's Intl.DisplayNames: the same ICU data browsers use, so the static
// snapshot reads exactly like the live widget (which asks the browser's
// Intl at run time). Used by scripts/build.sh for src/bin/prerender.rs.
//
//   node tools/country-names.mjs data/agreement.json en lt > country-names.json

import { readFileSync } from "node:fs";

const [datasetFile, ...langs] = process.argv.slice(2);
const dataset = JSON.parse(readFileSync(datasetFile, "utf8"));
const codes = new Set();
for (const signatory of dataset.signatories ?? []) {
  if (typeof signatory.country === "string") codes.add(signatory.country.toUpperCase());
}
const names = {};
for (const lang of langs) {
  const display = new Intl.DisplayNames([lang], { type: "region", fallback: "none" });
  names[lang] = {};
  for (const code of [...codes].sort()) {
    const name = display.of(code);
    if (name) names[lang][code] = name;
  }
}
process.stdout.write(`${JSON.stringify(names, null, 2)}\n`);
