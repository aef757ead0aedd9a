// Every part of the widget stays reachable inside its fixed box, whatever
// the data (within the documented limits) and the width. Tried as a
// matrix: 320 / 375 / 600 / 900 px × 7, 30 and 100 areas × a normal and a
// 2,000-character title × English and Lithuanian × the area filter's fold
// open and closed (one area chosen). In every case:
//   - the map is at least 35% of the box's height (45% when there is room:
//     it gives way before anything overlaps), the legend and credits below it
//     never lie over the list, and its caption is never cut through a line;
//   - every Tab stop is on screen when focused (the element at its centre
//     is itself), in Tab order, the fold closing once focus leaves it;
//   - Shift+Tab from the list brings back the header and the filter.

import assert from "node:assert/strict";
import { test } from "node:test";

import { panelFit, panelFitProblems, useWidgetPages, waitForData, widget } from "./support.mjs";

const WIDTHS = [320, 375, 600, 900];
const AREA_COUNTS = [7, 30, 100];
const TITLES = {
  normal: {
    en: "Council of Europe partnership with technology companies for an open and safe Internet",
    lt: "Europos Tarybos ir technologijų bendrovių partnerystė atviram ir saugiam internetui",
  },
  // 2,000 characters of words (the limit per text).
  long: {
    en: "An agreement whose title goes on and on ".repeat(50),
    lt: "Susitarimas, kurio pavadinimas vis tęsiasi ".repeat(47).padEnd(2000, "a").slice(0, 2000),
  },
};

/** A pledge with `areas` areas (labels of realistic length) and 40 signatories across Europe. */
function dataset(areas, title) {
  const topics = ["protection of children online", "freedom of expression", "privacy and personal data", "digital literacy", "countering cybercrime", "culture and digitisation"];
  const temas = ["vaikų apsauga internete", "žodžio laisvė", "privatumas ir asmens duomenys", "skaitmeninis raštingumas", "kova su elektroniniais nusikaltimais", "kultūra ir skaitmeninimas"];
  const cities = [
    ["Vilnius", "LT", 54.69, 25.28], ["Riga", "LV", 56.95, 24.11], ["Warsaw", "PL", 52.23, 21.01], ["Berlin", "DE", 52.52, 13.4],
    ["Paris", "FR", 48.86, 2.35], ["Madrid", "ES", 40.42, -3.7], ["Rome", "IT", 41.9, 12.5], ["Stockholm", "SE", 59.33, 18.07],
    ["Dublin", "IE", 53.35, -6.26], ["Athens", "GR", 37.98, 23.73],
  ];
  return {
    version: 1,
    agreement: { title: { en: title.en, lt: title.lt }, date: "2021-05-04", place: { name: { en: "Vilnius", lt: "Vilnius" }, lat: 54.69, lon: 25.28 } },
    areas: Array.from({ length: areas }, (_, i) => ({
      id: `area-${i + 1}`,
      label: { en: `Area ${i + 1}: ${topics[i % topics.length]}`, lt: `${i + 1} sritis: ${temas[i % temas.length]}` },
    })),
    signatories: Array.from({ length: 40 }, (_, i) => {
      const [city, country, lat, lon] = cities[i % cities.length];
      return {
        id: `org-${i + 1}`, name: { en: `Organisation number ${i + 1}`, lt: `Organizacija Nr. ${i + 1}` },
        kind: ["company", "association", "institution"][i % 3], city: { en: city }, country,
        lat: lat + (i % 4) * 0.8, lon: lon + (i % 3) * 0.9,
        areas: Array.from({ length: areas }, (_, a) => `area-${a + 1}`).filter((_, a) => (a + i) % 3 !== 0),
      };
    }),
  };
}

