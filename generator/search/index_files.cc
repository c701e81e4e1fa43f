#include "search/index_files.h"

#include <cstdio>
#include <functional>

#include <nlohmann/json.hpp>

#include "search/postings.h"
#include "util/parallel.h"

namespace ck::search {

using nlohmann::json;

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";  // decides the charset whatever the server says
constexpr std::string_view kOpen = "(window.__ckSearch=window.__ckSearch||[]).push([";
constexpr std::string_view kClose = "]);\n";

std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

std::string hash_name(char kind, const std::string& content) {
  uint64_t h = 1469598103934665603ull;  // FNV-1a: a stable name, not a security property
  for (unsigned char c : content) h = (h ^ c) * 1099511628211ull;
  char buf[24];
  std::snprintf(buf, sizeof buf, "%c-%010llx", kind, static_cast<unsigned long long>(h & 0xffffffffffull));
  return buf;
}

// '<' is written "\u003c" (the same JSON string; '<' only occurs inside strings),
// so no text can close a <script> or open "<!--" even if a file is ever inlined
// into a page. U+2028/U+2029 are escaped too: JavaScript before ES2019 (old
// phone browsers) rejects them raw in a string, and the whole shard with it.
std::string wrap(const std::string& name, const std::string& data) {
  std::string out = std::string(kBom) + std::string(kOpen) + dump(name) + ",";
  out.reserve(out.size() + data.size() + data.size() / 64 + kClose.size());
  size_t done = 0;  // data before this is in `out`
  for (size_t i = 0; i < data.size(); ++i) {
    if (data[i] != '<' && data[i] != '\xE2') continue;
    if (data[i] == '<') {
      out.append(data, done, i - done) += "\\u003c";
      done = i + 1;
    } else if (data.compare(i, 3, "\xE2\x80\xA8") == 0 || data.compare(i, 3, "\xE2\x80\xA9") == 0) {
      out.append(data, done, i - done) += data[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      done = i + 3;
      i += 2;
    }
  }
  out.append(data, done) += kClose;
  return out;
}

// Length of the well-formed UTF-8 sequence (RFC 3629: no overlong forms, no surrogates, nothing
// above U+10FFFF) starting at s[i] (a byte >= 0x80), or 0.
size_t utf8_sequence(std::string_view s, size_t i) {
  auto at = [&](size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0; };
  auto cont = [&](size_t k, unsigned char lo = 0x80, unsigned char hi = 0xBF) { return at(k) >= lo && at(k) <= hi; };
  unsigned char c = at(0);
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    bool second = c == 0xE0 ? cont(1, 0xA0) : c == 0xED ? cont(1, 0x80, 0x9F) : cont(1);
    return second && cont(2) ? 3 : 0;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    bool second = c == 0xF0 ? cont(1, 0x90) : c == 0xF4 ? cont(1, 0x80, 0x8F) : cont(1);
    return second && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

// A string exactly as dump() writes it (ensure_ascii off: UTF-8 as is; quote, backslash and
// controls escaped), without building a json value for it. Ill-formed UTF-8, which dump()
// replaces, goes through dump() itself.
void append_json_string(std::string& out, std::string_view s) {
  size_t mark = out.size();
  out += '"';
  size_t run = 0;  // start of the bytes not yet copied, none of which needs escaping
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      size_t n = utf8_sequence(s, i);
      if (n == 0) {
        out.resize(mark);
        out += dump(std::string(s));
        return;
      }
      i += n;
      continue;
    }
    if (c >= 0x20 && c != '"' && c != '\\') {
      ++i;
      continue;
    }
    out.append(s, run, i - run);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", c);
        out += buf;
      }
    }
    run = ++i;
  }
  out.append(s, run) += '"';
}

