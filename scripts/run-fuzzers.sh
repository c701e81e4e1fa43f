#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (in build-fuzz/) and runs each one
# briefly over its seed corpus. Exits non-zero when a target fails to build,
# crashes, hangs (-timeout), leaks or trips a sanitizer.
#
#   scripts/run-fuzzers.sh              every fuzz/<name>_fuzz.cc
#   scripts/run-fuzzers.sh deadline     only fuzz/deadline_fuzz.cc
#
# A new target needs no edit here or in CMake: add fuzz/<name>_fuzz.cc and
# fuzz/corpus/<name>/ (one input per file); see fuzz/CMakeLists.txt for linking.
# Inputs the fuzzer discovers go to build-fuzz/fuzz-work/<name>/ (the committed
# corpus is only read); a crashing input is saved in build-fuzz/fuzz-artifacts/<name>/
# and can be replayed with: build-fuzz/fuzz/<name>_fuzz <file>.
#
# Environment: FUZZ_RUNS (mutations per target, default 20000), FUZZ_MAX_TIME
# (seconds per target at most, default 60), FUZZ_BUILD_DIR (default build-fuzz).
#
# Targets: deadline (deadline phrases), importer (plan text -> .md + .json),
# docx (the .docx/.odt readers and the import behind them), load (front matter,
# plan JSON + schema, congkhai.yaml, agency registry, read
# as `build` reads them), search (the Vietnamese tokenizer).
# Longer runs, e.g. before a release or after changing a parser (an hour each;
# what they find stays in build-fuzz/fuzz-work/ and is reused next time):
#   FUZZ_RUNS=-1 FUZZ_MAX_TIME=3600 scripts/run-fuzzers.sh load
# A crash: replay it, fix it, add a regression test (tests/robustness/
# parser_regressions_test.cc or the stage's tests), and copy the input into
# fuzz/corpus/<name>/ so every later run starts from it.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
build="${FUZZ_BUILD_DIR:-build-fuzz}"
runs="${FUZZ_RUNS:-20000}"
max_time="${FUZZ_MAX_TIME:-60}"

names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for src in fuzz/*_fuzz.cc; do
    [ -e "$src" ] || continue
    name="$(basename "$src")"
    names+=("${name%_fuzz.cc}")
  done
fi
if [ ${#names[@]} -eq 0 ]; then
  echo "run-fuzzers: no fuzz/*_fuzz.cc found" >&2
  exit 1
fi

launcher=()
if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache); fi
cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang \
  -DCK_FUZZ=ON -DCK_TESTS=OFF "${launcher[@]}" >/dev/null
targets=()
for name in "${names[@]}"; do targets+=("${name}_fuzz"); done
ninja -C "$build" "${targets[@]}"

export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
failed=()
for name in "${names[@]}"; do
  work="$build/fuzz-work/$name"
  artifacts="$build/fuzz-artifacts/$name"
  mkdir -p "$work" "$artifacts"
  corpus=("$work")
  [ -d "fuzz/corpus/$name" ] && corpus+=("fuzz/corpus/$name")
  echo "== $name: $runs runs, at most ${max_time}s"
  if ! "$build/fuzz/${name}_fuzz" -runs="$runs" -max_total_time="$max_time" -timeout=5 -rss_limit_mb=2048 \
      -artifact_prefix="$artifacts/" -print_final_stats=1 "${corpus[@]}"; then
    failed+=("$name")
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "run-fuzzers: FAILED: ${failed[*]} (inputs in $build/fuzz-artifacts/)" >&2
  exit 1
fi
echo "run-fuzzers: ${#names[@]} target(s) passed"
