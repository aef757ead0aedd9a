// The element's attributes: `lang`, `areas` and `src` set the start, and
// changing them later takes effect (README, "Embedding it in a page").
//
// The fixture page /fixtures/attributes.html (tests/e2e/support.mjs):
//   <signatory-map lang="lt" src="/tests/fixtures/varied.json" areas="privacy,expression">

import assert from "node:assert/strict";
import { test } from "node:test";

import { OPTIONS, listItems, useWidgetPages } from "./support.mjs";

const pages = useWidgetPages();

/** Sets (or, with null, removes) an attribute of the first <signatory-map>. */
function setAttribute(page, name, value) {
  return page.evaluate(
    ([name, value]) => {
      const element = document.querySelector("signatory-map");
      if (value === null) element.removeAttribute(name);
      else element.setAttribute(name, value);
    },
    [name, value],
  );
}

/** Waits until the widget's "Showing…" line reads `text`, then returns it. */
async function showing(root, text) {
  const status = root.getByRole("status");
  await status.filter({ hasText: text }).waitFor({ timeout: 3_000 }).catch(() => {});
  return (await status.innerText()).trim();
}

const chip = (root, label) => root.getByRole("button", { name: new RegExp(`^${label}\\s*\\d+$`) });

test("lang and areas attributes set the start", OPTIONS, async () => {
  const root = await pages.open("/fixtures/attributes.html");
  assert.equal(await root.getAttribute("lang"), "lt");
  assert.ok(await root.getByRole("heading", { name: "Bandomasis įsipareigojimas įvairiam filtrui" }).isVisible());
  assert.equal(await root.getByRole("button", { name: "Lietuvių", exact: true }).getAttribute("aria-pressed"), "true");
  assert.equal(await chip(root, "Privatumas").getAttribute("aria-pressed"), "true");
  assert.equal(await chip(root, "Žodžio laisvė").getAttribute("aria-pressed"), "true");
  assert.equal(await chip(root, "Vaikų sauga").getAttribute("aria-pressed"), "false");
  assert.equal(await chip(root, "Visos sritys").getAttribute("aria-pressed"), "false");
  assert.equal(await showing(root, "Rodoma 2 iš 6 signatarų"), "Rodoma 2 iš 6 signatarų");
  assert.deepEqual(await listItems(root, "Signatarai").locator(".smw-list-name").allInnerTexts(), [
    "Vilniaus universitetas",
    "„Baltic Net“",
  ]);
  assert.deepEqual(pages.session.consoleErrors, []);
  assert.deepEqual(pages.session.pageErrors, []);
});

test("changing lang, areas and src later takes effect", OPTIONS, async () => {
  const { page } = pages;
  const root = await pages.open("/fixtures/attributes.html");

  await setAttribute(page, "lang", "en");
  assert.equal(await showing(root, "Showing 2 of 6 signatories"), "Showing 2 of 6 signatories");
  assert.equal(await root.getAttribute("lang"), "en");
  assert.ok(await root.getByRole("heading", { name: "Test pledge for a varied filter" }).isVisible());
  assert.equal(await chip(root, "Privacy").getAttribute("aria-pressed"), "true");

  await setAttribute(page, "lang", "lt");
  assert.equal(await showing(root, "Rodoma 2 iš 6 signatarų"), "Rodoma 2 iš 6 signatarų");
  assert.equal(await root.getAttribute("lang"), "lt");

  await setAttribute(page, "areas", "children");
  assert.equal(await showing(root, "Rodoma 3 iš 6 signatarų"), "Rodoma 3 iš 6 signatarų");
  assert.equal(await chip(root, "Vaikų sauga").getAttribute("aria-pressed"), "true");
  assert.equal(await chip(root, "Privatumas").getAttribute("aria-pressed"), "false");

  await setAttribute(page, "areas", null);
  assert.equal(await showing(root, "Rodoma 6 iš 6 signatarų"), "Rodoma 6 iš 6 signatarų");
  assert.equal(await chip(root, "Visos sritys").getAttribute("aria-pressed"), "true");

  // Another dataset: one signatory, one area — the Lithuanian "one" forms.
  // One signatory cannot be filtered: its area is listed, not toggled.
  await setAttribute(page, "src", "/tests/fixtures/single.json");
  assert.equal(await showing(root, "1 signataras"), "1 signataras");
  assert.ok(await root.getByRole("heading", { name: "Įsipareigojimas su vienu signataru" }).isVisible());
  assert.equal((await root.locator(".smw-summary").innerText()).trim(), "1 signataras");
  assert.match(await root.locator(".smw-covers p").innerText(), /^Dėl jų susitarė vienintelis signataras\./);
  assert.ok(await root.getByText("Pasirašyta 2019 m. birželio 1 d. · Ryga", { exact: true }).isVisible());
  assert.deepEqual(await listItems(root, "Signatarai").locator(".smw-list-name").allInnerTexts(), [
    "Rygos duomenų biuras",
  ]);
  assert.ok(await root.getByRole("button", { name: "Rygos duomenų biuras, Institucija, Ryga, Latvija" }).isVisible());
  assert.deepEqual(pages.session.pageErrors, []);
});

test(
  "setting lang after the reader chose a language takes effect",
  OPTIONS,
  async () => {
    const { page } = pages;
    const root = await pages.open("/index.html");
    await root.getByRole("button", { name: "Lietuvių", exact: true }).click();
    assert.equal(await root.getAttribute("lang"), "lt");
    await setAttribute(page, "lang", "en");
    assert.equal(await showing(root, "15 signatories"), "15 signatories");
    assert.equal(await root.getAttribute("lang"), "en");
  },
);

test(
  "setting areas after the reader changed the filter takes effect",
  OPTIONS,
  async () => {
    const { page } = pages;
    const root = await pages.open("/fixtures/varied.html");
    await chip(root, "Privacy").click();
    assert.equal(await showing(root, "Showing 4 of 6 signatories"), "Showing 4 of 6 signatories");
    await setAttribute(page, "areas", "");
    assert.equal(await showing(root, "Showing 6 of 6 signatories"), "Showing 6 of 6 signatories");
    assert.equal(await chip(root, "All areas").getAttribute("aria-pressed"), "true");
  },
);
