#include "history/commit_info.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "history/git_handles.h"
#include "history/utf8.h"
#include "util/slug.h"
#include "util/text.h"

namespace ck {

namespace {

long long floor_div(long long a, long long b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

}  // namespace

CivilDate commit_local_date(const CommitInfo& c) {
  return CivilDate::from_days(static_cast<long>(floor_div(c.time + c.tz_minutes * 60LL, 86400)));
}

std::string commit_local_time(const CommitInfo& c) {
  long long local = c.time + c.tz_minutes * 60LL;
  long long secs = local - floor_div(local, 86400) * 86400;
  int off = c.tz_minutes < 0 ? -c.tz_minutes : c.tz_minutes;
  char buf[64];
  std::snprintf(buf, sizeof buf, " %02lld:%02lld %c%02d:%02d", secs / 3600, secs / 60 % 60,
                c.tz_minutes < 0 ? '-' : '+', off / 60, off % 60);
  return commit_local_date(c).iso() + buf;
}

std::string short_commit_id(std::string_view id) { return std::string(id.substr(0, 7)); }

std::string_view change_kind_key(ChangeKind k) {
  switch (k) {
    case ChangeKind::Added:
      return "them";
    case ChangeKind::Removed:
      return "xoa";
    case ChangeKind::Modified:
      return "sua";
  }
  return "sua";
}

std::optional<ChangeKind> change_kind_from_key(std::string_view key) {
  for (ChangeKind k : {ChangeKind::Added, ChangeKind::Removed, ChangeKind::Modified})
    if (change_kind_key(k) == key) return k;
  return std::nullopt;
}

namespace history {

std::string valid_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (;;) {
    size_t bad = first_invalid_utf8(s);
    if (bad == std::string_view::npos) break;
    out.append(s.substr(0, bad));
    out.append("\xEF\xBF\xBD");
    s.remove_prefix(bad + 1);
  }
  out.append(s);
  return out;
}

namespace {

void append_line(std::string& to, std::string_view value) {
  if (!to.empty()) to += '\n';
  to += value;
}

// "nho (sua chinh ta)" -> "nho"
std::string_view first_word(std::string_view s) {
  size_t end = 0;
  while (end < s.size() && ((s[end] >= 'a' && s[end] <= 'z') || (s[end] >= '0' && s[end] <= '9'))) ++end;
  return s.substr(0, end);
}

// Letters (any script), digits, '-', '_' and spaces, starting with a letter.
bool is_trailer_key(const std::string& key) {
  unsigned char first = static_cast<unsigned char>(key[0]);
  if (!(first >= 0x80 || std::isalpha(first))) return false;
  for (unsigned char c : key)
    if (!(c >= 0x80 || std::isalnum(c) || c == '-' || c == '_' || c == ' ')) return false;
  return true;
}

std::string trim_trailing_newlines(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r' || s.back() == ' ')) s.pop_back();
  return s;
}

// Trailers as git reads them: "Key: value" lines forming the message's last
// paragraph (not the subject), a line starting with white space continuing the
// value above. Unlike libgit2 1.5's git_message_trailers, keys may be written
// in Vietnamese ("Lý do:", "Thay-đổi:"), as editors in a web form will.
std::vector<std::pair<std::string, std::string>> parse_trailers(const std::string& message) {
  std::vector<std::pair<std::string, std::string>> out;
  size_t cut = message.rfind("\n\n");
  if (cut == std::string::npos) return out;
  for (const std::string& line : split_lines(std::string_view(message).substr(cut + 2))) {
    if (!line.empty() && (line[0] == ' ' || line[0] == '\t')) {
      if (out.empty()) return {};
      out.back().second.push_back(' ');
      out.back().second.append(trim(line));
      continue;
    }
    size_t colon = line.find(':');
    std::string key = colon == std::string::npos ? "" : trim(line.substr(0, colon));
    if (key.empty() || key.size() > 40 || !is_trailer_key(key)) return {};  // not a trailer block
    out.emplace_back(key, trim(line.substr(colon + 1)));
  }
  return out;
}

// A trailer key as compared: "Lý do", "Ly-do" and "ly do" are one key.
std::string folded_trailer_key(const std::string& key) {
  std::string folded = fold_diacritics(key);
  std::replace(folded.begin(), folded.end(), ' ', '-');
  return folded;
}

}  // namespace

void set_message(std::string_view message, CommitInfo& info) {
  info.message = trim_trailing_newlines(valid_utf8(message));
  info.summary = trim(info.message.substr(0, info.message.find('\n')));
  info.trailers.clear();
  info.reason.clear();
  info.minor = false;
  for (auto& [key, value] : parse_trailers(info.message)) {
    append_line(info.trailers[key], value);
    std::string folded = folded_trailer_key(key);
    if (folded == "ly-do")
      append_line(info.reason, value);
    else if (folded == "thay-doi" && first_word(fold_diacritics(value)) == "nho")
      info.minor = true;
  }
}

}  // namespace history

std::string commit_body(const CommitInfo& c) {
  // A returned form's commit ("Bieu-mau:", written by `progress apply`) lists
  // its changes in the body for git readers; the portal shows the same changes
  // from the data, so repeating the list (every task's, on each task's page)
  // only confuses. Its subject and reasons still show.
  for (const auto& [key, value] : c.trailers)
    if (history::folded_trailer_key(key) == "bieu-mau") return "";
  const std::string& m = c.message;
  size_t start = m.find('\n');
  if (start == std::string::npos) return "";
  size_t end = m.size();
  if (!history::parse_trailers(m).empty()) end = m.rfind("\n\n");
  if (end <= start) return "";
  std::string body = m.substr(start, end - start);
  while (!body.empty() && (body.front() == '\n' || body.front() == '\r')) body.erase(0, 1);
  return history::trim_trailing_newlines(std::move(body));
}

namespace history {

CommitInfo commit_info(const git_commit* commit) {
  CommitInfo info;
  info.id = oid_hex(*git_commit_id(commit));
  if (const git_signature* who = git_commit_author(commit)) {
    info.author = valid_utf8(who->name ? who->name : "");
    info.email = valid_utf8(who->email ? who->email : "");
    info.time = who->when.time;
    info.tz_minutes = who->when.offset;
  }
  info.parent_count = static_cast<int>(git_commit_parentcount(commit));
  const char* raw = git_commit_message(commit);
  set_message(raw ? raw : "", info);
  return info;
}

}  // namespace history
}  // namespace ck
