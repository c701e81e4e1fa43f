// A plain binary encoding for machine-local caches: fixed-width numbers in the
// host's byte order and strings after their length in 7-bit groups (LEB128:
// one byte below 128; a history cache holds 240,000 strings, most short). The reader never reads past
// its input: a truncated or damaged cache file makes it fail (ok() false), and
// the caller then does the work the cache would have saved.
#pragma once
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace ck {

class ByteWriter {
 public:
  void u64(uint64_t v) { bytes_.append(reinterpret_cast<const char*>(&v), sizeof v); }
  void i64(int64_t v) { u64(static_cast<uint64_t>(v)); }
  void f64(double v) {
    uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    u64(bits);
  }
  void flag(bool v) { bytes_.push_back(v ? 1 : 0); }
  void str(std::string_view s) {
    for (uint64_t n = s.size(); ; n >>= 7) {
      if (n < 0x80) {
        bytes_.push_back(static_cast<char>(n));
        break;
      }
      bytes_.push_back(static_cast<char>(0x80 | (n & 0x7f)));
    }
    bytes_.append(s);
  }
  void raw(std::string_view s) { bytes_.append(s); }  // no length before it: a fixed header
  const std::string& bytes() const { return bytes_; }
  std::string take() { return std::move(bytes_); }

 private:
  std::string bytes_;
};

class ByteReader {
 public:
  explicit ByteReader(std::string_view bytes) : bytes_(bytes) {}
  uint64_t u64() {
    uint64_t v = 0;
    if (!have(sizeof v)) return 0;
    std::memcpy(&v, bytes_.data() + pos_, sizeof v);
    pos_ += sizeof v;
    return v;
  }
  int64_t i64() { return static_cast<int64_t>(u64()); }
  double f64() {
    uint64_t bits = u64();
    double v;
    std::memcpy(&v, &bits, sizeof v);
    return v;
  }
  bool flag() {
    if (!have(1)) return false;
    char c = bytes_[pos_++];
    if (c != 0 && c != 1) ok_ = false;
    return c == 1;
  }
  std::string str() {
    uint64_t n = 0;
    for (int shift = 0;; shift += 7) {
      if (shift > 63 || !have(1)) return fail(), std::string();
      const auto byte = static_cast<unsigned char>(bytes_[pos_++]);
      n |= static_cast<uint64_t>(byte & 0x7f) << shift;
      if (byte < 0x80) break;
    }
    if (!have(n)) return {};
    std::string s(bytes_.substr(pos_, n));
    pos_ += n;
    return s;
  }
  // A count of things each at least `min_bytes` long: refused when the rest of
  // the input could not hold them (a damaged count must not allocate gigabytes).
  size_t count(size_t min_bytes = 1) {
    uint64_t n = u64();
    if (n > (bytes_.size() - pos_) / (min_bytes ? min_bytes : 1)) {
      ok_ = false;
      return 0;
    }
    return static_cast<size_t>(n);
  }
  void fail() { ok_ = false; }  // a value read is not one the writer could have written
  bool ok() const { return ok_; }
  bool at_end() const { return pos_ == bytes_.size(); }

 private:
  bool have(uint64_t n) {
    if (ok_ && n <= bytes_.size() - pos_) return true;
    ok_ = false;
    return false;
  }
  std::string_view bytes_;
  size_t pos_ = 0;
  bool ok_ = true;
};

}  // namespace ck
