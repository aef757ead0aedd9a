// Puts a prerendered snapshot (src/bin/prerender.rs) inside a page's
// <signatory-map>, between the markers
//   <!-- prerender:<lang> --> … <!-- /prerender:<lang> -->
// so the demo page always carries the snapshot of the current build.
//
//   node tools/inject-prerender.mjs index.html en www/dist/prerender-en.html

import { readFileSync, writeFileSync } from "node:fs";

const [page, lang, fragmentFile] = process.argv.slice(2);
const html = readFileSync(page, "utf8");
const fragment = readFileSync(fragmentFile, "utf8").trim();
const open = `<!-- prerender:${lang} -->`;
const close = `<!-- /prerender:${lang} -->`;
const start = html.indexOf(open);
const end = html.indexOf(close);
if (start < 0 || end < start) {
  console.error(`inject-prerender: ${page} has no ${open} … ${close} markers`);
  process.exit(1);
}
const updated = `${html.slice(0, start + open.length)}\n${fragment}\n${html.slice(end)}`;
if (updated !== html) writeFileSync(page, updated);
