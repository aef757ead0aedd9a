#!/usr/bin/env bash
# The README's second command, and exactly what CI runs (.ci/run calls it):
# set-up, formatting, lints and docs, then the three test tiers (and, after
# the first, the dataset JSON Schema's corpus check: no build, no browser) —
#   1. native `cargo test` (core, reducer, i18n, server-rendered view);
#      with formatting, lints and docs this is scripts/check.sh, the fast
#      check developers also run on its own;
#   2. browser tests (wasm-bindgen-test in headless Chromium, then Firefox);
#   3. the release build and end-to-end tests (playwright-core + node --test),
#      then the cross-engine subset in Firefox and WebKit (W3C WebDriver).
set -euo pipefail
cd "$(dirname "$0")/.."

started=$SECONDS
step() { printf '\n==> %s  (%ss)\n' "$*" "$((SECONDS - started))"; }

step "Set-up"
bash scripts/setup.sh

# Chromium leaves a profile per run: keep them in one scratch folder.
SCRATCH="$PWD/tmp/test-run"
rm -rf "$SCRATCH" && mkdir -p "$SCRATCH"
export TMPDIR="$SCRATCH"

bash scripts/check.sh

step "Dataset JSON Schema against the widget's validator (node --test, ajv)"
node --test tests/schema/

step "Tier 2: browser tests (headless Chromium)"
CHROMEDRIVER="$(command -v chromedriver)" WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test --locked --target wasm32-unknown-unknown --test browser

step "Tier 2: the same browser tests in headless Firefox"
# The same compiled tests; the runner picks the driver it is given.
env -u CHROMEDRIVER GECKODRIVER="$(command -v geckodriver)" WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test --locked --target wasm32-unknown-unknown --test browser

step "Release build and size budget"
# README.md stays as committed, so the e2e suite checks its CDN block
# against this build (tests/e2e/cdn.test.mjs) instead of quietly fixing it.
bash scripts/build.sh --keep-readme
node tools/check-budget.mjs www/dist/sizes.json size-budget.json

step "Tier 3: end-to-end tests (playwright-core, node --test)"
node --test --test-concurrency=1 tests/e2e/

step "Tier 3 in Firefox and WebKit: the reader-facing subset (W3C WebDriver, node --test)"
node --test --test-concurrency=1 tests/engines/

step "All tests passed"
