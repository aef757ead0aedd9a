// Shared helpers for the cross-engine suite (node --test tests/engines/):
// the reader-facing paths of the Chromium suite (tests/e2e/), in Firefox
// and WebKit, driven over W3C WebDriver (./webdriver.mjs).
//
// Each test file calls `forEachEngine(routes, (engine, pages) => { test… })`:
// per engine, one static server (tools/serve.mjs, which also logs every
// request and is the browser's proxy, so a request for any other host is
// seen and refused), one driver and one browser session, all stopped in
// `after()`. Tests open a fresh page each, find the widget's controls by
// their accessible names, and click and type with real WebDriver input.

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe } from "node:test";

import { serve } from "../../tools/serve.mjs";
import { ROOT, ensureBuilt, fixtureRoutes, hostPage, htmlRoute } from "../e2e/support.mjs";
import { launchEngine, selectedEngines } from "./engines.mjs";
import { poll } from "./webdriver.mjs";

export { ROOT, hostPage, htmlRoute };

/**
 * The browser's own traffic, not the page's: Firefox's remote-settings
 * client calls this host through the proxy all session long (its prefs,
 * `services.settings.server` included, do not stop it in 153), retrying as
 * the proxy refuses. No page of ours names a mozilla.com host.
 */
export const BROWSER_OWN = /^https:\/\/firefox\.settings\.services\.mozilla\.com(:443)?\//;

/** Per-test time limit (ms): the slowest engine starts a widget in a few seconds. */
export const OPTIONS = { timeout: 60_000 };

/** A window width (CSS px) both engines' windows can take (see EnginePages.openInFrame). */
export const MIN_WINDOW_WIDTH = 640;

/** Where screenshots go (not committed; docs/screenshots/ holds chosen ones). */
export const ARTIFACTS = join(ROOT, "tests", "artifacts", "engines");

/**
 * Registers, for every selected engine, a `describe` block whose hooks
 * start the server (with `routes`) and a session in that engine; `body`
 * declares the block's tests, reading the live session from `pages`.
 * @param {Record<string, Parameters<typeof serve>[0]["routes"][string]>} routes
 * @param {(engine: import("./engines.mjs").Engine, pages: EnginePages) => void} body
 */
export function forEachEngine(routes, body) {
  for (const engine of selectedEngines()) {
    describe(engine.label, { timeout: 600_000 }, () => {
      const pages = new EnginePages(engine, routes);
      before(() => pages.start(), { timeout: 120_000 });
      after(() => pages.stop());
      body(engine, pages);
    });
  }
}

/** One engine's server, session and what the server heard. */
export class EnginePages {
  constructor(engine, routes = {}) {
    this.engine = engine;
    this.routes = routes;
    /** Absolute URLs of every request the server heard, in order. */
    this.requests = [];
    /** The body of every CSP violation report the browser posted. */
    this.cspReports = [];
  }

  async start() {
    ensureBuilt();
    mkdirSync(ARTIFACTS, { recursive: true });
    this.server = await serve({
      root: ROOT,
      port: 0,
      onRequest: (url) => this.requests.push(url),
      routes: {
        "/favicon.ico": (_request, response) => {
          response.writeHead(204);
          response.end();
        },
        // report-uri posts here (application/csp-report, or reports+json).
        "/csp-report": (request, response) => {
          let body = "";
          request.on("data", (chunk) => (body += chunk));
          request.on("end", () => {
            this.cspReports.push(body);
            response.writeHead(204);
            response.end();
          });
        },
        "/frame.html": htmlRoute((query) => framePage(query)),
        ...fixtureRoutes(),
        ...this.routes,
      },
    });
    this.browser = await launchEngine(this.engine, { proxy: new URL(this.server.url).host });
    this.session = this.browser.session;
  }

  async stop() {
    await this.browser?.stop();
    await this.server?.close();
  }

  /**
   * Requests the server heard for any host but itself, except the
   * browser's own (BROWSER_OWN): what the page asked of other hosts.
   */
  foreignRequests() {
    return this.requests.filter((url) => !url.startsWith(`${this.server.url}/`) && !BROWSER_OWN.test(url));
  }

  /**
   * Opens `path` at `width` × `height` and waits until the `index`-th
   * widget is live and measured (see `waitLive`).
   */
  async open(path, { width = 1280, height = 900, index = 0 } = {}) {
    await this.load(path, { width, height });
    await waitLive(this.session, index);
  }

  /**
   * Loads `path` in a `width` × `height` viewport, without waiting for the
   * widget. Windows cannot be as narrow as a phone (Firefox stops at 500 px,
   * MiniBrowser at about 450), so a page narrower than MIN_WINDOW_WIDTH (or
   * any, with `framed`) is loaded in an iframe of exactly that size at the
   * window's top left, and the session switches into it: the page's own
   * viewport (media and container queries, innerWidth, scrollbars) is the
   * phone's, and viewport coordinates are the same in both. Returns the
   * iframe element (in the top-level document), or null.
   */
  async load(path, { width = 1280, height = 900, framed = false } = {}) {
    const { session } = this;
    await session.switchToFrame(null); // out of an earlier test's frame
    if (width >= MIN_WINDOW_WIDTH && !framed) {
      await session.setViewport(width, height);
      await session.navigate(`${this.server.url}${path}`);
      return null;
    }
    await session.setViewport(Math.max(width, MIN_WINDOW_WIDTH) + 40, height + 40);
    const query = new URLSearchParams({ src: path, width: String(width), height: String(height) });
    await session.navigate(`${this.server.url}/frame.html?${query}`);
    const frame = await session.execute(() => document.querySelector("iframe"));
    await session.switchToFrame(frame);
    const inner = await session.execute(() => `${innerWidth}×${innerHeight}`);
    if (inner !== `${width}×${height}`) throw new Error(`the framed page is ${inner}, not ${width}×${height}`);
    return frame;
  }

