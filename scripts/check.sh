#!/usr/bin/env bash
# The fast check, no browser and no release build (two minutes or so once the
# dependencies are compiled): formatting, clippy on host and wasm32, the
# native tests and the API docs. Run it before every commit; scripts/test.sh
# (what CI runs) runs it first, then the browser and end-to-end tiers.
#
# Every cargo command is --locked: CI and every developer build exactly the
# dependency versions Cargo.lock records, and a Cargo.toml change that would
# silently re-resolve them fails here instead.
set -euo pipefail
cd "$(dirname "$0")/.."

started=$SECONDS
step() { printf '\n==> %s  (%ss)\n' "$*" "$((SECONDS - started))"; }

step "Rust set-up (wasm32 target, clippy, rustfmt)"
bash scripts/setup.sh --rust

step "Formatting and lints (host and wasm32)"
cargo fmt --all -- --check
cargo clippy --locked --workspace --all-targets -- -D warnings
# The core crate's tests are host-only (proptest, serde_json): its library
# is linted for wasm32, the widget crate with all its targets.
cargo clippy --locked --target wasm32-unknown-unknown -p signatory-core --lib -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown -p signatory-map --all-targets -- -D warnings
# The fuzz target is its own crate (it runs on nightly with libFuzzer), so
# nothing else builds it: compile and lint it here on stable, or a change
# to the reader's API leaves it broken unnoticed (it once did).
cargo clippy --locked --manifest-path fuzz/Cargo.toml --target-dir target --all-targets -- -D warnings

step "Tier 1: native tests"
cargo test --locked --workspace

step "API docs (broken links are errors)"
# Host docs for the workspace, and the widget crate's once more for wasm32:
# the browser glue (src/platform/web/) exists only there.
RUSTDOCFLAGS="-D warnings" cargo doc --locked --no-deps --workspace
RUSTDOCFLAGS="-D warnings" cargo doc --locked --no-deps -p signatory-map --target wasm32-unknown-unknown

step "Fast checks passed"
