#!/usr/bin/env bash
# Checks the install rules (cmake/packaging.cmake) of a configured, built CMake folder, in a second:
# `cmake --install BUILD` into a scratch prefix must give exactly the files the package ships
# (scripts/lib/package-files.sh). CTest runs it on the test build (test: install_rules); the package
# itself is checked by scripts/check-deb.sh, which `make deb` runs.
#
#   scripts/check-install.sh BUILD_DIR
set -euo pipefail
build="${1:?usage: check-install.sh BUILD_DIR}"
# shellcheck source=lib/package-files.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/package-files.sh"
prefix="$(mktemp -d)"
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
installed="$(cd "$prefix" && find . -type f -o -type l | sed 's|^\./||' | sort)"
if [[ "$installed" != "$(package_files)" ]]; then
  echo "check-install: cmake --install $build installs other files than the package's list:" >&2
  diff <(package_files) <(echo "$installed") >&2 || true
  exit 1
fi
[[ -x "$prefix/bin/congkhai" ]] || { echo "check-install: bin/congkhai is not executable" >&2; exit 1; }
echo "check-install: $(wc -l <<<"$installed") files, as packaged"
