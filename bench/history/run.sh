#!/usr/bin/env bash
# History benchmark (not a test): builds ck::read_history in Release, generates
# a repository of COMMITS commits over 500 plan files (bench/history/make_bench_repo.py,
# git fast-import, then `git repack -adf` so packs look like a clone's), and prints
# wall time, CPU time, peak memory, a cached rebuild, and the ratio against the
# obvious alternative: one `git log -p --follow` per plan file (timed on a sample
# of SAMPLE files and extrapolated to all 500).
#
#   bench/history/run.sh [COMMITS=10000] [SAMPLE=25]
#
# Environment: WORK (default /tmp/congkhai-history-bench) keeps generated
# repositories between runs; JOBS (default 2) for ninja; NO_REPACK=1 keeps the
# fast-import pack as it is (its deltas run across files: much slower to read,
# see docs/performance.md).
set -euo pipefail
commits=${1:-10000}
sample=${2:-25}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=${WORK:-/tmp/congkhai-history-bench}
build="$root/build-history-rel"
mkdir -p "$work"

echo "== build (Release, $build)"
[ -f "$build/build.ninja" ] || cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCK_TESTS=OFF >/dev/null
ninja -C "$build" -j"${JOBS:-2}" generator/libck_history.a generator/libck_deadline.a generator/libck_util.a >/dev/null
g++ -std=c++20 -O2 -pthread -I"$root/generator" "$root/bench/history/history_bench.cc" \
  "$build/generator/libck_history.a" "$build/generator/libck_deadline.a" "$build/generator/libck_util.a" \
  $(pkg-config --libs libgit2 libutf8proc) -lcrypto -o "$work/history_bench"

repo="$work/repo-$commits${NO_REPACK:+-fastimport}"
if [ ! -d "$repo" ]; then
  echo "== generate $repo"
  start=$(date +%s.%N)
  python3 "$root/bench/history/make_bench_repo.py" "$repo" --commits "$commits" ${NO_REPACK:+--no-repack}
  echo "generated in $(echo "$(date +%s.%N) - $start" | bc) s"
fi
echo "== repository: $(git -C "$repo" rev-list --count HEAD) commits ($(git -C "$repo" rev-list --first-parent --count HEAD) on the first-parent chain)," \
     "$(git -C "$repo" ls-files 'data/*.json' | wc -l) plan files, pack $(du -sh "$repo/.git/objects/pack" | cut -f1)"
echo "== machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== read_history, no cache"
/usr/bin/time -v "$work/history_bench" "$repo" 2> "$work/time.txt" | tee "$work/run.txt"
rss=$(grep 'Maximum resident set size' "$work/time.txt" | awk '{print $NF}')
echo "peak RSS (time -v): $((rss / 1024)) MB"
ours=$(grep '^wall_s' "$work/run.txt" | cut -d' ' -f2)

echo "== with the cache: first run fills it, second walks nothing"
rm -rf "$work/cache"
"$work/history_bench" "$repo" --cache "$work/cache" | grep -E '^(walked_commits|wall_s)'
"$work/history_bench" "$repo" --cache "$work/cache" | grep -E '^(walked_commits|wall_s|cache_load_ms)'
echo "cache file: $(du -h "$work/cache/history-cache.bin" | cut -f1)"

echo "== alternative: git log -p --follow per plan file ($sample of 500, extrapolated)"
mapfile -t files < <(git -C "$repo" ls-files 'data/*.json')
step=$(( ${#files[@]} / sample ))
start=$(date +%s.%N)
for ((i = 0; i < sample; i++)); do
  git -C "$repo" log -p --follow -- "${files[$((i * step))]}" > /dev/null
done
spent=$(echo "$(date +%s.%N) - $start" | bc)
total=$(echo "$spent * ${#files[@]} / $sample" | bc -l)
printf 'sample: %.2f s for %d files; all %d files: ~%.1f s (patches only, no JSON parsed)\n' "$spent" "$sample" "${#files[@]}" "$total"
printf 'ratio: %.0f× (git log -p per file / read_history)\n' "$(echo "$total / $ours" | bc -l)"
