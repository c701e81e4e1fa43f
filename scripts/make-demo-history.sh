#!/usr/bin/env bash
# The illustrative commune's history (Xã Minh Họa, fictional): a git repository
# made by scripts/make_history_fixture.py from the dated steps of
# scripts/make_illustrative.py, with fixed authors and dates, so its commit ids
# are the same on every machine. congkhai.yaml names it under "lich_su_rieng".
# One step of it is a round of progress forms applied with `congkhai progress
# apply --commit`, so it needs the congkhai binary. Made again only when those
# scripts or the progress code (generator/progress/) change; safe to run
# concurrently.
#
# Usage: scripts/make-demo-history.sh [--congkhai PATH] [SOURCE_DIR]
#   PATH        default: $CK_CONGKHAI, else build/congkhai of this repository
#   SOURCE_DIR  default: this repository
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
congkhai="${CK_CONGKHAI:-$here/../build/congkhai}"
if [[ "${1:-}" == "--congkhai" ]]; then
  [[ $# -ge 2 ]] || { echo "make-demo-history.sh: --congkhai cần đường dẫn tới chương trình congkhai" >&2; exit 2; }
  congkhai="$2"
  shift 2
fi
root="$(cd "${1:-$here/..}" && pwd)"
dest="$root/build/lich-su-minh-hoa"
mkdir -p "$root/build"

exec 9>"$dest.lock"
flock 9

# The forms are exported and applied by congkhai: a change of its progress code remakes the history.
stamp="$(cat "$here/make_history_fixture.py" "$here/make_illustrative.py" "$here"/../generator/progress/*.{h,cc} |
  sha256sum | cut -c1-16)"
if [[ -d "$dest/.git" && -f "$dest.stamp" && "$(cat "$dest.stamp")" == "$stamp" ]]; then
  exit 0
fi
if [[ ! -x "$congkhai" ]]; then
  echo "make-demo-history.sh: không chạy được $congkhai — dựng congkhai trước (make site), hoặc chỉ ra bằng --congkhai PATH" >&2
  exit 2
fi
congkhai="$(cd "$(dirname "$congkhai")" && pwd)/$(basename "$congkhai")"
work="$(mktemp -d "$root/build/.lich-su-minh-hoa.XXXXXX")"
trap 'rm -rf "$work"' EXIT
python3 "$here/make_history_fixture.py" create illustrative "$work/repo" --congkhai "$congkhai" >/dev/null
rm -rf "$dest"
mv "$work/repo" "$dest"
echo "$stamp" >"$dest.stamp"
echo "Lịch sử minh họa của xã Minh Họa: $dest"
