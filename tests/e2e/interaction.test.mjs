// Map interaction as a reader does it, with a mouse, a finger and a
// keyboard: the page's wheel keeps scrolling the article (a hint says how to
// zoom), Ctrl+wheel, drag, double-click, touch drag, pinch and double-tap
// move the map, a vertical swipe scrolls the page; markers are one Tab stop
// moved with the arrows; Escape returns focus to what opened a panel; the
// list and the map keep each other in view.

import assert from "node:assert/strict";
import { test } from "node:test";

import { OPTIONS, basemapView, listItems, mapBackgroundPoint, useWidgetPages, widget } from "./support.mjs";

const pages = useWidgetPages({ startPath: "/index.html" });

const mapOf = (page) => widget(page).locator(".smw-map");

/** The basemap's current scale and offset. */
const view = (page) => basemapView(widget(page));

/**
 * A point on the map's background (water or land, not a marker or button),
 * low on the map first, with the map scrolled to the middle of the window.
 */
async function backgroundPoint(page) {
  await mapOf(page).evaluate((map) => map.scrollIntoView({ block: "center" }));
  return mapBackgroundPoint(mapOf(page), { rows: [0.85, 0.6, 0.3, 0.15], columns: [0.5, 0.35, 0.65, 0.2] });
}

/** Polls the view until `done(view)` holds (Yew renders asynchronously). */
async function waitForView(page, done, timeout = 3000) {
  const until = Date.now() + timeout;
  let current = await view(page);
  while (!done(current) && Date.now() < until) {
    await settle(page);
    current = await view(page);
  }
  return current;
}

const scrollY = (page) => page.evaluate(() => window.scrollY);

/** Lets Yew render and the browser paint. */
const settle = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));

test("a wheel over the map scrolls the article, leaves the map alone and says how to zoom", OPTIONS, async () => {
  const { page } = pages;
  const start = await view(page);
  const { x, y } = await backgroundPoint(page);
  await page.mouse.move(x, y);
  const before = await scrollY(page);
  await page.mouse.wheel(0, 240);
  // The hint first: it only stays up 1.6 s, and a loaded machine is slow.
  await page.waitForFunction(
    () => document.querySelector("signatory-map").shadowRoot.querySelector(".smw-wheel-hint.is-shown"),
    null,
    { timeout: 3000 },
  );
  const hint = widget(page).locator(".smw-wheel-hint");
  assert.match(await hint.innerText(), /^Hold (Ctrl|⌘) and scroll to zoom the map$/);
  await page.waitForFunction((b) => window.scrollY > b, before);
  await settle(page);
  assert.deepEqual(await view(page), start, "the map did not zoom or move");
  await page.waitForFunction(
    () => !document.querySelector("signatory-map").shadowRoot.querySelector(".smw-wheel-hint.is-shown"),
    null,
    { timeout: 4000 },
  );
});

test("Ctrl + wheel zooms in at the pointer without scrolling the page", OPTIONS, async () => {
  const { page } = pages;
  const start = await view(page);
  const { x, y } = await backgroundPoint(page);
  await page.mouse.move(x, y);
  const box = await mapOf(page).boundingBox();
  const local = { x: x - box.x, y: y - box.y };
  const under = { x: (local.x - start.x) / start.k, y: (local.y - start.y) / start.k };
  const before = await scrollY(page);
  await page.keyboard.down("Control");
  await page.mouse.wheel(0, -300);
  await page.keyboard.up("Control");
  // The browser may deliver the wheel in several events: wait for them all.
  const zoomed = await waitForView(page, (v) => v.k >= start.k * 1.99);
  assert.ok(zoomed.k > start.k * 1.5, `zoomed in: ${start.k} → ${zoomed.k}`);
  assert.equal(await scrollY(page), before, "the page did not scroll");
  const now = { x: under.x * zoomed.k + zoomed.x, y: under.y * zoomed.k + zoomed.y };
  assert.ok(Math.hypot(now.x - local.x, now.y - local.y) < 2, "what was under the pointer stays under it");
});

test("a mouse drag pans the map; a double-click zooms in there", OPTIONS, async () => {
  const { page } = pages;
  const { x, y } = await backgroundPoint(page);
  const start = await view(page);
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x - 60, y - 20, { steps: 6 });
  await page.mouse.up();
  const panned = await waitForView(page, (v) => Math.abs(v.x - start.x + 60) < 1);
  assert.ok(Math.abs(panned.x - start.x + 60) < 1 && Math.abs(panned.y - start.y + 20) < 1, JSON.stringify({ start, panned }));
  assert.equal(panned.k, start.k);

  const point = await backgroundPoint(page);
  await page.mouse.dblclick(point.x, point.y);
  const doubled = await waitForView(page, (v) => v.k !== panned.k);
  assert.ok(Math.abs(doubled.k / panned.k - 2) < 1e-6, "double-click doubles the zoom");
});

