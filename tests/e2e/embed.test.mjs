// The embed as a newsroom meets it: properties that mirror attributes and a
// `data` property, several independent instances sharing one WebAssembly
// download, the script included twice, 100 elements created and removed
// without leaking, a strict Content-Security-Policy with Trusted Types, a
// hostile host page, and imports where there is no DOM.

import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";

import { OPTIONS, ROOT, differingPixels, newPage, useWidgetPages, waitForData, widget } from "./support.mjs";

const ARTIFACTS = join(ROOT, "tests", "artifacts");

const STRICT_CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; style-src 'self'; " +
  "img-src 'self' data:; require-trusted-types-for 'script'";

const pages = useWidgetPages({
  routes: {
    // The demo page itself, served with the strict policy.
    "/csp/index.html": (_request, response) => {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": STRICT_CSP });
      const html = readFileSync(join(ROOT, "index.html"), "utf8").replaceAll('"www/', '"/www/').replaceAll('"data/', '"/data/');
      response.end(html);
    },
    "/twice.html": (_request, response) => {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Twice</title>
        <script type="module" src="/www/dist/element.js"></script>
        <script type="module" src="/www/dist/element.js?copy=2"></script></head>
        <body><signatory-map></signatory-map><signatory-map lang="lt"></signatory-map>
        <signatory-map src="/tests/fixtures/varied.json"></signatory-map></body></html>`);
    },
    "/empty.html": (_request, response) => {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Empty</title>
        <script type="module" src="/www/dist/element.js"></script></head><body><main></main></body></html>`);
    },
  },
});

test("properties mirror the attributes, and `data` takes a dataset object", OPTIONS, async () => {
  const { page } = pages;
  const root = await pages.open("/tests/fixtures/host-clean.html");
  const element = page.locator("signatory-map");
  await element.evaluate((e) => {
    e.lang = "lt";
    e.areas = ["privacy", "children"];
    e.theme = "dark";
  });
  // The built-in data offers no toggles (every signatory has the same
  // areas): the ids are kept but select nothing, so the getter says [].
  assert.deepEqual(
    await element.evaluate((e) => [e.getAttribute("lang"), e.getAttribute("areas"), e.getAttribute("theme"), e.areas]),
    ["lt", "privacy,children", "dark", []],
  );
  await root.locator(".smw-status").filter({ hasText: /^15 signatarų$/ }).waitFor();
  assert.equal(await root.locator(".smw-chip").count(), 0, "no toggles");

  // A dataset whose signatories differ: the same ids press two toggles.
  const varied = JSON.parse(readFileSync(join(ROOT, "tests", "fixtures", "varied.json"), "utf8"));
  await element.evaluate((e, data) => (e.data = data), varied);
  await root.getByText(/^Rodoma 2 iš 6 signatarų/).waitFor();
  assert.equal(await root.locator('.smw-chip[aria-pressed="true"]').count(), 2, "two areas pressed");
  assert.deepEqual(await element.evaluate((e) => e.areas), ["privacy", "children"]);
  assert.equal(await element.evaluate((e) => e.data?.signatories?.length), 6);
  await element.evaluate((e) => (e.data = null));
  await root.locator(".smw-status").filter({ hasText: /^15 signatarų$/ }).waitFor();
  await element.evaluate((e) => (e.src = "/tests/fixtures/varied.json"));
  assert.equal(await element.getAttribute("src"), "/tests/fixtures/varied.json");
  await root.getByText(/^Rodoma \d+ iš 6 signatarų/).waitFor();
});

