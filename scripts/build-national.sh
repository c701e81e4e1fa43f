#!/usr/bin/env bash
# The national build on one machine: the same shard script the CI of `congkhai init --national` runs
# (scaffold/toan-quoc/ci/dung-toan-quoc.sh), with N shards, P at a time, then the index, then one
# assembled site in OUT/cong/. Prints each shard's and the index's time and peak memory, and the total;
# exits non-zero naming any shard that failed. docs/scale.md has the figures for 3,300 communes.
#
# Usage: scripts/build-national.sh SOURCE N P [OUT]
#   SOURCE  a content repository (content/, data/, congkhai.yaml; full git history)
#   OUT     where the results go (default: SOURCE/ket-qua)
# Environment: CONGKHAI (default: build/congkhai, else congkhai on PATH), CK_CACHE (history cache
# folder; default: OUT/.lich-su-cache), CK_THEM (more build options, e.g. "--today 2026-06-30").
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [[ $# -lt 3 || $# -gt 4 ]]; then
  sed -n '2,12p' "${BASH_SOURCE[0]}" >&2
  exit 2
fi
source_dir="$1" n="$2" p="$3"
out="$(mkdir -p "${4:-$source_dir/ket-qua}" && cd "${4:-$source_dir/ket-qua}" && pwd)"
if [[ -z "${CONGKHAI:-}" ]]; then
  if [[ -x "$here/../build/congkhai" ]]; then CONGKHAI="$here/../build/congkhai"; else CONGKHAI=congkhai; fi
fi
[[ "$CONGKHAI" == */* ]] && CONGKHAI="$(cd "$(dirname "$CONGKHAI")" && pwd)/$(basename "$CONGKHAI")"
export CONGKHAI CK_KET_QUA="$out" CK_CACHE="${CK_CACHE:-$out/.lich-su-cache}"
cd "$source_dir"
exec sh "$here/../scaffold/toan-quoc/ci/dung-toan-quoc.sh" tat-ca "$n" "$p"
