// The map on a phone, driven by real touch input (CDP touch events, so the
// browser's own gesture handling and `touch-action` take part): a vertical
// one-finger swipe scrolls the article and leaves the map alone; a
// horizontal drag pans; two fingers pinch-zoom; a double-tap zooms in.

import assert from "node:assert/strict";
import { after, before, beforeEach, test } from "node:test";

import {
  OPTIONS,
  basemapView,
  ensureBuilt,
  launchBrowser,
  mapBackgroundPoint,
  startServer,
  waitForData,
  widget,
} from "./support.mjs";

/** @type {Awaited<ReturnType<typeof startServer>>} */ let server;
/** @type {import("playwright-core").Browser} */ let browser;
/** @type {import("playwright-core").BrowserContext} */ let context;
/** @type {import("playwright-core").Page} */ let page;
/** @type {import("playwright-core").CDPSession} */ let cdp;
/** @type {string[]} */ let errors;

before(async () => {
  ensureBuilt();
  server = await startServer();
  browser = await launchBrowser();
});

beforeEach(async () => {
  await context?.close();
  context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  page = await context.newPage();
  errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  cdp = await context.newCDPSession(page);
  await page.goto(`${server.url}/index.html`);
  await waitForData(widget(page));
  await widget(page).locator(".smw-map").evaluate((map) => map.scrollIntoView({ block: "center" }));
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The basemap's current scale and offset. */
const view = () => basemapView(widget(page));

const settle = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));

/** A point on the map's background (no marker or button under it), near its middle first. */
const backgroundPoint = () => mapBackgroundPoint(widget(page).locator(".smw-map"));

/** Moves fingers from `from` to `to` (arrays of points, one per finger) in steps. */
async function touchPath(from, to, steps = 8) {
  const points = (t) => from.map((p, i) => ({ x: p.x + (to[i].x - p.x) * t, y: p.y + (to[i].y - p.y) * t, id: i + 1 }));
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: points(0) });
  for (let s = 1; s <= steps; s++) {
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: points(s / steps) });
  }
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await settle();
}

test("a one-finger vertical swipe over the map scrolls the article, not the map", OPTIONS, async () => {
  const p = await backgroundPoint();
  const start = await view();
  const before = await page.evaluate(() => window.scrollY);
  await touchPath([p], [{ x: p.x, y: p.y - 150 }], 10);
  await page.waitForFunction((b) => window.scrollY > b + 50, before, { timeout: 3000 });
  assert.deepEqual(await view(), start, "the map stayed put");
});

test("a one-finger horizontal drag pans the map", OPTIONS, async () => {
  const p = await backgroundPoint();
  const start = await view();
  await touchPath([p], [{ x: p.x - 120, y: p.y }], 10);
  const after = await view();
  assert.equal(after.k, start.k);
  assert.ok(after.x < start.x - 60, `the map followed the finger left: ${start.x} → ${after.x}`);
});

test("two fingers spreading apart zoom the map in", OPTIONS, async () => {
  const p = await backgroundPoint();
  const start = await view();
  await touchPath(
    [{ x: p.x - 30, y: p.y }, { x: p.x + 30, y: p.y }],
    [{ x: p.x - 90, y: p.y }, { x: p.x + 90, y: p.y }],
    10,
  );
  const after = await view();
  assert.ok(after.k > start.k * 2.2, `pinched in: ${start.k} → ${after.k}`);
});

test("a double-tap on the background zooms in", OPTIONS, async () => {
  const p = await backgroundPoint();
  const start = await view();
  await page.touchscreen.tap(p.x, p.y);
  await page.touchscreen.tap(p.x, p.y);
  for (let i = 0; i < 20 && (await view()).k === start.k; i++) await settle();
  assert.ok(Math.abs((await view()).k / start.k - 2) < 1e-6, "zoom doubled");
});

test("a tap on a marker opens it (no zoom), and the filter is one tap away", OPTIONS, async () => {
  const root = widget(page);
  const start = await view();
  await root.locator(".smw-marker").first().tap();
  await root.locator(".smw-detail").waitFor();
  assert.equal((await view()).k, start.k);
  await root.getByRole("button", { name: "Close the details" }).tap();
  // The demo's agreement has no filter (every signatory has the same
  // areas); its example for newsrooms, the page's second widget, has one.
  const example = widget(page, 1);
  await page.locator("signatory-map").nth(1).scrollIntoViewIfNeeded();
  await waitForData(example);
  const toggle = example.locator(".smw-filter-toggle");
  assert.equal(await toggle.getAttribute("aria-expanded"), "false");
  await toggle.tap();
  assert.equal(await toggle.getAttribute("aria-expanded"), "true");
  assert.ok(await example.getByRole("button", { name: /^Countering cybercrime and terrorism/ }).isVisible());
  assert.deepEqual(errors, []);
});
