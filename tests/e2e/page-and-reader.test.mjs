// The page and the reader both change the widget; these are the rules
// (README, "Properties" and "Events"): every data/src assignment is a new
// load ending in exactly one `ready`; a page write of `lang` or `areas`
// wins even when it repeats the attribute; the getters say what is shown;
// unknown area ids are dropped with one console warning; `filterchange`
// and `select` fire once per actual change, never for a state nobody chose.

import assert from "node:assert/strict";
import { test } from "node:test";

import { listItems, OPTIONS, useWidgetPages, waitForData, widget } from "./support.mjs";

const TYPES = ["ready", "languagechange", "filterchange", "select"].map((t) => `signatory-map:${t}`);

const pages = useWidgetPages();

/** Collects the widget's events from now on, as `type detail-json` strings. */
function listen(page) {
  return page.evaluate((types) => {
    window.__heard = [];
    for (const type of types) {
      // The first widget's only (the demo page's second is its example).
      document.addEventListener(type, (event) => {
        if (event.target !== document.querySelector("signatory-map")) return;
        window.__heard.push(`${event.type.replace("signatory-map:", "")} ${JSON.stringify(event.detail)}`);
      });
    }
  }, TYPES);
}

/** The events heard since the last call, once the widget has settled. */
async function heard(page) {
  await page.evaluate(() => new Promise((done) => setTimeout(done, 150)));
  return page.evaluate(() => window.__heard.splice(0));
}

test("a new src after the reader opened a signatory sends ready, not a select for the old index", OPTIONS, async () => {
  const { page } = pages;
  const root = await pages.open("/index.html");
  await listen(page);
  await listItems(root).nth(2).getByRole("button").click();
  assert.deepEqual(await heard(page), ['select {"id":"apple"}']);

  await page.evaluate(() => document.querySelector("signatory-map").setAttribute("src", "/tests/fixtures/varied.json"));
  await root.getByText(/^6 signatories ·/).waitFor();
  assert.deepEqual(await heard(page), ['ready {"signatories":6}']);
  await assert.rejects(root.locator(".smw-detail").waitFor({ timeout: 300 }), "no detail is open");
});

test("repeated and unknown area ids: one filterchange per change, one warning, never reported", OPTIONS, async () => {
  const { page } = pages;
  // Areas that differ between signatories: the built-in data has no
  // toggles, and areas change nothing there (honest-filter.test.mjs).
  await pages.open("/fixtures/varied.html");
  const warnings = [];
  page.on("console", (message) => message.type() === "warning" && warnings.push(message.text()));
  await listen(page);
  const setAreas = (areas) =>
    page.evaluate((ids) => {
      document.querySelector("signatory-map").areas = ids;
    }, areas);

  await setAreas(["nope"]);
  assert.deepEqual(await heard(page), [], "nothing shown changed");
  assert.equal(warnings.filter((w) => w.includes("nope")).length, 1, warnings.join("\n"));

  await setAreas(["privacy", "nope"]);
  const privacy = await heard(page);
  assert.equal(privacy.length, 1, privacy.join("\n"));
  assert.match(privacy[0], /^filterchange \{"areas":\["privacy"\],"visible":\d+\}$/);
  assert.equal(warnings.filter((w) => w.includes("nope")).length, 2, "one warning per write");

  await setAreas(["expression", "expression"]);
  const expression = await heard(page);
  assert.equal(expression.length, 1, expression.join("\n"));
  assert.match(expression[0], /^filterchange \{"areas":\["expression"\],"visible":\d+\}$/);
  assert.deepEqual(await page.evaluate(() => document.querySelector("signatory-map").areas), ["expression"]);
});

test("setting data to an equal object, or the same one, is a new load with its own ready", OPTIONS, async () => {
  const { page } = pages;
  const root = await pages.open("/index.html");
  await listen(page);
  await page.evaluate(async () => {
    const element = document.querySelector("signatory-map");
    window.__dataset = await (await fetch("/tests/fixtures/varied.json")).json();
    element.data = window.__dataset;
  });
  await root.getByText(/^6 signatories ·/).waitFor();
  assert.deepEqual(await heard(page), ['ready {"signatories":6}']);

  await page.evaluate(() => {
    document.querySelector("signatory-map").data = structuredClone(window.__dataset);
  });
  assert.deepEqual(await heard(page), ['ready {"signatories":6}'], "an equal copy (a refresh)");

  await page.evaluate(() => {
    document.querySelector("signatory-map").data = window.__dataset;
  });
  assert.deepEqual(await heard(page), ['ready {"signatories":6}'], "the very same object");
});

test("after the reader's click the page's lang and areas still win, and the getters say what is shown", OPTIONS, async () => {
  const { page } = pages;
  await page.goto(`${pages.server.url}/fixtures/varied.html`);
  await page.evaluate(() => {
    const element = document.querySelector("signatory-map");
    element.setAttribute("lang", "lt");
    element.setAttribute("areas", "privacy");
  });
  const root = widget(page);
  await waitForData(root);
  await root.getByRole("button", { name: /^Privatumas/ }).waitFor();
  const get = () =>
    page.evaluate(() => {
      const element = document.querySelector("signatory-map");
      return { lang: element.lang, areas: element.areas, attributes: [element.getAttribute("lang"), element.getAttribute("areas")] };
    });
  assert.deepEqual(await get(), { lang: "lt", areas: ["privacy"], attributes: ["lt", "privacy"] });

  // The reader switches to English and releases the area.
  await root.getByRole("button", { name: "English", exact: true }).click();
  await root.getByRole("button", { name: /^Privacy/ }).click();
  await root.getByText(/^Showing 6 of 6/).waitFor();
  assert.deepEqual(await get(), { lang: "en", areas: [], attributes: ["lt", "privacy"] }, "choices shown, not written back");

  // The page repeats what it asked before: it wins.
  await page.evaluate(() => {
    const element = document.querySelector("signatory-map");
    element.lang = "lt";
    element.areas = ["privacy"];
  });
  await root.getByRole("button", { name: "Lietuvių", exact: true, pressed: true }).waitFor();
  await root.getByRole("button", { name: /^Privatumas/, pressed: true }).waitFor();
  assert.deepEqual(await get(), { lang: "lt", areas: ["privacy"], attributes: ["lt", "privacy"] });
  assert.equal(await root.evaluate((smw) => smw.lang), "lt");
});
