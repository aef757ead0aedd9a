// The events a host page can listen to (bubbling, composed CustomEvents
// on the element): signatory-map:ready {signatories},
// :languagechange {lang}, :filterchange {areas, visible}, :select {id}.

import assert from "node:assert/strict";
import { test } from "node:test";

import { OPTIONS, useWidgetPages, waitForData, widget } from "./support.mjs";

const TYPES = ["ready", "languagechange", "filterchange", "select"].map((t) => `signatory-map:${t}`);

const pages = useWidgetPages();

/** Installs document-level listeners collecting every widget event. */
function listen(page) {
  return page.evaluate((types) => {
    window.__events = [];
    for (const type of types) {
      document.addEventListener(type, (event) => {
        window.__events.push({
          type: event.type,
          detail: JSON.parse(JSON.stringify(event.detail)),
          bubbles: event.bubbles,
          composed: event.composed,
          fromElement: event.target instanceof HTMLElement && event.target.localName === "signatory-map",
          fromNewElement: event.target === window.__newElement,
        });
      });
    }
  }, TYPES);
}

/** Events collected so far (after the widget's microtask-deferred dispatch). */
async function events(page) {
  await page.evaluate(() => new Promise((done) => setTimeout(done, 50)));
  return page.evaluate(() => window.__events.map(({ type, detail }) => ({ type, detail })));
}

test("language change, filter change and select fire with their details", OPTIONS, async () => {
  const { page } = pages;
  // Areas that differ between signatories, so there are toggles to press
  // (the demo's built-in data has none: honest-filter.test.mjs).
  const root = await pages.open("/fixtures/varied.html");
  await listen(page);

  await root.getByRole("button", { name: "Lietuvių", exact: true }).click();
  assert.deepEqual(await events(page), [{ type: "signatory-map:languagechange", detail: { lang: "lt" } }]);
  // Pressing the language already shown changes nothing, and says nothing.
  await root.getByRole("button", { name: "Lietuvių", exact: true }).click();
  assert.equal((await events(page)).length, 1);

  await root.getByRole("button", { name: /^Žodžio laisvė\s*3$/ }).click();
  await root.getByRole("button", { name: /^Visos sritys\s*6$/ }).click();
  await root.getByRole("list", { name: "Signatarai" }).getByRole("button", { name: /^„Lisbon Telecom“/ }).click();
  await root.getByRole("button", { name: "English", exact: true }).click();

  assert.deepEqual((await events(page)).slice(1), [
    { type: "signatory-map:filterchange", detail: { areas: ["expression"], visible: 3 } },
    { type: "signatory-map:filterchange", detail: { areas: [], visible: 6 } },
    { type: "signatory-map:select", detail: { id: "lisbon-telecom" } },
    { type: "signatory-map:languagechange", detail: { lang: "en" } },
  ]);
  const raw = await page.evaluate(() => window.__events);
  assert.ok(raw.every((e) => e.bubbles && e.composed && e.fromElement), "bubbling, composed, from the element");
});

test("filterchange reports how many signatories remain (fixture)", OPTIONS, async () => {
  const { page } = pages;
  const root = await pages.open("/fixtures/varied.html");
  await listen(page);
  await root.getByRole("button", { name: /^Privacy\s*\d+$/ }).click();
  await root.getByRole("button", { name: /^Free expression\s*\d+$/ }).click();
  await root.getByRole("button", { name: /^Culture\s*\d+$/ }).click();
  await root.getByRole("button", { name: "Clear the filter", exact: true }).click();
  // The Vilnius pair is fanned out on this wide map (core::fan): choosing
  // Baltic Net's own marker selects it.
  await root.getByRole("button", { name: /^Baltic Net, / }).click();
  assert.deepEqual(await events(page), [
    { type: "signatory-map:filterchange", detail: { areas: ["privacy"], visible: 4 } },
    { type: "signatory-map:filterchange", detail: { areas: ["privacy", "expression"], visible: 2 } },
    { type: "signatory-map:filterchange", detail: { areas: ["privacy", "expression", "culture"], visible: 0 } },
    { type: "signatory-map:filterchange", detail: { areas: [], visible: 6 } },
    { type: "signatory-map:select", detail: { id: "baltic-net" } },
  ]);
});

test("ready fires when a new element shows its data", OPTIONS, async () => {
  const { page } = pages;
  await pages.open("/index.html");
  await listen(page);
  await page.evaluate(() => {
    const element = document.createElement("signatory-map");
    window.__newElement = element;
    document.querySelector("main").append(element);
  });
  // The demo page has two widgets already (the second, its example for
  // newsrooms): the new one is the third.
  await waitForData(widget(page, 2));
  const readies = await page.evaluate(() =>
    window.__events.filter((e) => e.type === "signatory-map:ready" && e.fromNewElement),
  );
  assert.equal(readies.length, 1, JSON.stringify(readies));
  assert.deepEqual(readies[0].detail, { signatories: 15 });
  assert.ok(readies[0].fromNewElement && readies[0].bubbles && readies[0].composed);

  // Pointed at another dataset, it is ready again with that one's size.
  await page.evaluate(() => window.__newElement.setAttribute("src", "/tests/fixtures/varied.json"));
  await widget(page, 2).getByText(/^6 signatories ·/).waitFor();
  const after = await page.evaluate(() =>
    window.__events.filter((e) => e.type === "signatory-map:ready" && e.fromNewElement),
  );
  assert.deepEqual(after.map((e) => e.detail), [{ signatories: 15 }, { signatories: 6 }]);
  assert.deepEqual(pages.session.pageErrors, []);
});

test(
  "no filterchange fires at start-up, before the filter changes",
  OPTIONS,
  async () => {
    const { page } = pages;
    await page.addInitScript((types) => {
      window.__startup = [];
      for (const type of types) {
        document.addEventListener(type, (e) => {
          const index = [...document.querySelectorAll("signatory-map")].indexOf(/** @type {Element} */ (e.target));
          window.__startup.push(`${e.type} #${index}`);
        });
      }
    }, TYPES);
    await pages.open("/index.html");
    await waitForData(widget(page, 1));
    await page.evaluate(() => new Promise((done) => setTimeout(done, 200)));
    // One ready per widget (the demo's second is its example for newsrooms).
    const startup = await page.evaluate(() => window.__startup);
    assert.deepEqual(startup.toSorted(), ["signatory-map:ready #0", "signatory-map:ready #1"]);
  },
);
