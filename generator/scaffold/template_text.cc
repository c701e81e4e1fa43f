#include "scaffold/template_text.h"

namespace ck::scaffold {

std::optional<std::string> expand(std::string_view text, const Values& values, std::string& unknown) {
  static constexpr std::string_view kOpen = "@CK_";
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  while (true) {
    size_t start = text.find(kOpen, pos);
    if (start == std::string_view::npos) break;
    size_t end = text.find('@', start + 1);
    std::string_view name =
        end == std::string_view::npos ? text.substr(start + 1) : text.substr(start + 1, end - start - 1);
    auto it = end == std::string_view::npos ? values.end() : values.find(name);
    if (it == values.end()) {
      unknown = "@" + std::string(name.substr(0, 40)) + "@";
      return std::nullopt;
    }
    out.append(text.substr(pos, start - pos));
    out.append(it->second);
    pos = end + 1;
  }
  out.append(text.substr(pos));
  return out;
}

std::optional<std::string> output_path(std::string_view template_path, const Values& values,
                                       std::string& unknown) {
  std::string renamed;
  size_t pos = 0;
  while (pos <= template_path.size()) {
    size_t slash = template_path.find('/', pos);
    std::string_view segment =
        template_path.substr(pos, slash == std::string_view::npos ? std::string_view::npos : slash - pos);
    if (segment.starts_with("dot_")) {
      renamed += '.';
      segment.remove_prefix(4);
    }
    renamed.append(segment);
    if (slash == std::string_view::npos) break;
    renamed += '/';
    pos = slash + 1;
  }
  return expand(renamed, values, unknown);
}

std::string yaml_quoted(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

}  // namespace ck::scaffold
