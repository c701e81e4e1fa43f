#include "search/query.h"

#include <algorithm>

#include "search/corpus.h"
#include "search/index_files.h"
#include "search/postings.h"
#include "search/syllable.h"

namespace ck::search {

using nlohmann::json;

namespace {

constexpr size_t kMaxWords = 10;
// Positions of label words, far from the text's and apart from each other.
constexpr uint32_t kStatusAt = 1u << 24, kLeadAt = 2u << 24, kPartnerAt = 3u << 24, kSlot = 4096, kName = 64;

}  // namespace

// How one query word matches one document.
struct WordMatch {
  bool whole = false, exact = false;
  uint8_t mask = 0;
  std::vector<uint32_t> positions;
  void add(bool w, bool e, uint8_t m, std::optional<uint32_t> position) {
    whole |= w;
    exact |= e;
    mask |= m;
    if (position) positions.push_back(*position);
  }
};

namespace {

bool has_prefix(const std::string& s, const std::string& p) { return s.compare(0, p.size(), p) == 0; }

// An exact key is the syllable's letters and vowel marks, then its tone digits.
std::pair<std::string, std::string> split_tone(const std::string& exact) {
  size_t end = exact.size();
  while (end > 0 && exact[end - 1] >= '1' && exact[end - 1] <= '5') --end;
  return {exact.substr(0, end), exact.substr(end)};
}

// 2 when the two words are adjacent in an indexed field (text, products) or
// the status label, 1 when only in an agency name: what the task says, makes
// or is ranks above who does it.
int adjacency(const WordMatch& a, const WordMatch& b) {
  int best = 0;
  for (uint32_t p : a.positions)
    if (std::find(b.positions.begin(), b.positions.end(), p + 1) != b.positions.end()) best = std::max(best, p < kLeadAt ? 2 : 1);
  return best;
}

}  // namespace

bool spelled_as_typed(const std::string& syllable_exact, const std::string& typed_exact, bool prefix) {
  if (syllable_exact == typed_exact) return true;
  if (!prefix) return false;
  auto [base, tone] = split_tone(syllable_exact);
  auto [typed_base, typed_tone] = split_tone(typed_exact);
  return has_prefix(base, typed_base) && (typed_tone.empty() || typed_tone == tone);
}

std::optional<SearchIndex> SearchIndex::load(const std::map<std::string, std::string>& files, std::string& error) {
  SearchIndex index;
  for (const auto& [path, content] : files) {
    if (!has_prefix(path, "search/") || path.size() < 3 || path.compare(path.size() - 3, 3, ".js") != 0) continue;
    Registered r;
    if (!unwrap_index_file(content, r)) continue;  // search.js and other scripts
    json data = json::parse(r.json, nullptr, false);
    if (data.is_discarded()) return error = path + ": not JSON", std::nullopt;
    if (r.name == "meta") index.meta_ = std::move(data);
    else index.shards_[r.name] = std::move(data);
  }
  if (!index.meta_.is_object()) return error = std::string(kMetaPath) + " missing", std::nullopt;
  std::string passed = index.meta_["passed"];
  for (const auto& s : index.meta_["statuses"]) {
    index.status_labels_.push_back(tokenize(s[1].get<std::string>()));
    index.status_labels_.push_back(tokenize(s[1].get<std::string>() + " " + passed));
  }
  for (const auto& a : index.meta_["agencies"]) {
    std::vector<std::vector<Token>> names = {tokenize(a[1].get<std::string>())};
    if (a.size() > 2)
      for (const auto& n : a[2]) names.push_back(tokenize(n.get<std::string>()));
    index.agencies_.push_back(std::move(names));
  }
  return index;
}

// Status labels and agency names: which of their words match, then every task
// that has that status or agency matches there too.
void SearchIndex::match_meta(const Token& word, bool prefix, bool accented, std::map<uint32_t, WordMatch>& into) const {
  auto hits = [&](const std::vector<Token>& label) {
    std::vector<std::pair<uint32_t, Token>> out;  // (index in label, token)
    for (uint32_t k = 0; k < label.size(); ++k)
      if (label[k].folded == word.folded || (prefix && has_prefix(label[k].folded, word.folded))) out.push_back({k, label[k]});
    return out;
  };
  auto add = [&](WordMatch& m, const std::pair<uint32_t, Token>& h, uint8_t mask, uint32_t at) {
    bool whole = h.second.folded == word.folded;
    m.add(whole, accented && spelled_as_typed(h.second.exact, word.exact, prefix && !whole), mask, at + h.first);
  };
  std::vector<std::vector<std::pair<uint32_t, Token>>> status, names;
  for (const auto& label : status_labels_) status.push_back(hits(label));
  std::vector<size_t> first_name;
  for (const auto& agency : agencies_) {
    first_name.push_back(names.size());
    for (const auto& name : agency) names.push_back(hits(name));
  }
  const json& list = meta_["list"];
  for (uint32_t d = 0; d < list.size(); ++d) {
    const json& row = list[d];
    if (row[0] != 0) continue;
    for (const auto& h : status[2 * row[4].get<size_t>() + row[5].get<size_t>()]) add(into[d], h, kStatus, kStatusAt);
    for (int role = 0; role < 2; ++role)
      for (size_t i = 0; i < row[6 + role].size(); ++i) {
        size_t a = row[6 + role][i];
        for (size_t n = 0; n < agencies_[a].size(); ++n)
          for (const auto& h : names[first_name[a] + n])
            add(into[d], h, role ? kOther : kLead, (role ? kPartnerAt : kLeadAt) + uint32_t(i) * kSlot + uint32_t(n) * kName);
      }
  }
}

std::vector<std::string> SearchIndex::shards_for(const std::string& folded, bool prefix) const {
  const json& terms = meta_["terms"];
  size_t i = 0;
  while (i + 1 < terms.size() && terms[i + 1][0].get<std::string>() <= folded) ++i;
  std::vector<std::string> out = {terms[i][1]};
  while (prefix && ++i < terms.size() && has_prefix(terms[i][0], folded)) out.push_back(terms[i][1]);
  return out;
}

std::string SearchIndex::doc_shard(uint32_t doc) const {
  const json& docs = meta_["docs"];
  size_t i = 0;
  while (i + 1 < docs.size() && docs[i + 1][0].get<uint32_t>() <= doc) ++i;
  return docs[i][1];
}

std::string SearchIndex::href(uint32_t doc) const {
  const json& row = meta_["list"][doc];
  int kind = row[0];
  if (kind == 3) return "search/index.html?co_quan=" + meta_["agencies"][row[1].get<int>()][0].get<std::string>();
  const json& plan = meta_["plans"][row[1].get<int>()];
  std::string base = meta_["communes"][plan[0].get<int>()][0].get<std::string>() + "/" + plan[1].get<std::string>() + "/";
  if (kind == 0) return base + row[2].get<std::string>() + "/index.html";
  if (kind == 4) {
    std::string anchor = row[2];
    return base + "toan-van/index.html" + (anchor.empty() ? "" : "#" + anchor);
  }
  return base + (kind == 2 ? "index.html#chi-tieu" : "index.html");
}

bool SearchIndex::passes(uint32_t doc, const Filters& f) const {
  const json& row = meta_["list"][doc];
  int kind = row[0];
  if (!f.status.empty() && (kind != 0 || meta_["statuses"][row[4].get<int>()][0] != f.status)) return false;
  if (!f.commune.empty()) {
    if (kind == 3) return false;
    int commune = meta_["plans"][row[1].get<int>()][0];
    if (meta_["communes"][commune][0] != f.commune) return false;
  }
  if (!f.agency.empty()) {
    auto is = [&](const json& a) { return meta_["agencies"][a.get<int>()][0] == f.agency; };
    if (kind == 3) return is(row[1]);
    if (kind != 0) return false;
    return std::any_of(row[6].begin(), row[6].end(), is) || std::any_of(row[7].begin(), row[7].end(), is);
  }
  return true;
}

QueryResult SearchIndex::search(std::string_view query, bool prefix_last, const Filters& filters) const {
  QueryResult result;
  std::vector<Token> words = tokenize(query);
  if (words.size() > kMaxWords) words.resize(kMaxWords);
  if (words.empty()) {  // filters alone list what they select, in document order
    if (filters.commune.empty() && filters.status.empty() && filters.agency.empty()) return result;
    for (uint32_t d = 0; d < meta_["list"].size(); ++d)
      if (passes(d, filters)) result.hits.push_back({d});
    return result;
  }
  std::vector<std::map<uint32_t, WordMatch>> matches(words.size());
  int accented_words = 0;
  for (size_t w = 0; w < words.size(); ++w) {
    const Token& word = words[w];
    bool prefix = prefix_last && w + 1 == words.size();
    bool accented = is_accented(query.substr(word.begin, word.end - word.begin));
    accented_words += accented;
    for (const std::string& name : shards_for(word.folded, prefix)) {
      result.shards.insert(name);
      const auto& shard = shards_.at(name).get_ref<const json::object_t&>();
      for (auto term = shard.lower_bound(word.folded); term != shard.end(); ++term) {
        bool whole = term->first == word.folded;
        if (!whole && !(prefix && has_prefix(term->first, word.folded))) break;
        for (const auto& [exact, text] : term->second.get_ref<const json::object_t&>()) {
          std::vector<Posting> postings;
          decode_postings(text.get<std::string>(), postings);
          for (const auto& p : postings) {
            WordMatch& m = matches[w][p.doc];
            m.add(whole, accented && spelled_as_typed(exact, word.exact, prefix && !whole), p.mask, std::nullopt);
            m.positions.insert(m.positions.end(), p.positions.begin(), p.positions.end());
          }
        }
      }
    }
    match_meta(word, prefix, accented, matches[w]);
    if (matches[w].empty()) result.unmatched.emplace_back(query.substr(word.begin, word.end - word.begin));
  }
  if (!result.unmatched.empty()) return result;

  for (const auto& [doc, first] : matches[0]) {
    Hit hit{doc};
    bool section = meta_["list"][doc][0] == static_cast<int>(DocKind::Section);  // a phrase in the narrative: half
    bool all = true;
    for (size_t w = 0; w < words.size() && all; ++w) {
      auto it = matches[w].find(doc);
      if (it == matches[w].end()) { all = false; break; }
      const WordMatch& m = it->second;
      hit.exact += m.exact;
      hit.weight += field_weight(m.mask) * (m.whole ? 2 : 1);
      if (w + 1 < words.size()) {
        auto next = matches[w + 1].find(doc);
        if (next != matches[w + 1].end()) hit.phrase += std::min(adjacency(m, next->second), section ? 1 : 2);
      }
    }
    hit.approximate = hit.exact < accented_words;
    if (all && passes(doc, filters)) result.hits.push_back(hit);
  }
  std::stable_sort(result.hits.begin(), result.hits.end(), [](const Hit& a, const Hit& b) {
    if (a.approximate != b.approximate) return b.approximate;
    if (a.exact != b.exact) return a.exact > b.exact;
    if (a.phrase != b.phrase) return a.phrase > b.phrase;
    return a.weight > b.weight;
  });
  return result;
}

}  // namespace ck::search
