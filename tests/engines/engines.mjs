// The two engines besides Chromium that readers use, as Debian and
// crates.io ship them (scripts/setup.sh installs both):
//   - Firefox: firefox-esr, driven by geckodriver (cargo install), headless;
//   - WebKit (Safari's engine): WebKitGTK's MiniBrowser, driven by
//     WebKitWebDriver, in a virtual X display (Xvfb): its own headless
//     mode hangs on this machine.
// Each driver is started on a free 127.0.0.1 port and stopped by its PID,
// with the Xvfb it needed. Every session uses the test server as its HTTP
// and HTTPS proxy, so a request for any other host reaches the server's log
// (and is refused there) instead of vanishing in a closed network.

import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";

import { WebDriverSession, sleep } from "./webdriver.mjs";

const MINIBROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

/**
 * What each engine needs: its driver's command line and the capabilities
 * of a session (besides the proxy).
 * @typedef {{ name: string, label: string, driver: string, needsDisplay: boolean,
 *   driverArgs: (port: number) => string[], capabilities: Record<string, unknown> }} Engine
 */

/** @type {Engine[]} */
export const ENGINES = [
  {
    name: "firefox",
    label: "Firefox",
    driver: "geckodriver",
    needsDisplay: false,
    driverArgs: (port) => ["--host", "127.0.0.1", "--port", String(port)],
    capabilities: {
      browserName: "firefox",
      "moz:firefoxOptions": {
        binary: "/usr/bin/firefox-esr",
        args: ["-headless"],
        // No update checks, telemetry or captive-portal probes: only what the page asks for goes out.
        prefs: {
          "app.update.enabled": false,
          "datareporting.policy.dataSubmissionEnabled": false,
          "network.captive-portal-service.enabled": false,
          "network.connectivity-service.enabled": false,
          "browser.safebrowsing.update.enabled": false,
        },
      },
    },
  },
  {
    name: "webkit",
    label: "WebKit",
    driver: "WebKitWebDriver",
    needsDisplay: true,
    driverArgs: (port) => ["--host=127.0.0.1", `--port=${port}`],
    capabilities: {
      browserName: "MiniBrowser",
      "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] },
    },
  },
];

/**
 * The engines to test: all of them, or those named in SIGNATORY_ENGINES
 * ("firefox", "webkit", comma-separated) when a developer runs one.
 */
export function selectedEngines() {
  const wanted = (process.env.SIGNATORY_ENGINES ?? "").split(",").filter(Boolean);
  const unknown = wanted.filter((name) => !ENGINES.some((engine) => engine.name === name));
  if (unknown.length) throw new Error(`SIGNATORY_ENGINES names no engine: ${unknown.join(", ")}`);
  return wanted.length ? ENGINES.filter((engine) => wanted.includes(engine.name)) : ENGINES;
}

/**
 * Starts `engine`'s driver (and Xvfb, when it needs a display) and opens a
 * session whose proxy is `proxy` ("127.0.0.1:PORT"). `stop()` ends the
 * session and every process started here.
 * @param {Engine} engine
 * @param {{ proxy: string }} options
 */
export async function launchEngine(engine, { proxy }) {
  if (engine.name === "webkit" && !existsSync(MINIBROWSER)) {
    throw new Error(`no ${MINIBROWSER}: run bash scripts/setup.sh (it installs webkit2gtk-driver)`);
  }
  /** @type {import("node:child_process").ChildProcess[]} */ const started = [];
  const stopAll = () => {
    for (const child of started.reverse()) if (child.exitCode === null) child.kill("SIGTERM");
  };
  try {
    const env = { ...process.env };
    if (engine.needsDisplay) {
      const { child, display } = await startXvfb();
      started.push(child);
      env.DISPLAY = display;
    }
    const port = await freePort();
    const driver = spawn(engine.driver, engine.driverArgs(port), { env, stdio: ["ignore", "ignore", "pipe"] });
    started.push(driver);
    let driverErrors = "";
    driver.stderr?.on("data", (chunk) => (driverErrors = (driverErrors + chunk).slice(-2000)));
    const driverUrl = `http://127.0.0.1:${port}`;
    await waitForDriver(driverUrl, driver, () => driverErrors);
    const session = await WebDriverSession.start(driverUrl, {
      ...engine.capabilities,
      proxy: { proxyType: "manual", httpProxy: proxy, sslProxy: proxy },
    });
    return {
      session,
      version: `${session.capabilities.browserName} ${session.capabilities.browserVersion}`,
      async stop() {
        await session.quit().catch(() => {});
        stopAll();
      },
    };
  } catch (error) {
    stopAll();
    throw error;
  }
}

/** A TCP port nothing listens on now. */
function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => done(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** Waits until the driver answers its status endpoint (or exits). */
async function waitForDriver(url, child, errors) {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${child.spawnfile} exited (${child.exitCode}): ${errors()}`);
    const ready = await fetch(`${url}/status`)
      .then((response) => response.ok)
      .catch(() => false);
    if (ready) return;
    await sleep(100);
  }
  throw new Error(`${child.spawnfile} did not answer on ${url}: ${errors()}`);
}

/** Starts a virtual X display; resolves with it once the server is ready. */
function startXvfb() {
  return new Promise((done, fail) => {
    // -displayfd: Xvfb picks a free display and writes its number when ready.
    const child = spawn("Xvfb", ["-displayfd", "1", "-screen", "0", "1920x1200x24", "-nolisten", "tcp"], {
      stdio: ["ignore", "pipe", "ignore"],
    });
    let written = "";
    const timer = setTimeout(() => fail(new Error("Xvfb did not start within 10 s")), 10_000);
    child.once("error", (error) => {
      clearTimeout(timer);
      fail(new Error(`Xvfb: ${error.message} (run bash scripts/setup.sh: it installs xvfb)`));
    });
    child.stdout.on("data", (chunk) => {
      written += chunk;
      const match = /^(\d+)\n/.exec(written);
      if (match) {
        clearTimeout(timer);
        done({ child, display: `:${match[1]}` });
      }
    });
  });
}