test("the + and − buttons and the keyboard zoom, pan and reset", OPTIONS, async () => {
  const { page } = pages;
  const root = widget(page);
  const start = await view(page);
  await root.getByRole("button", { name: "Zoom in" }).click();
  assert.equal((await waitForView(page, (v) => v.k !== start.k)).k, start.k * 2);
  await root.getByRole("button", { name: "Zoom out" }).click();
  assert.equal((await waitForView(page, (v) => v.k !== start.k * 2)).k, start.k);
  await mapOf(page).focus();
  await page.keyboard.press("+");
  await page.keyboard.press("ArrowRight");
  const moved = await waitForView(page, (v) => v.k === start.k * 2 && v.x !== start.x * 2);
  assert.equal(moved.k, start.k * 2);
  await page.keyboard.press("0");
  assert.deepEqual(await waitForView(page, (v) => v.k === start.k), start, "0 resets the view");
});

test("Tab reaches the language toggle and the areas within 3 stops; markers are one stop", OPTIONS, async () => {
  const { page } = pages;
  const active = () =>
    page.evaluate(() => {
      const e = document.querySelector("signatory-map").shadowRoot.activeElement;
      return e ? e.getAttribute("aria-label") || e.textContent.trim() : null;
    });
  await page.locator("figure.embed").first().evaluate((f) => f.previousElementSibling.setAttribute("tabindex", "-1"));
  await page.locator("figure.embed").first().evaluate((f) => f.previousElementSibling.focus());
  const stops = [];
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press("Tab");
    stops.push(await active());
  }
  assert.deepEqual(stops.slice(0, 2), ["English", "Lietuvių"]);
  // The demo's areas are everyone's: listed (one stop, to scroll it), no toggles.
  assert.match(stops[2], /^Areas of cooperation/);

  // From the map, Tab lands on one marker, and Tab again leaves the markers.
  await mapOf(page).focus();
  await page.keyboard.press("Tab");
  const marker = await active();
  assert.ok(await page.evaluate(() => document.querySelector("signatory-map").shadowRoot.activeElement.matches("[data-key]")), `on a marker: ${marker}`);
  await page.keyboard.press("Tab");
  assert.equal(await active(), "Zoom in", "the other markers are not Tab stops");
});

test("arrow keys move between markers, Enter opens one, Escape returns to it", OPTIONS, async () => {
  const { page } = pages;
  const keyOfActive = () =>
    page.evaluate(() => document.querySelector("signatory-map").shadowRoot.activeElement?.getAttribute("data-key") ?? null);
  await mapOf(page).focus();
  await page.keyboard.press("Tab");
  const first = await keyOfActive();
  const visited = new Set([first]);
  for (const key of ["ArrowRight", "ArrowRight", "ArrowDown", "ArrowLeft", "End", "Home"]) {
    await page.keyboard.press(key);
    await settle(page);
    visited.add(await keyOfActive());
  }
  assert.ok(!visited.has(null), "focus stays on markers");
  assert.ok(visited.size >= 3, `arrows visit several markers: ${[...visited]}`);
  const start = await view(page);
  assert.deepEqual(await view(page), start, "arrows on a marker do not pan the map");

  // A single marker (not a group): open it and come back with Escape.
  await page.keyboard.press("End");
  await settle(page);
  let key = await keyOfActive();
  // Any direction: which markers are grouped depends on the map's size.
  for (let i = 0; i < 12 && key.includes("+"); i++) {
    await page.keyboard.press(["ArrowLeft", "ArrowUp", "ArrowRight", "ArrowDown"][i % 4]);
    await settle(page);
    key = await keyOfActive();
  }
  assert.ok(!key.includes("+"), "found a single marker");
  await page.keyboard.press("Enter");
  await settle(page);
  const heading = await page.evaluate(() => document.querySelector("signatory-map").shadowRoot.activeElement?.className);
  assert.match(heading, /smw-detail-name/, "focus moved into the detail");
  await page.keyboard.press("Escape");
  await settle(page);
  assert.equal(await widget(page).locator(".smw-detail").count(), 0, "Escape closed the detail");
  assert.equal(await keyOfActive(), key, "focus is back on the marker that opened it");
});

