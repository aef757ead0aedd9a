// The dataset JSON Schema (www/dataset.schema.json) against the widget's
// own validator: every case of tests/corpus/ (with the outcome its
// `.expected` file records, which tests/corpus.rs holds the widget to),
// the built-in dataset and the demo's examples are validated with ajv, and
// the schema must reject exactly what the widget rejects — except the
// files listed in EXCEPTIONS, each with the class of rule a schema cannot
// express (docs/dataset-format.md, "JSON Schema"). A listed file that stops
// being an exception fails the test too, so the list stays honest.
//
// Cheap (no build, no browser): node --test tests/schema/

import assert from "node:assert/strict";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";

import Ajv from "ajv";

const ROOT = new URL("../../", import.meta.url).pathname;
const CORPUS = join(ROOT, "tests", "corpus");
const schema = JSON.parse(readFileSync(join(ROOT, "www", "dataset.schema.json"), "utf8"));
// Ajv's defaults: draft-07, strict mode (an unknown keyword or format would
// throw here, as it would in a newsroom's pipeline), unicode regexps.
const validate = new Ajv({ allErrors: true }).compile(schema);

/**
 * Where the schema and the widget disagree, by corpus case, with why:
 * - `left-out`: a problem inside one signatory; the widget leaves that
 *   signatory out and shows the rest (with a warning), the schema rejects
 *   the file, since it describes a dataset with nothing to leave out;
 * - `uniqueness`: a repeated id; JSON Schema can only ask for whole items
 *   to differ, so the schema accepts what the widget rejects or leaves out;
 * - `cross-reference`: a signatory's area that `areas` does not declare;
 *   a schema cannot compare one part of the document with another;
 * - `limit`: nesting past 32 levels (or a body over 16 MB), which the
 *   widget refuses while reading the text, before any field is looked at.
 * @type {Record<string, "left-out" | "uniqueness" | "cross-reference" | "limit">}
 */
const EXCEPTIONS = {
  "21-signatory-is-a-string": "left-out",
  "22-name-is-a-string": "left-out",
  "23-kind-is-a-number": "left-out",
  "24-city-is-a-string": "left-out",
  "25-country-is-a-number": "left-out",
  "26-lat-is-a-string": "left-out",
  "27-lon-is-a-boolean": "left-out",
  "28-signatory-areas-is-a-string": "left-out",
  "29-signatory-area-entry-is-a-number": "left-out",
  "30-url-is-a-number": "left-out",
  "31-id-is-a-number": "left-out",
  "32-name-text-is-a-number": "left-out",
  "33-signatory-is-an-empty-object": "left-out",
  "34-signatory-missing-id": "left-out",
  "35-signatory-missing-name": "left-out",
  "36-signatory-missing-kind": "left-out",
  "37-signatory-missing-city": "left-out",
  "38-signatory-missing-country": "left-out",
  "39-signatory-missing-lat": "left-out",
  "40-signatory-missing-lon": "left-out",
  "41-signatory-missing-areas": "left-out",
  "47-lat-91": "left-out",
  "48-lon-minus-181": "left-out",
  "49-lat-1e20": "left-out",
  "50-lat-90.0001": "left-out",
  "51-lat-1e309": "left-out",
  "53-duplicate-area-id": "uniqueness",
  "54-duplicate-signatory-id": "uniqueness",
  "55-id-empty": "left-out",
  "56-id-spaces-only": "left-out",
  "57-id-a-space-b": "left-out",
  "58-id-script-tag": "left-out",
  "60-unknown-area-reference": "cross-reference",
  "62-kind-charity": "left-out",
  "63-country-uk": "left-out",
  "64-country-nor": "left-out",
  "65-country-xx-lowercase": "left-out",
  "68-name-only-lithuanian": "left-out",
  "69-name-english-empty": "left-out",
  "70-city-english-blank": "left-out",
  "72-name-empty-object": "left-out",
  "73-lithuanian-blank-english-fine": "left-out",
  "82-nesting-33-levels": "limit",
  "88-one-broken-signatory-rest-shown": "left-out",
  "92-duplicate-of-a-left-out-signatory": "left-out",
  "99-repeated-key-last-wins": "left-out",
};

/** What each class looks like in the widget's messages (`.expected`). */
const CLASS_MESSAGES = {
  "left-out": /^signatories\[\d+\]/,
  uniqueness: /is already used at/,
  "cross-reference": /is not declared in “areas”/,
  limit: /nested more than 32 levels deep|16 MB/,
};

/**
 * Applies a case's `.gen` directives to its parsed JSON, as tests/corpus.rs
 * does: `repeat <pointer> <count>` copies the list's first item until it
 * has `count` (copy n gets the id `<id>-<n>`); `text <pointer> <char>
 * <count>` makes the field that character repeated.
 * @param {any} doc
 * @param {string} directives
 */
