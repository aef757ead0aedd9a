// Layout and visual checks that roles and names cannot catch:
//
//   - no layout shift (CLS exactly 0) while the demo page loads the widget,
//     at a desktop and a phone viewport: an embed must reserve its height;
//   - at container widths 320…1200 px: nothing overflows sideways, every
//     button is at least 24×24 CSS px (WCAG 2.2 SC 2.5.8, minimum rule,
//     without the spacing exception), the map is at least 200 px tall and
//     the list can be reached and used;
//   - a widget that starts inside a display:none tab panel sizes its map
//     once shown (viewBox = box, markers inside the box);
//   - themes: light / dark / auto differ and follow prefers-color-scheme;
//     a host page can override a colour custom property;
//   - non-text contrast (WCAG 1.4.11, 3:1) of the marker symbols and the
//     focus ring against land and water, in both themes (table printed);
//   - screenshots at 320 and 1280 px, English / Lithuanian, light / dark
//     (tests/artifacts/widget-<width>-<lang>-<theme>.png);
//   - prefers-reduced-motion: reduce stops every transition and animation.
//
// Fixtures: tests/fixtures/layout-widths.html (a #frame whose width a test
// sets) and tests/fixtures/layout-hidden.html (a hidden tab panel).

import assert from "node:assert/strict";
import { existsSync, mkdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";

import { OPTIONS, ROOT, animationsSettled, listItems, useWidgetPages, waitForData, widget } from "./support.mjs";

const ARTIFACTS = join(ROOT, "tests", "artifacts");

const pages = useWidgetPages();

/** Waits for a few frames (ResizeObserver → re-render → paint) and for transitions to end. */
async function settled(page) {
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        let frames = 3;
        const tick = () => (--frames === 0 ? resolve(undefined) : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
  );
  await animationsSettled(page);
}

// ---------------------------------------------------------------- CLS

for (const { path, ...viewport } of [
  { width: 1280, height: 900, path: "/index.html" },
  { width: 390, height: 844, path: "/index.html" },
  // The widget in view from the start, with host text below it.
  { width: 390, height: 844, path: "/fixtures/varied.html" },
]) {
  test(`no layout shift while ${path} loads the widget, ${viewport.width}×${viewport.height}`, OPTIONS, async (t) => {
    const { page } = pages;
    await page.setViewportSize(viewport);
    await page.addInitScript(() => {
      /** @type {{ value: number, sources: unknown[] }[]} */
      const shifts = [];
      Object.defineProperty(window, "__layoutShifts", { value: shifts });
      new PerformanceObserver((list) => {
        for (const entry of /** @type {any[]} */ (list.getEntries())) {
          if (entry.hadRecentInput) continue;
          shifts.push({ value: entry.value, sources: entry.sources ?? [] });
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    await pages.open(path);
    await page.waitForTimeout(1000);
    if (path !== "/index.html") {
      const top = (await page.locator("signatory-map").first().boundingBox())?.y ?? Infinity;
      assert.ok(top < viewport.height / 2, `the widget starts in view (y ${top}), so a shift would count`);
    }
    const shifts = await page.evaluate(() => {
      const name = (node) => {
        if (!node) return "?";
        if (node.nodeType !== 1) return node.nodeName;
        const cls = (node.getAttribute("class") ?? "").trim();
        const label = (node.getAttribute("aria-label") || node.textContent || "").trim().slice(0, 30);
        return `${node.localName}${cls ? `.${cls.split(/\s+/).join(".")}` : ""}${label ? ` “${label}”` : ""}`;
      };
      return /** @type {any} */ (window).__layoutShifts.map((s) => ({
        value: s.value,
        sources: s.sources.map(
          (src) =>
            `${name(src.node)}: y ${src.previousRect.y} → ${src.currentRect.y}, ` +
            `height ${src.previousRect.height} → ${src.currentRect.height}`,
        ),
      }));
    });
    const cls = shifts.reduce((sum, s) => sum + s.value, 0);
    t.diagnostic(`CLS ${viewport.width}×${viewport.height}: ${cls}`);
    for (const s of shifts) t.diagnostic(`  shift ${s.value.toFixed(5)}: ${s.sources.join("; ")}`);
    assert.equal(cls, 0, `cumulative layout shift is ${cls} at ${viewport.width}×${viewport.height}`);
  });
}

// ---------------------------------------------------------------- widths

/** Measures, inside the shadow root, what the width checks need. */
function measureLayout(page) {
  return page.evaluate(() => {
    const shadow = /** @type {ShadowRoot} */ (document.querySelector("signatory-map")?.shadowRoot);
    const smw = /** @type {HTMLElement} */ (shadow.querySelector(".smw"));
    const map = /** @type {HTMLElement} */ (shadow.querySelector(".smw-map"));
    const name = (el) =>
      `${el.localName}.${(el.getAttribute("class") ?? "").trim().split(/\s+/).join(".")} “${(
        el.getAttribute("aria-label") ||
        el.textContent ||
        ""
      )
        .trim()
        .replace(/\s+/g, " ")
        .slice(0, 40)}”`;
    const buttons = [...shadow.querySelectorAll('button, [role="button"]')]
      .filter((el) => el.checkVisibility() && el.getBoundingClientRect().width > 0)
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { name: name(el), width: Math.round(r.width * 10) / 10, height: Math.round(r.height * 10) / 10 };
      });
    // What sticks out past the right edge of .smw, for the message.
    const right = smw.getBoundingClientRect().right;
    const overflowing = [...smw.querySelectorAll("*")]
      .filter((el) => el.getBoundingClientRect().right > right + 0.5 && el.checkVisibility())
      .slice(0, 5)
      .map((el) => `${name(el)} right=${Math.round(el.getBoundingClientRect().right - right)}px past`);
    return {
      hostWidth: document.querySelector("signatory-map")?.getBoundingClientRect().width,
      scrollWidth: smw.scrollWidth,
      clientWidth: smw.clientWidth,
      overflowing,
      mapHeight: map.getBoundingClientRect().height,
      buttons,
    };
  });
}

for (const width of [320, 480, 760, 1000, 1200]) {
  test(`container ${width} px: no sideways overflow, 24×24 buttons, a 200 px map, a usable list`, OPTIONS, async (t) => {
    const { page } = pages;
    await page.goto(`${pages.server.url}/tests/fixtures/layout-widths.html`);
    const root = widget(page);
    await waitForData(root);
    await page.evaluate((w) => {
      /** @type {HTMLElement} */ (document.getElementById("frame")).style.width = `${w}px`;
    }, width);
    await settled(page);
    const m = await measureLayout(page);
    t.diagnostic(`host ${m.hostWidth} px, .smw scrollWidth ${m.scrollWidth} / clientWidth ${m.clientWidth}, map ${m.mapHeight} px tall`);
    const smallest = [...m.buttons].sort((a, b) => Math.min(a.width, a.height) - Math.min(b.width, b.height))[0];
    t.diagnostic(`${m.buttons.length} visible buttons; smallest: ${smallest?.name} ${smallest?.width}×${smallest?.height}`);

    /** Every check runs; the test fails listing all that did not hold. */
    const problems = [];
    if (m.hostWidth !== width) problems.push(`the element is ${m.hostWidth} px wide, not its container's ${width} px`);
    if (m.scrollWidth > m.clientWidth) {
      problems.push(
        `overflow: .smw scrollWidth ${m.scrollWidth} > clientWidth ${m.clientWidth}; sticking out: ${m.overflowing.join("; ")}`,
      );
    }
    assert.ok(m.buttons.length > 10, `found only ${m.buttons.length} visible buttons`);
    for (const b of m.buttons) {
      if (b.width < 24 || b.height < 24) problems.push(`button under 24×24: ${b.name} is ${b.width}×${b.height}`);
    }
    if (!(m.mapHeight >= 200)) problems.push(`.smw-map is ${m.mapHeight} px tall (< 200)`);

    // The list: its first entry can be scrolled to, clicked, and opens the detail.
    const entry = listItems(root).first().getByRole("button");
    try {
      await entry.scrollIntoViewIfNeeded({ timeout: 3000 });
      const name = (await entry.locator(".smw-list-name").innerText()).trim();
      await entry.click({ timeout: 3000 });
      const detail = root.locator(".smw-detail-name");
      await detail.waitFor({ state: "visible", timeout: 3000 });
      const shown = (await detail.innerText()).trim();
      if (shown !== name) problems.push(`clicking “${name}” in the list opened “${shown}”`);
    } catch (error) {
      problems.push(`the first list entry could not be scrolled to, clicked and opened: ${String(error).split("\n")[0]}`);
    }

    assert.deepEqual(problems, [], `at ${width} px:\n${problems.join("\n")}`);
  });
}

// ---------------------------------------------------------------- hidden container

test("a widget that starts in a display:none tab panel sizes its map once shown", OPTIONS, async (t) => {
  const { page } = pages;
  await page.goto(`${pages.server.url}/tests/fixtures/layout-hidden.html`);
  const root = widget(page);
  await root.locator(".smw-header").waitFor({ state: "attached" });
  assert.equal(await root.locator(".smw-header").isVisible(), false, "the widget starts hidden");
  await page.evaluate(() => {
    document.getElementById("panel-text")?.classList.remove("is-active");
    document.getElementById("panel-map")?.classList.add("is-active");
  });
  await waitForData(root);
  await settled(page);
  const m = await page.evaluate(() => {
    const shadow = /** @type {ShadowRoot} */ (document.querySelector("signatory-map")?.shadowRoot);
    const map = /** @type {HTMLElement} */ (shadow.querySelector(".smw-map"));
    const box = map.getBoundingClientRect();
    const viewBox = shadow.querySelector(".smw-map-svg")?.getAttribute("viewBox") ?? "";
    const [, , vbWidth, vbHeight] = viewBox.split(/[\s,]+/).map(Number);
    const markers = [...shadow.querySelectorAll(".smw-marker, .smw-group-marker")].map((el) => {
      const r = el.getBoundingClientRect();
      return {
        name: el.getAttribute("aria-label"),
        left: r.left - box.left,
        top: r.top - box.top,
        right: r.right - box.left,
        bottom: r.bottom - box.top,
      };
    });
    return { box: { width: box.width, height: box.height }, viewBox, vbWidth, vbHeight, markers };
  });
  t.diagnostic(`.smw-map ${m.box.width}×${m.box.height}, viewBox "${m.viewBox}", ${m.markers.length} markers`);
  assert.ok(m.box.width > 0 && m.box.height > 0, `the map has a size once shown: ${JSON.stringify(m.box)}`);
  assert.ok(
    Math.abs(m.vbWidth - m.box.width) <= 2 && Math.abs(m.vbHeight - m.box.height) <= 2,
    `viewBox "${m.viewBox}" does not match the map box ${m.box.width}×${m.box.height}`,
  );
  assert.ok(m.markers.length > 0, "markers are drawn");
  const outside = m.markers.filter(
    (mk) => mk.left < -0.5 || mk.top < -0.5 || mk.right > m.box.width + 0.5 || mk.bottom > m.box.height + 0.5,
  );
  assert.deepEqual(
    outside.map((mk) => `${mk.name}: [${[mk.left, mk.top, mk.right, mk.bottom].map(Math.round)}]`),
    [],
    `markers outside the ${Math.round(m.box.width)}×${Math.round(m.box.height)} map box (left, top, right, bottom)`,
  );
});

// ---------------------------------------------------------------- themes

/** Sets (or removes, with null) the theme attribute and waits for the styles. */
async function setTheme(page, theme) {
  await page.evaluate((value) => {
    const host = /** @type {HTMLElement} */ (document.querySelector("signatory-map"));
    if (value === null) host.removeAttribute("theme");
    else host.setAttribute("theme", value);
  }, theme);
  await settled(page);
}

const background = (root) => root.evaluate((el) => getComputedStyle(el).backgroundColor);

test("themes: light and dark differ, auto follows prefers-color-scheme", OPTIONS, async (t) => {
  const { page } = pages;
  const root = await pages.open("/index.html");
  const seen = {};
  seen.default = await background(root);
  await setTheme(page, "light");
  seen.light = await background(root);
  await setTheme(page, "dark");
  seen.dark = await background(root);
  await setTheme(page, "auto");
  await page.emulateMedia({ colorScheme: "dark" });
  await settled(page);
  seen.autoDark = await background(root);
  await page.emulateMedia({ colorScheme: "light" });
  await settled(page);
  seen.autoLight = await background(root);
  t.diagnostic(`.smw background: ${JSON.stringify(seen)}`);
  assert.notEqual(seen.light, seen.dark, "light and dark backgrounds differ");
  assert.equal(seen.default, seen.light, "no theme attribute = light");
  assert.equal(seen.autoDark, seen.dark, "auto + prefers dark = dark");
  assert.equal(seen.autoLight, seen.light, "auto + prefers light = light");
});

test("a host page rule on signatory-map overrides --smw-accent", OPTIONS, async () => {
  const { page } = pages;
  const root = await pages.open("/index.html");
  const pressed = root.locator(".smw-lang-button[aria-pressed='true']");
  const before = await pressed.evaluate((el) => getComputedStyle(el).backgroundColor);
  await page.addStyleTag({ content: "signatory-map { --smw-accent: rgb(176, 0, 32) }" });
  await settled(page);
  const after = await pressed.evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.notEqual(before, "rgb(176, 0, 32)");
  assert.equal(after, "rgb(176, 0, 32)", "the pressed language button takes the page's accent");
});

// ---------------------------------------------------------------- contrast

/** sRGB "rgb(r, g, b)" / "rgba(r, g, b, a)" → [r, g, b, a]. */
function parseRgb(css) {
  const match = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+))?\s*\)$/.exec(css.trim());
  if (!match) throw new Error(`not an rgb() colour: ${css}`);
  return [Number(match[1]), Number(match[2]), Number(match[3]), match[4] === undefined ? 1 : Number(match[4])];
}

/** WCAG 2 relative luminance of an sRGB colour. */
function luminance(css) {
  const [r, g, b] = parseRgb(css).slice(0, 3).map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two opaque colours. */
function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

test("marker symbols and the focus ring have 3:1 contrast with land and water, light and dark", OPTIONS, async (t) => {
  const { page } = pages;
  // varied.json has all three kinds as single markers on the map (in the
  // seed dataset the only institution sits inside the Strasbourg group).
  const root = await pages.open("/fixtures/varied.html");
  /** @type {{ theme: string, what: string, colour: string, land: number, water: number }[]} */
  const rows = [];
  for (const theme of ["light", "dark"]) {
    await setTheme(page, theme);
    // The focus colour (--smw-focus, a light-dark() pair that only
    // getComputedStyle resolves): the outline of the map when it has
    // keyboard focus. Markers draw their focus ring in the same colour.
    await root.locator(".smw-map").focus();
    await settled(page);
    const colours = await page.evaluate(() => {
      const shadow = /** @type {ShadowRoot} */ (document.querySelector("signatory-map")?.shadowRoot);
      const map = /** @type {HTMLElement} */ (shadow.querySelector(".smw-map"));
      const fill = (selector) => {
        const el = map.querySelector(selector);
        return el ? getComputedStyle(el).fill : null;
      };
      const outline = getComputedStyle(map);
      return {
        land: getComputedStyle(/** @type {Element} */ (map.querySelector(".smw-land"))).fill,
        water: getComputedStyle(map).backgroundColor,
        symbols: {
          company: fill(".smw-kind-company"),
          association: fill(".smw-kind-association"),
          institution: fill(".smw-kind-institution"),
          // Wide maps fan small groups out: the group colour is then drawn
          // by the dots where fanned members really are.
          group: fill(".smw-group-disc") ?? fill(".smw-anchor"),
        },
        focus: shadow.activeElement === map && outline.outlineStyle !== "none" ? outline.outlineColor : null,
      };
    });
    t.diagnostic(`${theme}: land ${colours.land}, water ${colours.water}`);
    const entries = [...Object.entries(colours.symbols), ["focus", colours.focus]];
    for (const [what, colour] of entries) {
      assert.ok(colour && colour !== "none", `${theme}: no ${what} colour found in the map (focused map without an outline?)`);
      rows.push({ theme, what, colour, land: contrast(colour, colours.land), water: contrast(colour, colours.water) });
    }
  }
  t.diagnostic("theme  what          colour               vs land  vs water");
  for (const r of rows) {
    t.diagnostic(
      `${r.theme.padEnd(6)} ${r.what.padEnd(13)} ${r.colour.padEnd(20)} ${r.land.toFixed(2).padStart(6)}  ${r.water
        .toFixed(2)
        .padStart(7)}`,
    );
  }
  const low = rows.filter((r) => r.land < 3 || r.water < 3);
  assert.deepEqual(
    low.map((r) => `${r.theme} ${r.what} ${r.colour}: ${r.land.toFixed(2)}:1 on land, ${r.water.toFixed(2)}:1 on water`),
    [],
    "every marker colour and the focus ring reach 3:1 against land and water",
  );
});

// ---------------------------------------------------------------- screenshots

test("screenshots at 320 and 1280 px, English and Lithuanian, light and dark", OPTIONS, async (t) => {
  const { page } = pages;
  mkdirSync(ARTIFACTS, { recursive: true });
  const files = [];
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    const root = await pages.open("/index.html");
    const element = page.locator("signatory-map").first();
    for (const lang of ["en", "lt"]) {
      if (lang === "lt") {
        await root.getByRole("button", { name: "Lietuvių", exact: true }).click();
        await page.locator('signatory-map .smw[lang="lt"]').waitFor();
      }
      for (const theme of ["light", "dark"]) {
        await setTheme(page, theme);
        const file = join(ARTIFACTS, `widget-${width}-${lang}-${theme}.png`);
        rmSync(file, { force: true });
        await element.screenshot({ path: file, animations: "disabled" });
        files.push(file);
      }
    }
  }
  assert.equal(files.length, 8);
  for (const file of files) {
    assert.ok(existsSync(file), `${file} exists`);
    const size = statSync(file).size;
    t.diagnostic(`${file.slice(ROOT.length + 1)}: ${size} bytes`);
    assert.ok(size > 10_000, `${file} is ${size} bytes`);
  }
});

// ---------------------------------------------------------------- reduced motion

/** Every element in the shadow root with a non-zero transition or animation duration. */
function moving(page) {
  return page.evaluate(() => {
    const shadow = /** @type {ShadowRoot} */ (document.querySelector("signatory-map")?.shadowRoot);
    const nonZero = (value) => value.split(",").some((part) => parseFloat(part) > 0);
    return [...shadow.querySelectorAll("*")]
      .map((el) => ({ el, style: getComputedStyle(el) }))
      .filter(({ style }) => nonZero(style.transitionDuration) || nonZero(style.animationDuration))
      .map(
        ({ el, style }) =>
          `${el.localName}.${(el.getAttribute("class") ?? "").trim().split(/\s+/).join(".")}` +
          ` transition ${style.transitionDuration}, animation ${style.animationDuration}`,
      );
  });
}

test("prefers-reduced-motion: reduce stops every transition and animation; otherwise chips move", OPTIONS, async (t) => {
  const { page } = pages;
  await pages.open("/fixtures/varied.html"); // areas that differ: toggles
  const normal = await moving(page);
  t.diagnostic(`without the preference: ${normal.length} moving elements, e.g. ${normal[0] ?? "none"}`);
  assert.ok(
    normal.some((line) => line.includes("smw-chip")),
    "without the preference, the area toggles (.smw-chip) have a transition",
  );

  await page.emulateMedia({ reducedMotion: "reduce" });
  await settled(page);
  assert.deepEqual(await moving(page), [], "with reduce, every transition and animation duration is 0s");
});
