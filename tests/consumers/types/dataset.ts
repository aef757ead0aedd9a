// What a TypeScript page gets from the package's types: the built-in
// dataset, imported as JSON, is a `Dataset`; so is one written in code;
// `mount`, `setData` and the element's `data` take one (or a URL). Each
// `@ts-expect-error` line is a mistake the types must catch: tsc fails if
// that line compiles.
import { mount, type Dataset, type Kind, type LocalizedText, type Signatory } from "signatory-map";
import type { SignatoryMapElement } from "signatory-map/element";
// data/agreement.json, copied beside this file by the test.
import agreement from "./agreement.json";

export const builtIn: Dataset = agreement;

const acme: Signatory = {
  id: "acme",
  name: { en: "Acme", lt: "„Acme“" },
  kind: "company",
  city: { en: "Bonn" },
  country: "DE",
  lat: 50.7,
  lon: 7.1,
  areas: ["privacy"],
};

export const written: Dataset = {
  version: 1,
  agreement: { title: { en: "Open Internet" }, date: "2017-11-08", place: null },
  areasLabel: { en: "Areas of cooperation", lt: "Bendradarbiavimo sritys" },
  areasComplete: false,
  areas: [{ id: "privacy", label: { en: "Privacy" } }],
  signatories: [acme],
};

export const kinds: Kind[] = ["company", "association", "institution"];

// @ts-expect-error a title is texts by language, not one string
export const titleAsString: Dataset = { version: 1, agreement: { title: "Open Internet", date: "2017-11-08" }, areas: [], signatories: [] };

// @ts-expect-error `signatories` is required
export const noSignatories: Dataset = { version: 1, agreement: { title: { en: "Open Internet" }, date: "2017-11-08" }, areas: [] };

// @ts-expect-error coordinates are numbers, not text
export const latAsText: Signatory = { ...acme, lat: "50.7" };

// @ts-expect-error English is every text's fallback: required
export const noEnglish: LocalizedText = { lt: "Maskva" };

// @ts-expect-error "charity" is not a kind
export const charity: Kind = "charity";

export async function page(element: HTMLElement, map: SignatoryMapElement) {
  const handle = await mount(element, { data: agreement });
  handle.setData("/data/pledge.json");
  handle.setData(written);
  handle.setData(null);
  // @ts-expect-error neither a URL nor a dataset
  handle.setData(42);
  // @ts-expect-error an area list is not a dataset
  await mount(element, { data: ["privacy"] });
  map.data = written;
  map.data = null;
  const shown: Dataset | null = map.data;
  return shown;
}
