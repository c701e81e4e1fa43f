#include "cli/page_record.h"

#include <charconv>
#include <fstream>
#include <sstream>

#include "util/sha256.h"
#include "util/replace_file.h"

namespace ck::cli {

namespace {
// The first line: a record written by another version of the program is not read.
constexpr const char* kHeader = "congkhai-page-record 1 " CK_VERSION;

template <typename Number>
bool parse(std::string_view text, Number& out) {
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && end == text.data() + text.size();
}
}  // namespace

std::filesystem::path page_record_path(const std::filesystem::path& cache_dir, const std::filesystem::path& out_dir) {
  if (cache_dir.empty()) return {};
  std::error_code ec;
  auto absolute = std::filesystem::weakly_canonical(out_dir, ec);
  if (ec) absolute = std::filesystem::absolute(out_dir);
  return cache_dir / ("trang-" + sha256_hex(absolute.string()).substr(0, 16) + ".tsv");
}

PageRecord read_page_record(const std::filesystem::path& file) {
  PageRecord record;
  if (file.empty()) return record;
  std::ifstream in(file, std::ios::binary);
  std::string line;
  if (!std::getline(in, line) || line != kHeader) return record;
  // path \t key \t sha256 \t listed \t inode \t size \t mtime_ns
  while (std::getline(in, line)) {
    std::string_view rest(line), f[7];
    for (int i = 0; i < 7; ++i) {
      size_t tab = i < 6 ? rest.find('\t') : rest.size();
      if (tab == std::string_view::npos) return {};  // damaged: start over
      f[i] = rest.substr(0, tab);
      rest.remove_prefix(std::min(rest.size(), tab + 1));
    }
    RecordedPage page{std::string(f[1]), std::string(f[2]), f[3] == "1", {}};
    if (!parse(f[4], page.stamp.inode) || !parse(f[5], page.stamp.size) || !parse(f[6], page.stamp.mtime_ns))
      return {};
    record.emplace(std::string(f[0]), std::move(page));
  }
  return record;
}

bool write_page_record(const std::filesystem::path& file, const PageRecord& record, std::string& error) {
  std::string text = std::string(kHeader) + "\n";
  for (const auto& [path, p] : record)
    text += path + '\t' + p.key + '\t' + p.sha256 + '\t' + (p.listed ? "1" : "0") + '\t' +
            std::to_string(p.stamp.inode) + '\t' + std::to_string(p.stamp.size) + '\t' +
            std::to_string(p.stamp.mtime_ns) + '\n';
  std::error_code ec;
  std::filesystem::create_directories(file.parent_path(), ec);
  return replace_file(file, text, error);
}

}  // namespace ck::cli
