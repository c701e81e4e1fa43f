#include "progress/git_identity.h"

#include <cctype>
#include <ctime>

#include "util/civil_date.h"
#include "util/text.h"

namespace ck::progress {

namespace {

// A cursor over the date text: each reader consumes what it matched, or nothing.
struct Cursor {
  std::string_view s;
  size_t i = 0;

  bool done() const { return i == s.size(); }
  bool eat(char c) {
    if (i < s.size() && s[i] == c) return ++i, true;
    return false;
  }
  void spaces() {
    while (i < s.size() && s[i] == ' ') ++i;
  }
  // Exactly `n` digits (n = 0: one or more).
  std::optional<long long> digits(size_t n = 0) {
    size_t start = i;
    long long v = 0;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])) && (n == 0 || i - start < n)) {
      if (v > 100000000000LL) return i = start, std::nullopt;
      v = v * 10 + (s[i++] - '0');
    }
    if (i == start || (n != 0 && i - start != n)) return i = start, std::nullopt;
    return v;
  }
  std::string_view word() {
    size_t start = i;
    while (i < s.size() && std::isalpha(static_cast<unsigned char>(s[i]))) ++i;
    return s.substr(start, i - start);
  }
};

// "+0700", "-05:00", "+07", "Z"; minutes east of UTC.
std::optional<int> read_zone(Cursor& c) {
  if (c.eat('Z')) return 0;
  size_t start = c.i;
  int sign = c.eat('+') ? 1 : c.eat('-') ? -1 : 0;
  if (!sign) return std::nullopt;
  auto hh = c.digits(2);
  if (!hh) return c.i = start, std::nullopt;
  long long mm = 0;
  if (c.eat(':')) {
    auto m = c.digits(2);
    if (!m) return c.i = start, std::nullopt;
    mm = *m;
  } else if (auto m = c.digits(2)) {
    mm = *m;
  }
  if (*hh > 14 || mm > 59) return c.i = start, std::nullopt;
  return sign * static_cast<int>(*hh * 60 + mm);
}

struct Clock {
  int h = 0, mi = 0, s = 0;
};

// "08:35" or "08:35:00" (ISO also allows a fraction of a second, which git drops).
std::optional<Clock> read_clock(Cursor& c, bool fraction_allowed) {
  auto h = c.digits(2);
  if (!h || !c.eat(':')) return std::nullopt;
  auto mi = c.digits(2);
  if (!mi) return std::nullopt;
  Clock clock{static_cast<int>(*h), static_cast<int>(*mi), 0};
  if (c.eat(':')) {
    auto sec = c.digits(2);
    if (!sec) return std::nullopt;
    clock.s = static_cast<int>(*sec);
    if (fraction_allowed && c.eat('.') && !c.digits()) return std::nullopt;
  }
  return clock;
}

// The local zone's offset at that instant.
int local_offset_at(long long seconds) {
  std::time_t t = static_cast<std::time_t>(seconds);
  std::tm local{};
  localtime_r(&t, &local);
  return static_cast<int>(local.tm_gmtoff / 60);
}

// The local zone's offset at that local time, as git uses for a date without a zone.
int local_offset(const CivilDate& d, int h, int m, int s) {
  std::tm tm{};
  tm.tm_year = d.year - 1900;
  tm.tm_mon = d.month - 1;
  tm.tm_mday = d.day;
  tm.tm_hour = h;
  tm.tm_min = m;
  tm.tm_sec = s;
  tm.tm_isdst = -1;
  return local_offset_at(std::mktime(&tm));
}

std::optional<GitTime> make_time(int y, int mo, int d, int h, int mi, int s, std::optional<int> zone) {
  if (!CivilDate::valid(y, mo, d) || h > 23 || mi > 59 || s > 59) return std::nullopt;
  CivilDate day{y, mo, d};
  int offset = zone ? *zone : local_offset(day, h, mi, s);
  long long local = day.to_days() * 86400LL + h * 3600 + mi * 60 + s;
  return GitTime{local - offset * 60LL, offset};
}

// "<epoch> <+zone>", "@<epoch>", "@<epoch> <+zone>".
std::optional<GitTime> epoch_form(std::string_view text) {
  Cursor c{text};
  bool at = c.eat('@');
  auto seconds = c.digits();
  if (!seconds) return std::nullopt;
  std::optional<int> zone;
  if (!c.done()) {
    c.spaces();
    zone = read_zone(c);
    if (!zone || !c.done()) return std::nullopt;
  } else if (!at) {
    return std::nullopt;  // a bare number is not a date git reads the same way everywhere
  }
  return GitTime{*seconds, zone ? *zone : local_offset_at(*seconds)};
}

