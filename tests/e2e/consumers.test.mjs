// The npm package as a consumer gets it: `npm pack` of www/ (what would be
// published), installed from the tarball into the two apps in
// tests/consumers/ (esbuild and Vite), built with `npm run build`, served
// and opened in Chromium. Both `import { mount } from "signatory-map"` and
// `import "signatory-map/element"` must draw the map, find the .wasm the
// bundler put in the output, switch to Lithuanian, and log no error. The
// two entry points must also import in plain Node, where there is no DOM
// (server-side rendering).
//
// Everything happens in a fresh folder under tmp/ (git-ignored), removed
// at the end; each child process has a time limit.

import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { after, before, test } from "node:test";

import {
  OPTIONS,
  ROOT,
  ensureBuilt,
  launchBrowser,
  newPage,
  startServer,
  waitForData,
  widget,
} from "./support.mjs";

/** Time limit of each child process (npm pack, npm install, npm run build, node). */
const CHILD_TIMEOUT = 60_000;
/** The package's WebAssembly, as built. */
const WASM = join(ROOT, "www", "dist", "signatory_map_bg.wasm");

/** @type {string} */ let work;
/** @type {string} */ let tarball;
/** @type {{ filename: string, size: number, unpackedSize: number, files: { path: string, size: number }[] }} */ let pack;
/** @type {import("playwright-core").Browser} */ let browser;
/** @type {{ close: () => Promise<void> }[]} */ const servers = [];
/** @type {Map<string, Promise<Awaited<ReturnType<typeof setUpApp>>>>} */ const apps = new Map();

/**
 * Runs a command in `cwd` and resolves to its output; rejects, with the
 * output, when it fails or outlives CHILD_TIMEOUT (then its whole process
 * group is killed: `npm run` starts a shell that starts node).
 * @param {string} command
 * @param {string[]} args
 * @param {string} cwd
 */
function run(command, args, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-(/** @type {number} */ (child.pid)), "SIGKILL");
      } catch {}
    }, CHILD_TIMEOUT);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      const what = `${command} ${args.join(" ")} (in ${relative(ROOT, cwd) || "."})`;
      if (timedOut) reject(new Error(`${what} took over ${CHILD_TIMEOUT / 1000} s\n${stdout}\n${stderr}`));
      else if (code !== 0) reject(new Error(`${what} exited with ${code}\n${stdout}\n${stderr}`));
      else resolve({ stdout, stderr });
    });
  });
}

/**
 * Installs the tarball into `dir`. The app's devDependencies (its bundler)
 * are left out of the copy first: the bundler is the repository's own
 * (found up the folder tree, at the version the app names), and without
 * them npm needs nothing from the registry, not even cached metadata.
 */
function installTarball(dir) {
  const manifest = join(dir, "package.json");
  const { devDependencies: _bundler, ...rest } = JSON.parse(readFileSync(manifest, "utf8"));
  writeFileSync(manifest, JSON.stringify(rest, null, 2) + "\n");
  return run("npm", ["install", tarball, "--no-audit", "--no-fund", "--prefer-offline"], dir);
}

/** Every file under `dir`, relative to it. */
function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath ?? entry.path, entry.name)))
    .sort();
}

/**
 * Copies tests/consumers/<name>-app/ into the work folder, installs the
 * tarball, builds, and serves dist/.
 * @param {"esbuild" | "vite"} name
 */
async function setUpApp(name) {
  const dir = join(work, `${name}-app`);
  cpSync(join(ROOT, "tests", "consumers", `${name}-app`), dir, { recursive: true });
  let started = performance.now();
  await installTarball(dir);
  const installMs = Math.round(performance.now() - started);
  started = performance.now();
  await run("npm", ["run", "build"], dir);
  const buildMs = Math.round(performance.now() - started);
  const dist = join(dir, "dist");
  const server = await startServer({ root: dist });
  servers.push(server);
  return { dir, dist, server, installMs, buildMs };
}

