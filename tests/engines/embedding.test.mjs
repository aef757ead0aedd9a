// The widget in a newsroom's page, in Firefox and WebKit: the demo under
// the README's strict Content-Security-Policy with zero violations, no
// request for any other host during a whole reading, and the static
// snapshot when the policy blocks WebAssembly (tests/e2e/embed.test.mjs,
// requests.test.mjs and no-webassembly.test.mjs in Chromium).
//
// These engines have no DevTools protocol: violations are counted twice,
// by a `report-uri` on the test server (pages.cspReports) and by the
// page's own `securitypolicyviolation` events, recorded from before the
// widget's first script by a script the test pages load first. Each
// absence asserted here has its control: a page that does violate, or
// does ask another host, is caught by the same counter.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";

import { TLS_TO_PROXY } from "../../tools/serve.mjs";
import { poll, sleep } from "./webdriver.mjs";
import { BROWSER_OWN, OPTIONS, ROOT, byName, forEachEngine, inWidget, waitInWidget } from "./support.mjs";

/** The README's strict policy ("Content-Security-Policy"), with or without 'wasm-unsafe-eval', reporting here. */
const POLICY = (script) =>
  `default-src 'none'; script-src ${script}; connect-src 'self'; style-src 'self'; ` +
  "img-src 'self' data:; require-trusted-types-for 'script'; report-uri /csp-report";
const STRICT = POLICY("'self' 'wasm-unsafe-eval'");
const NO_WASM = POLICY("'self'");

/**
 * Loaded first by every page here (a file, so the policy allows it):
 * records violations and what the page writes to the console's warn and
 * error, from before any of the widget's code runs.
 */
const RECORDER = `window.recorded = { violations: [], messages: [] };
document.addEventListener("securitypolicyviolation", (e) =>
  window.recorded.violations.push({ directive: e.effectiveDirective || e.violatedDirective, blocked: e.blockedURI }));
for (const level of ["warn", "error"]) {
  const original = console[level];
  console[level] = function (...args) {
    window.recorded.messages.push({ level, text: args.map(String).join(" ") });
    return original.apply(this, args);
  };
}`;

/** The demo page (index.html), its paths made absolute, the recorder first. */
const DEMO = readFileSync(join(ROOT, "index.html"), "utf8")
  .replaceAll('"www/', '"/www/')
  .replaceAll('"data/', '"/data/')
  .replace('<meta charset="utf-8">', '<meta charset="utf-8">\n  <script src="/engines/recorder.js"></script>');

/** A page that breaks the strict policy twice: an inline style attribute, an image from another origin. */
const VIOLATING = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Violating</title>
<link rel="icon" href="data:,"><script src="/engines/recorder.js"></script></head>
<body><p style="color: red">Styled inline.</p><img alt="" src="http://127.0.0.2:9/elsewhere.png"></body></html>`;

/** A page that asks another host, over HTTP (a fetch, an image) and HTTPS (an image). */
const FOREIGN = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Foreign</title>
<link rel="icon" href="data:,"></head><body><img alt="" src="https://example.org/pixel.png">
<img alt="" src="http://example.net/pixel.png"><script>fetch("http://example.org/x").catch(() => {});</script></body></html>`;


/** @param {string} html @param {Record<string, string>} [headers] */
const page = (html, headers = {}) => (_request, response) => {
  response.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", ...headers });
  response.end(html);
};

const routes = {
  "/engines/recorder.js": (_request, response) => {
    response.writeHead(200, { "content-type": "text/javascript; charset=utf-8", "cache-control": "no-store" });
    response.end(RECORDER);
  },
  "/csp/index.html": page(DEMO, { "content-security-policy": STRICT }),
  "/csp/violating.html": page(VIOLATING, { "content-security-policy": STRICT }),
  "/no-wasm/index.html": page(DEMO, { "content-security-policy": NO_WASM }),
  "/foreign.html": page(FOREIGN),
};

/** What a reader of each language reads in the static snapshot (locales/*\/widget.ftl). */
const LANGS = {
  en: {
    title: "Council of Europe partnership with technology companies for an open and safe Internet",
    entry: "Kaspersky Lab Company · Moscow, Russia",
    note: /^This is a snapshot/,
  },
  lt: {
    title: "Europos Tarybos ir technologijų bendrovių partnerystė atviram ir saugiam internetui",
    entry: "„Kaspersky Lab“ Bendrovė · Maskva, Rusija",
    note: /^Tai momentinė kopija/,
  },
};

