// Forced colours (Windows high contrast, emulated through CDP's
// `forced-colors: active`): the browser replaces backgrounds and drops
// shadows, so every state must still show. The pressed area toggle, the
// current language and the selected list entry each look different from
// their neighbours; the selected marker is ringed; markers stand out from
// the land; and focus is visible.

import assert from "node:assert/strict";
import { test } from "node:test";

import { OPTIONS, useWidgetPages } from "./support.mjs";

const pages = useWidgetPages();

for (const width of [1280, 375]) {
  test(`forced colours at ${width} px: pressed, current, selected and focused states all show`, OPTIONS, async () => {
    const { page } = pages;
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ forcedColors: "active" });
    const root = await pages.open("/fixtures/varied.html");
    assert.equal(await page.evaluate(() => matchMedia("(forced-colors: active)").matches), true, "forced colours are emulated");

    const toggle = root.locator(".smw-filter-toggle");
    if (await toggle.isVisible()) await toggle.click();
    await root.locator('.smw-chip[data-area="privacy"]').click();
    await root.locator(".smw-list .smw-list-item").first().click();
    await root.locator(".smw-detail").waitFor();
    await page.waitForTimeout(300); // transitions

    const looks = await root.evaluate((smw) => {
      // What a reader sees of an element: its effective background (the
      // first opaque one up its ancestors), text colour, border and outline.
      function lookOf(element) {
        let background = "";
        for (let node = element; node; node = node.parentElement ?? /** @type {any} */ (node.getRootNode()).host) {
          const colour = getComputedStyle(node).backgroundColor;
          if (!/rgba\(.*,\s*0\)$/.test(colour) && colour !== "transparent") {
            background = colour;
            break;
          }
        }
        const style = getComputedStyle(element);
        const border = style.borderTopStyle === "none" || style.borderTopWidth === "0px" ? "none" : `${style.borderTopWidth} ${style.borderTopColor}`;
        const outline = style.outlineStyle === "none" ? "none" : `${style.outlineWidth} ${style.outlineColor}`;
        return `background ${background}; colour ${style.color}; border ${border}; outline ${outline}`;
      }
      const look = lookOf;
      const one = (selector) => {
        const element = smw.querySelector(selector);
        if (!element) throw new Error(`nothing matches ${selector}`);
        return look(element);
      };
      const attribute = (selector, name) => getComputedStyle(smw.querySelector(selector)).getPropertyValue(name);
      return {
        chip: [one('.smw-chip[aria-pressed="true"]'), one('.smw-chip[aria-pressed="false"]')],
        language: [one('.smw-lang-button[aria-pressed="true"]'), one('.smw-lang-button[aria-pressed="false"]')],
        entry: [one(".smw-list .smw-list-item.is-selected"), one(".smw-list .smw-list-item:not(.is-selected)")],
        ring: [attribute(".smw-marker.is-selected .smw-hit, .smw-group-marker.is-selected .smw-hit", "stroke"), attribute(".smw-marker:not(.is-selected) .smw-hit", "stroke")],
        symbol: attribute(".smw-symbol", "fill"),
        land: attribute(".smw-land", "fill"),
      };
    });
    for (const what of ["chip", "language", "entry"]) {
      assert.notEqual(looks[what][0], looks[what][1], `the ${what}'s state shows: ${looks[what][0]} vs ${looks[what][1]}`);
    }
    assert.notEqual(looks.ring[0], "none", "the selected marker is ringed");
    assert.notEqual(looks.ring[0], looks.ring[1]);
    assert.notEqual(looks.symbol, looks.land, `markers stand out from the land (${looks.symbol} on ${looks.land})`);

    // Focus shows on a chip, a list entry, the map and a marker.
    if ((await toggle.isVisible()) && (await toggle.getAttribute("aria-expanded")) === "false") await toggle.click();
    for (const selector of ['.smw-chip[data-area="children"]', ".smw-list .smw-list-item", ".smw-map", ".smw-marker, .smw-group-marker"]) {
      await root.locator(selector).first().focus();
      await page.keyboard.press("Shift");
      const shown = await root.evaluate((smw, selector) => {
        const element = /** @type {Element} */ (smw.querySelector(selector));
        const style = getComputedStyle(element);
        if (style.outlineStyle !== "none" && style.outlineWidth !== "0px") return `outline ${style.outlineColor}`;
        const hit = element.querySelector(".smw-hit");
        const stroke = hit ? getComputedStyle(hit).stroke : "none";
        return stroke !== "none" ? `ring ${stroke}` : "";
      }, selector);
      assert.ok(shown, `focus shows on ${selector}`);
    }
    assert.deepEqual(pages.session.pageErrors, []);
    await page.emulateMedia({ forcedColors: "none" });
  });
}
