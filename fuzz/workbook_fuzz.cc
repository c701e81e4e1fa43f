// libFuzzer target for the .xlsx reader (ooxml/workbook) that `congkhai
// progress apply` runs on uploaded forms: any bytes as a package. Beyond "no
// crash, no hang, no leak": a bad file is a PackageError, never another
// exception, and every cell read lies inside the limits and its sheet's bounds.
// fuzz-links: ck_ooxml ck_util
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "ooxml/workbook.h"

namespace {

void require(bool ok) {
  if (!ok) std::abort();  // libFuzzer reports the input that got here
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  ck::ooxml::PackageLimits package;
  package.max_part_bytes = 4u << 20;  // keep each run fast; the limits themselves are tested
  package.max_total_bytes = 16u << 20;
  ck::ooxml::WorkbookLimits limits;
  limits.max_rows = 2000;
  limits.max_cells = 20000;
  try {
    auto zip = ck::ooxml::ZipArchive::open_bytes(std::string(reinterpret_cast<const char*>(data), size),
                                                 package, "bieu-mau.xlsx");
    ck::ooxml::Workbook book = ck::ooxml::read_workbook(zip, limits);
    size_t cells = 0;
    for (const auto& sheet : book.sheets) {
      require(sheet.max_row <= limits.max_rows && sheet.max_col <= limits.max_cols);
      for (const auto& [pos, value] : sheet.cells) {
        require(pos.first >= 1 && pos.first <= sheet.max_row && pos.second >= 1 &&
                pos.second <= sheet.max_col);
        require(ck::ooxml::parse_cell_ref(ck::ooxml::cell_ref(pos.first, pos.second)) == pos);
        if (value.kind == ck::ooxml::CellValue::Kind::Number && value.date_style)
          book.serial_date(value.number);
        ++cells;
      }
    }
    require(cells <= limits.max_cells);
  } catch (const ck::ooxml::PackageError&) {
  }
  return 0;
}
