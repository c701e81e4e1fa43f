// libFuzzer target for the Word and OpenDocument readers behind `congkhai
// import plan.docx|.odt`. An input starting "PK" is a whole package (the seed
// corpus holds real .docx files); any other input is XML parts separated by
// lines "----" (document.xml, numbering.xml, styles.xml, footnotes.xml),
// packed into a package here, so the fuzzer mutates the XML itself rather than
// compressed bytes. Beyond "no crash, no hang, no leak": a broken package is
// an error message, and an import is deterministic and writes valid JSON.
// fuzz-links: ck_importer
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "../tests/support/zip_builder.h"
#include "importer/document_file.h"
#include "importer/importer.h"

namespace {

void require(bool ok) {
  if (!ok) std::abort();  // libFuzzer reports the input that got here
}

std::vector<std::string> parts_of(std::string_view data) {
  std::vector<std::string> parts;
  constexpr std::string_view kSep = "\n----\n";
  size_t start = 0;
  while (parts.size() < 3) {
    size_t at = data.find(kSep, start);
    if (at == std::string_view::npos) break;
    parts.emplace_back(data.substr(start, at - start));
    start = at + kSep.size();
  }
  parts.emplace_back(data.substr(start));
  return parts;
}

void import_twice(const std::string& package, ck::importer::DocumentFormat format) {
  ck::ooxml::PackageLimits limits;
  limits.max_part_bytes = 4u << 20;
  limits.max_total_bytes = 8u << 20;
  std::string error;
  auto doc = ck::importer::read_package_bytes(package, format, "ke-hoach.docx", error, limits);
  if (!doc) {
    require(error.rfind("ke-hoach.docx: ", 0) == 0);  // every refusal names the file
    return;
  }
  ck::importer::ImportOptions options;
  options.file = options.source_name = "ke-hoach.docx";
  auto result = ck::importer::import_document(*doc, options);
  if (result.ok) require(nlohmann::json::accept(result.json));
  auto again = ck::importer::import_document(*doc, options);
  require(again.ok == result.ok && again.json == result.json && again.markdown == result.markdown);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  if (input.rfind("PK", 0) == 0) {
    import_twice(std::string(input), ck::importer::DocumentFormat::Docx);
    import_twice(std::string(input), ck::importer::DocumentFormat::Odt);
    return 0;
  }
  std::vector<std::string> parts = parts_of(input);
  static const char* kDocx[] = {"word/document.xml", "word/numbering.xml", "word/styles.xml",
                                "word/footnotes.xml"};
  std::vector<std::pair<std::string, std::string>> docx, odt;
  for (size_t i = 0; i < parts.size(); ++i) docx.emplace_back(kDocx[i], parts[i]);
  odt.emplace_back("content.xml", parts[0]);
  if (parts.size() > 2) odt.emplace_back("styles.xml", parts[2]);
  import_twice(ck::testing::make_zip(docx, false), ck::importer::DocumentFormat::Docx);
  import_twice(ck::testing::make_zip(odt, false), ck::importer::DocumentFormat::Odt);
  return 0;
}
