#include "importer/signature.h"

#include "importer/layout.h"
#include "importer/markers.h"
#include "importer/vn_text.h"
#include "util/slug.h"
#include "util/text.h"

namespace ck::importer {
namespace {

std::string clean(const Line& l) { return normalize_space(l.text); }

std::string unstar(const std::string& s) {
  std::string out;
  for (char c : s)
    if (c != '*') out.push_back(c);
  return trim(out);
}

bool has_digit(const std::string& s) { return s.find_first_of("0123456789") != std::string::npos; }

// "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH": short lines in capitals.
bool is_role_line(const std::string& t) {
  return is_upper_line(t) && word_count(t) <= 8 && match_marker(t).kind == Marker::None && !has_digit(t) &&
         slugify(t) != "ke-hoach" && slugify(t) != "quyet-dinh";
}

bool starts_role(const std::string& t) {
  std::string s = slugify(t);
  return is_role_line(t) && (starts_with(s, "tm-") || starts_with(s, "kt-") || starts_with(s, "q-") ||
                             starts_with(s, "chu-tich") || starts_with(s, "pho-chu-tich"));
}

// Reads role lines then the signer's name from line `j`; returns true when found.
bool read_signature(const std::vector<Line>& text, size_t j, std::vector<LineRole>& roles, PlanMeta& meta) {
  std::vector<std::string> role_lines;
  std::vector<size_t> at;
  for (; j < text.size() && role_lines.size() < 3; ++j) {
    std::string t = unstar(clean(text[j]));
    if (t.empty()) continue;
    if (!is_role_line(t)) break;
    role_lines.push_back(t);
    at.push_back(j);
  }
  while (j < text.size() && clean(text[j]).empty()) ++j;
  if (role_lines.empty() || j >= text.size()) return false;
  std::string name = unstar(clean(text[j]));
  if (is_upper_line(name) || word_count(name) > 6 || ends_clause(name) || has_digit(name)) return false;
  for (size_t k : at) roles[k] = LineRole::SignatureRole;
  roles[j] = LineRole::SignatureName;
  meta.signer_role = join(role_lines, " / ");
  meta.signer = name;
  return true;
}

// "- UBND thành phố;" -> "UBND thành phố". Returns the line after the list.
size_t read_recipients(const std::vector<Line>& text, size_t i, std::vector<LineRole>& roles,
                       PlanMeta& meta) {
  roles[i] = LineRole::RecipientsHead;
  size_t j = i + 1;
  for (; j < text.size(); ++j) {
    std::string t = clean(text[j]);
    if (t.empty()) continue;
    if (!starts_with(t, "- ") && !starts_with(t, "+ ")) break;
    roles[j] = LineRole::Recipient;
    meta.recipients.push_back(trim_right_chars(t.substr(2), ";.,"));
  }
  return j;
}

}  // namespace

void read_closing(const std::vector<Line>& text, size_t body_start, std::vector<LineRole>& roles,
                  PlanMeta& meta, const std::string& file, Diagnostics& diags) {
  for (size_t i = 0; i < text.size(); ++i) {
    std::string t = clean(text[i]);
    if (roles[i] != LineRole::Body) continue;
    if (is_page_number(t)) {
      roles[i] = LineRole::PageNumber;
      diags.warning(file, text[i].no, 0, "bỏ số trang “" + t + "”");
    } else if (i >= body_start && word_count(t) <= 4 && starts_with(slugify(t), "phu-luc")) {
      roles[i] = LineRole::AppendixHead;
    }
  }
  bool signed_found = false, recipients_found = false;
  for (size_t i = 0; i < text.size() && !recipients_found; ++i) {
    if (roles[i] != LineRole::Body || !starts_with(slugify(clean(text[i])), "noi-nhan") ||
        word_count(clean(text[i])) > 3)
      continue;
    recipients_found = true;
    signed_found = read_signature(text, read_recipients(text, i, roles, meta), roles, meta);
  }
  for (size_t i = body_start; i < text.size() && !signed_found; ++i)
    if (roles[i] == LineRole::Body && starts_role(unstar(clean(text[i]))))
      signed_found = read_signature(text, i, roles, meta);
  if (!recipients_found) diags.warning(file, 0, 0, "không tìm thấy “Nơi nhận:”; để trống “noi_nhan”");
  if (!signed_found) diags.warning(file, 0, 0, "không tìm thấy người ký; để trống “nguoi_ky”, “chuc_vu_ky”");
}

}  // namespace ck::importer
