// Prints the raw, gzip (-9) and brotli (q 11) size of every shipped file,
// and their total: every byte here is paid by every reader.
// Usage: node tools/sizes.mjs <dir> [--json out.json]

import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const [dir, flag, out] = process.argv.slice(2);
if (!dir) {
  console.error("usage: node tools/sizes.mjs <dir> [--json out.json]");
  process.exit(2);
}
const shipped = /\.(js|wasm|css)$/;
const rows = readdirSync(dir)
  .filter((name) => shipped.test(name) && !name.endsWith(".d.ts") && statSync(join(dir, name)).isFile())
  .sort()
  .map((name) => {
    const bytes = readFileSync(join(dir, name));
    return {
      name,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
      }).length,
    };
  });
const total = rows.reduce(
  (sum, r) => ({ name: "total", raw: sum.raw + r.raw, gzip: sum.gzip + r.gzip, brotli: sum.brotli + r.brotli }),
  { name: "total", raw: 0, gzip: 0, brotli: 0 },
);
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`.padStart(11);
console.log(`${"file".padEnd(28)}${"raw".padStart(11)}${"gzip".padStart(11)}${"brotli".padStart(11)}`);
for (const r of [...rows, total]) console.log(`${r.name.padEnd(28)}${kb(r.raw)}${kb(r.gzip)}${kb(r.brotli)}`);
if (flag === "--json" && out) writeFileSync(out, JSON.stringify({ files: rows, total }, null, 2) + "\n");
