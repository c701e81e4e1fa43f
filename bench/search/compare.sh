#!/usr/bin/env bash
# Compares Công khai's search index with Pagefind's on one built site of 2,000 Vietnamese tasks and 50 plan
# narratives (each engine indexes the task pages and the narrative pages, toan-van/):
# index size, files, build time, bytes fetched per query (accented and unaccented), and recall.
#
# Usage: bench/search/compare.sh [PATH/TO/congkhai] [PATH/TO/search_test]
#   (defaults: build-search-rel/, an unsanitised build: cmake -S . -B build-search-rel -G Ninja
#    && ninja -C build-search-rel congkhai search_test)
# Needs: python3, node, /usr/bin/chromium, tests/browser/node_modules (scripts/install-browser-tests.sh);
#        installs Pagefind (npm "pagefind", pinned in package.json) into bench/search/node_modules.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
congkhai="$(realpath "${1:-$root/build-search-rel/congkhai}")"
search_test="$(realpath "${2:-$root/build-search-rel/tests/search_test}")"

if [[ ! -x "$here/node_modules/.bin/pagefind" ]]; then
  (cd "$here" && npm ci --no-audit --no-fund >/dev/null)
fi
work="$(mktemp -d "${TMPDIR:-/tmp}/congkhai-search-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

python3 "$here/make_corpus.py" "$root" "$work/src"
now() { date +%s.%N; }
elapsed() { echo "$2 - $1" | bc; }

t0=$(now)
"$congkhai" build --source "$work/src" --out "$work/site" --today 2026-06-15 2>/dev/null
t1=$(now)
index_line=$(CK_SEARCH_BENCH_SOURCE="$work/src" "$search_test" --gtest_filter='BuildTime.OfTheRepository*' | grep 'search index build')
pages=$(find "$work/site" -name index.html -path '*/nv-*' | wc -l)
narratives=$(find "$work/site" -name index.html -path '*/toan-van/*' | wc -l)

t2=$(now)
"$here/node_modules/.bin/pagefind" --site "$work/site" --glob '**/{nv-*,toan-van}/index.html' --root-selector main --quiet
t3=$(now)

size() {  # files, bytes on disk, bytes gzip -9 (Pagefind's files are gzipped already: counted as they are)
  local n=0 raw=0 gz=0 f s
  while IFS= read -r f; do
    s=$(stat -c%s "$f"); n=$((n + 1)); raw=$((raw + s))
    case "$f" in *.js|*.css|*.json|*.html) gz=$((gz + $(gzip -9c "$f" | wc -c)));; *) gz=$((gz + s));; esac
  done < <(find "$1" -type f | sort)
  printf '%d files, %.0f KB on disk, %.0f KB compressed' "$n" "$(echo "$raw/1024" | bc -l)" "$(echo "$gz/1024" | bc -l)"
}
echo
echo "corpus: $pages task pages, $narratives narrative pages (bench/search/make_corpus.py)"
echo "congkhai: whole site built in $(elapsed "$t0" "$t1") s; ${index_line#*: }"
echo "congkhai index: $(size "$work/site/search") (search/, excl. the page); search.js $(stat -c%s "$work/site/static/search.js") B, $(gzip -9c "$work/site/static/search.js" | wc -c) B gz"
echo "pagefind $("$here/node_modules/.bin/pagefind" --version | awk '{print $2}'): indexed in $(elapsed "$t2" "$t3") s"
echo "pagefind index: $(size "$work/site/pagefind")"
node "$here/measure.mjs" "$work/site" "$work/src/expected.json"
