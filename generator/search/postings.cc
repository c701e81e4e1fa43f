#include "search/postings.h"

#include <map>
#include <mutex>
#include <unordered_map>

#include "search/syllable.h"
#include "util/parallel.h"

namespace ck::search {

namespace {

struct BytesHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// Each distinct spelling's two keys, made once for the whole build (several Unicode passes each:
// a few thousand spellings, ~600,000 tokens at 10,000 tasks) and shared by every chunk.
// Elements of an unordered_map never move, so the views handed out stay valid.
class KeyCache {
 public:
  struct Keys {
    std::string folded, exact;
  };
  const Keys& get(std::string_view spelling) {
    {
      std::lock_guard lock(mutex_);
      auto it = keys_.find(spelling);
      if (it != keys_.end()) return it->second;
    }
    Keys made{folded_key(spelling), exact_key(spelling)};  // outside the lock: the slow part
    std::lock_guard lock(mutex_);
    return keys_.emplace(std::string(spelling), std::move(made)).first->second;
  }

 private:
  std::mutex mutex_;
  std::unordered_map<std::string, Keys, BytesHash, std::equal_to<>> keys_;
};

std::string& scratch() {
  thread_local std::string buffer;
  return buffer;
}

// One chunk's postings of one variant, encoded as its tokens arrive. The first posting's document
// number is kept apart: joined after the previous chunk's, it is written as a delta from that
// chunk's last document, exactly as encode_postings writes one list.
struct Run {
  std::string tail;  // encode_postings text less the first posting's document delta
  uint32_t first = 0, last = 0;
  bool started = false;
  bool open = false;  // a posting for `doc` is being filled
  uint32_t doc = 0, count = 0;
  uint8_t mask = 0;
  uint32_t positions[kMaxPositions] = {};

  void add(uint32_t d, uint8_t bit, uint32_t position) {
    if (!open || doc != d) {
      flush();
      open = true, doc = d, count = 0, mask = 0;
    }
    mask |= bit;
    if (count < kMaxPositions) positions[count++] = position;
  }
  void flush() {
    if (!open) return;
    std::string& out = scratch();  // the posting's varints, appended to `tail` at once
    out.clear();
    if (started) put_varint(out, doc - last);
    else first = doc, started = true;
    last = doc;
    put_varint(out, count * 16 + (mask & 15));
    for (uint32_t k = 0, previous = 0; k < count; previous = positions[k++]) put_varint(out, positions[k] - previous);
    tail += out;
    open = false;
  }
};

using KeyView = std::pair<std::string_view, std::string_view>;  // folded, exact (views into the KeyCache)

// Spelling -> its run: open addressing over a flat array, the spellings' bytes side by side. The
// lookup is made once per token; std::unordered_map's bucket division and node chasing were a
// third of the inversion.
class SpellingTable {
 public:
  SpellingTable() : slots_(1024) {}
  // The run of `spelling`; a null pointer the caller sets when the spelling is new.
  Run*& find_or_add(std::string_view spelling) {
    uint64_t h = 1469598103934665603ull;  // FNV-1a: tokens are a few bytes
    for (unsigned char c : spelling) h = (h ^ c) * 1099511628211ull;
    h ^= h >> 29;
    for (size_t i = h & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
      Slot& s = slots_[i];
      if (!s.used) {
        if (2 * (used_ + 1) > slots_.size()) return grow(), find_or_add(spelling);
        ++used_;
        s = {h, static_cast<uint32_t>(bytes_.size()), static_cast<uint32_t>(spelling.size()), true, nullptr};
        bytes_ += spelling;
        return s.run;
      }
      if (s.hash == h && s.size == spelling.size() && std::string_view(bytes_).substr(s.offset, s.size) == spelling)
        return s.run;
    }
  }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t offset = 0, size = 0;  // the spelling in bytes_
    bool used = false;
    Run* run = nullptr;
  };
  void grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    for (const Slot& s : old)
      if (s.used)
        for (size_t i = s.hash & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1))
          if (!slots_[i].used) {
            slots_[i] = s;
            break;
          }
  }
  std::vector<Slot> slots_;
  std::string bytes_;
  size_t used_ = 0;
};

// Documents [begin, end): every variant's run, ordered by key. Spellings are looked up by their
// bytes (views into the documents' fields, which outlive the build).
struct Chunk {
  std::map<KeyView, Run> runs;  // map nodes never move
  SpellingTable by_spelling;
};

void invert_chunk(const std::vector<Doc>& docs, size_t begin, size_t end, KeyCache& keys, Chunk& chunk) {
  std::vector<std::pair<size_t, size_t>> spans;
  for (size_t d = begin; d < end; ++d) {
    uint32_t position = 0;
    for (const auto& field : docs[d].fields) {
      std::string_view text = field.text;
      size_t after = 0;  // end of the previous token
      token_spans(text, spans);
      for (auto [b, e] : spans) {
        // Punctuation between two syllables ends a phrase: "chính, công" is not "chính công".
        if (text.find_first_not_of(' ', after) < b) ++position;
        after = e;
        std::string_view raw = text.substr(b, e - b);
        Run*& run = chunk.by_spelling.find_or_add(raw);
        if (!run) {
          const KeyCache::Keys& k = keys.get(raw);
          run = &chunk.runs[{k.folded, k.exact}];
        }
        run->add(static_cast<uint32_t>(d), field.bit, position);
        ++position;
      }
      position += kFieldGap;
    }
  }
  for (auto& [key, run] : chunk.runs) run.flush();
}

// Consecutive document ranges of about `target` bytes of field text each (at least one range).
// They depend on the documents only; the result would be the same for any cut.
std::vector<size_t> chunk_starts(const std::vector<Doc>& docs, size_t target) {
  std::vector<size_t> starts = {0};
  size_t bytes = 0;
  for (size_t d = 0; d < docs.size(); ++d) {
    if (bytes >= target) starts.push_back(d), bytes = 0;
    for (const auto& f : docs[d].fields) bytes += f.text.size() + 16;
  }
  return starts;
}

}  // namespace

std::vector<EncodedTerm> invert_encoded(const std::vector<Doc>& docs) {
  std::vector<size_t> starts = chunk_starts(docs, 128 * 1024);
  std::vector<Chunk> chunks(starts.size());
  KeyCache keys;
  parallel_for(chunks.size(), 0, [&](size_t c) {
    invert_chunk(docs, starts[c], c + 1 < starts.size() ? starts[c + 1] : docs.size(), keys, chunks[c]);
  });
  // Every variant's runs in chunk order, that is document order.
  std::map<KeyView, std::vector<const Run*>> variants;
  for (const auto& chunk : chunks)
    for (const auto& [key, run] : chunk.runs) variants[key].push_back(&run);
  std::vector<EncodedTerm> out;
  for (const auto& [key, runs] : variants) {
    if (out.empty() || out.back().folded != key.first) out.push_back({std::string(key.first), {}});
    std::string text;
    uint32_t previous = 0;
    for (const Run* run : runs) {
      put_varint(text, run->first - previous);
      text += run->tail;
      previous = run->last;
    }
    out.back().variants.emplace_back(std::string(key.second), std::move(text));
  }
  return out;
}

TermIndex invert(const std::vector<Doc>& docs) {
  TermIndex index;
  for (auto& term : invert_encoded(docs))
    for (auto& [exact, text] : term.variants) decode_postings(text, index[term.folded][exact]);
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
