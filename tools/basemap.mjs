// Builds data/basemap.bin, the world basemap compiled into the widget's WASM.
//
// Why a build step and a custom format instead of shipping the TopoJSON:
// - Size: countries-110m.json is ~105 KB of JSON. We only draw land and the
//   internal country borders, at a precision of 0.05 degrees (about 5 km,
//   far below a pixel at widget size), so delta-encoded varints are a
//   fraction of that, before the server's gzip/brotli.
// - No JSON/TopoJSON parser in the WASM: the Rust decoder
//   (src/core/basemap.rs) is a few dozen lines of varint reading, which
//   keeps the binary small and start-up fast.
// - Reproducible: the output is a pure function of the pinned world-atlas and
//   d3-geo versions, so `--check` lets CI prove the committed asset matches
//   its source.
//
// Antimeridian cut: the source is spherical. Rings and lines that cross
// longitude ±180 (Russia's Chukotka, Fiji, Wrangel Island, Antarctica) have
// consecutive points at about +180 and -180, which is a short step on the
// sphere but, once the renderer projects each point and joins them with a
// straight segment, a line right across the map. So the geometry is cut at
// the antimeridian here, at build time, exactly as d3-geo does when it draws:
// it is streamed through d3-geo's geoEquirectangular projection, whose
// preclip is clipAntimeridian, scaled so that x = lon and y = -lat in
// degrees, with precision(0) so no resampling points are added, and the
// geoPath output (moveTo/lineTo/closePath) is recorded and converted back.
// Polygons that cross ±180 become separate rings closed along the ±180
// meridian; Antarctica, which encloses the south pole, becomes a ring
// closed along the -90 parallel (a line in Equal Earth, whose poles are
// flat); border lines are split at ±180. Afterwards no ring or line has a
// segment spanning more than 180 degrees of longitude (the build asserts it).
//
// Data and attribution:
// - Geometry: Natural Earth 1:110m Admin 0 countries (v4.1.0), public domain.
//   "Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com."
// - Packaged as TopoJSON by world-atlas (c) Michael Bostock, ISC licence;
//   converted with topojson-client (c) Michael Bostock, ISC licence.
// - Cut at the antimeridian with d3-geo (c) Mike Bostock, ISC licence.
//
// Format (all integers unsigned LEB128 varints; signed values zigzag-encoded
// then varint; coordinates are integer twentieths of a degree):
//   "SMB2"
//   varint land_ring_count, per ring: varint point_count, then point_count
//     (lon, lat) pairs: first absolute, the rest as deltas from the previous.
//     Rings are closed implicitly (the repeated closing point is dropped);
//     outer rings and holes are both included, and none crosses ±180.
//   varint border_line_count, per line: the same point encoding (open lines,
//     split at ±180).
//
// Usage:
//   node tools/basemap.mjs [out-path]     write (default data/basemap.bin)
//   node tools/basemap.mjs --check [path] exit 1 if the file differs from a
//                                         fresh build (used by CI)

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { assetArgs, VarintWriter, writeOrCheck } from "./generated-asset.mjs";
import { geoEquirectangular, geoPath } from "d3-geo";
import { feature, mesh } from "topojson-client";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const DEFAULT_OUT = join(ROOT, "data", "basemap.bin");
const require = createRequire(import.meta.url);
const SOURCE = require.resolve("world-atlas/countries-110m.json");

/** Coordinate units per degree: 0.05°, finer than the 1:110m source's own generalisation. */
const UNITS_PER_DEGREE = 20;
/** Degrees to integer units; `+ 0` turns -0 into 0. */
const q = (deg) => Math.round(deg * UNITS_PER_DEGREE) + 0;

/**
 * Cuts GeoJSON at the antimeridian with d3-geo and returns its rings (for
 * polygons) or lines as [lon, lat] degree arrays. The projection is the
 * identity up to scale and a flipped y: x = lon, y = -lat, in degrees.
 */
function cutAtAntimeridian(geojson) {
  const projection = geoEquirectangular()
    .scale(180 / Math.PI)
    .translate([0, 0])
    .precision(0);
  const parts = [];
  let current = null;
  const context = {
    moveTo(x, y) {
      current = [[x, -y]];
      parts.push(current);
    },
    lineTo(x, y) {
      current.push([x, -y]);
    },
    // geoPath closes polygon rings with closePath; the format closes them
    // implicitly, so there is nothing to record.
    closePath() {},
    // Only used for Point geometries, which the basemap has none of.
    arc() {},
    rect() {},
  };
  geoPath(projection, context)(geojson);
  return parts;
}

/** Throws if a ring (including its closing edge) or line spans > 180° of longitude. */
function assertNoWrap(kind, pts, closed) {
  const n = pts.length;
  for (let i = 0; i < (closed ? n : n - 1); i++) {
    const [a, b] = [pts[i], pts[(i + 1) % n]];
    if (Math.abs(a[0] - b[0]) > 180 * UNITS_PER_DEGREE) {
      throw new Error(`${kind} segment crosses the antimeridian: ${a} -> ${b}`);
    }
  }
}

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

/** The asset's writer: varints, plus what this format adds. */
class Writer extends VarintWriter {
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

  const land = [];
  for (const ring of cutAtAntimeridian(feature(topo, topo.objects.land))) {
    const pts = quantize(ring, true);
    if (pts.length >= 3) {
      assertNoWrap("land", pts, true);
      land.push(pts);
    }
  }

  const borders = [];
  for (const line of cutAtAntimeridian(mesh(topo, topo.objects.countries, (a, b) => a !== b))) {
    const pts = quantize(line, false);
    if (pts.length >= 2) {
      assertNoWrap("border", pts, false);
      borders.push(pts);
    }
  }

  const w = new Writer();
  w.bytes.push(..."SMB2".split("").map((c) => c.charCodeAt(0)));
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

const { check, out } = assetArgs(DEFAULT_OUT);
const { bytes, stats } = build();
writeOrCheck({ name: "basemap", check, out, bytes, stats, source: relative(ROOT, SOURCE) });
