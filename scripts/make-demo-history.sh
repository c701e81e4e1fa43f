#!/usr/bin/env bash
# The illustrative commune's history (Xã Minh Họa, fictional): a git repository
# made by scripts/make_history_fixture.py from the dated steps of
# scripts/make_illustrative.py, with fixed authors and dates, so its commit ids
# are the same on every machine. congkhai.yaml names it under "lich_su_rieng".
# Made again only when those scripts change; safe to run concurrently.
#
# Usage: scripts/make-demo-history.sh [SOURCE_DIR]   (default: this repository)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "${1:-$here/..}" && pwd)"
dest="$root/build/lich-su-minh-hoa"
mkdir -p "$root/build"

exec 9>"$dest.lock"
flock 9

stamp="$(cat "$here/make_history_fixture.py" "$here/make_illustrative.py" | sha256sum | cut -c1-16)"
if [[ -d "$dest/.git" && -f "$dest.stamp" && "$(cat "$dest.stamp")" == "$stamp" ]]; then
  exit 0
fi
work="$(mktemp -d "$root/build/.lich-su-minh-hoa.XXXXXX")"
trap 'rm -rf "$work"' EXIT
python3 "$here/make_history_fixture.py" create illustrative "$work/repo" >/dev/null
rm -rf "$dest"
mv "$work/repo" "$dest"
echo "$stamp" >"$dest.stamp"
echo "Lịch sử minh họa của xã Minh Họa: $dest"
