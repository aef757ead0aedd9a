// Builds data/basemap.bin, the world basemap compiled into the widget's WASM.
//
// Why a build step and a custom format instead of shipping the TopoJSON:
// - Size: countries-110m.json is ~105 KB of JSON. We only draw land and the
//   internal country borders, at a precision of 0.01 degrees (about 1 km,
//   far below a pixel at widget size), so delta-encoded varints are a
//   fraction of that, before the server's gzip/brotli.
// - No JSON/TopoJSON parser in the WASM: the Rust decoder
//   (src/core/basemap.rs) is a few dozen lines of varint reading, which
//   keeps the binary small and start-up fast.
// - Reproducible: the output is a pure function of the pinned world-atlas
//   version, so `--check` lets CI prove the committed asset matches its source.
//
// Data and attribution:
// - Geometry: Natural Earth 1:110m Admin 0 countries (v4.1.0), public domain.
//   "Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com."
// - Packaged as TopoJSON by world-atlas (c) Michael Bostock, ISC licence;
//   converted with topojson-client (c) Michael Bostock, ISC licence.
//
// Format (all integers unsigned LEB128 varints; signed values zigzag-encoded
// then varint; coordinates are integer hundredths of a degree):
//   "SMB1"
//   varint land_ring_count, per ring: varint point_count, then point_count
//     (lon, lat) pairs: first absolute, the rest as deltas from the previous.
//     Rings are closed implicitly (the repeated closing point is dropped);
//     outer rings and holes are both included.
//   varint border_line_count, per line: the same point encoding (open lines).
//
// Usage:
//   node tools/basemap.mjs [out-path]     write (default data/basemap.bin)
//   node tools/basemap.mjs --check [path] exit 1 if the file differs from a
//                                         fresh build (used by CI)

import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { feature, mesh } from "topojson-client";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const DEFAULT_OUT = join(ROOT, "data", "basemap.bin");
const require = createRequire(import.meta.url);
const SOURCE = require.resolve("world-atlas/countries-110m.json");

/** Degrees to integer hundredths; `+ 0` turns -0 into 0. */
const q = (deg) => Math.round(deg * 100) + 0;

/** Quantize, drop consecutive duplicates and (for rings) the closing point. */
function quantize(coords, closed) {
  const out = [];
  for (const [lon, lat] of coords) {
    const p = [q(lon), q(lat)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  if (closed) {
    while (out.length > 1 && out[0][0] === out[out.length - 1][0] && out[0][1] === out[out.length - 1][1]) {
      out.pop();
    }
  }
  return out;
}

/** Growable byte buffer with LEB128 varint writers. */
class Writer {
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
  points(pts) {
    this.uvarint(pts.length);
    let [plon, plat] = [0, 0];
    for (const [lon, lat] of pts) {
      this.svarint(lon - plon);
      this.svarint(lat - plat);
      [plon, plat] = [lon, lat];
    }
  }
}

function build() {
  const topo = JSON.parse(readFileSync(SOURCE, "utf8"));

  const landGeo = feature(topo, topo.objects.land);
  const geometries = landGeo.type === "FeatureCollection" ? landGeo.features.map((f) => f.geometry) : [landGeo.geometry];
  const land = [];
  for (const g of geometries) {
    const polygons = g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
    for (const polygon of polygons) {
      for (const ring of polygon) {
        const pts = quantize(ring, true);
        if (pts.length >= 3) land.push(pts);
      }
    }
  }

  const bordersGeo = mesh(topo, topo.objects.countries, (a, b) => a !== b);
  const borders = [];
  for (const line of bordersGeo.coordinates) {
    const pts = quantize(line, false);
    if (pts.length >= 2) borders.push(pts);
  }

  const w = new Writer();
  w.bytes.push(..."SMB1".split("").map((c) => c.charCodeAt(0)));
  w.uvarint(land.length);
  land.forEach((r) => w.points(r));
  w.uvarint(borders.length);
  borders.forEach((l) => w.points(l));

  const count = (xs) => xs.reduce((n, x) => n + x.length, 0);
  return {
    bytes: Buffer.from(w.bytes),
    stats: `land: ${land.length} rings, ${count(land)} points; borders: ${borders.length} lines, ${count(borders)} points`,
  };
}

const args = process.argv.slice(2);
const check = args[0] === "--check";
const outArg = check ? args[1] : args[0];
const out = outArg ? resolve(outArg) : DEFAULT_OUT;
const { bytes, stats } = build();
const shown = relative(process.cwd(), out) || out;

if (check) {
  let current;
  try {
    current = readFileSync(out);
  } catch (e) {
    console.error(`basemap --check: cannot read ${shown} (${e.code ?? e.message}); run \`node tools/basemap.mjs\``);
    process.exit(1);
  }
  if (!current.equals(bytes)) {
    console.error(
      `basemap --check: ${shown} (${current.length} bytes) differs from a fresh build of ` +
        `${relative(ROOT, SOURCE)} (${bytes.length} bytes); run \`node tools/basemap.mjs\` and commit the result`,
    );
    process.exit(1);
  }
  console.log(`basemap --check: ${shown} is up to date (${bytes.length} bytes; ${stats})`);
} else {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, bytes);
  console.log(`${stats}\nwrote ${shown}: ${bytes.length} bytes`);
}
