#include "history/history_cache.h"

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <system_error>

#include "history/history_json.h"
#include "history/json_text.h"
#include "history/plan_scan.h"
#include "util/read_file.h"

namespace ck::history {

namespace {

bool read_invalid_heads(JsonText& in, InvalidHeads& out) {
  std::string path;
  if (!in.begin_object()) return false;
  while (in.next_key(path)) {
    if (in.peek() != '"') return false;
    out[path] = in.display();
  }
  return in.ok();
}

}  // namespace

std::filesystem::path cache_file(const std::filesystem::path& dir, const std::string& scope) {
  if (scope.empty()) return dir / "history-cache.json";
  uint64_t h = 1469598103934665603ull;  // FNV-1a: a file name per scope; "scope" inside is checked in full
  for (unsigned char c : scope) h = (h ^ c) * 1099511628211ull;
  char name[64];
  std::snprintf(name, sizeof name, "history-cache-%016llx.json", static_cast<unsigned long long>(h));
  return dir / name;
}

std::optional<CacheState> load_cache(const std::filesystem::path& dir, const std::string& source,
                                     const std::string& scope) {
  if (dir.empty()) return std::nullopt;
  std::string text = read_whole_file(cache_file(dir, scope)).value_or("");
  if (text.empty() || !scan_plan_json(text).ok) return std::nullopt;  // damaged: rebuilt, never trusted
  JsonText in(text);
  CacheState s;
  bool format = false, same_source = false, has_history = false;
  std::string key, cached_scope;  // a full cache has no "scope"
  if (!in.begin_object()) return std::nullopt;
  while (in.next_key(key)) {
    if (key == "format") {
      format = in.display() == std::to_string(kCacheFormat);
    } else if (key == "source") {
      same_source = in.peek() == '"' && in.display() == source;
    } else if (key == "scope") {
      if (in.peek() != '"') return std::nullopt;
      cached_scope = in.display();
    } else if (key == "shallow") {
      s.shallow = in.display() == "true";
    } else if (key == "head") {
      s.head = in.display();
    } else if (key == "invalid_heads") {
      if (!read_invalid_heads(in, s.invalid_heads)) return std::nullopt;
    } else if (key == "history") {
      if (!format || !same_source || cached_scope != scope) return std::nullopt;  // checked before the bulk
      auto h = read_history_json(in);
      if (!h) return std::nullopt;
      s.history = std::move(*h);
      has_history = true;
    } else {
      in.skip();
    }
    if (!in.ok()) return std::nullopt;
  }
  if (!in.ok() || !format || !same_source || cached_scope != scope || !has_history) return std::nullopt;
  s.source = source;
  return s;
}

bool save_cache(const std::filesystem::path& dir, const std::string& source, const std::string& scope,
                bool shallow, const std::string& head, const InvalidHeads& invalid_heads, const History& history) {
  if (dir.empty()) return false;
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  std::string out = "{\"format\":" + std::to_string(kCacheFormat) + ",\"source\":" + json_quote(source) +
                    (scope.empty() ? "" : ",\"scope\":" + json_quote(scope)) +
                    ",\"shallow\":" + (shallow ? "true" : "false") + ",\"head\":" + json_quote(head) +
                    ",\"invalid_heads\":{";
  bool first = true;
  for (const auto& [path, id] : invalid_heads) {
    if (!first) out += ',';
    first = false;
    out += json_quote(path) + ":" + json_quote(id);
  }
  out += "},\"history\":";
  append_history_json(history, out);
  out += "}\n";
  auto target = cache_file(dir, scope);
  auto tmp = target;
  tmp += ".tmp";
  {
    std::ofstream file(tmp, std::ios::binary | std::ios::trunc);
    if (!file || !file.write(out.data(), static_cast<std::streamsize>(out.size())).flush()) return false;
  }
  std::filesystem::rename(tmp, target, ec);
  return !ec;
}

}  // namespace ck::history
