#!/usr/bin/env bash
# Installs everything the build and the tests need, skipping what is
# already there, so the README's commands work on a fresh Debian machine
# that has only Rust (rustup), Node/npm and apt.
#
#   bash scripts/setup.sh          everything
#   bash scripts/setup.sh --rust   only the Rust target and components
#                                  (scripts/check.sh: no browser, no npm)
set -euo pipefail
cd "$(dirname "$0")/.."

# The wasm-bindgen CLI must be exactly the version Cargo.toml pins.
WASM_BINDGEN_VERSION="$(sed -n 's/^wasm-bindgen = "=\(.*\)"/\1/p' Cargo.toml)"

say() { printf '\n==> %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "Adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy rustfmt
[ "${1:-}" = "--rust" ] && exit 0

# geckodriver drives Firefox for the cross-engine tests (tests/engines/) and
# the browser tier's second run. It only relays commands, so a debug build
# without debug info does: half the compile time of a release build.
GECKODRIVER_VERSION="0.37.0"

# The two CLI builds (minutes of CPU) run in the background while apt and npm
# download (minutes of waiting); their output goes to a log shown on failure.
SETUP_LOG="$(mktemp)"
(
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
    echo "==> Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (a few minutes, once)"
    # Not --locked: this registry lacks one of its locked dependency versions.
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
  fi
  if [ "$(geckodriver --version 2>/dev/null | awk 'NR==1 {print $2}')" != "$GECKODRIVER_VERSION" ]; then
    echo "==> Installing geckodriver $GECKODRIVER_VERSION (two minutes, once)"
    CARGO_PROFILE_DEV_DEBUG=0 cargo install geckodriver --version "$GECKODRIVER_VERSION" --debug
  fi
) >"$SETUP_LOG" 2>&1 &
CLI_BUILDS=$!

# Chromium for every tier; Firefox ESR, WebKitGTK's driver and MiniBrowser,
# and a virtual X display (MiniBrowser's own headless mode hangs) for the
# cross-engine tests.
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
command -v firefox-esr >/dev/null || missing+=(firefox-esr)
command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
command -v Xvfb >/dev/null || missing+=(xvfb)
if [ "${#missing[@]}" -gt 0 ]; then
  say "Installing ${missing[*]} from Debian"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "Installing npm dev tools (package-lock.json)"
  npm ci --no-audit --no-fund
fi

if ! wait "$CLI_BUILDS"; then
  cat "$SETUP_LOG"
  echo "setup: installing wasm-bindgen-cli or geckodriver failed (above)" >&2
  exit 1
fi
grep '^==>' "$SETUP_LOG" || true
rm -f "$SETUP_LOG"
