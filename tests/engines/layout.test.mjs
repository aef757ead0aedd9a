// The host page does not move while the widget starts, in Firefox and
// WebKit, and screenshots of the demo in both.
//
// These engines have no Layout Instability API, so the Chromium test's CLS
// (tests/e2e/layout.test.mjs) cannot be read here. Instead a classic script
// at the top of the page (/layout-probe.js) writes down, in every
// animation frame from the first one, where the host content after the
// widget is (the caption, the next paragraph, the next heading: document
// top, left and height), and at which stage the widget was: "before"
// (element.js not run yet: the snapshot, the page rule or the fallback is
// what is drawn), "starting" (defined, WebAssembly on its way) or "live".
// The server holds element.js and the .wasm back for a moment (HOLD), so
// the first painted frames are surely the "before" stage. Every frame must
// put the host content where the live widget leaves it (within 1 px) for
//   (a) the demo page as written, with its prerendered snapshot (WebKit
//       honours its `blocking="render"` and draws nothing before
//       element.js; Firefox ignores it, but waits for the snapshot's
//       stylesheet), and without `blocking="render"` but with the README's
//       page rule (its `display: flow-root` matters in WebKit);
//   (b) the bare element with the README's page rule
//       (`signatory-map:not(:defined) { … }`), without `blocking`.
// (c) The bare two-line
// embed with no rule does shift: the test proves the probe sees it and
// that it stays within BARE_BOUND. (d) The bare embed as the README writes
// it: no shift where `blocking="render"` is honoured, (c)'s where not.
// At 390 × 844 (a phone, an iframe: see EnginePages.openInFrame) and
// 1280 × 900. Figures and engine differences: docs/engines.md.

import assert from "node:assert/strict";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";

import { OPTIONS, ROOT, byName, forEachEngine, htmlRoute, waitLive } from "./support.mjs";

/**
 * How long (ms) the server holds element.js back (both engines draw their
 * first frame within ~150 ms), then the .wasm (frames of the defined,
 * not yet live element), and the snapshot's stylesheet (its <link> in the
 * declarative shadow root: WebKit paints before it arrives).
 */
const HOLD = { element: 700, wasm: 300, css: 400 };
/** Largest shift (px) of host content the bare embed may cause: the widget's max-height. */
const BARE_BOUND = 760;
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
];

/** What the server holds back, and for how long (ms); set by one test at a time. */
const hold = { element: 0, wasm: 0, css: 0 };

/** Serves www/dist/`file` as `type`, after `hold[key]` ms. */
const heldFile = (file, type, key) => (_request, response) => {
  const body = readFileSync(join(ROOT, "www", "dist", file));
  setTimeout(() => {
    response.writeHead(200, { "content-type": type, "cache-control": "no-store" });
    response.end(body);
  }, hold[key]);
};

/** The README's page rule, as it is written there (white space collapsed). */
const PAGE_RULE = (() => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8").replace(/\s+/g, " ");
  const rule = /signatory-map:not\(:defined\) \{[^}]*\}/.exec(readme)?.[0];
  assert.ok(rule?.includes("aspect-ratio"), "the README gives a signatory-map:not(:defined) sizing rule");
  return rule;
})();

/**
 * Runs in the page (sent as its source, as /layout-probe.js): records the
 * tracked elements' boxes in every animation frame until `stop()`.
 * @param {Record<string, string>} tracked name → CSS selector
 */
