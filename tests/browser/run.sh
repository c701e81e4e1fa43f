#!/usr/bin/env bash
# Browser test suite: builds the portal from this repository into a temp dir with the given congkhai binary,
# then drives Debian's chromium over it (playwright-core, node --test).
#
# Usage: tests/browser/run.sh PATH/TO/congkhai [TEST_FILE…]   (from any directory; default: every *.test.mjs)
# Needs: /usr/bin/chromium, node, and tests/browser/node_modules (scripts/install-browser-tests.sh).
# Screenshots go to tests/browser/output/ (gitignored).
set -euo pipefail

if [[ $# -lt 1 ]]; then
  echo "usage: $0 PATH/TO/congkhai" >&2
  exit 2
fi

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"

# Resolve the binary against the caller's cwd before anything changes directory.
congkhai="$1"
shift
if [[ "$congkhai" != /* ]]; then congkhai="$PWD/$congkhai"; fi
if [[ ! -x "$congkhai" ]]; then
  echo "browser tests: congkhai binary not found or not executable: $congkhai" >&2
  exit 2
fi
if [[ ! -d "$here/node_modules/playwright-core" || ! -d "$here/node_modules/axe-core" ]]; then
  echo "browser tests: missing node_modules; run scripts/install-browser-tests.sh" >&2
  exit 2
fi

# Never let anything fetch a browser of its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

work="$(mktemp -d "${TMPDIR:-/tmp}/congkhai-browser.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# From the repository root, whatever the caller's directory: the build keeps its history cache in the working
# directory's .congkhai-cache/ (gitignored at the root only).
cd "$root"
# The illustrative commune's fixture history (congkhai.yaml: lich_su_rieng).
"$root/scripts/make-demo-history.sh" --congkhai "$congkhai" "$root"
echo "browser tests: building the site with $congkhai into $work/site"
if ! "$congkhai" build --source "$root" --out "$work/site" --today 2026-06-15; then
  echo "browser tests: site build failed" >&2
  exit 1
fi

export SITE_DIR="$work/site"
export CONGKHAI_BIN="$congkhai"  # for tests that build a variant of the site (notice.test.mjs: with base_url)
export SCREENSHOT_DIR="$here/output"
mkdir -p "$SCREENSHOT_DIR"

status=0
if [[ $# -gt 0 ]]; then tests=("$@"); else tests=(tests/browser/*.test.mjs); fi
node --test "${tests[@]}" || status=$?
echo "browser tests: screenshots and reports in $SCREENSHOT_DIR"
exit "$status"
