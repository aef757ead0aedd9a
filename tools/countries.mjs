// Writes the country names everything native uses, one column per language
// of locales/, from Node's Intl.DisplayNames: CLDR, the data browsers name
// countries with. The prerendered snapshot names countries as the live
// widget does, and the spreadsheet tool reads the names it shows
// ("Lietuva" → LT).
//
//   node tools/countries.mjs           rewrites crates/native-locale/assets/countries.tsv
//   node tools/countries.mjs --check   exits 1 when the committed file differs
//                                      (names follow this Node's ICU: not run in CI)
//
// The codes are the core's assigned ones (crates/core/src/country.rs).

import { readFileSync, readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { assetArgs, writeOrCheck } from "./generated-asset.mjs";

const root = new URL("..", import.meta.url);
const defaultOut = fileURLToPath(new URL("crates/native-locale/assets/countries.tsv", root));
const countrySource = readFileSync(new URL("crates/core/src/country.rs", root), "utf8");
const assigned = countrySource.match(/const ASSIGNED: &str = "([^"]*)"/s);
if (!assigned) throw new Error("crates/core/src/country.rs: no ASSIGNED list");
const codes = assigned[1].replace(/\\\n/g, " ").split(/\s+/).filter(Boolean).sort();

const localesDir = new URL("locales/", root);
const langs = readdirSync(localesDir)
  .filter((name) => statSync(new URL(name, localesDir)).isDirectory())
  .sort((a, b) => (a === "en" ? -1 : b === "en" ? 1 : a.localeCompare(b)));

const lines = [["code", ...langs].join("\t")];
for (const code of codes) {
  const names = langs.map((lang) => {
    const name = new Intl.DisplayNames([lang], { type: "region", fallback: "none" }).of(code);
    if (!name) throw new Error(`Intl has no ${lang} name for ${code}`);
    return name;
  });
  lines.push([code, ...names].join("\t"));
}
const text = `${lines.join("\n")}\n`;

const { check, out } = assetArgs(defaultOut);
writeOrCheck({
  name: "countries",
  check,
  out,
  bytes: Buffer.from(text),
  stats: `${codes.length} countries in ${langs.join(", ")}`,
  source: "Intl.DisplayNames (this Node's ICU)",
});
