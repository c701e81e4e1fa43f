// libFuzzer target for `congkhai import`: any text as a plan document. Beyond
// "no crash, no hang, no leak": an import is deterministic, and a successful
// one writes a data file that is valid JSON and a Markdown file that opens
// with front matter.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include <nlohmann/json.hpp>

#include "importer/importer.h"

namespace {

void require(bool ok) {
  if (!ok) std::abort();  // libFuzzer reports the input that got here
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  ck::importer::ImportOptions options;
  options.file = "ke-hoach.txt";
  options.source_name = "ke-hoach.txt";
  auto result = ck::importer::import_plan(text, options);
  if (result.ok) {
    require(nlohmann::json::accept(result.json));
    require(result.markdown.rfind("---\n", 0) == 0);
  }
  auto again = ck::importer::import_plan(text, options);
  require(again.ok == result.ok && again.json == result.json && again.markdown == result.markdown);
  require(again.diags.format_all() == result.diags.format_all());
  return 0;
}
