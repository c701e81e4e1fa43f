#!/usr/bin/env bash
# The long form of the history differential test (tests/history/
# history_differential_test.cc): many more random repositories than `make
# test` runs, the cache check started at every earlier commit instead of three,
# and optionally under valgrind. The scoped reads (`build --commune`:
# HistoryDifferential.ScopedReadsAreTheFullHistoryCutDown, 50 repositories in
# `make test`) run on as many repositories, four scopes each. Builds history_test in the given build
# directory (default build-asan, a -DCK_SANITIZE=ON build, so ASan checks every
# repository) and runs only the differential test.
#
#   scripts/history-differential-long.sh            5,000 repositories, seed 1313
#   CK_HISTORY_REPOS=20000 CK_HISTORY_SEED=$RANDOM scripts/history-differential-long.sh
#   CK_VALGRIND=1 BUILD_DIR=build-plain scripts/history-differential-long.sh   (a build without ASan, with
#     the tests: cmake -S . -B build-plain -G Ninja; `make site`'s build/ has no tests)
#
# Environment (read by the test itself):
#   CK_HISTORY_REPOS         repositories (default here 5000; `make test` runs 500)
#   CK_HISTORY_SEED          first seed (default 1313); repository i uses seed + i
#   CK_HISTORY_EVERY_COMMIT  1 (default here): cache filled at every earlier commit
#   CK_HISTORY_MAX_COMMITS   commits on the main line (default 12)
#   CK_HISTORY_ONLY          only repository i: a failure prints the line to replay it, e.g.
#                            CK_HISTORY_SEED=1313 CK_HISTORY_ONLY=4711 scripts/history-differential-long.sh
# And for this script: BUILD_DIR (default build-asan), CK_VALGRIND=1 (run under
# valgrind --error-exitcode=1; slow: about a second per repository).
# A failure: fix it, and pin the repository's shape as a small test beside the
# code it exercises (tests/history/revert_test.cc is one such).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
build="${BUILD_DIR:-build-asan}"
[ -d "$build" ] || { echo "no build directory $build (cmake -S . -B $build -DCK_SANITIZE=ON first)" >&2; exit 2; }
cmake --build "$build" --target history_test

export CK_HISTORY_REPOS="${CK_HISTORY_REPOS:-5000}"
export CK_HISTORY_SEED="${CK_HISTORY_SEED:-1313}"
export CK_HISTORY_EVERY_COMMIT="${CK_HISTORY_EVERY_COMMIT:-1}"
filter='--gtest_filter=HistoryDifferential.*'
echo "history differential: $CK_HISTORY_REPOS repositories from seed $CK_HISTORY_SEED" \
     "(every earlier commit: $CK_HISTORY_EVERY_COMMIT)"
if [ "${CK_VALGRIND:-0}" = 1 ]; then
  exec valgrind --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite \
    "$build/tests/history_test" "$filter"
fi
exec "$build/tests/history_test" "$filter"
