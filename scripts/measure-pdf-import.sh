#!/usr/bin/env bash
# Accuracy of `congkhai import plan.pdf` on the seeds (docs/importing.md, "PDF"), minutes long, not part of
# `make test`:
#   - text layer: each seed's PDF (tests/importer/fixtures/pdf/, made by scripts/make-pdf-fixtures.py) imported
#     and compared cell by cell (number, section, parent, text, agencies, deadline, products) with the text import;
#     likewise the LibreOffice prints (tests/importer/fixtures/pdf/libreoffice/: cells centred vertically);
#   - scan: every page of that PDF scanned (scripts/make-pdf-fixtures.py --scan: 150 dpi grey, turned 0.4°,
#     specks), read by Tesseract, its table compared with the text layer's, page by page: cells exact, cells
#     flagged as uncertain, and misread cells NOT flagged (listed; the figure that should be 0); and the draft a
#     scan imports to: its tasks and the cells it marks "can_doi_chieu" (shown on the page as not yet compared).
#
#   scripts/measure-pdf-import.sh [BUILD_DIR]     (default build-asan; needs its tests/importer_test)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build-asan}"
scans="$(mktemp -d)"
trap 'rm -rf "$scans"' EXIT
for seed in tien-lang-cchc-2026 bach-long-vi-cchc-2026; do
  pdf="$root/tests/importer/fixtures/pdf/$seed.pdf"
  pages="$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')"
  # Only the pages of the table: the narrative is compared by the text-layer run.
  first="$(for ((p = 1; p <= pages; p++)); do
    pdftotext -layout -f "$p" -l "$p" "$pdf" - | grep -Eq '^ *(TT|STT|Stt) ' && echo "$p" && break
  done)"
  python3 "$root/scripts/make-pdf-fixtures.py" --scan "$pdf" "$scans/$seed-scan.pdf" "1-$pages"
  echo "scanned $seed: $pages pages (table from page $first)" >&2
done
CK_SCAN_DIR="$scans" "$build/tests/importer_test" --gtest_also_run_disabled_tests \
  --gtest_filter='PdfMeasure.DISABLED_EverySeedTextLayerAndScan' | grep -v '^\[\|^Running main\|^Note:'
