// How the widget starts, as a reader on a slow connection or a slow phone
// would notice it: the big downloads (the WebAssembly, the dataset) begin
// the moment the element is in the page, not one round trip later once the
// widget's JavaScript has arrived; and markers appear once, where they
// belong, never first at a guessed map size and then jumping.

import assert from "node:assert/strict";
import { test } from "node:test";

import { OPTIONS, useWidgetPages, waitForData, widget } from "./support.mjs";

/** A host page with the element at 1000 px wide (the map is then not the 720×405 guess). */
const routes = {
  "/start-page.html": (_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
    response.end(`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Start</title>
<script type="module" src="/www/dist/element.js"></script></head>
<body><div style="width: 1000px"><signatory-map src="/tests/fixtures/varied.json"></signatory-map></div></body>
</html>`);
  },
};

const pages = useWidgetPages({ routes });

test("the WebAssembly and the dataset are requested while the widget's JavaScript is still on its way", OPTIONS, async () => {
  const { page, server } = pages;
  const seen = { wasm: false, data: false };
  page.on("request", (request) => {
    if (request.url().endsWith("/signatory_map_bg.wasm")) seen.wasm = true;
    if (request.url().endsWith("/varied.json")) seen.data = true;
  });
  /** @type {{ wasm: boolean, data: boolean } | undefined} */ let whileHeld;
  // index.js is held back until both requests have gone out (or 5 s): a
  // widget that waited for its JavaScript before asking would only ask
  // once it is let through.
  await page.route("**/www/dist/index.js", async (route) => {
    const until = Date.now() + 5000;
    while (!(seen.wasm && seen.data) && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    whileHeld = { ...seen };
    await route.continue();
  });
  await page.goto(`${server.url}/start-page.html`);
  await waitForData(widget(page));
  assert.deepEqual(whileHeld, { wasm: true, data: true }, "both requests went out before index.js had arrived");
});

test("markers appear once, already at the map's measured size (never at a guessed size first)", OPTIONS, async () => {
  const { page, server } = pages;
  // Every change inside the widget's shadow root is checked as it happens:
  // whenever markers are present, the map's viewBox must match its box.
  await page.addInitScript(() => {
    /** @type {string[]} */ const seen = [];
    Object.defineProperty(window, "__markerSizes", { value: seen });
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = attach.call(this, init);
      new MutationObserver(() => {
        const smw = root.querySelector(".smw-root:not(.smw-prerendered) .smw");
        if (!smw?.querySelector(".smw-marker, .smw-group-marker")) return;
        const map = smw.querySelector(".smw-map");
        const box = smw.querySelector(".smw-map-svg")?.viewBox.baseVal;
        seen.push(`viewBox ${box?.width}×${box?.height} in a ${map?.clientWidth}×${map?.clientHeight} map`);
      }).observe(root, { subtree: true, childList: true, attributes: true });
      return root;
    };
  });
  await page.goto(`${server.url}/start-page.html`);
  await waitForData(widget(page));
  const sizes = /** @type {string[]} */ (await page.evaluate(() => /** @type {any} */ (window).__markerSizes));
  assert.ok(sizes.length > 0, "markers were seen");
  const [, width] = /in a (\d+)×/.exec(sizes[0]) ?? [];
  assert.notEqual(Number(width), 720, "the map is not the assumed 720 px wide, so a guess would show");
  const wrong = sizes.filter((line) => {
    const [, vw, vh, mw, mh] = /viewBox ([\d.]+)×([\d.]+) in a (\d+)×(\d+)/.exec(line) ?? [];
    return !(Math.abs(Number(vw) - Number(mw)) <= 1 && Math.abs(Number(vh) - Number(mh)) <= 1);
  });
  assert.deepEqual(wrong, [], "markers drawn at a size the map does not have");
});

// Yew draws in slices and yields to the browser between them when a slice
// takes long: on a slow phone (the CPU 4× slower, as Lighthouse's mobile
// profile has it), `ready` must still wait for the last slice.
for (const { cpu, device } of [
  { cpu: 1, device: "a desktop" },
  { cpu: 4, device: "a phone with a CPU 4× slower" },
]) {
  test(`on ${device}, when signatory-map:ready fires, the map is complete: its markers are drawn at its size`, OPTIONS, async () => {
    const { page, server } = pages;
    const cdp = await pages.session.context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpu });
    await page.addInitScript(() => {
      addEventListener(
        "signatory-map:ready",
        (event) => {
          const smw = /** @type {Element} */ (event.target).shadowRoot?.querySelector(".smw");
          const map = smw?.querySelector(".smw-map");
          const box = smw?.querySelector(".smw-map-svg")?.viewBox.baseVal;
          Object.defineProperty(window, "__atReady", {
            value: {
              markers: smw?.querySelectorAll(".smw-marker, .smw-group-marker").length ?? 0,
              sized: !!map && !!box && Math.abs(box.width - map.clientWidth) <= 1 && Math.abs(box.height - map.clientHeight) <= 1,
            },
          });
        },
        { once: true },
      );
    });
    await page.goto(`${server.url}/start-page.html`);
    await waitForData(widget(page));
    const atReady = await page.evaluate(() => /** @type {any} */ (window).__atReady);
    assert.ok(atReady.markers > 0, `markers on the map at ready (${atReady.markers})`);
    assert.equal(atReady.sized, true, "the map's viewBox matches its box at ready");
  });
}

test("a slow dataset: “Loading…” gives way to the data without anything on screen moving", OPTIONS, async () => {
  const { page, server } = pages;
  await page.addInitScript(() => {
    /** @type {number[]} */ const shifts = [];
    Object.defineProperty(window, "__shifts", { value: shifts });
    new PerformanceObserver((list) => {
      for (const entry of /** @type {any[]} */ (list.getEntries())) if (!entry.hadRecentInput) shifts.push(entry.value);
    }).observe({ type: "layout-shift", buffered: true });
  });
  // The dataset arrives a second late, so "Loading…" is certainly painted first.
  await page.route("**/tests/fixtures/varied.json", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await route.continue();
  });
  await page.goto(`${server.url}/start-page.html`);
  const root = widget(page);
  await root.getByText("Loading the signatories…", { exact: true }).waitFor();
  await waitForData(root);
  await page.waitForTimeout(300);
  const shifts = await page.evaluate(() => /** @type {any} */ (window).__shifts);
  assert.deepEqual(shifts, [], "no layout shift");
});
