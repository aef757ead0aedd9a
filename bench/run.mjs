// The benchmark: our <signatory-map> against the maps newsrooms use today
// (Leaflet + Leaflet.markercluster, and d3-geo + topojson-client SVG), on
// the same host article page, the same datasets and the same reader tasks.
//
//   node bench/run.mjs            full run: N = 15, 1,000, 10,000; desktop and
//                                 mobile profiles; 7 cold loads each → bench/RESULTS.md
//   node bench/run.mjs --quick    N = 15 and 1,000, desktop only, 5 cold loads
//                                 → bench/RESULTS-quick.md (git-ignored)
//   --reps K                      cold loads per page, N and profile
//   --sizes 1000,10000            only these N (datasets are generated for all)
//   --profiles mobile             only these profiles (desktop, mobile)
//   --pages ours                  only these pages (ours, leaflet, d3)
//   --toggles K                   clicks per toggle series instead of 20 (even)
//                                 (any of these five also writes RESULTS-quick.md)
//
//   node bench/run.mjs --quick --pages ours --profiles desktop,mobile --reps 1 --toggles 40
//                                 just ours, one load per N and profile, 40 clicks
//                                 a series: two builds' toggles back to back
//
// What it measures and how is in bench/README.md. In short, per page, N and
// profile: a fresh browser context for every load (nothing cached); the time
// from navigation start to all markers drawn; 20 area toggles and 20
// language toggles on the first load (work until layout is clean, and until
// the next paint), then, for ours, 20 more of each under a Chromium trace
// (their script part: that work less style and layout); the JS heap and
// WebAssembly memory after a forced GC; the host page's layout shift; and,
// once per page, the bytes of everything the first render fetched except
// the dataset.

import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants as zlib, gzipSync } from "node:zlib";

import * as esbuild from "esbuild";

import { launchBrowser } from "../tools/chromium.mjs";
import { serve } from "../tools/serve.mjs";
import { SIZES as ALL_SIZES, writeAll } from "./generate.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, "..");

// ------------------------------------------------------------- settings

const argv = process.argv.slice(2);
const QUICK = argv.includes("--quick");
const repsArg = argv.indexOf("--reps");
const REPS = repsArg >= 0 ? Number(argv[repsArg + 1]) : QUICK ? 5 : 7;
const option = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1].split(",") : undefined;
};
const SIZES = option("--sizes")?.map(Number) ?? (QUICK ? [15, 1000] : ALL_SIZES);
/** Clicks per series (filter, language; timed, traced). Even, so each series leaves the page as it found it. */
const TOGGLES = Number(option("--toggles")?.[0] ?? 20);
if (!(TOGGLES > 0 && TOGGLES % 2 === 0)) throw new Error(`--toggles must be an even number above 0, not ${option("--toggles")}`);
/** Idle time between two toggles, so one toggle's leftovers do not land in the next. */
const BETWEEN_TOGGLES_MS = 100;
/**
 * Trace categories for the script part of a toggle (bench/README.md):
 * devtools.timeline for event dispatch, timers, GC, style recalculation and
 * layout; its disabled-by-default companion for EvaluateScript; v8 and
 * v8.execute for every call into V8 and every microtask checkpoint (Yew
 * renders in one, outside any event or timer); blink.user_timing for the
 * marks that bound each click's work span.
 */
const TRACE_CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8", "v8.execute", "blink.user_timing"];
/**
 * Trace events that are script: V8 running JS or WebAssembly (with the DOM
 * calls it makes), the event dispatch and timer firing around it, and GC.
 * Counted by the time they cover, so nested ones are not counted twice.
 */