/** The reports the browser posted for the page at `path`, parsed. */
function reportsFor(pages, path) {
  const url = `${pages.server.url}${path}`;
  return pages.cspReports
    .map((body) => JSON.parse(body || "{}"))
    .map((report) => report["csp-report"] ?? report.body ?? report[0]?.body ?? report)
    .filter((report) => (report["document-uri"] ?? report.documentURL) === url);
}

/** What the static snapshot shows a reader, read in the first widget. */
const staticView = (root) => {
  const visible = (e) => (e.checkVisibility ? e.checkVisibility() : e.getClientRects().length > 0);
  const text = (e) => (e?.textContent ?? "").replace(/\s+/g, " ").trim();
  const smw = root.querySelector(".smw");
  return {
    state: root.host.getAttribute("data-state"),
    lang: smw?.getAttribute("lang"),
    title: text(root.querySelector(".smw-title")),
    entries: [...root.querySelectorAll(".smw-list li")].map((li) => `${text(li.querySelector(".smw-list-name"))} ${text(li.querySelector(".smw-list-meta"))}`),
    controls: [...root.querySelectorAll("button, [role=button], input, select, [tabindex='0']")]
      .filter((e) => visible(e) && !e.matches(".smw-list, .smw-covers"))
      .map((e) => `${e.localName}: ${e.getAttribute("aria-label") ?? text(e)}`),
    pressed: [...root.querySelectorAll("[data-switch]")].map((b) => `${text(b)}:${b.getAttribute("aria-pressed")}`),
    note: visible(root.querySelector(".smw-static-note")) ? text(root.querySelector(".smw-static-note")) : null,
  };
};

