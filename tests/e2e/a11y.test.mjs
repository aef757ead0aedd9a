// Accessibility matrix: axe-core (WCAG 2.0 A/AA, 2.1 AA, 2.2 AA rules) run on
// the <signatory-map> element — axe walks into its open shadow root — in
// every state a reader can reach, in both languages, at a phone width and a
// desktop width:
//
//   states     loaded · filtered to empty · a group open · a detail open · error
//   languages  English · Lithuanian (switched with the in-widget toggle)
//   widths     320 px · 1280 px (height 900)
//
// 5 × 2 × 2 = 20 tests. The widget's own tests check roles and names one by
// one; this catches what nobody thought to check (contrast of a pressed
// chip, a duplicated id, a nameless control in one state only). A failure
// lists each violation's rule, impact, help text, and every offending node
// (its selector, through the shadow root, and axe's failure summary).
//
// The empty filter needs a dataset where two areas share nobody:
// tests/fixtures/varied.json — nobody pledged both Privacy and Culture.
// The error state is the fixture page /fixtures/invalid.html (5 dataset
// problems).
//
// One page per width (sharedPage): every test navigates afresh, so the
// tests stay independent, but the browser context and compiled WebAssembly
// are reused.

import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, test } from "node:test";

import { OPTIONS, ROOT, animationsSettled, listItems, showAreaToggles, useWidgetPages, widget } from "./support.mjs";

const AXE = join(ROOT, "node_modules", "axe-core", "axe.min.js");
const TAGS = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"];
const WIDTHS = [320, 1280];

/** What a reader of each language clicks (locales/*\/widget.ftl, varied.json). */
const LANGS = {
  en: {
    name: "English",
    list: "Signatories",
    privacy: "Privacy",
    culture: "Culture",
    clear: "Clear the filter",
    retry: "Try again",
  },
  lt: {
    name: "Lietuvių",
    list: "Signatarai",
    privacy: "Privatumas",
    culture: "Kultūra",
    clear: "Išvalyti filtrą",
    retry: "Bandyti dar kartą",
  },
};

/** Thirteen signatories in Vilnius and one in Riga, in both languages. */
const CROWDED = {
  version: 1,
  agreement: { title: { en: "Crowded", lt: "Susigrūdę" }, date: "2020-01-01" },
  areas: [{ id: "a", label: { en: "The area", lt: "Sritis" } }],
  signatories: [...Array.from({ length: 13 }, (_, i) => [`v${i}`, 54.6872, 25.2797, "Vilnius", "LT"]), ["riga", 56.95, 24.1, "Riga", "LV"]].map(
    ([id, lat, lon, city, country]) => ({
      id, name: { en: `Organisation ${id}`, lt: `Organizacija ${id}` }, kind: "association",
      city: { en: city, lt: city === "Riga" ? "Ryga" : city }, country, lat, lon, areas: ["a"],
    }),
  ),
};

/** Switches the widget's language with its own toggle and waits for it. */
async function useLanguage(page, lang) {
  const root = widget(page);
  if ((await root.getAttribute("lang")) === lang) return root;
  await root.getByRole("button", { name: LANGS[lang].name, exact: true }).click();
  await page.locator(`signatory-map .smw[lang="${lang}"]`).waitFor();
  return root;
}

/** Opens `path` and waits until the widget shows data (or an error). */
async function open(pages, path) {
  await pages.page.goto(`${pages.server.url}${path}`);
  await widget(pages.page).locator(".smw-header, .smw-error").first().waitFor({ state: "visible" });
}