const SCRIPT_EVENTS = new Set([
  "v8.callFunction",
  "v8.newInstance",
  "v8.run",
  "v8.compile",
  "v8.compileModule",
  "v8.evaluateModule",
  "RunMicrotasks",
  "FunctionCall",
  "EvaluateScript",
  "EventDispatch",
  "TimerFire",
  "FireAnimationFrame",
  "FireIdleCallback",
  "MinorGC",
  "MajorGC",
]);
/** Trace events that are style or layout: taken out of the script time they run inside (a forced recalculation or layout). */
const STYLE_LAYOUT_EVENTS = new Set(["UpdateLayoutTree", "RecalculateStyles", "Layout", "ParseAuthorStyleSheet"]);
const PARTIAL = QUICK || argv.some((a) => ["--sizes", "--profiles", "--reps", "--pages", "--toggles"].includes(a));
const OUT = join(HERE, PARTIAL ? "RESULTS-quick.md" : "RESULTS.md");

const PROFILES = [
  { id: "desktop", label: "desktop 1280×800", viewport: { width: 1280, height: 800 }, throttle: 1 },
  { id: "mobile", label: "mobile 390×844, CPU ×4", viewport: { width: 390, height: 844 }, throttle: 4 },
].filter((profile) => (option("--profiles") ?? (QUICK ? ["desktop"] : ["desktop", "mobile"])).includes(profile.id));

/**
 * The three pages. `areas` and `langs` are the groups the reader's area
 * and language toggles are found in, by role and name (Playwright locators
 * pierce our open shadow root; searching only the group, not the whole
 * widget with its list of up to 10,000 buttons, keeps the look-up cheap);
 * `box` is the map's box on the host page (its layout is forced after a
 * click). `traceScript`: the toggles' script part is measured too (a second
 * round of toggles under a trace; only ours, to keep the full run short).
 */
const ALL_PAGES = [
  {
    id: "ours",
    label: "ours",
    path: "/bench/pages/widget.html",
    areas: "signatory-map .smw-filter",
    langs: "signatory-map .smw-lang",
    box: "signatory-map",
    traceScript: true,
  },
  {
    id: "leaflet",
    label: "Leaflet",
    path: "/bench/peers/leaflet/index.html",
    areas: "#peer .peer-areas",
    langs: "#peer .peer-lang",
    box: "#peer",
  },
  {
    id: "d3",
    label: "d3",
    path: "/bench/peers/d3/index.html",
    areas: "#peer .peer-areas",
    langs: "#peer .peer-lang",
    box: "#peer",
  },
];
const PAGES = ALL_PAGES.filter((page) => (option("--pages") ?? [page.id]).includes(page.id));

/** Files of the host article page and of the harness, not of any map. */
const HOST_FILES = [/\.html$/, /\/bench\/pages\/article\.css$/, /\/bench\/pages\/src-from-query\.js$/];


// ----------------------------------------------------- in-page helpers

/**
 * Runs before any page script: sums layout shifts without recent input,
 * records when markers are drawn and, one frame later, painted.
 * Peers set `window.__markersDrawn` themselves (bench/peers/common.js);
 * for ours it is the `signatory-map:ready` event plus its markers present
 * in the shadow root at the map's measured size (the widget draws its
 * markers only once it has measured the map, and fires ready then; the
 * check stays so the figure cannot count a map drawn at a guessed size).
 */
function initScript() {
  let cls = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) cls += entry.value;
  }).observe({ type: "layout-shift", buffered: true });
  Object.defineProperty(window, "__cls", { get: () => cls });

  let drawn;
  Object.defineProperty(window, "__markersDrawn", {
    configurable: true,
    get: () => drawn,
    set(value) {
      if (drawn !== undefined) return;
      drawn = value;
      requestAnimationFrame(() =>
        setTimeout(() => {
          window.__drawnPaint = performance.now();
        }, 0),
      );
    },
  });

  addEventListener(
    "signatory-map:ready",
    (event) => {
      window.__ready = { at: performance.now(), detail: event.detail };
      const root = event.target.shadowRoot;
      const settled = () => {
        if (!root.querySelector(".smw-marker, .smw-group-marker")) return false;
        const map = root.querySelector(".smw-map");
        const box = root.querySelector(".smw-map-svg")?.viewBox.baseVal;
        return !map || !map.clientWidth || (box && Math.abs(box.width - map.clientWidth) <= 1);
      };
      if (settled()) {
        window.__markersDrawn = performance.now();
        return;
      }
      const observer = new MutationObserver(() => {
        if (!settled()) return;
        observer.disconnect();
        window.__markersDrawn = performance.now();
      });
      observer.observe(root, { subtree: true, childList: true, attributes: true });
    },
    true,
  );
}

