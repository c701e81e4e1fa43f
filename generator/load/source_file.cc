#include "load/source_file.h"

#include <algorithm>
#include <cerrno>
#include <fstream>
#include <sstream>

#include "util/source_path.h"
#include "util/text.h"

namespace ck {
namespace fs = std::filesystem;

std::string sniff_binary_kind(std::string_view b) {
  auto starts = [&](std::string_view magic) { return b.substr(0, magic.size()) == magic; };
  if (starts("PK\x03\x04")) return "tệp nén (có thể là Word .docx hoặc Excel .xlsx)";
  if (starts("%PDF")) return "tệp PDF";
  if (starts("\xD0\xCF\x11\xE0")) return "tệp Word/Excel đời cũ (.doc/.xls)";
  if (starts("\x89PNG")) return "ảnh PNG";
  if (starts("\xFF\xD8\xFF")) return "ảnh JPEG";
  if (starts("{\\rtf")) return "tệp RTF";
  if (b.find('\0') != std::string_view::npos) return "tệp nhị phân";
  return {};
}

std::string file_error_reason(const std::error_code& ec) {
  switch (static_cast<std::errc>(ec.value())) {
    case std::errc::permission_denied:
    case std::errc::operation_not_permitted:
      return "không có quyền";
    case std::errc::too_many_symbolic_link_levels:
      return "liên kết tượng trưng vòng lặp";
    case std::errc::no_such_file_or_directory:
      return "không tồn tại (liên kết tượng trưng hỏng?)";
    case std::errc::not_a_directory:
      return "một phần của đường dẫn không phải thư mục";
    case std::errc::is_a_directory:
      return "đây là thư mục, không phải tệp";
    case std::errc::filename_too_long:
      return "tên quá dài";
    default:
      return "lỗi hệ thống: " + ec.message();
  }
}

namespace {

std::string what_to_do(const std::error_code& ec) {
  if (ec == std::errc::too_many_symbolic_link_levels) return " — sửa hoặc xóa liên kết tượng trưng này";
  if (ec == std::errc::permission_denied || ec == std::errc::operation_not_permitted)
    return " — cấp quyền đọc cho người chạy congkhai (vd. chmod a+r), hoặc xóa nó khỏi kho";
  return " — kiểm tra hoặc xóa nó khỏi kho";
}

void report_unreadable(const std::string& relative, bool folder, const std::error_code& ec,
                       Diagnostics& diags) {
  diags.error(relative, 0, 0,
              std::string(folder ? "không đọc được thư mục: " : "không đọc được tệp: ") +
                  file_error_reason(ec) + what_to_do(ec));
}

}  // namespace

bool source_exists(const fs::path& root, const std::string& relative, Diagnostics& diags) {
  std::error_code ec;
  auto st = fs::status(root / relative, ec);
  if (!ec) return fs::exists(st);
  if (ec == std::errc::no_such_file_or_directory || ec == std::errc::not_a_directory) {
    // A dangling symlink is there but leads nowhere: say so rather than "missing".
    if (fs::is_symlink(fs::symlink_status(root / relative, ec)))
      report_unreadable(relative, false, std::make_error_code(std::errc::no_such_file_or_directory), diags);
    return false;
  }
  report_unreadable(relative, false, ec, diags);
  return false;
}

std::vector<SourceEntry> list_source_folder(const fs::path& root, const std::string& relative,
                                            Diagnostics& diags) {
  std::vector<SourceEntry> entries;
  std::error_code ec;
  fs::directory_iterator it(root / relative, ec);
  if (ec) {
    if (ec != std::errc::no_such_file_or_directory) report_unreadable(relative, true, ec, diags);
    return entries;
  }
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    SourceEntry entry{it->path().filename().string()};
    std::error_code kind_ec;
    auto st = it->status(kind_ec);  // follows symlinks: a loop or a dangling link fails here
    if (kind_ec) {
      report_unreadable(relative + "/" + entry.name, false, kind_ec, diags);
      continue;
    }
    entry.kind = fs::is_directory(st)      ? EntryKind::Folder
                 : fs::is_regular_file(st) ? EntryKind::File
                                           : EntryKind::Other;
    entries.push_back(std::move(entry));
  }
  // Reading stopped part way: the iterator is then at its end, so this goes after the loop.
  if (ec) report_unreadable(relative, true, ec, diags);
  std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  return entries;
}

std::optional<std::string> read_source_file(const fs::path& root, const std::string& relative,
                                            Diagnostics& diags) {
  std::error_code ec;
  fs::path full = root / relative;
  static_cast<void>(fs::status(full, ec));
  if (ec) {  // a loop would otherwise read as "outside the source"
    report_unreadable(relative, false, ec, diags);
    return std::nullopt;
  }
  // A symlink may point anywhere: only follow it when it stays inside the source.
  if (!resolves_inside(root, full)) {
    diags.error(relative, 0, 0,
                "tệp trỏ ra ngoài thư mục nguồn (liên kết tượng trưng?) — chỉ dùng tệp nằm trong kho");
    return std::nullopt;
  }
  auto size = fs::file_size(full, ec);
  if (ec) {
    report_unreadable(relative, false, ec, diags);
    return std::nullopt;
  }
  if (size > kMaxSourceFileBytes) {
    diags.error(relative, 0, 0,
                "tệp quá lớn (" + std::to_string(size / (1024 * 1024)) + " MB, tối đa " +
                    std::to_string(kMaxSourceFileBytes / (1024 * 1024)) +
                    " MB) — hãy tách kế hoạch thành nhiều tệp hoặc bỏ phần không cần thiết");
    return std::nullopt;
  }
  std::ifstream in(full, std::ios::binary);
  if (!in) {
    report_unreadable(relative, false, std::error_code(errno, std::generic_category()), diags);
    return std::nullopt;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  std::string text = ss.str();
  if (std::string kind = sniff_binary_kind(text); !kind.empty()) {
    // A stray NUL in a text file: say where, so the editor can delete it.
    auto [line, col] = kind == "tệp nhị phân" ? line_col_at(text, text.find('\0')) : std::pair(0, 0);
    diags.error(relative, line, col,
                "đây là " + kind + ", không phải tệp văn bản như phần đuôi tên tệp cho biết — " +
                    "hãy lưu nội dung dưới dạng văn bản (UTF-8) hoặc dùng \"congkhai import\"");
    return std::nullopt;
  }
  if (starts_with(text, "\xEF\xBB\xBF")) text.erase(0, 3);
  if (size_t bad = find_invalid_utf8(text); bad != std::string::npos) {
    auto [line, col] = line_col_at(text, bad);
    diags.error(relative, line, col,
                "ký tự không hợp lệ (tệp không phải UTF-8) — hãy lưu lại tệp với bảng mã UTF-8");
    return std::nullopt;
  }
  if (text.find('\r') != std::string::npos) {
    std::string lf;
    lf.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i)
      if (!(text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n')) lf.push_back(text[i]);
    text = std::move(lf);
  }
  return text;
}

}  // namespace ck
