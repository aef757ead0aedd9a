// The element's shadow root as it must be before anything else loads: the
// stylesheets (final size and colours, so the page never shifts), an empty
// frame or the prerendered snapshot, and a slot that shows the element's
// fallback content if the widget cannot start. Shared by element.js (at once, on connection) and
// mount() (which may be called without the custom element).

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
 * stays, with a note (`static`), or else its fallback content shows
 * (`unsupported`).
 * @param {HTMLElement} element
 */
export function markUnsupported(element) {
  const snapshot = element.shadowRoot?.querySelector(".smw-prerendered");
  element.setAttribute("data-state", snapshot ? "static" : "unsupported");
}