/**
 * In the page: clicks `button` programmatically and measures the work it
 * causes: t0 → click() → setTimeout(0) (Yew may defer to a microtask or
 * task) → getBoundingClientRect() on the map's box (style and layout
 * flushed) → t1; then → requestAnimationFrame → setTimeout(0) → t2 (the
 * next paint). Also reports whether aria-pressed had flipped by t1.
 * The user-timing marks just outside t0 and t1 bound the same span in a
 * trace, when one is recording (`toggleScript`).
 */
async function clickAndMeasure(button, boxSelector) {
  const box = document.querySelector(boxSelector);
  const before = button.getAttribute("aria-pressed");
  performance.mark("bench:click");
  const t0 = performance.now();
  button.click();
  await new Promise((resolve) => setTimeout(resolve, 0));
  box.getBoundingClientRect();
  const t1 = performance.now();
  performance.mark("bench:settled");
  const flipped = button.getAttribute("aria-pressed") !== before;
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const t2 = performance.now();
  return { work: t1 - t0, paint: t2 - t0, flipped };
}

/** In the page: the "Showing n of m" text of either kind of page. */
function shownText() {
  const ours = document.querySelector("signatory-map")?.shadowRoot?.querySelector(".smw-status");
  return (ours ?? document.querySelector(".peer-count"))?.textContent?.trim() ?? "";
}

