#!/usr/bin/env bash
# The README's first command: set up, build, and serve the demo news page
# at http://127.0.0.1:${PORT:-8080}/ until Ctrl+C.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
exec node tools/serve.mjs --port "${PORT:-8080}" --root .
