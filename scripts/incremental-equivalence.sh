#!/usr/bin/env bash
# The long form of the incremental equivalence test (tests/cli/
# incremental_build_test.cc, issue #18): a longer seeded random sequence of
# task edits, commits, date changes (--today, SOURCE_DATE_EPOCH, --as-of),
# theme changes (CSS, a template) and commune introductions, each followed by
# an incremental build into the same folder and a clean build, which must be
# byte-identical. `make test` runs 16 steps; this runs as many as asked.
#
#   scripts/incremental-equivalence.sh                 300 steps, seed 18
#   CK_INCREMENTAL_STEPS=2000 CK_INCREMENTAL_SEED=$RANDOM scripts/incremental-equivalence.sh
#
# Environment: CK_INCREMENTAL_STEPS (default here 300), CK_INCREMENTAL_SEED
# (default 18; a failure prints the steps so far, replay it with the same seed),
# BUILD_DIR (default build-asan, a -DCK_SANITIZE=ON build with the tests).
# A failure: fix it, and pin the sequence's shape as a small test.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
build="${BUILD_DIR:-build-asan}"
[ -d "$build" ] || { echo "no build directory $build (cmake -S . -B $build -DCK_SANITIZE=ON first)" >&2; exit 2; }
cmake --build "$build" --target congkhai cli_test

export CK_INCREMENTAL_STEPS="${CK_INCREMENTAL_STEPS:-300}"
export CK_INCREMENTAL_SEED="${CK_INCREMENTAL_SEED:-5}"
export CK_INCREMENTAL_LOG=1  # print the steps taken
echo "incremental equivalence: $CK_INCREMENTAL_STEPS steps from seed $CK_INCREMENTAL_SEED"
exec "$build/tests/cli_test" '--gtest_filter=IncrementalBuild.*'
