// Shared helpers for the end-to-end tests (node --test tests/e2e/).
//
// Each test file starts its own static server (tools/serve.mjs, port 0) and
// its own Debian Chromium through playwright-core, and closes both in
// `after()` (all through `useWidgetPages()`). Tests drive the widget the way a reader does: roles, names and
// visible text (Playwright locators pierce the open shadow root), real
// clicks and key presses.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { after, before, beforeEach } from "node:test";
import { fileURLToPath } from "node:url";

import { launchBrowser } from "../../tools/chromium.mjs";
import { serve } from "../../tools/serve.mjs";

export { launchBrowser };

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Per-test time limit (ms): a whole file runs in a few seconds. */
export const TEST_TIMEOUT = 30_000;
/** Options for `test(name, OPTIONS, fn)`. */
export const OPTIONS = { timeout: TEST_TIMEOUT };


/** Builds www/dist once if it is missing (about a minute). */
export function ensureBuilt() {
  if (existsSync(join(ROOT, "www", "dist", "element.js"))) return;
  execFileSync("bash", [join(ROOT, "scripts", "build.sh")], { cwd: ROOT, stdio: "inherit" });
}

/** `text` safe inside a double-quoted HTML attribute or as element text. */
const escapeHtml = (text) =>
  text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * A plain article page with one widget: a heading, a paragraph before and
 * after, and `<signatory-map>` with `attributes` (written in their order;
 * values escaped). `lang` is the page's own language, which the widget
 * inherits when it has no `lang` attribute. Every test page that differs
 * only in the widget's attributes comes from here, so a change to the
 * embed (the README's) is made once.
 * @param {{ title: string, lang?: string, attributes?: Record<string, string> }} page
 */
export function hostPage({ title, lang = "en", attributes = {} }) {
  const written = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join("");
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
  <meta charset="utf-8">
  <title>${escapeHtml(title)} — signatory map test page</title>
  <script type="module" src="/www/dist/element.js" blocking="render"></script>
</head>
<body>
  <h1>${escapeHtml(title)}</h1>
  <p>Host page text before the widget.</p>
  <signatory-map${written}></signatory-map>
  <p>Host page text after the widget.</p>
</body>
</html>
`;
}

/**
 * A server route answering an HTML page made by `render(query)` from the
 * request's query string, never cached (tests load the same URL with
 * different builds and settings).
 * @param {(query: URLSearchParams) => string} render
 */
export function htmlRoute(render) {
  return (request, response) => {
    const query = new URL(request.url ?? "/", "http://x").searchParams;
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
    response.end(render(query));
  };
}

/**
 * The fixture pages, at `/fixtures/<name>.html`: the README's embed of one
 * widget, differing only in its attributes (the datasets they name are
 * files in tests/fixtures/).
 */
const FIXTURE_PAGES = {
  attributes: {
    title: "Attributes fixture",
    attributes: { lang: "lt", src: "/tests/fixtures/varied.json", areas: "privacy,expression" },
  },
  invalid: { title: "Invalid data fixture", attributes: { src: "/tests/fixtures/invalid.json" } },
  missing: { title: "Missing data fixture", attributes: { src: "/tests/fixtures/no-such-file.json" } },
  partial: { title: "Partial fixture", attributes: { src: "/tests/fixtures/partial.json" } },
  privacy: { title: "Privacy fixture", attributes: { src: "/tests/fixtures/privacy-hostile.json" } },
  varied: { title: "Varied fixture", attributes: { src: "/tests/fixtures/varied.json" } },
};

/** Routes serving FIXTURE_PAGES (the cross-engine suite serves them too). */
export function fixtureRoutes() {
  return Object.fromEntries(
    Object.entries(FIXTURE_PAGES).map(([name, page]) => [`/fixtures/${name}.html`, htmlRoute(() => hostPage(page))]),
  );
}

/**
 * Serves the repository root on 127.0.0.1 (port 0), with the fixture pages
 * (FIXTURE_PAGES) and a file's own `routes`.
 *
 * `/favicon.ico` answers 204: Chromium asks every page for one, and the
 * demo page declares none, so without this route the browser itself logs a
 * 404 console error that has nothing to do with the widget (see the
 * report: index.html could declare an icon).
 * @param {Parameters<typeof serve>[0]} [options]
 */
export function startServer(options = {}) {
  const routes = {
    "/favicon.ico": (_request, response) => {
      response.writeHead(204);
      response.end();
    },
    ...fixtureRoutes(),
    ...(options.routes ?? {}),
  };
  return serve({ root: ROOT, port: 0, ...options, routes });
}


/**
 * A fresh page (own context) that records console errors, page errors and
 * every request it makes.
 * @param {import("playwright-core").Browser} browser
 * @param {{ width?: number, height?: number }} [viewport]
 */
export async function newPage(browser, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  /** @type {string[]} */ const consoleErrors = [];
  /** @type {string[]} */ const pageErrors = [];
  /** @type {string[]} */ const requests = [];
  page.on("console", (message) => {
    if (message.type() === "error") {
      consoleErrors.push(`${message.text()} (${message.location().url || "?"})`);
    }
  });
  page.on("pageerror", (error) => pageErrors.push(String(error)));
  context.on("request", (request) => requests.push(request.url()));
  return { context, page, consoleErrors, pageErrors, requests };
}

/**
 * Registers the node:test hooks of a test file: `before()` builds www/dist
 * if needed, starts the server and launches the browser; `beforeEach()`
 * closes the previous test's context and opens a fresh page (and, with
 * `startPath`, opens that page and waits for the widget's data); `after()`
 * closes the browser and the server.
 *
 * With `sharedPage`, the page is opened once in `before()` instead, and
 * every test of the file runs, in order, on that same page.
 * @param {{
 *   viewport?: { width?: number, height?: number },
 *   startPath?: string,
 *   routes?: NonNullable<Parameters<typeof serve>[0]>["routes"],
 *   sharedPage?: boolean,
 * }} [options]
 */
export function useWidgetPages({ viewport, startPath, routes, sharedPage = false } = {}) {
  /** @type {Awaited<ReturnType<typeof startServer>>} */ let server;
  /** @type {import("playwright-core").Browser} */ let browser;
  /** @type {Awaited<ReturnType<typeof newPage>>} */ let session;

  const pages = {
    /** The current page. */
    get page() {
      return session.page;
    },
    /** The current page with its context and what it recorded. */
    get session() {
      return session;
    },
    /** The file's static server. */
    get server() {
      return server;
    },
    /**
     * Goes to `path` on the server and waits until the `index`-th widget
     * shows data; returns its root region.
     * @param {string} path
     */
    async open(path, index = 0) {
      await session.page.goto(`${server.url}${path}`);
      const root = widget(session.page, index);
      await waitForData(root);
      return root;
    },
  };

  async function freshPage() {
    await session?.context.close();
    session = await newPage(browser, viewport);
    if (startPath !== undefined) await pages.open(startPath);
  }

  before(async () => {
    ensureBuilt();
    server = await startServer({ routes });
    browser = await launchBrowser();
    if (sharedPage) await freshPage();
  });

  if (!sharedPage) beforeEach(freshPage);

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  return pages;
}

/**
 * The widget's root region (inside the shadow root) of the `index`-th
 * `<signatory-map>` on the page.
 * @param {import("playwright-core").Page} page
 */
export function widget(page, index = 0) {
  return page.locator("signatory-map").nth(index).locator(".smw");
}

/**
 * Waits until the widget shows data (its header is on screen).
 * @param {import("playwright-core").Locator} root the `.smw` region
 */
export async function waitForData(root) {
  await root.locator(".smw-header").waitFor({ state: "visible" });
  // A prerendered snapshot has a header too: wait for the live widget, and
  // for its map's viewBox to match its box both ways, so tests start from
  // the settled view a reader sees (not the snapshot's, nor a first guess).
  // Polled from here, because the snapshot's nodes are replaced meanwhile.
  const deadline = Date.now() + 10_000;
  for (;;) {
    const unsettled = await root
      .evaluate((smw) => {
        if (!smw.isConnected || smw.closest(".smw-prerendered")) return "only the prerendered snapshot";
        const map = smw.querySelector(".smw-map");
        const box = smw.querySelector(".smw-map-svg")?.viewBox.baseVal;
        if (!map || !map.clientWidth) return null;
        const sized = box && Math.abs(box.width - map.clientWidth) <= 1 && Math.abs(box.height - map.clientHeight) <= 1;
        return sized ? null : `map ${map.clientWidth}×${map.clientHeight}, viewBox ${box?.width}×${box?.height}`;
      })
      .catch((error) => String(error));
    if (!unsettled) return;
    if (Date.now() > deadline) throw new Error(`the widget never showed its live, measured map (${unsettled})`);
    await root.page().waitForTimeout(20);
  }
}

/** The entries of the signatory list ("Signatarai" in Lithuanian). */
export function listItems(root, name = "Signatories") {
  return root.getByRole("list", { name, exact: true }).getByRole("listitem");
}

/**
 * What the map shows: single markers, the numbers written on group
 * markers, and their sum (each signatory drawn once).
 * @param {import("playwright-core").Locator} root
 */
export async function markerTally(root) {
  const singles = await root.locator(".smw-marker").count();
  // Digits only: large groups are written with grouping ("1,234", "1 234").
  const groupNumbers = (await root.locator(".smw-group-marker .smw-group-count").allTextContents()).map((text) =>
    Number(text.replace(/\D/g, "")),
  );
  const drawn = singles + groupNumbers.reduce((sum, n) => sum + n, 0);
  return { singles, groupNumbers, drawn };
}

/** The number written at the end of a filter toggle ("Freedom… 15" → 15). */
export async function chipCount(chip) {
  const text = (await chip.innerText()).trim();
  const match = /(\d+)\s*$/.exec(text);
  if (!match) throw new Error(`no count on the toggle "${text}"`);
  return Number(match[1]);
}

/**
 * The simple English UI strings of the widget's catalogue (no placeables),
 * minus the language's own name, which the language toggle always shows
 * in that language.
 */
export function englishUiStrings() {
  const source = readFileSync(join(ROOT, "locales", "en", "widget.ftl"), "utf8");
  const strings = [];
  for (const line of source.split("\n")) {
    const match = /^([a-z][a-z0-9-]*) = (.+)$/.exec(line);
    if (!match) continue;
    const [, id, value] = match;
    if (value.includes("{") || id === "language-name" || id === "language-short") continue;
    strings.push(value.trim());
  }
  return strings;
}

/**
 * The strings of `strings` that occur in `text` as whole words or phrases
 * (so "Kind" is not found inside "Kindergarten").
 * @param {string} text
 * @param {string[]} strings
 */
export function phrasesIn(text, strings) {
  const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return strings.filter((s) => new RegExp(`(^|[^\\p{L}])${escape(s)}($|[^\\p{L}])`, "u").test(text));
}

/**
 * Every accessible name the widget sets with aria-label, and its rendered
 * text: what a reader (sighted or not) can perceive.
 * @param {import("playwright-core").Locator} root
 */
export async function perceivableText(root) {
  return root.evaluate((element) => {
    const labels = [element, ...element.querySelectorAll("[aria-label]")]
      .map((node) => node.getAttribute("aria-label"))
      .filter(Boolean);
    return [element.innerText, ...labels].join("\n");
  });
}

/**
 * Makes the area toggles reachable. At narrow widths they may sit behind a
 * disclosure button (`.smw-filter-toggle`, aria-expanded="false"): when
 * that button is shown and collapsed, click it; otherwise do nothing.
 * @param {import("playwright-core").Locator} root the `.smw` region
 */
export async function showAreaToggles(root) {
  const disclosure = root.locator(".smw-filter-toggle").first();
  if ((await disclosure.count()) === 0 || !(await disclosure.isVisible())) return;
  if ((await disclosure.getAttribute("aria-expanded")) === "false") await disclosure.click();
}

/**
 * Waits until every CSS transition and animation in the widgets' shadow
 * roots has finished, so computed colours are the final ones.
 * @param {import("playwright-core").Page} page
 */
export async function animationsSettled(page) {
  await page.evaluate(() =>
    Promise.all(
      [...document.querySelectorAll("signatory-map")]
        .flatMap((host) => host.shadowRoot?.getAnimations() ?? [])
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
}

/**
 * The basemap's scale and offset (map units to layout pixels), read from
 * its SVG `matrix(k 0 0 k x y)` transform: what pan and zoom tests compare.
 * @param {import("playwright-core").Locator} root the `.smw` region
 */
export async function basemapView(root) {
  return parseBasemapTransform(await root.locator(".smw-basemap").getAttribute("transform"));
}

/** `{ k, x, y }` of the basemap's `matrix(k 0 0 k x y)` transform attribute. */
export function parseBasemapTransform(transform) {
  const matrix = /matrix\(([^)]*)\)/.exec(transform ?? "");
  assert.ok(matrix, `the basemap has a matrix transform (found "${transform}")`);
  const [k, , , , x, y] = matrix[1].trim().split(/\s+/).map(Number);
  return { k, x, y };
}

/**
 * A point on the map's background (water or land, no marker, group or
 * button under it), in viewport pixels, for gestures that must not start
 * on a control. Tries the map's box at the fractions `rows` × `columns`, in
 * that order: each file keeps the order its gestures were written for.
 * @param {import("playwright-core").Locator} map the `.smw-map` element
 * @param {{ rows?: number[], columns?: number[] }} [fractions]
 */
export async function mapBackgroundPoint(map, { rows = [0.5, 0.7, 0.3], columns = [0.5, 0.3, 0.7] } = {}) {
  const point = await map.evaluate(
    (map, { rows, columns }) => {
      const box = map.getBoundingClientRect();
      const shadow = /** @type {ShadowRoot} */ (map.getRootNode());
      for (const fy of rows) {
        for (const fx of columns) {
          const x = box.left + box.width * fx;
          const y = box.top + box.height * fy;
          const hit = shadow.elementFromPoint(x, y);
          if (hit && map.contains(hit) && !hit.closest("button, [role=button]")) return { x, y };
        }
      }
      return null;
    },
    { rows, columns },
  );
  assert.ok(point, "the map has some background to press on");
  return point;
}

/**
 * How many pixels differ between two PNG screenshots of the same size
 * (`Infinity` when their sizes differ), decoded and compared by Chromium
 * in a page of its own, so the caller's page is left as it was.
 * @param {import("playwright-core").Browser} browser
 * @param {Buffer} a
 * @param {Buffer} b
 */
export async function differingPixels(browser, a, b) {
  const { context, page } = await newPage(browser);
  const urls = [a, b].map((png) => `data:image/png;base64,${png.toString("base64")}`);
  const count = await page.evaluate(async ([a, b]) => {
    const load = (src) =>
      new Promise((resolve, reject) => {
        const image = new Image();
        image.onload = () => resolve(image);
        image.onerror = () => reject(new Error("a screenshot did not decode"));
        image.src = src;
      });
    const images = [await load(a), await load(b)];
    if (images[0].width !== images[1].width || images[0].height !== images[1].height) return Infinity;
    const canvas = document.createElement("canvas");
    [canvas.width, canvas.height] = [images[0].width, images[0].height];
    const context = canvas.getContext("2d", { willReadFrequently: true });
    const pixels = images.map((image) => {
      context.clearRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0);
      return context.getImageData(0, 0, canvas.width, canvas.height).data;
    });
    let differing = 0;
    for (let i = 0; i < pixels[0].length; i += 4) {
      if (pixels[0][i] !== pixels[1][i] || pixels[0][i + 1] !== pixels[1][i + 1] || pixels[0][i + 2] !== pixels[1][i + 2]) differing++;
    }
    return differing;
  }, urls);
  await context.close();
  return count;
}

/**
 * How the map panel fits the widget's fixed box, measured in the page (runs
 * there: pass it to `evaluate` on the `.smw` region, or as a WebDriver
 * script's source): the map's share of the box, how far the legend and
 * credits lie over the list (px, 0 when apart), and how many pixels the map's
 * caption is cut short of its whole lines (one, or two when clamped). The
 * defects a reader saw: Lithuanian credits over the first entry on a phone,
 * and a caption cut through its second line at 1280 px.
 * @param {Element} smw the `.smw` region
 */
export function panelFit(smw) {
  const box = smw.getBoundingClientRect();
  const map = smw.querySelector(".smw-map")?.getBoundingClientRect();
  const footer = smw.querySelector(".smw-map-footer")?.getBoundingClientRect();
  const list = smw.querySelector(".smw-list")?.parentElement?.getBoundingClientRect();
  const overlap = footer && list && footer.right > list.left && list.right > footer.left ? Math.max(0, footer.bottom - list.top) : 0;
  const caption = /** @type {HTMLElement | null} */ (smw.querySelector(".smw-map-summary"));
  let cut = 0;
  if (caption && caption.clientWidth > 1 && caption.firstChild) {
    const range = document.createRange();
    range.selectNodeContents(caption);
    // Its lines, by their tops (the text's rectangles; clamped lines too).
    const tops = [...new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)))].sort((a, b) => a - b);
    const line = tops.length > 1 ? tops[1] - tops[0] : caption.scrollHeight;
    cut = Math.max(0, Math.min(tops.length, 2) * line - caption.clientHeight);
  }
  return {
    box: box.height,
    map: map?.height ?? 0,
    mapTop: (map?.top ?? 0) - box.top,
    mapBottom: (map?.bottom ?? 0) - box.top,
    overlap,
    cut,
  };
}

/**
 * What is wrong with a `panelFit` measurement, in words (none: fits). The
 * bounds the layout promises: the map at least 35% of the box and inside
 * it, the credits off the list, the caption in whole lines.
 * @param {ReturnType<typeof panelFit>} fit
 */
export function panelFitProblems(fit) {
  const problems = [];
  if (fit.map < 0.35 * fit.box - 0.5 || fit.mapBottom > fit.box + 0.5) {
    problems.push(`the map is ${Math.round(fit.map)} px of a ${Math.round(fit.box)} px box (${Math.round((100 * fit.map) / fit.box)}%), at ${Math.round(fit.mapTop)}–${Math.round(fit.mapBottom)} px`);
  }
  if (fit.overlap > 0.5) problems.push(`the legend and credits lie ${Math.round(fit.overlap)} px over the list`);
  if (fit.cut > 1) problems.push(`the map's caption is cut ${Math.round(fit.cut)} px short of its lines`);
  return problems;
}