// ------------------------------------------------------------ helpers

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/** Nearest-rank percentile. */
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const compressed = new Map();
/** Raw, gzip -9 and brotli -q 11 sizes of a body (cached by content). */
function sizesOf(body) {
  const key = createHash("sha256").update(body).digest("hex");
  if (!compressed.has(key)) {
    compressed.set(key, {
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, {
        params: {
          [zlib.BROTLI_PARAM_QUALITY]: 11,
          [zlib.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      }).length,
    });
  }
  return compressed.get(key);
}

/** The area toggle named by its English label (ours adds its count to the name). */
const areaToggle = (page, spec, label) =>
  page.locator(spec.areas).getByRole("button", { name: new RegExp(`^${escapeRe(label)}`) }).first();
const langToggle = (page, spec, name) => page.locator(spec.langs).getByRole("button", { name, exact: true });
/** Clicks the area toggle once and measures the click (`clickAndMeasure`). */
const clickArea = async (page, spec, areaLabel) =>
  (await areaToggle(page, spec, areaLabel).elementHandle()).evaluate(clickAndMeasure, spec.box);
/** Click `i` of a series on the language toggles, Lietuvių first then alternating, measured. */
const clickLanguage = async (page, spec, i) =>
  (await langToggle(page, spec, i % 2 === 0 ? "Lietuvių" : "English").elementHandle()).evaluate(clickAndMeasure, spec.box);

// ------------------------------------------------------------- traces

/**
 * Records a Chromium trace of TRACE_CATEGORIES while `run` runs, through
 * the page's CDP session. The events are streamed back (ReportEvents)
 * rather than written to a file, so nothing is left behind.
 * @returns {Promise<object[]>} the trace events
 */
async function traceWhile(cdp, run) {
  const events = [];
  const collect = ({ value }) => events.push(...value);
  cdp.on("Tracing.dataCollected", collect);
  const complete = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
  await cdp.send("Tracing.start", {
    transferMode: "ReportEvents",
    traceConfig: { includedCategories: TRACE_CATEGORIES, excludedCategories: ["*"] },
  });
  try {
    await run();
  } finally {
    await cdp.send("Tracing.end");
    await complete;
    cdp.off("Tracing.dataCollected", collect);
  }
  return events;
}

/**
 * When a user-timing mark was made, in trace µs: its precise call time
 * (its `ts` is its performance.now() start time, coarsened to 100 µs).
 */
const markTime = (event) => event.args?.data?.callTime ?? event.ts;

/** [start, end] intervals merged into disjoint ones in order, so nested events count once. */
function mergeIntervals(intervals) {
  const merged = [];
  for (const [start, end] of [...intervals].sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
/** Total length of disjoint intervals. */
const coveredBy = (intervals) => intervals.reduce((sum, [start, end]) => sum + end - start, 0);
/** Time two lists of disjoint, ordered intervals have in common. */
function overlap(a, b) {
  let sum = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    sum += Math.max(0, Math.min(a[i][1], b[j][1]) - Math.max(a[i][0], b[j][0]));
    if (a[i][1] < b[j][1]) i++;
    else j++;
  }
  return sum;
}

/**
 * The script part of each click in a trace (bench/README.md), in ms, in
 * click order. A click's span runs from its `bench:click` mark to its
 * `bench:settled` mark, the same span as its "work" (`clickAndMeasure`);
 * on the thread the marks are on (the page's main thread), the time in it
 * covered by SCRIPT_EVENTS, minus the part of that covered by
 * STYLE_LAYOUT_EVENTS (recalculation and layout forced from script). A
 * rendering frame that lands inside the span is not script, so it counts
 * for nothing here, where it does count in "work".
 */
function scriptPerClick(events) {
  const marks = events
    .filter((e) => e.cat === "blink.user_timing" && (e.name === "bench:click" || e.name === "bench:settled"))
    .sort((a, b) => markTime(a) - markTime(b));
  if (!marks.length) return [];
  const { pid, tid } = marks[0];
  const onThread = events.filter((e) => e.ph === "X" && e.pid === pid && e.tid === tid && e.dur > 0);
  const script = onThread.filter((e) => SCRIPT_EVENTS.has(e.name));
  const styleLayout = onThread.filter((e) => STYLE_LAYOUT_EVENTS.has(e.name));
  /** The parts of `list` inside [from, to], merged. */
  const within = (list, from, to) =>
    mergeIntervals(
      list
        .filter((e) => e.ts < to && e.ts + e.dur > from)
        .map((e) => [Math.max(from, e.ts), Math.min(to, e.ts + e.dur)]),
    );
  const spans = [];
  for (let i = 0; i < marks.length; i += 2) {
    const [click, settled] = [marks[i], marks[i + 1]];
    if (click.name !== "bench:click" || settled?.name !== "bench:settled" || settled.pid !== pid || settled.tid !== tid) {
      throw new Error(`the trace's click marks do not pair up (mark ${i}: ${click.name}, then ${settled?.name})`);
    }
    const from = markTime(click);
    const to = markTime(settled);
    const inScript = within(script, from, to);
    spans.push((coveredBy(inScript) - overlap(inScript, within(styleLayout, from, to))) / 1000);
  }
  return spans;
}

/**
 * The script part of the area and language toggles: the same clicks as
 * the timed ones, TOGGLES more of each after them, under a trace (tracing
 * slows the page, so the "work" figures are taken without it). Each
 * series starts where the timed one did: an even number of clicks leaves
 * the filter and language as they were.
 * @returns {Promise<{ filter: number[], lang: number[], clicks: object[] }>} ms per click
 */
async function toggleScript(page, cdp, spec, areaLabel) {
  const clicks = [];
  const events = await traceWhile(cdp, async () => {
    await page.waitForTimeout(BETWEEN_TOGGLES_MS);
    for (let i = 0; i < TOGGLES; i++) {
      clicks.push(await clickArea(page, spec, areaLabel));
      await page.waitForTimeout(BETWEEN_TOGGLES_MS);
    }
    for (let i = 0; i < TOGGLES; i++) {
      clicks.push(await clickLanguage(page, spec, i));
      await page.waitForTimeout(BETWEEN_TOGGLES_MS);
    }
  });
  const script = scriptPerClick(events);
  if (script.length !== clicks.length) {
    throw new Error(`${spec.id}: the trace holds ${script.length} clicks, not ${clicks.length} (trace buffer full?)`);
  }
  return { filter: script.slice(0, TOGGLES), lang: script.slice(TOGGLES), clicks };
}

// ------------------------------------------------------------ one load

/**
 * One cold load of `spec` with dataset n at `profile` in a fresh context.
 * @returns {Promise<object>} the figures of this load
 */
async function measureLoad(browser, server, spec, n, profile, { bytes = false, interact = false, areaLabel }) {
  const context = await browser.newContext({ viewport: profile.viewport });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(120_000);
    const errors = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") errors.push(`console ${message.type()}: ${message.text()}`);
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    if (profile.throttle > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: profile.throttle });
    await page.addInitScript(initScript);

    /** @type {Promise<{ url: string, body: Buffer } | null>[]} */
    const responses = [];
    if (bytes) {
      page.on("response", (response) => {
        const url = response.url();
        if (url.startsWith("data:") || url.includes("/bench/data/")) return;
        responses.push(response.body().then((body) => ({ url, body }), () => null));
      });
    }

    const dataUrl = `/bench/data/n${n}.json`;
    await page.goto(`${server.url}${spec.path}?data=${encodeURIComponent(dataUrl)}`);
    await page.waitForFunction(() => window.__drawnPaint !== undefined, null, { polling: 50, timeout: 120_000 });
    const load = await page.evaluate(() => ({
      drawn: window.__markersDrawn,
      painted: window.__drawnPaint,
      ready: window.__ready,
    }));

    // Memory after ready: a forced GC, then the heap; ours adds its linear memory.
    await cdp.send("HeapProfiler.enable");
    await cdp.send("HeapProfiler.collectGarbage");
    await cdp.send("HeapProfiler.disable");
    const { metrics } = await cdp.send("Performance.getMetrics");
    const metric = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
    const wasm =
      spec.id === "ours" ? await page.evaluate(() => import("/www/dist/index.js").then((m) => m.wasmMemoryBytes())) : 0;
    await page.waitForTimeout(300);
    const result = {
      drawn: load.drawn,
      painted: load.painted,
      readyDetail: load.ready?.detail ?? null,
      heap: metric("JSHeapUsedSize"),
      nodes: metric("Nodes"),
      wasm,
      cls: await page.evaluate(() => window.__cls),
      errors,
    };

    if (bytes) {
      const files = (await Promise.all(responses)).filter(Boolean).map(({ url, body }) => ({
        path: new URL(url).pathname,
        host: HOST_FILES.some((re) => re.test(new URL(url).pathname)),
        ...sizesOf(body),
      }));
      result.files = files;
    }

    if (interact) {
      // Narrow containers fold our area toggles behind a disclosure: open
      // it first, as a reader would (not timed).
      if (spec.id === "ours") {
        const disclosure = page.locator("signatory-map .smw-filter-toggle").first();
        if ((await disclosure.count()) && (await disclosure.isVisible()) && (await disclosure.getAttribute("aria-expanded")) === "false") {
          await disclosure.click();
          await page.waitForTimeout(300);
        }
      }
      const filter = [];
      const shown = [];
      for (let i = 0; i < TOGGLES; i++) {
        filter.push(await clickArea(page, spec, areaLabel));
        if (i < 2) shown.push(await page.evaluate(shownText));
        await page.waitForTimeout(BETWEEN_TOGGLES_MS);
      }
      const lang = [];
      for (let i = 0; i < TOGGLES; i++) {
        lang.push(await clickLanguage(page, spec, i));
        await page.waitForTimeout(BETWEEN_TOGGLES_MS);
      }
      result.filter = filter;
      result.lang = lang;
      result.shownAfterToggle = shown;
      if (spec.traceScript) result.script = await toggleScript(page, cdp, spec, areaLabel);
    }
    return result;
  } finally {
    await context.close();
  }
}

