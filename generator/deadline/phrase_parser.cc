#include "deadline/phrase_parser.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace ck::deadline_detail {
namespace {

// A position in the token list with matchers that consume on success. Every
// grammar rule saves `pos` and restores it when it fails, so rules can be
// tried one after another without side effects.
class Cursor {
 public:
  explicit Cursor(const Tokens& tokens) : t_(tokens) {}
  size_t pos = 0;

  bool done() const { return pos >= t_.size(); }
  const Token* peek(size_t ahead = 0) const { return pos + ahead < t_.size() ? &t_[pos + ahead] : nullptr; }
  bool peek_word(std::string_view w, size_t ahead = 0) const {
    const Token* t = peek(ahead);
    return t && t->type == TokenType::Word && t->text == w;
  }
  bool peek_punct(char c, size_t ahead = 0) const {
    const Token* t = peek(ahead);
    return t && t->type == TokenType::Punct && t->text[0] == c;
  }
  bool word(std::string_view w) { return peek_word(w) ? (++pos, true) : false; }
  // Both words in a row ("bat dau"), or neither consumed.
  bool words(std::string_view a, std::string_view b) {
    if (!peek_word(a) || !peek_word(b, 1)) return false;
    pos += 2;
    return true;
  }
  bool punct(char c) { return peek_punct(c) ? (++pos, true) : false; }
  // A number written with at most `max_digits` digits.
  std::optional<int> number(int max_digits) {
    const Token* t = peek();
    if (!t || t->type != TokenType::Number || t->digits > max_digits || t->value < 0) return std::nullopt;
    ++pos;
    return t->value;
  }
  // "6" or "sáu" (six), as in "6 tháng đầu năm".
  bool six() {
    const Token* t = peek();
    if (!t || !((t->type == TokenType::Number && t->value == 6 && t->digits == 1) || peek_word("sau")))
      return false;
    ++pos;
    return true;
  }
  // "một" or "1", as in "6 tháng một lần".
  bool one() {
    const Token* t = peek();
    if (!t || !((t->type == TokenType::Number && t->value == 1 && t->digits == 1) || peek_word("mot")))
      return false;
    ++pos;
    return true;
  }
  // A year is always written with four digits.
  std::optional<int> year() {
    const Token* t = peek();
    if (!t || t->type != TokenType::Number || t->digits != 4) return std::nullopt;
    ++pos;
    return t->value;
  }

