// Removes the one HTML-parsing sink from the wasm-bindgen glue.
//
// Yew can render raw HTML strings (`Html::from_html_unchecked`, its VRaw
// node), so its DOM code imports an `innerHTML` setter even though this
// widget never creates such a node: every text is a text node. Under a
// strict Content-Security-Policy with Trusted Types that setter would be a
// policy violation the moment it ran, and reviewers rightly grep the glue
// for it. Its body is replaced with one that refuses; the import's *name*
// stays, because the .wasm refers to it.
//
//   node tools/harden-glue.mjs www/dist/signatory_map.js

import { readFileSync, writeFileSync } from "node:fs";

const file = process.argv[2];
const glue = readFileSync(file, "utf8");
const setter = /(__wbg_set_innerHTML_[0-9a-f]+: function\(arg0, arg1, arg2\) \{)\s*arg0\.innerHTML = getStringFromWasm0\(arg1, arg2\);/g;
const found = glue.match(setter)?.length ?? 0;
if (found !== 1) {
  console.error(`harden-glue: expected the innerHTML setter once in ${file}, found it ${found} times; update this tool.`);
  process.exit(1);
}
const hardened = glue.replace(
  setter,
  '$1\n            throw new Error("signatory-map: raw HTML rendering is disabled");',
);
for (const sink of ["innerHTML =", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"]) {
  if (hardened.includes(sink)) {
    console.error(`harden-glue: ${file} still contains "${sink}"`);
    process.exit(1);
  }
}
writeFileSync(file, hardened);
