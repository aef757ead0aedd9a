// Pledges with hundreds or thousands of signatories (bench/generate.mjs's
// seeded datasets): the list comes a page at a time with every entry still
// reachable, the map accounts for everyone, and the page stays small.

import assert from "node:assert/strict";
import { test } from "node:test";

import { generate } from "../../bench/generate.mjs";
import { OPTIONS, listItems, markerTally, showAreaToggles, useWidgetPages, waitForData, widget } from "./support.mjs";

const JSON_TYPE = { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" };
const datasets = { 250: JSON.stringify(generate(250)), 10000: JSON.stringify(generate(10000)) };

let requests250 = 0;

const pages = useWidgetPages({
  routes: {
    "/scale-page.html": (request, response) => {
      const n = new URL(request.url ?? "/", "http://x").searchParams.get("n");
      response.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
      response.end(`<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Scale fixture — signatory map test page</title>
  <link rel="icon" href="data:,">
  <script type="module" src="/www/dist/element.js" blocking="render"></script>
</head>
<body>
  <h1>A pledge with ${n} signatories</h1>
  <signatory-map src="/scale-${n}.json"></signatory-map>
</body>
</html>
`);
    },
    "/scale-250.json": (_request, response) => {
      requests250++;
      response.writeHead(200, JSON_TYPE);
      response.end(datasets[250]);
    },
    "/scale-10000.json": (_request, response) => {
      response.writeHead(200, JSON_TYPE);
      response.end(datasets[10000]);
    },
  },
});

async function open(n) {
  await pages.page.goto(`${pages.server.url}/scale-page.html?n=${n}`);
  const root = widget(pages.page);
  await waitForData(root);
  return root;
}

test("a long list shows 50 entries, then 50 more per click, and focus moves to the first new one", OPTIONS, async () => {
  const root = await open(250);
  const items = listItems(root);
  assert.equal(await items.count(), 50);

  const more = root.getByRole("button", { name: "Show 50 more (200 not listed yet)", exact: true });
  await more.focus();
  await pages.page.keyboard.press("Enter");
  await pages.page.waitForFunction(() => document.querySelector("signatory-map").shadowRoot.querySelectorAll(".smw-list li").length === 100);
  const focused = await root.evaluate((smw) => {
    const active = smw.getRootNode().activeElement;
    return [...smw.querySelectorAll(".smw-list .smw-list-item")].indexOf(active);
  });
  assert.equal(focused, 50, "focus is on the 51st entry");

  for (const remaining of [150, 100, 50]) {
    await root.getByRole("button", { name: `Show 50 more (${remaining} not listed yet)`, exact: true }).click();
    await pages.page.waitForFunction(
      (n) => document.querySelector("signatory-map").shadowRoot.querySelectorAll(".smw-list li").length === n,
      300 - remaining,
    );
  }
  assert.equal(await root.locator(".smw-show-more").count(), 0, "no button once every entry is listed");

  // A new filter result starts again at its first page.
  await showAreaToggles(root);
  const chip = root.locator(".smw-chip[data-area]").first();
  await chip.click();
  await pages.page.waitForFunction(() => document.querySelector("signatory-map").shadowRoot.querySelectorAll(".smw-list li").length <= 50);
  const shown = Number((await root.locator(".smw-showing").innerText()).match(/Showing ([\d,]+)/)?.[1].replace(/,/g, ""));
  assert.equal(await root.locator(".smw-list li").count(), Math.min(50, shown));
});

test("the dataset is requested once, while the WebAssembly is still arriving", OPTIONS, async () => {
  /** @type {Record<string, number>} */
  const at = {};
  pages.page.on("request", (request) => {
    if (request.url().endsWith("/scale-250.json")) at.dataRequested ??= Date.now();
  });
  pages.page.on("requestfinished", (request) => {
    if (request.url().endsWith(".wasm")) at.wasmArrived ??= Date.now();
  });
  const before = requests250;
  await open(250);
  assert.equal(requests250 - before, 1, "one request for the dataset");
  assert.ok(at.dataRequested <= at.wasmArrived, `dataset asked for ${at.dataRequested - at.wasmArrived} ms after the WebAssembly arrived`);
});

test("the button speaks Lithuanian too", OPTIONS, async () => {
  const root = await open(250);
  await root.getByRole("button", { name: "Lietuvių", exact: true }).click();
  await root.getByRole("button", { name: "Rodyti dar 50 (dar neparodyta: 200)", exact: true }).waitFor();
});

test("10,000 signatories: all counted, all on the map, and the page stays small", { timeout: 60_000 }, async () => {
  const root = await open(10000);
  assert.match(await root.locator(".smw-showing").innerText(), /Showing 10,000 of 10,000 signatories/);
  assert.equal((await markerTally(root)).drawn, 10000, "every signatory is in a marker or a group on the fitted map");
  assert.equal(await root.locator(".smw-list li").count(), 50);
  const nodes = await root.evaluate((smw) => smw.getElementsByTagName("*").length);
  assert.ok(nodes < 3000, `the widget holds ${nodes} elements, not one per signatory`);

  await showAreaToggles(root);
  const chip = root.locator(".smw-chip[data-area]").first();
  const expected = Number((await chip.locator(".smw-chip-count").innerText()).replace(/\D/g, ""));
  await chip.click();
  await pages.page.waitForFunction(
    (n) => document.querySelector("signatory-map").shadowRoot.querySelector(".smw-showing").textContent.includes(`Showing ${n.toLocaleString("en")} of`),
    expected,
  );
  assert.equal((await markerTally(root)).drawn, expected, "the map shows exactly the filtered signatories");
});