// -------------------------------------------------------- validation

/** Each generated dataset loads in our widget: every signatory, no warning, no error. */
async function validateDatasets(browser, server) {
  for (const n of SIZES) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      const problems = [];
      page.on("console", (m) => (m.type() === "error" || m.type() === "warning") && problems.push(m.text()));
      await page.addInitScript(initScript);
      await page.goto(`${server.url}/bench/pages/widget.html?data=/bench/data/n${n}.json`);
      await page.waitForFunction(() => window.__ready || window.__markersDrawn, null, { timeout: 60_000 });
      const state = await page.evaluate(() => {
        const root = document.querySelector("signatory-map").shadowRoot;
        return {
          signatories: window.__ready?.detail?.signatories,
          warning: root.querySelector(".smw-warning")?.textContent ?? null,
          error: root.querySelector(".smw-error")?.textContent ?? null,
        };
      });
      if (state.signatories !== n || state.warning || state.error || problems.length) {
        throw new Error(`bench/data/n${n}.json is not accepted whole by the widget: ${JSON.stringify({ ...state, problems })}`);
      }
      console.log(`  n${n}.json: accepted, ${n} signatories shown`);
    } finally {
      await context.close();
    }
  }
}

// ------------------------------------------------------------ report

const fmtMs = (x) => (x === undefined || Number.isNaN(x) ? "—" : x < 10 ? x.toFixed(1) : Math.round(x).toString());
const fmtKB = (x) => (x === undefined ? "—" : (x / 1024).toFixed(1));
const fmtMB = (x) => (x === undefined || Number.isNaN(x) ? "—" : (x / 1048576).toFixed(1));
const fmtCls = (x) => (x === 0 ? "0" : x.toFixed(3));
const ratio = (a, b) => (!b || a === undefined || b === undefined ? "—" : `${(a / b).toFixed(2)}×`);

