#!/usr/bin/env bash
# Builds the Debian package of congkhai from a Release build and checks it.
#
#   scripts/make-deb.sh [OUT_DIR]        (default dist/; `make deb` runs it)
#
# Version: the release `congkhai --version` prints (the newest vX.Y.Z tag; cmake/describe.cmake).
# Depends: computed by dpkg-shlibdeps from the shared libraries the binary loads (cmake/packaging.cmake).
# The build folder (CK_DEB_BUILD, default build-release/) is reconfigured every time, so a new tag
# gives a new version. Prints the path of the package on its last line.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$root/dist}"
build="${CK_DEB_BUILD:-$root/build-release}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

"$root/scripts/install-deps.sh"
command -v dpkg-shlibdeps >/dev/null || {
  echo "make-deb: dpkg-shlibdeps is missing (apt-get install dpkg-dev; build-essential brings it)" >&2
  exit 1
}
launcher=()
if command -v ccache >/dev/null; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCK_TESTS=OFF "${launcher[@]}" >/dev/null
cmake --build "$build" --target congkhai -j "${JOBS:-$(nproc)}"
rm -f "$out"/congkhai_*.deb "$out"/congkhai_*.deb.sha256
(cd "$build" && cpack -G DEB -B "$out" >/dev/null)
rm -rf "$out/_CPack_Packages"
deb=$(ls "$out"/congkhai_*.deb)
"$root/scripts/check-deb.sh" "$deb"
echo "$deb"
