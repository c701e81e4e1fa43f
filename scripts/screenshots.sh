#!/usr/bin/env bash
# Screenshots of every page type at 360, 768 and 1280 px and of the plan embed in 320, 600, 900 and 1200 px
# iframes, for a person to review (tests/browser/output/review/, with problems.txt from the layout checks).
# The layout checks themselves run in the browser suite (tests/browser/layout.test.mjs); this takes ~1 min.
#
# Usage: scripts/screenshots.sh PATH/TO/congkhai
# Needs what the browser suite needs: chromium and tests/browser/node_modules (scripts/install-browser-tests.sh).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
exec "$root/tests/browser/run.sh" "$1" tests/browser/screenshots.mjs
