// Progressive enhancement: the demo page carries a prerendered snapshot of
// the widget (`signatory-map prerender`, src/snapshot.rs: a declarative shadow root inside
// <signatory-map>). Without scripts, or when WebAssembly is blocked, readers
// still get the header, the map and the list, with a short note; with them,
// the live widget takes over in place, showing the same text.

import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";

import { OPTIONS, ROOT, listItems, useWidgetPages, waitForData, widget } from "./support.mjs";

const ARTIFACTS = join(ROOT, "tests", "artifacts");
const pages = useWidgetPages({
  routes: {
    // The demo page with its snapshot of the built-in data, the element
    // pointed at other data: the snapshot is stale.
    "/stale.html": (_request, response) => {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      const demo = readFileSync(join(ROOT, "index.html"), "utf8");
      response.end(demo.replace("<signatory-map>", '<signatory-map src="tests/fixtures/varied.json">'));
    },
  },
});

const STALE = /the prerendered snapshot is older than the data .*re-run `signatory-map embed`/;

/**
 * Opens `path` and waits until its first widget shows live data; returns
 * the console warnings about stale snapshots, a second after.
 * @param {string} path
 */
async function staleWarnings(path) {
  const { page } = pages.session;
  /** @type {string[]} */ const warnings = [];
  page.on("console", (message) => {
    if (message.type() === "warning" && STALE.test(message.text())) warnings.push(message.text());
  });
  await page.goto(`${pages.server.url}${path}`);
  await waitForData(widget(page));
  await page.waitForFunction(() => !document.querySelector("signatory-map").shadowRoot.querySelector(".smw-prerendered"));
  await page.waitForTimeout(1000);
  return warnings;
}

/** What a reader reads: the header and every list entry. */
async function readable(root) {
  return {
    title: (await root.locator(".smw-title").innerText()).trim(),
    meta: (await root.locator(".smw-meta").innerText()).trim(),
    entries: (await listItems(root).allInnerTexts()).map((t) => t.replace(/\s+/g, " ").trim()),
    attribution: (await root.locator(".smw-attribution").innerText()).trim(),
  };
}

test("without JavaScript the snapshot shows the header, the map and the list, with a note", OPTIONS, async () => {
  const context = await pages.session.context.browser().newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${pages.server.url}/index.html`);
  const root = widget(page);
  await root.locator(".smw-header").waitFor();
  const seen = await readable(root);
  assert.equal(seen.title, "Council of Europe partnership with technology companies for an open and safe Internet");
  assert.equal(seen.entries.length, 15);
  assert.match(seen.attribution, /Data as of 8 November 2017/, "the snapshot says how old its data is");
  assert.ok(seen.entries.includes("Kaspersky Lab Company · Moscow, Russia"), seen.entries.join(" | "));
  assert.ok((await root.locator(".smw-marker, .smw-group-marker").count()) > 3, "a static map with markers");
  const note = page.locator("signatory-map .smw-static-note");
  assert.equal(await note.isVisible(), true);
  assert.match(await note.innerText(), /snapshot/);
  const box = await page.locator("signatory-map").first().boundingBox();
  assert.ok(box && box.height >= 600, `the snapshot keeps the widget's size: ${JSON.stringify(box)}`);
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.locator("signatory-map").first().screenshot({ path: join(ARTIFACTS, "widget-static-no-js.png") });
  await context.close();
});

test("when WebAssembly is blocked the snapshot stays, with its note", OPTIONS, async () => {
  const { page, pageErrors } = pages.session;
  await page.route("**/*.wasm", (route) => route.abort());
  await page.goto(`${pages.server.url}/index.html`);
  const element = page.locator("signatory-map").first();
  await page.waitForFunction(() => document.querySelector("signatory-map")?.getAttribute("data-state") === "static");
  const root = widget(page);
  assert.equal((await readable(root)).entries.length, 15);
  assert.equal(await page.locator("signatory-map .smw-static-note").isVisible(), true);
  assert.equal(await element.locator("p", { hasText: "appears here when your browser can run it" }).isVisible(), false, "no duplicate fallback text");
  assert.deepEqual(pageErrors, []);
});

test("with WebAssembly the live widget takes over in place, with the same text", OPTIONS, async () => {
  const { page, consoleErrors, pageErrors } = pages.session;
  const context = await pages.session.context.browser().newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const staticPage = await context.newPage();
  await staticPage.goto(`${pages.server.url}/index.html`);
  await widget(staticPage).locator(".smw-header").waitFor();
  const before = await readable(widget(staticPage));
  await context.close();

  await page.goto(`${pages.server.url}/index.html`);
  const root = widget(page);
  await waitForData(root);
  await page.waitForFunction(() => !document.querySelector("signatory-map").shadowRoot.querySelector(".smw-prerendered"));
  assert.deepEqual(await readable(root), before, "the live widget reads exactly like the snapshot");
  assert.equal(await page.locator("signatory-map .smw-static-note").count(), 0, "the note went with the snapshot");
  await root.getByRole("button", { name: "Lietuvių", exact: true }).click();
  await root.locator(".smw-status").filter({ hasText: /^15 signatarų$/ }).waitFor();
  assert.equal(await page.locator("signatory-map").first().evaluate((e) => e.shadowRoot.querySelectorAll(".smw").length), 1, "one widget, not two");
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual(pageErrors, []);
});

test("a snapshot of the data shown says nothing; one of other data warns the newsroom once", OPTIONS, async () => {
  assert.deepEqual(await staleWarnings("/index.html"), [], "the demo's snapshot is of the data it shows");
  const warnings = await staleWarnings("/stale.html");
  assert.equal(warnings.length, 1, warnings.join("\n"));
  assert.deepEqual(pages.session.pageErrors, []);
});
