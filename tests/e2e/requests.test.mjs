// No request outlives its purpose. A dataset request superseded by a newer
// `src`, or left behind by a widget the page removed, is aborted at once:
// browsers open only six HTTP/1.1 connections per server, so stale ones
// would make the newest request wait and time out. The WebAssembly download
// stops too when the last widget waiting for it is removed. A body is cut
// off at the 16 MB limit while it streams in, and a `data` object past that
// limit is refused without writing it out as text.
//
// Endpoints are test routes below; `/held.json?…` answers only after
// HELD_MS, and records when each request arrived and when its connection
// closed.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";

import { OPTIONS, ROOT, useWidgetPages, waitForData, widget } from "./support.mjs";

const AGREEMENT = readFileSync(join(ROOT, "data", "agreement.json")); // 15 signatories
const VARIED = readFileSync(join(ROOT, "tests", "fixtures", "varied.json")); // 6 signatories
const JSON_TYPE = { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" };
const HELD_MS = 8_000;
const MB = 1024 * 1024;

/** Requests to `/held.json`, by query: when each arrived and whether its connection closed unanswered. */
const held = new Map();
/** While set, `/www/dist/signatory_map_bg.wasm` is held too (see the last tests). */
let holdWasm = false;
/** Requests for the WebAssembly: how many, and how many were abandoned by the browser. */
const wasm = { requests: 0, abandoned: 0, arrived: () => {} };
/** Bytes the endless stream wrote before the browser hung up. */
const endless = { written: 0, closed: () => {} };

/** Resolves when `condition()` holds, polling; fails after `ms`. */
async function until(condition, ms, what) {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const routes = {
  "/held.json": (request, response) => {
    const key = new URL(request.url ?? "/", "http://x").search;
    const record = { arrivedAt: Date.now(), closedUnanswered: false };
    held.set(key, record);
    const timer = setTimeout(() => {
      if (response.destroyed) return;
      response.writeHead(200, JSON_TYPE);
      response.end(VARIED);
    }, HELD_MS);
    response.on("close", () => {
      clearTimeout(timer);
      if (!response.writableFinished) record.closedUnanswered = true;
    });
  },
  "/instant.json": (_request, response) => {
    response.writeHead(200, JSON_TYPE);
    response.end(AGREEMENT);
  },
  // A JSON body that never ends (no Content-Length): "{" and then spaces,
  // written as fast as the browser reads them, up to 300 MB.
  "/endless.json": (_request, response) => {
    endless.written = 0;
    response.writeHead(200, JSON_TYPE);
    const chunk = Buffer.alloc(256 * 1024, " ");
    let stopped = false;
    response.on("close", () => {
      stopped = true;
      endless.closed();
    });
    const pump = () => {
      while (!stopped && endless.written < 300 * MB) {
        endless.written += chunk.length;
        if (!response.write(endless.written === chunk.length ? Buffer.concat([Buffer.from("{"), chunk]) : chunk)) {
          response.once("drain", pump);
          return;
        }
      }
      if (!stopped) response.end("}");
    };
    pump();
  },
  "/www/dist/signatory_map_bg.wasm": (_request, response) => {
    wasm.requests++;
    const send = () => {
      if (response.destroyed) return;
      const WASM = readFileSync(join(ROOT, "www", "dist", "signatory_map_bg.wasm"));
      response.writeHead(200, { "content-type": "application/wasm", "content-length": WASM.length, "cache-control": "no-store" });
      response.end(WASM);
    };
    if (!holdWasm) return send();
    wasm.arrived();
    const timer = setTimeout(send, HELD_MS);
    response.on("close", () => {
      clearTimeout(timer);
      if (!response.writableFinished) wasm.abandoned++;
    });
  },
  "/requests-page.html": (request, response) => {
    const query = new URL(request.url ?? "/", "http://x").searchParams;
    const attributes = [...query].map(([name, value]) => ` ${name}="${value.replace(/"/g, "&quot;")}"`).join("");
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
    response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Requests</title>
      <link rel="icon" href="data:,">
      <script type="module" src="/www/dist/element.js"></script></head>
      <body><main>${query.size ? `<signatory-map${attributes}></signatory-map>` : ""}</main></body></html>`);
  },
};

const pages = useWidgetPages({ routes });

/** Adds a widget for the instant dataset to the page and waits until it shows all 15. */
async function addInstantWidget(page) {
  await page.evaluate(() => {
    const element = document.createElement("signatory-map");
    element.setAttribute("src", "/instant.json");
    document.querySelector("main")?.append(element);
  });
  const root = widget(page);
  await waitForData(root);
  await showing(root, "15 signatories");
}

/** The "Showing n of m" line once it reads `text`. */
async function showing(root, text, timeout = 3_000) {
  await root.locator(".smw-status").filter({ hasText: text }).waitFor({ timeout });
}

test("a newer src is not held up by older ones still loading: each superseded request is aborted", { timeout: 40_000 }, async () => {
  held.clear();
  const { page } = pages;
  await page.goto(`${pages.server.url}/requests-page.html?src=/tests/fixtures/varied.json&timeout=4`);
  const root = widget(page);
  await waitForData(root);

  // A reader's page switches stories eight times while the server is slow…
  for (let i = 0; i < 8; i++) {
    await page.evaluate((i) => document.querySelector("signatory-map")?.setAttribute("src", `/held.json?story=${i}`), i);
    await until(() => held.has(`?story=${i}`), 3_000, `request ${i} to reach the server`);
  }
  // …and then to one that answers at once.
  const start = Date.now();
  await page.evaluate(() => document.querySelector("signatory-map")?.setAttribute("src", "/instant.json"));
  await showing(root, "15 signatories");
  const waited = Date.now() - start;
  assert.ok(waited < 2_000, `the newest src took ${waited} ms`);

  // Every superseded request was cancelled, not left holding a connection.
  await until(() => [...held.values()].every((r) => r.closedUnanswered), 2_000, "the superseded requests to close");
  // Past the 4 s timeout: still the data, no late error from an old request.
  await page.waitForTimeout(Math.max(0, start + 4_500 - Date.now()));
  assert.equal(await root.getByRole("alert").count(), 0, "no error state");
  await showing(root, "15 signatories");
  assert.deepEqual(pages.session.pageErrors, []);
});

test("widgets removed while loading free their connections; a new widget loads at once", { timeout: 40_000 }, async () => {
  held.clear();
  const { page } = pages;
  await page.goto(`${pages.server.url}/requests-page.html`);
  // A single-page app shows six widgets on a slow server, then navigates away.
  await page.evaluate(() => {
    for (let i = 0; i < 6; i++) {
      const element = document.createElement("signatory-map");
      element.setAttribute("src", `/held.json?spa=${i}`);
      document.querySelector("main")?.append(element);
    }
  });
  await until(() => held.size === 6, 5_000, "six requests to reach the server");
  await page.evaluate(() => document.querySelectorAll("signatory-map").forEach((element) => element.remove()));
  await until(() => [...held.values()].every((r) => r.closedUnanswered), 2_000, "the removed widgets' requests to close");

  const start = Date.now();
  await addInstantWidget(page);
  const waited = Date.now() - start;
  assert.ok(waited < 3_000, `the new widget took ${waited} ms`);
  assert.deepEqual(pages.session.pageErrors, []);
});

test("a body without Content-Length is cut off at 16 MB, not read to its end", OPTIONS, async (t) => {
  const { page } = pages;
  const closed = new Promise((resolve) => (endless.closed = resolve));
  await page.goto(`${pages.server.url}/requests-page.html?src=/endless.json`);
  const alert = widget(page).getByRole("alert");
  await alert.waitFor({ timeout: 15_000 });
  assert.match((await alert.innerText()).replace(/\s+/g, " "), /the file is larger than 16 MB/);
  await closed;
  const written = endless.written / MB;
  t.diagnostic(`the server wrote ${written.toFixed(1)} MB before the widget hung up`);
  // 16 MB read, plus what the sockets buffered before the abort arrived.
  assert.ok(written < 40, `the server wrote ${written.toFixed(1)} MB before the widget hung up`);
  assert.deepEqual(pages.session.pageErrors, []);
});

test("a `data` object past 16 MB as JSON is refused at once, without writing it out", OPTIONS, async (t) => {
  const { page } = pages;
  await page.goto(`${pages.server.url}/requests-page.html?src=/tests/fixtures/varied.json`);
  const root = widget(page);
  await waitForData(root);
  const elapsed = await page.evaluate(async (varied) => {
    const data = JSON.parse(varied);
    data.signatories[0].name.en = "x".repeat(300 * 1024 * 1024);
    const element = /** @type {any} */ (document.querySelector("signatory-map"));
    const shown = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (element.shadowRoot.querySelector(".smw-error")) {
          observer.disconnect();
          resolve(undefined);
        }
      });
      observer.observe(element.shadowRoot, { childList: true, subtree: true });
    });
    const start = performance.now();
    element.data = data;
    await shown;
    return performance.now() - start;
  }, VARIED.toString());
  assert.match((await root.getByRole("alert").innerText()).replace(/\s+/g, " "), /larger than 16 MB/);
  t.diagnostic(`a 300 MB string field refused in ${elapsed.toFixed(1)} ms`);
  assert.ok(elapsed < 100, `refusing the 300 MB object took ${Math.round(elapsed)} ms`);
});

test("a `data` object is held to the other limits too: depth and number of signatories", OPTIONS, async () => {
  const { page } = pages;
  await page.goto(`${pages.server.url}/requests-page.html?src=/tests/fixtures/varied.json`);
  const root = widget(page);
  await waitForData(root);
  const set = (make) =>
    page.evaluate(([varied, make]) => {
      const data = JSON.parse(varied);
      if (make === "deep") {
        let value = {};
        for (let i = 0; i < 40; i++) value = { inner: value };
        data.agreement.extra = value;
      } else {
        const first = data.signatories[0];
        data.signatories = Array.from({ length: 20_001 }, (_, i) => ({ ...first, id: `s${i}` }));
      }
      /** @type {any} */ (document.querySelector("signatory-map")).data = data;
    }, [VARIED.toString(), make]);
  await set("deep");
  const alert = root.getByRole("alert");
  await alert.filter({ hasText: /nested more than 32 levels/ }).waitFor({ timeout: 3_000 }).catch(async () => {
    assert.fail(`no depth problem; the widget says “${(await root.innerText()).replace(/\s+/g, " ").slice(0, 200)}”`);
  });
  await set("many");
  await alert.filter({ hasText: /20,001 items are more than the 20,000/ }).waitFor({ timeout: 5_000 }).catch(async () => {
    assert.fail(`no count problem; the widget says “${(await root.innerText()).replace(/\s+/g, " ").slice(0, 200)}”`);
  });
});

test("the WebAssembly download stops when the last widget waiting for it is removed, and restarts for the next", { timeout: 40_000 }, async () => {
  held.clear();
  const { page } = pages;
  const before = wasm.requests;
  holdWasm = true;
  const arrived = new Promise((resolve) => (wasm.arrived = resolve));
  const abandoned = wasm.abandoned;
  try {
    await page.goto(`${pages.server.url}/requests-page.html?src=/held.json?early=1`);
    await arrived;
    await until(() => held.has("?early=1"), 3_000, "the early dataset request");
    await page.evaluate(() => document.querySelector("signatory-map")?.remove());
    await until(() => wasm.abandoned === abandoned + 1, 2_000, "the WebAssembly request to be abandoned");
    await until(() => held.get("?early=1")?.closedUnanswered, 2_000, "the early dataset request to close");
  } finally {
    holdWasm = false;
  }
  await addInstantWidget(page);
  assert.equal(wasm.requests - before, 2, "the WebAssembly was requested again for the new widget");
  assert.deepEqual(pages.session.pageErrors, []);
});
