// On a phone (390 px: a map too narrow to fan groups out, core::fan),
// overlapping markers are grouped: the three Brussels associations form a
// group a reader can open (click, or Enter from the keyboard) to reach each
// member's detail. (Wider maps fan small groups out instead:
// readable-groups.test.mjs.)
//
// At the fitted view Brussels is merged with its neighbours ("7 signatories
// in Belgium, France, Germany and the United Kingdom"). The zoom buttons zoom
// around the map's centre, so — as a reader would — we first move Europe to
// the middle with the arrow keys, then press "Zoom in" until the Brussels
// group stands on its own.

import assert from "node:assert/strict";
import { test } from "node:test";

import { OPTIONS, useWidgetPages, widget } from "./support.mjs";

const BRUSSELS = ["DIGITALEUROPE", "European Digital SME Alliance", "European Telecommunications Network Operators’ Association (ETNO)"];

const pages = useWidgetPages({ startPath: "/index.html", viewport: { width: 390, height: 844 } });

/** The map panel of the demo widget. */
const mapOf = (page) => widget(page).getByRole("group", { name: "Map of the signatories’ headquarters" });

/**
 * Presses arrow keys on the focused map until `target` is within half a
 * key step of the map's centre (horizontally and vertically).
 */
async function centreOn(page, target) {
  const map = mapOf(page);
  await map.focus();
  for (let presses = 0; presses < 40; presses++) {
    const [m, t] = [await map.boundingBox(), await target.boundingBox()];
    assert.ok(m && t, "map and target are on screen");
    const dx = t.x + t.width / 2 - (m.x + m.width / 2);
    const dy = t.y + t.height / 2 - (m.y + m.height / 2);
    if (Math.abs(dx) <= 24 && Math.abs(dy) <= 24) return;
    // ArrowRight shows what lies to the east: content moves left.
    if (Math.abs(dx) > 24) await page.keyboard.press(dx > 0 ? "ArrowRight" : "ArrowLeft");
    else await page.keyboard.press(dy > 0 ? "ArrowDown" : "ArrowUp");
  }
  assert.fail("could not centre the map on the target with the arrow keys");
}

/** Zooms towards Brussels until its own group appears; returns it. */
async function findBrusselsGroup(page) {
  const map = mapOf(page);
  const brussels = map.getByRole("button", { name: /^3 signatories in Brussels/ });
  // Whatever marker holds Brussels at this zoom: its own group, or a
  // group that names Belgium among its members' countries.
  const holder = map.getByRole("button", { name: /^\d+ signatories in (.*\b(Belgium|Brussels)\b|\d+ countries$)/ });
  for (let clicks = 0; clicks <= 5; clicks++) {
    if ((await brussels.count()) === 1) return brussels;
    assert.ok(clicks < 5, "no “3 signatories in Brussels” group after 5 zoom clicks");
    await centreOn(page, holder.first());
    await map.getByRole("button", { name: "Zoom in" }).click();
  }
  throw new Error("unreachable");
}

async function assertBrusselsListThenDetail(page, group) {
  const root = widget(page);
  assert.equal(await group.getAttribute("aria-expanded"), "true", "the group says it is open");
  const list = root.getByRole("region", { name: "3 signatories in Brussels" });
  assert.ok(await list.isVisible(), "the group's member list is shown");
  assert.ok(await list.getByRole("heading", { name: "3 signatories in Brussels" }).isVisible());
  const members = list.getByRole("listitem");
  assert.deepEqual((await members.allInnerTexts()).map((t) => t.trim()), BRUSSELS);

  await list.getByRole("button", { name: "European Digital SME Alliance", exact: true }).click();
  const detail = root.getByRole("region", { name: "European Digital SME Alliance" });
  assert.ok(await detail.isVisible(), "the chosen member's detail opens");
  assert.ok(await detail.getByText("Association", { exact: true }).isVisible());
  assert.ok(await detail.getByText("Brussels, Belgium", { exact: true }).isVisible());
  assert.ok(await detail.getByRole("link", { name: "www.digitalsme.eu" }).isVisible());
}

test("the fitted view groups what overlaps, named for a reader", OPTIONS, async () => {
  const map = mapOf(pages.page);
  assert.ok(await map.getByRole("button", { name: "2 signatories in Washington" }).isVisible());
  // Named for where their members are: Western Europe and Madrid (five
  // countries, too many to list), the Bay Area and Redmond (four cities).
  assert.ok(await map.getByRole("button", { name: "8 signatories in 5 countries" }).isVisible());
  assert.ok(await map.getByRole("button", { name: "4 signatories in the United States" }).isVisible());
  // Brussels' three are inside some group here (together, never split up).
  const names = await map.locator(".smw-marker").evaluateAll((nodes) => nodes.map((n) => n.getAttribute("aria-label")));
  assert.ok(!names.some((name) => name?.includes("Brussels")), `no single Brussels marker: ${names}`);
});

test("clicking the Brussels group lists its 3 members; choosing one opens its detail", OPTIONS, async () => {
  const { page } = pages;
  const group = await findBrusselsGroup(page);
  assert.equal(await group.getAttribute("aria-expanded"), "false");
  assert.equal((await group.textContent())?.trim(), "3", "the group shows its count");
  await group.click();
  await assertBrusselsListThenDetail(page, group);
});

test("Enter on the focused Brussels group opens it too", OPTIONS, async () => {
  const { page } = pages;
  const group = await findBrusselsGroup(page);
  await group.focus();
  await page.keyboard.press("Enter");
  await assertBrusselsListThenDetail(page, group);
});

test("“Close the group” closes the member list", OPTIONS, async () => {
  const { page } = pages;
  const group = await findBrusselsGroup(page);
  await group.click();
  const list = widget(page).getByRole("region", { name: "3 signatories in Brussels" });
  assert.ok(await list.isVisible());
  await list.getByRole("button", { name: "Close the group" }).click();
  assert.equal(await list.count(), 0);
  assert.equal(await group.getAttribute("aria-expanded"), "false");
});

test("the demo page stays free of errors while groups are used", OPTIONS, async () => {
  const { page, consoleErrors, pageErrors } = pages.session;
  const group = await findBrusselsGroup(page);
  await group.click();
  await widget(page).getByRole("button", { name: "DIGITALEUROPE", exact: true }).click();
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual(pageErrors, []);
});
