#include "util/diagnostic.h"

#include <algorithm>
#include <tuple>

namespace ck {

std::string Diagnostic::format() const {
  std::string s = file.empty() ? std::string("congkhai") : file;
  if (line > 0) {
    s += ":" + std::to_string(line);
    if (column > 0) s += ":" + std::to_string(column);
  }
  s += severity == Severity::Error ? ": lỗi: " : ": cảnh báo: ";
  s += message;
  return s;
}

void Diagnostics::error(std::string file, int line, int column, std::string message) {
  items_.push_back({Severity::Error, std::move(file), line, column, std::move(message)});
}

void Diagnostics::warning(std::string file, int line, int column, std::string message) {
  items_.push_back({Severity::Warning, std::move(file), line, column, std::move(message)});
}

void Diagnostics::append(const Diagnostics& other) {
  items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

bool Diagnostics::has_errors() const { return error_count() > 0; }

size_t Diagnostics::error_count() const {
  return static_cast<size_t>(std::count_if(items_.begin(), items_.end(),
                                           [](const Diagnostic& d) { return d.severity == Severity::Error; }));
}

size_t Diagnostics::warning_count() const { return items_.size() - error_count(); }

void Diagnostics::sort() {
  std::stable_sort(items_.begin(), items_.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
  });
}

std::string Diagnostics::format_all() const {
  Diagnostics copy = *this;
  copy.sort();
  std::string out;
  for (const auto& d : copy.items_) out += d.format() + "\n";
  return out;
}

}  // namespace ck
