// Loading a dataset from `src` over the network. Every way the request can
// go wrong — an HTTP error, a body that is not JSON, JSON sent as another
// content type, a dropped connection, a server that never answers (the
// `timeout` attribute), a body too large for a reader's tab — ends in the
// same error state, in the reader's language, with "Try again": never a
// blank box, an endless "Loading…" or a frozen tab. "Try again" recovers
// once the server does, and a late answer for an older `src` never
// replaces the data of a newer one.
//
// Every endpoint is a test route below; pages come from `/loading-page.html`,
// which writes the element with the attributes given in its query string.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";

import { OPTIONS, ROOT, hostPage, htmlRoute, useWidgetPages, waitForData, widget } from "./support.mjs";

const VARIED = readFileSync(join(ROOT, "tests", "fixtures", "varied.json")); // 6 signatories
const AGREEMENT = readFileSync(join(ROOT, "data", "agreement.json")); // 15 signatories
const JSON_TYPE = { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" };

/**
 * The varied dataset (valid, 6 signatories) padded with insignificant
 * whitespace to just over the widget's 16 MB limit (MAX_BODY_BYTES in
 * src/core/validate.rs): still a dataset the widget would show, so only its
 * size can make it an error.
 */
const HUGE_BYTES = 17 * 1024 * 1024;
const HUGE = Buffer.concat([Buffer.from("{"), Buffer.alloc(HUGE_BYTES, " "), VARIED.subarray(1)]);

/** A promise and the function that resolves it: "the server got this far". */
function signal() {
  /** @type {(value?: unknown) => void} */ let resolve = () => {};
  const promise = new Promise((done) => (resolve = done));
  return { promise, resolve };
}

/** The never-answering endpoint: when the request came, when its connection closed. */
let silent = { arrivedAt: 0, arrived: signal(), closed: signal() };
/** `/loading-flaky.json`: how many requests it has had. */
let flakyRequests = 0;
/** The slow endpoint: request arrived; answer sent (or connection gone). */
let slow = { arrived: signal(), done: signal(), cancelled: false };

const routes = {
  // A host page: `?src=…&timeout=…&lang=…` become the element's attributes
  // (lang on <html>, so the widget inherits it as it would in an article).
  "/loading-page.html": htmlRoute((query) =>
    hostPage({
      title: "Loading fixture",
      lang: query.get("lang") ?? "en",
      attributes: Object.fromEntries(["src", "timeout"].filter((name) => query.has(name)).map((name) => [name, query.get(name) ?? ""])),
    }),
  ),
  "/loading-404.json": (_request, response) => {
    response.writeHead(404, { "content-type": "text/plain" });
    response.end("not found");
  },
  "/loading-500.json": (_request, response) => {
    response.writeHead(500, { "content-type": "text/plain" });
    response.end("internal error");
  },
  // What a misconfigured server often sends: its HTML error page, labelled JSON.
  "/loading-html-as-json.json": (_request, response) => {
    response.writeHead(200, JSON_TYPE);
    response.end("<!doctype html><html><body><h1>Page not found</h1></body></html>");
  },
  // A perfectly good dataset, labelled as an HTML page.
  "/loading-json-as-html.json": (_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
    response.end(VARIED);
  },
  // The connection drops before any answer.
  "/loading-dropped.json": (request) => {
    request.socket.destroy();
  },
  // Headers never come.
  "/loading-silent.json": (_request, response) => {
    silent.arrivedAt = Date.now();
    silent.arrived.resolve();
    response.on("close", () => silent.closed.resolve());
  },
  // A 500, then a dropped connection, then the varied dataset. The 500
  // closes its connection: Chromium silently re-sends a request whose
  // reused keep-alive connection is reset, which would skip the second failure.
  "/loading-flaky.json": (request, response) => {
    flakyRequests++;
    if (flakyRequests === 1) {
      response.writeHead(500, { "content-type": "text/plain", connection: "close" });
      response.end("internal error");
    } else if (flakyRequests === 2) {
      request.socket.destroy();
    } else {
      response.writeHead(200, JSON_TYPE);
      response.end(VARIED);
    }
  },
  // The agreement (15 signatories), 1.5 s late.
  "/loading-slow.json": (_request, response) => {
    slow.arrived.resolve();
    response.on("close", () => {
      if (!response.writableFinished) slow.cancelled = true;
    });
    setTimeout(() => {
      if (response.destroyed || !response.socket || response.socket.destroyed) {
        slow.done.resolve();
        return;
      }
      response.writeHead(200, JSON_TYPE);
      response.end(AGREEMENT, () => slow.done.resolve());
    }, 1500);
  },
  // ~12 MB with its Content-Length (the widget can refuse before reading)…
  "/loading-huge.json": (_request, response) => {
    response.writeHead(200, { ...JSON_TYPE, "content-length": HUGE.length });
    response.end(HUGE);
  },
  // …and without one (chunked: the widget must count while reading).
  "/loading-huge-chunked.json": (_request, response) => {
    response.writeHead(200, JSON_TYPE);
    response.end(HUGE);
  },
};

const pages = useWidgetPages({ routes });

/** Opens a host page whose element has these attributes. */
async function openPage(attributes) {
  const query = new URLSearchParams(attributes).toString();
  await pages.page.goto(`${pages.server.url}/loading-page.html?${query}`);
  return widget(pages.page);
}

/** Waits for the widget's error state (role="alert") and returns it. */
async function errorState(root, timeout = 10_000) {
  const alert = root.getByRole("alert");
  await alert.waitFor({ state: "visible", timeout });
  assert.equal(await alert.evaluate((node) => node.classList.contains("smw-error")), true, "the alert is .smw-error");
  return alert;
}

/** The error state in English: title, "…: <reason>.", "Try again"; no map, no list. */
async function assertEnglishError(root, reason) {
  const alert = await errorState(root);
  assert.ok(await root.getByRole("status").getByText("The map cannot be shown", { exact: true }).isVisible(), "the error title");
  const sentence = `The data could not be loaded: ${reason}.`;
  await alert.getByText(sentence, { exact: true }).waitFor({ timeout: 2_000 }).catch(async () => {
    assert.fail(`expected “${sentence}”, the widget says “${(await alert.innerText()).replace(/\s+/g, " ")}”`);
  });
  assert.ok(await alert.getByRole("button", { name: "Try again", exact: true }).isVisible(), "a “Try again” button");
  assert.equal(await root.getByRole("list", { name: "Signatories" }).count(), 0, "no list of signatories");
  assert.equal(await root.locator("svg .smw-land").count(), 0, "no map");
  return alert;
}

/** The host page around the widget is untouched and nothing threw. */
async function assertHostPageIntact() {
  const { page, pageErrors } = pages.session;
  assert.ok(await page.getByRole("heading", { level: 1, name: "Loading fixture" }).isVisible());
  assert.ok(await page.getByText("Host page text before the widget.", { exact: true }).isVisible());
  assert.ok(await page.getByText("Host page text after the widget.", { exact: true }).isVisible());
  assert.deepEqual(pageErrors, [], "page errors");
}

const FAILURES = [
  { what: "a 404", src: "/loading-404.json", reason: "the server answered 404" },
  { what: "a 500", src: "/loading-500.json", reason: "the server answered 500" },
  { what: "an HTML page sent as application/json", src: "/loading-html-as-json.json", reason: "the file is not valid JSON (line 1, column 1)" },
  {
    what: "valid JSON sent as text/html (wrong content type)",
    src: "/loading-json-as-html.json",
    reason: "the server sent “text/html” instead of JSON",
  },
  { what: "a dropped connection (network error)", src: "/loading-dropped.json", reason: "the network request failed" },
];

for (const { what, src, reason } of FAILURES) {
  test(`${what}: “The data could not be loaded: ${reason}.” and “Try again”`, OPTIONS, async () => {
    const root = await openPage({ src });
    await assertEnglishError(root, reason);
    await assertHostPageIntact();
  });
}

test("the same error state in Lithuanian (page lang=\"lt\"), for a dropped connection", OPTIONS, async () => {
  const root = await openPage({ src: "/loading-dropped.json", lang: "lt" });
  const alert = await errorState(root);
  assert.equal(await root.getAttribute("lang"), "lt");
  assert.ok(await root.getByRole("status").getByText("Žemėlapio parodyti nepavyko", { exact: true }).isVisible());
  assert.ok(
    await alert.getByText("Nepavyko įkelti duomenų: tinklo užklausa nepavyko.", { exact: true }).isVisible(),
  );
  assert.ok(await alert.getByRole("button", { name: "Bandyti dar kartą", exact: true }).isVisible());
  assert.equal(await alert.getByText(/could not|Try again/).count(), 0, "no English left");
  await assertHostPageIntact();
});

test("a server that never answers: with timeout=\"1\" the error comes after about 1 second", OPTIONS, async () => {
  silent = { arrivedAt: 0, arrived: signal(), closed: signal() };
  const root = await openPage({ src: "/loading-silent.json", timeout: "1" });
  await silent.arrived.promise;

  // Half a second in, the reader is told the data is on its way.
  await pages.page.waitForTimeout(Math.max(0, silent.arrivedAt + 500 - Date.now()));
  assert.ok(await root.getByText("Loading the signatories…", { exact: true }).isVisible(), "still loading at 0.5 s");
  assert.equal(await root.getByRole("alert").count(), 0, "no error before the timeout");

  const alert = await errorState(root, 5_000);
  const elapsed = Date.now() - silent.arrivedAt;
  assert.ok(elapsed >= 900, `the error came after ${elapsed} ms, before the 1 s timeout`);
  assert.ok(elapsed <= 3_000, `the error came only after ${elapsed} ms, for a 1 s timeout`);
  await assertEnglishError(root, "the server did not answer within 1 second");
  assert.ok(await alert.isVisible());

  // The abandoned request is cancelled, not left open on the server.
  const closed = await Promise.race([
    silent.closed.promise.then(() => true),
    new Promise((done) => setTimeout(() => done(false), 2_000)),
  ]);
  assert.equal(closed, true, "the browser closed the timed-out request");
  await assertHostPageIntact();
});

test("“Try again” recovers once the server does (a 500, then a dropped connection, then data)", OPTIONS, async () => {
  flakyRequests = 0;
  const root = await openPage({ src: "/loading-flaky.json" });
  const retry = root.getByRole("button", { name: "Try again", exact: true });

  await assertEnglishError(root, "the server answered 500");
  await retry.click();
  await assertEnglishError(root, "the network request failed");
  assert.equal(flakyRequests, 2, "the first “Try again” asked the server again");
  await retry.click();

  await waitForData(root);
  assert.ok(await root.getByRole("heading", { name: "Test pledge for a varied filter" }).isVisible());
  assert.equal((await root.getByRole("status").innerText()).trim(), "Showing 6 of 6 signatories");
  assert.equal(await root.getByRole("alert").count(), 0, "the error state is gone");
  assert.equal(flakyRequests, 3);
  await assertHostPageIntact();
});

test("a newer src wins over an older one that answers later", OPTIONS, async () => {
  slow = { arrived: signal(), done: signal(), cancelled: false };
  const { page } = pages;
  // A: the agreement (15), answered 1.5 s late. B: the varied fixture (6), at once.
  const root = await openPage({ src: "/loading-slow.json" });
  await slow.arrived.promise;
  await page.evaluate(() => {
    /** @type {any} */ (window).readyEvents = [];
    document.addEventListener("signatory-map:ready", (event) =>
      /** @type {any} */ (window).readyEvents.push(/** @type {CustomEvent} */ (event).detail.signatories),
    );
    document.querySelector("signatory-map")?.setAttribute("src", "/tests/fixtures/varied.json");
  });
  await waitForData(root);
  assert.equal((await root.getByRole("status").innerText()).trim(), "Showing 6 of 6 signatories");

  // A's answer arrives (or the widget has cancelled it); give the page time to handle it.
  await slow.done.promise;
  await page.waitForTimeout(500);
  assert.ok(
    await root.getByRole("heading", { name: "Test pledge for a varied filter" }).isVisible(),
    "still B's title after A's late answer",
  );
  assert.equal((await root.getByRole("status").innerText()).trim(), "Showing 6 of 6 signatories");
  assert.deepEqual(await page.evaluate(() => /** @type {any} */ (window).readyEvents), [6], "one ready, for B");
  assert.deepEqual(pages.session.pageErrors, []);
});

for (const [path, how] of [
  ["/loading-huge.json", "with its Content-Length"],
  ["/loading-huge-chunked.json", "chunked, no Content-Length"],
]) {
  test(`a ~12 MB body (${how}) is refused with the error state; the tab stays responsive`, OPTIONS, async () => {
    const { page } = pages;
    const root = await openPage({});
    await waitForData(root); // the built-in dataset
    // A heartbeat: the longest gap between 20 ms ticks while the body loads.
    await page.evaluate(() => {
      const beat = { last: performance.now(), longest: 0 };
      /** @type {any} */ (window).heartbeat = beat;
      setInterval(() => {
        const now = performance.now();
        beat.longest = Math.max(beat.longest, now - beat.last);
        beat.last = now;
      }, 20);
    });
    await page.evaluate((src) => document.querySelector("signatory-map")?.setAttribute("src", src), path);

    const alert = await errorState(root).catch(async () => {
      const shown = (await root.innerText()).replace(/\s+/g, " ").slice(0, 120);
      assert.fail(`no error state for a ${(HUGE.length / 1e6).toFixed(1)} MB body; the widget shows “${shown}…”`);
    });
    assert.ok(await root.getByRole("status").getByText("The map cannot be shown", { exact: true }).isVisible());
    assert.match(
      (await alert.innerText()).replace(/\s+/g, " "),
      /The data could not be loaded: the file is larger than \d+(\.\d+)? MB\./,
    );
    assert.ok(await alert.getByRole("button", { name: "Try again", exact: true }).isVisible());

    const longest = await page.evaluate(() => /** @type {any} */ (window).heartbeat.longest);
    assert.ok(longest < 500, `the page froze for ${Math.round(longest)} ms while the body loaded`);
    // Still answering the reader: the language toggle switches at once.
    await root.getByRole("button", { name: "Lietuvių", exact: true }).click();
    await root.getByRole("status").getByText("Žemėlapio parodyti nepavyko", { exact: true }).waitFor({ timeout: 1_000 });
    assert.deepEqual(pages.session.pageErrors, []);
  });
}
