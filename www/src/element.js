// Registers <signatory-map>: the embed a newsroom pastes into a page.
//
//   <script type="module" src=".../element.js" blocking="render"></script>
//   <signatory-map lang="lt" src="/data/pledge.json" areas="privacy"></signatory-map>
//
// Attributes `src`, `lang`, `areas`, `theme` and `timeout` (seconds a dataset
// URL may take; default 10) take effect whenever they
// change, and the element's properties of the same names mirror them; the
// `data` property takes a dataset object instead of a URL. Anything inside
// the element is fallback content, shown for good when WebAssembly cannot
// run.
//
// Safe to import where there is no DOM (server-side rendering, tests in
// Node): it then defines nothing. Safe to include twice: the second
// definition is skipped.

// Only the small frame module loads up front: the element reserves its
// final size as soon as it is defined, and the widget (index.js, the glue
// and the WebAssembly) follows with a dynamic import.
import { cancelEarlyFetch, fetchEarly, inheritedLang, markUnsupported, prepareShadow, warmLocale } from "./frame.js";

/**
 * Whether two id lists are equal (a plain loop: a host page may have
 * replaced Array.prototype's methods).
 * @param {string[]} a
 * @param {string[]} b
 */
function sameIds(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Area ids from the attribute's comma-separated text. Plain loops, not
 * Array.prototype.map/filter: a host page may have replaced those.
 * @param {string | null} value
 * @returns {string[]}
 */
function parseAreas(value) {
  /** @type {string[]} */
  const ids = [];
  for (const part of (value ?? "").split(",")) {
    const id = part.trim();
    if (id) ids.push(id);
  }
  return ids;
}

/** @type {Promise<typeof import("./index.js")> | undefined} */
let widgetCode;

/**
 * The widget's code, requested once per page. The glue is requested
 * alongside index.js rather than after it (index.js imports it), and the
 * WebAssembly alongside both rather than once they have run: its download
 * and compilation, the longest part of a start, overlap with theirs.
 */
function loadWidgetCode() {
  if (!widgetCode) {
    const wasm =
      typeof WebAssembly === "object" ? fetch(new URL("signatory_map_bg.wasm", import.meta.url)) : undefined;
    // A failed download is reported by preload() below, once it reads the promise.
    wasm?.catch(() => {});
    widgetCode = Promise.all([import("./index.js"), import("./signatory_map.js")]).then(([index]) => {
      index.preload(wasm).catch(() => {});
      return index;
    });
  }
  return widgetCode;
}

/** A base class that exists without a DOM, so importing never throws. */
const Base = /** @type {typeof HTMLElement} */ (
  typeof HTMLElement === "undefined" ? class {} : HTMLElement
);

export class SignatoryMapElement extends Base {
  static observedAttributes = ["src", "lang", "areas", "theme", "timeout"];

  /** @type {import("./index.js").SignatoryMapHandle | undefined} */
  #handle;
  /** Counts connections, so a mount that finishes after a disconnect is undone. */
  #connection = 0;
  /** A dataset object given through the `data` property (wins over `src` until `src` changes). */
  /** @type {object | undefined} */
  #data;

  async connectedCallback() {
    const connection = ++this.#connection;
    prepareShadow(this);
    const asked = this.#options();
    if (typeof asked.data === "string" && asked.data.trim()) fetchEarly(this, asked.data);
    const loading = loadWidgetCode();
    warmLocale(asked.lang);
    try {
      const { mount } = await loading;
      const handle = await mount(this, asked);
      if (connection !== this.#connection || !this.isConnected) {
        handle.destroy();
        return;
      }
      this.#handle = handle;
      // Attributes the page changed while the WebAssembly was loading
      // (no handle yet to tell): apply them now, so the newest wins.
      const now = this.#options();
      if (now.data !== asked.data) handle.setData(now.data ?? null);
      if (now.lang !== asked.lang) handle.setLang(now.lang);
      if (!sameIds(now.areas, asked.areas)) handle.setAreas(now.areas);
      if (now.timeout !== asked.timeout) handle.setTimeout(now.timeout);
    } catch (error) {
      // WebAssembly unavailable or blocked: the snapshot or fallback stays.
      cancelEarlyFetch(this);
      markUnsupported(this);
      console.warn("signatory-map: could not start; showing the static content.", error);
    }
  }

  /** What the element asks of the widget now. */
  #options() {
    return {
      lang: inheritedLang(this),
      data: this.#data ?? (this.getAttribute("src") || undefined),
      areas: parseAreas(this.getAttribute("areas")),
      timeout: Number(this.getAttribute("timeout") || 0),
    };
  }

  disconnectedCallback() {
    this.#connection++;
    this.#handle?.destroy();
    this.#handle = undefined;
  }

  /**
   * @param {string} name
   * @param {string | null} before
   * @param {string | null} value
   */
  attributeChangedCallback(name, before, value) {
    // `theme` needs no code: the shadow stylesheet selects on :host([theme]).
    if (before === value) return;
    if (name === "src") this.#data = undefined;
    const handle = this.#handle;
    if (!handle) return;
    if (name === "lang") handle.setLang(value || inheritedLang(this));
    else if (name === "areas") handle.setAreas(parseAreas(value));
    else if (name === "src") handle.setData(value || null);
    else if (name === "timeout") handle.setTimeout(Number(value || 0));
  }

  /** Dataset URL (the `src` attribute); empty: the built-in dataset. */
  get src() {
    return this.getAttribute("src") ?? "";
  }
  set src(value) {
    this.#reflect("src", value);
  }

  /** Language tag (the `lang` attribute); empty: inherited from the page. */
  get lang() {
    return this.getAttribute("lang") ?? "";
  }
  set lang(value) {
    this.#reflect("lang", value);
  }

  /** Selected area ids (the `areas` attribute, comma-separated). */
  get areas() {
    return parseAreas(this.getAttribute("areas"));
  }
  set areas(value) {
    const ids = typeof value === "string" ? parseAreas(value) : Array.from(value ?? [], String);
    this.#reflect("areas", ids.join(","));
  }

  /** `light`, `dark` or `auto` (the `theme` attribute). */
  get theme() {
    return this.getAttribute("theme") ?? "light";
  }
  set theme(value) {
    this.#reflect("theme", value);
  }

  /**
   * A dataset object to show instead of `src` (not reflected to an
   * attribute); `null` goes back to `src` or the built-in dataset.
   */
  get data() {
    return this.#data ?? null;
  }
  set data(value) {
    this.#data = value ?? undefined;
    this.#handle?.setData(value ?? (this.getAttribute("src") || null));
  }

  /**
   * @param {string} name
   * @param {unknown} value
   */
  #reflect(name, value) {
    if (value === null || value === undefined || value === "") this.removeAttribute(name);
    else this.setAttribute(name, String(value));
  }
}

if (typeof customElements !== "undefined" && !customElements.get("signatory-map")) {
  customElements.define("signatory-map", SignatoryMapElement);
}
