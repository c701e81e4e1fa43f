#include "search/postings.h"

#include <unordered_map>

#include "search/syllable.h"

namespace ck::search {

namespace {

struct BytesHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

}  // namespace

TermIndex invert(const std::vector<Doc>& docs) {
  TermIndex index;
  // Each distinct spelling's postings, found by its bytes: its two keys (several Unicode passes) and
  // the two ordered-map lookups are paid once per spelling, not once per token. Map nodes never move.
  std::unordered_map<std::string, std::vector<Posting>*, BytesHash, std::equal_to<>> by_spelling;
  for (uint32_t d = 0; d < docs.size(); ++d) {
    uint32_t position = 0;
    for (const auto& field : docs[d].fields) {
      size_t after = 0;  // end of the previous token
      for (auto [begin, end] : token_spans(field.text)) {
        // Punctuation between two syllables ends a phrase: "chính, công" is not "chính công".
        if (field.text.find_first_not_of(' ', after) < begin) ++position;
        after = end;
        std::string_view raw = std::string_view(field.text).substr(begin, end - begin);
        auto it = by_spelling.find(raw);
        if (it == by_spelling.end())
          it = by_spelling.emplace(std::string(raw), &index[folded_key(raw)][exact_key(raw)]).first;
        auto& postings = *it->second;
        if (postings.empty() || postings.back().doc != d) postings.push_back({d, 0, {}});
        Posting& p = postings.back();
        p.mask |= field.bit;
        if (p.positions.size() < kMaxPositions) p.positions.push_back(position);
        ++position;
      }
      position += kFieldGap;
    }
  }
  return index;
}

void put_varint(std::string& out, uint32_t v) {
  do {
    uint32_t digit = v & 31;
    v >>= 5;
    out.push_back(kAlphabet[digit + (v ? 32 : 0)]);
  } while (v);
}

std::string encode_postings(const std::vector<Posting>& postings) {
  std::string out;
  uint32_t previous = 0;
  for (const auto& p : postings) {
    put_varint(out, p.doc - previous);
    previous = p.doc;
    put_varint(out, static_cast<uint32_t>(p.positions.size()) * 16 + (p.mask & 15));
    uint32_t last = 0;
    for (uint32_t pos : p.positions) {
      put_varint(out, pos - last);
      last = pos;
    }
  }
  return out;
}

namespace {

struct Reader {
  std::string_view s;
  size_t i = 0;
  bool ok = true;
  int digit() {
    if (i >= s.size()) return ok = false, 0;
    auto at = kAlphabet.find(s[i++]);
    if (at == std::string_view::npos) return ok = false, 0;
    return static_cast<int>(at);
  }
  uint32_t varint() {
    uint32_t v = 0;
    for (int shift = 0; ok && shift < 32; shift += 5) {
      int d = digit();
      v |= static_cast<uint32_t>(d & 31) << shift;
      if (d < 32) return v;
    }
    return ok = false, v;
  }
};

}  // namespace

bool decode_postings(std::string_view text, std::vector<Posting>& out) {
  Reader r{text};
  uint32_t doc = 0;
  while (r.ok && r.i < text.size()) {
    Posting p;
    doc += r.varint();
    p.doc = doc;
    uint32_t packed = r.varint(), n = packed / 16, pos = 0;
    p.mask = static_cast<uint8_t>(packed & 15);
    for (uint32_t k = 0; r.ok && k < n; ++k) p.positions.push_back(pos += r.varint());
    if (r.ok) out.push_back(std::move(p));
  }
  return r.ok;
}

}  // namespace ck::search