// "2026-08-20T08:35:00+07:00", "2026-08-20 08:35", "2026-08-20T08:35:00.123Z".
std::optional<GitTime> iso_form(std::string_view text) {
  Cursor c{text};
  auto y = c.digits(4);
  if (!y || !c.eat('-')) return std::nullopt;
  auto mo = c.digits(2);
  if (!mo || !c.eat('-')) return std::nullopt;
  auto d = c.digits(2);
  if (!d || !(c.eat('T') || c.eat(' '))) return std::nullopt;
  auto clock = read_clock(c, /*fraction_allowed=*/true);
  if (!clock) return std::nullopt;
  std::optional<int> zone;
  if (!c.done()) {
    c.spaces();
    zone = read_zone(c);
    if (!zone || !c.done()) return std::nullopt;
  }
  return make_time(*y, *mo, *d, clock->h, clock->mi, clock->s, zone);
}

// "Thu, 20 Aug 2026 08:35:00 +0700" (the weekday and the seconds optional).
std::optional<GitTime> rfc2822_form(std::string_view text) {
  static const char* kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                  "jul", "aug", "sep", "oct", "nov", "dec"};
  Cursor c{text};
  std::string_view first = c.word();
  if (!first.empty() && !c.eat(',')) return std::nullopt;
  c.spaces();
  auto d = c.digits();
  if (!d) return std::nullopt;
  c.spaces();
  std::string month(c.word());
  for (char& ch : month) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  int mo = 0;
  for (int k = 0; k < 12; ++k)
    if (month == kMonths[k]) mo = k + 1;
  if (!mo) return std::nullopt;
  c.spaces();
  auto y = c.digits(4);
  if (!y) return std::nullopt;
  c.spaces();
  auto clock = read_clock(c, /*fraction_allowed=*/false);
  if (!clock) return std::nullopt;
  c.spaces();
  auto zone = read_zone(c);
  if (!zone || !c.done()) return std::nullopt;
  return make_time(static_cast<int>(*y), mo, static_cast<int>(*d), clock->h, clock->mi, clock->s, zone);
}

// "Họ tên <email>" -> name, email.
bool parse_person(const std::string& s, std::string& name, std::string& email) {
  auto lt = s.rfind('<');
  auto gt = s.rfind('>');
  if (lt == std::string::npos || gt == std::string::npos || gt < lt || gt != s.size() - 1) return false;
  name = trim(s.substr(0, lt));
  email = trim(s.substr(lt + 1, gt - lt - 1));
  return !name.empty() && !email.empty();
}

bool read_date(const Lookup& env, const char* variable, std::optional<GitTime>& out, std::string& error) {
  std::string value = env(variable);
  if (value.empty()) return true;
  std::string why;
  out = parse_git_date(value, why);
  if (!out) error = std::string(variable) + ": " + why;
  return out.has_value();
}

}  // namespace

std::optional<GitTime> parse_git_date(std::string_view raw, std::string& error) {
  std::string text = trim(std::string(raw));
  for (auto form : {epoch_form, iso_form, rfc2822_form})
    if (auto t = form(text)) return t;
  error = "\"" + std::string(raw) +
          "\" không phải ngày giờ git đọc được — ghi dạng 2026-08-20T08:35:00+07:00 (ISO 8601), "
          "\"@1787189700 +0700\" (giây kể từ 1970 và múi giờ) hoặc \"Thu, 20 Aug 2026 08:35:00 +0700\" "
          "(RFC 2822)";
  return std::nullopt;
}

std::optional<GitIdentity> resolve_git_identity(const std::string& author_option, const Lookup& env,
                                                const Lookup& config, std::string& error) {
  GitIdentity id;
  if (!author_option.empty()) {
    if (!parse_person(author_option, id.author.name, id.author.email)) {
      error = "--author \"" + author_option + "\" phải có dạng \"Họ tên <email>\"";
      return std::nullopt;
    }
  } else {
    id.author.name = env("GIT_AUTHOR_NAME");
    id.author.email = env("GIT_AUTHOR_EMAIL");
    if (id.author.name.empty()) id.author.name = config("user.name");
    if (id.author.email.empty()) id.author.email = config("user.email");
    if (id.author.name.empty() || id.author.email.empty()) {
      error =
          "git chưa biết người ghi: đặt git config user.name và user.email (hoặc GIT_AUTHOR_NAME và "
          "GIT_AUTHOR_EMAIL), hoặc dùng --author \"Họ tên <email>\"";
      return std::nullopt;
    }
  }
  id.committer.name = env("GIT_COMMITTER_NAME");
  id.committer.email = env("GIT_COMMITTER_EMAIL");
  if (id.committer.name.empty()) id.committer.name = config("user.name");
  if (id.committer.email.empty()) id.committer.email = config("user.email");
  if (id.committer.name.empty()) id.committer.name = id.author.name;
  if (id.committer.email.empty()) id.committer.email = id.author.email;
  if (!read_date(env, "GIT_AUTHOR_DATE", id.author.when, error) ||
      !read_date(env, "GIT_COMMITTER_DATE", id.committer.when, error))
    return std::nullopt;
  return id;
}

}  // namespace ck::progress
