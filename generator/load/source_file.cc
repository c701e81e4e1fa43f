#include "load/source_file.h"

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

std::optional<std::string> read_source_file(const fs::path& root, const std::string& relative, Diagnostics& diags) {
  std::error_code ec;
  fs::path full = root / relative;
  // A symlink may point anywhere: only follow it when it stays inside the source.
  if (!resolves_inside(root, full)) {
    diags.error(relative, 0, 0, "tệp trỏ ra ngoài thư mục nguồn (liên kết tượng trưng?) — chỉ dùng tệp nằm trong kho");
    return std::nullopt;
  }
  auto size = fs::file_size(full, ec);
  if (ec) {
    diags.error(relative, 0, 0, "không đọc được tệp (" + ec.message() + ")");
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
  std::ostringstream ss;
  ss << in.rdbuf();
  std::string text = ss.str();
  if (std::string kind = sniff_binary_kind(text); !kind.empty()) {
    diags.error(relative, 0, 0,
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
