#!/usr/bin/env bash
# The README's second command, and exactly what CI runs (.ci/run calls it):
# set-up, formatting and lints, then the three test tiers —
#   1. native `cargo test` (core, reducer, i18n, server-rendered view);
#   2. browser tests (wasm-bindgen-test in headless Chromium);
#   3. the release build and end-to-end tests (playwright-core + node --test).
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

step "Formatting and lints (host and wasm32)"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets -- -D warnings
# The core crate's tests are host-only (proptest, serde_json): its library
# is linted for wasm32, the widget crate with all its targets.
cargo clippy --target wasm32-unknown-unknown -p signatory-core --lib -- -D warnings
cargo clippy --target wasm32-unknown-unknown -p signatory-map --all-targets -- -D warnings
# The fuzz target is its own crate (it runs on nightly with libFuzzer), so
# nothing else builds it: compile and lint it here on stable, or a change
# to the reader's API leaves it broken unnoticed (it once did).
cargo clippy --manifest-path fuzz/Cargo.toml --target-dir target --all-targets -- -D warnings

step "Tier 1: native tests"
cargo test --workspace

step "Tier 2: browser tests (headless Chromium)"
CHROMEDRIVER="$(command -v chromedriver)" WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test --target wasm32-unknown-unknown --test browser

step "Release build and size budget"
bash scripts/build.sh
node tools/check-budget.mjs www/dist/sizes.json size-budget.json

step "Tier 3: end-to-end tests (playwright-core, node --test)"
node --test --test-concurrency=1 tests/e2e/

step "All tests passed"
