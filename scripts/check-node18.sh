#!/usr/bin/env bash
# Runs the browser suite with Debian 12's own Node 18 and npm 9, as a stock Debian 12 has them
# (`apt-get install nodejs npm`), on a machine that may have a newer Node installed from elsewhere.
#
# Usage: scripts/check-node18.sh [PATH/TO/congkhai]     (default: build/congkhai, from `make site`)
# Needs: Debian 12 apt sources (bookworm, bookworm-security), /usr/bin/chromium, root or unprivileged user
# namespaces (for a private mount namespace), network access to the Debian archive and the npm registry.
#
# How: `apt-get download` fetches Debian's nodejs 18 (pinned: CK_NODE18_VERSION, default the newest 18.x the
# archive offers), libnode108, npm and the node-* packages they load, and `dpkg-deb -x` unpacks them into
# CK_NODE18_DIR (default build/node18). Debian's node reads parts of itself from fixed paths under
# /usr/share/nodejs, so the suite runs in a private mount namespace whose /usr is an overlay of the unpacked
# packages over the real /usr: there /usr/bin/node is Node 18 and /usr/bin/npm is npm 9; the system outside is
# untouched. Inside, `npm ci` reinstalls tests/browser/node_modules with npm 9 (what
# scripts/install-browser-tests.sh does on a stock Debian 12), then tests/browser/run.sh runs the suite.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
congkhai="${1:-$root/build/congkhai}"
if [[ "$congkhai" != /* ]]; then congkhai="$PWD/$congkhai"; fi
if [[ ! -x "$congkhai" ]]; then
  echo "check-node18: no congkhai binary at $congkhai; build it first (make site)" >&2
  exit 2
fi
dir="${CK_NODE18_DIR:-$root/build/node18}"
version="${CK_NODE18_VERSION:-$(apt-cache madison nodejs | awk '$3 ~ /^18\./ { print $3; exit }')}"
if [[ -z "$version" ]]; then
  echo "check-node18: apt knows no nodejs 18.x; this needs Debian 12 (bookworm) apt sources" >&2
  exit 2
fi

# Download and unpack once per version.
if [[ ! -f "$dir/.done-$version" ]]; then
  rm -rf "$dir" && mkdir -p "$dir/debs"
  # What npm and libnode108 load: the JavaScript packages (node-*, libjs-*); native libraries are the system's.
  mapfile -t js < <(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
    --no-replaces --no-enhances npm libnode108 | grep -E '^(node|libjs)-' | sort -u)
  (cd "$dir/debs" && apt-get download -q "nodejs=$version" "libnode108=$version" npm "${js[@]}")
  for deb in "$dir"/debs/*.deb; do dpkg-deb -x "$deb" "$dir"; done
  touch "$dir/.done-$version"
fi

# Shared libraries Debian's node links against that this system lacks (they are Debian 12 packages).
missing="$(LD_LIBRARY_PATH="$dir/usr/lib/x86_64-linux-gnu" ldd "$dir/usr/bin/node" | awk '/not found/ { print $1 }')"
if [[ -n "$missing" ]]; then
  echo "check-node18: missing shared libraries (install their Debian packages): $missing" >&2
  exit 2
fi

ns=(unshare --mount --propagation private)
if [[ $(id -u) -ne 0 ]]; then ns=(unshare --map-root-user --mount --propagation private); fi
export CK_ROOT="$root" CK_NODE18_DIR="$dir" CK_CONGKHAI="$congkhai"
# shellcheck disable=SC2016  # expanded by the inner shell, inside the namespace
"${ns[@]}" bash -euo pipefail -c '
  mount -t overlay overlay -o "lowerdir=$CK_NODE18_DIR/usr:/usr" /usr
  echo "check-node18: node $(node --version), npm $(npm --version), $(/usr/bin/chromium --version)"
  cd "$CK_ROOT/tests/browser"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
  start=$(date +%s)
  "$CK_ROOT/tests/browser/run.sh" "$CK_CONGKHAI"
  echo "check-node18: browser suite passed under Node $(node --version) in $(($(date +%s) - start)) s"
'