/** How to reach each state, in a language. Each returns when it is on screen. */
const STATES = {
  async loaded(pages, lang) {
    await open(pages, "/index.html");
    await useLanguage(pages.page, lang);
  },

  async "filtered to empty"(pages, lang) {
    await open(pages, "/fixtures/varied.html");
    const root = await useLanguage(pages.page, lang);
    await showAreaToggles(root);
    const toggle = (label) =>
      root.locator(".smw-filter").getByRole("button", { name: new RegExp(`^${label}\\s*\\d+$`) });
    await toggle(LANGS[lang].privacy).click();
    await toggle(LANGS[lang].culture).click();
    await root.getByRole("button", { name: LANGS[lang].clear, exact: true }).waitFor();
  },

  async "a group open"(pages, lang) {
    await open(pages, "/index.html");
    const root = await useLanguage(pages.page, lang);
    // Thirteen at one address: a group at every width (wider maps fan out
    // groups of up to 12, core::fan).
    await pages.page.locator("signatory-map").first().evaluate((element, data) => (/** @type {any} */ (element).data = data), CROWDED);
    await root.locator("g.smw-group-marker").first().click();
    await root.locator(".smw-group-title").waitFor();
  },

  async "a detail open"(pages, lang) {
    await open(pages, "/index.html");
    const root = await useLanguage(pages.page, lang);
    await listItems(root, LANGS[lang].list).first().getByRole("button").click();
    await root.locator(".smw-detail-name").waitFor();
  },

  async error(pages, lang) {
    await open(pages, "/fixtures/invalid.html");
    const root = await useLanguage(pages.page, lang);
    await root.getByRole("alert").getByRole("button", { name: LANGS[lang].retry, exact: true }).waitFor();
  },
};

/**
 * Runs axe on the first <signatory-map>; returns its violations and how
 * many nodes inside the shadow root it checked for "button-name" (a sanity
 * check that axe did look inside).
 * @param {import("playwright-core").Page} page
 */
async function runAxe(page) {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE });
  // On screen, so axe can work out the colours behind the text.
  await page.locator("signatory-map").first().scrollIntoViewIfNeeded();
  await animationsSettled(page);
  return page.evaluate(async (tags) => {
    const result = await window.axe.run(document.querySelector("signatory-map"), {
      runOnly: { type: "tag", values: tags },
    });
    const inShadow = (node) => node.target.some((part) => Array.isArray(part));
    return {
      violations: result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({
          target: n.target.map((part) => (Array.isArray(part) ? part.join(" >>> ") : part)).join(" | "),
          failureSummary: n.failureSummary,
        })),
      })),
      incomplete: result.incomplete.map((v) => {
        const reasons = [...new Set(v.nodes.map((n) => (n.failureSummary ?? "").split("\n").slice(1).join(" ").trim()))];
        return `${v.id}: ${v.nodes.length} node(s) — ${reasons.join(" / ")}`;
      }),
      buttonsChecked: [...result.passes, ...result.violations]
        .filter((rule) => rule.id === "button-name")
        .flatMap((rule) => rule.nodes)
        .filter(inShadow).length,
    };
  }, TAGS);
}

/** A developer-readable report of axe violations. */
function report(violations) {
  return violations
    .map((v) =>
      [
        `• ${v.id} (${v.impact}): ${v.help} — ${v.helpUrl}`,
        ...v.nodes.map((n) => `    ${n.target}\n      ${n.failureSummary.replace(/\n/g, "\n      ")}`),
      ].join("\n"),
    )
    .join("\n");
}

for (const width of WIDTHS) {
  describe(`${width}×900`, () => {
    const pages = useWidgetPages({ viewport: { width, height: 900 }, sharedPage: true });

    for (const [state, reach] of Object.entries(STATES)) {
      for (const lang of /** @type {const} */ (["en", "lt"])) {
        test(`axe: ${state}, ${LANGS[lang].name}, ${width} px wide — no WCAG 2.2 AA violations`, OPTIONS, async (t) => {
          await reach(pages, lang);
          const { violations, incomplete, buttonsChecked } = await runAxe(pages.page);
          // Not failures: what axe left for a person to check.
          if (incomplete.length > 0) t.diagnostic(`needs review: ${incomplete.join(", ")}`);
          assert.ok(buttonsChecked > 0, "axe checked the buttons inside the shadow root");
          assert.equal(
            violations.length,
            0,
            `${violations.length} axe violation(s) — ${state}, ${lang}, ${width} px:\n${report(violations)}`,
          );
        });
      }
    }
  });
}
