#!/usr/bin/env bash
# One command from a fresh clone on Debian: install the browsers and the npm packages, then run
# the demo (build Rafiq, open the sample article in Chromium, hover, toggle, take screenshots).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-browsers.sh
npm ci --no-audit --no-fund
npm run demo -- "$@"
