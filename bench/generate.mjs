// Synthetic datasets for the benchmark, in the widget's dataset format
// (README, "Dataset format"): N = 15, 1,000 and 10,000 signatories.
//
//   node bench/generate.mjs            → bench/data/n15.json, n1000.json, n10000.json
//   import { generate } from "./generate.mjs"   // generate(n) → dataset object
//
// Deterministic: a seeded PRNG (mulberry32, seed = N), so every run and
// every machine benchmarks the same bytes. Signatories sit in ~60 real
// cities (European ones weighted up, like the real agreement) with a small
// jitter (±0.05°, a few km), so many share a city and the maps must group
// them; each pledges 1–7 of the seven areas of data/agreement.json, has an
// English and a Lithuanian name, a kind (company / association /
// institution) and the city's ISO 3166-1 country code.

import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, "..");
export const SIZES = [15, 1000, 10000];
export const DATA_DIR = join(HERE, "data");

/** [en, lt, ISO country, lat, lon, weight] */
const CITIES = [
  ["Strasbourg", "Strasbūras", "FR", 48.5734, 7.7521, 6],
  ["Paris", "Paryžius", "FR", 48.8566, 2.3522, 8],
  ["Brussels", "Briuselis", "BE", 50.8503, 4.3517, 9],
  ["Berlin", "Berlynas", "DE", 52.52, 13.405, 8],
  ["Bonn", "Bona", "DE", 50.7374, 7.0982, 3],
  ["Munich", "Miunchenas", "DE", 48.1351, 11.582, 4],
  ["London", "Londonas", "GB", 51.5074, -0.1278, 9],
  ["Dublin", "Dublinas", "IE", 53.3498, -6.2603, 5],
  ["Amsterdam", "Amsterdamas", "NL", 52.3676, 4.9041, 5],
  ["Luxembourg", "Liuksemburgas", "LU", 49.6116, 6.1319, 3],
  ["Madrid", "Madridas", "ES", 40.4168, -3.7038, 5],
  ["Lisbon", "Lisabona", "PT", 38.7223, -9.1393, 3],
  ["Rome", "Roma", "IT", 41.9028, 12.4964, 4],
  ["Milan", "Milanas", "IT", 45.4642, 9.19, 3],
  ["Vienna", "Viena", "AT", 48.2082, 16.3738, 4],
  ["Zurich", "Ciurichas", "CH", 47.3769, 8.5417, 3],
  ["Geneva", "Ženeva", "CH", 46.2044, 6.1432, 4],
  ["Prague", "Praha", "CZ", 50.0755, 14.4378, 3],
  ["Warsaw", "Varšuva", "PL", 52.2297, 21.0122, 4],
  ["Vilnius", "Vilnius", "LT", 54.6872, 25.2797, 5],
  ["Kaunas", "Kaunas", "LT", 54.8985, 23.9036, 2],
  ["Riga", "Ryga", "LV", 56.9496, 24.1052, 3],
  ["Tallinn", "Talinas", "EE", 59.437, 24.7536, 3],
  ["Helsinki", "Helsinkis", "FI", 60.1699, 24.9384, 3],
  ["Stockholm", "Stokholmas", "SE", 59.3293, 18.0686, 4],
  ["Oslo", "Oslas", "NO", 59.9139, 10.7522, 2],
  ["Copenhagen", "Kopenhaga", "DK", 55.6761, 12.5683, 3],
  ["Budapest", "Budapeštas", "HU", 47.4979, 19.0402, 2],
  ["Bucharest", "Bukareštas", "RO", 44.4268, 26.1025, 2],
  ["Sofia", "Sofija", "BG", 42.6977, 23.3219, 2],
  ["Athens", "Atėnai", "GR", 37.9838, 23.7275, 2],
  ["Kyiv", "Kyjivas", "UA", 50.4501, 30.5234, 2],
  ["Istanbul", "Stambulas", "TR", 41.0082, 28.9784, 2],
  ["Moscow", "Maskva", "RU", 55.7558, 37.6173, 2],
  ["Tel Aviv", "Tel Avivas", "IL", 32.0853, 34.7818, 2],
  ["Dubai", "Dubajus", "AE", 25.2048, 55.2708, 2],
  ["Cairo", "Kairas", "EG", 30.0444, 31.2357, 1],
  ["Lagos", "Lagosas", "NG", 6.5244, 3.3792, 1],
  ["Nairobi", "Nairobis", "KE", -1.2921, 36.8219, 1],
  ["Johannesburg", "Johanesburgas", "ZA", -26.2041, 28.0473, 1],
  ["Cape Town", "Keiptaunas", "ZA", -33.9249, 18.4241, 1],
  ["Mumbai", "Mumbajus", "IN", 19.076, 72.8777, 2],
  ["Bengaluru", "Bengalūras", "IN", 12.9716, 77.5946, 2],
  ["New Delhi", "Naujasis Delis", "IN", 28.6139, 77.209, 1],
  ["Singapore", "Singapūras", "SG", 1.3521, 103.8198, 2],
  ["Jakarta", "Džakarta", "ID", -6.2088, 106.8456, 1],
  ["Bangkok", "Bankokas", "TH", 13.7563, 100.5018, 1],
  ["Hong Kong", "Honkongas", "HK", 22.3193, 114.1694, 2],
  ["Shanghai", "Šanchajus", "CN", 31.2304, 121.4737, 1],
  ["Beijing", "Pekinas", "CN", 39.9042, 116.4074, 1],
  ["Seoul", "Seulas", "KR", 37.5665, 126.978, 2],
  ["Tokyo", "Tokijas", "JP", 35.6762, 139.6503, 3],
  ["Sydney", "Sidnėjus", "AU", -33.8688, 151.2093, 2],
  ["Melbourne", "Melburnas", "AU", -37.8136, 144.9631, 1],
  ["Auckland", "Oklandas", "NZ", -36.8485, 174.7633, 1],
  ["Washington", "Vašingtonas", "US", 38.9072, -77.0369, 4],
  ["New York", "Niujorkas", "US", 40.7128, -74.006, 5],
  ["San Francisco", "San Fransiskas", "US", 37.7749, -122.4194, 5],
  ["Seattle", "Sietlas", "US", 47.6062, -122.3321, 3],
  ["Toronto", "Torontas", "CA", 43.6532, -79.3832, 3],
  ["Mexico City", "Meksikas", "MX", 19.4326, -99.1332, 1],
  ["São Paulo", "San Paulas", "BR", -23.5505, -46.6333, 2],
  ["Buenos Aires", "Buenos Airės", "AR", -34.6037, -58.3816, 1],
  ["Santiago", "Santjagas", "CL", -33.4489, -70.6693, 1],
  ["Bogotá", "Bogota", "CO", 4.711, -74.0721, 1],
];

