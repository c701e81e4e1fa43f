#include "load/commune_contact.h"

#include "config/config.h"
#include "util/text.h"

namespace ck {

bool is_phone_text(std::string_view text) {
  int digits = 0;
  auto number_ends = [&] {
    bool ok = digits >= 3 && digits <= 15;
    digits = 0;
    return ok;
  };
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c >= '0' && c <= '9') {
      ++digits;
    } else if (c == ',' || c == ';') {
      if (!number_ends()) return false;
    } else if (c == '+') {
      if (digits != 0) return false;  // only before a number
    } else if (c != ' ' && c != '.' && c != '-' && c != '(' && c != ')') {
      return false;
    }
  }
  return number_ends();
}

bool is_email_address(std::string_view text) {
  size_t at = text.find('@');
  if (at == 0 || at == std::string_view::npos || text.find('@', at + 1) != std::string_view::npos)
    return false;
  std::string_view domain = text.substr(at + 1);
  size_t dot = domain.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || dot + 1 == domain.size() ||
      domain.find("..") != domain.npos)
    return false;
  for (unsigned char c : text)
    if (c <= 0x20 || c >= 0x7F || c == '"' || c == '\'' || c == '<' || c == '>' || c == '(' || c == ')' ||
        c == ',' || c == ';' || c == ':' || c == '\\' || c == '`')
      return false;
  return true;
}

namespace {

// An http(s) address at `key`, or "" and an error at its line saying what to write (`what`, `example`):
// a javascript: or relative link never reaches a citizen's page.
std::string read_web_address(YamlFields& f, const char* key, const std::string& what, const std::string& example) {
  auto url = f.string(key);
  if (!url) return "";
  std::string value = trim(*url);
  if (is_http_url(value)) return value;
  if (!value.empty())
    f.error_at(f.node(key), "\"" + std::string(key) + "\": \"" + value + "\" không phải địa chỉ web — ghi " + what +
                                ", bắt đầu bằng https:// (vd. " + example + ")");
  return "";
}

}  // namespace

std::string read_commune_portal_url(YamlFields& f) {
  return read_web_address(f, "cong_thong_tin", "địa chỉ cổng thông tin điện tử của xã",
                          "https://ten-xa.haiphong.gov.vn/");
}

CommuneContact read_commune_contact(YamlFields& f) {
  CommuneContact contact;
  contact.address = normalize_space(f.string("dia_chi").value_or(""));
  if (auto phone = f.string("dien_thoai")) {
    std::string value = normalize_space(*phone);
    if (is_phone_text(value))
      contact.phone = value;
    else if (!value.empty())
      f.error_at(
          f.node("dien_thoai"),
          "số điện thoại \"" + value +
              "\" không hợp lệ — chỉ ghi chữ số, dấu cách, dấu chấm hoặc gạch nối (vd. 0225 3883 456); "
              "nhiều số cách nhau bằng dấu phẩy");
  }
  if (auto email = f.string("email")) {
    std::string value = trim(*email);
    if (is_email_address(value))
      contact.email = value;
    else if (!value.empty())
      f.error_at(f.node("email"),
                 "thư điện tử \"" + value + "\" không hợp lệ — ghi dạng ten@ten-mien.gov.vn");
  }
  contact.feedback_url = read_web_address(f, "trang_gop_y", "địa chỉ trang góp ý của cổng thông tin",
                                          "https://ten-xa.haiphong.gov.vn/gop-y");
  return contact;
}

}  // namespace ck