test("choosing in the list brings the marker into view; choosing on the map scrolls the list", OPTIONS, async () => {
  const { page } = pages;
  const root = widget(page);
  // Zoom far into Europe: Apple (Cupertino) is off-screen.
  const zoomIn = root.getByRole("button", { name: "Zoom in" });
  for (let i = 0; i < 4; i++) await zoomIn.click();
  const apple = root.locator('.smw-marker[data-id="apple"], .smw-group-marker');
  const mapBox = await mapOf(page).boundingBox();
  const inside = (b) => b && b.x >= mapBox.x && b.y >= mapBox.y && b.x + b.width <= mapBox.x + mapBox.width && b.y + b.height <= mapBox.y + mapBox.height;
  await listItems(root).getByRole("button", { name: /^Apple/ }).click();
  await settle(page);
  const holder = root.locator('.smw-marker[data-id="apple"], .smw-group-marker.is-selected');
  assert.equal(await holder.count(), 1, "Apple's marker (or its group) is drawn and highlighted");
  assert.ok(inside(await holder.boundingBox()), "and inside the map");
  assert.ok((await apple.count()) >= 1);
  await page.keyboard.press("Escape");

  // Back to the fitted view; pick the last single marker in the list's order.
  await root.getByRole("button", { name: "Reset the view" }).click();
  const list = root.getByRole("list", { name: "Signatories", exact: true });
  await list.evaluate((l) => (l.scrollTop = 0));
  const ids = await root.locator(".smw-marker").evaluateAll((ms) => ms.map((m) => m.getAttribute("data-id")));
  const order = await list.locator(".smw-list-item").evaluateAll((items) => items.map((i) => i.getAttribute("data-id")));
  const last = ids.sort((a, b) => order.indexOf(b) - order.indexOf(a))[0];
  const entry = list.locator(`.smw-list-item[data-id="${last}"]`);
  const listBox = await list.boundingBox();
  const pageY = await scrollY(page);
  await root.locator(`.smw-marker[data-id="${last}"]`).click();
  await settle(page);
  const entryBox = await entry.boundingBox();
  assert.ok(
    entryBox && entryBox.y >= listBox.y - 1 && entryBox.y + entryBox.height <= listBox.y + listBox.height + 1,
    `the list scrolled to ${last}: ${JSON.stringify({ entryBox, listBox })}`,
  );
  assert.equal(await entry.getAttribute("aria-current"), "true");
  assert.equal(await scrollY(page), pageY, "the page itself did not scroll");
});

test("Escape unwinds group → member detail → group → marker, and list → detail → list", OPTIONS, async () => {
  const { page } = pages;
  const root = widget(page);
  const active = () =>
    page.evaluate(() => {
      const e = document.querySelector("signatory-map").shadowRoot.activeElement;
      return e ? `${e.getAttribute("class")}|${e.getAttribute("data-key") ?? e.getAttribute("data-id") ?? ""}` : null;
    });
  // Groups remain on a phone-wide map (wider ones fan them out, core::fan).
  await page.setViewportSize({ width: 390, height: 844 });
  const group = root.locator(".smw-group-marker").first();
  const groupKey = await group.getAttribute("data-key");
  await group.focus();
  await page.keyboard.press("Enter");
  await settle(page);
  assert.match(await active(), /^smw-group-title/, "focus moved into the group");
  const member = root.locator(".smw-group-members .smw-list-item").first();
  const memberId = await member.getAttribute("data-id");
  await member.focus();
  await page.keyboard.press("Enter");
  await settle(page);
  assert.match(await active(), /^smw-detail-name/);
  await page.keyboard.press("Escape");
  await settle(page);
  assert.equal(await active(), `smw-list-item|${memberId}`, "back on the member, in the group");
  await page.keyboard.press("Escape");
  await settle(page);
  assert.equal(await root.locator(".smw-group").count(), 0, "the group closed");
  assert.match(await active(), new RegExp(`^smw-group-marker.*\\|${groupKey.replace(/[+]/g, "\\+")}$`), "back on the group marker");

  const entry = listItems(root).getByRole("button", { name: /^Orange/ });
  await entry.focus();
  await page.keyboard.press("Enter");
  await settle(page);
  assert.match(await active(), /^smw-detail-name/);
  await page.keyboard.press("Escape");
  await settle(page);
  assert.equal(await active(), "smw-list-item|orange", "back on the list entry");
});

test("the page stays free of errors through all of it", OPTIONS, async () => {
  const { consoleErrors, pageErrors } = pages.session;
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual(pageErrors, []);
});
