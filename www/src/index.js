// The npm entry point: `mount(element, options)` renders a signatory map
// into `element`'s shadow root and returns a small handle.
//
// The WebAssembly module is compiled once per page and shared by every
// instance; the two constructable stylesheets (frame.js) are shared by every
// shadow root (no <style> or style="" attributes: strict-CSP safe); removed
// widgets are parked and reused (see `parked`).

import { inheritedLang, markUnsupported, prepareShadow, startFetch, takeEarlyFetch, warmLocale } from "./frame.js";
import init, { SignatoryMap } from "./signatory_map.js";

export { inheritedLang };

/** @type {Promise<{ memory: WebAssembly.Memory }> | undefined} */
let wasmReady;
/** @type {WebAssembly.Memory | undefined} */
let wasmMemory;
/**
 * Roots of removed widgets, parked for the next mount: Yew never removes
 * its root's event listeners, so a fresh root per mount would leak a
 * little every time a page (or a single-page app) removes a widget.
 * @type {{ container: HTMLElement, widget: SignatoryMap }[]}
 */
const parked = [];

/**
 * Starts loading the WebAssembly (once per page: every instance shares the
 * one compiled module). Calling it early, before any `mount`, lets the
 * download overlap with the page's own work.
 * @param {string | URL | Response | Promise<Response>} [wasmUrl] where
 *   `signatory_map_bg.wasm` is served (defaults to beside this module, which
 *   bundlers understand), or a request for it already made
 * @returns {Promise<void>}
 */
export function preload(wasmUrl) {
  if (!wasmReady) {
    const ready = init(wasmUrl ? { module_or_path: wasmUrl } : undefined);
    wasmReady = ready;
    // A failure is not kept: the download may have been abandoned (every
    // widget waiting for it was removed) or the network may come back, so
    // the next call tries again.
    ready.catch(() => {
      if (wasmReady === ready) wasmReady = undefined;
    });
  }
  return wasmReady.then((exports) => {
    wasmMemory = exports.memory;
  });
}

/**
 * Bytes of WebAssembly memory in use by all instances on the page (0
 * before the first mount): for memory checks and benchmarks.
 * @returns {number}
 */
export function wasmMemoryBytes() {
  return wasmMemory ? wasmMemory.buffer.byteLength : 0;
}

/** The most a dataset may weigh as JSON text (MAX_BODY_BYTES in src/core/validate.rs). */
const MAX_JSON_BYTES = 16 * 1024 * 1024;
/** The deepest nesting of arrays and objects the reader accepts (MAX_DEPTH in src/core/json/mod.rs). */
const MAX_DEPTH = 32;

/**
 * What a dataset object given by the page (`data`) would be as JSON,
 * found out without writing that text: "too-large" when it would pass
 * 16 MB, "too-deep" past 32 levels, "not-json" for a cycle or a bigint,
 * else "". Writing a 300 MB string field out as JSON froze the tab for
 * seconds before it could be refused; this walk stops at the limit, and
 * counts a string by its length, so that one is refused at once. Follows
 * `JSON.stringify`: `toJSON`, and functions and `undefined` left out.
 * @param {unknown} root
 * @returns {"" | "too-large" | "too-deep" | "not-json"}
 */
export function jsonCheck(root) {
  let bytes = 0;
  /** @type {object[]} */
  const ancestors = [];
  /** @param {string} verdict */
  const stop = (verdict) => {
    throw { verdict };
  };
  /**
   * @param {any} value
   * @param {string} key
   */
  const visit = (value, key) => {
    if (value !== null && typeof value === "object" && typeof value.toJSON === "function") value = value.toJSON(key);
    if (typeof value === "string") bytes += value.length + 2;
    else if (typeof value === "bigint") stop("not-json");
    else if (value === null || typeof value !== "object") bytes += 1;
    else {
      if (ancestors.includes(value)) stop("not-json");
      if (ancestors.length >= MAX_DEPTH) stop("too-deep");
      ancestors.push(value);
      bytes += 2;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length && bytes <= MAX_JSON_BYTES; i++) visit(value[i], String(i));
        bytes += value.length;
      } else {
        for (const name of Object.keys(value)) {
          if (bytes > MAX_JSON_BYTES) break;
          const member = value[name];
          if (member === undefined || typeof member === "function" || typeof member === "symbol") continue;
          bytes += name.length + 4;
          visit(member, name);
        }
      }
      ancestors.pop();
    }
    if (bytes > MAX_JSON_BYTES) stop("too-large");
  };
  try {
    visit(root, "");
    return "";
  } catch (error) {
    // A getter or toJSON that throws: JSON.stringify would throw too.
    return /** @type {any} */ (error)?.verdict ?? "not-json";
  }
}

// The dataset format's types (dataset.d.ts, written by hand beside
// dataset.schema.json), exported from the package's entry point.
/** @typedef {import("./dataset.js").Dataset} Dataset a dataset (docs/dataset-format.md) */
/** @typedef {import("./dataset.js").Agreement} Agreement the agreement signed */
/** @typedef {import("./dataset.js").Place} Place a named place with coordinates */
/** @typedef {import("./dataset.js").Area} Area a pledge area */
/** @typedef {import("./dataset.js").Signatory} Signatory one signatory */
/** @typedef {import("./dataset.js").LocalizedText} LocalizedText text by language, English required */
/** @typedef {import("./dataset.js").Kind} Kind what sort of organisation signed */

