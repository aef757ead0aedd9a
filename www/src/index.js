// The npm entry point: `mount(element, options)` renders a signatory map
// into `element`'s shadow root and returns a small handle.
//
// The WebAssembly module is compiled once per page and shared by every
// instance; the stylesheet is one constructable CSSStyleSheet adopted by
// every shadow root (no <style> or style="" attributes: strict-CSP safe).

import { hostStylesheet, inheritedLang, prepareShadow } from "./frame.js";
import init, { SignatoryMap } from "./signatory_map.js";
import css from "./styles.js";

export { inheritedLang };

/** @type {Promise<unknown> | undefined} */
let wasmReady;
/** @type {CSSStyleSheet | undefined} */
let sheet;

/**
 * Starts loading the WebAssembly (once per page). Calling it early, before
 * any `mount`, lets the download overlap with the page's own work.
 * @param {string | URL} [wasmUrl] where `signatory_map_bg.wasm` is served
 *   (defaults to beside this module, which bundlers understand)
 * @returns {Promise<void>}
 */
export function preload(wasmUrl) {
  const ready = (wasmReady ??= init(wasmUrl ? { module_or_path: wasmUrl } : undefined));
  return ready.then(() => undefined);
}

function stylesheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  return sheet;
}

/**
 * @typedef {object} MountOptions
 * @property {string} [lang] `en`, `lt`… (default: the page's language)
 * @property {string | object} [data] a dataset URL, or a dataset object
 *   (default: the built-in dataset)
 * @property {string[]} [areas] area ids selected at start
 * @property {string | URL} [wasmUrl] where the .wasm file is served
 */

/**
 * @typedef {object} SignatoryMapHandle
 * @property {(lang: string) => void} setLang switch language
 * @property {(areas: string[]) => void} setAreas select areas by id (empty: all)
 * @property {(data: string | object | null) => void} setData load a URL,
 *   show an object, or go back to the built-in dataset with `null`
 * @property {() => void} destroy remove the widget and free its memory
 */

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
  const shadow = /** @type {ShadowRoot} */ (element.shadowRoot);
  shadow.adoptedStyleSheets = [hostStylesheet(), stylesheet()];
  try {
    await preload(options.wasmUrl);
  } catch (error) {
    element.setAttribute("data-state", "unsupported");
    throw error;
  }
  container.replaceChildren();

  const emit = (/** @type {string} */ name, /** @type {unknown} */ detail) => {
    // Deferred: a listener may call back into the widget while it renders.
    queueMicrotask(() =>
      element.dispatchEvent(
        new CustomEvent(`signatory-map:${name}`, { detail, bubbles: true, composed: true }),
      ),
    );
  };
  const widget = new SignatoryMap(
    container,
    options.lang || inheritedLang(element),
    [...(options.areas ?? [])],
    emit,
  );
  let alive = true;
  const setData = (/** @type {string | object | null | undefined} */ data) => {
    if (typeof data === "string" || data == null) widget.setSource(data ?? undefined);
    else widget.setData(data);
  };
  if (options.data != null) setData(options.data);

  return {
    setLang: (lang) => alive && widget.setLang(String(lang)),
    setAreas: (areas) => alive && widget.setAreas([...areas].map(String)),
    setData: (data) => alive && setData(data),
    destroy() {
      if (!alive) return;
      alive = false;
      widget.destroy();
      widget.free();
      container.remove();
    },
  };
}