function generate(doc, directives) {
  for (const line of directives.split("\n").filter((l) => l.trim())) {
    const words = line.trim().split(/\s+/);
    const count = Number(words.at(-1));
    const keys = words[1].split("/").slice(1);
    const last = /** @type {string} */ (keys.pop());
    const parent = keys.reduce((node, key) => node[key], doc);
    assert.ok(parent && last in parent && Number.isInteger(count), `cannot apply ${line}`);
    if (words[0] === "repeat" && words.length === 3) {
      const first = parent[last][0];
      parent[last] = [first];
      for (let n = 2; n <= count; n++) parent[last].push({ ...structuredClone(first), id: `${first.id ?? ""}-${n}` });
    } else if (words[0] === "text" && words.length === 4) {
      parent[last] = words[2].repeat(count);
    } else assert.fail(`unknown directive ${line}`);
  }
  return doc;
}

/** Every corpus case: name, the widget's outcome and problem lines, and the text. */
function corpus() {
  return readdirSync(CORPUS)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => {
      const name = file.slice(0, -".json".length);
      const [outcome, ...lines] = readFileSync(join(CORPUS, `${name}.expected`), "utf8").trimEnd().split("\n");
      const gen = join(CORPUS, `${name}.gen`);
      return { name, outcome, lines, text: readFileSync(join(CORPUS, file), "utf8"), gen: existsSync(gen) ? readFileSync(gen, "utf8") : undefined };
    });
}

/** The first few of ajv's errors, for a failure message. */
const errors = () => (validate.errors ?? []).slice(0, 3).map((e) => `${e.instancePath} ${e.message}`).join("; ");

test("the schema compiles in ajv's strict mode, names itself and its example is valid", () => {
  const { version } = JSON.parse(readFileSync(join(ROOT, "www", "package.json"), "utf8"));
  assert.equal(schema.$schema, "http://json-schema.org/draft-07/schema#");
  assert.equal(schema.$id, `https://cdn.jsdelivr.net/npm/signatory-map@${version}/dataset.schema.json`, "$id names this package version");
  assert.ok(schema.title && schema.description);
  assert.ok(schema.examples.length > 0);
  for (const example of schema.examples) assert.ok(validate(example), errors());
  // Unknown fields are ignored by the widget, so the schema allows them.
  assert.ok(!JSON.stringify(schema).includes('"additionalProperties":false'));
});

test("every property has a description (editors show it as hover help)", () => {
  /** @param {any} node @param {string} path */
  const walk = (node, path) => {
    if (!node || typeof node !== "object") return;
    for (const [key, property] of Object.entries(node.properties ?? {})) {
      const target = /** @type {any} */ (property).$ref ? { ...resolve(/** @type {any} */ (property).$ref), ...property } : property;
      assert.ok(target.description, `${path}.${key} has a description`);
    }
    for (const value of Object.values(node)) walk(value, path);
  };
  /** @param {string} ref */
  const resolve = (ref) => ref.split("/").slice(1).reduce((node, key) => node[key], schema);
  walk(schema, "$");
});

test("the npm package exports the schema and packs it", () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, "www", "package.json"), "utf8"));
  assert.equal(manifest.exports["./dataset.schema.json"], "./dataset.schema.json");
  assert.ok(manifest.files.includes("dataset.schema.json"));
});

test("the built-in dataset and the demo's examples are valid", () => {
  const examples = join(ROOT, "data", "examples");
  const files = [join(ROOT, "data", "agreement.json"), ...readdirSync(examples).filter((f) => f.endsWith(".json")).map((f) => join(examples, f))];
  assert.ok(files.length >= 2);
  for (const file of files) assert.ok(validate(JSON.parse(readFileSync(file, "utf8"))), `${file}: ${errors()}`);
});

