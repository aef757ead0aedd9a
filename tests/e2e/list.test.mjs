// The list of signatories (the map's accessible twin) and the detail of one
// signatory, by mouse and by keyboard alone.

import assert from "node:assert/strict";
import { test } from "node:test";

import { OPTIONS, listItems, useWidgetPages, widget } from "./support.mjs";

const AREAS = [
  "The protection of children against sexual exploitation and abuse",
  "Freedom of expression online",
  "The right to privacy and the protection of personal data",
  "Education for democratic citizenship",
  "Gender equality online",
  "Countering cybercrime and terrorism",
  "Culture and digitization",
];

const pages = useWidgetPages({ startPath: "/index.html" });

async function assertTelekomDetail(root) {
  const detail = root.getByRole("region", { name: "Deutsche Telekom", exact: true });
  assert.ok(await detail.isVisible(), "the detail region is shown");
  assert.ok(await detail.getByRole("heading", { name: "Deutsche Telekom", exact: true }).isVisible());
  assert.ok(await detail.getByText("Company", { exact: true }).isVisible());
  assert.ok(await detail.getByText("Bonn, Germany", { exact: true }).isVisible());
  // Every signatory has the same areas: they are the agreement's, listed
  // once above the map, not repeated as this signatory's own pledge.
  assert.equal(await detail.getByRole("list").count(), 0, "no list of areas in the detail");
  assert.equal(await detail.getByText(AREAS[1]).count(), 0);
  const link = detail.getByRole("link", { name: "www.telekom.com", exact: true });
  assert.ok(await link.isVisible());
  assert.equal(await link.getAttribute("href"), "https://www.telekom.com/");
  assert.match((await link.getAttribute("rel")) ?? "", /(^|\s)noopener(\s|$)/);
  return detail;
}

test("the list has the 15 signatories, in English", OPTIONS, async () => {
  const items = listItems(widget(pages.page));
  assert.equal(await items.count(), 15);
  const names = await items.locator(".smw-list-name").allInnerTexts();
  assert.equal(new Set(names).size, 15, "15 different names");
  assert.equal(names[0], "Council of Europe");
  assert.ok(names.includes("Kaspersky Lab") && names.includes("Global Network Initiative (GNI)"));
  assert.ok(await items.getByText("Company · Bonn, Germany", { exact: true }).isVisible());
});

test("clicking “Deutsche Telekom” opens its detail; “Close the details” closes it", OPTIONS, async () => {
  const root = widget(pages.page);
  const entry = listItems(root).getByRole("button", { name: /^Deutsche Telekom/ });
  await entry.click();
  const detail = await assertTelekomDetail(root);
  assert.equal(await entry.getAttribute("aria-current"), "true", "the list marks the open entry");

  await detail.getByRole("button", { name: "Close the details", exact: true }).click();
  assert.equal(await detail.count(), 0, "the detail is gone");
  assert.equal(await entry.getAttribute("aria-current"), null);
  assert.equal(await listItems(root).count(), 15, "the list is still all there");
});

/** What has keyboard focus, looking through shadow roots. */
function focused(page) {
  return page.evaluate(() => {
    let element = document.activeElement;
    let inWidget = false;
    while (element?.shadowRoot?.activeElement) {
      element = element.shadowRoot.activeElement;
      inWidget = true;
    }
    const name = element?.getAttribute("aria-label") || element?.textContent?.trim() || "";
    return { inWidget, name: name.replace(/\s+/g, " ") };
  });
}

test("keyboard only: Tab reaches the language toggle, the areas, map and list; Enter opens a detail", OPTIONS, async () => {
  const { page } = pages;
  const root = widget(page);
  // Start from the article, as a reader who has been reading it.
  await page.getByRole("heading", { level: 1 }).click();
  /** @type {string[]} */ const visited = [];
  for (let presses = 0; presses < 80; presses++) {
    await page.keyboard.press("Tab");
    const now = await focused(page);
    if (now.inWidget) visited.push(now.name);
    if (now.name.startsWith("Deutsche Telekom")) break;
  }
  const at = (predicate, what) => {
    const index = visited.findIndex(predicate);
    assert.ok(index >= 0, `Tab never reached ${what}; visited: ${visited.join(" | ")}`);
    return index;
  };
  const english = at((n) => n === "English", "the language toggle (English)");
  const lithuanian = at((n) => n === "Lietuvių", "the language toggle (Lietuvių)");
  // No filter here (every signatory has the same areas): the list of the
  // areas is one stop, so keys can scroll it.
  const areas = at((n) => n.startsWith("Areas of cooperation"), "the areas of cooperation");
  const map = at((n) => n === "Map of the signatories’ headquarters", "the map");
  const zoom = at((n) => n === "Zoom in", "the zoom buttons");
  const first = at((n) => n.startsWith("Council of Europe") && n.includes("Institution · Strasbourg"), "the list");
  const telekom = at((n) => n.startsWith("Deutsche Telekom"), "Deutsche Telekom in the list");
  assert.equal(english, 0, "the widget's first stop is the language toggle");
  assert.ok(english < lithuanian && lithuanian < areas && areas < map && map < zoom, visited.join(" | "));
  assert.ok(zoom < first && first < telekom, visited.join(" | "));

  await page.keyboard.press("Enter");
  await assertTelekomDetail(root);
});

test(
  "closing the detail from the keyboard gives focus back to the list entry",
  OPTIONS,
  async () => {
    const { page } = pages;
    const root = widget(page);
    const entry = listItems(root).getByRole("button", { name: /^Deutsche Telekom/ });
    await entry.focus();
    await page.keyboard.press("Enter");
    await root.getByRole("button", { name: "Close the details", exact: true }).focus();
    await page.keyboard.press("Enter");
    assert.equal(await root.getByRole("region", { name: "Deutsche Telekom", exact: true }).count(), 0);
    assert.ok(await entry.evaluate((element) => element.getRootNode().activeElement === element), "focus is on the entry");
  },
);
