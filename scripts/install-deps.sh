#!/usr/bin/env bash
# Installs the Debian packages Công khai needs, only those that are missing.
#
#   scripts/install-deps.sh            what `make site` needs: compiler, CMake, the libraries of the binary
#   scripts/install-deps.sh --test     and the test tools (GoogleTest, xmllint, unzip, clang + libFuzzer)
#   scripts/install-deps.sh --browser  and Chromium + Node.js for the browser suite (Debian's own: Node 18 works)
#   scripts/install-deps.sh --ocr      and Tesseract with its Vietnamese model, for importing scanned PDFs
#                                      (optional: without it `import` says so; --test installs it, for its test)
#   scripts/install-deps.sh --bench    and Hugo, for bench/site/run.sh (never needed by `make test`)
#   scripts/install-deps.sh --list ... prints the packages those options want, one a line, installs nothing
#                                      (scripts/measure-site-deps.sh measures exactly that list)
#
# Works on Debian 12 and 13 and Ubuntu 24.04: the names that differ between releases are chosen from
# /etc/os-release below (and worked out from apt for a release not listed there).
# valijson, a header-only library, is not installed: Debian's libvalijson-dev depends on Qt, Poco and four
# other JSON libraries (~99 MB) for its own tests. Its headers are downloaded (apt-get download) and unpacked
# into build-deps/valijson/, which CMake looks in; nothing of it is committed.
# Without apt (another distribution) or without root and sudo, it says what to install by hand and stops;
# when nothing is missing it needs neither.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

want_test=0 want_browser=0 want_bench=0 want_ocr=0 list_only=0
for arg in "$@"; do
  case "$arg" in
    --test) want_test=1 ;;
    --browser) want_browser=1 ;;
    --bench) want_bench=1 ;;
    --ocr) want_ocr=1 ;;
    --list) list_only=1 ;;
    *) echo "install-deps.sh: unknown option $arg (--test, --browser, --bench, --ocr, --list)" >&2; exit 2 ;;
  esac
done

# Names that differ between releases. clang's sanitizer/libFuzzer runtime is a versioned package: the
# version of the clang that the release's `clang` package installs.
os_id="" os_version=""
if [[ -r /etc/os-release ]]; then
  os_id=$(. /etc/os-release && echo "${ID:-}")
  os_version=$(. /etc/os-release && echo "${VERSION_ID:-}")
fi
clang_rt="" chromium=chromium
case "$os_id:$os_version" in
  debian:12) clang_rt=libclang-rt-14-dev ;;
  debian:13) clang_rt=libclang-rt-19-dev ;;
  ubuntu:24.04) clang_rt=libclang-rt-18-dev
    # Ubuntu has no Chromium .deb (chromium-browser installs the snap), so the browser suite is untested there.
    chromium=chromium-browser ;;
esac

packages=(
  build-essential cmake ninja-build pkg-config git
  python3                                        # history fixtures and the illustrative commune's data (scripts/)
  libcmark-gfm-dev libcmark-gfm-extensions-dev   # Markdown (GFM tables, autolinks)
  nlohmann-json3-dev                             # JSON model
  libyaml-cpp-dev                                # YAML front matter and config
  libgit2-dev                                    # history from git commits
  libkainjow-mustache-dev                        # HTML templates (reference renderer, template checks)
  libcli11-dev                                   # command line
  libutf8proc-dev                                # NFC, case folding, diacritics
  libcpp-httplib-dev                             # preview server
  libqrencode-dev                                # QR codes for printed notices
  libssl-dev                                     # SHA-256 (libcrypto) for manifest.json and feed ids
  libzip-dev                                     # `congkhai package`; reading .docx/.xlsx/.odt
  libpugixml-dev                                 # the XML inside .docx/.xlsx/.odt (import, progress forms)
  libxlsxwriter-dev                              # `congkhai progress export`: the .xlsx form agencies fill in
  libpoppler-cpp-dev                             # `import plan.pdf`: the text layer and page images of a PDF
  libjemalloc-dev                                # allocator of the congkhai binary: a third less CPU rendering (docs/performance.md)
)
if ((want_test)); then
  packages+=(
    libxml2-utils unzip                          # xmllint (sitemap XSD, Atom RELAX NG), unzip
    libgtest-dev libgmock-dev                    # GoogleTest
    python3-openpyxl python3-yaml                # tests/progress: fill forms as Excel writes them; CI workflow checks (scripts/check-workflows.py, tests/cli/ci_*)
    libreoffice-calc-nogui poppler-utils         # tests/progress: forms re-saved by LibreOffice, printed to PDF/PNG
    clang                                        # libFuzzer targets (fuzz/); its runtime package is added below
    jq                                           # tests of the CI files `congkhai init` writes (tests/cli/ci_*; and python3-yaml)
    libreoffice-writer-nogui                     # tests: `import plan.doc` converts through LibreOffice headless
  )
  want_ocr=1                                     # the scanned-PDF import test runs Tesseract on one page
