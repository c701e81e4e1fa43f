#!/usr/bin/env bash
# Installs the congkhai package into a clean Debian 12 root file system (no compiler) and builds with it.
#
#   scripts/test-deb-debootstrap.sh [PACKAGE.deb]     (default: builds one with scripts/make-deb.sh)
#
# Needs root (chroot, mounts), debootstrap, and network access to deb.debian.org. The Debian root is
# debootstrapped once (minbase) and kept as a tarball (scripts/lib/debian-root.sh; CK_DEBIAN_CACHE), so
# later runs take about a minute. In the root:
#   1. apt-get install --no-install-recommends ./congkhai_*.deb  — the package's Depends alone must do
#   2. no C or C++ compiler is there, and congkhai --version prints the package's version
#   3. congkhai build of the demo (content/, data/, congkhai.yaml copied in, no themes/ or schemas/:
#      they are compiled into the binary)
#   4. congkhai init /tmp/xa --commune thu --ten "Xã Thử" and congkhai build --source /tmp/xa (skipped,
#      saying so, when the packaged binary has no init command)
#   5. as the image runs it (Dockerfile): a user other than root builds, with --require-full-history, a
#      git repository at /src that root owns, listed in /etc/gitconfig as safe.directory
# Prints the time of each step, the download and the installed size. Exits non-zero on any failure.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=lib/debian-root.sh
source "$root/scripts/lib/debian-root.sh"

if [[ $(id -u) -ne 0 ]]; then
  echo "test-deb-debootstrap: needs root (debootstrap, chroot and mounts)" >&2
  exit 2
fi
deb="${1:-}"
if [[ -z "$deb" ]]; then
  deb="$("$root/scripts/make-deb.sh" | tail -n1)"
fi
deb="$(readlink -f "$deb")"
version="$(dpkg-deb -f "$deb" Version)"

work="$(mktemp -d /tmp/congkhai-deb-test.XXXXXX)"
tree="$work/root"
trap 'root_leave "$tree"; rm -rf "$work"' EXIT
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f s", b - a }'; }
step() { echo "== $*"; }

t=$(now)
debian_root "$tree" bookworm
root_enter "$tree"
in_root "$tree" apt-get update -qq
echo "clean Debian $(cat "$tree/etc/debian_version") root ready in $(since "$t")"

step "1. apt-get install ./$(basename "$deb")"
cp "$deb" "$tree/tmp/"
before_kib=$(du -sxk "$tree" | cut -f1)
t=$(now)
in_root "$tree" apt-get install -y -q --no-install-recommends "/tmp/$(basename "$deb")" >"$work/apt.log" 2>&1 || {
  cat "$work/apt.log" >&2
  exit 1
}
install_time=$(since "$t")
after_kib=$(du -sxk "$tree" | cut -f1)
download="$(sed -n 's/^Need to get \([^ ]* [kMG]*B\).*/\1/p' "$work/apt.log")"
added="$(sed -n 's/^After this operation, \([^ ]* [kMG]*B\) of additional.*/\1/p' "$work/apt.log")"
packages="$(grep -c '^Setting up ' "$work/apt.log" || true)"
echo "installed in $install_time: $packages packages, download ${download:-0 B}, apt says $added more on disk," \
  "the root grew by $(((after_kib - before_kib) / 1024)) MiB"

step "2. no compiler; congkhai --version"
for compiler in cc gcc c++ g++ clang; do
  if in_root "$tree" sh -c "command -v $compiler" >/dev/null; then
    echo "a compiler ($compiler) is in the root: the test would prove nothing" >&2
    exit 1
  fi
done
printed="$(in_root "$tree" congkhai --version)"
echo "$printed"
[[ "$printed" == "congkhai $version "* ]] || { echo "expected version $version" >&2; exit 1; }

step "3. congkhai build of the demo (content/, data/, congkhai.yaml only)"
mkdir -p "$tree/tmp/demo"
cp -r "$root/content" "$root/data" "$root/congkhai.yaml" "$tree/tmp/demo/"
t=$(now)
in_root "$tree" congkhai build --source /tmp/demo --out /tmp/demo/site --today 2026-03-01 >"$work/build.log" 2>&1 || {
  cat "$work/build.log" >&2
  exit 1
}
pages=$(find "$tree/tmp/demo/site" -name '*.html' | wc -l)
echo "built in $(since "$t"): $pages HTML pages, $(du -sm "$tree/tmp/demo/site" | cut -f1) MiB"
for page in index.html tien-lang/index.html search/index.html; do
  [[ -s "$tree/tmp/demo/site/$page" ]] || { echo "the demo site lacks $page" >&2; exit 1; }
done
grep -q 'Tiên Lãng' "$tree/tmp/demo/site/index.html" || { echo "index.html does not name Tiên Lãng" >&2; exit 1; }

step "4. congkhai init + build"
if in_root "$tree" congkhai --help | grep -qE '^[[:space:]]+init[[:space:]]'; then
  t=$(now)
  in_root "$tree" congkhai init /tmp/xa --commune thu --ten "Xã Thử"
  in_root "$tree" congkhai build --source /tmp/xa --out /tmp/xa/site --today 2026-03-01 >"$work/init-build.log" 2>&1 || {
    cat "$work/init-build.log" >&2
    exit 1
  }
  [[ -s "$tree/tmp/xa/site/index.html" ]] || { echo "the scaffold's site has no index.html" >&2; exit 1; }
  echo "init + build in $(since "$t"): $(find "$tree/tmp/xa/site" -name '*.html' | wc -l) HTML pages"
else
  echo "skipped: this congkhai has no init command"
fi
step "5. a repository another user owns, as in the image"
mkdir -p "$tree/src"
cp -r "$root/content" "$root/data" "$root/congkhai.yaml" "$tree/src/"
git -C "$tree/src" init -q
git -C "$tree/src" add .
git -C "$tree/src" -c user.name="Thử nghiệm" -c user.email=thu@example.invalid commit -qm "Nội dung demo"
in_root "$tree" useradd --create-home --uid 1000 congkhai
printf '[safe]\n\tdirectory = /src\n' >"$tree/etc/gitconfig"  # what the Dockerfile's git config --system writes
in_root "$tree" install -d -o congkhai /tmp/out
in_root "$tree" setpriv --reuid=1000 --regid=1000 --init-groups env HOME=/home/congkhai \
  congkhai build --source /src --out /tmp/out/site --require-full-history --today 2026-03-01 >"$work/user.log" 2>&1 || {
  cat "$work/user.log" >&2
  exit 1
}
echo "uid 1000 built the root-owned repository with its history: $(grep -c . "$work/user.log") lines of log"

echo "test-deb-debootstrap: passed ($(basename "$deb") in a clean Debian $(cat "$tree/etc/debian_version"))"