/** The app `name`, set up once for all its tests. */
function app(name) {
  if (!apps.has(name)) apps.set(name, setUpApp(name));
  return /** @type {ReturnType<typeof setUpApp>} */ (apps.get(name));
}

before(async () => {
  ensureBuilt();
  mkdirSync(join(ROOT, "tmp"), { recursive: true });
  work = mkdtempSync(join(ROOT, "tmp", "consumers-"));
  const { stdout } = await run("npm", ["pack", "--json", "--pack-destination", work], join(ROOT, "www"));
  pack = JSON.parse(stdout.slice(stdout.indexOf("[")))[0];
  tarball = join(work, pack.filename);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  for (const server of servers) await server.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

test("npm pack ships the built modules, their types, the .wasm, the dataset schema and the README — nothing else", OPTIONS, (t) => {
  const paths = pack.files.map((file) => file.path).sort();
  for (const file of [...pack.files].sort((a, b) => a.path.localeCompare(b.path))) {
    t.diagnostic(`${file.path.padEnd(32)} ${String(file.size).padStart(7)} B`);
  }
  t.diagnostic(`${pack.filename}: ${pack.size} B packed (${statSync(tarball).size} B on disk), ${pack.unpackedSize} B unpacked, ${paths.length} files`);

  for (const required of ["package.json", "README.md", "dist/index.js", "dist/index.d.ts", "dist/element.js", "dist/element.d.ts", "dist/signatory_map.js", "dist/signatory_map_bg.wasm", "dist/signatory-map.css", "dist/dataset.d.ts", "dataset.schema.json"]) {
    assert.ok(paths.includes(required), `${required} is in the tarball`);
  }
  // signatory-map.css: the stylesheet a prerendered snapshot links to.
  const stray = paths.filter((path) => !/^(package\.json|README\.md|dataset\.schema\.json|dist\/[^/]+\.(js|d\.ts|wasm|css))$/.test(path));
  assert.deepEqual(stray, [], "only package.json, README.md, dataset.schema.json and dist/*.{js,d.ts,wasm,css}");
  assert.ok(!paths.includes("dist/sizes.json") && !paths.some((path) => path.startsWith("dist/cdn/")), "no build reports, no CDN build");

  // Every file the exports map names, and every module a packed module imports, is packed.
  const manifest = JSON.parse(readFileSync(join(ROOT, "www", "package.json"), "utf8"));
  const targets = Object.values(manifest.exports).flatMap((target) => (typeof target === "string" ? [target] : Object.values(target)));
  for (const target of targets) assert.ok(paths.includes(target.replace(/^\.\//, "")), `exports target ${target} is packed`);
  for (const path of paths.filter((path) => path.endsWith(".js"))) {
    const code = readFileSync(join(ROOT, "www", path), "utf8");
    for (const [, specifier] of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.[^"']+)["']/g)) {
      const target = join("dist", specifier).replaceAll("\\", "/");
      assert.ok(paths.includes(target), `${path} imports ${specifier}, which is packed`);
    }
  }
});

test("in plain Node (no DOM), importing signatory-map and signatory-map/element throws nothing", OPTIONS, async (t) => {
  const dir = join(work, "node-ssr");
  mkdirSync(dir);
  writeFileSync(join(dir, "package.json"), JSON.stringify({ private: true, type: "module" }));
  writeFileSync(
    join(dir, "ssr.mjs"),
    `const index = await import("signatory-map");
const element = await import("signatory-map/element");
// The JSON Schema, by the path the exports map gives it (as editors and CMS pipelines ask for it).
const schema = (await import("node:module")).createRequire(import.meta.url)("signatory-map/dataset.schema.json");
console.log(JSON.stringify({ index: Object.keys(index).sort(), element: Object.keys(element).sort(), schema: schema.$id }));
`,
  );
  await installTarball(dir);
  const { stdout } = await run(process.execPath, ["ssr.mjs"], dir).catch((error) => {
    assert.fail(`importing the package in Node threw:\n${error.message}`);
  });
  const exports = JSON.parse(stdout.trim().split("\n").pop() ?? "{}");
  t.diagnostic(`exports: ${JSON.stringify(exports)}`);
  assert.ok(exports.index.includes("mount"), "signatory-map exports mount");
  assert.match(exports.schema, /\/dataset\.schema\.json$/, "signatory-map/dataset.schema.json resolves to the schema");
});

test("TypeScript: the packed types make data/agreement.json a Dataset and catch a wrong one (tests/consumers/types)", OPTIONS, async (t) => {
  const dir = join(work, "types");
  cpSync(join(ROOT, "tests", "consumers", "types"), dir, { recursive: true });
  cpSync(join(ROOT, "data", "agreement.json"), join(dir, "agreement.json"));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ private: true, type: "module" }));
  await installTarball(dir);
  const started = performance.now();
  // Every `@ts-expect-error` line must be an error, every other line none.
  await run(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.json"], dir).catch((error) => {
    assert.fail(`tsc found problems in tests/consumers/types/dataset.ts:\n${error.message}`);
  });
  t.diagnostic(`tsc -p tests/consumers/types: ${Math.round(performance.now() - started)} ms`);
});

for (const bundler of /** @type {const} */ (["esbuild", "vite"])) {
  test(`${bundler}: the app installs the tarball and builds, with the .wasm in its output`, { timeout: 150_000 }, async (t) => {
    const { dir, dist, installMs, buildMs } = await app(bundler);
    const declared = JSON.parse(readFileSync(join(ROOT, "tests", "consumers", `${bundler}-app`, "package.json"), "utf8"));
    const used = JSON.parse(readFileSync(join(ROOT, "node_modules", bundler, "package.json"), "utf8")).version;
    assert.equal(declared.devDependencies[bundler], used, `the app names the ${bundler} the repository installs`);
    const installed = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    assert.match(installed.dependencies?.["signatory-map"] ?? "", /\.tgz$/, "signatory-map installed from the tarball");

    const files = filesUnder(dist);
    t.diagnostic(`npm install ${installMs} ms, npm run build ${buildMs} ms`);
    for (const file of files) t.diagnostic(`dist/${file}: ${statSync(join(dist, file)).size} B`);
    const wasm = files.filter((file) => file.endsWith(".wasm"));
    assert.equal(wasm.length, 1, `one .wasm in the output: ${wasm}`);
    assert.deepEqual(readFileSync(join(dist, wasm[0])), readFileSync(WASM), "the package's WebAssembly, unchanged");
  });

  for (const [entry, path] of /** @type {const} */ ([
    ['mount() from "signatory-map"', "/index.html"],
    ['<signatory-map> from "signatory-map/element"', "/element.html"],
  ])) {
    test(`${bundler}: ${entry} draws the map and switches to Lithuanian, no errors`, { timeout: 150_000 }, async () => {
      const { server } = await app(bundler);
      const { context, page, consoleErrors, pageErrors, requests } = await newPage(browser);
      try {
        const wasmStatuses = [];
        page.on("response", (response) => {
          if (response.url().endsWith(".wasm")) wasmStatuses.push(response.status());
        });
        await page.goto(`${server.url}${path}`);
        const root = path === "/index.html" ? page.locator("#map").locator(".smw") : widget(page);
        await waitForData(root);
        assert.ok(await root.locator(".smw-header").isVisible(), "header visible");
        const markers = await root.locator(".smw-marker, .smw-group-marker").count();
        assert.ok(markers > 3, `markers drawn in the shadow root (${markers})`);

        await root.getByRole("button", { name: "Lietuvių", exact: true }).click();
        await root.getByText(/15 signatarų/).first().waitFor();
        assert.equal(await root.getAttribute("lang"), "lt");

        const wasm = requests.filter((url) => url.endsWith(".wasm"));
        assert.equal(wasm.length, 1, `one .wasm request: ${wasm}`);
        assert.deepEqual(wasmStatuses, [200], "the .wasm the bundler emitted is found");
        assert.deepEqual(pageErrors, []);
        assert.deepEqual(consoleErrors, []);
      } finally {
        await context.close();
      }
    });
  }
}
