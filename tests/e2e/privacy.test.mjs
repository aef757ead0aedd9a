// A reader's privacy and safety. Through a whole session — load, filter,
// switch language, open a signatory from the list, open a group on the map —
// the widget talks to no one but the page's own server (the page, its
// scripts and styles, the .wasm, the dataset), sends no beacon, sets no
// cookie and stores nothing in the browser (localStorage, sessionStorage,
// IndexedDB, Cache Storage, service workers). Its links to signatories'
// websites open in a new tab with rel="noopener noreferrer", so the site
// learns neither the article nor gets a handle on it.
//
// The dataset is someone else's file, so the widget treats it as untrusted:
// tests/fixtures/privacy-hostile.json (the varied fixture, plus a signatory
// named `<img src=x onerror=window.__xss=1>`) has `javascript:` and `data:`
// URLs, which must not become links, and markup that must stay text.

import assert from "node:assert/strict";
import { test } from "node:test";

import { OPTIONS, listItems, useWidgetPages, waitForData, widget } from "./support.mjs";

const HOSTILE_PAGE = "/fixtures/privacy.html";
const HOSTILE_DATASET = "/tests/fixtures/privacy-hostile.json";
const MARKUP_NAME = "<img src=x onerror=window.__xss=1>";

const pages = useWidgetPages();

/**
 * Runs in the page before any of its scripts: every write to Web Storage,
 * every IndexedDB open, cookie write and beacon goes into `window.__stored`.
 */
function recordStorage() {
  /** @type {string[]} */ const calls = [];
  Object.defineProperty(window, "__stored", { value: calls });
  for (const method of /** @type {const} */ (["setItem", "removeItem", "clear"])) {
    const original = Storage.prototype[method];
    Storage.prototype[method] = function (...args) {
      const which = this === window.sessionStorage ? "sessionStorage" : "localStorage";
      calls.push(`${which}.${method}(${args.map(String).join(", ")})`);
      return original.apply(this, args);
    };
  }
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (...args) {
    calls.push(`indexedDB.open(${String(args[0])})`);
    return open.apply(this, args);
  };
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, "cookie");
  Object.defineProperty(Document.prototype, "cookie", {
    ...cookie,
    set(value) {
      calls.push(`document.cookie = ${value}`);
      cookie?.set?.call(this, value);
    },
  });
  const sendBeacon = navigator.sendBeacon;
  navigator.sendBeacon = function (...args) {
    calls.push(`navigator.sendBeacon(${String(args[0])})`);
    return sendBeacon.apply(this, args);
  };
}

/**
 * Starts recording (every request of the context, the page's storage
 * writes), then opens `path` and waits for the widget's data.
 */
async function startSession(path) {
  const { context, page } = pages.session;
  /** @type {{ method: string, type: string, url: string }[]} */ const requests = [];
  context.on("request", (request) =>
    requests.push({ method: request.method(), type: request.resourceType(), url: request.url() }),
  );
  /** @type {string[]} */ const websockets = [];
  page.on("websocket", (socket) => websockets.push(socket.url()));
  await context.addInitScript(recordStorage);
  const root = await pages.open(path);
  return { root, requests, websockets };
}

/** The area toggle whose label starts with `label` ("Privacy 4"). */
const toggle = (root, label) => root.getByRole("button", { name: new RegExp(`^${label}\\s*\\d+$`) });

/** Clicks each area toggle in turn, then "All areas"; each press shows. */
async function filterByAreas(root, labels) {
  for (const label of labels) {
    await toggle(root, label).click();
    assert.equal(await toggle(root, label).getAttribute("aria-pressed"), "true", `${label} is pressed`);
  }
  await toggle(root, "All areas").click();
  assert.equal(await toggle(root, "All areas").getAttribute("aria-pressed"), "true");
}

/** Lietuvių, then back to English. */
async function toggleLanguage(root) {
  await root.getByRole("button", { name: "Lietuvių", exact: true }).click();
  await root.getByRole("list", { name: "Signatarai", exact: true }).waitFor();
  assert.equal(await root.getAttribute("lang"), "lt");
  await root.getByRole("button", { name: "English", exact: true }).click();
  await root.getByRole("list", { name: "Signatories", exact: true }).waitFor();
  assert.equal(await root.getAttribute("lang"), "en");
}

/** Opens `name` from the list; returns its detail region. */
async function openFromList(root, name) {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  await listItems(root).getByRole("button", { name: new RegExp(`^${escaped}`) }).click();
  const detail = root.getByRole("region", { name, exact: true });
  await detail.waitFor();
  return detail;
}