test("three instances are independent; the script twice does not throw; one WebAssembly download", OPTIONS, async () => {
  const { page, requests, consoleErrors, pageErrors } = pages.session;
  await page.goto(`${pages.server.url}/twice.html`);
  for (const i of [0, 1, 2]) await waitForData(widget(page, i));
  await widget(page, 0).getByRole("button", { name: "Lietuvių", exact: true }).click();
  await widget(page, 0).locator(".smw-status").filter({ hasText: /^15 signatarų$/ }).waitFor();
  assert.equal(await widget(page, 1).getAttribute("lang"), "lt", "the second started in Lithuanian");
  assert.equal(await widget(page, 2).getAttribute("lang"), "en", "the third is untouched");
  assert.match(await widget(page, 2).locator(".smw-status").innerText(), /of 6 signatories/);
  const wasm = requests.filter((url) => url.endsWith(".wasm"));
  assert.equal(wasm.length, 1, `one WebAssembly request for three widgets: ${wasm}`);
  assert.deepEqual(pageErrors, []);
  assert.deepEqual(consoleErrors, []);
});

test("100 elements created and removed leave no listeners, nodes or memory behind", { timeout: 120_000 }, async (t) => {
  const { page, context } = pages.session;
  await page.goto(`${pages.server.url}/empty.html`);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  const cycle = (count) =>
    page.evaluate(async (count) => {
      const main = document.querySelector("main");
      for (let i = 0; i < count; i++) {
        const element = document.createElement("signatory-map");
        const ready = new Promise((resolve) => element.addEventListener("signatory-map:ready", resolve, { once: true }));
        main.append(element);
        await ready;
        element.remove();
      }
      await new Promise((r) => setTimeout(r, 50));
    }, count);
  const measure = async () => {
    await cdp.send("HeapProfiler.collectGarbage");
    await cdp.send("HeapProfiler.collectGarbage");
    const { metrics } = await cdp.send("Performance.getMetrics");
    const get = (name) => metrics.find((m) => m.name === name)?.value ?? NaN;
    const wasm = await page.evaluate(async () => (await import("/www/dist/index.js")).wasmMemoryBytes());
    return { heap: get("JSHeapUsedSize"), listeners: get("JSEventListeners"), nodes: get("Nodes"), wasm };
  };
  await cycle(10); // warm-up: the module, the stylesheets, the first allocations
  const before = await measure();
  await cycle(100);
  // Blink counts a node until its garbage collector has swept it, which a
  // busy machine may finish after the collection returns: measure again
  // for up to five seconds while nodes are over the baseline (a leak stays).
  let after = await measure();
  for (const deadline = Date.now() + 5000; after.nodes > before.nodes && Date.now() < deadline; ) {
    await page.waitForTimeout(250);
    after = await measure();
  }
  t.diagnostic(`before ${JSON.stringify(before)}`);
  t.diagnostic(`after 100 ${JSON.stringify(after)}`);
  assert.equal(after.listeners, before.listeners, "event listeners back to baseline");
  assert.ok(after.nodes <= before.nodes, `DOM nodes back to baseline (${before.nodes} → ${after.nodes})`);
  assert.ok(after.heap - before.heap < 512 * 1024, `JS heap within 512 KB of baseline (${before.heap} → ${after.heap})`);
  assert.ok(after.wasm - before.wasm <= 64 * 1024, `WebAssembly memory within one page of baseline (${before.wasm} → ${after.wasm})`);
});

test("a widget added after another was removed starts fresh and works", OPTIONS, async () => {
  const { page, consoleErrors, pageErrors } = pages.session;
  await page.goto(`${pages.server.url}/empty.html`);
  const add = (attributes) =>
    page.evaluate((attributes) => {
      const element = document.createElement("signatory-map");
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      document.querySelector("main").append(element);
    }, attributes);
  await add({ src: "/tests/fixtures/varied.json" });
  const root = widget(page);
  await waitForData(root);
  await root.getByRole("button", { name: "Lietuvių", exact: true }).click();
  await root.locator(".smw-chip").nth(1).click();
  await root.locator(".smw-list-item").first().click();
  await root.locator(".smw-detail").waitFor();
  await page.evaluate(() => document.querySelector("signatory-map").remove());

  await add({ src: "/tests/fixtures/varied.json" });
  const fresh = widget(page);
  await waitForData(fresh);
  assert.equal(await fresh.getAttribute("lang"), "en", "not the removed widget's language");
  assert.equal(await fresh.locator('.smw-chip[aria-pressed="true"]').count(), 1, "only “All areas” pressed");
  assert.equal(await fresh.locator(".smw-detail").count(), 0, "no detail left open");
  assert.match(await fresh.locator(".smw-status").innerText(), /^Showing 6 of 6/);
  await fresh.locator(".smw-list-item").first().click();
  await fresh.locator(".smw-detail").waitFor();
  assert.deepEqual(pageErrors, []);
  assert.deepEqual(consoleErrors, []);
});