// Cuts `sizes` into at most `max_shards` consecutive runs of about `target`
// bytes; returns the first item of each run.
std::vector<size_t> cut(const std::vector<size_t>& sizes, size_t target, size_t max_shards) {
  size_t total = 0;
  for (size_t s : sizes) total += s;
  size_t n = std::max<size_t>(1, std::min(max_shards, (total + target - 1) / std::max<size_t>(target, 1)));
  std::vector<size_t> starts = {0};
  size_t sum = 0;
  for (size_t i = 0; i < sizes.size(); ++i) {
    if (i > 0 && sum * n >= total * starts.size() && starts.size() < n) starts.push_back(i);
    sum += sizes[i];
  }
  return starts;
}

json doc_row(const Doc& d) {
  switch (d.kind) {
    case DocKind::Task: return {0, d.plan, d.id, d.number, d.status, d.passed_no_report ? 1 : 0, d.lead, d.partners};
    case DocKind::Plan: return {1, d.plan};
    case DocKind::Indicator: return {2, d.plan, d.id};
    case DocKind::Agency: return {3, d.lead.front()};
    case DocKind::Section: return {4, d.plan, d.id};
  }
  return nullptr;
}

json named_list(const std::vector<Corpus::Named>& v) {
  json out = json::array();
  for (const auto& n : v) out.push_back(n.other_names.empty() ? json{n.id, n.name} : json{n.id, n.name, n.other_names});
  return out;
}

// Shard files made by one part of the build, and the rows meta.js lists them by.
struct Shards {
  std::vector<std::pair<std::string, std::string>> files;  // path, content
  json rows = json::array();                              // [first key or doc, name] per shard
};

// Each shard's data, from its first item on; hashed and wrapped on every core (in shard order).
void add_shards(Shards& out, char kind, const std::vector<size_t>& starts, size_t items,
                const std::function<std::string(size_t begin, size_t end)>& data_of,
                const std::function<json(size_t begin)>& first_of) {
  std::vector<std::string> names(starts.size());
  size_t before = out.files.size();
  out.files.resize(before + starts.size());
  parallel_for(starts.size(), 0, [&](size_t s) {
    std::string data = data_of(starts[s], s + 1 < starts.size() ? starts[s + 1] : items);
    names[s] = hash_name(kind, data);
    out.files[before + s] = {"search/" + names[s] + ".js", wrap(names[s], data)};
  });
  for (size_t s = 0; s < starts.size(); ++s) out.rows.push_back({first_of(starts[s]), names[s]});
}

// Term shards: ranges of folded keys.
// Each term is written once, as the member `"folded":{…}` of its shard's object; the index is
// ordered as a JSON object's keys are, so a shard is its members joined.
Shards term_shards(const Corpus& corpus, const ShardLimits& limits) {
  std::vector<EncodedTerm> terms = invert_encoded(corpus.docs);
  std::vector<std::string> members(terms.size());
  std::vector<size_t> sizes(terms.size());
  parallel_for(terms.size(), 0, [&](size_t i) {
    std::string& m = members[i];
    append_json_string(m, terms[i].folded);
    m += ":{";
    for (const auto& [exact, text] : terms[i].variants) {
      if (m.back() != '{') m += ',';
      append_json_string(m, exact);
      m += ":\"";  // postings are alphabet characters only: nothing to escape
      m += text;
      m += '"';
    }
    m += '}';
    sizes[i] = m.size() + 1;
  });
  Shards out;
  add_shards(
      out, 't', cut(sizes, limits.term_bytes, limits.max_term_shards), terms.size(),
      [&](size_t begin, size_t end) {
        std::string data = "{";
        for (size_t i = begin; i < end; ++i) (i > begin ? data += ',' : data) += members[i];
        return data += "}";
      },
      [&](size_t begin) { return json(begin == 0 ? "" : terms[begin].folded); });
  return out;
}