function probe(tracked) {
  const samples = [];
  let frames = 0;
  let stopped = false;
  const stage = () => {
    if (!customElements.get("signatory-map")) return "before";
    const smw = document.querySelector("signatory-map")?.shadowRoot?.querySelector(".smw");
    return smw && !smw.closest(".smw-prerendered") && smw.querySelector(".smw-header") ? "live" : "starting";
  };
  const frame = () => {
    if (stopped) return;
    requestAnimationFrame(frame);
    const boxes = {};
    for (const [name, selector] of Object.entries(tracked)) {
      const element = document.querySelector(selector);
      if (!element) return; // not parsed yet
      const r = element.getBoundingClientRect();
      boxes[name] = [r.top + scrollY, r.left + scrollX, r.height].map((v) => Math.round(v * 10) / 10);
    }
    frames += 1;
    const sample = { stage: stage(), frame: frames, t: Math.round(performance.now()), boxes };
    const last = samples.at(-1);
    if (!last || last.stage !== sample.stage || JSON.stringify(last.boxes) !== JSON.stringify(boxes)) samples.push(sample);
  };
  requestAnimationFrame(frame);
  Object.defineProperty(window, "__layoutProbe", {
    value: { stop: () => ((stopped = true), { frames, samples }) },
  });
}

/** The host content after the demo's widget. */
const DEMO_TRACKED = {
  widget: "signatory-map",
  caption: "figure.embed figcaption",
  paragraph: "figure.embed + p",
  heading: "article.translation h2",
};
/** The same on the bare test page. */
const BARE_TRACKED = { widget: "signatory-map", paragraph: "#after", heading: "#next" };

const probeTag = (tracked) => `<script src="/layout-probe.js?track=${encodeURIComponent(JSON.stringify(tracked))}"></script>`;

/**
 * The README's two-line embed on a plain article page, with `rule` in a
 * style sheet (or none); `blocking`: whether the script tag says
 * `blocking="render"`, as the README's does.
 */
const barePage = (rule, blocking) => `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Layout probe — signatory map test page</title>
  ${probeTag(BARE_TRACKED)}
  ${rule ? `<style>${rule}</style>` : ""}
  <script type="module" src="/www/dist/element.js"${blocking ? ' blocking="render"' : ""}></script>
</head>
<body>
  <h1>A host article</h1>
  <p>Host page text before the widget.</p>
  <signatory-map>
    <p>An interactive map of the 15 signatories appears here when your browser can run it.</p>
  </signatory-map>
  <p id="after">Host page text after the widget.</p>
  <h2 id="next">The next heading</h2>
  <p>More host text.</p>
</body>
</html>
`;

/** `?blocking=0`: the page without `blocking="render"`, as an engine that ignores it draws it. */
const blocking = (query) => query.get("blocking") !== "0";

const routes = {
  "/www/dist/element.js": heldFile("element.js", "text/javascript; charset=utf-8", "element"),
  "/www/dist/signatory-map.css": heldFile("signatory-map.css", "text/css; charset=utf-8", "css"),
  "/www/dist/signatory_map_bg.wasm": heldFile("signatory_map_bg.wasm", "application/wasm", "wasm"),
  "/layout-probe.js": (request, response) => {
    const tracked = JSON.parse(new URL(request.url ?? "/", "http://x").searchParams.get("track") ?? "{}");
    response.writeHead(200, { "content-type": "text/javascript; charset=utf-8", "cache-control": "no-store" });
    response.end(`(${probe})(${JSON.stringify(tracked)});`);
  },
  // (a) the demo page, its paths relative to /, the probe first in <head>.
  "/layout-demo.html": htmlRoute((query) => {
    const demo = readFileSync(join(ROOT, "index.html"), "utf8");
    const probed = demo.replace('<meta charset="utf-8">', `<meta charset="utf-8">\n  ${probeTag(DEMO_TRACKED)}`);
    const page = blocking(query) ? probed : probed.replace(' blocking="render"', "");
    // ?rule=1: the README's page rule in the page's own <head>.
    return query.get("rule") === "1" ? page.replace("</head>", `<style>${PAGE_RULE}</style>\n</head>`) : page;
  }),
  "/layout-rule.html": htmlRoute((query) => barePage(PAGE_RULE, blocking(query))),
  "/layout-bare.html": htmlRoute((query) => barePage("", blocking(query))),
};

