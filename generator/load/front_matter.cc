#include "load/front_matter.h"

#include "config/yaml_fields.h"
#include "util/text.h"
#include "validate/nesting_depth.h"

namespace ck {

std::optional<FrontMatterDocument> parse_front_matter(const std::string& text, const std::string& file,
                                                      Diagnostics& diags) {
  FrontMatterDocument doc;
  doc.fields = YAML::Node(YAML::NodeType::Map);
  if (text.rfind("---\n", 0) != 0) {
    diags.error(file, 1, 1,
                "thiếu phần thông tin đầu tệp (front matter) — tệp phải bắt đầu bằng một dòng \"---\", "
                "các dòng \"khóa: giá trị\", rồi một dòng \"---\"");
    return std::nullopt;
  }
  size_t yaml_start = 4;
  size_t close = text.find("\n---", yaml_start - 1);
  while (close != std::string::npos) {
    size_t after = close + 4;
    if (after >= text.size() || text[after] == '\n') break;
    close = text.find("\n---", after);
  }
  if (close == std::string::npos) {
    diags.error(
        file, 1, 1,
        "phần thông tin đầu tệp chưa được đóng — thêm một dòng \"---\" sau các dòng \"khóa: giá trị\"");
    return std::nullopt;
  }
  std::string yaml = text.substr(yaml_start, close + 1 - yaml_start);
  size_t body_start = std::min(text.size(), close + 5);
  doc.body = text.substr(body_start);
  doc.fields_first_line = 1;
  if (auto at = yaml_depth_excess(yaml)) {
    auto [line, col] = line_col_at(yaml, *at);
    diags.error(file, line + 1, col, nesting_depth_message());
    return std::nullopt;
  }
  try {
    YAML::Node node = YAML::Load(yaml);
    if (node.IsNull()) return doc;
    if (!node.IsMap()) {
      diags.error(file, 2, 1, "phần thông tin đầu tệp phải gồm các dòng \"khóa: giá trị\"");
      return std::nullopt;
    }
    doc.fields = node;
  } catch (const YAML::Exception& e) {
    diags.error(file, e.mark.line + 2, e.mark.column + 1,
                "không đọc được phần thông tin đầu tệp (" + yaml_error_text(e) +
                    ") — kiểm tra dấu hai chấm, thụt lề; đặt văn bản có dấu \":\" trong ngoặc kép");
    return std::nullopt;
  }
  return doc;
}

}  // namespace ck
