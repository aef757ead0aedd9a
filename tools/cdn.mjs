// Builds the single-file CDN embed from www/dist/ (run by scripts/build.sh
// after the packaging step):
//
//   www/dist/cdn/signatory-map.js     element.js and everything it loads —
//                                     frame, host styles, the dynamic import
//                                     of index.js, the wasm-bindgen glue —
//                                     in one minified ES module
//   www/dist/cdn/signatory-map.wasm   the WebAssembly, loaded from beside the
//                                     bundle and integrity-checked by it
//   www/dist/cdn/signatory-map.css    the plain stylesheet a prerendered
//                                     snapshot links (`signatory-map embed`
//                                     puts it in the snippet with its hash)
//   www/dist/cdn/integrity.json       Subresource Integrity (sha384) of all three
//
//   node tools/cdn.mjs
//
// A newsroom then embeds one file:
//
//   <script type="module" src="https://cdn…/signatory-map.js"
//           integrity="sha384-…" crossorigin="anonymous"></script>
//
// The glue and element.js (which starts the download early) each look for
// `new URL("signatory_map_bg.wasm", import.meta.url)`, minified or not;
// this build rewrites that expression in both to a `Request` for
// `signatory-map.wasm` carrying the wasm's own sha384, so the script's
// integrity attribute covers the WebAssembly as well: a tampered .wasm is
// refused by fetch() and the element keeps its fallback content.
//
// Unlike www/dist/element.js (a tiny module that fetches the rest with a
// dynamic import), the single file must arrive whole before the element is
// defined: pages that care about layout shift reserve the box with the
// `signatory-map:not(:defined)` rule from the README.

import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

import { build } from "esbuild";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const DIST = join(ROOT, "www", "dist");
const OUT = join(DIST, "cdn");
const BUNDLE = "signatory-map.js";
const WASM = "signatory-map.wasm";
const CSS = "signatory-map.css";

/** The glue's default location of the WebAssembly (wasm-bindgen --target web). */
const GLUE_WASM_URL = /new URL\((['"])signatory_map_bg\.wasm\1,\s*import\.meta\.url\)/g;

/** `sha384-<base64>`, the form of an `integrity` attribute. */
function sri(bytes) {
  return `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
}

function fail(message) {
  console.error(`cdn: ${message}`);
  process.exit(1);
}

for (const file of ["element.js", "index.js", "signatory_map.js", "signatory_map_bg.wasm", CSS]) {
  if (!existsSync(join(DIST, file))) fail(`${join("www", "dist", file)} is missing: run scripts/build.sh first`);
}
const { version, license } = JSON.parse(readFileSync(join(ROOT, "www", "package.json"), "utf8"));

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

// The WebAssembly first: its hash goes into the bundle.
const wasm = readFileSync(join(DIST, "signatory_map_bg.wasm"));
const wasmIntegrity = sri(wasm);
writeFileSync(join(OUT, WASM), wasm);

/** Points the glue at signatory-map.wasm beside the bundle, integrity-checked. */
const wasmBesideBundle = {
  name: "signatory-map-wasm-url",
  setup(builder) {
    builder.onLoad({ filter: /[\\/](signatory_map|element)\.js$/ }, (args) => {
      const source = readFileSync(args.path, "utf8");
      const found = source.match(GLUE_WASM_URL)?.length ?? 0;
      if (found !== 1) {
        throw new Error(`expected the default wasm URL once in ${args.path}, found it ${found} times; update tools/cdn.mjs`);
      }
      const request = `new Request(new URL(${JSON.stringify(WASM)}, import.meta.url), { integrity: ${JSON.stringify(wasmIntegrity)} })`;
      return { contents: source.replace(GLUE_WASM_URL, request), loader: "js" };
    });
  },
};

const result = await build({
  entryPoints: [join(DIST, "element.js")],
  bundle: true,
  splitting: false, // the dynamic import of index.js is inlined: one file
  format: "esm",
  target: "es2022",
  platform: "browser",
  minify: true,
  legalComments: "none",
  banner: { js: `/*! signatory-map ${version} (${license}) | single-file build of element.js, loads ${WASM} from beside itself */` },
  write: false,
  outfile: join(OUT, BUNDLE),
  logLevel: "warning",
  plugins: [wasmBesideBundle],
});
if (result.outputFiles.length !== 1) fail(`expected one output file, got ${result.outputFiles.length}`);
const code = Buffer.from(result.outputFiles[0].contents);
const text = code.toString("utf8");
// One file means no module is left to fetch: no relative static or dynamic import.
if (/\bimport\s*\(\s*["'`]|\bfrom\s*["']\.|\bimport\s*["']\./.test(text)) fail(`${BUNDLE} still imports another module`);
if (text.includes("signatory_map_bg.wasm")) fail(`${BUNDLE} still refers to signatory_map_bg.wasm`);
if (!text.includes(wasmIntegrity)) fail(`${BUNDLE} does not carry the wasm's integrity hash`);
writeFileSync(join(OUT, BUNDLE), code);

// The snapshot's stylesheet, as it is: it must work where no script runs.
const css = readFileSync(join(DIST, CSS));
writeFileSync(join(OUT, CSS), css);

const integrity = { [BUNDLE]: sri(code), [WASM]: wasmIntegrity, [CSS]: sri(css) };
writeFileSync(join(OUT, "integrity.json"), JSON.stringify(integrity, null, 2) + "\n");

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`.padStart(11);
const brotli = (bytes) =>
  brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;
console.log(`${"www/dist/cdn/".padEnd(28)}${"raw".padStart(11)}${"gzip".padStart(11)}${"brotli".padStart(11)}  integrity`);
for (const [name, bytes] of [[BUNDLE, code], [WASM, wasm], [CSS, css]]) {
  console.log(
    `${name.padEnd(28)}${kb(bytes.length)}${kb(gzipSync(bytes, { level: 9 }).length)}${kb(brotli(bytes))}  ${integrity[name]}`,
  );
}
console.log(
  `\nEmbed (serve ${WASM} beside it, as application/wasm, with CORS when cross-origin):\n` +
    `  <script type="module" src="https://your.cdn/signatory-map/${version}/${BUNDLE}"\n` +
    `          integrity="${integrity[BUNDLE]}" crossorigin="anonymous"></script>`,
);