/**
 * Loads `path` with element.js and the .wasm held back, waits for the live
 * widget and a few frames more; returns every frame's boxes and, per host
 * element, the largest move (px) of its top or left from where the live
 * widget leaves it, and of its height.
 * @param {import("./support.mjs").EnginePages} pages
 */
async function startShifts(pages, path, { width, height }) {
  const { session } = pages;
  Object.assign(hold, HOLD);
  try {
    await pages.openInFrame(path, { width, height });
    await waitLive(session);
  } finally {
    for (const key of Object.keys(hold)) hold[key] = 0;
  }
  const { frames, samples } = await session.execute(
    () =>
      new Promise((done) => {
        let left = 10;
        const tick = () => (--left ? requestAnimationFrame(tick) : done(window.__layoutProbe.stop()));
        requestAnimationFrame(tick);
      }),
  );
  const final = samples.at(-1);
  assert.equal(final.stage, "live", "the last frame shows the live widget");
  const shifts = {};
  for (const name of Object.keys(final.boxes)) {
    const [top, left, tall] = final.boxes[name];
    shifts[name] = { move: 0, height: 0 };
    for (const { boxes } of samples) {
      const [t, l, h] = boxes[name];
      shifts[name].move = Math.max(shifts[name].move, Math.abs(t - top), Math.abs(l - left));
      shifts[name].height = Math.max(shifts[name].height, Math.abs(h - tall));
    }
  }
  const stages = samples.map((s) => s.stage);
  // Whether this engine holds the first paint for `<script blocking="render">`.
  const renderBlocking = await session.execute(() => document.createElement("script").blocking?.supports?.("render") === true);
  return { frames, samples, stages, first: samples[0], final, shifts, renderBlocking };
}

/** One line per frame that differs, for the diagnostics. */
const describeFrames = ({ samples }) =>
  samples.map((s) => `  frame ${s.frame} (${s.t} ms, ${s.stage}): ${Object.entries(s.boxes).map(([n, b]) => `${n} ${b.join("/")}`).join(", ")}`);

