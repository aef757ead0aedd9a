// The element's shadow root as it must be before anything else loads: the
// stylesheets (final size and colours, so the page never shifts), an empty
// frame or the prerendered snapshot, and a slot that shows the element's
// fallback content if the widget cannot start. Shared by element.js (at
// once, on connection) and mount() (which may be called without the custom
// element).

import hostCss from "./host.js";
import widgetCss from "./styles.js";

/** @type {CSSStyleSheet[] | undefined} */
let sheets;

/**
 * The host stylesheet (size, colours) and the widget's, built once per page
 * and shared by every instance. Both are adopted the moment the element is
 * defined, so a prerendered snapshot inside it is styled from first paint.
 * @returns {CSSStyleSheet[]}
 */
export function stylesheets() {
  if (!sheets) {
    sheets = [];
    for (const css of [hostCss, widgetCss]) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      sheets.push(sheet);
    }
  }
  return sheets;
}

/**
 * Gives `element` an open shadow root holding an empty, correctly sized
 * frame — unless it has one already, such as the prerendered snapshot of a
 * declarative shadow root (`<template shadowrootmode="open">`, see the
 * README) — and returns the container the widget renders into.
 * @param {HTMLElement} element
 * @returns {HTMLElement}
 */
export function prepareShadow(element) {
  const shadow = element.shadowRoot ?? element.attachShadow({ mode: "open" });
  const [host, widget] = stylesheets();
  if (!shadow.adoptedStyleSheets.includes(host)) shadow.adoptedStyleSheets = [host, widget];
  let container = /** @type {HTMLElement | null} */ (shadow.querySelector(".smw-root"));
  if (!container) {
    container = document.createElement("div");
    container.className = "smw-root";
    const frame = document.createElement("div");
    frame.className = "smw-pending";
    container.append(frame);
    shadow.replaceChildren(container, document.createElement("slot"));
  }
  return container;
}

/**
 * The language to start in: the element's own `lang`, else its nearest
 * ancestor's, else English.
 * @param {Element} element
 */
export function inheritedLang(element) {
  const owner = element.closest("[lang]");
  return owner?.getAttribute("lang") || "en";
}

/**
 * Marks `element` as unable to run the widget: its prerendered snapshot
 * stays, made static (`static`, see `freeze`), or else its fallback
 * content shows (`unsupported`). The console says why, once per page.
 * @param {HTMLElement} element
 * @param {unknown} [error] why the widget could not start
 */
export function markUnsupported(element, error) {
  const snapshot = element.shadowRoot?.querySelector(".smw-prerendered");
  if (snapshot) freeze(element, snapshot);
  element.setAttribute("data-state", snapshot ? "static" : "unsupported");
  if (explained) return;
  explained = true;
  // Once per page, not per widget. News sites' Content-Security-Policies
  // often lack 'wasm-unsafe-eval': that case names the source to add
  // (every engine says "Content Security Policy" or "CSP" in its error).
  console.warn(
    `signatory-map is static: ${
      typeof WebAssembly != "object"
        ? "this browser has no WebAssembly"
        : /Content Security|CSP/.test(/** @type {string} */ (error))
          ? "the page's Content-Security-Policy needs 'wasm-unsafe-eval' in script-src"
          : error
    }`,
  );
}

/** Whether the console has said why a widget could not start. */
let explained = false;

/**
 * A static snapshot's language toggle, clicked: shows the snapshot in its
 * language, which the element carries as an inert template beside the
 * shown one (`<template data-snapshot-lang="lt">`, README). The two swap
 * places: the one shown goes into the template, so switching back shows
 * it as it was left. Nodes are moved, never parsed (strict-CSP safe), and
 * focus stays on the toggle. (One function for every element: adding it
 * again to the same root adds nothing.)
 * @param {Event} event
 */
function onToggle(event) {
  const shadow = /** @type {ShadowRoot} */ (event.currentTarget);
  const shown = shadow.querySelector(".smw-prerendered");
  // The toggle's language tag comes from the snapshot's own markup.
  const lang = /** @type {HTMLElement | null} */ (/** @type {Element} */ (event.target).closest(".smw-prerendered [data-switch]"))?.lang;
  const template = lang && /** @type {HTMLTemplateElement | null} */ (shadow.host.querySelector(`:scope>[data-snapshot-lang="${lang}"]`));
  const next = template && template.content?.querySelector(".smw-root");
  if (!shown || !template || !next) return;
  template.dataset.snapshotLang = /** @type {HTMLElement | null} */ (shown.querySelector("[lang]"))?.lang;
  shown.replaceWith(next);
  template.content.append(shown);
  freeze(/** @type {HTMLElement} */ (shadow.host), next);
  /** @type {HTMLElement | null} */ (next.querySelector(`[data-switch][lang="${lang}"]`))?.focus();
}

/** Roles of controls that need the widget's code to do anything. */
const WIDGET_ROLES = /^(button|link|checkbox|switch|radio|tab|option)$/;

