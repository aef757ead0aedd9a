// The pledge-area filter. Semantics (src/core/filter.rs): a signatory is
// shown when it pledged on EVERY selected area; each area's count is the
// number of shown signatories that pledged on it; none selected = all.
//
// In the seed dataset every signatory pledged on all 7 areas, so it offers
// no filter (honest-filter.test.mjs); filtering is tested on
// tests/fixtures/varied.json:
//
//   signatory                  privacy expression children culture
//   Vilnius University (LT)       x        x          x
//   Baltic Net (Vilnius, LT)      x        x
//   Lisbon Telecom                x
//   Nordic Culture Forum                   x                   x
//   Hellenic Digital Institute                        x        x
//   Irish Online Safety Alliance  x                   x

import assert from "node:assert/strict";
import { test } from "node:test";

import { OPTIONS, chipCount, listItems, markerTally, useWidgetPages } from "./support.mjs";

const pages = useWidgetPages();

/** The toggle of an area, by the start of its visible label. */
const toggle = (root, label) => root.getByRole("button", { name: new RegExp(`^${label}\\s*\\d+$`) });

test("pressing toggles: an area presses, a second narrows further, “All areas” releases every toggle", OPTIONS, async () => {
  // Moved from the seed dataset, whose signatories all share the same areas
  // and so get no toggles at all (honest-filter.test.mjs).
  const root = await pages.open("/fixtures/varied.html");
  const all = root.getByRole("button", { name: /^All areas\s*\d+$/ });
  const expression = toggle(root, "Free expression");
  assert.equal(await all.getAttribute("aria-pressed"), "true");
  assert.equal(await expression.getAttribute("aria-pressed"), "false");

  await expression.click();
  assert.equal(await expression.getAttribute("aria-pressed"), "true");
  assert.equal(await all.getAttribute("aria-pressed"), "false");
  assert.equal(await listItems(root).count(), 3);
  assert.ok(await root.getByText("Showing 3 of 6 signatories", { exact: true }).isVisible());
  assert.equal(await chipCount(expression), 3);
  assert.equal((await markerTally(root)).drawn, 3);

  // A second area: those who pledged on both.
  const privacy = toggle(root, "Privacy");
  await privacy.click();
  assert.equal(await privacy.getAttribute("aria-pressed"), "true");
  assert.equal(await expression.getAttribute("aria-pressed"), "true");
  assert.equal(await listItems(root).count(), 2);

  // “All areas” releases every toggle.
  await all.click();
  assert.equal(await all.getAttribute("aria-pressed"), "true");
  assert.equal(await expression.getAttribute("aria-pressed"), "false");
  assert.equal(await privacy.getAttribute("aria-pressed"), "false");
  assert.ok(await root.getByText("Showing 6 of 6 signatories", { exact: true }).isVisible());
});

/** What the reader sees of the filter's result, all at once. */
async function observed(root) {
  const names = (await listItems(root).locator(".smw-list-name").allInnerTexts()).map((t) => t.trim());
  return {
    showing: (await root.getByRole("status").innerText()).trim(),
    listed: names,
    counts: {
      all: await chipCount(root.getByRole("button", { name: /^All areas\s*\d+$/ })),
      privacy: await chipCount(toggle(root, "Privacy")),
      expression: await chipCount(toggle(root, "Free expression")),
      children: await chipCount(toggle(root, "Child safety")),
      culture: await chipCount(toggle(root, "Culture")),
    },
    drawn: (await markerTally(root)).drawn,
  };
}

