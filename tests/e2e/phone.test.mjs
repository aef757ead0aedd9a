// On a phone the open detail sits over the map's lower part. Choosing a
// signatory in the list must still show its marker — moved out from under
// the panel — and the zoom buttons stay uncovered.

import assert from "node:assert/strict";
import { test } from "node:test";

import { OPTIONS, useWidgetPages, waitForData } from "./support.mjs";

/** Four signatories spread from north to south, so most sit low on the fitted map. */
const SPREAD = {
  version: 1,
  agreement: { title: { en: "Four corners" }, date: "2020-01-01" },
  areas: [{ id: "a", label: { en: "The area" } }],
  signatories: [
    ["oslo", "Oslo Org", "Oslo", "NO", 59.91, 10.75],
    ["vilnius", "Vilnius Org", "Vilnius", "LT", 54.69, 25.28],
    ["rome", "Rome Org", "Rome", "IT", 41.9, 12.5],
    ["lisbon", "Lisbon Org", "Lisbon", "PT", 38.72, -9.14],
  ].map(([id, name, city, country, lat, lon]) => ({
    id, name: { en: name }, kind: "company", city: { en: city }, country, lat, lon, areas: ["a"],
    url: `https://example.org/${id}`,
  })),
};

const pages = useWidgetPages({ viewport: { width: 340, height: 800 } });

test("340 px: choosing each signatory in the list shows its marker above the open detail; zoom buttons stay clear", OPTIONS, async () => {
  const { page } = pages;
  const root = await pages.open("/tests/fixtures/host-clean.html");
  await page.locator("signatory-map").evaluate((element, data) => (/** @type {any} */ (element).data = data), SPREAD);
  await root.locator(".smw-status").filter({ hasText: /^4 signatories$/ }) // one area for all: no filter.waitFor();
  await waitForData(root);
  const problems = [];
  for (const { id } of SPREAD.signatories) {
    await root.locator(`.smw-list .smw-list-item[data-id="${id}"]`).click();
    await root.locator(".smw-detail").waitFor();
    await page.waitForTimeout(100);
    const seen = await root.evaluate((smw, id) => {
      const shadow = /** @type {ShadowRoot} */ (smw.getRootNode());
      const visibleAt = (element, target = element) => {
        const rect = target.getBoundingClientRect();
        const at = shadow.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
        return !!at && (at === element || element.contains(at));
      };
      const marker = smw.querySelector(`.smw-marker[data-id="${id}"]`) ?? smw.querySelector(".smw-group-marker.is-selected");
      return {
        // At the centre of its hit circle: the marker (or something drawn in it).
        marker: marker ? visibleAt(marker, marker.querySelector(".smw-hit") ?? marker) : null,
        zoom: [...smw.querySelectorAll(".smw-zoom button")].map((button) => visibleAt(button)),
      };
    }, id);
    if (seen.marker !== true) problems.push(`${id}: the marker is ${seen.marker === null ? "not drawn" : "covered"}`);
    if (seen.zoom.length !== 3 || seen.zoom.includes(false)) problems.push(`${id}: zoom buttons visible ${JSON.stringify(seen.zoom)}`);
    await root.getByRole("button", { name: "Close the details", exact: true }).click();
  }
  assert.deepEqual(problems, []);
});
