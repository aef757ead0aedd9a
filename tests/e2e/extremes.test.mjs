// Texts at the documented limits (2,000 characters, no space to break at)
// wrap inside the widget: the detail heading, the list, a group's members
// and the header never overflow their boxes, where the end of the text
// would be clipped out of reach.

import assert from "node:assert/strict";
import { test } from "node:test";

import { OPTIONS, useWidgetPages } from "./support.mjs";

const LONG = "Ž".repeat(1000) + "x".repeat(1000); // 2,000 characters, no break opportunity

function longNames() {
  // Areas that differ ("other" also pledged "b"), so the long label is a
  // filter toggle (with every signatory alike there would be no filter).
  const signatory = (id, name, lat, lon) => ({
    id, name: { en: name }, kind: "association", city: { en: name.slice(0, 1500) }, country: "LT", lat, lon,
    areas: id === "other" ? ["a", "b"] : ["a"],
  });
  return {
    version: 1,
    agreement: { title: { en: LONG }, date: "2020-01-01", place: { name: { en: LONG }, lat: 54.7, lon: 25.3 } },
    areas: [{ id: "a", label: { en: LONG } }, { id: "b", label: { en: "Short" } }],
    signatories: [
      signatory("long", LONG, 54.6872, 25.2797),
      signatory("twin", `Twin ${LONG}`.slice(0, 2000), 54.6872, 25.2797),
      signatory("other", "Other", 38.72, -9.14),
      // Enough at the same address that they stay a group even on a wide
      // map, which fans smaller groups out (core::fan::MAX_FANNED is 12).
      ...Array.from({ length: 11 }, (_, i) => signatory(`member-${i + 1}`, `Member ${i + 1}`, 54.6872, 25.2797)),
    ],
  };
}

const pages = useWidgetPages();

for (const width of [320, 1280]) {
  test(`2,000-character unbroken texts wrap inside their boxes at ${width} px`, OPTIONS, async () => {
    const { page } = pages;
    await page.setViewportSize({ width, height: 900 });
    const root = await pages.open("/tests/fixtures/host-clean.html");
    await page.locator("signatory-map").evaluate((element, data) => (/** @type {any} */ (element).data = data), longNames());
    await root.locator(".smw-status").filter({ hasText: "Showing 14 of 14 signatories" }).waitFor();

    /** Elements under `selector` whose content is wider than their box. */
    const overflowing = (selector) =>
      root.evaluate(
        (smw, selector) =>
          [...smw.querySelectorAll(selector)]
            .filter((node) => node.scrollWidth > node.clientWidth + 1)
            .map((node) => `${node.className || node.tagName}: ${node.scrollWidth} > ${node.clientWidth}`),
        selector,
      );
    assert.deepEqual(await overflowing(".smw, .smw-header, .smw-title, .smw-meta, .smw-filter, .smw-chip, .smw-list-box, .smw-list-item, .smw-list-name"), []);

    // By the keyboard: the entry is taller than the list's box, so its
    // centre (where a click would land) is outside it.
    await root.locator('.smw-list-item[data-id="long"]').focus();
    await page.keyboard.press("Enter");
    await root.locator(".smw-detail").waitFor();
    assert.deepEqual(await overflowing(".smw-panel, .smw-detail, .smw-detail-name, .smw-facts dd"), []);

    await root.getByRole("button", { name: "Close the details", exact: true }).click();
    await root.locator(".smw-group-marker").first().focus();
    await page.keyboard.press("Enter");
    await root.locator(".smw-group").waitFor();
    assert.deepEqual(await overflowing(".smw-panel, .smw-group, .smw-group-members .smw-list-item"), []);
  });
}

test("a title cut short offers “Show in full”, and it follows the language and the data", OPTIONS, async () => {
  const { page } = pages;
  await page.setViewportSize({ width: 900, height: 900 });
  const root = await pages.open("/tests/fixtures/host-clean.html");
  const errors = [];
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  page.on("pageerror", (error) => errors.push(String(error)));
  const longInLithuanian = longNames();
  longInLithuanian.agreement = { title: { en: "A short title", lt: "Ilgas pavadinimas ".repeat(60) }, date: "2020-01-01" };
  await page.locator("signatory-map").evaluate((element, data) => (/** @type {any} */ (element).data = data), longInLithuanian);
  await root.locator(".smw-status").filter({ hasText: "Showing 14 of 14 signatories" }).waitFor();
  const toggle = root.locator(".smw-header-toggle");
  await page.waitForTimeout(100);
  assert.equal(await toggle.count(), 0, "an English title that fits has no button");

  await root.getByRole("button", { name: "Lietuvių", exact: true }).click();
  await root.getByRole("button", { name: "Rodyti visą tekstą" }).waitFor();
  await root.getByRole("button", { name: "English", exact: true }).click();
  await toggle.waitFor({ state: "detached" });

  await page.locator("signatory-map").evaluate((element, data) => (/** @type {any} */ (element).data = data), longNames());
  await root.getByRole("button", { name: "Show in full" }).click();
  await root.getByRole("button", { name: "Show less" }).waitFor();
  assert.deepEqual(errors, [], "no ResizeObserver loop or other error");
});