const pages = useWidgetPages({
  routes: {
    "/reachable.html": (_request, response) => {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
      response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Reachable</title>
        <link rel="icon" href="data:,"><style>body { margin: 0 }</style>
        <script type="module" src="/www/dist/element.js" blocking="render"></script></head>
        <body><signatory-map areas="area-2"></signatory-map><p>After the widget.</p></body></html>`);
    },
  },
});

/**
 * Runs in the page: focuses every Tab stop of the widget in order (as Tab
 * does, scrolling it into view), and reports those not on screen.
 */
function checkTabStops() {
  const host = /** @type {HTMLElement} */ (document.querySelector("signatory-map"));
  const shadow = /** @type {ShadowRoot} */ (host.shadowRoot);
  const box = host.getBoundingClientRect();
  const hidden = [];
  const isStop = (element) => {
    if (!(element instanceof HTMLElement || element instanceof SVGElement)) return false;
    if (element.tabIndex < 0 || element.hasAttribute("disabled")) return false;
    const style = getComputedStyle(element);
    if (style.visibility === "hidden" || style.display === "none") return false;
    return element.getClientRects().length > 0;
  };
  const stops = () => [...shadow.querySelectorAll("button, a[href], [tabindex]")].filter(isStop);
  const visited = new Set();
  const name = (element) => (element.getAttribute("aria-label") || element.textContent || element.className.baseVal || element.className).toString().trim().slice(0, 50);
  return (async () => {
    for (let guard = 0; guard < 400; guard++) {
      const next = stops().find((element) => !visited.has(element));
      if (!next) break;
      visited.add(next);
      next.focus();
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (!next.isConnected || !isStop(next)) continue; // the fold closed under it: no longer a stop
      const rect = next.getBoundingClientRect();
      const x = Math.min(Math.max(rect.left + rect.width / 2, box.left + 1), box.right - 1);
      const y = Math.min(Math.max(rect.top + Math.min(rect.height, 24) / 2, box.top + 1), box.bottom - 1);
      const at = shadow.elementFromPoint(x, y);
      const inside = rect.top >= box.top - 1 && rect.bottom <= box.bottom + 1;
      if (!inside || !at || !(next === at || next.contains(at))) {
        hidden.push(`${next.tagName.toLowerCase()} “${name(next)}” at ${Math.round(rect.top - box.top)} px (box ${Math.round(box.height)}), covered by ${at ? `${at.tagName.toLowerCase()}.${at.className.baseVal ?? at.className}` : "nothing"}`);
      }
    }
    return { hidden, count: visited.size };
  })();
}

for (const width of WIDTHS) {
  test(`every region reachable at ${width} px: 7/30/100 areas × title × EN/LT × fold open/closed`, { timeout: 300_000 }, async (t) => {
    const { page } = pages;
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${pages.server.url}/reachable.html`);
    const root = widget(page);
    await waitForData(root);
    const failures = [];
    for (const areas of AREA_COUNTS) {
      for (const [titleKind, title] of Object.entries(TITLES)) {
        const data = dataset(areas, title);
        for (const lang of ["en", "lt"]) {
          for (const fold of ["closed", "open"]) {
            const label = `${width} px, ${areas} areas, ${titleKind} title, ${lang}, fold ${fold}`;
            await page.evaluate(([data, lang]) => {
              const element = /** @type {any} */ (document.querySelector("signatory-map"));
              element.setAttribute("lang", lang);
              element.data = data;
            }, [data, lang]);
            await root.locator(".smw-status").filter({ hasText: lang === "en" ? /^Showing \d+ of 40/ : /^Rodoma \d+ iš 40/ }).waitFor();
            await waitForData(root);
            await page.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
            const toggle = root.locator(".smw-filter-toggle");
            if (fold === "open" && (await toggle.isVisible()) && (await toggle.getAttribute("aria-expanded")) === "false") {
              await toggle.click();
            }
            await page.waitForTimeout(50);
            for (const problem of panelFitProblems(await root.evaluate(panelFit))) failures.push(`${label}: ${problem}`);
            const { hidden, count } = await page.evaluate(checkTabStops);
            if (count < 8) failures.push(`${label}: only ${count} Tab stops found`);
            for (const stop of hidden) failures.push(`${label}: ${stop}`);

            // Shift+Tab from the first list entry, by the keyboard, back to the filter.
            await root.locator(".smw-list .smw-list-item").first().focus();
            for (let i = 0; i < 12; i++) {
              await page.keyboard.press("Shift+Tab");
              const onFilter = await root.evaluate((smw) => {
                const active = /** @type {ShadowRoot} */ (smw.getRootNode()).activeElement;
                return !!active?.closest(".smw-filter");
              });
              if (onFilter) break;
            }
            const back = await root.evaluate((smw) => {
              const box = smw.getBoundingClientRect();
              const shadow = /** @type {ShadowRoot} */ (smw.getRootNode());
              const seen = (element) => {
                if (!element) return false;
                const rect = element.getBoundingClientRect();
                const at = shadow.elementFromPoint(rect.left + Math.min(rect.width, 40) / 2, rect.top + Math.min(rect.height, 20) / 2);
                return rect.top >= box.top - 1 && rect.top < box.bottom && !!at && (element === at || element.contains(at));
              };
              const active = shadow.activeElement;
              return {
                title: seen(smw.querySelector(".smw-title")),
                focusedInFilter: !!active?.closest(".smw-filter"),
                filter: seen(active?.closest(".smw-filter") ? active : null),
              };
            });
            if (!back.title || !back.focusedInFilter || !back.filter) {
              failures.push(`${label}: Shift+Tab from the list: title seen ${back.title}, focus reached the filter ${back.focusedInFilter} and is seen ${back.filter}`);
            }
          }
        }
      }
    }
    t.diagnostic(`${failures.length} problems`);
    assert.deepEqual(failures, []);
  });
}
