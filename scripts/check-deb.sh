#!/usr/bin/env bash
# Checks a congkhai Debian package: its control fields and its file list.
#
#   scripts/check-deb.sh dist/congkhai_<version>_<arch>.deb     (scripts/make-deb.sh runs it)
#
# - Package is congkhai; Version is what the packaged binary's --version prints.
# - Depends holds the runtime libraries only: every library the binary loads (its NEEDED entries,
#   resolved on this machine with ldd and dpkg -S) is there, and nothing that is a development,
#   test or sanitizer package.
# - Recommends / Suggests name the tools only some commands run (cmake/packaging.cmake).
# - The files are the binary and its documents, nothing else: the schemas and the default theme are
#   compiled into the binary, so none of themes/ or schemas/ may be shipped beside it.
# Exits 1 and names every problem found.
set -euo pipefail
deb="${1:?usage: check-deb.sh PACKAGE.deb}"
problems=0
problem() { echo "check-deb: $(basename "$deb"): $*" >&2; problems=$((problems + 1)); }
field() { dpkg-deb -f "$deb" "$1"; }

[[ "$(field Package)" == congkhai ]] || problem "Package is '$(field Package)', not congkhai"
version="$(field Version)"
[[ "$version" =~ ^[0-9][0-9A-Za-z.+~-]*$ ]] || problem "Version '$version' is not a Debian version"
description="$(field Description)"
[[ "$(sed -n 2p <<<"$description")" == " Công khai turns "* ]] || problem "Description's long text is misplaced: $description"
[[ "$(field Recommends)" == "git, poppler-utils, tesseract-ocr-vie" ]] ||
  problem "Recommends is '$(field Recommends)'"
[[ "$(field Suggests)" == "libreoffice-writer-nogui, libreoffice-calc-nogui" ]] ||
  problem "Suggests is '$(field Suggests)'"

# Depends: package names without versions or alternatives.
depends="$(field Depends)"
[[ -n "$depends" ]] || problem "Depends is empty (was dpkg-shlibdeps run?)"
mapfile -t depend_names < <(tr ',|' '\n\n' <<<"$depends" | sed 's/([^)]*)//; s/:.*//; s/[[:space:]]//g' | grep -v '^$')
for name in "${depend_names[@]}"; do
  case "$name" in
    *-dev | libgtest* | libgmock* | googletest | clang* | libclang* | llvm* | libasan* | libubsan* | libfuzzer* | \
      chromium* | nodejs | npm | libxml2-utils | valgrind | cmake | ninja-build | build-essential | g++* | gcc*)
      problem "Depends names '$name', which the binary does not need at run time" ;;
  esac
done

# shellcheck source=lib/package-files.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/package-files.sh"
files="$(dpkg-deb -c "$deb" | awk '$1 !~ /^d/ { print $6 }' | sort)"
expected="$(package_files | sed 's|^|./usr/|')"
if [[ "$files" != "$expected" ]]; then
  problem "files differ from the expected list:"
  diff <(echo "$expected") <(echo "$files") >&2 || true
fi

# The packaged binary: its version, and every library it loads is in Depends.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dpkg-deb -x "$deb" "$work"
binary="$work/usr/bin/congkhai"
if [[ -x "$binary" ]]; then
  printed="$("$binary" --version 2>&1 || true)"
  [[ "$printed" == "congkhai $version "* ]] || problem "--version prints '$printed', the package says $version"
  while read -r soname; do
    path="$(ldd "$binary" | awk -v so="$soname" '$1 == so { print $3 }')"
    owner="$(dpkg -S "$(readlink -f "$path")" 2>/dev/null | head -n1 | cut -d: -f1 || true)"
    [[ -n "$owner" ]] || owner="$(dpkg -S "$path" 2>/dev/null | head -n1 | cut -d: -f1 || true)"
    if [[ -z "$owner" ]]; then
      problem "the binary loads $soname ($path), which no installed package owns"
    elif ! printf '%s\n' "${depend_names[@]}" | grep -qx "$owner"; then
      problem "the binary loads $soname from $owner, which Depends lacks"
    fi
  done < <(readelf -d "$binary" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
else
  problem "no executable usr/bin/congkhai"
fi

if ((problems)); then
  echo "check-deb: $problems problem(s) in $(basename "$deb")" >&2
  exit 1
fi
echo "check-deb: $(basename "$deb") ok — Version $version, Installed-Size $(field Installed-Size) KiB"
echo "check-deb: Depends: $depends"
