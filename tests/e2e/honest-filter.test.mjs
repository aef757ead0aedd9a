// A filter that never pretends (issue 18, part 1), as a reader meets it on
// the demo page:
// - the built-in agreement names the group's areas, not each signatory's,
//   so no toggle could narrow anything: there are none; the areas are
//   listed once under the dataset's own name ("Areas of cooperation" /
//   "Bendradarbiavimo sritys", "among others"), and a detail does not
//   repeat them;
// - the page's `areas` (attribute, property, setAreas) change nothing
//   visible there and fire no filterchange;
// - the demo's second section (for newsrooms) shows a made-up pledge whose
//   signatories chose their areas, where the filter narrows the list;
// - axe finds nothing in these states.

import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";

import { OPTIONS, ROOT, animationsSettled, listItems, markerTally, useWidgetPages, waitForData, widget } from "./support.mjs";

const pages = useWidgetPages({ viewport: { width: 1280, height: 900 } });

/** The reader-visible text of the shared areas block. */
async function sharedAreas(root) {
  const block = root.locator(".smw-covers");
  return {
    heading: (await block.getByRole("heading").innerText()).trim(),
    note: (await block.locator("p").innerText()).trim(),
    areas: (await block.getByRole("listitem").allInnerTexts()).map((t) => t.trim()),
  };
}

test("the built-in agreement offers no toggles: its areas are listed once, named as the sources name them", OPTIONS, async () => {
  const root = await pages.open("/index.html");
  assert.equal(await root.locator("button[aria-pressed]").count(), 2, "only the language toggle's two buttons");
  assert.equal(await root.getByRole("group", { name: "Filter by pledge area" }).count(), 0);
  const en = await sharedAreas(root);
  assert.equal(en.heading, "Areas of cooperation");
  assert.equal(en.note, "Agreed by all 15 signatories. These include, among others:");
  assert.equal(en.areas.length, 7);
  assert.ok(en.areas.includes("Freedom of expression online"));
  assert.ok(await root.locator(".smw-covers").isVisible());
  // Each label once in the whole widget (no chips, no per-detail copies).
  assert.equal(await root.getByText("Freedom of expression online", { exact: true }).count(), 1);
  assert.equal((await root.getByRole("status").innerText()).trim(), "15 signatories");
  assert.equal((await root.locator(".smw-summary").innerText()).trim(), "15 signatories");

  await root.getByRole("button", { name: "Lietuvių", exact: true }).click();
  await root.locator(".smw-covers h3[lang=lt]").waitFor();
  const lt = await sharedAreas(root);
  assert.equal(lt.heading, "Bendradarbiavimo sritys");
  assert.equal(lt.note, "Dėl jų susitarė visi 15 signatarų. Be kita ko, tai šios pagrindinės sritys:");
  assert.ok(lt.areas.includes("Žodžio laisvė internete"));
  assert.equal(await root.locator(".smw-covers h3").getAttribute("lang"), "lt");
  assert.equal((await root.getByRole("status").innerText()).trim(), "15 signatarų");
  assert.deepEqual(pages.session.pageErrors, []);
});

test("a signatory's detail does not repeat the areas every signatory shares", OPTIONS, async () => {
  const root = await pages.open("/index.html");
  await listItems(root).getByRole("button", { name: /^Deutsche Telekom/ }).click();
  const detail = root.getByRole("region", { name: "Deutsche Telekom" });
  await detail.waitFor();
  assert.ok(await detail.getByText("Bonn, Germany").isVisible());
  assert.equal(await detail.getByText("Pledge areas").count(), 0);
  assert.equal(await detail.getByText("Freedom of expression online").count(), 0);
  assert.equal(await detail.locator(".smw-detail-areas").count(), 0);
});

