#include "cli/page_record.h"

#include <algorithm>
#include <charconv>
#include <utility>
#include <vector>

#include "util/read_file.h"
#include "util/replace_file.h"
#include "util/sha256.h"

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
  const std::string text = read_whole_file(file).value_or("");
  std::string_view rest(text);
  auto next_line = [&rest] {
    const size_t end = rest.find('\n');
    if (end == std::string_view::npos) return std::exchange(rest, {});
    std::string_view line = rest.substr(0, end);
    rest.remove_prefix(end + 1);
    return line;
  };
  if (next_line() != kHeader) return record;
  record.reserve(static_cast<size_t>(std::count(rest.begin(), rest.end(), '\n')));
  // path \t key \t sha256 \t listed \t inode \t size \t mtime_ns
  while (!rest.empty()) {
    std::string_view line = next_line(), f[7];
    for (int i = 0; i < 7; ++i) {
      size_t tab = i < 6 ? line.find('\t') : line.size();
      if (tab == std::string_view::npos) return {};  // damaged: start over
      f[i] = line.substr(0, tab);
      line.remove_prefix(std::min(line.size(), tab + 1));
    }
    RecordedPage page{std::string(f[1]), std::string(f[2]), f[3] == "1", {}};
    if (!parse(f[4], page.stamp.inode) || !parse(f[5], page.stamp.size) || !parse(f[6], page.stamp.mtime_ns))
      return {};
    record.emplace(std::string(f[0]), std::move(page));
  }
  return record;
}

bool write_page_record(const std::filesystem::path& file, const PageRecord& record, std::string& error) {
  std::vector<const PageRecord::value_type*> sorted;  // in path order: the same record, the same file
  sorted.reserve(record.size());
  for (const auto& entry : record) sorted.push_back(&entry);
  std::sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) { return a->first < b->first; });
  std::string text = std::string(kHeader) + "\n";
  for (const auto* entry : sorted) {
    const auto& [path, p] = *entry;
    text += path + '\t' + p.key + '\t' + p.sha256 + '\t' + (p.listed ? "1" : "0") + '\t' +
            std::to_string(p.stamp.inode) + '\t' + std::to_string(p.stamp.size) + '\t' +
            std::to_string(p.stamp.mtime_ns) + '\n';
  }
  std::error_code ec;
  std::filesystem::create_directories(file.parent_path(), ec);
  return replace_file(file, text, error);
}

}  // namespace ck::cli