/** [en, lt] pairs for the made-up names. */
const WORDS = [
  ["Aurora", "Aurora"], ["Baltic", "Baltijos"], ["Cedar", "Kedro"], ["Delta", "Delta"],
  ["Ember", "Žarijos"], ["Fjord", "Fjordo"], ["Granite", "Granito"], ["Harbour", "Uosto"],
  ["Iris", "Irisas"], ["Juniper", "Kadagio"], ["Kestrel", "Pelėsakalio"], ["Lumen", "Liumeno"],
  ["Meridian", "Meridiano"], ["Nordic", "Šiaurės"], ["Orbit", "Orbitos"], ["Pioneer", "Pionierių"],
  ["Quartz", "Kvarco"], ["River", "Upės"], ["Summit", "Viršūnės"], ["Tidal", "Potvynio"],
  ["Union", "Sąjungos"], ["Vector", "Vektoriaus"], ["Willow", "Gluosnio"], ["Zenith", "Zenito"],
  ["Amber", "Gintaro"], ["Beacon", "Švyturio"], ["Compass", "Kompaso"], ["Dune", "Kopos"],
  ["Echo", "Aido"], ["Falcon", "Sakalo"], ["Grove", "Giraitės"], ["Horizon", "Horizonto"],
];
const COMPANY = [["Systems", "Systems"], ["Networks", "Networks"], ["Software", "Software"], ["Data", "Data"], ["Labs", "Labs"], ["Telecom", "Telecom"]];
const ASSOCIATION = [
  ["Digital Rights Association", "skaitmeninių teisių asociacija"],
  ["Internet Society", "interneto draugija"],
  ["Industry Association", "pramonės asociacija"],
  ["Online Safety Alliance", "saugaus interneto aljansas"],
];
const INSTITUTION = [
  ["Institute of Technology", "technologijų institutas"],
  ["University", "universitetas"],
  ["Data Protection Authority", "duomenų apsaugos tarnyba"],
  ["Public Library", "viešoji biblioteka"],
];