test("areas from the page change nothing visible there and fire no filterchange", OPTIONS, async () => {
  const { page } = pages;
  const root = await pages.open("/index.html");
  await page.evaluate(() => {
    window.__filterchanges = [];
    document.addEventListener("signatory-map:filterchange", (event) => window.__filterchanges.push(event.detail));
  });
  const before = await root.innerHTML();
  const element = page.locator("signatory-map").first();
  await element.evaluate((el) => el.setAttribute("areas", "privacy,children"));
  await element.evaluate((el) => (/** @type {any} */ (el).areas = ["expression"]));
  await element.evaluate((el) => el.setAttribute("areas", "nope"));
  await page.evaluate(() => new Promise((done) => setTimeout(done, 100)));
  assert.equal(await root.innerHTML(), before, "nothing visible changed");
  assert.deepEqual(await page.evaluate(() => window.__filterchanges), []);
  assert.deepEqual(await element.evaluate((el) => /** @type {any} */ (el).areas), [], "nothing is selected");

  // Through the JavaScript API too (setAreas on the handle of `mount`).
  await page.evaluate(async () => {
    const { mount } = await import("/www/dist/index.js");
    const host = document.createElement("div");
    host.style.height = "500px";
    document.querySelector("main").prepend(host);
    const events = [];
    host.addEventListener("signatory-map:filterchange", (event) => events.push(event.detail));
    const handle = await mount(host, { lang: "en" });
    window.__handle = handle;
    window.__apiEvents = events;
  });
  await page.evaluate(() => new Promise((done) => setTimeout(done, 200)));
  await page.evaluate(() => window.__handle.setAreas(["privacy"]));
  await page.evaluate(() => new Promise((done) => setTimeout(done, 100)));
  assert.deepEqual(await page.evaluate(() => window.__apiEvents), []);
  assert.deepEqual(await page.evaluate(() => window.__handle.areas), []);
  assert.deepEqual(pages.session.pageErrors, []);
});

test("the demo's example for newsrooms: a pledge where signatories chose their areas, and the filter narrows", OPTIONS, async () => {
  const { page } = pages;
  await pages.open("/index.html");
  const section = page.getByRole("region", { name: "How the filter works on a pledge where signatories chose their areas" });
  await section.scrollIntoViewIfNeeded();
  const root = widget(page, 1);
  await waitForData(root);
  assert.ok(await root.getByRole("heading", { name: /^Illustrative example: / }).isVisible());
  assert.equal(await root.locator(".smw-covers").count(), 0, "no shared list: the areas differ");
  assert.ok(await root.getByText(/^18 signatories · 5 pledge areas$/).isVisible());
  assert.equal((await root.getByRole("status").innerText()).trim(), "Showing 18 of 18 signatories");

  await root.getByRole("button", { name: /^Countering cybercrime and terrorism\s*\d+$/ }).click();
  const narrowed = await listItems(root).count();
  assert.ok(narrowed > 0 && narrowed < 18, `${narrowed} of 18 listed`);
  assert.equal((await root.getByRole("status").innerText()).trim(), `Showing ${narrowed} of 18 signatories`);
  assert.equal((await markerTally(root)).drawn, narrowed);

  // A detail there lists the signatory's own areas.
  await listItems(root).first().getByRole("button").click();
  assert.ok(await root.locator(".smw-detail .smw-detail-areas li").first().isVisible());
  // The first widget is untouched by the second's filter.
  assert.equal((await widget(page, 0).getByRole("status").innerText()).trim(), "15 signatories");
});

const AXE = join(ROOT, "node_modules", "axe-core", "axe.min.js");

/** axe's violations on the `index`-th widget (WCAG 2.x A/AA, as a11y.test.mjs). */
async function violations(page, index) {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE });
  await page.locator("signatory-map").nth(index).scrollIntoViewIfNeeded();
  await animationsSettled(page);
  return page.evaluate(async (index) => {
    const result = await window.axe.run(document.querySelectorAll("signatory-map")[index], {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"] },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")}`);
  }, index);
}

for (const width of [320, 1280]) {
  test(`axe finds nothing in the shared areas (both languages) and in the example at ${width} px`, OPTIONS, async () => {
    const { page } = pages;
    await page.setViewportSize({ width, height: 900 });
    const root = await pages.open("/index.html");
    assert.deepEqual(await violations(page, 0), []);
    await root.getByRole("button", { name: "Lietuvių", exact: true }).click();
    await root.locator(".smw-covers h3[lang=lt]").waitFor();
    assert.deepEqual(await violations(page, 0), []);
    await listItems(root, "Signatarai").first().getByRole("button").click();
    await root.locator(".smw-detail").waitFor();
    assert.deepEqual(await violations(page, 0), []);
    const example = widget(page, 1);
    await page.locator("signatory-map").nth(1).scrollIntoViewIfNeeded();
    await waitForData(example);
    assert.deepEqual(await violations(page, 1), []);
  });
}