function table(results, bytesByPage) {
  const head = ["profile", "N", "metric", "ours", "Leaflet", "d3", "ours/Leaflet", "ours/d3"];
  const rows = [];
  const row = (profile, n, metric, values, fmt) =>
    rows.push([profile, n, metric, ...values.map(fmt), ratio(values[0], values[1]), ratio(values[0], values[2])]);

  const byteSum = (id, key, host = false) =>
    bytesByPage[id]?.filter((f) => f.host === host).reduce((sum, f) => sum + f[key], 0);
  for (const [key, name] of [["brotli", "brotli -q 11"], ["gzip", "gzip -9"], ["raw", "as served"]]) {
    row("any", "any", `map bytes, KB (${name})`, ALL_PAGES.map((p) => byteSum(p.id, key)), fmtKB);
  }
  row("any", "any", "map requests", ALL_PAGES.map((p) => bytesByPage[p.id]?.filter((f) => !f.host).length), String);

  for (const profile of PROFILES) {
    for (const n of SIZES) {
      const get = (id) => results[`${profile.id}/${n}/${id}`];
      const each = (fn) => ALL_PAGES.map((p) => (get(p.id) ? fn(get(p.id)) : undefined));
      const loads = (r, key) => r.loads.map((l) => l[key]);
      const P = profile.id;
      const N = n.toLocaleString("en");
      row(P, N, "markers drawn, ms (median of loads)", each((r) => median(loads(r, "drawn"))), fmtMs);
      row(P, N, "markers drawn → painted, ms", each((r) => median(loads(r, "painted"))), fmtMs);
      row(P, N, "filter toggle work, median ms", each((r) => median(r.interaction.filter.map((x) => x.work))), fmtMs);
      row(P, N, "filter toggle work, p95 ms", each((r) => percentile(r.interaction.filter.map((x) => x.work), 95)), fmtMs);
      row(P, N, "filter toggle → next paint, median ms", each((r) => median(r.interaction.filter.map((x) => x.paint))), fmtMs);
      row(P, N, "filter toggle script, median ms", each((r) => r.interaction.script && median(r.interaction.script.filter)), fmtMs);
      row(P, N, "language toggle work, median ms", each((r) => median(r.interaction.lang.map((x) => x.work))), fmtMs);
      row(P, N, "language toggle work, p95 ms", each((r) => percentile(r.interaction.lang.map((x) => x.work), 95)), fmtMs);
      row(P, N, "language toggle → next paint, median ms", each((r) => median(r.interaction.lang.map((x) => x.paint))), fmtMs);
      row(P, N, "language toggle script, median ms", each((r) => r.interaction.script && median(r.interaction.script.lang)), fmtMs);
      row(P, N, "JS heap after GC, MB", each((r) => median(loads(r, "heap"))), fmtMB);
      row(P, N, "WebAssembly memory, MB", each((r) => median(loads(r, "wasm"))), fmtMB);
      row(P, N, "JS heap + WebAssembly, MB", each((r) => median(r.loads.map((l) => l.heap + l.wasm))), fmtMB);
      row(P, N, "DOM nodes", each((r) => median(loads(r, "nodes"))), (x) => (x === undefined ? "—" : String(Math.round(x))));
      row(P, N, "host page CLS (worst load)", each((r) => Math.max(...loads(r, "cls"))), (x) => (x === undefined ? "—" : fmtCls(x)));
    }
  }
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) =>
    `| ${cells.map((c, i) => (i < 3 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join(" | ")} |`;
  return [
    line(head),
    `| ${widths.map((w, i) => (i < 3 ? "-".repeat(w) : `${"-".repeat(w - 1)}:`)).join(" | ")} |`,
    ...rows.map(line),
  ].join("\n");
}

