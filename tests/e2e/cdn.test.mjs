// The single-file CDN embed (tools/cdn.mjs → www/dist/cdn/): one <script>
// with a Subresource Integrity hash renders the widget and switches
// language, fetches one file of JavaScript and the .wasm once, and looks
// exactly like the multi-file element.js. A wrong hash keeps the script
// from running (the fallback stays), and a tampered .wasm is refused too:
// the bundle fetches it with its own sha384. The README's embed block
// (tools/readme-cdn.mjs) is this build's.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { before, test } from "node:test";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

import { cdnBlock, readmeBlock } from "../../tools/readme-cdn.mjs";
import { OPTIONS, ROOT, differingPixels, newPage, useWidgetPages, waitForData, widget } from "./support.mjs";

const DIST = join(ROOT, "www", "dist");
const CDN = join(DIST, "cdn");
const BUNDLE = join(CDN, "signatory-map.js");
const WASM = join(CDN, "signatory-map.wasm");
const FIXTURE = join(ROOT, "tests", "fixtures", "cdn.html");

/** `sha384-<base64>`, as in an `integrity` attribute. */
const sri = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;

/** The hashes tools/cdn.mjs wrote for this build. */
const integrity = () => JSON.parse(readFileSync(join(CDN, "integrity.json"), "utf8"));

/** A valid module with one more (custom) section: it would run, but its hash differs. */
function tamperedWasm() {
  const name = Buffer.from("tampered");
  return Buffer.concat([readFileSync(WASM), Buffer.from([0, name.length + 1, name.length]), name]);
}

/** The fixture page, with `integrity` filled in and the script's folder optionally moved. */
function page(hash, folder = "/www/dist/cdn/") {
  return (_request, response) => {
    const html = readFileSync(FIXTURE, "utf8")
      .replace('integrity="{{integrity}}"', `integrity="${hash()}"`)
      .replace('src="/www/dist/cdn/', `src="${folder}`);
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
    response.end(html);
  };
}

function file(contentType, bytes) {
  return (_request, response) => {
    const body = bytes();
    response.writeHead(200, { "content-type": contentType, "content-length": body.length, "cache-control": "no-store" });
    response.end(body);
  };
}

const pages = useWidgetPages({
  routes: {
    "/cdn.html": page(() => integrity()["signatory-map.js"]),
    // The right format, the hash of something else.
    "/cdn-wrong-hash.html": page(() => sri(Buffer.from("not the bundle"))),
    // The real bundle (its hash is right) beside a .wasm that is not the one it was built with.
    "/cdn-tampered-wasm.html": page(() => integrity()["signatory-map.js"], "/tampered/"),
    "/tampered/signatory-map.js": file("text/javascript; charset=utf-8", () => readFileSync(BUNDLE)),
    "/tampered/signatory-map.wasm": file("application/wasm", tamperedWasm),
    // The same page with the multi-file element.js, for the visual comparison.
    "/multi-file.html": (_request, response) => {
      const html = readFileSync(FIXTURE, "utf8").replace(
        /<script type="module" src="\/www\/dist\/cdn\/signatory-map\.js"[^>]*><\/script>/,
        '<script type="module" src="/www/dist/element.js"></script>',
      );
      response.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
      response.end(html);
    },
  },
});

before(() => {
  // scripts/build.sh builds www/dist/cdn/; build it here when it is missing
  // or older than the files it is made from (a second or so).
  const sources = ["element.js", "index.js", "signatory_map.js", "signatory_map_bg.wasm"].map((name) => join(DIST, name));
  const stale =
    !existsSync(join(CDN, "integrity.json")) ||
    sources.some((source) => statSync(source).mtimeMs > statSync(join(CDN, "integrity.json")).mtimeMs);
  if (stale) execFileSync(process.execPath, [join(ROOT, "tools", "cdn.mjs")], { cwd: ROOT, stdio: "inherit", timeout: 60_000 });
});

test("one minified file and the .wasm beside it; integrity.json holds their sha384", OPTIONS, (t) => {
  const hashes = integrity();
  const brotli = (bytes) =>
    brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } })
      .length;
  for (const [name, path] of [["signatory-map.js", BUNDLE], ["signatory-map.wasm", WASM]]) {
    const bytes = readFileSync(path);
    t.diagnostic(
      `${name}: ${bytes.length} B raw, ${gzipSync(bytes, { level: 9 }).length} B gzip, ${brotli(bytes)} B brotli; ${hashes[name]}`,
    );
    assert.equal(hashes[name], sri(bytes), `integrity.json matches ${name}`);
    assert.match(hashes[name], /^sha384-[A-Za-z0-9+/]{64}$/);
  }
  const code = readFileSync(BUNDLE, "utf8");
  assert.doesNotMatch(code, /\bimport\s*\(\s*["'`]|\bfrom\s*["']\.|\bimport\s*["']\./, "no other module to fetch");
  assert.doesNotMatch(code, /signatory_map_bg\.wasm/, "no reference to the npm file name");
  assert.ok(code.includes(`integrity:"${hashes["signatory-map.wasm"]}"`), "the bundle fetches the .wasm with its hash");
  const sources = ["element.js", "frame.js", "host.js", "index.js", "signatory_map.js", "styles.js"];
  const unbundled = sources.reduce((sum, name) => sum + statSync(join(DIST, name)).size, 0);
  t.diagnostic(`the same modules unbundled: ${unbundled} B raw`);
  // The modules are shipped minified too (scripts/build.sh), so one file
  // holding them all is no larger than they are, and it has no long lines
  // of indentation or comments left.
  // The licence banner is the one thing the bundle adds on purpose.
  const banner = /^\/\*![^*]*\*\/\n?/.exec(code)?.[0] ?? "";
  assert.ok(banner.length > 0, "the bundle names its licence");
  const bundled = code.length - banner.length;
  assert.ok(bundled <= unbundled, `bundled: ${bundled} B (without the banner), against ${unbundled} B for the modules it holds`);
  assert.doesNotMatch(code, /\n {4}|\/\/ /, "minified: no indentation or line comments");
  assert.deepEqual(readFileSync(WASM), readFileSync(join(DIST, "signatory_map_bg.wasm")), "the same WebAssembly as the npm package");
});

