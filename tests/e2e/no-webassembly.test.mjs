// When the page blocks WebAssembly: news sites' Content-Security-Policies
// often lack 'wasm-unsafe-eval'. The demo is served with the strict policy
// of the README minus that source, and with JavaScript off. The prerendered
// snapshot then stays, but nothing in it may look or read like a control
// that does nothing: the only controls left are a language toggle that
// works (the embed carries the other language's snapshot as
// <template data-snapshot-lang>) and links; the list stays readable; the
// note takes its own room; the console says once what the page would need.
// Until WebAssembly has failed, the snapshot is left as the live widget
// draws it (prerender.test.mjs), and the live widget is unaffected.

import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";

import { OPTIONS, ROOT, animationsSettled, listItems, useWidgetPages, waitForData, widget } from "./support.mjs";

const ARTIFACTS = join(ROOT, "tests", "artifacts");
const AXE = readFileSync(join(ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8");

/** The README's strict policy, with and without 'wasm-unsafe-eval'. */
const POLICY = (script) =>
  `default-src 'none'; script-src ${script}; connect-src 'self'; style-src 'self'; ` +
  "img-src 'self' data:; require-trusted-types-for 'script'";
const NO_WASM = POLICY("'self'");
const WITH_WASM = POLICY("'self' 'wasm-unsafe-eval'");

const DEMO = readFileSync(join(ROOT, "index.html"), "utf8").replaceAll('"www/', '"/www/');
/** @param {string} lang */
const snapshot = (lang) => readFileSync(join(ROOT, "www", "dist", `prerender-${lang}.html`), "utf8").trim().replaceAll('"www/', '"/www/');
const SNAPSHOT = { en: snapshot("en"), lt: snapshot("lt") };
const OPEN = '<template shadowrootmode="open">';

/** The demo's first figure, whatever the build injected between its markers. */
const BLOCK = /<!-- prerender:en -->[\s\S]*?<!-- \/prerender:en -->/;

/**
 * The demo page with the first widget's snapshots replaced: `shown` as its
 * declarative shadow root, `others` as templates (the README's embed), the
 * element's own `lang` set to `shown`'s.
 * @param {"en" | "lt"} shown
 * @param {("en" | "lt")[]} others
 */
function demoWith(shown, others) {
  const templates = others.map((lang) => `<template data-snapshot-lang="${lang}">${SNAPSHOT[lang].slice(OPEN.length)}`);
  const block = [`<!-- prerender:en -->`, SNAPSHOT[shown], ...templates, `<!-- /prerender:en -->`].join("\n");
  assert.match(DEMO, BLOCK, "index.html has its snapshot markers");
  return DEMO.replace(BLOCK, block).replace("<signatory-map>", `<signatory-map lang="${shown}">`);
}

/** `html` without its module script: the element is never defined. */
const withoutScript = (html) => html.replace(/<script type="module"[^>]*><\/script>/, "");

/** A page with two widgets and no snapshot: only their fallback paragraphs. */
const FALLBACK_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fallback</title>
<script type="module" src="/www/dist/element.js" blocking="render"></script></head><body><main>
<signatory-map><p>The first map cannot run here.</p></signatory-map>
<signatory-map lang="lt"><p>Antrasis žemėlapis čia negali veikti.</p></signatory-map>
</main></body></html>`;

/** @param {string} policy @param {string} html */
const route = (policy, html) => (_request, response) => {
  response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": policy, "cache-control": "no-store" });
  response.end(html);
};

const pages = useWidgetPages({
  routes: {
    "/no-wasm/index.html": route(NO_WASM, DEMO),
    "/no-wasm/lt.html": route(NO_WASM, demoWith("lt", ["en"])),
    "/no-wasm/one-language.html": route(NO_WASM, demoWith("en", [])),
    "/no-wasm/fallback.html": route(NO_WASM, FALLBACK_PAGE),
    "/no-script/en.html": route(NO_WASM, withoutScript(DEMO)),
    "/no-script/lt.html": route(NO_WASM, withoutScript(demoWith("lt", ["en"]))),
    "/wasm/index.html": route(WITH_WASM, DEMO),
  },
});

/** What a reader of each language reads and clicks (locales/*\/widget.ftl). */
const LANGS = {
  en: { toggle: "English", list: "Signatories", entry: "Kaspersky Lab Company · Moscow, Russia", note: /^This is a snapshot/ },
  lt: { toggle: "Lietuvių", list: "Signatarai", entry: "„Kaspersky Lab“ Bendrovė · Maskva, Rusija", note: /^Tai momentinė kopija/ },
};

/**
 * Records, from before the page's first script, every CSP violation and
 * every console message.
 * @param {import("playwright-core").Page} page
 */
async function recordPage(page) {
  /** @type {{ type: string, text: string }[]} */ const messages = [];
  page.on("console", (message) => messages.push({ type: message.type(), text: message.text() }));
  await page.addInitScript(() => {
    /** @type {any} */ (window).violations = [];
    document.addEventListener("securitypolicyviolation", (event) =>
      /** @type {any} */ (window).violations.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        source: event.sourceFile,
      }),
    );
  });
  return { messages, violations: () => page.evaluate(() => /** @type {any} */ (window).violations) };
}

/** Opens a no-WebAssembly page and waits until its first widget has given up. */
async function openStatic(path) {
  const { page } = pages;
  const recorded = await recordPage(page);
  await page.goto(`${pages.server.url}${path}`);
  await page.locator("signatory-map[data-state]").first().waitFor({ state: "attached" });
  return { page, root: widget(page), ...recorded };
}

/**
 * The snapshot's controls a reader can see, by role and name (Playwright's
 * roles: the accessibility tree's, through the shadow root).
 * @param {import("playwright-core").Locator} root
 */
async function visibleControls(root) {
  const found = [];
  for (const role of ["button", "checkbox", "switch", "radio", "tab", "option", "textbox", "combobox", "slider"]) {
    for (const control of await root.getByRole(role).all()) {
      if (!(await control.isVisible())) continue;
      const name = await control.evaluate((e) => e.getAttribute("aria-label") || e.textContent?.trim());
      const where = await control.evaluate((e) => (e.closest("li") ? "list: " : e.closest("svg") ? "map: " : ""));
      found.push(`${where}${role}: ${name}`);
    }
  }
  return found;
}

/**
 * What the Tab key reaches inside the widget, from the top of the page:
 * each stop's text or name, "(list: name)" for a list.
 * @param {import("playwright-core").Page} page
 */
async function tabStops(page) {
  await page.locator("h1").first().click();
  const stops = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    const stop = await page.evaluate(() => {
      const host = document.activeElement;
      if (host?.localName !== "signatory-map") return null;
      const inner = host.shadowRoot?.activeElement;
      if (!inner) return "(the element)";
      if (inner.matches("ul, ol")) return `(list: ${inner.getAttribute("aria-label")})`;
      if (inner.matches(".smw-covers")) return "(the areas)";
      return inner.textContent?.trim() || inner.getAttribute("aria-label") || inner.localName;
    });
    if (stop === null) {
      if (stops.length) break;
      continue;
    }
    stops.push(stop);
  }
  return stops;
}

/**
 * Elements of the snapshot a pointer says are clickable (cursor pointer
 * or grab), other than links and the working language toggle.
 * @param {import("playwright-core").Page} page
 */
async function pointerTargets(page) {
  return page.locator("signatory-map").first().evaluate((host) =>
    [...host.shadowRoot.querySelectorAll(".smw *")]
      .filter((element) => element.checkVisibility() && /pointer|grab/.test(getComputedStyle(element).cursor))
      .filter((element) => !element.closest("a, [data-switch]"))
      .map((element) => `${element.localName}.${element.getAttribute("class")}`),
  );
}

/**
 * Checks the note is on screen and overlaps nothing else of the widget.
 * @param {import("playwright-core").Page} page
 * @param {RegExp} text
 */
async function assertNoteInItsOwnRoom(page, text) {
  const element = page.locator("signatory-map").first();
  const note = element.locator(".smw-static-note");
  assert.equal(await note.isVisible(), true, "the note is shown");
  assert.match((await note.innerText()).trim(), text);
  const [noteBox, hostBox] = [await note.boundingBox(), await element.boundingBox()];
  assert.ok(noteBox && hostBox, "both are laid out");
  assert.ok(noteBox.y >= hostBox.y && noteBox.y + noteBox.height <= hostBox.y + hostBox.height + 0.5, "inside the widget's box");
  // Everything the snapshot shows is clipped to its .smw box: the note
  // covers nothing when it stays out of that box (and so of the legend).
  const intersects = (a, b) =>
    Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 0.5 &&
    Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 0.5;
  const overlapped = [];
  for (const selector of [".smw", ".smw-legend", ".smw-list-box", ".smw-map"]) {
    const box = await element.locator(selector).first().boundingBox();
    assert.ok(box, `${selector} is laid out`);
    if (intersects(noteBox, box)) overlapped.push(selector);
  }
  assert.deepEqual(overlapped, [], "the note covers none of the snapshot's content");
}

/**
 * axe-core on the first widget, evaluated through DevTools (the page's own
 * policy would refuse an injected script tag).
 * @param {import("playwright-core").Page} page
 */
async function axeViolations(page) {
  // axe's own work trips the page's policy (a style element of its own):
  // those violations are dropped, not the page's.
  const before = await page.evaluate(() => /** @type {any} */ (window).violations?.length ?? 0);
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE);
  await page.locator("signatory-map").first().scrollIntoViewIfNeeded();
  await animationsSettled(page).catch(() => {});
  const found = await page.evaluate(async () => {
    const axe = /** @type {any} */ (window).axe;
    const result = await axe.run(document.querySelector("signatory-map"), {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"] },
    });
    return result.violations.map((/** @type {any} */ v) => `${v.id}: ${v.nodes.map((/** @type {any} */ n) => n.target.flat().join(" >>> ")).join(", ")}`);
  });
  await page.waitForTimeout(100);
  await page.evaluate((before) => /** @type {any} */ (window).violations?.splice(before), before);
  return found;
}

/** The console messages that tell the page's developer about 'wasm-unsafe-eval'. */
const namingSource = (messages) => messages.filter((m) => m.text.includes("'wasm-unsafe-eval'"));

/**
 * Everything a reader of `lang` must find in a static snapshot: its text
 * in that language, the list readable as text (names in the
 * accessibility tree, no buttons), no control but the language toggle
 * (`toggles`), nothing else reachable by Tab but links, nothing that
 * looks clickable, the note in its own room, axe clean.
 */
async function assertStatic(page, root, lang, { toggles }) {
  const expected = LANGS[lang];
  await page.locator(`signatory-map .smw[lang="${lang}"]`).waitFor();
  const list = root.getByRole("list", { name: expected.list, exact: true });
  assert.equal(await listItems(root, expected.list).count(), 15);
  const tree = await list.ariaSnapshot();
  assert.ok(tree.includes(expected.entry), `the list reads "${expected.entry}":\n${tree}`);
  assert.doesNotMatch(tree, /button/, "list entries are not announced as buttons");
  const controls = toggles ? [`button: ${LANGS.en.toggle}`, `button: ${LANGS.lt.toggle}`] : [];
  assert.deepEqual(await visibleControls(root), controls, "no control that does nothing");
  assert.deepEqual(await pointerTargets(page), [], "nothing looks clickable that is not");
  const links = await root.locator("a[href]").allInnerTexts();
  // The list, whose entries are no longer focusable, is: the keyboard scrolls it.
  // So is the agreement's list of areas where it is cut to scroll (Lithuanian
  // at this size): Chromium makes such a scroller a Tab stop of its own.
  const areasScroll = await root
    .locator(".smw-covers")
    .evaluateAll((all) => all.some((areas) => areas.scrollHeight > areas.clientHeight + 1));
  assert.deepEqual(
    (await tabStops(page)).sort(),
    [...controls.map((c) => c.replace("button: ", "")), ...links, `(list: ${expected.list})`, ...(areasScroll ? ["(the areas)"] : [])].sort(),
    "Tab reaches the toggle, links and the list only",
  );
  const keys = root.locator(".smw-map .smw-visually-hidden");
  assert.equal(await keys.count(), 1, "the map's key help is there…");
  assert.deepEqual(
    [await keys.isVisible(), await root.locator(".smw-map").getAttribute("aria-describedby")],
    [false, null],
    "…but no longer read: arrow keys move nothing now",
  );
  await assertNoteInItsOwnRoom(page, expected.note);
  assert.deepEqual(await axeViolations(page), [], "axe: no violation");
}

test("under script-src 'self' the English snapshot turns static: only a working language toggle, the list readable, the note in its own room", OPTIONS, async () => {
  const { page, root, messages, violations } = await openStatic("/no-wasm/index.html");
  assert.equal(await page.locator("signatory-map").first().getAttribute("data-state"), "static");
  await assertStatic(page, root, "en", { toggles: true });
  const named = namingSource(messages);
  assert.equal(named.length, 1, `one message names the missing source: ${JSON.stringify(messages)}`);
  assert.equal(named[0].type, "warning");
  assert.match(named[0].text, /Content-Security-Policy/);
  assert.match(named[0].text, /script-src/);
  const all = await violations();
  assert.ok(all.some((v) => v.blocked === "wasm-eval"), `the refused compile is seen: ${JSON.stringify(all)}`);
  assert.deepEqual(all.filter((v) => v.blocked !== "wasm-eval"), [], "no violation but the WebAssembly compile the policy refuses");
  assert.deepEqual(pages.session.pageErrors, []);
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.locator("signatory-map").first().screenshot({ path: join(ARTIFACTS, "static-no-webassembly-en.png") });
});

test("the language toggle switches to the Lithuanian snapshot and back, focus kept, no new message or violation", OPTIONS, async () => {
  const { page, root, messages, violations } = await openStatic("/no-wasm/index.html");
  await root.getByRole("button", { name: LANGS.lt.toggle, exact: true }).click();
  await assertStatic(page, root, "lt", { toggles: true });
  // assertStatic moved focus by Tab: come back to the toggle with the keyboard.
  await root.getByRole("button", { name: LANGS.lt.toggle, exact: true }).focus();
  const focused = () => page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.textContent);
  assert.equal(await focused(), LANGS.lt.toggle);
  assert.equal(await root.getByRole("button", { name: LANGS.lt.toggle, exact: true }).getAttribute("aria-pressed"), "true");
  assert.equal(await root.locator(".smw-title").innerText(), "Europos Tarybos ir technologijų bendrovių partnerystė atviram ir saugiam internetui");
  await page.locator("signatory-map").first().screenshot({ path: join(ARTIFACTS, "static-no-webassembly-lt.png") });

  // Back to English from the keyboard: Shift+Tab to "English", Enter.
  await page.keyboard.press("Shift+Tab");
  assert.equal(await focused(), LANGS.en.toggle);
  await page.keyboard.press("Enter");
  await page.locator('signatory-map .smw[lang="en"]').waitFor();
  assert.equal(await focused(), LANGS.en.toggle, "focus stays on the toggle");
  assert.equal(await root.locator(".smw-title").innerText(), "Council of Europe partnership with technology companies for an open and safe Internet");
  await assertStatic(page, root, "en", { toggles: true });
  assert.equal(namingSource(messages).length, 1, "still one message");
  assert.deepEqual((await violations()).filter((v) => v.blocked !== "wasm-eval"), [], "swapping parses nothing and styles nothing inline");
  assert.deepEqual(pages.session.pageErrors, []);
});

test("on a phone (390 px) too, the static snapshot keeps only its toggle, and its note covers nothing", OPTIONS, async () => {
  const context = await pages.session.context.browser().newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${pages.server.url}/no-wasm/index.html`);
  await page.locator('signatory-map[data-state="static"]').waitFor({ state: "attached" });
  const root = widget(page);
  assert.deepEqual(await visibleControls(root), [`button: ${LANGS.en.toggle}`, `button: ${LANGS.lt.toggle}`]);
  assert.deepEqual(await pointerTargets(page), []);
  await assertNoteInItsOwnRoom(page, LANGS.en.note);
  await context.close();
});