/**
 * @typedef {object} MountOptions
 * @property {string} [lang] `en`, `lt`… (default: the page's language)
 * @property {string | Dataset} [data] a dataset URL, or a dataset object
 *   (default: the built-in dataset)
 * @property {string[]} [areas] area ids selected at start
 * @property {string | URL | Response | Promise<Response>} [wasmUrl] where
 *   the .wasm file is served, or a request for it already made
 * @property {number} [timeout] seconds a dataset URL may take before the
 *   error state (default 10)
 */

/**
 * @typedef {object} SignatoryMapHandle
 * @property {(lang: string) => void} setLang switch language
 * @property {(areas: string[]) => void} setAreas select areas by id (empty: all)
 * @property {(data: string | Dataset | null) => void} setData load a URL,
 *   show an object, or go back to the built-in dataset with `null`
 * @property {(seconds: number) => void} setTimeout how long a dataset URL
 *   may take from the next load (default 10 s)
 * @property {() => void} destroy remove the widget and free its memory
 * @property {string} lang the language shown, whoever chose it
 * @property {string[]} areas the selected area ids, whoever chose them
 */

/**
 * Tells the newsroom, once, that the page's prerendered snapshot shows
 * other data than the live widget now does: readers without WebAssembly,
 * and everyone at first paint, see the old data until it is made again.
 * @param {string} snapshot the fingerprint the snapshot recorded
 * @param {string | undefined} live the fingerprint of the data shown
 */
function warnIfStale(snapshot, live) {
  if (!live || live === snapshot) return;
  console.warn(
    `signatory-map: the prerendered snapshot is older than the data (made from data ${snapshot}, ` +
      `the data is now ${live}): re-run \`signatory-map embed\` and replace the snippet in the page.`,
  );
}

/**
 * Renders a signatory map into `element` (in an open shadow root, so the
 * page's CSS cannot break it). Events `signatory-map:ready`,
 * `signatory-map:languagechange`, `signatory-map:filterchange` and
 * `signatory-map:select` bubble from `element`.
 * @param {HTMLElement} element
 * @param {MountOptions} [options]
 * @returns {Promise<SignatoryMapHandle>}
 */
export async function mount(element, options = {}) {
  // The frame goes in first, before the WebAssembly has arrived: the
  // element takes its final size at once (no layout shift).
  const container = prepareShadow(element);
  // A dataset URL starts downloading now, alongside the WebAssembly, not
  // after it: the same request the widget would make (no credentials, the
  // same referrer policy), handed over below; the widget still checks the
  // answer and owns the timeout.
  // (The custom element starts it even earlier, on connection.)
  const url = typeof options.data === "string" && options.data.trim() ? options.data : undefined;
  const early = url ? (takeEarlyFetch(element, url) ?? startFetch(url)) : undefined;
  const lang = options.lang || inheritedLang(element);
  warmLocale(lang);
  try {
    await preload(options.wasmUrl);
  } catch (error) {
    early?.controller.abort();
    markUnsupported(element, error);
    throw error;
  }
  // Live now, even where an earlier try left it static.
  element.removeAttribute("data-state");
  container.classList.remove("smw-prerendered");
  // What a prerendered snapshot was made from (`signatory-map embed`
  // records the data's fingerprint): checked against the first data shown.
  let snapshotHash = container.getAttribute("data-dataset-hash");
  container.removeAttribute("data-dataset-hash");

  const emit = (/** @type {string} */ name, /** @type {unknown} */ detail) => {
    // Deferred: a listener may call back into the widget while it renders.
    queueMicrotask(() => {
      if (name === "ready" && snapshotHash) {
        warnIfStale(snapshotHash, widget.datasetHash);
        snapshotHash = null;
      }
      element.dispatchEvent(
        new CustomEvent(`signatory-map:${name}`, { detail, bubbles: true, composed: true }),
      );
    });
  };
  const areas = Array.from(options.areas ?? [], String);
  /** @type {SignatoryMap} */
  let widget;
  let root = container;
  const reused = parked.pop();
  if (reused) {
    container.replaceWith(reused.container);
    root = reused.container;
    widget = reused.widget;
    widget.reuse(lang, areas, emit);
  } else {
    container.replaceChildren();
    widget = new SignatoryMap(container, lang, areas, emit);
  }
  let alive = true;
  const setData = (/** @type {string | Dataset | null | undefined} */ data) => {
    if (typeof data === "string" || data == null) widget.setSource(data ?? undefined);
    else widget.setData(data, jsonCheck(data));
  };
  widget.setTimeout(Number(options.timeout ?? 0));
  if (early) widget.setSourceFetched(early.url, early.response, early.controller);
  else setData(options.data);

  return {
    setLang: (lang) => alive && widget.setLang(String(lang)),
    // Array.from, not .map: a host page may have replaced Array.prototype.map.
    setAreas: (areas) => alive && widget.setAreas(Array.from(areas, String)),
    setData: (data) => alive && setData(data),
    setTimeout: (seconds) => alive && widget.setTimeout(Number(seconds)),
    get lang() {
      return alive ? widget.lang : String(lang);
    },
    get areas() {
      return alive ? widget.areas : [];
    },
    destroy() {
      if (!alive) return;
      alive = false;
      widget.park();
      root.remove();
      parked.push({ container: root, widget });
    },
  };
}
