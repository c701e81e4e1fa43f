#include "importer/document_meta.h"

#include <algorithm>

#include "importer/markers.h"
#include "importer/scan.h"
#include "importer/signature.h"
#include "importer/vn_text.h"
#include "util/civil_date.h"
#include "util/slug.h"
#include "util/text.h"

namespace ck::importer {
namespace {

std::string clean(const Line& l) { return normalize_space(l.text); }

std::string kind_of(const std::string& t);

// The first main section: a line "I. …", or (in a Word/ODF document) a
// main-level heading after the title's kind line ("KẾ HOẠCH").
size_t first_section(const std::vector<Line>& text) {
  bool seen_kind = false;
  for (size_t i = 0; i < text.size(); ++i) {
    std::string t = clean(text[i]);
    if (match_marker(t).kind == Marker::Roman) return i;
    if (seen_kind && text[i].heading == 1 && kind_of(t).empty()) return i;
    seen_kind = seen_kind || !kind_of(t).empty();
  }
  return text.size();
}

bool is_motto(const std::string& t) {
  std::string s = slugify(t);
  return s == "cong-hoa-xa-hoi-chu-nghia-viet-nam" || s == "doc-lap-tu-do-hanh-phuc";
}

// "Số: 07/QĐ-UBND" -> "07/QĐ-UBND"; "Số:     /KH-UBND" -> "/KH-UBND".
bool read_number_line(const std::string& t, std::string& number) {
  if (!starts_with(t, "Số") || t.size() < 5 || (t[4] != ':' && t[4] != ' ')) return false;
  std::string rest = trim(std::string_view(t).substr(t[4] == ':' ? 5 : 4));
  if (starts_with(rest, ":")) rest = trim(rest.substr(1));
  if (!rest.empty() && rest[0] != '/' && (rest[0] < '0' || rest[0] > '9')) return false;
  number.clear();
  for (char c : rest)
    if (c != ' ') number.push_back(c);
  return true;
}

std::string two(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

// "ngày 07 tháng 01 năm 2026", "ngày tháng 01 năm 2026", "ngày 07/01/2026":
// day and month may be left blank on drafts.
bool read_date(Scanner& sc, int& day, int& month, int& year) {
  sc.skip_spaces();
  day = sc.integer(1, 2).value_or(0);
  sc.skip_spaces();
  if (sc.eat("tháng")) {
    sc.skip_spaces();
    month = sc.integer(1, 2).value_or(0);
    sc.skip_spaces();
    if (!sc.eat("năm")) return false;
  } else {
    if (!sc.eat("/")) return false;
    sc.skip_spaces();
    month = sc.integer(1, 2).value_or(0);
    sc.skip_spaces();
    if (!sc.eat("/")) return false;
  }
  sc.skip_spaces();
  auto y = sc.integer(4, 4);
  sc.skip_spaces();
  if (!y || !sc.at_end()) return false;
  year = *y;
  return true;
}

// "Tiên Lãng, ngày tháng 01 năm 2026" -> place "Tiên Lãng", date "2026-01".
bool read_date_line(const std::string& t, PlanMeta& meta, std::string& problem) {
  size_t comma = t.find(", ngày");
  if (comma == std::string::npos || comma == 0) return false;
  Scanner sc(t, comma + std::string_view(", ngày").size());
  int day = 0, month = 0, year = 0;
  if (!read_date(sc, day, month, year)) return false;
  meta.place = trim(t.substr(0, comma));
  if (month < 0 || month > 12 || (day && (!month || !CivilDate::valid(year, month, day)))) {
    problem = "ngày ban hành không hợp lệ: “" + t + "”; để trống “ngay_ban_hanh”";
    return true;
  }
  meta.issued = std::to_string(year);
  if (month) meta.issued += "-" + two(month);
  if (month && day) meta.issued += "-" + two(day);
  return true;
}

// "KẾ HOẠCH" -> "Kế hoạch". A kind line stands alone, in capitals; "QUYẾT ĐỊNH:"
// (with a colon) is the operative word inside a decision, not a title.
std::string kind_of(const std::string& t) {
  if (!is_upper_line(t) || ends_with(t, ":")) return {};
  std::string s = slugify(t);
  if (s == "ke-hoach" || s == "quyet-dinh" || s == "chuong-trinh" || s == "ke-hoach-hanh-dong")
    return sentence_case(t);
  return {};
}

struct TitleBlock {
  std::string kind;
  std::string subject;
  std::vector<size_t> lines;  // the kind line and the subject lines
};

// The subject lines under a kind line: short, not capitals, not numbered, not
// a sentence ("Thực hiện Quyết định … như sau:" is the preamble, not the title).
TitleBlock read_title_block(const std::vector<Line>& text, size_t i, size_t end) {
  TitleBlock b{kind_of(clean(text[i])), "", {i}};
  std::vector<std::string> subject;
  for (size_t j = i + 1; j < end && subject.size() < 3; ++j) {
    std::string t = clean(text[j]);
    if (t.empty()) continue;
    bool fits = !is_upper_line(t) && !starts_with(t, "(") && match_marker(t).kind == Marker::None &&
                !ends_clause(t) && word_count(t) <= 25;
    if (!fits) break;
    subject.push_back(t);
    b.lines.push_back(j);
  }
  b.subject = join(subject, " ");
  return b;
}

// "giai đoạn 2026 - 2030" -> "2026-2030"; "năm 2026" -> "2026".
std::string read_period(const std::string& title) {
  for (size_t i = 0; i < title.size(); ++i) {
    if (!Scanner::is_digit(title[i]) || (i > 0 && Scanner::is_digit(title[i - 1]))) continue;
    Scanner sc(title, i);
    auto first = sc.integer(4, 4);
    sc.skip_spaces();
    if (!first || !(sc.eat("-") || sc.eat("–"))) continue;
    sc.skip_spaces();
    if (auto last = sc.integer(4, 4)) return std::to_string(*first) + "-" + std::to_string(*last);
  }
  for (size_t p = title.find("năm "); p != std::string::npos; p = title.find("năm ", p + 1)) {
    Scanner sc(title, p + std::string_view("năm ").size());
    if (auto y = sc.integer(4, 4)) return std::to_string(*y);
  }
  return {};
}

}  // namespace

std::vector<std::string> find_document_numbers(std::string_view text) {
  std::vector<std::string> found;
  constexpr std::string_view kSo = "số";
  size_t pos = 0;
  while ((pos = text.find(kSo, pos)) != std::string_view::npos) {
    size_t i = pos + kSo.size();
    pos = i;
    while (i < text.size() && (text[i] == ' ' || text[i] == ':')) ++i;
    if (i >= text.size() || text[i] < '0' || text[i] > '9') continue;
    size_t end = text.find_first_of(" ,;()", i);
    std::string token =
        trim_right_chars(text.substr(i, end == std::string_view::npos ? text.size() - i : end - i), ".");
    if (token.find('/') == std::string::npos) continue;
    if (std::find(found.begin(), found.end(), token) == found.end()) found.push_back(token);
  }
  return found;
}

std::string restore_case(std::string_view upper, std::string_view place) {
  std::string s = sentence_case(normalize_space(upper));
  // Organs keep their capital inside a name ("Chủ tịch Ủy ban nhân dân …").
  for (std::string_view organ : {"ủy ban nhân dân", "uỷ ban nhân dân", "hội đồng nhân dân"}) {
    std::string cap = sentence_case(organ);
    for (size_t p = s.find(organ, 1); p != std::string::npos; p = s.find(organ, p + 1))
      s.replace(p, organ.size(), cap);
  }
  std::string lower_place = to_lower(place);
  if (!place.empty() && ends_with(s, " " + lower_place))
    s.replace(s.size() - lower_place.size(), lower_place.size(), place);
  return s;
}

namespace {

// The issuer, from the first source that names it: the capitals heading the
// page, "(Kèm theo … của X)", "…, X ban hành Kế hoạch", or a capitals line
// "CHỦ TỊCH ỦY BAN NHÂN DÂN …" above a decision's preamble.
std::string find_issuer(const std::vector<Line>& text, const std::vector<size_t>& header, size_t head_end,
                        const PlanMeta& meta) {
  std::vector<std::string> caps;
  for (size_t i : header) caps.push_back(clean(text[i]));
  if (!caps.empty()) return restore_case(join(caps, " "), meta.place);
  for (size_t i = 0; i < text.size(); ++i) {
    if (!starts_with(clean(text[i]), "(Kèm theo")) continue;
    std::string joined = clean(text[i]);
    for (size_t j = i + 1; j < text.size() && j < i + 4 && joined.find(')') == std::string::npos; ++j)
      if (!clean(text[j]).empty()) joined += " " + clean(text[j]);
    std::string note = trim_right_chars(joined, ".");
    constexpr std::string_view kOf = " của ";
    size_t of = note.rfind(kOf);
    if (of == std::string::npos || !ends_with(note, ")")) continue;
    size_t from = of + kOf.size();
    return trim(note.substr(from, note.size() - 1 - from));
  }
  // "…, Ủy ban nhân dân xã Tiên Lãng ban hành Kế hoạch …"
  for (size_t i = 0; i < head_end; ++i) {
    std::string t = clean(text[i]);
    size_t start = t.find(", Ủy ban nhân dân ");
    size_t end = start == std::string::npos ? start : t.find(" ban hành", start);
    if (end != std::string::npos && t.find(',', start + 1) > end) return t.substr(start + 2, end - start - 2);
  }
  for (size_t i = 0; i < head_end; ++i) {
    std::string t = clean(text[i]);
    if (is_upper_line(t) && starts_with(slugify(t), "chu-tich-uy-ban-nhan-dan"))
      return restore_case(t, meta.place);
  }
  return {};
}

}  // namespace

MetaResult read_meta(const std::vector<Line>& text, const std::string& file, Diagnostics& diags) {
  MetaResult r;
  r.roles.assign(text.size(), LineRole::Body);
  PlanMeta& meta = r.meta;
  size_t head_end = first_section(text);
  std::vector<size_t> header;  // capitals above the number and date: the issuer
  std::vector<TitleBlock> titles;
  bool seen_number = false, seen_date = false;
  for (size_t i = 0; i < head_end; ++i) {
    std::string t = clean(text[i]);
    std::string problem;
    if (t.empty()) continue;
    if (is_motto(t)) {
      r.roles[i] = LineRole::Omitted;
      diags.warning(file, text[i].no, 0,
                    "bỏ quốc hiệu, tiêu ngữ “" + t + "” (có trên mọi văn bản, không thuộc kế hoạch)");
    } else if (!seen_number && read_number_line(t, meta.number)) {
      seen_number = true;
      r.roles[i] = LineRole::Consumed;
    } else if (!seen_date && read_date_line(t, meta, problem)) {
      seen_date = true;
      r.roles[i] = LineRole::Consumed;
      if (!problem.empty()) diags.warning(file, text[i].no, 0, problem);
    } else if (!kind_of(t).empty()) {
      titles.push_back(read_title_block(text, i, head_end));
      i = titles.back().lines.back();
    } else if (titles.empty() && !seen_date && is_upper_line(t)) {
      header.push_back(i);
      r.roles[i] = LineRole::Consumed;
    }
  }
  if (titles.empty()) {
    diags.error(file, 0, 0, "không tìm thấy tên văn bản (dòng “KẾ HOẠCH” hoặc “QUYẾT ĐỊNH” và trích yếu)");
    return r;
  }
  // A Kế hoạch's title block goes to front matter; a decision keeps its own
  // title in the text and takes the title of the plan it issues.
  const TitleBlock* plan = &titles.front();
  meta.kind = titles.front().kind;
  LineRole title_role = LineRole::Consumed;
  if (slugify(meta.kind) == "quyet-dinh") {
    title_role = LineRole::Title;
    for (auto& t : titles)
      if (slugify(t.kind) != "quyet-dinh") {
        plan = &t;
        break;
      }
  }
  for (auto& t : titles)
    for (size_t l : t.lines) r.roles[l] = &t == &titles.front() || &t == plan ? title_role : LineRole::Title;
  meta.title = plan->subject.empty() ? plan->kind : plan->kind + " " + plan->subject;
  if (plan->subject.empty())
    diags.warning(file, text[plan->lines[0]].no, 0, "văn bản không có trích yếu dưới “" + plan->kind + "”");
  if (!seen_number) diags.warning(file, 0, 0, "không có dòng “Số: …”; để trống “so_hieu”");
  if (!seen_date)
    diags.warning(file, 0, 0, "không có dòng địa danh, ngày tháng; để trống “ngay_ban_hanh”, “dia_danh”");

  meta.period = read_period(meta.title);
  if (meta.period.empty() && meta.issued.size() >= 4) {
    meta.period = meta.issued.substr(0, 4);
    diags.warning(file, text[plan->lines[0]].no, 0,
                  "tên văn bản không ghi năm hay giai đoạn; lấy năm ban hành " + meta.period + " làm “ky”");
  } else if (meta.period.empty()) {
    diags.error(file, text[plan->lines[0]].no, 0, "không xác định được kỳ kế hoạch (năm hoặc giai đoạn)");
  }

  meta.issuer = find_issuer(text, header, head_end, meta);
  if (meta.issuer.empty())
    diags.warning(file, 0, 0, "không tìm thấy cơ quan ban hành; để trống “co_quan_ban_hanh”");

  // What the plan implements: documents cited between its title and section I.
  // "(Kèm theo Quyết định số 07/…)" names the issuing decision, not what is implemented.
  std::string preamble;
  bool in_annex_note = false;
  for (size_t i = plan->lines.back() + 1; i < head_end; ++i) {
    std::string t = clean(text[i]);
    if (starts_with(t, "(Kèm theo")) in_annex_note = true;
    if (!in_annex_note && r.roles[i] == LineRole::Body) preamble += t + " ";
    if (in_annex_note && t.find(')') != std::string::npos) in_annex_note = false;
  }
  meta.implements = find_document_numbers(preamble);

  read_closing(text, head_end, r.roles, meta, file, diags);
  return r;
}

}  // namespace ck::importer