test("an embed that starts in Lithuanian turns static in Lithuanian, and its toggle shows English", OPTIONS, async () => {
  const { page, root, messages } = await openStatic("/no-wasm/lt.html");
  await assertStatic(page, root, "lt", { toggles: true });
  await root.getByRole("button", { name: LANGS.en.toggle, exact: true }).click();
  await assertStatic(page, root, "en", { toggles: true });
  assert.equal(namingSource(messages).length, 1);
  assert.deepEqual(pages.session.pageErrors, []);
});

test("without the other language's snapshot the language toggle is hidden too", OPTIONS, async () => {
  const { page, root } = await openStatic("/no-wasm/one-language.html");
  await assertStatic(page, root, "en", { toggles: false });
  assert.equal(await root.getByRole("group", { name: "Language" }).count(), 0, "no empty language group either");
});

/**
 * Scripts never run: JavaScript off (Playwright cannot run axe in such a
 * page), or a page where element.js never loads (as when the page's
 * script-src lacks the widget's origin), where axe can run: either way
 * <signatory-map> is never defined, and only the snapshot's stylesheet acts.
 */
const NEVER_DEFINED = {
  "JavaScript off": { javaScriptEnabled: false, path: (lang) => (lang === "en" ? "/no-wasm/index.html" : "/no-wasm/lt.html") },
  "without element.js": { javaScriptEnabled: true, path: (lang) => `/no-script/${lang}.html` },
};