test("a strict CSP with Trusted Types: full render, no violation, no console error", OPTIONS, async () => {
  const { page, consoleErrors, pageErrors } = pages.session;
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(`${pages.server.url}/csp/index.html`);
  const root = widget(page);
  await waitForData(root);
  assert.ok((await root.locator(".smw-marker, .smw-group-marker").count()) > 3, "markers drawn");
  await root.getByRole("button", { name: "Lietuvių", exact: true }).click();
  await root.locator(".smw-status").filter({ hasText: /^15 signatarų$/ }).waitFor();
  await root.locator(".smw-list-item").first().click();
  await root.locator(".smw-detail").waitFor();
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual(pageErrors, []);
});

test("the shipped JavaScript has no eval, new Function or HTML-parsing sinks", OPTIONS, () => {
  for (const file of ["signatory_map.js", "index.js", "element.js", "frame.js", "styles.js", "host.js"]) {
    const code = readFileSync(join(ROOT, "www", "dist", file), "utf8");
    for (const sink of [/\beval\(/, /new Function/, /\.innerHTML\s*=/, /outerHTML/, /insertAdjacentHTML/, /document\.write/]) {
      assert.doesNotMatch(code, sink, `${file} contains ${sink}`);
    }
  }
});

test("a hostile host page (global !important CSS, replaced Array#map and Map) changes nothing", OPTIONS, async (t) => {
  // No page.evaluate here: Playwright's own in-page helpers use Map and
  // Array#map, which this page has broken. Locators run in an isolated world.
  const shot = async (path) => {
    const { context, page, pageErrors, consoleErrors } = await newPage(pages.session.context.browser(), {
      width: 1000,
      height: 900,
    });
    await page.goto(`${pages.server.url}${path}`);
    const root = widget(page);
    await root.locator(".smw-header").waitFor();
    await root.locator(".smw-marker").first().waitFor();
    await page.waitForTimeout(400); // the measured-size render
    // Read before the screenshot: Playwright's screenshot helper runs in the page.
    const calls = await page.locator("html").getAttribute("data-hostile-calls");
    const png = await page.locator("signatory-map").screenshot({ animations: "disabled" });
    await context.close();
    return { png, calls, pageErrors, consoleErrors };
  };
  const clean = await shot("/tests/fixtures/host-clean.html");
  const hostile = await shot("/tests/fixtures/host-hostile.html");
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, "host-clean.png"), clean.png);
  writeFileSync(join(ARTIFACTS, "host-hostile.png"), hostile.png);
  assert.deepEqual(hostile.pageErrors, []);
  assert.deepEqual(hostile.consoleErrors, []);
  assert.equal(hostile.calls, "0", "the widget never called the page's replaced Array#map or Map");
  const differing = await differingPixels(pages.session.context.browser(), clean.png, hostile.png);
  t.diagnostic(`pixels that differ from the clean page: ${differing}`);
  // A real breakage (a 22 px serif font, hidden SVG, unset buttons) changes
  // tens of thousands of pixels; a few dozen are anti-aliasing noise, which
  // two loads of the clean page show as well.
  assert.ok(differing <= 200, `the widget looks the same on both pages (${differing} pixels differ)`);
});

test("importing the package where there is no DOM throws nothing", OPTIONS, async () => {
  const element = await import(join(ROOT, "www", "dist", "element.js"));
  const index = await import(join(ROOT, "www", "dist", "index.js"));
  assert.equal(typeof element.SignatoryMapElement, "function");
  assert.equal(typeof index.mount, "function");
  assert.equal(index.wasmMemoryBytes(), 0);
});