/**
 * Leaves nothing in `element`'s static snapshot `root` that reads like a
 * control that cannot work, whatever controls the widget has (read from
 * the markup, not a list), and marks its language toggle `data-switch`
 * when the element carries another language's snapshot; snapshot.css
 * hides the other controls. Controls in a list item become plain text (the list
 * must stay readable: `inert` or `aria-hidden` would hide it), and the
 * list itself a Tab stop, so the keyboard can still scroll it; other
 * focusable things (the map, its markers) stay as what they show,
 * unfocusable, without states or descriptions (the map's key help, which
 * snapshot.css hides), markers as named images.
 * @param {HTMLElement} element
 * @param {Element} root
 */
function freeze(element, root) {
  // Once per snapshot (one shown again is frozen already).
  if (root.hasAttribute("data-static")) return;
  root.setAttribute("data-static", "");
  /** @type {ShadowRoot} */ (element.shadowRoot).addEventListener("click", onToggle);
  for (const control of root.querySelectorAll("[tabindex]:not(button,input,select,textarea)")) {
    for (const { name } of Array.from(control.attributes)) {
      if (/^(tabindex|aria-(?!label|hidden))/.test(name)) control.removeAttribute(name);
    }
    if (WIDGET_ROLES.test(/** @type {string} */ (control.getAttribute("role")))) {
      control.setAttribute("role", control.hasAttribute("aria-label") ? "img" : "none");
    }
  }
  for (const control of root.querySelectorAll("li :is(button,input,select,textarea)")) {
    const text = document.createElement("span");
    text.className = control.className;
    text.append(...control.childNodes);
    control.replaceWith(text);
    // The keyboard still scrolls the list (nothing in it is focusable now).
    text.closest("ul,ol")?.setAttribute("tabindex", "0");
  }
  for (const toggle of root.querySelectorAll("button[lang]")) {
    if (element.querySelector(":scope>[data-snapshot-lang]")) toggle.setAttribute("data-switch", "");
  }
}

/**
 * Dataset requests started before the widget's code had arrived, by
 * element: the element starts its `src` download on connection, alongside
 * the WebAssembly, and `mount()` takes it over.
 * @type {WeakMap<HTMLElement, EarlyFetch>}
 */
const earlyFetches = new WeakMap();

/**
 * @typedef {object} EarlyFetch
 * @property {string} url
 * @property {Promise<Response>} response
 * @property {AbortController} controller
 */

/**
 * Starts the request for a dataset URL, as the widget itself would make it
 * (no credentials, the same referrer policy); the widget still checks the
 * answer and owns the timeout.
 * @param {string} url
 * @returns {EarlyFetch}
 */
export function startFetch(url) {
  const controller = new AbortController();
  const response = fetch(url, {
    credentials: "omit",
    referrerPolicy: "strict-origin-when-cross-origin",
    signal: controller.signal,
  });
  // Failures are the widget's to report once it reads the promise.
  response.catch(() => {});
  return { url, response, controller };
}

/**
 * Starts downloading `element`'s dataset now, for `mount()` to take over.
 * @param {HTMLElement} element
 * @param {string} url
 */
export function fetchEarly(element, url) {
  cancelEarlyFetch(element);
  earlyFetches.set(element, startFetch(url));
}

/**
 * Cancels the request `fetchEarly` started for `element`, if no widget
 * took it over (the widget's code could not start).
 * @param {HTMLElement} element
 */
export function cancelEarlyFetch(element) {
  earlyFetches.get(element)?.controller.abort();
  earlyFetches.delete(element);
}

/**
 * The request `fetchEarly` started for `element`, if it was for `url`
 * (a request for another URL is stale: it is cancelled).
 * @param {HTMLElement} element
 * @param {string} url
 * @returns {EarlyFetch | undefined}
 */
export function takeEarlyFetch(element, url) {
  const early = earlyFetches.get(element);
  earlyFetches.delete(element);
  if (early && early.url !== url) {
    early.controller.abort();
    return undefined;
  }
  return early;
}

/** Languages whose locale data has been asked for already. */
const warmedLanguages = new Set();

/**
 * Has the browser load its locale data for `lang` (number formats, region
 * names) while the widget's code and data are still downloading: the first
 * `Intl.NumberFormat` of a page costs 15–35 ms (four times that on a
 * phone), which would otherwise land in the widget's first render.
 *
 * A task of its own, queued at once: the requests are already out, so it
 * runs while they travel. (Not `requestIdleCallback`: during a busy page
 * load that fired only after the widget had drawn, too late to help.)
 * A language tag the browser rejects is simply skipped.
 * @param {string} lang
 */
export function warmLocale(lang) {
  if (warmedLanguages.has(lang) || typeof Intl === "undefined") return;
  warmedLanguages.add(lang);
  setTimeout(() => {
    try {
      new Intl.NumberFormat(lang).format(0);
      new Intl.DisplayNames(lang, { type: "region" }).of("FR");
    } catch {
      // Not a language the browser knows: the widget falls back on its own.
    }
  }, 0);
}