function filesTable(bytesByPage) {
  const lines = ["| page | file | as served | gzip -9 | brotli -q 11 |", "| --- | --- | ---: | ---: | ---: |"];
  for (const p of PAGES) {
    for (const f of bytesByPage[p.id] ?? []) {
      lines.push(`| ${p.label} | \`${f.path}\`${f.host ? " (host page, not counted)" : ""} | ${f.raw} | ${f.gzip} | ${f.brotli} |`);
    }
  }
  return lines.join("\n");
}

// -------------------------------------------------------------- main

const started = Date.now();
console.log("Generating the datasets (bench/data/) …");
writeAll();
console.log("Bundling the reference maps (bench/peers/dist/) …");
await esbuild.build({
  entryPoints: { leaflet: join(HERE, "peers/leaflet/main.js"), d3: join(HERE, "peers/d3/main.js") },
  bundle: true,
  minify: true,
  format: "esm",
  target: "es2022",
  outdir: join(HERE, "peers/dist"),
  logLevel: "warning",
});

const server = await serve({
  root: ROOT,
  port: 0,
  routes: {
    "/favicon.ico": (_request, response) => {
      response.writeHead(204);
      response.end();
    },
  },
});
const browser = await launchBrowser();
const chromiumVersion = `Chromium ${browser.version()}`;
const results = {};
const bytesByPage = {};
const notes = [];
try {
  console.log("Checking that our widget accepts each dataset …");
  await validateDatasets(browser, server);

  const { areas } = JSON.parse(readFileSync(join(ROOT, "data", "agreement.json"), "utf8"));
  const areaLabel = areas[0].label.en;

  for (const profile of PROFILES) {
    for (const n of SIZES) {
      for (let rep = 0; rep < REPS; rep++) {
        // Pages interleaved within each repetition, so drift hits all three alike.
        for (const spec of PAGES) {
          const key = `${profile.id}/${n}/${spec.id}`;
          const first = rep === 0;
          const bytes = first && !bytesByPage[spec.id];
          const t = Date.now();
          const r = await measureLoad(browser, server, spec, n, profile, { bytes, interact: first, areaLabel });
          if (bytes) bytesByPage[spec.id] = r.files;
          results[key] ??= { loads: [] };
          results[key].loads.push(r);
          if (first) results[key].interaction = { filter: r.filter, lang: r.lang, shown: r.shownAfterToggle, script: r.script };
          if (r.errors.length) notes.push(`${key} load ${rep + 1}: ${[...new Set(r.errors)].join("; ")}`);
          const late = [...(r.filter ?? []), ...(r.lang ?? []), ...(r.script?.clicks ?? [])].filter((x) => !x.flipped).length;
          if (late) notes.push(`${key}: ${late} toggles had not flipped aria-pressed by the end of the "work" window`);
          process.stdout.write(
            `  ${profile.id.padEnd(7)} N=${String(n).padEnd(5)} ${spec.id.padEnd(7)} load ${rep + 1}/${REPS}: drawn ${fmtMs(r.drawn)} ms` +
              `${first ? `, filter median ${fmtMs(median(r.filter.map((x) => x.work)))} ms, language median ${fmtMs(median(r.lang.map((x) => x.work)))} ms` : ""}` +
              `${r.script ? ` (script ${fmtMs(median(r.script.filter))} and ${fmtMs(median(r.script.lang))} ms)` : ""}` +
              ` (${((Date.now() - t) / 1000).toFixed(1)} s)\n`,
          );
        }
      }
      // The same filter must show the same signatories on all three pages.
      const counts = PAGES.map((p) => results[`${profile.id}/${n}/${p.id}`].interaction.shown[0].match(/\d[\d,\u00a0\u202f ]*/)?.[0]?.replace(/\D/g, ""));
      if (new Set(counts).size !== 1) notes.push(`${profile.id}/${n}: the pages disagree on the filtered count: ${counts.join(" / ")}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const elapsed = (Date.now() - started) / 1000;
const printed = table(results, bytesByPage);
console.log(`\n${printed}\n`);
for (const note of notes) console.log(`note: ${note}`);
console.log(`\n${QUICK ? "Quick run" : "Full run"} in ${Math.round(elapsed)} s → ${OUT}`);

const cpu = cpus();
const markdown = `# Benchmark results${PARTIAL ? " (partial run)" : ""}

Written by \`node bench/run.mjs${argv.length ? ` ${argv.join(" ")}` : ""}\` on ${new Date().toISOString().slice(0, 10)}; **the figures are from one run**
(${REPS} cold loads per page, N and profile; the ${TOGGLES} filter and ${TOGGLES} language toggles on the first of them,
and for ours ${TOGGLES} more of each under a trace for their script part),
so read small differences as noise. How each figure is measured: \`bench/README.md\`.

- Machine: ${cpu.length} × ${cpu[0]?.model ?? "?"}, ${Math.round(totalmem() / 2 ** 30)} GiB, headless ${chromiumVersion} (\`--disable-gpu\`), Node ${process.version}; pages served from 127.0.0.1 (no network latency: the byte counts stand in for it).
- Profiles: ${PROFILES.map((p) => p.label).join("; ")}.
- N: ${SIZES.map((n) => n.toLocaleString("en")).join(", ")} signatories (\`bench/generate.mjs\`, seeded).
- Pages: ours = \`bench/pages/widget.html\` (\`www/dist/\` as built), Leaflet = \`bench/peers/leaflet/\`, d3 = \`bench/peers/d3/\`; all three in the same host article (\`bench/pages/article.css\`).
- Whole run: ${Math.round(elapsed)} s.

${printed}

Ratios are ours ÷ peer: below 1× ours is smaller or faster.
${notes.length ? `\nNotes from the run:\n\n${notes.map((n) => `- ${n}`).join("\n")}\n` : ""}
## Bytes per file (first interactive render, without the dataset)

${filesTable(bytesByPage)}
`;
mkdirSync(HERE, { recursive: true });
writeFileSync(OUT, markdown);