test("the schema agrees with the widget on the corpus, except the listed classes", (t) => {
  const cases = corpus();
  assert.ok(cases.length >= 100, `${cases.length} corpus cases`);
  const counts = { checked: 0, unreadable: 0, agree: 0, exceptions: 0 };
  /** @type {string[]} */
  const wrong = [];
  for (const { name, outcome, lines, text, gen } of cases) {
    if (outcome === "unreadable") {
      // Not JSON at all: nothing for a schema to validate.
      assert.throws(() => JSON.parse(text), SyntaxError, `${name} is not JSON`);
      assert.equal(EXCEPTIONS[name], undefined, `${name} is unreadable, not an exception`);
      counts.unreadable++;
      continue;
    }
    const doc = gen === undefined ? JSON.parse(text) : generate(JSON.parse(text), gen);
    const valid = validate(doc);
    counts.checked++;
    const rejected = outcome === "rejected" || outcome === "too-deep";
    assert.ok(rejected || outcome === "shown", `${name}: outcome ${outcome}`);
    const warned = outcome === "shown" && lines.length > 0;
    const listed = EXCEPTIONS[name];
    if (!warned && rejected !== valid) {
      if (listed) wrong.push(`${name} is listed as an exception (${listed}) but the schema agrees with the widget now`);
      counts.agree++;
      continue;
    }
    // A disagreement, or signatories left out: either way, one of the classes.
    const what = warned ? `shown, leaving signatories out (${lines.length} problem(s))` : outcome;
    if (!listed) {
      wrong.push(`${name}: the widget's outcome is ${what}, the schema says ${valid ? "valid" : `invalid (${errors()})`}; fix the schema, or list it with its class`);
      continue;
    }
    if (listed === "left-out" ? !(warned && !valid) : !valid) {
      wrong.push(`${name}: listed as ${listed}, but the widget's outcome is ${what} and the schema says ${valid ? "valid" : "invalid"}`);
    } else if (!lines.some((line) => CLASS_MESSAGES[listed].test(line))) {
      wrong.push(`${name}: listed as ${listed}, but no message of it is one`);
    } else counts.exceptions++;
  }
  assert.deepEqual(wrong, [], "each case agrees, or is listed with the class that explains it");
  const stale = Object.keys(EXCEPTIONS).filter((name) => !cases.some((c) => c.name === name));
  assert.deepEqual(stale, [], "every exception is a corpus case");
  t.diagnostic(`${cases.length} cases: ${counts.checked} validated (${counts.agree} agree, ${counts.exceptions} listed exceptions), ${counts.unreadable} not JSON`);
});

test("country: the assigned codes of crates/core/src/country.rs, in any letter case", () => {
  const source = readFileSync(join(ROOT, "crates", "core", "src", "country.rs"), "utf8");
  const assigned = new Set(/** @type {RegExpMatchArray} */ (source.match(/const ASSIGNED: &str = "([^"]*)"/))[1].replace(/\\\n/g, " ").split(/\s+/).filter(Boolean));
  assert.equal(assigned.size, 250);
  const pattern = new RegExp(schema.definitions.signatory.properties.country.pattern, "u");
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  for (const a of letters) {
    for (const b of letters) {
      for (const code of [a + b, a.toLowerCase() + b, a + b.toLowerCase(), (a + b).toLowerCase()]) {
        assert.equal(pattern.test(code), assigned.has(a + b), code);
      }
    }
  }
  for (const code of ["GBR", "G", "", " GB", "G1"]) assert.ok(!pattern.test(code), code);
});

test("date: real calendar days only, as CalendarDate::parse_iso reads them", () => {
  const pattern = new RegExp(schema.definitions.agreement.properties.date.pattern, "u");
  const leap = (/** @type {number} */ y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = (/** @type {number} */ y, /** @type {number} */ m) => (m === 2 ? (leap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31);
  const years = [...Array(12).keys(), ...Array.from({ length: 220 }, (_, i) => 1890 + i), 2100, 2400, 9996, 9999];
  const pad = (/** @type {number} */ n, /** @type {number} */ width) => String(n).padStart(width, "0");
  for (const y of years) {
    for (let m = 0; m <= 13; m++) {
      for (let d = 0; d <= 32; d++) {
        const date = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
        assert.equal(pattern.test(date), m >= 1 && m <= 12 && d >= 1 && d <= days(y, m), date);
      }
    }
  }
  for (const date of ["2017-11-8", "17-11-08", "2017/11/08", "2017-11-08T00:00", " 2017-11-08", "８０１７-11-08"]) assert.ok(!pattern.test(date), date);
});

test("texts and ids: blank as Rust's trim sees it, ids of Unicode letters and digits", () => {
  const text = new RegExp(schema.definitions.text.pattern, "u");
  for (const blank of ["", " ", "\t\n\r", "\u00a0", "\u0085", "\u3000\u2028"]) assert.ok(!text.test(blank), JSON.stringify(blank));
  for (const fine of ["a", " a ", "\ufeff", "„Kaspersky Lab“"]) assert.ok(text.test(fine), JSON.stringify(fine));
  const id = new RegExp(schema.definitions.id.pattern, "u");
  for (const good of ["privacy", "kaspersky-lab", "a_b.c:d", "ąžuolas", "東京", "٣", "Ⅻ"]) assert.ok(id.test(good), good);
  for (const bad of ["", "a b", "<script>", "a/b", "a,b"]) assert.ok(!id.test(bad), bad);
});