// Document shards: ranges of document numbers.
Shards doc_shards(const Corpus& corpus, const ShardLimits& limits) {
  std::vector<size_t> sizes;
  sizes.reserve(corpus.docs.size());
  for (const auto& d : corpus.docs) {
    size_t n = d.text.size() + d.note.size() + 8;
    for (const auto& f : d.shown) n += f.size() + 3;
    sizes.push_back(n);
  }
  // The narrative's sections (the last documents, and most of the text) are
  // cut apart: a page of task results then loads shards of tasks only.
  size_t first_section = corpus.docs.size();
  while (first_section > 0 && corpus.docs[first_section - 1].kind == DocKind::Section) --first_section;
  std::vector<size_t> starts = cut({sizes.begin(), sizes.begin() + first_section}, limits.doc_bytes, limits.max_doc_shards);
  if (first_section == 0) starts.clear();
  if (first_section < corpus.docs.size())
    for (size_t s : cut({sizes.begin() + first_section, sizes.end()}, limits.doc_bytes, limits.max_section_shards))
      starts.push_back(first_section + s);
  Shards out;
  if (corpus.docs.empty()) return out;
  add_shards(
      out, 'd', starts, corpus.docs.size(),
      [&](size_t begin, size_t end) {  // [[text, note], [text, note, [shown…]], …] as dump() writes it
        std::string rows = "[";
        for (size_t i = begin; i < end; ++i) {
          const Doc& d = corpus.docs[i];
          rows += i > begin ? ",[" : "[";
          append_json_string(rows, d.text);
          rows += ',';
          append_json_string(rows, d.note);
          for (size_t f = 0; f < d.shown.size(); ++f) {
            rows += f ? "," : ",[";
            append_json_string(rows, d.shown[f]);
          }
          rows += d.shown.empty() ? "]" : "]]";
        }
        return rows += "]";
      },
      [](size_t begin) { return json(begin); });
  return out;
}

// meta.js less its shard maps.
json meta_lists(const Corpus& corpus) {
  json meta = {{"v", 1}, {"passed", corpus.passed_no_report}};
  meta["communes"] = named_list(corpus.communes);
  meta["agencies"] = named_list(corpus.agencies);
  meta["plans"] = json::array();
  for (const auto& p : corpus.plans) meta["plans"].push_back({p.commune, p.id, p.title});
  meta["statuses"] = json::array();
  for (const auto& s : corpus.statuses) meta["statuses"].push_back({s.key, s.label, s.icon});
  meta["list"] = json::array();
  for (const auto& d : corpus.docs) meta["list"].push_back(doc_row(d));
  return meta;
}

}  // namespace

// The three parts depend on the corpus only, so they are made side by side: after an incremental
// rebuild this stage is what the build waits for (term shards, the biggest, on every core again).
std::map<std::string, std::string> write_index(const Corpus& corpus, const ShardLimits& limits) {
  Shards terms, docs;
  json meta;
  parallel_for(3, 0, [&](size_t part) {
    if (part == 0) terms = term_shards(corpus, limits);
    else if (part == 1) docs = doc_shards(corpus, limits);
    else meta = meta_lists(corpus);
  });
  meta["terms"] = std::move(terms.rows);
  meta["docs"] = std::move(docs.rows);
  std::map<std::string, std::string> files;
  for (auto* shards : {&terms, &docs})
    for (auto& [path, content] : shards->files) files[path] = std::move(content);
  files[kMetaPath] = wrap("meta", dump(meta));
  return files;
}

bool unwrap_index_file(const std::string& script, Registered& out) {
  std::string_view s = script;
  if (s.substr(0, kBom.size()) == kBom) s.remove_prefix(kBom.size());
  if (s.substr(0, kOpen.size()) != kOpen || s.size() < kOpen.size() + kClose.size()) return false;
  if (s.substr(s.size() - kClose.size()) != kClose) return false;
  std::string body(s.substr(kOpen.size(), s.size() - kOpen.size() - kClose.size()));
  json pair = json::parse("[" + body + "]", nullptr, false);
  if (pair.is_discarded() || pair.size() != 2 || !pair[0].is_string()) return false;
  out.name = pair[0].get<std::string>();
  out.json = dump(pair[1]);
  return true;
}

}  // namespace ck::search
