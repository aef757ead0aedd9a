// The dataset format (version 1) as TypeScript types, for pages that build
// or load a dataset and hand it to `mount({ data })`, `setData` or the
// element's `data` property. Written by hand beside the JSON Schema
// (../dataset.schema.json) and the full reference (docs/dataset-format.md);
// scripts/build.sh copies it to dist/, where index.d.ts re-exports it.
//
// Two fields are wider than the format on purpose: `version` is a
// `number` and `kind` any string, because TypeScript types an imported
// `.json` file (`resolveJsonModule`) with plain `number`s and `string`s,
// and such a file must still be a `Dataset`. The widget checks the values
// (and the schema does in an editor); `Kind` names the three that count.

/**
 * Text by language tag, e.g. `{ en: "Moscow", lt: "Maskva" }`. English is
 * required: a missing translation falls back to it. Every text must be
 * non-blank and at most 2,000 characters; it is always shown as plain
 * text, never as HTML.
 */
export type LocalizedText = {
  /** The English text, required: every other language falls back to it. */
  en: string;
  /** The text in another language, keyed by its tag (`lt`, `de`, …). */
  [lang: string]: string;
};

/**
 * What sort of organisation signed, shown by marker colour and shape.
 * (`Signatory.kind` is typed `string` so that imported JSON fits; any
 * other value leaves the signatory out, with a warning.)
 */
export type Kind = "company" | "association" | "institution";

/** A named place with coordinates, e.g. where the agreement was signed. */
export type Place = {
  /** The place's name, by language. */
  name: LocalizedText;
  /** Latitude in decimal degrees, -90 (south) to 90 (north). */
  lat: number;
  /** Longitude in decimal degrees, -180 (west) to 180 (east). */
  lon: number;
};

/** The agreement the signatories signed. */
export type Agreement = {
  /** The agreement's title, by language. */
  title: LocalizedText;
  /** The day it was signed, a real date as `YYYY-MM-DD` (`"2017-11-08"`). */
  date: string;
  /** Where it was signed, shown on the map (optional). */
  place?: Place | null;
  /** A link to the agreement's text or the data's source (optional). */
  source?: string | null;
};

/** A pledge area: a filter toggle in the widget. */
export type Area = {
  /**
   * The id signatories list in their `areas`: letters, digits, `-`, `_`,
   * `.` and `:`, unique among the areas.
   */
  id: string;
  /** What the area is called, by language. */
  label: LocalizedText;
};

/**
 * One signatory, one marker. A problem here leaves only this signatory
 * out of the map (the widget lists it in a warning); the rest are shown.
 */
export type Signatory = {
  /**
   * A stable id (`"kaspersky-lab"`): letters, digits, `-`, `_`, `.` and
   * `:`, unique among the signatories.
   */
  id: string;
  /** The signatory's name, by language. */
  name: LocalizedText;
  /** `"company"`, `"association"` or `"institution"` (see {@link Kind}). */
  kind: Kind | (string & {});
  /** The city it is in, by language. */
  city: LocalizedText;
  /**
   * An assigned ISO 3166-1 alpha-2 code, any letter case (`"GB"`, not
   * `"UK"`; `"XK"` for Kosovo); the widget names the country in the
   * reader's language.
   */
  country: string;
  /** Latitude in decimal degrees, -90 (south) to 90 (north). */
  lat: number;
  /** Longitude in decimal degrees, -180 (west) to 180 (east). */
  lon: number;
  /** The ids of the areas it pledged, each declared in the dataset's `areas`. */
  areas: string[];
  /** Its website (optional); only `http(s)` links are made clickable. */
  url?: string | null;
};

/**
 * A dataset the widget shows (format version 1; docs/dataset-format.md,
 * and `signatory-map/dataset.schema.json` for editors). Fields not
 * described here are allowed and ignored. At most 20,000 signatories,
 * 100 areas, 32 levels of nesting and 16 MB as JSON.
 */
export type Dataset = {
  /** The format version: always `1`. */
  version: number;
  /** The agreement the signatories signed. */
  agreement: Agreement;
  /** What the areas are called, by language (default "Pledge areas"). */
  areasLabel?: LocalizedText | null;
  /**
   * Whether `areas` lists all of the agreement's areas (default `true`);
   * `false` when the source names only some ("among others").
   */
  areasComplete?: boolean | null;
  /**
   * When the data was last checked, `YYYY-MM-DD` (a real date): shown as
   * "Data as of …" beside the source. Absent: the agreement's date.
   */
  updated?: string | null;
  /** The pledge areas (at most 100). */
  areas: Area[];
  /** Who signed (at most 20,000). */
  signatories: Signatory[];
};
