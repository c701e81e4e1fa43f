// Errors and warnings are values with a location, for people to read.
#pragma once
#include <string>
#include <vector>

namespace ck {

enum class Severity { Error, Warning };

struct Diagnostic {
  Severity severity = Severity::Error;
  std::string file;   // relative to the source root, '/' separated
  int line = 0;       // 1-based; 0 = unknown
  int column = 0;     // 1-based; 0 = unknown
  std::string message;  // Vietnamese for content errors: what is wrong and what to do

  // "data/x/y.json:41:17: lỗi: nhiệm vụ "12": thiếu "co_quan_chu_tri""
  std::string format() const;
};

class Diagnostics {
 public:
  void error(std::string file, int line, int column, std::string message);
  void warning(std::string file, int line, int column, std::string message);
  void add(Diagnostic d) { items_.push_back(std::move(d)); }
  void append(const Diagnostics& other);

  bool has_errors() const;
  size_t error_count() const;
  size_t warning_count() const;
  const std::vector<Diagnostic>& items() const { return items_; }
  // Sorted by file, line, column so output is stable; one per line.
  std::string format_all() const;
  void sort();

 private:
  std::vector<Diagnostic> items_;
};

}  // namespace ck
