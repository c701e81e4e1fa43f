#!/usr/bin/env bash
# Installs the browser test tools from npm into tests/browser/node_modules.
# playwright-core never downloads a browser: the tests drive Debian's chromium.
set -euo pipefail
cd "$(dirname "$0")/../tests/browser"
# sanitize-html: the strict allow-list sanitiser the fragment test (fragment.test.mjs) pushes each plan fragment through.
if [[ -d node_modules/playwright-core && -d node_modules/axe-core && -d node_modules/sanitize-html ]]; then exit 0; fi
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if [[ -f package-lock.json ]]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
