// Puts a prerendered snapshot (`signatory-map prerender`, src/snapshot.rs) inside a page's
// <signatory-map>, between the markers
//   <!-- prerender:<lang> --> … <!-- /prerender:<lang> -->
// so the demo page always carries the snapshot of the current build.
// Snapshots in more languages follow it as inert templates,
// <template data-snapshot-lang="<lang>">, which a static snapshot's
// language toggle switches to when WebAssembly cannot run (README,
// "Before (or without) WebAssembly").
//
//   node tools/inject-prerender.mjs index.html en www/dist/prerender-en.html [lt www/dist/prerender-lt.html …]

import { readFileSync, writeFileSync } from "node:fs";

const [page, lang, fragmentFile, ...others] = process.argv.slice(2);
const html = readFileSync(page, "utf8");
const DECLARATIVE = '<template shadowrootmode="open">';
let fragment = readFileSync(fragmentFile, "utf8").trim();
for (let i = 0; i + 1 < others.length; i += 2) {
  const other = readFileSync(others[i + 1], "utf8").trim();
  if (!other.startsWith(DECLARATIVE)) {
    console.error(`inject-prerender: ${others[i + 1]} does not start with ${DECLARATIVE}`);
    process.exit(1);
  }
  fragment += `\n<template data-snapshot-lang="${others[i]}">${other.slice(DECLARATIVE.length)}`;
}
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
