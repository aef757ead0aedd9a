// When data cannot be shown the widget says why, in the reader's language,
// lists every dataset problem with its JSON path, offers "Try again", and
// leaves the host page intact.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";

import { OPTIONS, ROOT, useWidgetPages, waitForData, widget } from "./support.mjs";

/** `/flaky.json` answers 503 the first time, then the varied fixture. */
let flakyRequests = 0;
const routes = {
  "/flaky.json": (_request, response) => {
    flakyRequests++;
    if (flakyRequests === 1) {
      response.writeHead(503, { "content-type": "text/plain" });
      response.end("try later");
      return;
    }
    response.writeHead(200, { "content-type": "application/json" });
    response.end(readFileSync(join(ROOT, "tests", "fixtures", "varied.json")));
  },
  "/not-json.json": (_request, response) => {
    response.writeHead(200, { "content-type": "application/json" });
    // Broken on its third line, where a newsroom developer must look.
    response.end('{\n  "version": 1,\n  <html>not json</html>\n}');
  },
};

const pages = useWidgetPages({ routes });

async function openError(path) {
  await pages.page.goto(`${pages.server.url}${path}`);
  const alert = widget(pages.page).getByRole("alert");
  await alert.waitFor({ state: "visible" });
  return alert;
}

async function assertHostPageIntact(page, heading) {
  assert.ok(await page.getByRole("heading", { level: 1, name: heading }).isVisible());
  assert.ok(await page.getByText("Host page text before the widget.", { exact: true }).isVisible());
  assert.ok(await page.getByText("Host page text after the widget.", { exact: true }).isVisible());
  assert.deepEqual(pages.session.pageErrors, []);
}

test("a 404 says the map cannot be shown and why, and offers to try again", OPTIONS, async () => {
  const { page, requests } = pages.session;
  const alert = await openError("/fixtures/missing.html");
  assert.ok(await widget(page).getByRole("status").getByText("The map cannot be shown", { exact: true }).isVisible());
  assert.ok(
    await alert.getByText("The data could not be loaded: the server answered 404.", { exact: true }).isVisible(),
  );
  const retry = alert.getByRole("button", { name: "Try again", exact: true });
  assert.ok(await retry.isVisible());
  await assertHostPageIntact(page, "Missing data fixture");
  // The only console error is the browser's own report of that 404.
  assert.ok(
    pages.session.consoleErrors.every((e) => e.includes("404") && e.includes("/tests/fixtures/no-such-file.json")),
    pages.session.consoleErrors.join("\n"),
  );

  const asked = () => requests.filter((url) => url.endsWith("/tests/fixtures/no-such-file.json")).length;
  assert.equal(asked(), 1);
  await retry.click();
  await alert.getByText(/the server answered 404/).waitFor();
  assert.equal(asked(), 2, "“Try again” asked the server again");

  // In the reader's language.
  await page.evaluate(() => document.querySelector("signatory-map").setAttribute("lang", "lt"));
  await widget(page).getByRole("status").getByText("Žemėlapio parodyti nepavyko", { exact: true }).waitFor();
  assert.ok(
    await alert.getByText("Nepavyko įkelti duomenų: serveris atsakė 404.", { exact: true }).isVisible(),
  );
  assert.ok(await alert.getByRole("button", { name: "Bandyti dar kartą", exact: true }).isVisible());
});

test("“Try again” shows the data once the server answers", OPTIONS, async () => {
  const { page } = pages;
  const alert = await openError("/fixtures/missing.html");
  flakyRequests = 0;
  await page.evaluate(() => document.querySelector("signatory-map").setAttribute("src", "/flaky.json"));
  await alert.getByText("The data could not be loaded: the server answered 503.", { exact: true }).waitFor();
  await alert.getByRole("button", { name: "Try again", exact: true }).click();
  const root = widget(page);
  await waitForData(root);
  assert.ok(await root.getByRole("heading", { name: "Test pledge for a varied filter" }).isVisible());
  assert.equal((await root.getByRole("status").innerText()).trim(), "Showing 6 of 6 signatories");
  assert.equal(await root.getByRole("alert").count(), 0);
  assert.equal(flakyRequests, 2);
});

/** What has focus inside the widget: its class and text, or null. */
function focusedInWidget(root) {
  return root.evaluate((smw) => {
    const active = /** @type {ShadowRoot} */ (smw.getRootNode()).activeElement;
    return active ? { className: active.className, text: active.textContent?.trim() } : null;
  });
}