/** The website link of a detail: a new tab, with no opener and no referrer. */
async function assertSafeWebsiteLink(detail, text, href) {
  const link = detail.getByRole("link", { name: text, exact: true });
  assert.ok(await link.isVisible(), `the “${text}” link is shown`);
  assert.equal(await link.getAttribute("href"), href);
  const rel = ((await link.getAttribute("rel")) ?? "").split(/\s+/);
  assert.ok(rel.includes("noopener"), `rel="${rel.join(" ")}" has noopener`);
  assert.ok(rel.includes("noreferrer"), `rel="${rel.join(" ")}" has noreferrer`);
  assert.equal(await link.getAttribute("target"), "_blank");
}

/**
 * Opens `name`'s detail from its own marker on the map (on this wide map
 * the members of small groups are fanned out, core::fan).
 */
async function openFromMap(root, name) {
  const map = root.getByRole("group", { name: "Map of the signatories’ headquarters" });
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  await map.getByRole("button", { name: new RegExp(`^${escaped}, `) }).click();
  return root.getByRole("region", { name, exact: true });
}

/**
 * Every request went to the page's own origin, by GET, for the page, its
 * own CSS/JS, the .wasm, the dataset or the favicon — nothing else.
 */
function assertOnlyOwnRequests(requests, websockets, { page, dataset }) {
  const origin = pages.server.url;
  const allowed = [
    (path) => path === page,
    (path) => /^\/www\/(dist|demo)\/[\w.-]+\.(js|css)$/.test(path),
    (path) => path === "/www/dist/signatory_map_bg.wasm",
    (path) => dataset !== undefined && path === dataset,
    (path) => path === "/favicon.ico",
  ];
  const unexpected = requests
    .filter(({ method, url }) => {
      const parsed = new URL(url);
      return parsed.origin !== origin || parsed.search !== "" || method !== "GET" || !allowed.some((ok) => ok(parsed.pathname));
    })
    .map(({ method, type, url }) => `${method} ${url} (${type})`);
  assert.deepEqual(unexpected, [], "requests other than the page, its files, the .wasm, the dataset and the favicon");
  assert.deepEqual(websockets, [], "WebSockets");
  assert.ok(requests.some(({ type }) => type === "ping") === false, "no beacon or ping");
  const paths = requests.map(({ url }) => new URL(url).pathname);
  assert.equal(paths.filter((p) => p === "/www/dist/signatory_map_bg.wasm").length, 1, "the .wasm, once");
  if (dataset) assert.equal(paths.filter((p) => p === dataset).length, 1, "the dataset, once");
}

/** No cookie, and nothing written to or left in any browser storage. */
async function assertNothingStored() {
  const { context, page } = pages.session;
  assert.deepEqual(await context.cookies(), [], "cookies");
  const stored = await page.evaluate(async () => ({
    calls: /** @type {any} */ (window).__stored,
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).map((database) => database.name),
    cacheStorage: await caches.keys(),
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
    cookie: document.cookie,
  }));
  assert.deepEqual(stored, {
    calls: [],
    localStorage: 0,
    sessionStorage: 0,
    indexedDB: [],
    cacheStorage: [],
    serviceWorkers: 0,
    cookie: "",
  });
}