forEachEngine(routes, (engine, pages) => {
  for (const viewport of VIEWPORTS) {
    const at = `${viewport.width}×${viewport.height}`;

    for (const [path, what] of [
      ["/layout-demo.html", "the demo page as written, with its prerendered snapshot"],
      ["/layout-demo.html?blocking=0&rule=1", "the demo page without blocking=\"render\", with the README's page rule"],
      ["/layout-rule.html?blocking=0", "the bare element with the README's page rule"],
    ]) {
      // WebKit may paint the snapshot before its stylesheet arrives: the
      // rule's `display: flow-root` keeps the unstyled heading's margin from
      // collapsing through the element (it moved the page 12 px with `block`).
      test(`${engine.label}, ${at}: ${what}, keeps the host content in place`, OPTIONS, async (t) => {
        const seen = await startShifts(pages, path, viewport);
        for (const line of describeFrames(seen)) t.diagnostic(line);
        t.diagnostic(`shift ${engine.name} ${at} ${path}: ${JSON.stringify(seen.shifts)} over ${seen.frames} frames`);
        // Drawn before element.js ran (so measured), unless the engine
        // holds the first paint for blocking="render" (WebKit).
        const blocked = seen.renderBlocking && !path.includes("blocking=0");
        assert.equal(seen.first.stage === "before", !blocked, `first frame: ${seen.first.stage}`);
        for (const [name, shift] of Object.entries(seen.shifts)) {
          assert.ok(shift.move <= 1, `${name} moved ${shift.move} px between the first frame and the live widget`);
          assert.ok(shift.height <= 1, `${name}'s height changed by ${shift.height} px`);
        }
      });
    }

    test(`${engine.label}, ${at}: the bare embed without the rule shifts the host content, within ${BARE_BOUND} px`, OPTIONS, async (t) => {
      const seen = await startShifts(pages, "/layout-bare.html?blocking=0", viewport);
      for (const line of describeFrames(seen)) t.diagnostic(line);
      t.diagnostic(`shift ${engine.name} ${at} bare, no blocking: ${JSON.stringify(seen.shifts)} over ${seen.frames} frames`);
      assert.equal(seen.first.stage, "before", "frames were drawn before element.js ran");
      const { paragraph, heading } = seen.shifts;
      // The probe sees a shift where there is one: the fallback paragraph
      // is drawn first, then the widget's box pushes the rest of the page
      // down as a whole.
      assert.ok(paragraph.move > 1 && heading.move > 1, `the probe saw the shift: ${JSON.stringify(seen.shifts)}`);
      assert.ok(Math.abs(paragraph.move - heading.move) <= 1, "the page below moves as a whole");
      assert.ok(paragraph.move <= BARE_BOUND && heading.move <= BARE_BOUND, `the shift stays within ${BARE_BOUND} px`);
    });

    test(`${engine.label}, ${at}: the bare embed as the README writes it (blocking="render")`, OPTIONS, async (t) => {
      const seen = await startShifts(pages, "/layout-bare.html", viewport);
      for (const line of describeFrames(seen)) t.diagnostic(line);
      t.diagnostic(
        `shift ${engine.name} ${at} bare, blocking="render" (${seen.renderBlocking ? "honoured" : "ignored"}): ` +
          `${JSON.stringify(seen.shifts)} over ${seen.frames} frames`,
      );
      if (seen.renderBlocking) {
        // The engine draws nothing until element.js has run: the box is
        // reserved before the first frame, so nothing moves.
        assert.ok(!seen.stages.includes("before"), `no frame before element.js ran: ${seen.stages.join(", ")}`);
        assert.ok(seen.shifts.paragraph.move <= 1 && seen.shifts.heading.move <= 1, JSON.stringify(seen.shifts));
      } else {
        assert.equal(seen.first.stage, "before", "the attribute is ignored: the fallback is drawn first");
        assert.ok(seen.shifts.paragraph.move > 1 && seen.shifts.paragraph.move <= BARE_BOUND, JSON.stringify(seen.shifts));
      }
    });
  }

  test(`${engine.label}: screenshots of the live demo at 390 and 1280 px, English and Lithuanian`, OPTIONS, async (t) => {
    const { session } = pages;
    for (const { width, height } of VIEWPORTS) {
      const frame = await pages.openInFrame("/index.html", { width, height });
      await waitLive(session);
      // The widget in view: its top 16 px below the viewport's.
      await session.execute(() => {
        const top = document.querySelector("signatory-map").getBoundingClientRect().top + scrollY;
        scrollTo(0, top - 16);
      });
      const ratio = await session.execute(() => devicePixelRatio);
      for (const lang of ["en", "lt"]) {
        if (lang === "lt") {
          await session.click(await byName(session, "button", "Lietuvių"));
          await session.waitFor("the Lithuanian view", () => {
            const smw = document.querySelector("signatory-map").shadowRoot.querySelector(".smw");
            return smw?.getAttribute("lang") === "lt" && smw.textContent.includes("15 signatarų");
          });
        }
        // Two frames, and the 150 ms transitions over, before the picture.
        await session.execute(() => new Promise((done) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(done)), 200)));
        await session.switchToFrame(null);
        const file = await pages.screenshot(`demo-${width}-${lang}`, frame);
        await session.switchToFrame(frame);
        const png = readFileSync(file);
        const size = statSync(file).size;
        t.diagnostic(`${file.slice(ROOT.length + 1)}: ${png.readUInt32BE(16)}×${png.readUInt32BE(20)}, ${size} bytes`);
        assert.equal(png.subarray(1, 4).toString("latin1"), "PNG", `${file} is a PNG`);
        assert.equal(png.readUInt32BE(16), Math.round(width * ratio), `${file}'s width`);
        assert.equal(png.readUInt32BE(20), Math.round(height * ratio), `${file}'s height`);
        assert.ok(size > 30_000, `${file} is ${size} bytes: a blank page would be far smaller`);
      }
    }
  });
});
