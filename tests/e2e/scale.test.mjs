// Pledges with hundreds or thousands of signatories (bench/generate.mjs's
// seeded datasets): the list comes a page at a time with every entry still
// reachable, the map accounts for everyone, and the page stays small.

import assert from "node:assert/strict";
import { test } from "node:test";

import { generate } from "../../bench/generate.mjs";
import {
  OPTIONS,
  hostPage,
  htmlRoute,
  listItems,
  markerTally,
  showAreaToggles,
  useWidgetPages,
  waitForData,
  widget,
} from "./support.mjs";

const JSON_TYPE = { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" };
const datasets = { 250: JSON.stringify(generate(250)), 10000: JSON.stringify(generate(10000)) };

let requests250 = 0;

const pages = useWidgetPages({
  routes: {
    "/scale-page.html": htmlRoute((query) =>
      hostPage({ title: `A pledge with ${query.get("n")} signatories`, attributes: { src: `/scale-${query.get("n")}.json` } }),
    ),
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
  const shown = Number((await root.locator(".smw-status").innerText()).match(/Showing ([\d,]+)/)?.[1].replace(/,/g, ""));
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
  const more = root.getByRole("button", { name: /^Rodyti dar/ });
  await more.waitFor();
  assert.equal((await more.innerText()).trim(), "Rodyti dar 50 (liko: 200)");
  assert.equal(await root.getAttribute("lang"), "lt");
  assert.match(await root.locator(".smw-status").innerText(), /^Rodoma 250 iš 250 signatarų/);
  assert.equal(await listItems(root, "Signatarai").count(), 50, "the same page of the list, now in Lithuanian");
});

test("10,000 signatories: all counted, all on the map, and the page stays small", { timeout: 60_000 }, async () => {
  const root = await open(10000);
  assert.match(await root.locator(".smw-status").innerText(), /Showing 10,000 of 10,000 signatories/);
  assert.equal((await markerTally(root)).drawn, 10000, "every signatory is in a marker or a group on the fitted map");
  assert.equal(await root.locator(".smw-list li").count(), 50);
  const nodes = await root.evaluate((smw) => smw.getElementsByTagName("*").length);
  assert.ok(nodes < 3000, `the widget holds ${nodes} elements, not one per signatory`);

  await showAreaToggles(root);
  const chip = root.locator(".smw-chip[data-area]").first();
  const expected = Number((await chip.locator(".smw-chip-count").innerText()).replace(/\D/g, ""));
  await chip.click();
  await pages.page.waitForFunction(
    (n) => document.querySelector("signatory-map").shadowRoot.querySelector(".smw-status").textContent.includes(`Showing ${n.toLocaleString("en")} of`),
    expected,
  );
  assert.equal((await markerTally(root)).drawn, expected, "the map shows exactly the filtered signatories");
});

/**
 * 70 signatories in one city (one group on the map) and one far away, whose
 * list entry is the 71st: past the list's first page.
 */
function crowdAndLoner() {
  const member = (i) => ({
    id: `member-${i + 1}`, name: { en: `Member ${i + 1}` }, kind: "company",
    city: { en: "Vilnius" }, country: "LT", lat: 54.6872, lon: 25.2797, areas: ["a"],
  });
  return {
    version: 1,
    agreement: { title: { en: "A crowd and a loner" }, date: "2020-01-01" },
    areas: [{ id: "a", label: { en: "The area" } }],
    signatories: [
      ...Array.from({ length: 70 }, (_, i) => member(i)),
      { id: "loner", name: { en: "Far Away Ltd" }, kind: "company", city: { en: "Lisbon" }, country: "PT", lat: 38.7223, lon: -9.1393, areas: ["a"] },
    ],
  };
}

async function openCrowd() {
  const { page } = pages;
  const root = await pages.open("/tests/fixtures/host-clean.html");
  await page.locator("signatory-map").evaluate((element, data) => (/** @type {any} */ (element).data = data), crowdAndLoner());
  await root.locator(".smw-status").filter({ hasText: /^71 signatories$/ }) // one area for all: no filter.waitFor();
  await waitForData(root);
  return root;
}

test("a marker whose list entry is past the first page: its page comes in, and the entry is shown and marked", OPTIONS, async () => {
  const root = await openCrowd();
  assert.equal(await listItems(root).count(), 50);
  await root.getByRole("button", { name: /^Far Away Ltd, company, Lisbon/ }).click();
  await root.getByRole("region", { name: "Far Away Ltd", exact: true }).waitFor();
  const entry = root.locator('.smw-list .smw-list-item[data-id="loner"]');
  await entry.waitFor({ timeout: 2_000 });
  assert.equal(await entry.getAttribute("aria-current"), "true", "the list marks the open entry");
  const inView = await entry.evaluate((button) => {
    const box = /** @type {HTMLElement} */ (button.closest(".smw-list-box")).getBoundingClientRect();
    const rect = button.getBoundingClientRect();
    return rect.top >= box.top - 2 && rect.bottom <= box.bottom + 2; // sub-pixel rounding of the scroll range
  });
  assert.ok(inView, "the entry is scrolled into the list's view");
  // Closing the detail keeps that page: focus goes back to the marker, and the entry stays.
  await root.getByRole("button", { name: "Close the details", exact: true }).click();
  assert.equal(await root.locator('.smw-list .smw-list-item[data-id="loner"]').count(), 1);
});

test("“Show more” in a group's list moves focus to the first new member, as in the main list", OPTIONS, async () => {
  const { page } = pages;
  const root = await openCrowd();
  await root.getByRole("button", { name: /^70 signatories in Vilnius/ }).click();
  const group = root.locator(".smw-group");
  await group.waitFor();
  assert.equal(await group.locator("li").count(), 50);
  await group.getByRole("button", { name: "Show 20 more (20 not listed yet)", exact: true }).focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelector("signatory-map")?.shadowRoot?.querySelectorAll(".smw-group li").length === 70);
  const focused = await root.evaluate((smw) => /** @type {ShadowRoot} */ (smw.getRootNode()).activeElement?.textContent?.trim());
  assert.equal(focused, "Member 51", "focus is on the 51st member");
});
