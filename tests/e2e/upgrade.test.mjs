// Properties a page sets before the element is defined still count. The
// README's embed loads element.js as a module, which runs after the page is
// parsed, so an inline script after the tag — or a page that builds the
// element with createElement before element.js arrives — sets `data`,
// `src`, `areas`, `theme` or `timeout` on a plain, not-yet-upgraded element.
// The element takes those values over when it is defined (the standard
// custom-element upgrade), in element.js and in the single-file CDN build.
//
// Also here: every attribute is read alike (white space and case ignored
// for keywords), and the shortest timeout is one second.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";

import { OPTIONS, ROOT, listItems, useWidgetPages, waitForData, widget } from "./support.mjs";

const VARIED = readFileSync(join(ROOT, "tests", "fixtures", "varied.json"), "utf8");

/** The documented embed, plus one classic inline script after the element that sets `data`. */
function inlineDataPage(script) {
  return (_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
    response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Inline data</title>
      <link rel="icon" href="data:,">
      ${script}</head>
      <body><signatory-map id="m"></signatory-map>
      <script>document.getElementById("m").data = ${VARIED};</script></body></html>`);
  };
}

const pages = useWidgetPages({
  routes: {
    "/inline-data.html": inlineDataPage('<script type="module" src="/www/dist/element.js" blocking="render"></script>'),
    "/inline-data-cdn.html": (request, response) => {
      const { "signatory-map.js": hash } = JSON.parse(readFileSync(join(ROOT, "www", "dist", "cdn", "integrity.json"), "utf8"));
      inlineDataPage(
        `<script type="module" src="/www/dist/cdn/signatory-map.js" integrity="${hash}" crossorigin="anonymous"></script>`,
      )(request, response);
    },
    "/no-script.html": (_request, response) => {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
      response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>No script yet</title>
        <link rel="icon" href="data:,"></head><body><main></main></body></html>`);
    },
    "/silent.json": () => {},
  },
});

/** The "Showing n of m" line once it reads `text`. */
async function showing(root, text) {
  await root.locator(".smw-status").filter({ hasText: text }).waitFor({ timeout: 5_000 }).catch(async () => {
    assert.fail(`expected “${text}”; the widget says “${(await root.innerText()).replace(/\s+/g, " ").slice(0, 160)}”`);
  });
}

for (const [what, path] of [
  ["element.js", "/inline-data.html"],
  ["the single-file CDN build", "/inline-data-cdn.html"],
]) {
  test(`an inline script after the tag sets \`data\` before ${what} runs: that dataset is shown`, OPTIONS, async () => {
    const root = await pages.open(path);
    await showing(root, "Showing 6 of 6 signatories");
    assert.ok(await root.getByRole("heading", { name: "Test pledge for a varied filter" }).isVisible());
    assert.deepEqual(pages.session.pageErrors, []);
  });
}

test("src, areas, theme and timeout set on a createElement'd element before element.js loads all count", OPTIONS, async () => {
  const { page } = pages;
  await page.goto(`${pages.server.url}/no-script.html`);
  await page.evaluate(() => {
    const element = /** @type {any} */ (document.createElement("signatory-map"));
    element.src = "/tests/fixtures/varied.json";
    element.areas = ["privacy"];
    element.theme = "dark";
    element.timeout = 3;
    document.querySelector("main")?.append(element);
  });
  await page.addScriptTag({ type: "module", url: "/www/dist/element.js" });
  const root = widget(page);
  await waitForData(root);
  await showing(root, "Showing 4 of 6 signatories");
  const element = page.locator("signatory-map");
  assert.deepEqual(
    await element.evaluate((e) => [e.getAttribute("src"), e.getAttribute("areas"), e.getAttribute("theme"), e.getAttribute("timeout")]),
    ["/tests/fixtures/varied.json", "privacy", "dark", "3"],
    "the values reached the attributes",
  );
  assert.equal(await root.locator('.smw-chip[data-area="privacy"]').getAttribute("aria-pressed"), "true");
  const background = await root.evaluate((smw) => getComputedStyle(smw).backgroundColor);
  assert.equal(background, "rgb(20, 24, 29)", "the dark theme's background");
});

test("`data` then `src` set before the upgrade: the last one set wins", OPTIONS, async () => {
  const { page } = pages;
  await page.goto(`${pages.server.url}/no-script.html`);
  await page.evaluate((varied) => {
    const element = /** @type {any} */ (document.createElement("signatory-map"));
    element.data = JSON.parse(varied);
    element.src = "/data/agreement.json";
    document.querySelector("main")?.append(element);
    const other = /** @type {any} */ (document.createElement("signatory-map"));
    other.src = "/data/agreement.json";
    other.data = JSON.parse(varied);
    document.querySelector("main")?.append(other);
  }, VARIED);
  await page.addScriptTag({ type: "module", url: "/www/dist/element.js" });
  await showing(widget(page, 0), "15 signatories");
  await showing(widget(page, 1), "Showing 6 of 6 signatories");
  // Which dataset each shows, by its entries and not only by their number.
  const listed = (index, name) => listItems(widget(page, index)).filter({ hasText: name }).count();
  assert.equal(await listItems(widget(page, 0)).count(), 15);
  assert.equal(await listed(0, "Kaspersky Lab"), 1, "`src` set last: the built-in agreement");
  assert.equal(await listItems(widget(page, 1)).count(), 6);
  assert.equal(await listed(1, "Vilnius University"), 1, "`data` set last: the varied fixture");
});

test("theme is read like lang: any case, white space around it ignored", OPTIONS, async () => {
  const { page } = pages;
  const root = await pages.open("/tests/fixtures/host-clean.html");
  const background = async (theme) => {
    await page.evaluate((theme) => document.querySelector("signatory-map")?.setAttribute("theme", theme), theme);
    await page.waitForTimeout(200); // colour transitions
    return root.evaluate((smw) => getComputedStyle(smw).backgroundColor);
  };
  const dark = await background("dark");
  const light = await background("light");
  assert.notEqual(dark, light);
  for (const spelling of ["DARK", " dark", "Dark "]) {
    assert.equal(await background(spelling), dark, `theme="${spelling}" is the dark theme`);
  }
  assert.equal(await page.locator("signatory-map").evaluate((e) => /** @type {any} */ (e).theme), "dark");
  assert.equal(await background("nonsense"), light, "an unknown theme is the default, light");
});

test("a timeout under one second counts as one second", OPTIONS, async () => {
  const { page } = pages;
  await page.goto(`${pages.server.url}/no-script.html`);
  await page.evaluate(() => {
    const element = document.createElement("signatory-map");
    element.setAttribute("src", "/silent.json");
    element.setAttribute("timeout", "0.0004");
    document.querySelector("main")?.append(element);
  });
  await page.addScriptTag({ type: "module", url: "/www/dist/element.js" });
  const alert = widget(page).getByRole("alert");
  await alert.waitFor({ timeout: 5_000 });
  assert.match(
    (await alert.innerText()).replace(/\s+/g, " "),
    /the server did not answer within 1 second\./,
  );
});
