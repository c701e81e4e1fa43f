#!/usr/bin/env bash
# Installs the browser test tools from npm into tests/browser/node_modules, at the versions package.json pins.
# playwright-core never downloads a browser: the tests drive Debian's chromium.
# Works with Debian 12's own nodejs 18 + npm 9 (the pins keep to Node 18: scripts/check-node18.sh checks it).
set -euo pipefail
cd "$(dirname "$0")/../tests/browser"
# sanitize-html: the strict allow-list sanitiser the fragment test (fragment.test.mjs) pushes each plan fragment through.
# Nothing to do when every pinned package is installed at its pinned version; a copy left by an older pin
# (playwright-core 1.65 refuses Node 18) is replaced.
# shellcheck disable=SC2016  # JavaScript, not shell
if node -e '
  const pins = require("./package.json").devDependencies;
  for (const [name, version] of Object.entries(pins)) {
    if (require(`./node_modules/${name}/package.json`).version !== version) process.exit(1);
  }' 2>/dev/null; then
  exit 0
fi
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if [[ -f package-lock.json ]]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
