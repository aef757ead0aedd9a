// The map's written summary (src/components/map_summary.rs): one sentence
// above the map saying what it shows, in the reader's language, updated
// with the filter; the map's accessible description (what a screen reader
// announces with it, read here from Chromium's own accessibility tree); in
// print; in the prerendered snapshot, word for word as the live widget.
//
// tests/fixtures/varied.json: institutions Vilnius University (Vilnius, LT)
// and Hellenic Digital Institute (GR), companies Baltic Net (LT) and
// Lisbon Telecom (PT), associations Nordic Culture Forum (FI) and Irish
// Online Safety Alliance (Dublin, IE); nobody pledged Privacy and Culture.

import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";

import { OPTIONS, ROOT, animationsSettled, showAreaToggles, useWidgetPages, waitForData, widget } from "./support.mjs";

const AXE = join(ROOT, "node_modules", "axe-core", "axe.min.js");
const pages = useWidgetPages();

const DEMO = {
  en: "15 signatories: Council of Europe (Strasbourg), 8 companies in 5 countries and 6 associations in 3 countries.",
  lt: "15 signatarų: Europos Taryba (Strasbūras), 8 bendrovės iš 5 šalių ir 6 asociacijos iš 3 šalių.",
};

const summary = (root) => root.locator(".smw-map-summary");
const said = async (root) => (await summary(root).innerText()).trim();

/** Waits until the summary reads `text`. */
async function saying(root, text) {
  await root.locator(".smw-map-summary", { hasText: text }).waitFor();
  assert.equal(await said(root), text);
}

/**
 * The accessible description Chromium computes for the map (the group
 * named "Map of the signatories’ headquarters" in either language).
 * @param {import("playwright-core").Page} page
 */
async function mapDescription(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send("Accessibility.getFullAXTree");
  await cdp.detach();
  const maps = nodes.filter(
    (node) =>
      node.role?.value === "group" &&
      ["Map of the signatories’ headquarters", "Signatarų būstinių žemėlapis"].includes(node.name?.value),
  );
  // The demo page has a second widget (the example pledge) further down:
  // the tree lists the maps in document order.
  assert.ok(maps.length >= 1, "a map in the accessibility tree");
  return maps[0].description?.value ?? "";
}

/** An area toggle, by the start of its label. */
const toggle = (root, label) =>
  root.locator(".smw-filter").getByRole("button", { name: new RegExp(`^${label}\\s*\\d+$`) });

async function axeViolations(page) {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE });
  await animationsSettled(page);
  return page.evaluate(async () => {
    const result = await window.axe.run(document.querySelector("signatory-map"), {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"] },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}

test("the demo's map is described by one sentence, in English and after the toggle in Lithuanian", OPTIONS, async () => {
  const root = await pages.open("/index.html");
  const { page, consoleErrors, pageErrors } = pages.session;
  await saying(root, DEMO.en);
  assert.equal(await summary(root).isVisible(), true);
  const description = await mapDescription(page);
  assert.ok(description.startsWith(DEMO.en), `the map's description starts with the summary: ${description}`);
  // Before the markers in reading order: a screen reader meets it first.
  const first = await root.evaluate((smw) => {
    const text = smw.querySelector(".smw-map-summary");
    const marker = smw.querySelector(".smw-marker, .smw-group-marker");
    return Boolean(text.compareDocumentPosition(marker) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  assert.equal(first, true, "the summary comes before the markers");

  await root.getByRole("button", { name: "Lietuvių", exact: true }).click();
  await saying(root, DEMO.lt);
  assert.ok((await mapDescription(page)).startsWith(DEMO.lt));
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual(pageErrors, []);
});

test("the sentence follows the filter on a varied dataset, and says when nothing is left", OPTIONS, async () => {
  const root = await pages.open("/fixtures/varied.html");
  const { page } = pages.session;
  await saying(
    root,
    "6 signatories: 2 institutions in 2 countries, 2 companies in 2 countries and 2 associations in 2 countries.",
  );
  await showAreaToggles(root);
  await toggle(root, "Privacy").click();
  const privacy =
    "4 of 6 signatories pledged on “Privacy”: Vilnius University (Vilnius), 2 companies in 2 countries " +
    "and Irish Online Safety Alliance (Dublin).";
  await saying(root, privacy);
  assert.ok((await mapDescription(page)).startsWith(privacy), "the description follows the filter");
  assert.deepEqual(await axeViolations(page), []);

  await showAreaToggles(root);
  await toggle(root, "Culture").click();
  await saying(root, "None of the 6 signatories pledged on both “Privacy” and “Culture”.");
  await root.getByRole("button", { name: "Lietuvių", exact: true }).click();
  await saying(root, "Nė vienas iš 6 signatarų neįsipareigojo abiejose srityse „Privatumas“ ir „Kultūra“.");

  await showAreaToggles(root);
  await toggle(root, "Kultūra").click();
  await saying(
    root,
    "4 iš 6 signatarų įsipareigojo srityje „Privatumas“: Vilniaus universitetas (Vilnius), " +
      "2 bendrovės iš 2 šalių ir Airijos saugaus interneto aljansas (Dublinas).",
  );
  assert.deepEqual(await axeViolations(page), []);
});

test("the summary prints", OPTIONS, async () => {
  const root = await pages.open("/index.html");
  const { page } = pages.session;
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.evaluate(() => matchMedia("print").matches), true);
  assert.equal(await summary(root).isVisible(), true);
  const [text, host] = [await summary(root).boundingBox(), await page.locator("signatory-map").first().boundingBox()];
  assert.ok(text && host && text.height > 0, "laid out");
  assert.ok(
    text.y >= host.y && text.y + text.height <= host.y + host.height,
    `inside the printed widget: ${JSON.stringify({ text, host })}`,
  );
  assert.equal(await said(root), DEMO.en);
  await page.emulateMedia({ media: null });
});

test("on a phone the caption is visually hidden, yet the map's description, read first, and printed", OPTIONS, async () => {
  const context = await pages.session.context.browser().newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${pages.server.url}/index.html`);
  const root = widget(page);
  await waitForData(root);
  const box = await summary(root).boundingBox();
  assert.ok(box && box.height <= 1 && box.width <= 1, `no height taken from the map and the list: ${JSON.stringify(box)}`);
  assert.equal(await said(root), DEMO.en, "still there for screen readers");
  assert.ok((await mapDescription(page)).startsWith(DEMO.en));
  await page.emulateMedia({ media: "print" });
  const printed = await summary(root).boundingBox();
  assert.ok(printed && printed.height > 10 && printed.width > 100, `printed: ${JSON.stringify(printed)}`);
  await context.close();
});

test("the prerendered snapshot carries the summary, worded as the live widget words it", OPTIONS, async () => {
  const context = await pages.session.context.browser().newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const staticPage = await context.newPage();
  await staticPage.goto(`${pages.server.url}/index.html`);
  const snapshot = widget(staticPage);
  await snapshot.locator(".smw-header").waitFor();
  assert.equal(await said(snapshot), DEMO.en);
  assert.equal(await snapshot.locator(".smw-map").getAttribute("aria-describedby"), "smw-map-summary smw-map-keys");
  assert.ok((await mapDescription(staticPage)).startsWith(DEMO.en), "the snapshot's map is described too");
  await context.close();

  const live = await pages.open("/index.html");
  await pages.page.waitForFunction(() => !document.querySelector("signatory-map").shadowRoot.querySelector(".smw-prerendered"));
  assert.equal(await said(live), DEMO.en);
});