for (const [how, { javaScriptEnabled, path }] of Object.entries(NEVER_DEFINED)) {
  for (const lang of /** @type {const} */ (["en", "lt"])) {
    test(`${how}, the ${lang === "en" ? "English" : "Lithuanian"} snapshot offers no control outside its list and map, and nothing looks clickable`, OPTIONS, async () => {
      const context = await pages.session.context.browser().newContext({ javaScriptEnabled, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${pages.server.url}${path(lang)}`);
      const root = widget(page);
      await root.locator(".smw-header").waitFor();
      assert.equal(await page.evaluate(() => customElements.get("signatory-map")), undefined, "never defined");
      const entries = (await listItems(root, LANGS[lang].list).allInnerTexts()).map((t) => t.replace(/\s+/g, " ").trim());
      assert.equal(entries.length, 15);
      assert.ok(entries.includes(LANGS[lang].entry), entries.join(" | "));
      // A stylesheet cannot change roles: the list entries and the map's
      // markers stay buttons to assistive technology (see README), but
      // nothing else is offered, and nothing looks clickable.
      const controls = await visibleControls(root);
      assert.deepEqual(controls.filter((c) => !/^(list|map): /.test(c)), [], "no control outside the list and the map");
      assert.equal(controls.filter((c) => c.startsWith("list: ")).length, 15);
      assert.equal(await root.locator(".smw-lang, .smw-filter, .smw-zoom").filter({ visible: true }).count(), 0, "no toggle, filter or zoom");
      assert.deepEqual(await pointerTargets(page), [], "nothing looks clickable");
      await assertNoteInItsOwnRoom(page, LANGS[lang].note);
      if (javaScriptEnabled) assert.deepEqual(await axeViolations(page), [], "axe: no violation");
      else if (lang === "en") await page.locator("signatory-map").first().screenshot({ path: join(ARTIFACTS, "static-no-javascript-en.png") });
      await context.close();
    });
  }
}

test("until WebAssembly fails, and with it, the widget is untouched: all its controls, no note, no message", OPTIONS, async () => {
  const { page } = pages;
  const { messages, violations } = await recordPage(page);
  // Hold the WebAssembly: meanwhile the snapshot reads like the widget.
  /** @type {() => void} */ let release = () => {};
  const held = new Promise((resolve) => (release = () => resolve(undefined)));
  await page.route("**/*.wasm", async (wasm) => {
    await held;
    await wasm.continue();
  });
  await page.goto(`${pages.server.url}/wasm/index.html`);
  const root = widget(page);
  await root.locator(".smw-header").waitFor();
  const waiting = await visibleControls(root);
  assert.ok(waiting.length >= 25, `the waiting snapshot keeps every control: ${waiting.length}`);
  assert.ok(waiting.includes("button: Zoom in") && waiting.includes("button: English"), waiting.join(" | "));
  assert.equal(await page.locator("signatory-map").first().getAttribute("data-state"), null);
  assert.equal(await page.locator("signatory-map .smw-static-note").isVisible(), false);
  release();
  await waitForData(root);
  assert.equal(await page.locator("signatory-map").first().getAttribute("data-state"), null);
  assert.ok((await root.getByRole("button", { name: "Zoom in" }).count()) === 1, "live controls");
  await root.getByRole("button", { name: LANGS.lt.toggle, exact: true }).click();
  await root.locator(".smw-title", { hasText: "Europos Tarybos" }).waitFor();
  assert.deepEqual(namingSource(messages), []);
  assert.deepEqual(await violations(), []);
  assert.deepEqual(pages.session.pageErrors, []);
});

test("a static element that starts later (WebAssembly back, element re-inserted) is the whole live widget again", OPTIONS, async () => {
  const { page, pageErrors } = pages.session;
  await page.route("**/*.wasm", (wasm) => wasm.abort());
  await page.goto(`${pages.server.url}/index.html`);
  await page.locator('signatory-map[data-state="static"]').waitFor({ state: "attached" });
  assert.equal(await widget(page).getByRole("button", { name: "Zoom in" }).count(), 0, "static first");
  await page.unroute("**/*.wasm");
  await page.locator("signatory-map").first().evaluate((element) => {
    const parent = element.parentElement;
    element.remove();
    parent?.prepend(element);
  });
  const root = widget(page);
  await waitForData(root);
  assert.equal(await page.locator("signatory-map").first().getAttribute("data-state"), null);
  assert.equal(await root.getByRole("button", { name: "Zoom in" }).isVisible(), true, "the live controls show");
  assert.equal(await root.getByRole("list", { name: LANGS.en.list }).getByRole("button").count(), 15, "entries are buttons again");
  assert.equal(await page.locator("signatory-map .smw-static-note").isVisible(), false);
  assert.deepEqual(pageErrors, []);
});

test("without a snapshot the fallback paragraphs show, and the console says it once for the page", OPTIONS, async () => {
  const { page, messages } = await openStatic("/no-wasm/fallback.html");
  await page.waitForFunction(() => [...document.querySelectorAll("signatory-map")].every((e) => e.getAttribute("data-state") === "unsupported"));
  assert.equal(await page.getByText("The first map cannot run here.").isVisible(), true);
  assert.equal(await page.getByText("Antrasis žemėlapis čia negali veikti.").isVisible(), true);
  assert.equal(namingSource(messages).length, 1, `one message for two widgets: ${JSON.stringify(messages)}`);
  assert.deepEqual(pages.session.pageErrors, []);
});

test("a browser without WebAssembly is told apart: the message names no policy", OPTIONS, async () => {
  const { page } = pages;
  await page.addInitScript(() => delete (/** @type {any} */ (globalThis).WebAssembly));
  const { messages } = await recordPage(page);
  await page.goto(`${pages.server.url}/index.html`);
  await page.locator('signatory-map[data-state="static"]').waitFor({ state: "attached" });
  const said = messages.filter((m) => m.text.startsWith("signatory-map"));
  assert.equal(said.length, 1, JSON.stringify(messages));
  assert.match(said[0].text, /no WebAssembly/);
  assert.doesNotMatch(said[0].text, /Content-Security-Policy|wasm-unsafe-eval/);
  assert.deepEqual(await visibleControls(widget(page)), [`button: ${LANGS.en.toggle}`, `button: ${LANGS.lt.toggle}`]);
});
