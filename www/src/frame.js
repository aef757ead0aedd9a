// The element's shadow root as it must be before anything else loads: the
// host stylesheet (final size and colours, so the page never shifts), an
// empty frame, and a slot that shows the element's fallback content if the
// widget cannot start. Shared by element.js (at once, on connection) and
// mount() (which may be called without the custom element).

import hostCss from "./host.js";

/** @type {CSSStyleSheet | undefined} */
let hostSheet;

/** The host stylesheet, built once per page and shared by every instance. */
export function hostStylesheet() {
  if (!hostSheet) {
    hostSheet = new CSSStyleSheet();
    hostSheet.replaceSync(hostCss);
  }
  return hostSheet;
}

/**
 * Gives `element` an open shadow root holding an empty, correctly sized
 * frame (unless it has one already); returns the container the widget
 * renders into.
 * @param {HTMLElement} element
 * @returns {HTMLElement}
 */
export function prepareShadow(element) {
  const shadow = element.shadowRoot ?? element.attachShadow({ mode: "open" });
  if (!shadow.adoptedStyleSheets.includes(hostStylesheet())) {
    shadow.adoptedStyleSheets = [hostStylesheet(), ...shadow.adoptedStyleSheets];
  }
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
