#include "search/index_files.h"

#include <cstdio>

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
  std::string safe;
  safe.reserve(data.size());
  for (size_t i = 0; i < data.size(); ++i) {
    if (data[i] == '<') {
      safe += "\\u003c";
    } else if (data.compare(i, 3, "\xE2\x80\xA8") == 0 || data.compare(i, 3, "\xE2\x80\xA9") == 0) {
      safe += data[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      safe.push_back(data[i]);
    }
  }
  return std::string(kBom) + std::string(kOpen) + dump(name) + "," + safe + std::string(kClose);
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

}  // namespace

std::map<std::string, std::string> write_index(const Corpus& corpus, const ShardLimits& limits) {
  std::map<std::string, std::string> files;
  json meta = {{"v", 1}, {"terms", json::array()}, {"docs", json::array()}, {"passed", corpus.passed_no_report}};

  // Term shards: ranges of folded keys.
  // Each term is written once, as the member `"folded":{…}` of its shard's object; the index is
  // ordered as a JSON object's keys are, so a shard is its members joined (serialising the
  // terms twice, to size them and again in a shard object, was a fifth of the stage).
  TermIndex index = invert(corpus.docs);
  std::vector<const TermIndex::value_type*> terms;
  terms.reserve(index.size());
  for (const auto& term : index) terms.push_back(&term);
  std::vector<std::pair<std::string, std::string>> entries(terms.size());  // folded key, its member
  std::vector<size_t> sizes(terms.size());
  // Each term's member is made on its own: after an incremental rebuild this stage is what the
  // build waits for, so it uses every core.
  parallel_for(terms.size(), 0, [&](size_t i) {
    const auto& [folded, variants] = *terms[i];
    json v = json::object();
    for (const auto& [exact, postings] : variants) v[exact] = encode_postings(postings);
    std::string member = dump(folded) + ":" + dump(v);
    sizes[i] = member.size() + 1;
    entries[i] = {folded, std::move(member)};
  });
  std::vector<size_t> starts = cut(sizes, limits.term_bytes, limits.max_term_shards);
  for (size_t s = 0; s < starts.size(); ++s) {
    size_t end = s + 1 < starts.size() ? starts[s + 1] : entries.size();
    std::string data = "{";
    for (size_t i = starts[s]; i < end; ++i) {
      if (i > starts[s]) data += ',';
      data += entries[i].second;
    }
    data += "}";
    std::string name = hash_name('t', data);
    files["search/" + name + ".js"] = wrap(name, data);
    meta["terms"].push_back({s == 0 ? "" : entries[starts[s]].first, name});
  }

  // Document shards: ranges of document numbers.
  sizes.clear();
  for (const auto& d : corpus.docs) {
    size_t n = d.text.size() + d.note.size() + 8;
    for (const auto& f : d.shown) n += f.size() + 3;
    sizes.push_back(n);
  }
  // The narrative's sections (the last documents, and most of the text) are
  // cut apart: a page of task results then loads shards of tasks only.
  size_t first_section = corpus.docs.size();
  while (first_section > 0 && corpus.docs[first_section - 1].kind == DocKind::Section) --first_section;
  starts = cut({sizes.begin(), sizes.begin() + first_section}, limits.doc_bytes, limits.max_doc_shards);
  if (first_section == 0) starts.clear();
  if (first_section < corpus.docs.size())
    for (size_t s : cut({sizes.begin() + first_section, sizes.end()}, limits.doc_bytes, limits.max_section_shards))
      starts.push_back(first_section + s);
  for (size_t s = 0; s < starts.size() && !corpus.docs.empty(); ++s) {
    size_t end = s + 1 < starts.size() ? starts[s + 1] : corpus.docs.size();
    json rows = json::array();
    for (size_t i = starts[s]; i < end; ++i) {
      const Doc& d = corpus.docs[i];
      rows.push_back(d.shown.empty() ? json{d.text, d.note} : json{d.text, d.note, d.shown});
    }
    std::string data = dump(rows), name = hash_name('d', data);
    files["search/" + name + ".js"] = wrap(name, data);
    meta["docs"].push_back({starts[s], name});
  }

  meta["communes"] = named_list(corpus.communes);
  meta["agencies"] = named_list(corpus.agencies);
  meta["plans"] = json::array();
  for (const auto& p : corpus.plans) meta["plans"].push_back({p.commune, p.id, p.title});
  meta["statuses"] = json::array();
  for (const auto& s : corpus.statuses) meta["statuses"].push_back({s.key, s.label, s.icon});
  meta["list"] = json::array();
  for (const auto& d : corpus.docs) meta["list"].push_back(doc_row(d));
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
