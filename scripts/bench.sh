#!/usr/bin/env bash
# The benchmark (bench/README.md): set up, build the widget as shipped,
# then measure it against the Leaflet and d3 reference maps and write
# bench/RESULTS.md. Options go to bench/run.mjs (e.g. --quick).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
TMPDIR="$PWD/tmp/bench" && rm -rf "$TMPDIR" && mkdir -p "$TMPDIR" && export TMPDIR
exec node bench/run.mjs "$@"
