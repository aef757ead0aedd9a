// What a reader does with the demo, in Firefox and WebKit: the live widget
// (not the prerendered snapshot) with every signatory, Lithuanian for the
// interface and the data, the area filter, zoom, and a group and a detail
// opened and closed from the keyboard alone.

import assert from "node:assert/strict";
import { test } from "node:test";

import { readFileSync } from "node:fs";
import { join } from "node:path";

import { parseBasemapTransform } from "../e2e/support.mjs";
import { KEY, poll } from "./webdriver.mjs";
import { OPTIONS, ROOT, byName, forEachEngine, inWidget, waitInWidget, waitLive } from "./support.mjs";

/** What the widget shows in its header, list and map, read in the page. */
const reading = (root) => {
  const text = (selector) => root.querySelector(selector)?.textContent.replace(/\s+/g, " ").trim() ?? null;
  return {
    lang: root.querySelector(".smw")?.getAttribute("lang"),
    title: text(".smw-header h2"),
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

/** The basemap's transform attribute (`matrix(k 0 0 k x y)`). */
const basemapTransform = (root) => root.querySelector(".smw-basemap")?.getAttribute("transform");

/** The status line's text is `expected` (for waitInWidget). */
const statusIs = (root, expected) => root.querySelector(".smw-status")?.textContent.trim() === expected;

/** What has focus in the widget: its class and its key or id. */
const focusedOf = (root) => {
  const active = root.activeElement;
  return active ? `${active.getAttribute("class")}|${active.getAttribute("data-key") ?? active.getAttribute("data-id") ?? ""}` : null;
};

/** The varied fixture's status line, list and chip counts. */
const filtered = (root) => ({
  status: root.querySelector(".smw-status")?.textContent.trim(),
  listed: [...root.querySelectorAll(".smw-list .smw-list-name")].map((name) => name.textContent.trim()),
  pressed: [...root.querySelectorAll(".smw-filter button[aria-pressed='true']")].map((b) => b.textContent.replace(/\s*\d+$/, "").trim()),
});

/** `/flaky.json` answers 503 once, then the varied fixture: "Try again" must fetch again. */
let flakyAnswers = 0;
const ROUTES = {
  "/flaky.json": (_request, response) => {
    flakyAnswers += 1;
    if (flakyAnswers === 1) {
      response.writeHead(503, { "cache-control": "no-store" });
      return response.end("busy");
    }
    response.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
    response.end(readFileSync(join(ROOT, "tests", "fixtures", "varied.json")));
  },
};

forEachEngine(ROUTES, (engine, pages) => {
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
    // The widget tells the page once the new language is drawn (events follow
    // the drawing): read the text then, not in between two rendered parts.
    await session.execute(() => {
      const element = document.querySelector("signatory-map");
      element.addEventListener("signatory-map:languagechange", () => {
        element.dataset.heard = element.shadowRoot.querySelector(".smw").textContent;
      });
    });
    await session.click(await byName(session, "button", "Lietuvių"));
    const shown = await session.waitFor("the languagechange event", () => document.querySelector("signatory-map").dataset.heard);
    assert.equal(await inWidget(session, (root) => root.querySelector(".smw").getAttribute("lang")), "lt");
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

  test(`${engine.label}: area toggles narrow the list, the counts and the map; “All areas” releases them`, OPTIONS, async () => {
    await pages.open("/fixtures/varied.html");
    const { session } = pages;
    await session.click(await byName(session, ".smw-filter button", /^Free expression\s*\d+$/));
    await waitInWidget(session, "the expression filter", statusIs, { args: ["Showing 3 of 6 signatories"] });
    let shown = await inWidget(session, filtered);
    assert.deepEqual(shown.pressed, ["Free expression"]);
    assert.deepEqual(shown.listed.sort(), ["Baltic Net", "Nordic Culture Forum", "Vilnius University"]);
    assert.equal(await inWidget(session, reading).then((r) => r.drawn), 3, "the map draws the 3 shown");

    await session.click(await byName(session, ".smw-filter button", /^Privacy\s*\d+$/));
    await waitInWidget(session, "both areas", statusIs, { args: ["Showing 2 of 6 signatories"] });
    shown = await inWidget(session, filtered);
    assert.deepEqual(shown.listed.sort(), ["Baltic Net", "Vilnius University"]);

    await session.click(await byName(session, ".smw-filter button", /^All areas\s*\d+$/));
    await waitInWidget(session, "every area again", statusIs, { args: ["Showing 6 of 6 signatories"] });
    assert.deepEqual((await inWidget(session, filtered)).pressed, ["All areas"]);
  });

  test(`${engine.label}: Zoom in doubles the scale, Zoom out undoes it`, OPTIONS, async () => {
    await pages.open("/index.html");
    const { session } = pages;
    const scale = async () => parseBasemapTransform(await inWidget(session, basemapTransform)).k;
    const start = await scale();
    assert.ok(start > 0, `a scale to start from: ${start}`);
    await session.click(await byName(session, "button", "Zoom in"));
    await poll("zoomed in", async () => Math.abs((await scale()) - 2 * start) < 1e-6);
    await session.click(await byName(session, "button", "Zoom out"));
    await poll("zoomed out", async () => Math.abs((await scale()) - start) < 1e-6);
  });

  test(`${engine.label}: keyboard only: Tab to the markers, arrows, Enter opens a group and a member, Escape unwinds`, OPTIONS, async () => {
    // Groups remain on a phone-wide map (wider ones fan them out).
    await pages.open("/index.html", { width: 390, height: 844 });
    const { session } = pages;
    const focused = () => inWidget(session, focusedOf);
    // From the top of the page, Tab until a marker has focus: markers are one stop.
    await session.execute(() => document.activeElement?.blur());
    let now = null;
    for (let stop = 0; stop < 40 && !/\|.+/.test(now ?? "") ; stop += 1) {
      await session.press(KEY.Tab);
      now = await focused();
      if (now && !/smw-(group-)?marker/.test(now)) now = null;
    }
    assert.match(now ?? "", /smw-(group-)?marker/, "Tab reached a marker");
    // Arrows move between markers until a group has focus.
    for (let step = 0; step < 20 && !/^smw-group-marker/.test(now); step += 1) {
      await session.press([KEY.ArrowRight, KEY.ArrowDown, KEY.ArrowLeft, KEY.ArrowUp][Math.floor(step / 5) % 4]);
      await waitInWidget(session, "focus on a marker", (root) => root.activeElement?.hasAttribute("data-key"));
      now = await focused();
    }
    assert.match(now, /^smw-group-marker/, "arrows reached a group");
    const groupKey = now.split("|")[1];

    await session.press(KEY.Enter);
    await waitInWidget(session, "focus in the group", (root) => root.activeElement?.classList.contains("smw-group-title"));
    // The first member, by Tab, then Enter: its detail.
    let member = null;
    for (let stop = 0; stop < 5 && !member; stop += 1) {
      await session.press(KEY.Tab);
      const at = await focused();
      if (/^smw-list-item/.test(at ?? "")) member = at;
    }
    assert.ok(member, "Tab reached a member of the group");
    await session.press(KEY.Enter);
    await waitInWidget(session, "focus on the detail", (root) => root.activeElement?.classList.contains("smw-detail-name"));
    await session.press(KEY.Escape);
    await poll("back on the member", async () => (await focused()) === member);
    await session.press(KEY.Escape);
    await waitInWidget(
      session,
      "the group closed, focus on its marker",
      (root, key) => !root.querySelector(".smw-group") && root.activeElement?.getAttribute("data-key") === key,
      { args: [groupKey] },
    );
  });

  test(`${engine.label}: a 404 says why and offers “Try again”, which fetches again and shows the data`, OPTIONS, async () => {
    const { session } = pages;
    await pages.load("/fixtures/missing.html");
    const alert = () => document.querySelector("signatory-map")?.shadowRoot?.querySelector("[role=alert]")?.textContent ?? false;
    assert.match(await session.waitFor("the error", alert), /The data could not be loaded: the server answered 404\./);
    const asked = () => pages.requests.filter((url) => url.endsWith("/tests/fixtures/no-such-file.json")).length;
    assert.equal(asked(), 1);
    await session.click(await byName(session, "button", "Try again"));
    await poll("a second request", async () => asked() >= 2, 2500).catch(() => {});
    assert.equal(asked(), 2, "“Try again” asked the server again");

    // A source that answers the second time: “Try again” shows it.
    flakyAnswers = 0;
    await session.execute(() => document.querySelector("signatory-map").setAttribute("src", "/flaky.json"));
    const said = await waitInWidget(session, "the 503", (root) => {
      const text = root.querySelector("[role=alert]")?.textContent ?? "";
      return text.includes("503") && text;
    });
    assert.match(said, /the server answered 503/);
    await session.click(await byName(session, "button", "Try again"));
    await waitLive(session);
    assert.equal((await inWidget(session, filtered)).status, "Showing 6 of 6 signatories");
    assert.equal(flakyAnswers, 2);
  });
});
