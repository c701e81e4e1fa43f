// A struct as bytes and back through one list of its fields: Fields<T>::each
// names each field once, in order, and the same list serves writing (Put)
// and reading (Get), so the two cannot drift apart. Used by the machine-local
// caches (load/commune_codec.cc, history/history_codec.cc), each of which
// lists its own types and guards them with static_assert(sizeof(T) == N) so
// that a field added later stops the build until it is listed.
//
// Reading never trusts the bytes: a value no writer could have written (an
// int out of range, an enum past its last value, a count larger than the rest
// of the input could hold) makes the ByteReader fail, and the caller then does
// the work the cache would have saved.
#pragma once
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "util/byte_codec.h"

namespace ck {

// Fields<T>::each(t, visit) calls visit(field) for each field of t, in order.
// Specialised beside the types' codec, never here.
template <typename T>
struct Fields;

template <typename T>
concept Listed = requires {
  sizeof(Fields<T>);
};

// An enum's last value: a number read past it is not one the writer wrote.
// Specialised for each enum a codec carries.
template <typename E>
constexpr E kLast = E{};

struct Put {
  ByteWriter& w;
  void operator()(const std::string& s) { w.str(s); }
  void operator()(int v) { w.i64(v); }
  void operator()(long long v) { w.i64(v); }
  void operator()(size_t v) { w.u64(v); }
  void operator()(bool v) { w.flag(v); }
  void operator()(double v) { w.f64(v); }
  template <typename E>
  requires std::is_enum_v<E>
  void operator()(E e) { w.u64(static_cast<uint64_t>(e)); }
  template <typename T>
  void operator()(const std::optional<T>& v) {
    w.flag(v.has_value());
    if (v) (*this)(*v);
  }
  template <typename T>
  void operator()(const std::vector<T>& items) {
    w.u64(items.size());
    for (const auto& item : items) (*this)(item);
  }
  void operator()(const std::pair<std::string, std::string>& p) { (*this)(p.first), (*this)(p.second); }
  void operator()(const std::map<std::string, std::string>& m) {
    w.u64(m.size());
    for (const auto& [key, value] : m) (*this)(key), (*this)(value);
  }
  template <Listed T>
  void operator()(const T& t) {
    Fields<T>::each(t, *this);
  }
};

struct Get {
  ByteReader& r;
  void operator()(std::string& s) { s = r.str(); }
  void operator()(int& v) {
    const int64_t x = r.i64();
    if (x < std::numeric_limits<int>::min() || x > std::numeric_limits<int>::max()) r.fail();
    v = static_cast<int>(x);
  }
  void operator()(long long& v) { v = r.i64(); }
  void operator()(size_t& v) { v = r.u64(); }
  void operator()(bool& v) { v = r.flag(); }
  void operator()(double& v) { v = r.f64(); }
  template <typename E>
  requires std::is_enum_v<E>
  void operator()(E& e) {
    const uint64_t v = r.u64();
    if (v > static_cast<uint64_t>(kLast<E>))
      r.fail();
    else
      e = static_cast<E>(v);
  }
  template <typename T>
  void operator()(std::optional<T>& v) {
    v.reset();
    if (r.flag()) (*this)(v.emplace());
  }
  // Every item takes at least a byte (an empty string), and the items are
  // made as they are read: a damaged count cannot allocate much, nor read on
  // past a failure.
  template <typename T>
  void operator()(std::vector<T>& items) {
    const size_t n = r.count(1);
    items.clear();
    items.reserve(std::min<size_t>(n, 4096));
    for (size_t i = 0; i < n && r.ok(); ++i) (*this)(items.emplace_back());
  }
  void operator()(std::pair<std::string, std::string>& p) { (*this)(p.first), (*this)(p.second); }
  // Keys written in order, each once: a repeated or unordered key is not what Put wrote.
  void operator()(std::map<std::string, std::string>& m) {
    m.clear();
    const size_t n = r.count(2);  // two strings, each at least a byte
    for (size_t i = 0; i < n && r.ok(); ++i) {
      std::string key = r.str();
      if (!m.empty() && !(m.rbegin()->first < key)) r.fail();
      m.emplace_hint(m.end(), std::move(key), r.str());
    }
  }
  template <Listed T>
  void operator()(T& t) {
    Fields<T>::each(t, *this);
  }
};

}  // namespace ck
