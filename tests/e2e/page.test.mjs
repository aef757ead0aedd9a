// The demo news page (index.html, <signatory-map> with no attributes):
// loads cleanly, shows the article and the widget's header, draws the map
// with every signatory, a legend, and makes no third-party request.

import assert from "node:assert/strict";
import { test } from "node:test";

import { OPTIONS, markerTally, useWidgetPages, widget } from "./support.mjs";

// One page for the whole file: the tests run in order on it, and the last
// one checks every request the page made.
const pages = useWidgetPages({ startPath: "/index.html", sharedPage: true });

test("the demo page loads with no console or page errors and keeps its article", OPTIONS, async () => {
  const { page, consoleErrors, pageErrors } = pages.session;
  await assert.doesNotReject(
    page
      .getByRole("heading", {
        level: 1,
        name: "Council of Europe and technology companies jointly pledge to promote an open and safe Internet",
      })
      .waitFor({ state: "visible" }),
  );
  assert.ok(await page.getByText("Woburn, MA – 8 November 2017").isVisible());
  assert.ok(await page.getByText(/signed the agreement, which took the form of an exchange of letters/).isVisible());
  assert.ok(await page.getByRole("listitem").filter({ hasText: "Culture and digitization" }).first().isVisible());
  assert.ok(
    await page
      .getByRole("heading", { name: /^Lietuviškai: Europos Taryba ir technologijų bendrovės/ })
      .isVisible(),
  );
  // Give late errors (wasm start-up, first resize) a moment to surface.
  await page.waitForTimeout(300);
  assert.deepEqual(consoleErrors, [], "console errors");
  assert.deepEqual(pageErrors, [], "page errors");
});

test("the widget shows the agreement's title, date and place, and the summary", OPTIONS, async () => {
  const root = widget(pages.page);
  assert.equal(await root.getAttribute("lang"), "en");
  const title = root.getByRole("heading", {
    name: "Council of Europe partnership with technology companies for an open and safe Internet",
  });
  assert.ok(await title.isVisible());
  assert.ok(await root.getByText("Signed 8 November 2017 · Strasbourg", { exact: true }).isVisible());
  // No count of areas: they are listed once below, with no toggles.
  assert.equal((await root.locator(".smw-summary").innerText()).trim(), "15 signatories");
  // The fallback paragraph placed inside the element is no longer shown.
  assert.equal(
    await pages.page.locator("signatory-map").first().getByText(/appears here when your browser can run it/).isVisible(),
    false,
  );
});

test("the map draws the land and every signatory, single or grouped", OPTIONS, async () => {
  const root = widget(pages.page);
  const map = root.getByRole("group", { name: "Map of the signatories’ headquarters" });
  assert.ok(await map.isVisible());
  const land = map.locator("svg path.smw-land");
  assert.equal(await land.count(), 1);
  const d = await land.getAttribute("d");
  assert.ok(d && d.length > 1000, `land path has data (${d?.length ?? 0} chars)`);
  const landBox = await land.boundingBox();
  assert.ok(landBox && landBox.width > 100 && landBox.height > 50, "land is drawn at a visible size");

  const tally = await markerTally(root);
  // This map is wide enough for small groups to be fanned out (core::fan):
  // each signatory its own marker (groups remain on a phone: groups.test.mjs).
  assert.equal(tally.singles, 15, "each signatory its own marker");
  assert.deepEqual(tally.groupNumbers, [], "no group at rest");
  assert.equal(tally.drawn, 15, `singles ${tally.singles} + groups ${tally.groupNumbers}`);

  // Every marker and group is something a reader can activate, with a name.
  const markers = map.locator(".smw-marker, .smw-group-marker");
  for (const marker of await markers.all()) {
    assert.equal(await marker.getAttribute("role"), "button");
    assert.ok((await marker.getAttribute("aria-label"))?.length, "marker has a name");
    assert.ok(await marker.isVisible());
  }
  assert.ok(await map.getByRole("button", { name: "Kaspersky Lab, company, Moscow, Russia" }).isVisible());
});

