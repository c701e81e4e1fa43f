#!/usr/bin/env bash
# Builds the congkhai image (Dockerfile) and runs it, where a container engine is present.
#
#   scripts/test-image.sh
#
# The engine: docker, else podman, that answers (`docker info`); with none it prints
# "test-image: skipped: no container engine" and exits 0. When the engine cannot pull debian:12 and
# debian:12-slim (no registry reachable), both are imported from a clean debootstrap root
# (scripts/lib/debian-root.sh: `tar -C root -c . | docker import - debian:12`). Then:
#   1. docker build -t congkhai:test .
#   2. the image runs as a user other than root, and `--version` prints the release of this checkout
#   3. it builds the demo (content/, data/, congkhai.yaml copied into a folder mounted at /src)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=lib/debian-root.sh
source "$root/scripts/lib/debian-root.sh"

engine=""
for candidate in docker podman; do
  if command -v "$candidate" >/dev/null && "$candidate" info >/dev/null 2>&1; then
    engine="$candidate"
    break
  fi
done
if [[ -z "$engine" ]]; then
  echo "test-image: skipped: no container engine (neither docker nor podman answers here)"
  exit 0
fi

work="$(mktemp -d /tmp/congkhai-image-test.XXXXXX)"
trap 'rm -rf "$work"' EXIT
for base in debian:12 debian:12-slim; do
  if ! "$engine" image inspect "$base" >/dev/null 2>&1 && ! "$engine" pull -q "$base" >/dev/null 2>&1; then
    echo "test-image: no registry for $base: importing it from a debootstrap root"
    [[ -d "$work/root" ]] || debian_root "$work/root" bookworm
    tar -C "$work/root" -c . | "$engine" import - "$base" >/dev/null
  fi
done

echo "== 1. $engine build"
start=$(date +%s)
"$engine" build -t congkhai:test "$root"
echo "built in $(($(date +%s) - start)) s; $("$engine" image inspect -f '{{.Size}}' congkhai:test) bytes"

echo "== 2. not root; --version"
uid="$("$engine" run --rm --entrypoint id congkhai:test -u)"
[[ "$uid" != 0 ]] || { echo "test-image: the image runs as root" >&2; exit 1; }
printed="$("$engine" run --rm congkhai:test --version)"
echo "$printed (uid $uid)"
[[ "$printed" == congkhai\ * ]] || { echo "test-image: unexpected --version output" >&2; exit 1; }

echo "== 3. build of the demo"
mkdir -p "$work/demo"
cp -r "$root/content" "$root/data" "$root/congkhai.yaml" "$work/demo/"
chmod -R a+rwX "$work/demo"
"$engine" run --rm -v "$work/demo:/src" congkhai:test build --out site --today 2026-03-01
[[ -s "$work/demo/site/index.html" ]] || { echo "test-image: no site/index.html" >&2; exit 1; }
echo "test-image: passed ($engine, $(find "$work/demo/site" -name '*.html' | wc -l) pages)"
