// The write-or-check step every generated, committed asset shares
// (tools/basemap.mjs, tools/gazetteer.mjs, tools/countries.mjs): without
// `--check`, write the bytes; with it, exit 1 unless the committed file is
// exactly what a fresh build gives, so a stale asset fails the build.
//
//   node tools/<name>.mjs [--check] [OUT]

import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";

/** `--check` and the output path from the command line (OUT or `defaultOut`). */
export function assetArgs(defaultOut) {
  const args = process.argv.slice(2);
  const check = args[0] === "--check";
  const outArg = check ? args[1] : args[0];
  return { check, out: outArg ? resolve(outArg) : defaultOut };
}

/**
 * Writes `bytes` to `out`, or with `check` compares them with it.
 * `name` is the tool ("gazetteer"), `source` what the asset is built from
 * (for the message), `stats` a line about its content.
 */
export function writeOrCheck({ name, check, out, bytes, stats, source }) {
  const shown = relative(process.cwd(), out) || out;
  const fresh = Buffer.from(bytes);
  if (check) {
    let current;
    try {
      current = readFileSync(out);
    } catch (e) {
      console.error(`${name} --check: cannot read ${shown} (${e.code ?? e.message}); run \`node tools/${name}.mjs\``);
      process.exit(1);
    }
    if (!current.equals(fresh)) {
      console.error(
        `${name} --check: ${shown} (${current.length} bytes) differs from a fresh build of ` +
          `${source} (${fresh.length} bytes); run \`node tools/${name}.mjs\` and commit the result`,
      );
      process.exit(1);
    }
    console.log(`${name} --check: ${shown} is up to date (${fresh.length} bytes; ${stats})`);
    return;
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, fresh);
  console.log(`${stats}\nwrote ${shown}: ${fresh.length} bytes (${gzipSync(fresh, { level: 9 }).length} gzipped)`);
}

/** Growable byte buffer with LEB128 varint writers, the encoding every
 * binary asset here uses (and the Rust readers decode). */
export class VarintWriter {
  constructor() {
    this.bytes = [];
  }
  uvarint(n) {
    if (!Number.isSafeInteger(n) || n < 0) throw new Error(`bad uvarint ${n}`);
    while (n >= 0x80) {
      this.bytes.push((n % 0x80) | 0x80);
      n = Math.floor(n / 0x80);
    }
    this.bytes.push(n);
  }
  svarint(n) {
    this.uvarint(n >= 0 ? n * 2 : -n * 2 - 1);
  }
}
