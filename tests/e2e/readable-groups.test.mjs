// Groups a reader can read (issue 18 §2). On a map 600, 900 or 1200 px
// wide, every signatory of the built-in dataset has a marker of its own,
// visible and under no other, with a line to its city where it had to be
// moved aside (core::fan); on a phone groups remain, and their names say
// where their members are (core::group_name), in English and Lithuanian.
//
// Map widths: tests/fixtures/layout-widths.html, whose #frame we widen
// until the map itself measures the width (the list sits beside it).

import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";

import { OPTIONS, ROOT, animationsSettled, useWidgetPages, waitForData, widget } from "./support.mjs";

const IDS = [
  "council-of-europe", "kaspersky-lab", "apple", "deutsche-telekom", "facebook", "google", "microsoft", "orange",
  "telefonica", "ccia", "digitaleurope", "european-digital-sme-alliance", "etno", "gsma", "gni",
].sort();

const pages = useWidgetPages({ viewport: { width: 1400, height: 1000 } });

/** Opens the widths fixture with a map `mapWidth` px wide; returns the root and the map's size. */
async function openWithMapWidth(mapWidth) {
  const root = await pages.open("/tests/fixtures/layout-widths.html");
  const { page } = pages;
  const measure = () => root.locator(".smw-map").evaluate((map) => [map.clientWidth, map.clientHeight]);
  let frame = mapWidth;
  for (let tries = 0; tries < 8; tries++) {
    await page.evaluate((w) => (/** @type {HTMLElement} */ (document.getElementById("frame")).style.width = `${w}px`), frame);
    await animationsSettled(page);
    await waitForData(root);
    const [width] = await measure();
    if (Math.abs(width - mapWidth) <= 1) break;
    frame += mapWidth - width;
  }
  await waitForData(root);
  await animationsSettled(page);
  const [width, height] = await measure();
  assert.ok(Math.abs(width - mapWidth) <= 1, `the map is ${width} px wide, not ${mapWidth}`);
  return { root, width, height };
}

/**
 * Every drawn marker: its id, its centre, whether the point at its centre
 * belongs to it (nothing drawn over it), and whether a leader line ends there.
 */
function markersSeen(root) {
  return root.evaluate((smw) => {
    /** A leader's `d` ("M ax ay L mx my") as [ax, ay, mx, my]. */
    const leaderEnds = (l) => (l.getAttribute("d") ?? "").match(/-?[\d.]+/g)?.map(Number) ?? [];
    const shadow = /** @type {ShadowRoot} */ (smw.getRootNode());
    const map = /** @type {Element} */ (smw.querySelector(".smw-map")).getBoundingClientRect();
    const ends = [...smw.querySelectorAll(".smw-leader")].map((l) => leaderEnds(l).slice(2));
    const svg = /** @type {SVGSVGElement} */ (smw.querySelector(".smw-map-svg")).getBoundingClientRect();
    return [...smw.querySelectorAll(".smw-marker, .smw-group-marker")].map((marker) => {
      const hit = /** @type {Element} */ (marker.querySelector(".smw-hit")).getBoundingClientRect();
      const [x, y] = [hit.left + hit.width / 2, hit.top + hit.height / 2];
      const at = shadow.elementFromPoint(x, y);
      const [sx, sy] = [x - svg.left, y - svg.top];
      return {
        id: marker.getAttribute("data-id") ?? marker.getAttribute("aria-label"),
        x, y,
        inMap: x >= map.left && x <= map.right && y >= map.top && y <= map.bottom,
        onTop: !!at && marker.contains(at),
        led: ends.some(([ex, ey]) => Math.hypot(ex - sx, ey - sy) < 1),
      };
    });
  });
}

/** Problems with "each signatory its own visible marker, none hidden under another". */
function problemsOf(seen, expectedIds = IDS) {
  const problems = [];
  const ids = seen.map((m) => m.id).sort();
  if (JSON.stringify(ids) !== JSON.stringify(expectedIds)) problems.push(`drawn: ${ids.join(", ")}`);
  for (const m of seen) {
    if (!m.inMap) problems.push(`${m.id} is outside the map`);
    if (!m.onTop) problems.push(`${m.id} is covered`);
  }
  for (let i = 0; i < seen.length; i++)
    for (const b of seen.slice(i + 1)) {
      const gap = Math.hypot(seen[i].x - b.x, seen[i].y - b.y);
      if (gap < 23.5) problems.push(`${seen[i].id} and ${b.id} are ${gap.toFixed(1)} px apart`);
    }
  return problems;
}

for (const mapWidth of [600, 900, 1200]) {
  test(`${mapWidth} px map: every signatory has its own visible marker, Brussels' three point to Brussels`, OPTIONS, async () => {
    const { root } = await openWithMapWidth(mapWidth);
    assert.equal(await root.locator(".smw-group-marker").count(), 0, "no group disc at rest");
    const seen = await markersSeen(root);
    assert.deepEqual(problemsOf(seen), []);
    for (const id of ["digitaleurope", "european-digital-sme-alliance", "etno", "ccia", "gni"]) {
      assert.ok(seen.find((m) => m.id === id)?.led, `${id} has a line to its city`);
    }
    // One Tab stop for all the markers, and each is named for a reader.
    assert.equal(await root.locator('.smw-marker[tabindex="0"]').count(), 1);
    assert.ok(await root.getByRole("button", { name: "GSMA, association, London, United Kingdom" }).isVisible());
  });
}