forEachEngine(routes, (engine, pages) => {
  test(`${engine.label}: the demo under the strict policy goes live with all 15 signatories, with no violation`, OPTIONS, async (t) => {
    const { session } = pages;
    await pages.open("/csp/index.html");
    assert.equal(await inWidget(session, (root) => root.querySelector(".smw-summary")?.textContent.trim()), "15 signatories");
    assert.equal(await inWidget(session, (root) => root.querySelectorAll(".smw-list li").length), 15);
    // A reader's session: Lithuanian, then a detail (each renders new nodes under the policy).
    await session.click(await byName(session, "button", "Lietuvių"));
    await session.click(await byName(session, ".smw-list-item", /Kaspersky Lab/));
    await waitInWidget(session, "the Lithuanian detail", (root) => root.querySelector(".smw-detail")?.textContent.includes("Maskva"));
    await sleep(1_000); // reports are posted asynchronously
    const types = await session.execute(() => typeof window.trustedTypes?.createPolicy);
    t.diagnostic(`Trusted Types in ${engine.label}: ${types === "function" ? "supported" : "absent"}`);
    assert.deepEqual(await session.execute(() => window.recorded.violations), [], "no securitypolicyviolation event");
    assert.deepEqual(reportsFor(pages, "/csp/index.html"), [], "no report posted");
    assert.deepEqual(await session.execute(() => window.recorded.messages), [], "no console warning or error");
  });

  test(`${engine.label}: control — a page breaking the same policy is reported, by event and by report-uri`, OPTIONS, async (t) => {
    const { session } = pages;
    await pages.load("/csp/violating.html");
    const events = await session.waitFor("a violation event", () => window.recorded.violations.length > 0 && window.recorded.violations);
    const reports = await poll("a posted report", async () => {
      const found = reportsFor(pages, "/csp/violating.html");
      return found.length > 0 && found;
    }, 5_000);
    t.diagnostic(`events: ${JSON.stringify(events)}`);
    t.diagnostic(`reports: ${JSON.stringify(reports.map((r) => [r["violated-directive"] ?? r.effectiveDirective, r["blocked-uri"] ?? r.blockedURL]))}`);
    assert.ok(events.some((e) => /^style-src/.test(e.directive)), "the inline style is caught");
    assert.ok(reports.length >= 1);
  });

  test(`${engine.label}: a reader's whole session asks no other host; control — a page that does is heard`, OPTIONS, async () => {
    const { session } = pages;
    // The control: requests for example.org and example.net reach the server (as the proxy) and are
    // refused. Firefox names the HTTPS one's host (a CONNECT); WebKit opens TLS to the proxy
    // (WebKitWebDriver makes `sslProxy` an https:// proxy), heard without its host (TLS_TO_PROXY).
    await pages.load("/foreign.html");
    const https = engine.name === "webkit" ? TLS_TO_PROXY : "https://example.org:443/";
    const wanted = ["http://example.org/x", "http://example.net/pixel.png", https];
    await poll("the foreign requests", async () => wanted.every((url) => pages.foreignRequests().includes(url)), 5_000).catch(() =>
      assert.fail(`the proxy heard only: ${JSON.stringify(pages.foreignRequests())}`),
    );

    const start = pages.requests.length;
    await pages.open("/index.html");
    await session.click(await byName(session, "button", "Lietuvių"));
    await session.click(await byName(session, ".smw-list-item", /Kaspersky Lab/));
    await waitInWidget(session, "the Lithuanian detail", (root) => root.querySelector(".smw-detail")?.textContent.includes("Maskva"));
    await sleep(500);
    const heard = pages.requests.slice(start);
    const own = `${pages.server.url}/`;
    const listing = `\n${heard.filter((url) => !BROWSER_OWN.test(url)).join("\n")}`;
    assert.deepEqual(heard.filter((url) => !url.startsWith(own) && !BROWSER_OWN.test(url)), [], `requests for another host:${listing}`);
    for (const needed of ["/index.html", "/www/dist/element.js", "/www/dist/signatory_map_bg.wasm"]) {
      assert.ok(heard.includes(`${pages.server.url}${needed}`), `the log heard ${needed}:${listing}`);
    }
  });

  test(`${engine.label}: with WebAssembly blocked the snapshot turns static, readable, and its toggle switches to Lithuanian`, OPTIONS, async (t) => {
    const { session } = pages;
    await pages.load("/no-wasm/index.html");
    await session.waitFor("the first widget to give up", () => document.querySelector("signatory-map")?.getAttribute("data-state"));
    let shown = await inWidget(session, staticView);
    assert.equal(shown.state, "static");
    assert.equal(shown.lang, "en");
    assert.equal(shown.title, LANGS.en.title);
    assert.equal(shown.entries.length, 15);
    assert.ok(shown.entries.includes(LANGS.en.entry), shown.entries.join(" | "));
    assert.match(shown.note ?? "(no note shown)", LANGS.en.note);
    assert.deepEqual(shown.controls, ["button: English", "button: Lietuvių"], "no control that does nothing");
    const recorded = await session.execute(() => window.recorded);
    t.diagnostic(`violations: ${JSON.stringify(recorded.violations)}; messages: ${JSON.stringify(recorded.messages)}`);
    const named = recorded.messages.filter((m) => m.text.includes("'wasm-unsafe-eval'"));
    assert.equal(named.length, 1, `one message names the missing source: ${JSON.stringify(recorded.messages)}`);
    assert.equal(named[0].level, "warn");
    assert.match(named[0].text, /Content-Security-Policy.*script-src/);
    // Firefox reports the refused compile (script-src, "wasm-eval"), as Chromium does; WebKit
    // refuses it with an error that names the policy but fires no violation event.
    if (engine.name === "firefox") assert.ok(recorded.violations.some((v) => v.blocked === "wasm-eval"), "the refused compile is seen");
    assert.deepEqual(recorded.violations.filter((v) => v.blocked !== "wasm-eval"), [], "no violation but the refused compile");

    await session.click(await byName(session, "button", "Lietuvių"));
    shown = await session.waitFor("the Lithuanian snapshot", () => {
      const root = document.querySelector("signatory-map").shadowRoot;
      return root.querySelector('.smw[lang="lt"]') ? true : false;
    }).then(() => inWidget(session, staticView));
    assert.equal(shown.title, LANGS.lt.title);
    assert.ok(shown.entries.includes(LANGS.lt.entry), shown.entries.join(" | "));
    assert.match(shown.note ?? "(no note shown)", LANGS.lt.note);
    assert.deepEqual(shown.pressed, ["English:false", "Lietuvių:true"]);
    assert.deepEqual(shown.controls, ["button: English", "button: Lietuvių"]);
    const focused = await session.execute(() => document.activeElement?.shadowRoot?.activeElement?.textContent);
    assert.equal(focused, "Lietuvių", "focus stays on the toggle");
    const after = await session.execute(() => window.recorded);
    assert.equal(after.messages.filter((m) => m.text.includes("'wasm-unsafe-eval'")).length, 1, "still one message");
    assert.deepEqual(after.violations.filter((v) => v.blocked !== "wasm-eval"), [], "swapping parses and styles nothing inline");
  });
});
