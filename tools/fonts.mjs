// Copies the fonts the `signatory-map image` command draws with into
// crates/picture/assets/, with their licence: DejaVu Sans (Book and Bold)
// from the pinned npm package `dejavu-fonts-ttf` 2.37.3 (Bitstream Vera
// licence with DejaVu's public-domain changes; LICENSE beside the fonts).
//
// Why committed copies: `cargo install --path crates/cli` must work from a
// clean clone without Node, and the crate embeds them with include_bytes!.
// `--check` proves the committed files are the package's, byte for byte
// (scripts/build.sh runs it with the other asset checks).
//
// Usage:
//   node tools/fonts.mjs            copy the files
//   node tools/fonts.mjs --check    exit 1 if a committed file differs

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { writeOrCheck } from "./generated-asset.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const ASSETS = join(ROOT, "crates/picture/assets");
const PACKAGE = "dejavu-fonts-ttf";
const VERSION = "2.37.3";

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve(`${PACKAGE}/package.json`));
const { version } = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
if (version !== VERSION) {
  console.error(`fonts: ${PACKAGE} is ${version}, expected ${VERSION}: run \`npm ci\``);
  process.exit(1);
}

const check = process.argv[2] === "--check";
const files = [
  ["ttf/DejaVuSans.ttf", "DejaVuSans.ttf"],
  ["ttf/DejaVuSans-Bold.ttf", "DejaVuSans-Bold.ttf"],
  ["LICENSE", "LICENSE"],
];
for (const [from, to] of files) {
  const bytes = readFileSync(join(packageDir, from));
  writeOrCheck({
    name: "fonts",
    check,
    out: join(ASSETS, to),
    bytes,
    stats: `${PACKAGE} ${VERSION} ${from}`,
    source: `${PACKAGE} ${VERSION} ${from}`,
  });
}
