// What a reader does with the demo, in Firefox and WebKit: the live widget
// (not the prerendered snapshot) with every signatory, Lithuanian for the
// interface and the data, the area filter, zoom, and a group and a detail
// opened and closed from the keyboard alone.

import assert from "node:assert/strict";
import { test } from "node:test";

import { KEY, sleep } from "./webdriver.mjs";
import { OPTIONS, byName, forEachEngine, inWidget, waitLive } from "./support.mjs";

/** What the widget shows in its header, list and map, read in the page. */
const reading = (root) => {
  const text = (selector) => root.querySelector(selector)?.textContent.replace(/\s+/g, " ").trim() ?? null;
  return {
    lang: root.querySelector(".smw")?.getAttribute("lang"),
    title: text(".smw-header h2"),
    signed: text(".smw-header .smw-signed") ?? text(".smw-header p"),
    summary: text(".smw-summary"),
    entries: root.querySelectorAll(".smw-list li").length,
    drawn:
      root.querySelectorAll(".smw-marker").length +
      [...root.querySelectorAll(".smw-group-marker .smw-group-count")].reduce(
        (sum, count) => sum + Number(count.textContent.replace(/\D/g, "")),
        0,
      ),
  };
};

forEachEngine({}, (engine, pages) => {
  test(`${engine.label}: the demo goes live with all 15 signatories, on the list and the map`, OPTIONS, async () => {
    await pages.open("/index.html");
    const shown = await inWidget(pages.session, reading);
    assert.equal(shown.lang, "en");
    assert.equal(shown.title, "Council of Europe partnership with technology companies for an open and safe Internet");
    assert.equal(shown.summary, "15 signatories");
    assert.equal(shown.entries, 15);
    assert.equal(shown.drawn, 15, "each signatory drawn once, alone or in a group");
  });

  test(`${engine.label}: “Lietuvių” switches the interface and the data, plurals and date included`, OPTIONS, async () => {
    await pages.open("/index.html");
    const { session } = pages;
    await session.click(await byName(session, "button", "Lietuvių"));
    const shown = await session.waitFor("the Lithuanian view", () => {
      const root = document.querySelector("signatory-map").shadowRoot;
      const smw = root.querySelector(".smw");
      return smw?.getAttribute("lang") === "lt" && smw.textContent.includes("signatarų") ? smw.textContent : false;
    });
    assert.match(shown, /Europos Tarybos ir technologijų bendrovių partnerystė atviram ir saugiam internetui/);
    assert.match(shown, /Pasirašyta 2017 m\. lapkričio 8 d\. · Strasbūras/);
    assert.match(shown, /15 signatarų/);
    assert.match(shown, /Bendrovė · Bona, Vokietija/);
    assert.match(shown, /„Kaspersky Lab“/);
    const toggle = await inWidget(session, (root) =>
      [...root.querySelectorAll("button[aria-pressed]")].map((b) => `${b.textContent.trim()}:${b.getAttribute("aria-pressed")}`),
    );
    assert.deepEqual(toggle, ["English:false", "Lietuvių:true"]);
  });
});

export { KEY, sleep, waitLive };