test("900 px map: a fanned marker opens its detail; arrows move between markers; zoom and reset keep every marker apart", OPTIONS, async () => {
  const { root } = await openWithMapWidth(900);
  const { page } = pages;
  await root.locator('.smw-marker[data-id="etno"]').click();
  const detail = root.getByRole("region", { name: /ETNO/ });
  assert.ok(await detail.getByText("Brussels, Belgium", { exact: true }).isVisible());
  await page.keyboard.press("Escape");
  await root.locator(".smw-detail").waitFor({ state: "detached" });

  const focused = () => root.evaluate((smw) => /** @type {ShadowRoot} */ (smw.getRootNode()).activeElement?.getAttribute("data-id"));
  await root.locator('.smw-marker[data-id="orange"]').focus();
  await page.keyboard.press("ArrowRight");
  const next = await focused();
  assert.ok(next && next !== "orange", `ArrowRight moved from Orange to another marker (${next})`);

  // Brussels to the middle with the arrow keys (48 px a press), then zoom in.
  const map = root.getByRole("group", { name: "Map of the signatories’ headquarters" });
  const offset = await root.evaluate((smw) => {
    const box = /** @type {SVGSVGElement} */ (smw.querySelector(".smw-map-svg")).viewBox.baseVal;
    const [, x, y] = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(smw.querySelector('.smw-marker[data-id="etno"]')?.getAttribute("transform") ?? "") ?? [];
    const ends = [...smw.querySelectorAll(".smw-leader")].map((l) => (l.getAttribute("d") ?? "").match(/-?[\d.]+/g)?.map(Number) ?? []);
    const line = ends.find((e) => e[2] === Number(x) && e[3] === Number(y)) ?? [];
    return [line[0] - box.width / 2, line[1] - box.height / 2];
  });
  assert.ok(offset.every(Number.isFinite), "ETNO's line leads to Brussels");
  await map.focus();
  for (let i = 0; i < Math.round(Math.abs(offset[0]) / 48); i++) await page.keyboard.press(offset[0] > 0 ? "ArrowRight" : "ArrowLeft");
  for (let i = 0; i < Math.round(Math.abs(offset[1]) / 48); i++) await page.keyboard.press(offset[1] > 0 ? "ArrowDown" : "ArrowUp");
  for (let i = 0; i < 3; i++) await map.getByRole("button", { name: "Zoom in" }).click();
  await animationsSettled(page);
  // Zoomed in, markers just past the edge are drawn too: judge those inside.
  const inside = async () => (await markersSeen(root)).filter((m) => m.inMap);
  const zoomed = await inside();
  const zoomedProblems = problemsOf(zoomed, zoomed.map((m) => m.id).sort());
  assert.deepEqual(zoomedProblems, [], "zoomed in, what is drawn is still apart and uncovered");
  assert.ok(zoomed.length >= 3 && zoomed.every((m) => !m.id?.includes("signatories")), `zoomed in: no group (${zoomed.map((m) => m.id)})`);

  await map.focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowLeft");
  await animationsSettled(page);
  const panned = await inside();
  assert.deepEqual(problemsOf(panned, panned.map((m) => m.id).sort()), [], "panned, the same");

  await map.getByRole("button", { name: "Reset the view" }).click();
  await animationsSettled(page);
  assert.deepEqual(problemsOf(await markersSeen(root)), [], "back at rest, all fifteen again");
});

test("900 px map: axe finds no violation in English or Lithuanian", OPTIONS, async () => {
  const { root } = await openWithMapWidth(900);
  const { page } = pages;
  await page.addScriptTag({ path: join(ROOT, "node_modules", "axe-core", "axe.min.js") });
  for (const lang of ["en", "lt"]) {
    if (lang === "lt") {
      await root.getByRole("button", { name: "Lietuvių", exact: true }).click();
      await page.locator('signatory-map .smw[lang="lt"]').waitFor();
      assert.ok(await root.getByRole("button", { name: "„GSMA“, asociacija, Londonas, Jungtinė Karalystė" }).isVisible());
    }
    await animationsSettled(page);
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document.querySelector("signatory-map"), {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"] },
      });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    });
    assert.deepEqual(violations, [], lang);
  }
});

test("390 px: groups remain, named for the places of their members, in English and Lithuanian", OPTIONS, async () => {
  await pages.page.setViewportSize({ width: 390, height: 844 });
  const root = await pages.open("/tests/fixtures/host-clean.html");
  const names = () => root.locator(".smw-group-marker").evaluateAll((nodes) => nodes.map((n) => n.getAttribute("aria-label") ?? ""));
  const en = await names();
  assert.ok(en.length >= 2, `groups remain on a phone: ${en.join(" | ")}`);
  assert.ok(en.every((n) => /^\d+ signatories in \S/.test(n) && !/ near /.test(n)), en.join(" | "));
  const europe = en.find((n) => n.includes("United Kingdom"));
  assert.ok(europe, `London's group names its country: ${en.join(" | ")}`);
  assert.match(europe, /Belgium, .*France.* and |Belgium, .*Germany.* and /, "and the other countries of its members");
  assert.ok(en.includes("2 signatories in Washington"));
  assert.ok(en.includes("3 signatories in Cupertino, Menlo Park and Mountain View") || en.some((n) => n.includes("United States")), en.join(" | "));

  await root.getByRole("button", { name: "Lietuvių", exact: true }).click();
  await pages.page.locator('signatory-map .smw[lang="lt"]').waitFor();
  const lt = await names();
  assert.ok(lt.every((n) => /^\d+ signatar(as|ai|ų): \S/.test(n)), lt.join(" | "));
  assert.ok(lt.some((n) => n.includes("Jungtinė Karalystė") && n.includes("Belgija")), lt.join(" | "));
  assert.ok(lt.includes("2 signatarai: Vašingtonas"), lt.join(" | "));

  // Opening a group: its heading is its name.
  await root.getByRole("button", { name: "2 signatarai: Vašingtonas" }).click();
  assert.ok(await root.getByRole("heading", { name: "2 signatarai: Vašingtonas" }).isVisible());
});
