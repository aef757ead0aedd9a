// Registers <signatory-map>: the embed a newsroom pastes into a page.
//
//   <script type="module" src=".../element.js"></script>
//   <signatory-map lang="lt" src="/data/pledge.json" areas="privacy"></signatory-map>
//
// Attributes `src`, `lang`, `areas` and `theme` take effect whenever they
// change. Anything inside the element is fallback content, shown until the
// widget renders (and for good when WebAssembly cannot run).

// Only the small frame module loads up front: the element reserves its
// final size as soon as it is defined, and the widget (index.js, the glue
// and the WebAssembly) follows with a dynamic import.
import { inheritedLang, prepareShadow } from "./frame.js";

/** @param {string | null} value */
const parseAreas = (value) =>
  (value ?? "").split(",").map((id) => id.trim()).filter(Boolean);

export class SignatoryMapElement extends HTMLElement {
  static observedAttributes = ["src", "lang", "areas", "theme"];

  /** @type {import("./index.js").SignatoryMapHandle | undefined} */
  #handle;
  /** Counts connections, so a mount that finishes after a disconnect is undone. */
  #connection = 0;

  async connectedCallback() {
    const connection = ++this.#connection;
    prepareShadow(this);
    try {
      const { mount } = await import("./index.js");
      const handle = await mount(this, {
        lang: inheritedLang(this),
        data: this.getAttribute("src") || undefined,
        areas: parseAreas(this.getAttribute("areas")),
      });
      if (connection !== this.#connection || !this.isConnected) handle.destroy();
      else this.#handle = handle;
    } catch (error) {
      // WebAssembly unavailable or blocked: the fallback content stays.
      this.setAttribute("data-state", "unsupported");
      console.warn("signatory-map: could not start; showing the fallback content.", error);
    }
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
    const handle = this.#handle;
    if (!handle) return;
    if (name === "lang") handle.setLang(value || inheritedLang(this));
    else if (name === "areas") handle.setAreas(parseAreas(value));
    else if (name === "src") handle.setData(value || null);
  }
}

if (!customElements.get("signatory-map")) {
  customElements.define("signatory-map", SignatoryMapElement);
}
