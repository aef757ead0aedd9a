// The map inside a scaled container (news pages scale embeds: AMP, preview
// frames, responsive wrappers): under `transform: scale(0.5)`,
// `transform: scale(1.5)` and `zoom: 2` the map follows the pointer exactly
// — a 100 px drag moves it 100 px on screen, and Ctrl+wheel, a pinch and a
// double-tap zoom about the point under the pointer or fingers.

import assert from "node:assert/strict";
import { test } from "node:test";

import { OPTIONS, mapBackgroundPoint, parseBasemapTransform, useWidgetPages, waitForData, widget } from "./support.mjs";

const CONTAINERS = ["transform: scale(0.5)", "transform: scale(1.5)", "zoom: 2"];

const pages = useWidgetPages({
  viewport: { width: 1800, height: 1500 },
  routes: {
    "/scaled.html": (request, response) => {
      const style = new URL(request.url ?? "/", "http://x").searchParams.get("style") ?? "";
      response.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
      response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Scaled</title>
        <link rel="icon" href="data:,">
        <style>body { margin: 0 } #wrapper { width: 800px; transform-origin: 0 0; ${style} }</style>
        <script type="module" src="/www/dist/element.js" blocking="render"></script></head>
        <body><div id="wrapper"><signatory-map></signatory-map></div></body></html>`);
    },
  },
});

/**
 * The map's geometry now: its box on screen, its on-screen scale, and the
 * basemap's transform (layout pixels per map unit, and offset).
 */
async function geometry(root) {
  const { transform, ...box } = await root.locator(".smw-map").evaluate((map) => {
    const rect = map.getBoundingClientRect();
    const transform = map.querySelector(".smw-basemap")?.getAttribute("transform") ?? "";
    return { left: rect.left, top: rect.top, width: rect.width, height: rect.height, scale: rect.width / /** @type {HTMLElement} */ (map).offsetWidth, transform };
  });
  return { ...box, ...parseBasemapTransform(transform) };
}

/** The map point (in basemap units) under a screen point. */
const mapPointAt = (g, sx, sy) => ({ px: ((sx - g.left) / g.scale - g.x) / g.k, py: ((sy - g.top) / g.scale - g.y) / g.k });
/** Where a map point is on screen. */
const screenOf = (g, p) => ({ sx: g.left + g.scale * (g.k * p.px + g.x), sy: g.top + g.scale * (g.k * p.py + g.y) });

/** A point on the map's background near its middle (no marker or button). */
const backgroundPoint = (root) =>
  mapBackgroundPoint(root.locator(".smw-map"), { rows: [0.5, 0.6, 0.4, 0.7], columns: [0.5, 0.4, 0.6, 0.3] });

const settle = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 60))));

/** Asserts the map point that was under (x0, y0) is now at (x1, y1) on screen, within 3 px. */
function assertFollows(before, after, from, to, what) {
  const p = mapPointAt(before, from.x, from.y);
  const { sx, sy } = screenOf(after, p);
  const off = Math.hypot(sx - to.x, sy - to.y);
  assert.ok(off <= 3, `${what}: the point under the pointer ended ${off.toFixed(1)} px away from it (at ${sx.toFixed(1)}, ${sy.toFixed(1)}; expected ${to.x.toFixed(1)}, ${to.y.toFixed(1)})`);
}

for (const style of CONTAINERS) {
  test(`inside \`${style}\`: drag, Ctrl+wheel, pinch and double-tap follow the pointer`, OPTIONS, async () => {
    const { page, context } = pages.session;
    await page.goto(`${pages.server.url}/scaled.html?style=${encodeURIComponent(style)}`);
    const root = widget(page);
    await waitForData(root);

    // A 100 px mouse drag moves the map 100 px on screen.
    let from = await backgroundPoint(root);
    let before = await geometry(root);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(from.x + 10 * i, from.y);
    await page.mouse.up();
    await settle(page);
    assertFollows(before, await geometry(root), from, { x: from.x + 100, y: from.y }, "drag");

    // Ctrl+wheel zooms about the pointer.
    from = await backgroundPoint(root);
    before = await geometry(root);
    await page.mouse.move(from.x, from.y);
    await page.keyboard.down("Control");
    await page.mouse.wheel(0, -200);
    await page.keyboard.up("Control");
    await settle(page);
    let after = await geometry(root);
    assert.ok(after.k > before.k * 1.05, `Ctrl+wheel zoomed in (${before.k} → ${after.k})`);
    assertFollows(before, after, from, from, "Ctrl+wheel");

    // A two-finger pinch zooms about the point between the fingers.
    const cdp = await context.newCDPSession(page);
    const touch = async (type, points) =>
      cdp.send("Input.dispatchTouchEvent", { type, touchPoints: points.map((p, i) => ({ x: p.x, y: p.y, id: i + 1 })) });
    from = await backgroundPoint(root);
    before = await geometry(root);
    const spread = (d) => [{ x: from.x - d, y: from.y }, { x: from.x + d, y: from.y }];
    await touch("touchStart", spread(20));
    for (let d = 25; d <= 60; d += 5) await touch("touchMove", spread(d));
    await touch("touchEnd", []);
    await settle(page);
    after = await geometry(root);
    assert.ok(after.k > before.k * 1.5, `the pinch zoomed in (${before.k} → ${after.k})`);
    assertFollows(before, after, from, from, "pinch");

    // A double-tap zooms in about the tapped point.
    await page.mouse.move(5, 5);
    from = await backgroundPoint(root);
    before = await geometry(root);
    for (let i = 0; i < 2; i++) {
      await touch("touchStart", [from]);
      await touch("touchEnd", []);
      await page.waitForTimeout(40);
    }
    for (let i = 0; i < 20 && (await geometry(root)).k === before.k; i++) await settle(page);
    after = await geometry(root);
    assert.ok(Math.abs(after.k / before.k - 2) < 1e-6, `the double-tap doubled the zoom (${before.k} → ${after.k})`);
    assertFollows(before, after, from, from, "double-tap");
  });
}
