#!/usr/bin/env bash
# Measures what `make site` downloads and installs on a fresh Debian: in a clean debootstrap root of
# SUITE (default bookworm = Debian 12; trixie = Debian 13), the packages `scripts/install-deps.sh`
# (site only) asks for — it prints them with --list, run inside the root — plus valijson's package,
# which it downloads to unpack its headers. apt resolves them with --no-install-recommends, as
# install-deps.sh does, and downloads them (--download-only: nothing is installed).
#
#   scripts/measure-site-deps.sh [SUITE [--test] [--browser]]
#   CK_MEASURE_BUILD=1 scripts/measure-site-deps.sh     then runs `make site` in that root, from a clone of
#                                                        this repository's HEAD (a Release-like build: ~15 min)
#
# With --test/--browser it measures those lists instead (no limit applies to them): a check that every
# name install-deps.sh picks for that release exists there.
#
# Needs root, debootstrap and deb.debian.org (scripts/lib/debian-root.sh). Prints the package count,
# the download (bytes of the .deb files fetched) and the installed size (apt's "additional disk space"),
# and fails when the download is 150 MB or more: the limit README.md promises.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=lib/debian-root.sh
source "$root/scripts/lib/debian-root.sh"
suite="${1:-bookworm}"
options=("${@:2}")
limit_mb=150

if [[ $(id -u) -ne 0 ]]; then
  echo "measure-site-deps: needs root (debootstrap, chroot and mounts)" >&2
  exit 2
fi
work="$(mktemp -d /tmp/congkhai-measure.XXXXXX)"
tree="$work/root"
trap 'root_leave "$tree"; rm -rf "$work"' EXIT
debian_root "$tree" "$suite"
root_enter "$tree"
in_root "$tree" apt-get update -qq
mkdir -p "$tree/tmp/ck/scripts"
cp "$root/scripts/install-deps.sh" "$tree/tmp/ck/scripts/"
mapfile -t wanted < <(in_root "$tree" bash /tmp/ck/scripts/install-deps.sh --list "${options[@]}")

in_root "$tree" apt-get install -y --download-only --no-install-recommends "${wanted[@]}" >"$work/apt.log" 2>&1 || {
  cat "$work/apt.log" >&2
  exit 1
}
archives="$tree/var/cache/apt/archives"
in_root "$tree" sh -c 'cd /var/cache/apt/archives && apt-get download -q libvalijson-dev' >/dev/null 2>&1
count=$(find "$archives" -maxdepth 1 -name '*.deb' | wc -l)
bytes=$(find "$archives" -maxdepth 1 -name '*.deb' -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
installed="$(sed -n 's/^After this operation, \(.*\) of additional disk space will be used\./\1/p' "$work/apt.log")"
heaviest="$(find "$archives" -maxdepth 1 -name '*.deb' -printf '%s %f\n' | sort -rn | head -n 5 |
  awk '{ printf "%s%s %.1f MB", (NR > 1 ? ", " : ""), $2, $1 / 1e6 }')"
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')

echo "measure-site-deps: Debian $(cat "$tree/etc/debian_version") ($suite), $(date -u +%Y-%m-%d)"
echo "  install-deps.sh ${options[*]:-(site)} wants ${#wanted[@]} packages: ${wanted[*]}"
echo "  with their dependencies: $count packages to download, $mb MB (incl. libvalijson-dev), $installed installed"
echo "  heaviest: $heaviest"
if ((${#options[@]} == 0)) && awk -v b="$bytes" -v l="$limit_mb" 'BEGIN { exit !(b >= l * 1e6) }'; then
  echo "measure-site-deps: $mb MB is over the $limit_mb MB limit" >&2
  exit 1
fi

if [[ "${CK_MEASURE_BUILD:-0}" == 1 ]]; then
  # As on a bare debian:12: make first, then the one command.
  git clone -q "$root" "$tree/tmp/ck/src"
  start=$(date +%s)
  in_root "$tree" apt-get install -y -qq make >/dev/null
  in_root "$tree" bash -c 'cd /tmp/ck/src && make site' >"$work/make-site.log" 2>&1 || {
    tail -n 40 "$work/make-site.log" >&2
    exit 1
  }
  [[ -s "$tree/tmp/ck/src/site/index.html" ]] || { echo "measure-site-deps: make site wrote no site" >&2; exit 1; }
  echo "  make site in the clean root: passed in $(($(date +%s) - start)) s ($(tail -n 1 "$work/make-site.log"))"
fi