test("fixture dataset: the list, the counts and the map follow the selected areas", OPTIONS, async () => {
  const root = await pages.open("/fixtures/varied.html");
  assert.ok(await root.getByText(/^6 signatories · 4 pledge areas/).isVisible());

  assert.deepEqual(await observed(root), {
    showing: "Showing 6 of 6 signatories",
    listed: [
      "Vilnius University",
      "Baltic Net",
      "Lisbon Telecom",
      "Nordic Culture Forum",
      "Hellenic Digital Institute",
      "Irish Online Safety Alliance",
    ],
    counts: { all: 6, privacy: 4, expression: 3, children: 3, culture: 2 },
    drawn: 6,
  });

  await toggle(root, "Privacy").click();
  assert.deepEqual(await observed(root), {
    showing: "Showing 4 of 6 signatories",
    listed: ["Vilnius University", "Baltic Net", "Lisbon Telecom", "Irish Online Safety Alliance"],
    counts: { all: 6, privacy: 4, expression: 2, children: 2, culture: 0 },
    drawn: 4,
  });

  await toggle(root, "Free expression").click();
  assert.deepEqual(await observed(root), {
    showing: "Showing 2 of 6 signatories",
    listed: ["Vilnius University", "Baltic Net"],
    counts: { all: 6, privacy: 2, expression: 2, children: 1, culture: 0 },
    drawn: 2,
  });
  // Both are in Vilnius: on this wide map, fanned out as two markers, each
  // with a line to the city (core::fan), not one group.
  assert.equal(await root.locator(".smw-group-marker").count(), 0);
  assert.equal(await root.locator(".smw-marker").count(), 2);
  assert.equal(await root.locator(".smw-leader").count(), 2);

  await toggle(root, "Child safety").click();
  assert.deepEqual(await observed(root), {
    showing: "Showing 1 of 6 signatories",
    listed: ["Vilnius University"],
    counts: { all: 6, privacy: 1, expression: 1, children: 1, culture: 0 },
    drawn: 1,
  });
  assert.ok(await root.getByRole("button", { name: "Vilnius University, Institution, Vilnius, Lithuania" }).isVisible());

  // Releasing a toggle widens the result again.
  await toggle(root, "Privacy").click();
  assert.equal(await toggle(root, "Privacy").getAttribute("aria-pressed"), "false");
  const widened = await observed(root);
  assert.equal(widened.showing, "Showing 1 of 6 signatories");
  assert.deepEqual(widened.listed, ["Vilnius University"]);
  await toggle(root, "Free expression").click();
  assert.deepEqual((await observed(root)).listed, [
    "Vilnius University",
    "Hellenic Digital Institute",
    "Irish Online Safety Alliance",
  ]);
});

test("fixture dataset: a combination nobody pledged says so and can be cleared", OPTIONS, async () => {
  const root = await pages.open("/fixtures/varied.html");
  await toggle(root, "Privacy").click();
  // Culture's count is 0 before the click: the reader is warned.
  assert.equal(await chipCount(toggle(root, "Culture")), 0);
  await toggle(root, "Culture").click();

  const empty = root.getByText("No signatory matches all the selected areas.", { exact: true });
  assert.ok(await empty.isVisible());
  const after = await observed(root);
  assert.equal(after.showing, "Showing 0 of 6 signatories");
  assert.deepEqual(after.listed, []);
  assert.equal(after.drawn, 0);
  assert.deepEqual(after.counts, { all: 6, privacy: 0, expression: 0, children: 0, culture: 0 });

  await root.getByRole("button", { name: "Clear the filter", exact: true }).click();
  assert.equal(await empty.count(), 0, "the empty message is gone");
  assert.equal(await root.getByRole("button", { name: /^All areas\s*\d+$/ }).getAttribute("aria-pressed"), "true");
  assert.equal(await toggle(root, "Privacy").getAttribute("aria-pressed"), "false");
  assert.equal(await toggle(root, "Culture").getAttribute("aria-pressed"), "false");
  const restored = await observed(root);
  assert.equal(restored.drawn, 6);
  assert.equal(restored.listed.length, 6);
  assert.deepEqual(restored.counts, { all: 6, privacy: 4, expression: 3, children: 3, culture: 2 });
  assert.equal(restored.showing, "Showing 6 of 6 signatories");
  assert.deepEqual(pages.session.consoleErrors, []);
  assert.deepEqual(pages.session.pageErrors, []);
});
