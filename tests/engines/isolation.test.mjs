// How the widget lives beside the rest of a page, in Firefox and WebKit:
// several instances independent of each other with one WebAssembly
// download, an element removed and added again (the same one, and a new
// one), a `data` property set before the element upgrades, and a mouse
// drag inside a `transform: scale(0.5)` container (tests/e2e/embed,
// upgrade and scaled .test.mjs in Chromium).

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";

import { parseBasemapTransform } from "../e2e/support.mjs";
import { OPTIONS, ROOT, byName, forEachEngine, inWidget, waitInWidget, waitLive } from "./support.mjs";

const VARIED = readFileSync(join(ROOT, "tests", "fixtures", "varied.json"), "utf8");

/** A page with the README's module script and `body`. */
const page = (title, body, head = "") => (_request, response) => {
  response.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
  response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<link rel="icon" href="data:,">${head}
<script type="module" src="/www/dist/element.js" blocking="render"></script></head><body>${body}</body></html>`);
};

const routes = {
  "/instances.html": page(
    "Instances",
    `<signatory-map></signatory-map><signatory-map></signatory-map>
<signatory-map src="/tests/fixtures/varied.json"></signatory-map>`,
  ),
  "/empty.html": page("Empty", "<main></main>"),
  // An inline (classic) script after the tag runs before the module: it sets `data` on a plain element.
  "/inline-data.html": page(
    "Inline data",
    `<signatory-map id="m"></signatory-map><script>document.getElementById("m").data = ${VARIED};</script>`,
  ),
  "/scaled.html": page(
    "Scaled",
    '<div id="wrapper"><signatory-map></signatory-map></div>',
    "<style>body { margin: 0 } #wrapper { width: 800px; transform-origin: 0 0; transform: scale(0.5) }</style>",
  ),
};

/** What the `index`-th widget says: its language, status line, heading, entries and open detail. */
const said = (session, index = 0) =>
  inWidget(
    session,
    (root) => {
      const text = (selector) => root.querySelector(selector)?.textContent.replace(/\s+/g, " ").trim() ?? null;
      return {
        lang: root.querySelector(".smw")?.getAttribute("lang"),
        status: text(".smw-status"),
        title: text(".smw-title"),
        entries: root.querySelectorAll(".smw-list li").length,
        detail: root.querySelector(".smw-detail") !== null,
        pressed: root.querySelectorAll('.smw-chip[aria-pressed="true"]').length,
      };
    },
    index,
  );

/** Waits until the `index`-th widget's status line matches `pattern`. */
const statusReads = (session, pattern, index = 0) =>
  waitInWidget(
    session,
    `widget ${index} to say ${pattern}`,
    (root, source) => {
      const status = root.querySelector(".smw-status")?.textContent.trim();
      return status && new RegExp(source).test(status) ? status : false;
    },
    { index, args: [pattern.source] },
  );

/** Opens the first signatory's detail from the list, as a reader clicks it. */
async function openDetail(session) {
  const first = await inWidget(session, (root) => root.querySelector(".smw-list-item"));
  await session.click(first);
  await waitInWidget(session, "the detail", (root) => root.querySelector(".smw-detail") !== null);
}

forEachEngine(routes, (engine, pages) => {
  test(`${engine.label}: three instances are independent, and share one WebAssembly download`, OPTIONS, async () => {
    const { session } = pages;
    const start = pages.requests.length;
    await pages.open("/instances.html");
    for (const index of [1, 2]) await waitLive(session, index);
    await session.click(await byName(session, "button", "Lietuvių", 0));
    await statusReads(session, /^15 signatarų$/, 0);
    assert.equal((await said(session, 0)).lang, "lt");
    const second = await said(session, 1);
    assert.deepEqual([second.lang, second.status, second.entries], ["en", "15 signatories", 15], "the second stays English");
    const third = await said(session, 2);
    assert.equal(third.lang, "en", "the third is untouched");
    assert.match(third.status, /of 6 signatories/);
    const wasm = pages.requests.slice(start).filter((url) => url.endsWith(".wasm"));
    assert.equal(wasm.length, 1, `one WebAssembly request for three widgets: ${wasm}`);
  });

  test(`${engine.label}: an element removed and added again, and a new one, start fresh and work`, OPTIONS, async () => {
    const { session } = pages;
    await pages.load("/empty.html");
    await session.execute(() => {
      const element = document.createElement("signatory-map");
      element.setAttribute("src", "/tests/fixtures/varied.json");
      document.querySelector("main").append(element);
    });
    await waitLive(session);
    await session.click(await byName(session, "button", "Lietuvių"));
    await statusReads(session, /^Rodoma 6 iš 6/);
    await openDetail(session);

    /** Removes the element and adds back `fresh` (a new one) or the same, once its old view is gone. */
    const readd = async (fresh) => {
      await session.execute((fresh) => {
        const old = document.querySelector("signatory-map");
        window.previousView = old.shadowRoot.querySelector(".smw");
        old.remove();
        const element = fresh ? document.createElement("signatory-map") : old;
        element.setAttribute("src", "/tests/fixtures/varied.json");
        document.querySelector("main").append(element);
      }, fresh);
      await session.waitFor("a new view", () => {
        const smw = document.querySelector("signatory-map").shadowRoot?.querySelector(".smw");
        return smw && smw !== window.previousView;
      });
      await waitLive(session);
      await statusReads(session, /^Showing 6 of 6/);
      const shown = await said(session);
      assert.equal(shown.lang, "en", "not the removed widget's language");
      assert.equal(shown.entries, 6);
      assert.equal(shown.detail, false, "no detail left open");
      assert.equal(shown.pressed, 1, "only “All areas” pressed");
      await openDetail(session);
    };
    await readd(false);
    await readd(true);
    assert.equal(await session.execute(() => document.querySelectorAll("signatory-map").length), 1);
  });

  test(`${engine.label}: \`data\` set by an inline script before the element upgrades: that dataset is shown`, OPTIONS, async () => {
    const { session } = pages;
    await pages.open("/inline-data.html");
    await statusReads(session, /^Showing 6 of 6 signatories/);
    const shown = await said(session);
    assert.equal(shown.title, "Test pledge for a varied filter");
    assert.equal(shown.entries, 6);
  });

  test(`${engine.label}: inside \`transform: scale(0.5)\` a mouse drag moves the map with the pointer`, OPTIONS, async (t) => {
    const { session } = pages;
    await pages.open("/scaled.html");
    /** The map's box on screen, its on-screen scale, and the basemap's matrix (k, x, y). */
    const geometry = async () => {
      const { transform, ...box } = await inWidget(session, (root) => {
        const map = root.querySelector(".smw-map");
        const rect = map.getBoundingClientRect();
        const transform = root.querySelector(".smw-basemap")?.getAttribute("transform");
        return { left: rect.left, top: rect.top, scale: rect.width / map.offsetWidth, transform };
      });
      return { ...box, ...parseBasemapTransform(transform) };
    };
    const from = await inWidget(session, (root) => {
      const map = root.querySelector(".smw-map");
      const box = map.getBoundingClientRect();
      for (const fy of [0.5, 0.6, 0.4, 0.7]) {
        for (const fx of [0.4, 0.3, 0.5, 0.2]) {
          const x = box.left + box.width * fx;
          const y = box.top + box.height * fy;
          const hit = root.elementFromPoint(x, y);
          if (hit && map.contains(hit) && !hit.closest("button, [role=button]")) return { x, y };
        }
      }
      return null;
    });
    assert.ok(from, "the map has some background to press on");
    const before = await geometry();
    assert.ok(Math.abs(before.scale - 0.5) < 0.01, `the map is drawn at half size (${before.scale})`);
    const to = { x: from.x + 100, y: from.y };
    await session.drag(from, to, 10);
    await session.execute(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 60))));
    const after = await geometry();
    // The map point that was under the pointer, and where it is drawn now.
    const px = ((Math.round(from.x) - before.left) / before.scale - before.x) / before.k;
    const py = ((Math.round(from.y) - before.top) / before.scale - before.y) / before.k;
    const sx = after.left + after.scale * (after.k * px + after.x);
    const sy = after.top + after.scale * (after.k * py + after.y);
    const off = Math.hypot(sx - Math.round(to.x), sy - Math.round(to.y));
    t.diagnostic(`moved ${(after.x - before.x).toFixed(1)} layout px for a 100 px drag; ${off.toFixed(2)} px off the pointer`);
    assert.ok(
      off <= 3,
      `the point under the pointer ended ${off.toFixed(1)} px away from it (at ${sx.toFixed(1)}, ${sy.toFixed(1)}; ` +
        `expected ${Math.round(to.x)}, ${Math.round(to.y)}; basemap ${JSON.stringify(before)} → ${JSON.stringify(after)})`,
    );
  });
});