test("“Try again” from the keyboard puts focus on the status line, which tells the outcome", OPTIONS, async () => {
  const { page } = pages;
  const alert = await openError("/fixtures/missing.html");
  const root = widget(page);

  // Failing again: focus stays on the status line, which says so.
  await alert.getByRole("button", { name: "Try again", exact: true }).focus();
  await page.keyboard.press("Enter");
  await alert.getByText(/the server answered 404/).waitFor();
  let focused = await focusedInWidget(root);
  assert.match(focused?.className ?? "", /\bsmw-status\b/, `focus is on ${JSON.stringify(focused)}`);
  assert.equal(focused?.text, "The map cannot be shown");

  // Succeeding: the same line, now counting the signatories.
  flakyRequests = 0;
  await page.evaluate(() => document.querySelector("signatory-map")?.setAttribute("src", "/flaky.json"));
  await alert.getByText(/the server answered 503/).waitFor();
  await alert.getByRole("button", { name: "Try again", exact: true }).focus();
  await page.keyboard.press("Enter");
  await waitForData(root);
  focused = await focusedInWidget(root);
  assert.match(focused?.className ?? "", /\bsmw-status\b/, `focus is on ${JSON.stringify(focused)}`);
  assert.equal(focused?.text, "Showing 6 of 6 signatories");
});

test("a file that is not JSON says so, and where it breaks", OPTIONS, async () => {
  const { page } = pages;
  const alert = await openError("/fixtures/missing.html");
  await page.evaluate(() => document.querySelector("signatory-map").setAttribute("src", "/not-json.json"));
  await alert.getByText("The data could not be loaded: the file is not valid JSON (line 3, column 3).", { exact: true }).waitFor();
  assert.ok(await widget(page).getByRole("status").getByText("The map cannot be shown", { exact: true }).isVisible());
  await assertHostPageIntact(page, "Missing data fixture");
});

test("invalid data lists every problem with its JSON path", OPTIONS, async () => {
  const { page } = pages;
  const alert = await openError("/fixtures/invalid.html");
  assert.ok(await widget(page).getByRole("status").getByText("The map cannot be shown", { exact: true }).isVisible());
  // A broken date rejects the dataset (policy: only problems inside one
  // signatory just leave it out); every signatory's problem is listed too.
  assert.ok(await alert.getByText("The data has 6 problems:", { exact: true }).isVisible());
  const problems = alert.getByRole("listitem");
  assert.deepEqual((await problems.allInnerTexts()).map((t) => t.trim()), [
    "agreement.date: “2020-02-30” is not a date written YYYY-MM-DD",
    "signatories[1].lat: 123 is outside -90..90",
    "signatories[2].areas[1]: the area “space-travel” is not declared in “areas”",
    "signatories[3].id: the id “first-signatory” is already used at signatories[0].id",
    "signatories[3].kind: “guild” is not a kind (company, association or institution)",
    "signatories[3].country: “NOR” is not a two-letter ISO 3166-1 country code",
  ]);
  // Each path is set apart as code.
  assert.deepEqual(await problems.locator("code").allInnerTexts(), [
    "agreement.date",
    "signatories[1].lat",
    "signatories[2].areas[1]",
    "signatories[3].id",
    "signatories[3].kind",
    "signatories[3].country",
  ]);
  assert.ok(await alert.getByRole("button", { name: "Try again", exact: true }).isVisible());
  // No map, filter or list of half-valid data.
  assert.equal(await widget(page).getByRole("list", { name: "Signatories" }).count(), 0);
  assert.equal(await widget(page).locator("svg .smw-land").count(), 0);
  await assertHostPageIntact(page, "Invalid data fixture");
  assert.deepEqual(pages.session.consoleErrors, []);

  // The same problems, told in Lithuanian.
  await widget(page).getByRole("button", { name: "Lietuvių", exact: true }).click();
  assert.ok(await alert.getByText("Duomenyse rastos 6 problemos:", { exact: true }).isVisible());
  assert.ok(await alert.getByText("signatories[1].lat: 123 nepatenka į intervalą −90..90").isVisible());
});

test("one broken signatory is left out, counted and listed; the rest is shown", OPTIONS, async () => {
  const { page } = pages;
  await page.goto(`${pages.server.url}/fixtures/partial.html`);
  const root = widget(page);
  await waitForData(root);
  assert.match(await root.locator(".smw-status").innerText(), /^Showing 6 of 6 signatories/);
  const warning = root.locator(".smw-warning");
  assert.equal((await warning.locator("summary").innerText()).trim(), "One signatory was left out because of a problem in the data:");
  await warning.locator("summary").click();
  assert.deepEqual(
    (await warning.getByRole("listitem").allInnerTexts()).map((t) => t.trim()),
    ["signatories[2].lat: 123 is outside -90..90"],
  );
  assert.equal(await root.getByText("Broken North").count(), 0, "not on the list or the map");
  await root.getByRole("button", { name: "Lietuvių", exact: true }).click();
  assert.equal((await warning.locator("summary").innerText()).trim(), "1 signataras praleistas dėl klaidų duomenyse:");
  assert.deepEqual(pages.session.consoleErrors, []);
});
