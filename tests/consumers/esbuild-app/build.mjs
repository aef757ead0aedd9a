// Bundles both pages with esbuild into dist/.
//
// esbuild leaves `new URL("signatory_map_bg.wasm", import.meta.url)` (in the
// package's wasm-bindgen glue) as it is and does not copy the file, so the
// .wasm is copied beside the bundles, where that URL points. (The other way:
// `import wasmUrl from "signatory-map/signatory_map_bg.wasm"` with the "file"
// loader, and `mount(element, { wasmUrl })`.)

import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { build } from "esbuild";

rmSync("dist", { recursive: true, force: true });
mkdirSync("dist");
await build({
  entryPoints: ["src/main.js", "src/element.js"],
  bundle: true,
  format: "esm",
  target: "es2022",
  minify: true,
  outdir: "dist",
  logLevel: "warning",
});
copyFileSync(fileURLToPath(import.meta.resolve("signatory-map/signatory_map_bg.wasm")), "dist/signatory_map_bg.wasm");
for (const page of ["index.html", "element.html"]) copyFileSync(page, `dist/${page}`);
