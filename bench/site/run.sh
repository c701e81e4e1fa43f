#!/usr/bin/env bash
# Site build benchmark (not a test): congkhai against Hugo on the same portal, on tmpfs.
#
#   bench/site/run.sh [SIZES="1000 10000 50000"] [RUNS=3]
#
# For each size (task pages), bench/site/make_corpus.py writes a congkhai source repository (SIZE/100 fictional
# communes × 2 plans × 50 tasks, SIZE/2 commits of history) and the equivalent Hugo site, once, into WORK. Then
# RUNS times, alternating which goes first: a full `congkhai build` (empty output, no history cache: history read
# from scratch) and `hugo` (empty output); and the physical floor, `cp -a` of congkhai's finished site. Prints the
# median wall time and peak memory (/usr/bin/time -v) of each and the ratios. At 10,000 tasks it also times the
# incremental rebuild after an editor commits a change to one task (output, history cache and page record of the
# previous build kept: docs/performance.md, "Incremental rebuild"), and how many pages it carried over.
# At every size, the national case (docs/scale.md): one commune's site (`--commune`, history cache cold, then
# warm) and the sharded national build (scripts/build-national.sh: 4 shards, 2 at a time, then the index), with
# the slowest shard, the index job and peak memory.
#
# Environment: WORK (default /dev/shm/congkhai-site-bench: tmpfs, so disk drift does not blur the ratios);
# CONGKHAI (a binary to use; default: a Release build in build-site-rel/); JOBS (default 2) for ninja.
# Needs `hugo` (Debian: apt-get install hugo; 0.111 on Debian 12), python3, git.
set -euo pipefail
sizes=${1:-"1000 10000 50000"}
runs=${2:-3}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=${WORK:-/dev/shm/congkhai-site-bench}
mkdir -p "$work"
command -v hugo >/dev/null || { echo "hugo not found: sudo apt-get install hugo" >&2; exit 2; }

if [ -z "${CONGKHAI:-}" ]; then
  build="$root/build-site-rel"
  [ -f "$build/build.ninja" ] || cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCK_TESTS=OFF >/dev/null
  ninja -C "$build" -j"${JOBS:-2}" congkhai >/dev/null
  CONGKHAI="$build/congkhai"
fi
CONGKHAI=$(realpath "$CONGKHAI")

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
     "$(free -g | awk '/Mem:/ {print $2}') GB RAM, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== $("$CONGKHAI" --version 2>&1 | head -1); $(hugo version | cut -d' ' -f1-2); work dir $work ($(df --output=fstype "$work" | tail -1))"

