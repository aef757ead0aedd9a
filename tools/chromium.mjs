// Debian's Chromium as the tests and the benchmark launch it: headless,
// offline-safe flags (no background networking, no component updates), so
// nothing it does reaches beyond 127.0.0.1.

import { chromium } from "playwright-core";

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Launches Debian Chromium, headless. */
export function launchBrowser() {
  return chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
}
