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

/**
 * The widget's code, once per page: `code` resolves when index.js, the glue
 * and the WebAssembly are ready. The glue is requested alongside index.js
 * rather than after it (index.js imports it), and the WebAssembly alongside
 * both rather than once they have run: its download and compilation, the
 * longest part of a start, overlap with theirs.
 * @typedef {object} WidgetCode
 * @property {Promise<typeof import("./index.js")>} code
 * @property {AbortController} controller aborts the WebAssembly download
 * @property {boolean} settled the code is ready, or failed for good
 */
/** @type {WidgetCode | undefined} */
let widgetCode;
/** Connected elements waiting for `widgetCode` (when none is left, its download stops). */
let waitingForCode = 0;

function loadWidgetCode() {
  if (!widgetCode) {
    const controller = new AbortController();
    const wasm =
      typeof WebAssembly === "object"
        ? fetch(new URL("signatory_map_bg.wasm", import.meta.url), { signal: controller.signal })
        : undefined;
    // A failed download is reported by preload() below, once it reads the promise.
    wasm?.catch(() => {});
    const code = Promise.all([import("./index.js"), import("./signatory_map.js")]).then(async ([index]) => {
      await index.preload(wasm);
      return index;
    });
    const loading = { code, controller, settled: false };
    code.then(
      () => (loading.settled = true),
      () => {
        // Not kept: the next element tries again (the download may have
        // been abandoned by removed elements, or the network come back).
        loading.settled = true;
        if (widgetCode === loading) widgetCode = undefined;
      },
    );
    widgetCode = loading;
  }
  return widgetCode.code;
}

/**
 * The last element waiting for the widget's code is gone (a single-page
 * app navigated away): stop downloading the WebAssembly rather than hold
 * one of the page's few connections to that server for nothing. The next
 * element starts it again.
 */
function abandonWidgetCode() {
  if (widgetCode && !widgetCode.settled) {
    widgetCode.controller.abort();
    widgetCode = undefined;
  }
}

/**
 * An attribute as the widget reads it. Every attribute is read alike:
 * white space around the value is ignored, and keywords (`lang`, `theme`)
 * are matched in any case, so `theme=" DARK"` means what `lang=" LT"` does.
 * @param {Element} element
 * @param {string} name
 */
function attribute(element, name) {
  const value = (element.getAttribute(name) ?? "").trim();
  return name === "lang" || name === "theme" ? value.toLowerCase() : value;
}

/** The themes `theme` may name; anything else is the default, light. */
const THEMES = ["dark", "auto"];

/**
 * The public properties, which a page may set before the element is
 * defined (an inline script after the tag, or `createElement` before
 * element.js has loaded): such a value lands on the element itself and
 * would hide the class's setter, so it is taken over at connection.
 */