/** mulberry32: a small, fast, seeded PRNG in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round = (x, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The dataset object with `n` signatories. */
export function generate(n) {
  const agreement = JSON.parse(readFileSync(join(ROOT, "data", "agreement.json"), "utf8"));
  const areas = agreement.areas.map(({ id, label }) => ({ id, label: { en: label.en, lt: label.lt } }));
  const random = prng(n);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const totalWeight = CITIES.reduce((sum, city) => sum + city[5], 0);
  const pickCity = () => {
    let r = random() * totalWeight;
    for (const city of CITIES) if ((r -= city[5]) < 0) return city;
    return CITIES[CITIES.length - 1];
  };
  const signatories = [];
  for (let i = 0; i < n; i++) {
    const [cityEn, cityLt, country, lat, lon] = pickCity();
    const roll = random();
    const kind = roll < 0.6 ? "company" : roll < 0.85 ? "association" : "institution";
    const [wordEn, wordLt] = pick(WORDS);
    const serial = i + 1;
    let name;
    if (kind === "company") {
      const [suffix] = pick(COMPANY);
      name = { en: `${wordEn} ${suffix} ${serial}`, lt: `„${wordEn} ${suffix} ${serial}“` };
    } else if (kind === "association") {
      const [en, lt] = pick(ASSOCIATION);
      name = { en: `${wordEn} ${en} ${serial}`, lt: `${wordLt} ${lt} Nr. ${serial}` };
    } else {
      const [en, lt] = pick(INSTITUTION);
      name = { en: `${cityEn} ${wordEn} ${en} ${serial}`, lt: `${cityLt}: ${wordLt} ${lt} Nr. ${serial}` };
    }
    // 1–7 areas, each count equally likely, then which ones at random.
    const count = 1 + Math.floor(random() * areas.length);
    const ids = areas.map((area) => area.id);
    for (let k = ids.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [ids[k], ids[j]] = [ids[j], ids[k]];
    }
    const chosen = new Set(ids.slice(0, count));
    const signatory = {
      id: `s${String(serial).padStart(5, "0")}`,
      name,
      kind,
      city: { en: cityEn, lt: cityLt },
      country,
      lat: round(lat + (random() - 0.5) * 0.1),
      lon: round(lon + (random() - 0.5) * 0.1),
      // In the dataset's declared order.
      areas: areas.map((area) => area.id).filter((id) => chosen.has(id)),
    };
    if (random() < 0.5) signatory.url = `https://example.org/${signatory.id}`;
    signatories.push(signatory);
  }
  return {
    version: 1,
    agreement: {
      title: {
        en: `Benchmark pledge with ${n.toLocaleString("en")} synthetic signatories`,
        lt: `Bandomasis įsipareigojimas: ${n} sugalvotų signatarų`,
      },
      date: "2017-11-08",
      place: agreement.agreement.place,
      source: "https://example.org/benchmark",
    },
    areas,
    signatories,
  };
}

/** Writes bench/data/n<N>.json for every size; returns the paths. */
export function writeAll(dir = DATA_DIR) {
  mkdirSync(dir, { recursive: true });
  return SIZES.map((n) => {
    const path = join(dir, `n${n}.json`);
    writeFileSync(path, JSON.stringify(generate(n)));
    return path;
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const path of writeAll()) console.log(`wrote ${path}`);
}