fi
((want_ocr)) && packages+=(tesseract-ocr tesseract-ocr-vie)  # `import scan.pdf`: OCR, run as a program
if ((want_browser)); then
  packages+=("$chromium")
  command -v node >/dev/null && command -v npm >/dev/null || packages+=(nodejs npm)
fi
((want_bench)) && packages+=(hugo)              # bench/site: the same portal built by Hugo, for comparison

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

# A release not listed above (Debian testing, …): the runtime of the clang that apt would install.
clang_rt_package() {
  [[ -n "$clang_rt" ]] && { echo "$clang_rt"; return; }
  local version
  version=$(apt-cache depends clang 2>/dev/null | sed -n 's/.*Depends: clang-\([0-9][0-9]*\).*/\1/p' | head -n1)
  [[ -n "$version" ]] && echo "libclang-rt-$version-dev"
}

if ((list_only)); then
  printf '%s\n' "${packages[@]}"
  if ((want_test)); then clang_rt_package || true; fi
  exit 0
fi

have_apt=0
command -v apt-get >/dev/null && command -v dpkg-query >/dev/null && have_apt=1
if ((!have_apt)); then
  missing_tools=()
  for tool in cmake ninja pkg-config git python3 c++; do command -v "$tool" >/dev/null || missing_tools+=("$tool"); done
  if ((${#missing_tools[@]})); then
    echo "install-deps.sh: no apt here; install by hand: ${missing_tools[*]} and the libraries listed in README.md" >&2
    exit 1
  fi
  exit 0  # CMake reports any library still missing, by name
fi

SUDO=""
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null; then SUDO="sudo"; fi
fi
apt_run() {
  if [[ $(id -u) -ne 0 && -z "$SUDO" ]]; then
    echo "install-deps.sh: cần quyền root để cài gói / root needed to install: $*" >&2
    echo "  run as root: apt-get install $*" >&2
    exit 1
  fi
  # Another apt (unattended upgrades on a fresh machine) may hold the dpkg lock: wait for it, up to 10 minutes.
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 "$@"
}

updated=0
apt_update_once() {
  if ((!updated)); then apt_run update -qq; updated=1; fi
}

missing=()
for p in "${packages[@]}"; do installed "$p" || missing+=("$p"); done
if ((${#missing[@]})); then
  echo "Cài đặt gói còn thiếu / installing missing packages: ${missing[*]}"
  apt_update_once
  apt_run install -y -qq --no-install-recommends "${missing[@]}"
fi
if ((want_test)); then
  rt=$(clang_rt_package || true)
  if [[ -n "$rt" ]] && ! installed "$rt"; then
    apt_update_once
    apt_run install -y -qq --no-install-recommends "$rt"
  fi
fi

# valijson's headers, without the packages its Debian package depends on.
valijson_dir="$root/build-deps/valijson"
if [[ ! -f /usr/include/valijson/validator.hpp && ! -f "$valijson_dir/usr/include/valijson/validator.hpp" ]]; then
  echo "Tải thư viện tiêu đề valijson / fetching valijson's headers into build-deps/valijson"
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  if ! (cd "$work" && apt-get download libvalijson-dev >/dev/null 2>&1); then
    apt_update_once
    (cd "$work" && apt-get download libvalijson-dev >/dev/null)
  fi
  mkdir -p "$valijson_dir"
  dpkg-deb -x "$work"/libvalijson-dev_*.deb "$valijson_dir"
fi
