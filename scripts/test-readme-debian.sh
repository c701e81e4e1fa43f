#!/usr/bin/env bash
# The README's two commands on a stock Debian 12, as CI and a new user would run them: a clean root file
# system (debootstrap minbase: Debian's own nodejs 18 and npm 9, no ccache, no NodeSource, no compiler),
# a clean clone of this repository's HEAD with ../shared beside it, `apt-get install make git` (a stock
# debian:12 has neither), then `make site` and `make test` exactly as the README says.
#
#   scripts/test-readme-debian.sh [--site-only] [DIR]     (default DIR: /tmp/congkhai-readme-root)
#   scripts/test-readme-debian.sh --test-again DIR        reruns `make test` in DIR's root (after a fix)
#
# Needs root, debootstrap and the Debian archive (deb.debian.org) and npm registry. Takes, on 2 cores:
# about 10 min for `make site` (packages + a Release build) and 40-60 min more for `make test`; so it is a
# documented script, not part of `make test`. Prints each step's time; the log of each step is in
# DIR/readme-*.log. Exit status: that of the first failing step.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=lib/debian-root.sh
source "$root/scripts/lib/debian-root.sh"
site_only=0 test_again=0
if [[ "${1:-}" == "--site-only" ]]; then site_only=1; shift; fi
if [[ "${1:-}" == "--test-again" ]]; then test_again=1; shift; fi
dir="${1:-/tmp/congkhai-readme-root}"
[[ $EUID -eq 0 ]] || { echo "test-readme-debian: needs root (debootstrap, chroot)" >&2; exit 2; }
shared="$root/../shared"
[[ -d "$shared" ]] || { echo "test-readme-debian: no ../shared beside the checkout" >&2; exit 2; }

step() {
  local name="$1"
  shift
  local start=$SECONDS
  if in_root "$dir" bash -c "$*" >"$dir/readme-$name.log" 2>&1; then
    echo "test-readme-debian: $name passed in $((SECONDS - start)) s"
  else
    echo "test-readme-debian: $name FAILED after $((SECONDS - start)) s; last lines of $dir/readme-$name.log:" >&2
    tail -n 40 "$dir/readme-$name.log" >&2
    exit 1
  fi
}

if ((!test_again)); then
  debian_root "$dir" bookworm
  mkdir -p "$dir/work"
  git clone -q --no-local "$root" "$dir/work/main"
  cp -a "$(readlink -f "$shared")" "$dir/work/shared"
fi
trap 'root_leave "$dir"' EXIT
root_enter "$dir"
# This machine's own trust, not an extra package: where the network passes through a proxy with its own
# certificate authority (installed on the host in /usr/local/share/ca-certificates), npm in the root needs it too.
mkdir -p "$dir/usr/local/share/ca-certificates"
cp /usr/local/share/ca-certificates/*.crt "$dir/usr/local/share/ca-certificates/" 2>/dev/null || true
if ((!test_again)); then
  step apt "apt-get update -q && apt-get install -y -q make git ca-certificates && update-ca-certificates"
  step site "cd /work/main && make site"
  in_root "$dir" bash -c 'du -sh /var/cache/apt/archives; dpkg-query -W -f="\${Installed-Size}\n" | awk "{s+=\$1} END {print s/1024 \" MB installed in the root\"}"'
  ((site_only)) && exit 0
else
  step certificates "update-ca-certificates"
fi
step test "cd /work/main && NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt CI=true bash .ci/run"
in_root "$dir" bash -c 'node --version; npm --version'
grep -E "tests passed|tests failed|Total Test time" "$dir/readme-test.log" | tail -n 3