 private:
  const Tokens& t_;
};

enum class Freq { Month, Quarter, Half, Year };

std::vector<int> months_of(Freq f) {
  switch (f) {
    case Freq::Month:
      return {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
    case Freq::Quarter:
      return {3, 6, 9, 12};
    case Freq::Half:
      return {6, 12};
    case Freq::Year:
      return {12};
  }
  return {};
}

// Words that name a deadline's form. A subject ("Báo cáo của UBND xã hoàn
// thành …") may not run through one of these: if the phrase does not parse at
// such a word, it is not understood.
bool is_hard_keyword(std::string_view w) {
  static constexpr std::array<std::string_view, 27> kWords{
      "truoc", "cham", "den",  "tu",    "bat",  "ngay", "hang", "moi",  "dinh",
      "sau",   "ke",   "khi",  "neu",   "hoac", "vao",  "han",  "tro",  "ca",
      "trong", "theo", "chua", "khong", "tre",  "cuoi", "dau",  "giua", "toi"};
  return std::find(kWords.begin(), kWords.end(), w) != kWords.end();
}

class Parser {
 public:
  Parser(const Tokens& tokens, const PlanPeriod& period) : c_(tokens), period_(period) {}

  std::optional<std::vector<Item>> items();
  bool continuous();

 private:
  enum class Conn { None, List, Range };

  bool at_item_end() const;
  bool separator();
  std::optional<Item> item();
  std::optional<Item> body();
  std::optional<Item> ended(std::optional<Item> (Parser::*rule)());
  bool subject_starter();

  std::optional<Item> recurring();
  std::optional<Item> recurring_day(std::optional<Freq> lead);
  std::optional<Item> recurring_unit(std::optional<Freq> lead);
  std::optional<Freq> frequency();
  bool frequency_is(std::optional<Freq> lead, Freq want);
  bool last_month_of_quarter();

  std::optional<Item> span();
  std::optional<Item> due();

  std::optional<Unit> unit(bool allow_bare_year);
  std::optional<Unit> continuation(UnitType previous);
  std::optional<Unit> day_date();
  std::optional<Unit> month(bool need_word);
  std::optional<Unit> quarter(bool need_word);
  std::optional<Unit> half();
  std::optional<Unit> year_unit(bool allow_bare);
  std::optional<int> year_suffix();
  std::optional<int> quarter_number();
  Conn connector();
  bool year_tail();

  Cursor c_;
  PlanPeriod period_;
};

// ---- items and their separators -------------------------------------------

std::optional<std::vector<Item>> Parser::items() {
  std::vector<Item> out;
  if (c_.done()) return std::nullopt;
  while (true) {
    auto it = item();
    if (!it) return std::nullopt;
    out.push_back(*it);
    if (c_.done()) return out;
    if (!separator() || c_.done()) return std::nullopt;
  }
}

bool Parser::at_item_end() const {
  return c_.done() || c_.peek_punct(',') || c_.peek_punct(';') || c_.peek_punct('.') || c_.peek_word("va");
}

bool Parser::separator() {
  if (c_.punct(',') || c_.punct(';') || c_.punct('.')) {
    c_.word("va");
    return true;
  }
  return c_.word("va");
}

// A rule's result counts only when the item ends right after it.
std::optional<Item> Parser::ended(std::optional<Item> (Parser::*rule)()) {
  size_t save = c_.pos;
  auto it = (this->*rule)();
  if (it && at_item_end()) return it;
  c_.pos = save;
  return std::nullopt;
}

std::optional<Item> Parser::body() {
  if (auto it = ended(&Parser::recurring)) return it;
  if (auto it = ended(&Parser::span)) return it;
  return ended(&Parser::due);
}

bool Parser::subject_starter() {
  return c_.words("bao", "cao") || c_.words("hoan", "thanh") || c_.words("thuc", "hien") ||
         c_.words("trien", "khai") || c_.words("to", "chuc") || c_.words("ban", "hanh") || c_.word("gui") ||
         c_.word("nop") || c_.word("trinh");
}

// [subject] body. The subject says what is due ("Báo cáo của UBND xã hoàn
// thành", "báo cáo năm"); it is skipped word by word until the rest of the
// item parses, but never across a word that names a deadline form.
std::optional<Item> Parser::item() {
  size_t save = c_.pos;
  if (auto it = body()) return it;
  if (!subject_starter()) return std::nullopt;
  constexpr int kMaxSubjectWords = 12;
  for (int k = 0; k < kMaxSubjectWords && !c_.done(); ++k) {
    if (auto it = body()) return it;
    const Token& t = *c_.peek();
    bool six_months = t.type == TokenType::Number && t.value == 6 && c_.peek_word("thang", 1);
    bool plain_word = t.type == TokenType::Word && !is_hard_keyword(t.text);
    if (!plain_word && !six_months) break;
    ++c_.pos;
  }
  c_.pos = save;
  return std::nullopt;
}

// ---- recurring: "hằng quý", "trước ngày 10 của tháng cuối quý" --------------

// "hằng tháng", "hàng quý", "mỗi năm", "định kỳ hằng quý", "định kỳ 6 tháng",
// "6 tháng một lần". A bare "định kỳ" says nothing about when: not a frequency.
std::optional<Freq> Parser::frequency() {
  size_t save = c_.pos;
  c_.word("cua");
  bool periodic = c_.words("dinh", "ky");
  bool every = c_.word("hang") || c_.word("moi");
  if (every || periodic) {
    if (c_.word("thang")) return Freq::Month;
    if (c_.word("quy")) return Freq::Quarter;
    if (c_.word("nam")) return Freq::Year;
  }
  if (!every && c_.six() && c_.word("thang")) {
    size_t at = c_.pos;
    bool once = c_.one() && c_.word("lan");  // "6 tháng một lần"
    if (!once) c_.pos = at;
    if (periodic || once) return Freq::Half;
  }
  c_.pos = save;
  return std::nullopt;
}

// "của tháng cuối quý", "tháng cuối cùng của mỗi quý".
bool Parser::last_month_of_quarter() {
  size_t save = c_.pos;
  c_.word("cua");
  if (c_.word("thang") && c_.word("cuoi")) {
    c_.word("cung");
    c_.word("cua");
    if (!c_.word("moi")) c_.word("hang");
    if (c_.word("quy")) return true;
  }
  c_.pos = save;
  return false;
}

std::optional<Item> Parser::recurring() {
  size_t save = c_.pos;
  std::optional<Freq> lead = frequency();
  size_t after_lead = c_.pos;
  if (lead) c_.punct(',');  // "Hằng tháng, trước ngày 05"
  if (auto it = recurring_day(lead)) return it;
  if (auto it = recurring_unit(lead)) return it;
  c_.pos = after_lead;
  if (lead && at_item_end()) {  // "Hằng quý": the last day of each quarter
    Item it{Item::Type::Recurring};
    it.schedule.months = months_of(*lead);
    return it;
  }
  c_.pos = save;
  return std::nullopt;
}

// A frequency after the day or unit ("… hằng năm"), unless one came before it.
// Exactly one of the two must be given, and it must be `want`.
bool Parser::frequency_is(std::optional<Freq> lead, Freq want) {
  size_t at = c_.pos;
  c_.punct(',');
  std::optional<Freq> trail = frequency();
  if (!trail) c_.pos = at;
  return lead ? (*lead == want && !trail) : trail == want;
}

// "[trước|chậm nhất] ngày N" + "của tháng cuối quý" | "hằng tháng" | "/M hằng năm".
std::optional<Item> Parser::recurring_day(std::optional<Freq> lead) {
  size_t save = c_.pos;
  bool before = c_.word("truoc");
  if (!before && c_.words("cham", "nhat")) {
    if (!c_.word("la")) c_.word("vao");
  } else if (!before) {
    c_.word("vao");
  }
  std::optional<int> day = c_.word("ngay") ? c_.number(2) : std::nullopt;
  if (day) {
    Item it{Item::Type::Recurring};
    it.schedule.day = *day;
    it.schedule.before = before;
    if (last_month_of_quarter()) {
      // The quarter's last month is named, so a frequency is optional, but must be quarterly.
      size_t at = c_.pos;
      c_.punct(',');
      std::optional<Freq> trail = frequency();
      if (!trail) c_.pos = at;
      if ((!lead || lead == Freq::Quarter) && (!trail || trail == Freq::Quarter)) {
        it.schedule.months = months_of(Freq::Quarter);
        return it;
      }
    } else if (c_.punct('/') || c_.word("thang")) {
      std::optional<int> month = c_.number(2);
      if (month && frequency_is(lead, Freq::Year)) {
        it.schedule.months = {*month};
        return it;
      }
    } else if (frequency_is(lead, Freq::Month)) {
      it.schedule.months = months_of(Freq::Month);
      return it;
    }
  }
  c_.pos = save;
  return std::nullopt;
}

// "Tháng 11 hằng năm", "Quý IV hằng năm", "6 tháng đầu năm hằng năm": the
// unit's last day, every year. The unit must not name its own year.
std::optional<Item> Parser::recurring_unit(std::optional<Freq> lead) {
  size_t save = c_.pos;
  c_.word("trong");
  std::optional<Unit> u = month(true);
  if (!u) u = quarter(true);
  if (!u) u = half();
  if (u && u->year == 0 && frequency_is(lead, Freq::Year)) {
    // Any year will do: only the month of the unit's last day matters.
    if (auto bounds = unit_bounds(*u, 2000)) {
      Item it{Item::Type::Recurring};
      it.schedule.months = {bounds->second.month};
      return it;
    }
  }
  c_.pos = save;
  return std::nullopt;
}

// ---- spans: "Tháng 01/2026 đến tháng 5/2026", "Quý III, IV/2026" ------------

Parser::Conn Parser::connector() {
  size_t save = c_.pos;
  if (c_.punct(',')) {
    c_.word("va");
    return Conn::List;
  }
  if (c_.word("va") || c_.punct('&')) return Conn::List;
  if (c_.punct('-') || c_.word("toi") || c_.words("cho", "den")) return Conn::Range;
  if (c_.word("den")) {
    c_.word("het");
    return Conn::Range;
  }
  c_.pos = save;
  return Conn::None;
}

// "[Bắt đầu] từ | trong | ∅" unit (connector unit)*: a range from the first
// unit's first day to the last unit's last day; "từ" with one unit and no
// end is open-ended (from). Missing years come from the nearest unit to the
// right that has one ("Quý III, IV/2026"), else the plan's first year.
std::optional<Item> Parser::span() {
  size_t save = c_.pos;
  bool from = false, within = false;
  if (c_.words("bat", "dau")) {
    from = true;
    c_.word("tu");
  } else if (c_.words("ke", "tu") || c_.word("tu")) {
    from = true;
  } else if (c_.word("trong")) {
    within = true;
    c_.word("suot");
  }
  std::vector<Unit> units;
  bool listed = false;
  if (auto first = unit(within)) units.push_back(*first);
  while (!units.empty()) {
    size_t at = c_.pos;
    Conn conn = connector();
    std::optional<Unit> next;
    if (conn != Conn::None) next = unit(false);
    if (conn != Conn::None && !next) next = continuation(units.back().type);
    if (!next) {
      c_.pos = at;
      break;
    }
    listed = listed || conn == Conn::List;
    units.push_back(*next);
  }
  bool open_ended = from && units.size() == 1;
  if (open_ended) c_.words("tro", "di");
  bool has_day =
      std::any_of(units.begin(), units.end(), [](const Unit& u) { return u.type == UnitType::Day; });
  // Single days are due days, not spans; a list of days is several due days.
  if (units.empty() || (has_day && (listed || (units.size() == 1 && !from)))) {
    c_.pos = save;
    return std::nullopt;
  }
  int carry = period_.first_year;
  for (auto u = units.rbegin(); u != units.rend(); ++u) {
    if (u->year)
      carry = u->year;
    else
      u->year = carry;
  }
  Item it{open_ended ? Item::Type::From : Item::Type::Span};
  for (size_t i = 0; i < units.size(); ++i) {
    auto b = unit_bounds(units[i], units[i].year);
    if (!b || (i > 0 && b->first < it.start)) {  // not a real day, or going backwards
      c_.pos = save;
      return std::nullopt;
    }
    if (i == 0) it.start = b->first;
    it.end = i == 0 ? b->second : std::max(it.end, b->second);
  }
  return it;
}

// ---- single due days: "Trước ngày 13/01/2026", "Chậm nhất ngày 09/9/2026" ----

std::optional<Item> Parser::due() {
  size_t save = c_.pos;
  Item it{Item::Type::Due};
  bool said_day = false;
  if (c_.word("truoc")) {
    it.mode = DueMode::Before;
  } else if (c_.words("cham", "nhat")) {
    it.mode = DueMode::AtLatest;
    if (!c_.word("la") && !c_.word("vao")) c_.word("den");
  } else if (c_.word("den")) {
    it.mode = DueMode::AtLatest;
    c_.word("het");
  } else if (c_.word("vao") || c_.word("trong")) {
    said_day = c_.peek_word("ngay");
    if (!said_day) {
      c_.pos = save;
      return std::nullopt;
    }
  }
  said_day = c_.word("ngay") || said_day;
  std::optional<Unit> u = said_day ? day_date() : unit(false);
  if (!u || (it.mode == DueMode::OnDay && u->type != UnitType::Day)) {
    c_.pos = save;
    return std::nullopt;
  }
  it.unit = *u;
  return it;
}

// ---- units ------------------------------------------------------------------

std::optional<Unit> Parser::unit(bool allow_bare_year) {
  if (auto u = month(true)) return u;
  if (auto u = quarter(true)) return u;
  if (auto u = half()) return u;
  if (auto u = year_unit(allow_bare_year)) return u;
  size_t save = c_.pos;
  bool said_day = c_.word("ngay");
  if (auto u = day_date()) return u;
  if (said_day) c_.pos = save;
  return std::nullopt;
}

// After "Quý III," or "tháng 3 -" the unit word may be left out: "IV/2026", "6/2026".
std::optional<Unit> Parser::continuation(UnitType previous) {
  size_t save = c_.pos;
  std::optional<Unit> u;
  switch (previous) {
    case UnitType::Month:
      u = month(false);
      break;
    case UnitType::Quarter:
      u = quarter(false);
      break;
    case UnitType::Day:
      c_.word("ngay");
      u = day_date();
      break;
    case UnitType::Year:
      c_.word("nam");
      if (auto y = c_.year()) u = Unit{UnitType::Year, *y};
      break;
    case UnitType::Half:
      break;
  }
  if (!u) c_.pos = save;
  return u;
}

// "/2026", "năm 2026", "-2026".
std::optional<int> Parser::year_suffix() {
  size_t save = c_.pos;
  if (c_.punct('/') || c_.word("nam") || c_.punct('-')) {
    if (auto y = c_.year()) return y;
  }
  c_.pos = save;
  return std::nullopt;
}

// "15/01/2026", "15/01" (year missing), "15 tháng 3 năm 2026".
std::optional<Unit> Parser::day_date() {
  size_t save = c_.pos;
  auto d = c_.number(2);
  if (d) {
    bool slash = c_.punct('/');
    if (slash || c_.word("thang")) {
      if (auto m = c_.number(2)) {
        Unit u{UnitType::Day, 0, *m, *d};
        if (slash) {
          size_t at = c_.pos;
          auto y = c_.punct('/') ? c_.year() : std::nullopt;
          if (!y) c_.pos = at;
          if (!y) y = year_suffix();
          u.year = y.value_or(0);
        } else {
          u.year = year_suffix().value_or(0);
        }
        return u;
      }
    }
  }
  c_.pos = save;
  return std::nullopt;
}

// "Tháng 01/2026", "tháng 5 năm 2026", "tháng 10".
std::optional<Unit> Parser::month(bool need_word) {
  size_t save = c_.pos;
  bool said = c_.word("thang");
  if (said || !need_word) {
    if (auto m = c_.number(2)) return Unit{UnitType::Month, year_suffix().value_or(0), *m};
  }
  c_.pos = save;
  return std::nullopt;
}

std::optional<int> Parser::quarter_number() {
  static constexpr std::array<std::string_view, 4> kRoman{"i", "ii", "iii", "iv"};
  for (size_t i = 0; i < kRoman.size(); ++i)
    if (c_.word(kRoman[i])) return static_cast<int>(i) + 1;
  size_t save = c_.pos;
  auto n = c_.number(1);
  if (n && *n >= 1 && *n <= 4) return n;
  c_.pos = save;
  return std::nullopt;
}

// "Quý I/2026", "Quý 2/2026", "quý III năm 2026".
std::optional<Unit> Parser::quarter(bool need_word) {
  size_t save = c_.pos;
  bool said = c_.word("quy");
  if (said || !need_word) {
    if (auto q = quarter_number()) return Unit{UnitType::Quarter, year_suffix().value_or(0), *q};
  }
  c_.pos = save;
  return std::nullopt;
}

// "6 tháng đầu năm 2026", "sáu tháng cuối năm", "6 tháng đầu/2026".
std::optional<Unit> Parser::half() {
  size_t save = c_.pos;
  if (c_.six() && c_.word("thang")) {
    int h = c_.word("dau") ? 1 : c_.word("cuoi") ? 2 : 0;
    if (h) {
      Unit u{UnitType::Half, 0, h};
      size_t at = c_.pos;
      if (c_.word("nam")) {
        u.year = c_.year().value_or(0);
      } else if (auto y = year_suffix()) {
        u.year = *y;
      } else {
        c_.pos = at;
      }
      return u;
    }
  }
  c_.pos = save;
  return std::nullopt;
}

// "Cả năm 2026", "Năm 2026", "giai đoạn 2026", "2026"; "Cả năm" and, when
// `allow_bare` (after "trong"), "năm" alone leave the year out.
std::optional<Unit> Parser::year_unit(bool allow_bare) {
  size_t save = c_.pos;
  if (c_.words("ca", "nam")) return Unit{UnitType::Year, c_.year().value_or(0)};
  bool said_year = c_.word("nam");
  if (said_year || c_.words("giai", "doan")) {
    if (auto y = c_.year()) return Unit{UnitType::Year, *y};
    if (said_year && allow_bare) return Unit{UnitType::Year, 0};
    c_.pos = save;
    return std::nullopt;
  }
  if (auto y = c_.year()) return Unit{UnitType::Year, *y};
  return std::nullopt;
}

// ---- continuous -------------------------------------------------------------

// An optional period qualifier after "Thường xuyên": "trong năm 2026",
// "cả năm", "giai đoạn 2026 - 2030", "hằng năm", "trong kỳ kế hoạch".
bool Parser::year_tail() {
  if (!c_.punct(',')) c_.punct('-');
  if (c_.words("hang", "nam") || c_.words("moi", "nam")) return c_.done();
  bool within = c_.word("trong");
  c_.word("suot");
  if (c_.words("ky", "ke")) return c_.word("hoach") && c_.done();
  if (!year_unit(within)) return false;
  size_t at = c_.pos;
  if (c_.punct('-') || c_.word("den")) {  // "giai đoạn 2026 - 2030"
    c_.word("nam");
    if (!c_.year()) c_.pos = at;
  }
  return c_.done();
}

bool Parser::continuous() {
  c_.words("thuc", "hien");
  bool head = c_.words("thuong", "xuyen") || c_.words("lien", "tuc");
  if (!head) return false;
  size_t at = c_.pos;
  if (!c_.punct(',')) c_.word("va");
  if (!c_.words("lien", "tuc") && !c_.words("thuong", "xuyen")) c_.pos = at;
  return c_.done() || year_tail();
}

}  // namespace

// ---- public helpers -----------------------------------------------------------

std::optional<std::pair<CivilDate, CivilDate>> unit_bounds(const Unit& u, int year) {
  int y = u.year ? u.year : year;
  auto month_span = [y](int first, int last) -> std::optional<std::pair<CivilDate, CivilDate>> {
    if (!CivilDate::valid(y, first, 1) || !CivilDate::valid(y, last, 1)) return std::nullopt;
    return std::pair{CivilDate{y, first, 1}, CivilDate{y, last, CivilDate::days_in_month(y, last)}};
  };
  switch (u.type) {
    case UnitType::Day:
      if (!CivilDate::valid(y, u.number, u.day)) return std::nullopt;
      return std::pair{CivilDate{y, u.number, u.day}, CivilDate{y, u.number, u.day}};
    case UnitType::Month:
      return month_span(u.number, u.number);
    case UnitType::Quarter:
      return month_span(3 * u.number - 2, 3 * u.number);
    case UnitType::Half:
      return month_span(6 * u.number - 5, 6 * u.number);
    case UnitType::Year:
      return month_span(1, 12);
  }
  return std::nullopt;
}

std::optional<CivilDate> resolve_due(const Item& due, int year) {
  auto b = unit_bounds(due.unit, year);
  if (!b) return std::nullopt;
  switch (due.mode) {
    case DueMode::OnDay:
      return b->first;
    case DueMode::Before:
      return b->first.add_days(-1);
    case DueMode::AtLatest:
      return b->second;
  }
  return std::nullopt;
}

Schedule yearly_schedule(const Item& due) {
  Schedule s;
  s.before = due.mode == DueMode::Before;
  if (due.unit.type == UnitType::Day) {
    s.months = {due.unit.number};
    s.day = due.unit.day;
    return s;
  }
  int n = due.unit.number;
  auto [first, last] = due.unit.type == UnitType::Month     ? std::pair{n, n}
                       : due.unit.type == UnitType::Quarter ? std::pair{3 * n - 2, 3 * n}
                       : due.unit.type == UnitType::Half    ? std::pair{6 * n - 5, 6 * n}
                                                            : std::pair{1, 12};
  // Before a unit: the day before its first day; otherwise its last day.
  s.months = {s.before ? first : last};
  if (s.before) s.day = 1;
  return s;
}

std::optional<std::vector<CivilDate>> enumerate_schedule(const Schedule& s, const PlanPeriod& period) {
  std::vector<CivilDate> out;
  // "Trước ngày 01/01 hằng năm" falls due on 31/12: the year after the period
  // can still give a day within it.
  int last = period.last_year + (s.before ? 1 : 0);
  for (int y = period.first_year; y <= last; ++y) {
    if (!CivilDate::valid(y, 1, 1)) continue;
    for (int m : s.months) {
      if (!CivilDate::valid(y, m, 1)) return std::nullopt;
      int d = s.day.value_or(CivilDate::days_in_month(y, m));
      if (!CivilDate::valid(y, m, d)) {
        if (y > period.last_year) continue;  // only looked at for days falling back into the period
        return std::nullopt;
      }
      CivilDate date{y, m, d};
      if (s.before) date = date.add_days(-1);
      if (date.year >= period.first_year && date.year <= period.last_year) out.push_back(date);
    }
  }
  return out;
}

bool reads_as_external(const Tokens& tokens) {
  Cursor c(tokens);
  if (!c.words("thuc", "hien") && !c.words("hoan", "thanh")) c.words("trien", "khai");
  if (!c.word("theo")) return false;
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 11> kCited{{
      {"huong", "dan"},
      {"lo", "trinh"},
      {"yeu", "cau"},
      {"ke", "hoach"},
      {"quy", "dinh"},
      {"chi", "dao"},
      {"van", "ban"},
      {"quyet", "dinh"},
      {"nghi", "quyet"},
      {"thong", "bao"},
      {"tien", "do"},
  }};
  for (auto& [a, b] : kCited)
    if (c.words(a, b)) return true;
  return false;
}

bool reads_as_continuous(const Tokens& tokens) {
  PlanPeriod unused{};  // a continuous phrase has no dates to resolve
  return Parser(tokens, unused).continuous();
}

std::optional<std::vector<Item>> parse_items(const Tokens& tokens, const PlanPeriod& period) {
  return Parser(tokens, period).items();
}

}  // namespace ck::deadline_detail