# measure NAME COMMAND...: appends "wall_s peak_kb cpu_s" to $work/NAME.times (cpu = user + system, all threads:
# on a shared machine it moves less with the load than wall time does)
measure() {
  local name=$1; shift
  /usr/bin/time -v "$@" > /dev/null 2> "$work/time.txt" || { cat "$work/time.txt" >&2; exit 1; }
  local wall rss cpu
  wall=$(grep 'Elapsed (wall clock)' "$work/time.txt" | awk '{print $NF}' | awk -F: '{ if (NF == 3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep 'Maximum resident set size' "$work/time.txt" | awk '{print $NF}')
  cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$work/time.txt")
  echo "$wall $rss $cpu" >> "$work/$name.times"
}
median() {  # median of column $2 of file $1
  sort -n -k"$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

for size in $sizes; do
  corpus="$work/c$size"
  if [ ! -d "$corpus" ]; then
    echo "== generate $corpus"
    python3 "$root/bench/site/make_corpus.py" "$root" "$corpus" --communes $((size / 100)) --commits $((size / 2))
  fi
  today=$(cat "$corpus/today")
  rm -f "$work"/*.times
  ck_build() {
    rm -rf "$corpus/ck-out" "$corpus/cwd" && mkdir -p "$corpus/cwd"
    (cd "$corpus/cwd" && measure congkhai "$CONGKHAI" build --source ../src --out ../ck-out --today "$today")
  }
  hugo_build() {
    rm -rf "$corpus/hugo-out"
    measure hugo hugo --quiet -s "$corpus/hugo" -d "$corpus/hugo-out"
  }
  for ((i = 0; i < runs; i++)); do
    if ((i % 2 == 0)); then ck_build; hugo_build; else hugo_build; ck_build; fi
    rm -rf "$corpus/floor"
    measure floor cp -a "$corpus/ck-out" "$corpus/floor"
    rm -rf "$corpus/floor"
  done
  ck_pages=$(find "$corpus/ck-out" -name '*.html' | wc -l)
  hugo_pages=$(find "$corpus/hugo-out" -name '*.html' | wc -l)
  ck_t=$(median "$work/congkhai.times" 1); ck_m=$(median "$work/congkhai.times" 2)
  hu_t=$(median "$work/hugo.times" 1); hu_m=$(median "$work/hugo.times" 2)
  fl_t=$(median "$work/floor.times" 1)
  ck_c=$(median "$work/congkhai.times" 3); hu_c=$(median "$work/hugo.times" 3)
  echo "== $size tasks: congkhai $ck_pages pages ($(find "$corpus/ck-out" -type f | wc -l) files, $(du -sm "$corpus/ck-out" | cut -f1) MB)," \
       "Hugo $hugo_pages pages ($(du -sm "$corpus/hugo-out" | cut -f1) MB); median of $runs"
  awk -v ct="$ck_t" -v cm="$ck_m" -v ht="$hu_t" -v hm="$hu_m" -v ft="$fl_t" -v cc="$ck_c" -v hc="$hu_c" 'BEGIN {
    printf "   congkhai  %7.2f s  %6.0f MB  (CPU %.2f s)\n", ct, cm / 1024, cc
    printf "   hugo      %7.2f s  %6.0f MB  (CPU %.2f s)\n", ht, hm / 1024, hc
    printf "   cp -a     %7.2f s   (physical floor: copying the finished site)\n", ft
    printf "   congkhai/hugo: time %.2f (hugo/congkhai %.2fx), CPU %.2f, memory %.2f;  congkhai/floor: %.1fx\n",
           ct / ht, ht / ct, cc / hc, cm / hm, ct / ft }'

  if [ "$size" = 10000 ]; then
    # An editor commits a change to one task; the previous site and history cache stay.
    edit="$work/edit-src"
    rm -rf "$edit" && cp -a "$corpus/src" "$edit"
    rm -rf "$corpus/ck-out" "$corpus/cwd" && mkdir -p "$corpus/cwd"
    rm -rf "$work/rebuild-cache"
    (cd "$corpus/cwd" && "$CONGKHAI" build --source "$edit" --out ../ck-out --today "$today" \
      --cache-dir "$work/rebuild-cache" 2>/dev/null)
    plan="$edit/data/xa-thu-0042/kh-01.json"
    for ((i = 0; i < runs; i++)); do
      python3 - "$plan" "$i" <<'EOF'
import json, sys
path, i = sys.argv[1], int(sys.argv[2])
plan = json.load(open(path, encoding="utf-8"))
plan["nhiem_vu"][6]["tien_do"] = 10 + 10 * (i % 9)
plan["nhiem_vu"][6]["trang_thai"] = "dang_thuc_hien"
open(path, "w", encoding="utf-8").write(json.dumps(plan, ensure_ascii=False, indent=2) + "\n")
EOF
      git -C "$edit" commit -qam "Cập nhật tiến độ nhiệm vụ 7 (lần $i)" --author "Vũ Thị Lan <lan@bench.invalid>"
      touch "$work/before-rebuild"
      (cd "$corpus/cwd" && measure rebuild "$CONGKHAI" build --source "$edit" --out ../ck-out --today "$today" \
        --cache-dir "$work/rebuild-cache")
      carried=$(grep -o 'giữ nguyên [0-9]*' "$work/time.txt" | grep -o '[0-9]*' || echo 0)
      rewritten=$(find "$corpus/ck-out" -type f -newer "$work/before-rebuild" | wc -l)
    done
    total=$(find "$corpus/ck-out" -type f | wc -l)
    awk -v t="$(median "$work/rebuild.times" 1)" -v m="$(median "$work/rebuild.times" 2)" -v c="$(median "$work/rebuild.times" 3)" \
      'BEGIN { printf "   rebuild after one task edited and committed: %.2f s, %.0f MB, CPU %.2f s (median of '"$runs"')\n", t, m / 1024, c }'
    echo "   files rewritten by the last rebuild: $rewritten of $total (the rest kept their bytes and modification time);" \
         "pages carried over without being made: $carried"
  fi

  # The national case: one commune alone, then the whole portal as shards and an index built from summaries.
  rm -rf "$work/commune-cache" "$work/national" && rm -f "$work"/commune-*.times
  first=$(ls "$corpus/src/content" | grep -v '^_' | head -1)
  for cache in cold warm; do
    rm -rf "$corpus/commune-out"
    measure "commune-$cache" "$CONGKHAI" build --source "$corpus/src" --out "$corpus/commune-out" --commune "$first" \
      --today "$today" --cache-dir "$work/commune-cache"
  done
  awk -v a="$(median "$work/commune-cold.times" 1)" -v am="$(median "$work/commune-cold.times" 2)" \
      -v b="$(median "$work/commune-warm.times" 1)" -v bm="$(median "$work/commune-warm.times" 2)" -v c="$first" \
    'BEGIN { printf "   --commune %s: %.2f s, %.0f MB with the history cache cold; %.2f s, %.0f MB warm\n", c, a, am / 1024, b, bm / 1024 }'
  start=$(date +%s.%N)
  CONGKHAI="$CONGKHAI" CK_THEM="--today $today" "$root/scripts/build-national.sh" "$corpus/src" 4 2 "$work/national" \
    > "$work/national.log" 2>&1 || { cat "$work/national.log" >&2; exit 1; }
  end=$(date +%s.%N)
  echo "   national build, 4 shards 2 at a time, then the index: $(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", e - s }') s;" \
       "$(find "$work/national/cong" -name '*.html' | wc -l) pages assembled"
  grep -E '^(lô|chỉ mục|tổng)' "$work/national.log" | sed 's/^/     /'  # each shard's and the index's time and memory
  rm -rf "$work/national" "$corpus/commune-out"
done
