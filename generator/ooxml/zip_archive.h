// Reading a document package (.docx, .xlsx, .odt: a zip of XML parts) with the
// limits an uploaded file needs: a zip bomb, a huge part or a corrupt archive
// is a clear error (PackageError, Vietnamese), never an exhausted machine.
// One reader for every importer and the progress form (libzip).
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace ck::ooxml {

// A message for the user (Vietnamese), naming the file and the part.
struct PackageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct PackageLimits {
  uint64_t max_part_bytes = 64ull << 20;    // one XML part, uncompressed
  uint64_t max_total_bytes = 256ull << 20;  // everything read from one package
  uint64_t max_ratio = 200;                 // uncompressed / compressed, for parts over 1 MB
  size_t max_entries = 10000;
};

class ZipArchive {
 public:
  // Opens `path`; `display_name` is how messages name it (defaults to path).
  static ZipArchive open_file(const std::string& path, PackageLimits limits = {}, std::string display_name = "");
  // Opens a package held in memory (fuzzing, tests).
  static ZipArchive open_bytes(std::string bytes, PackageLimits limits = {}, std::string display_name = "tệp");

  ZipArchive(ZipArchive&&) noexcept;
  ZipArchive& operator=(ZipArchive&&) noexcept;
  ~ZipArchive();

  const std::vector<std::string>& entries() const { return names_; }
  bool has(const std::string& name) const;
  // The part's bytes, or nullopt when absent. Throws PackageError past a limit or on a corrupt entry.
  std::optional<std::string> read(const std::string& name);
  // Like read, but an absent part is a PackageError naming what the file should have been.
  std::string read_required(const std::string& name, const std::string& what_it_should_be);
  const std::string& display_name() const { return display_; }

 private:
  struct Impl;
  explicit ZipArchive(std::unique_ptr<Impl> impl, std::string display, PackageLimits limits);
  std::unique_ptr<Impl> impl_;
  std::string display_;
  PackageLimits limits_;
  std::vector<std::string> names_;
  uint64_t total_read_ = 0;
};

}  // namespace ck::ooxml