test("the demo page: a full session talks only to its own server and leaves nothing behind", OPTIONS, async () => {
  const { root, requests, websockets } = await startSession("/index.html");

  // The agreement's areas are everyone's (no toggles); the page's second
  // widget, its example for newsrooms, has a filter to use.
  const example = widget(pages.page, 1);
  await waitForData(example);
  await filterByAreas(example, ["Countering cybercrime and terrorism", "The right to privacy and the protection of personal data"]);
  await toggleLanguage(root);
  const telekom = await openFromList(root, "Deutsche Telekom");
  await assertSafeWebsiteLink(telekom, "www.telekom.com", "https://www.telekom.com/");
  await telekom.getByRole("button", { name: "Close the details", exact: true }).click();
  const member = await openFromMap(root, "Computer & Communications Industry Association (CCIA)");
  assert.ok(await member.isVisible(), "a marker's detail opens");
  // The agreement's source link in the map footer, too.
  const source = root.getByRole("link", { name: "Source", exact: true });
  assert.match((await source.getAttribute("href")) ?? "", /^https:\/\//);
  assert.deepEqual(((await source.getAttribute("rel")) ?? "").split(/\s+/).sort(), ["noopener", "noreferrer"]);
  assert.equal(await source.getAttribute("target"), "_blank");

  await pages.page.waitForTimeout(300); // anything sent late (unload-less beacons, timers) would show here
  assertOnlyOwnRequests(requests, websockets, { page: "/index.html", dataset: "/data/examples/regional-pledge.json" });
  await assertNothingStored();
  assert.deepEqual(pages.session.pageErrors, []);
  assert.deepEqual(pages.session.consoleErrors, []);
});

test("a page with src: a full session fetches only the dataset besides its own files", OPTIONS, async () => {
  const { root, requests, websockets } = await startSession(HOSTILE_PAGE);
  assert.equal((await root.getByRole("status").innerText()).trim(), "Showing 7 of 7 signatories");

  await filterByAreas(root, ["Privacy", "Free expression"]);
  await toggleLanguage(root);
  const vilnius = await openFromList(root, "Vilnius University");
  await assertSafeWebsiteLink(vilnius, "www.vu.lt", "https://www.vu.lt/");
  await vilnius.getByRole("button", { name: "Close the details", exact: true }).click();
  const member = await openFromMap(root, "Vilnius University");
  assert.ok(await member.isVisible(), "a marker's detail opens");

  await pages.page.waitForTimeout(300);
  assertOnlyOwnRequests(requests, websockets, { page: HOSTILE_PAGE, dataset: HOSTILE_DATASET });
  await assertNothingStored();
  assert.deepEqual(pages.session.pageErrors, []);
});

test("dataset URLs that are javascript: or data: are not links; a name with markup stays text", OPTIONS, async () => {
  const { page } = pages;
  const { root } = await startSession(HOSTILE_PAGE);

  // The agreement's source is `javascript:alert(1)`: no "Source" link.
  assert.equal(await root.getByRole("link", { name: "Source" }).count(), 0, "no link for a javascript: source");

  for (const [name, url] of [
    ["Baltic Net", "javascript:alert(1)"],
    ["Lisbon Telecom", "data:text/html,<script>alert(1)</script>"],
    ["Nordic Culture Forum", " JavaScript:window.__xss=2"],
    [MARKUP_NAME, "data:image/svg+xml,<svg onload=window.__xss=3>"],
  ]) {
    const detail = await openFromList(root, name);
    assert.equal(await detail.getByRole("link").count(), 0, `${name}: no link for ${url}`);
    assert.equal(await detail.getByText("Website", { exact: true }).count(), 0, `${name}: no “Website” row`);
    assert.equal(await detail.getByText(url.trim(), { exact: false }).count(), 0, `${name}: the URL is not shown`);
    await detail.getByRole("button", { name: "Close the details", exact: true }).click();
  }

  // Every link the widget drew is http(s), and opens safely.
  const links = await root.locator("a").evaluateAll((anchors) =>
    anchors.map((a) => ({ href: a.getAttribute("href"), rel: a.getAttribute("rel"), target: a.getAttribute("target") })),
  );
  for (const link of links) {
    assert.match(link.href ?? "", /^https?:\/\//, `link ${JSON.stringify(link)}`);
    assert.match(link.rel ?? "", /\bnoopener\b.*\bnoreferrer\b|\bnoreferrer\b.*\bnoopener\b/);
    assert.equal(link.target, "_blank");
  }

  // The markup in a name is shown literally: in the list, on the map, in the detail.
  const listName = listItems(root).locator(".smw-list-name").filter({ hasText: MARKUP_NAME });
  assert.equal((await listName.innerText()).trim(), MARKUP_NAME);
  assert.ok(
    (await root.locator(".smw-marker").evaluateAll((nodes) => nodes.map((n) => n.getAttribute("aria-label")))).includes(
      `${MARKUP_NAME}, company, Riga, Latvia`,
    ),
    "the marker's name is the literal text",
  );
  const detail = await openFromList(root, MARKUP_NAME);
  assert.equal((await detail.getByRole("heading").innerText()).trim(), MARKUP_NAME);
  await root.getByRole("button", { name: "Lietuvių", exact: true }).click();
  const listNameLt = listItems(root, "Signatarai").locator(".smw-list-name").filter({ hasText: MARKUP_NAME });
  assert.equal((await listNameLt.innerText()).trim(), MARKUP_NAME, "literal in Lithuanian too");

  // No element was made from it, nothing ran, nothing asked for "x".
  const injected = await page.evaluate(() => ({
    xss: /** @type {any} */ (window).__xss,
    images: document.querySelector("signatory-map")?.shadowRoot?.querySelectorAll("img").length,
    pageImages: document.querySelectorAll("img").length,
  }));
  assert.deepEqual(injected, { xss: undefined, images: 0, pageImages: 0 });
  assert.deepEqual(pages.session.pageErrors, []);
  assert.ok(
    pages.session.requests.every((url) => !/\/x$/.test(new URL(url).pathname)),
    "no request for the injected image “x”",
  );
});