test("a legend names the three kinds of signatory", OPTIONS, async () => {
  const legend = widget(pages.page).getByRole("list", { name: "Kinds of signatory" });
  assert.ok(await legend.isVisible());
  assert.deepEqual(
    (await legend.getByRole("listitem").allInnerTexts()).map((t) => t.trim()),
    ["Institution", "Company", "Association"],
  );
});

test("the page's scroll wheel over the map scrolls the article, not the map", OPTIONS, async () => {
  const { page } = pages;
  const root = widget(page);
  const map = root.getByRole("group", { name: "Map of the signatories’ headquarters" });
  await map.scrollIntoViewIfNeeded();
  const box = await map.boundingBox();
  assert.ok(box);
  const before = await markerTally(root);
  const kaspersky = map.getByRole("button", { name: /^Kaspersky Lab/ });
  const markerBefore = await kaspersky.boundingBox();
  const scrollBefore = await page.evaluate(() => window.scrollY);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, 240);
  await page.waitForFunction((y) => window.scrollY > y, scrollBefore);
  const scrolled = (await page.evaluate(() => window.scrollY)) - scrollBefore;
  const markerAfter = await kaspersky.boundingBox();
  assert.ok(markerBefore && markerAfter);
  // The marker moved up with the page by exactly the scroll: no zoom, no pan.
  assert.ok(Math.abs(markerBefore.y - scrolled - markerAfter.y) < 1, "marker moved only with the page");
  assert.ok(Math.abs(markerBefore.x - markerAfter.x) < 1);
  assert.deepEqual(await markerTally(root), before);
});

test(
  "dragging the map pans it",
  OPTIONS,
  async () => {
    const { page } = pages;
    const map = widget(page).getByRole("group", { name: "Map of the signatories’ headquarters" });
    await map.scrollIntoViewIfNeeded();
    const box = await map.boundingBox();
    const kaspersky = map.getByRole("button", { name: /^Kaspersky Lab/ });
    const before = await kaspersky.boundingBox();
    assert.ok(box && before);
    // Grab empty sea/land away from the markers and drag 100 px to the left.
    const y = box.y + box.height * 0.85;
    await page.mouse.move(box.x + box.width * 0.5, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.5 - 100, y, { steps: 8 });
    await page.mouse.up();
    const after = await kaspersky.boundingBox();
    assert.ok(after, "Kaspersky Lab still on the map");
    assert.ok(Math.abs(before.x - 100 - after.x) < 2, `marker followed the drag (${before.x} → ${after.x})`);
  },
);

test(
  "group markers do not cover one another",
  OPTIONS,
  async () => {
    const map = widget(pages.page).getByRole("group", { name: "Map of the signatories’ headquarters" });
    await map.getByRole("button", { name: "Reset the view" }).click();
    const discs = [];
    for (const group of await map.locator(".smw-group-marker").all()) {
      const box = await group.locator(".smw-group-disc").boundingBox();
      assert.ok(box);
      discs.push({ name: await group.getAttribute("aria-label"), x: box.x + box.width / 2, y: box.y + box.height / 2, r: box.width / 2 });
    }
    const overlaps = [];
    for (const [i, a] of discs.entries()) {
      for (const b of discs.slice(i + 1)) {
        const gap = Math.hypot(a.x - b.x, a.y - b.y) - a.r - b.r;
        if (gap < 0) overlaps.push(`${a.name} / ${b.name}: ${(-gap).toFixed(1)} px`);
      }
    }
    assert.deepEqual(overlaps, []);
  },
);

test("no request leaves 127.0.0.1", OPTIONS, async () => {
  const { requests } = pages.session;
  assert.ok(requests.some((url) => url.endsWith(".wasm")), "the WebAssembly was requested");
  const foreign = requests.filter((url) => new URL(url).hostname !== "127.0.0.1");
  assert.deepEqual(foreign, []);
});