  /**
   * `load` in a frame whatever the width (the layout tests measure every
   * width the same way); `session.switchToFrame(null)` returns to the top.
   */
  openInFrame(path, { width, height }) {
    return this.load(path, { width, height, framed: true });
  }

  /**
   * Writes a PNG of the viewport (or of `element` alone, e.g. the iframe
   * of openInFrame) to tests/artifacts/engines/ENGINE-NAME.png; returns its path.
   */
  async screenshot(name, element) {
    const file = join(ARTIFACTS, `${this.engine.name}-${name}.png`);
    writeFileSync(file, await this.session.screenshot(element));
    return file;
  }
}

/** The page that frames a narrow one: `src` in a `width` × `height` iframe at 0, 0. */
function framePage(query) {
  const number = (name) => Math.max(1, Math.min(4000, Number(query.get(name)) || 0));
  const src = query.get("src") ?? "/";
  if (!src.startsWith("/")) throw new Error("frame.html frames only this server's pages");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${number("width")} px viewport</title>
<style>html, body { margin: 0; overflow: hidden } iframe { display: block; border: 0 }</style></head>
<body><iframe title="page" width="${number("width")}" height="${number("height")}" src="${src.replace(/"/g, "%22")}"></iframe></body></html>`;
}

/**
 * Waits until the `index`-th widget is the live one (not the prerendered
 * snapshot), shows its header, and its map's viewBox matches its box: the
 * settled view a reader sees.
 * @param {import("./webdriver.mjs").WebDriverSession} session
 */
export function waitLive(session, index = 0) {
  return session.waitFor(
    `widget ${index} to be live and measured`,
    (i) => {
      const smw = document.querySelectorAll("signatory-map")[i]?.shadowRoot?.querySelector(".smw");
      if (!smw || smw.closest(".smw-prerendered") || !smw.querySelector(".smw-header")) return false;
      const map = smw.querySelector(".smw-map");
      const box = smw.querySelector(".smw-map-svg")?.viewBox.baseVal;
      if (!map || !map.clientWidth || !box) return false;
      return Math.abs(box.width - map.clientWidth) <= 1 && Math.abs(box.height - map.clientHeight) <= 1;
    },
    { args: [index] },
  );
}

/**
 * The first element inside the `index`-th widget matching `selector` whose
 * accessible name (aria-label, else its text, white space collapsed) is
 * `name` (a string: exactly; a RegExp: matches). Throws, listing the names
 * there are, when none is. What a reader would find by ear or by eye.
 * @param {import("./webdriver.mjs").WebDriverSession} session
 * @param {string} selector
 * @param {string | RegExp} name
 */
export async function byName(session, selector, name, index = 0) {
  const pattern = name instanceof RegExp ? { source: name.source, flags: name.flags } : null;
  const found = await session.execute(
    (i, css, exact, regex) => {
      const root = document.querySelectorAll("signatory-map")[i]?.shadowRoot;
      const candidates = [...(root?.querySelectorAll(css) ?? [])];
      const nameOf = (e) => (e.getAttribute("aria-label") ?? e.textContent ?? "").replace(/\s+/g, " ").trim();
      const test = regex ? (n) => new RegExp(regex.source, regex.flags).test(n) : (n) => n === exact;
      return candidates.find((e) => test(nameOf(e))) ?? { names: candidates.map(nameOf).slice(0, 40) };
    },
    index,
    selector,
    typeof name === "string" ? name : null,
    pattern,
  );
  if (found && "names" in found) {
    throw new Error(`no ${selector} named ${name} in widget ${index}; there are: ${JSON.stringify(found.names)}`);
  }
  return found;
}

/**
 * Reads from the `index`-th widget's shadow root: `fn(root, ...args)` runs
 * in the page. Keeps tests to one line per question.
 * @template T
 * @param {import("./webdriver.mjs").WebDriverSession} session
 * @param {(root: ShadowRoot, ...args: any[]) => T} fn
 */
export function inWidget(session, fn, index = 0, ...args) {
  // Sent as source text, so nothing in the page compiles code (the strict-CSP
  // pages would count a `new Function` there as a violation).
  return session.command("POST", "/execute/sync", {
    script: `const root = document.querySelectorAll("signatory-map")[arguments[0]].shadowRoot;
return (${fn})(root, ...arguments[1]);`,
    args: [index, args],
  });
}

/**
 * Polls `fn(root, ...args)` in the `index`-th widget's shadow root (as
 * `inWidget` runs it) until it returns something truthy; returns that.
 * @param {import("./webdriver.mjs").WebDriverSession} session
 * @param {string} what
 * @param {(root: ShadowRoot, ...args: any[]) => unknown} fn
 * @param {{ index?: number, args?: unknown[], timeout?: number }} [options]
 */
export function waitInWidget(session, what, fn, { index = 0, args = [], timeout } = {}) {
  return poll(what, () => inWidget(session, fn, index, ...args), timeout);
}

