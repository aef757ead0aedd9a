// Writes the screenshots committed under docs/screenshots/, so that they can
// be made again after any change: the demo page's widget in the states the
// CHANGELOG and the design docs show (the agreement's areas named once, the
// example pledge filtering, every signatory its own marker on a wide map and
// named groups on a phone, the summary following the filter, and the
// snapshot when the page blocks WebAssembly or scripts). Run after a build:
//
//   node tools/screenshots.mjs            (needs www/dist; about 30 s)
//
// The e2e tests write their own, uncommitted, to tests/artifacts/.

import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { launchBrowser } from "./chromium.mjs";
import { serve } from "./serve.mjs";

const ROOT = join(import.meta.dirname, "..");
const OUT = join(ROOT, "docs", "screenshots");

/** The Content-Security-Policy of a news site that forgot 'wasm-unsafe-eval'. */
const NO_WASM_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";

/** Waits until the `index`-th widget on the page shows its live, measured map (not the snapshot). */
async function live(page, index) {
  await page.waitForFunction(
    (i) => {
      const root = document.querySelectorAll("signatory-map")[i]?.shadowRoot;
      const map = root?.querySelector(".smw-root:not(.smw-prerendered) .smw-map");
      const box = map?.querySelector(".smw-map-svg")?.viewBox.baseVal;
      return Boolean(map?.clientWidth && box && Math.abs(box.width - map.clientWidth) <= 1);
    },
    index,
    { timeout: 20_000 },
  );
}

async function shoot(browser, base, { name, width, height = 900, path = "/index.html", index = 0, act, wait = live, javaScript = true }) {
  const context = await browser.newContext({ viewport: { width, height }, reducedMotion: "reduce", javaScriptEnabled: javaScript });
  const page = await context.newPage();
  await page.goto(`${base}${path}`);
  await wait(page, index);
  const element = page.locator("signatory-map").nth(index);
  if (act) await act(element, page);
  await page.waitForTimeout(300);
  await element.screenshot({ path: join(OUT, `${name}.png`), animations: "disabled" });
  await context.close();
  console.log(`docs/screenshots/${name}.png`);
}

const server = await serve({
  root: ROOT,
  port: 0,
  routes: {
    // The demo page under the CSP above (its paths are relative to /).
    "/csp-demo": (_request, response) => {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": NO_WASM_CSP });
      response.end(readFileSync(join(ROOT, "index.html")));
    },
  },
});
const browser = await launchBrowser();
try {
  mkdirSync(OUT, { recursive: true });
  const demo = server.url;
  const filterFirstArea = async (element) => {
    await element.locator("[data-area]").first().click();
  };
  // §1: the built-in agreement names its areas once; the example pledge filters.
  await shoot(browser, demo, { name: "honest-filter-shared-areas-en", width: 1100 });
  await shoot(browser, demo, { name: "honest-filter-shared-areas-lt", width: 1100, act: toLithuanian });
  await shoot(browser, demo, { name: "honest-filter-shared-areas-phone-en", width: 390, height: 844 });
  await shoot(browser, demo, { name: "honest-filter-example-section-en", width: 1100, index: 1, act: filterFirstArea });
  // §2: every signatory its own marker on a wide map; a phone's named groups.
  await shoot(browser, demo, { name: "groups-fanned-out-900", width: 900 });
  await shoot(browser, demo, { name: "groups-named-390", width: 390, height: 844, act: toLithuanian });
  // §3: the summary follows the filter and the language.
  await shoot(browser, demo, {
    name: "summary-lt-filtered",
    width: 1100,
    index: 1,
    act: async (element) => {
      await toLithuanian(element);
      await filterFirstArea(element);
    },
  });
  // §5: the page blocks WebAssembly; then scripts are off altogether.
  const staticSnapshot = (page) =>
    page.waitForFunction(() => document.querySelector("signatory-map")?.getAttribute("data-state") === "static");
  await shoot(browser, demo, { name: "static-no-webassembly-en", width: 1100, path: "/csp-demo", wait: staticSnapshot });
  await shoot(browser, demo, {
    name: "static-no-webassembly-lt",
    width: 1100,
    path: "/csp-demo",
    wait: staticSnapshot,
    act: toLithuanian,
  });
  await shoot(browser, demo, {
    name: "static-no-javascript-en",
    width: 1100,
    javaScript: false,
    wait: (page) => page.locator("signatory-map .smw-header").first().waitFor(),
  });
} finally {
  await browser.close();
  await server.close();
}

/** Switches a widget to Lithuanian the way a reader does. */
async function toLithuanian(element) {
  await element.getByRole("button", { name: "Lietuvių" }).click();
}