const PROPERTIES = ["src", "lang", "areas", "theme", "timeout", "data"];

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
  /** Whether this element counts in `waitingForCode`. */
  #waiting = false;
  /** A dataset object given through the `data` property (wins over `src` until `src` changes). */
  /** @type {import("./index.js").Dataset | undefined} */
  #data;
  /** Where the normalised theme is shown to the stylesheet (`:host(:state(dark))`). */
  /** @type {CustomStateSet | undefined} */
  #states;

  constructor() {
    super();
    try {
      this.#states = this.attachInternals?.().states;
    } catch {
      // No custom states in this browser: the stylesheet's attribute
      // selectors still read the usual spellings of `theme`.
    }
  }

  async connectedCallback() {
    const connection = ++this.#connection;
    this.#upgradeProperties();
    this.#showTheme();
    prepareShadow(this);
    const asked = this.#options();
    if (typeof asked.data === "string" && asked.data) fetchEarly(this, asked.data);
    const loading = loadWidgetCode();
    this.#setWaiting(true);
    warmLocale(asked.lang);
    try {
      const { mount } = await loading;
      this.#setWaiting(false);
      // Removed meanwhile: its early request was cancelled; mount nothing.
      if (connection !== this.#connection) return;
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
      this.#setWaiting(false);
      if (connection !== this.#connection) return;
      // WebAssembly unavailable or blocked: the snapshot (made static) or
      // the fallback stays, and the console says why.
      cancelEarlyFetch(this);
      markUnsupported(this, error);
    }
  }

  disconnectedCallback() {
    this.#connection++;
    // No request outlives the element: its early dataset request, its
    // share of the WebAssembly download, and (through destroy) the
    // widget's own request.
    cancelEarlyFetch(this);
    this.#setWaiting(false);
    this.#handle?.destroy();
    this.#handle = undefined;
  }

  /** @param {boolean} waiting */
  #setWaiting(waiting) {
    if (waiting === this.#waiting) return;
    this.#waiting = waiting;
    waitingForCode += waiting ? 1 : -1;
    if (waitingForCode === 0) abandonWidgetCode();
  }

  /**
   * The standard custom-element "upgrade": values the page set on the
   * element before its class was defined are own properties hiding the
   * class's accessors. Each is removed and set again through its setter,
   * in the order the page set them (so `data` then `src` means `src`).
   */
  #upgradeProperties() {
    for (const name of Object.keys(this)) {
      if (!PROPERTIES.includes(name)) continue;
      const value = /** @type {any} */ (this)[name];
      delete (/** @type {any} */ (this)[name]);
      /** @type {any} */ (this)[name] = value;
    }
  }

  /** Shows the normalised theme to the stylesheet. */
  #showTheme() {
    const theme = attribute(this, "theme");
    for (const name of THEMES) {
      try {
        if (name === theme) this.#states?.add(name);
        else this.#states?.delete(name);
      } catch {
        // An engine with the older `--name` syntax only: attribute selectors apply.
      }
    }
  }

  /** What the element asks of the widget now. */
  #options() {
    return {
      lang: attribute(this, "lang") || inheritedLang(this),
      data: this.#data ?? (attribute(this, "src") || undefined),
      areas: parseAreas(this.getAttribute("areas")),
      timeout: Number(attribute(this, "timeout") || 0),
    };
  }

  /**
   * @param {string} name
   * @param {string | null} before
   * @param {string | null} value
   */
  attributeChangedCallback(name, before, value) {
    // Not skipped when the value repeats: a page writing `lang` or `areas`
    // again means it, even after the reader chose otherwise, and writing
    // `src` again is a reload.
    if (name === "theme") this.#showTheme();
    if (name === "src") this.#data = undefined;
    const handle = this.#handle;
    if (!handle) return;
    if (name === "lang") handle.setLang(attribute(this, "lang") || inheritedLang(this));
    else if (name === "areas") handle.setAreas(parseAreas(value));
    else if (name === "src") handle.setData(attribute(this, "src") || null);
    else if (name === "timeout") handle.setTimeout(Number(attribute(this, "timeout") || 0));
  }

  /** Dataset URL (the `src` attribute); empty: the built-in dataset. */
  get src() {
    return this.getAttribute("src") ?? "";
  }
  set src(value) {
    this.#reflect("src", value);
  }

  /**
   * The language shown (`en`, `lt`), whoever chose it; until the widget
   * runs, the `lang` attribute (empty: inherited from the page).
   */
  get lang() {
    return this.#handle?.lang ?? this.getAttribute("lang") ?? "";
  }
  set lang(value) {
    this.#reflect("lang", value);
  }

  /**
   * The selected area ids, whoever chose them (ids the data lacks are
   * dropped); until the widget runs, the `areas` attribute.
   */
  get areas() {
    return this.#handle?.areas ?? parseAreas(this.getAttribute("areas"));
  }
  set areas(value) {
    const ids = typeof value === "string" ? parseAreas(value) : Array.from(value ?? [], String);
    this.#reflect("areas", ids.join(","));
  }

  /** `light`, `dark` or `auto` (the `theme` attribute, in any case); anything else: `light`. */
  get theme() {
    const theme = attribute(this, "theme");
    return THEMES.includes(theme) ? theme : "light";
  }
  set theme(value) {
    this.#reflect("theme", value);
  }

  /**
   * Seconds a dataset URL may take before the error state (the `timeout`
   * attribute); 0: the default, 10 s. Under 1 s counts as 1 s.
   */
  get timeout() {
    const seconds = Number(attribute(this, "timeout") || 0);
    return Number.isFinite(seconds) && seconds > 0 ? seconds : 0;
  }
  set timeout(value) {
    this.#reflect("timeout", value);
  }

  /**
   * A dataset object to show instead of `src` (not reflected to an
   * attribute); `null` goes back to `src` or the built-in dataset.
   * @returns {import("./index.js").Dataset | null}
   */
  get data() {
    return this.#data ?? null;
  }
  /** @param {import("./index.js").Dataset | null | undefined} value */
  set data(value) {
    this.#data = value ?? undefined;
    this.#handle?.setData(value ?? (attribute(this, "src") || null));
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
