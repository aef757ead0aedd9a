// Publishing a newsroom's own data (README, "Publishing: a page that shows
// the map at first paint"): a spreadsheet converted with the tool, and the
// snippet `signatory-map embed` writes for it pasted into a plain article
// page served with the README's strict Content-Security-Policy, the single-
// file CDN build (www/dist/cdn/) beside it. The snapshot is drawn before the
// WebAssembly arrives; the live widget then takes over reading exactly the
// same, in both languages; nothing breaks the policy; and where WebAssembly
// is blocked the static snapshot's language toggle swaps to the other
// snapshot the snippet carries.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";

import { OPTIONS, ROOT, listItems, useWidgetPages, waitForData, widget } from "./support.mjs";

/** A dataset other than the built-in one: 4 signatories, one placed by the gazetteer. */
const SHEETS = ["tests/sheets-corpus/common/agreement.csv", "tests/sheets-corpus/common/areas.csv", "tests/sheets-corpus/22-region-column.csv"];

/** The README's strict policy, with and without 'wasm-unsafe-eval'. */
const POLICY = (script) =>
  `default-src 'none'; script-src ${script}; connect-src 'self'; style-src 'self'; ` +
  "img-src 'self' data:; require-trusted-types-for 'script'";

/** What the tool made in before(): the dataset JSON and a snippet per page language. */
const made = { json: "", snippet: { en: "", lt: "" }, rule: "" };

/** A plain article page with the snippet pasted in, and the page rule in its own stylesheet. */
const article = (lang) => `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><title>Publishing test page</title>
<link rel="stylesheet" href="/publish/page.css"></head>
<body><h1>Our pledge</h1><p>Text before the map.</p>
${made.snippet[lang]}
<p>Text after the map.</p></body></html>`;

/** @param {string} policy @param {() => string} body @param {string} type */
const route = (policy, body, type = "text/html; charset=utf-8") => (_request, response) => {
  response.writeHead(200, { "content-type": type, "content-security-policy": policy, "cache-control": "no-store" });
  response.end(body());
};

const pages = useWidgetPages({
  routes: {
    "/publish/pledge.json": route(POLICY("'none'"), () => made.json, "application/json"),
    "/publish/page.css": route(POLICY("'none'"), () => made.rule, "text/css"),
    "/publish/en.html": route(POLICY("'self' 'wasm-unsafe-eval'"), () => article("en")),
    "/publish/lt.html": route(POLICY("'self' 'wasm-unsafe-eval'"), () => article("lt")),
    "/publish/no-wasm.html": route(POLICY("'self'"), () => article("en")),
  },
});

const scratch = mkdtempSync(join(process.env.TMPDIR ?? tmpdir(), "publish-"));
after(() => rmSync(scratch, { recursive: true, force: true }));

before(() => {
  // The debug tool, as scripts/build.sh builds it (a no-op when fresh).
  execFileSync("cargo", ["build", "--locked", "--quiet", "--bin", "signatory-map"], { cwd: ROOT, stdio: "inherit", timeout: 600_000 });
  const tool = (args) => execFileSync(join(ROOT, "target", "debug", "signatory-map"), args, { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  made.json = tool(["convert", ...SHEETS]);
  for (const lang of ["en", "lt"]) {
    const out = join(scratch, `${lang}.html`);
    tool(["embed", ...SHEETS, "--lang", lang, "--src", "/publish/pledge.json", "--cdn", "/www/dist/cdn/", "-o", out]);
    made.snippet[lang] = readFileSync(out, "utf8");
  }
  // The rule the snippet's comment asks the page to add to its stylesheet.
  made.rule = /signatory-map:not\(:defined\) \{[^}]*\}/.exec(made.snippet.en)?.[0] ?? "";
  assert.ok(made.rule, "the snippet's comment gives the page rule");
});

/** What a reader reads: the header and every list entry. */
async function readable(root, list = "Signatories") {
  return {
    title: (await root.locator(".smw-title").innerText()).trim(),
    meta: (await root.locator(".smw-meta").innerText()).trim(),
    entries: (await listItems(root, list).allInnerTexts()).map((t) => t.replace(/\s+/g, " ").trim()),
  };
}

/** Records CSP violations from before the page's first script. */
async function recordViolations(page) {
  await page.addInitScript(() => {
    /** @type {any} */ (window).violations = [];
    document.addEventListener("securitypolicyviolation", (event) =>
      /** @type {any} */ (window).violations.push(`${event.effectiveDirective} ${event.blockedURI}`),
    );
  });
  return () => page.evaluate(() => /** @type {any} */ (window).violations);
}

const LIST = { en: "Signatories", lt: "Signatarai" };

for (const lang of /** @type {const} */ (["en", "lt"])) {
  test(`${lang}: the snapshot is drawn before the WebAssembly arrives, and the live widget reads the same, with no CSP violation`, OPTIONS, async () => {
    const { page, consoleErrors, pageErrors } = pages.session;
    const violations = await recordViolations(page);
    /** @type {() => void} */ let release = () => {};
    const held = new Promise((resolve) => (release = resolve));
    await page.route("**/*.wasm", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${pages.server.url}/publish/${lang}.html`);
    const root = widget(page);
    // First paint: the snapshot, at the widget's size, while the .wasm is held.
    await page.locator("signatory-map .smw-prerendered").waitFor();
    assert.equal(await page.locator("signatory-map").getAttribute("data-state"), null, "not live yet");
    const box = await page.locator("signatory-map").boundingBox();
    assert.ok(box && box.height >= 600, `the snapshot has the widget's size: ${JSON.stringify(box)}`);
    const snapshot = await readable(root, LIST[lang]);
    assert.equal(snapshot.entries.length, 4, JSON.stringify(snapshot));
    assert.equal(await root.getAttribute("lang"), lang);

    release();
    await waitForData(root);
    assert.deepEqual(await readable(root, LIST[lang]), snapshot, "the live widget reads exactly like the snapshot");
    assert.equal(await page.locator("signatory-map .smw-prerendered").count(), 0, "the snapshot was taken over");
    assert.deepEqual(await violations(), []);
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(pageErrors, []);
  });
}

test("with WebAssembly blocked, the static snapshot's language toggle swaps to the other language's snapshot", OPTIONS, async () => {
  const { page, pageErrors } = pages.session;
  const violations = await recordViolations(page);
  await page.goto(`${pages.server.url}/publish/no-wasm.html`);
  await page.waitForFunction(() => document.querySelector("signatory-map")?.getAttribute("data-state") === "static");
  const root = widget(page);
  const english = await readable(root, LIST.en);
  assert.equal(english.entries.length, 4);
  await root.getByRole("button", { name: "Lietuvių", exact: true }).click();
  await page.locator('signatory-map .smw[lang="lt"]').waitFor();
  const lithuanian = await readable(widget(page), LIST.lt);
  const dataset = JSON.parse(made.json);
  assert.equal(lithuanian.title, dataset.agreement.title.lt);
  assert.equal(lithuanian.entries.length, 4);
  assert.notDeepEqual(lithuanian.entries, english.entries);
  assert.equal(await page.locator("signatory-map .smw-static-note").isVisible(), true);
  // The only violation is the WebAssembly compile the page's policy refuses.
  assert.ok((await violations()).every((v) => v.startsWith("script-src")), JSON.stringify(await violations()));
  assert.deepEqual(pageErrors, []);
});
