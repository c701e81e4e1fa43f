#!/usr/bin/env bash
# Installs the Debian packages Công khai needs, only those that are missing.
# Usage: scripts/install-deps.sh [--browser | --bench]   (--browser adds Chromium + Node for browser tests;
#        --bench adds Hugo for bench/site/run.sh, never needed by `make test`)
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  python3                                        # history fixtures and the illustrative commune's data (scripts/)
  libcmark-gfm-dev libcmark-gfm-extensions-dev   # Markdown (GFM tables, autolinks)
  nlohmann-json3-dev                             # JSON model
  libvalijson-dev                                # JSON Schema validation of data files
  libyaml-cpp-dev                                # YAML front matter and config
  libgit2-dev                                    # history from git commits
  libkainjow-mustache-dev                        # HTML templates
  libcli11-dev                                   # command line
  libutf8proc-dev                                # NFC, case folding, diacritics
  libcpp-httplib-dev                             # preview server
  libqrencode-dev                                # QR codes for printed notices
  libssl-dev                                     # SHA-256 (libcrypto) for manifest.json and feed ids
  libzip-dev                                     # `congkhai package`
  libjemalloc-dev                                # allocator of the congkhai binary: a third less CPU rendering (docs/performance.md)
  libxml2-utils unzip                            # tests: xmllint (sitemap XSD, Atom RELAX NG), unzip
  libgtest-dev libgmock-dev                      # tests
  clang libclang-rt-14-dev                       # libFuzzer targets (fuzz/)
)
if [[ "${1:-}" == "--bench" ]]; then
  packages+=(hugo)                               # bench/site: the same portal built by Hugo, for comparison
fi
if [[ "${1:-}" == "--browser" ]]; then
  packages+=(chromium)
  command -v node >/dev/null && command -v npm >/dev/null || packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  exit 0
fi
echo "Cài đặt gói còn thiếu / installing missing packages: ${missing[*]}"
SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