test("the README's embed is this build's: version, hashes and size (scripts/build.sh writes it)", OPTIONS, () => {
  // scripts/test.sh builds without rewriting README.md, so in CI this
  // compares the committed README with the build of the committed code.
  assert.equal(readmeBlock(), cdnBlock(), "README.md's CDN block is stale: run bash scripts/build.sh and commit README.md");
});

test("the integrity-checked script renders the map and switches to Lithuanian; one JS file, one .wasm request", OPTIONS, async () => {
  const { page, requests, consoleErrors, pageErrors } = pages.session;
  const responses = [];
  page.on("response", (response) => responses.push(response));
  const root = await pages.open("/cdn.html");
  assert.ok((await root.locator(".smw-marker, .smw-group-marker").count()) > 3, "markers drawn");
  assert.equal(await page.locator("signatory-map").getAttribute("data-state"), null, "not marked unsupported");
  await root.getByRole("button", { name: "Lietuvių", exact: true }).click();
  await root.getByText(/15 signatarų/).first().waitFor();
  assert.equal(await root.getAttribute("lang"), "lt");

  const base = pages.server.url;
  const scripts = requests.filter((url) => /\.m?js(\?|$)/.test(url));
  assert.deepEqual(scripts, [`${base}/www/dist/cdn/signatory-map.js`], "one JavaScript file, nothing else from www/dist");
  const wasm = requests.filter((url) => url.includes(".wasm"));
  assert.deepEqual(wasm, [`${base}/www/dist/cdn/signatory-map.wasm`], "the .wasm beside the bundle, fetched once");
  const wasmResponse = responses.find((response) => response.url() === wasm[0]);
  assert.equal(wasmResponse?.status(), 200);
  assert.deepEqual(pageErrors, []);
  assert.deepEqual(consoleErrors, []);
});

test("a wrong integrity hash: the script does not run and the fallback stays", OPTIONS, async (t) => {
  const { page, requests, consoleErrors, pageErrors } = pages.session;
  await page.goto(`${pages.server.url}/cdn-wrong-hash.html`);
  await page.waitForLoadState("load");
  await page.getByText("The map of signatories could not be shown.").waitFor({ state: "visible" });
  assert.equal(await page.evaluate(() => customElements.get("signatory-map")), undefined, "<signatory-map> never defined");
  assert.equal(await page.evaluate(() => document.querySelector("signatory-map").shadowRoot), null, "no shadow root");
  assert.deepEqual(requests.filter((url) => url.includes(".wasm")), [], "no .wasm fetched");
  assert.ok(
    consoleErrors.some((message) => /digest in the 'integrity' attribute/.test(message)),
    `the browser reports the integrity failure: ${consoleErrors.join(" | ")}`,
  );
  t.diagnostic(consoleErrors.join(" | "));
  assert.deepEqual(pageErrors, []);
});

test("a tampered .wasm is refused: the right bundle keeps the fallback", OPTIONS, async (t) => {
  const { page, requests, consoleErrors, pageErrors } = pages.session;
  assert.ok(WebAssembly.validate(tamperedWasm()), "the tampered .wasm is a valid module: only its hash is wrong");
  await page.goto(`${pages.server.url}/cdn-tampered-wasm.html`);
  const element = page.locator("signatory-map");
  await page.locator('signatory-map[data-state="unsupported"]').waitFor({ state: "attached" });
  assert.equal(await page.evaluate(() => customElements.get("signatory-map") !== undefined), true, "the bundle ran");
  await page.getByText("The map of signatories could not be shown.").waitFor({ state: "visible" });
  assert.equal(await element.locator(".smw-header").count(), 0, "no widget drawn");
  assert.deepEqual(
    requests.filter((url) => url.includes(".wasm")),
    [`${pages.server.url}/tampered/signatory-map.wasm`],
  );
  assert.ok(
    consoleErrors.some((message) => /digest in the 'integrity' attribute/.test(message)),
    `the browser reports the integrity failure: ${consoleErrors.join(" | ")}`,
  );
  t.diagnostic(consoleErrors.join(" | "));
  assert.deepEqual(pageErrors, []);
});

test("the single file looks exactly like the multi-file element.js", OPTIONS, async (t) => {
  const browser = pages.session.context.browser();
  const shot = async (path) => {
    const { context, page } = await newPage(browser, { width: 1000, height: 900 });
    await page.goto(`${pages.server.url}${path}`);
    await waitForData(widget(page));
    const png = await page.locator("signatory-map").screenshot({ animations: "disabled" });
    await context.close();
    return png;
  };
  const single = await shot("/cdn.html");
  const multi = await shot("/multi-file.html");
  const differing = await differingPixels(browser, single, multi);
  t.diagnostic(`pixels that differ from element.js: ${differing}`);
  // A stylesheet rule lost in minification changes thousands of pixels; a
  // few dozen are anti-aliasing noise.
  assert.ok(differing <= 200, `the two builds look the same (${differing} pixels differ)`);
});

