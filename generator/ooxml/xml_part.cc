#include "ooxml/xml_part.h"

namespace ck::ooxml {

void parse_xml(pugi::xml_document& doc, const std::string& xml, const std::string& archive_name,
               const std::string& part) {
  // No DOCTYPE processing in pugixml: entity expansion ("billion laughs") cannot happen.
  pugi::xml_parse_result r = doc.load_buffer(xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata_single,
                                             pugi::encoding_utf8);
  if (!r)
    throw PackageError(archive_name + ": phần \"" + part + "\" không phải XML hợp lệ (byte " + std::to_string(r.offset) +
                       ": " + r.description() + ") — mở tệp bằng Word, Excel hoặc LibreOffice rồi lưu lại");
}

std::string_view local_name(const pugi::xml_node& node) {
  std::string_view n = node.name();
  auto colon = n.find(':');
  return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

std::string_view local_name(const pugi::xml_attribute& attr) {
  std::string_view n = attr.name();
  auto colon = n.find(':');
  return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

pugi::xml_node child(const pugi::xml_node& node, std::string_view local) {
  for (pugi::xml_node c : node.children())
    if (local_name(c) == local) return c;
  return {};
}

pugi::xml_attribute attribute(const pugi::xml_node& node, std::string_view local) {
  for (pugi::xml_attribute a : node.attributes())
    if (local_name(a) == local) return a;
  return {};
}

int attribute_int(const pugi::xml_node& node, std::string_view local, int fallback, size_t max_digits) {
  std::string_view v = node ? attribute(node, local).value() : "";
  if (v.empty() || v.size() > max_digits) return fallback;
  int out = 0;
  for (char c : v) {
    if (c < '0' || c > '9') return fallback;
    out = out * 10 + (c - '0');
  }
  return out;
}

}  // namespace ck::ooxml
