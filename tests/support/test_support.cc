#include "support/test_support.h"

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>

namespace ck::testing {

TempDir::TempDir() {
  std::string tmpl = (std::filesystem::temp_directory_path() / "congkhai-test-XXXXXX").string();
  if (!mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
  path_ = tmpl;
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

void TempDir::write(const std::string& relative, const std::string& content) const {
  auto p = path_ / relative;
  std::filesystem::create_directories(p.parent_path());
  std::ofstream out(p, std::ios::binary);
  out << content;
}

std::string TempDir::read(const std::string& relative) const { return read_file(path_ / relative); }

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::map<std::string, std::string> snapshot(const std::filesystem::path& root) {
  namespace fs = std::filesystem;
  std::map<std::string, std::string> files;
  for (auto it = fs::recursive_directory_iterator(root); it != fs::recursive_directory_iterator(); ++it) {
    std::string rel = it->path().lexically_relative(root).generic_string();
    if (it->is_symlink())
      files[rel] = "<symlink>";
    else if (it->is_regular_file())
      files[rel] = read_file(it->path());
  }
  return files;
}

std::string shell_quote(const std::filesystem::path& p) {
  std::string out = "'";
  for (char c : p.string()) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

CommandResult run_command(const std::string& command_line) {
  CommandResult r;
  std::string cmd = command_line + " 2>&1";
  FILE* pipe = popen(cmd.c_str(), "r");
  if (!pipe) return r;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) r.output.append(buf.data(), n);
  int status = pclose(pipe);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

std::string minimal_plan_json() {
  return R"({
  "phan": [{"ma": "i", "so": "I", "ten": "Chỉ đạo điều hành"}],
  "nhiem_vu": [
    {
      "ma": "nv-1",
      "so": "1",
      "phan": "i",
      "noi_dung": "Ban hành Kế hoạch cải cách hành chính năm 2026.",
      "co_quan_chu_tri": ["Phòng Văn hóa - Xã hội"],
      "co_quan_phoi_hop": ["Các cơ quan, đơn vị liên quan"],
      "thoi_han": "Trước ngày 13/01/2026",
      "san_pham": ["Kế hoạch của UBND xã"]
    },
    {
      "ma": "nv-2",
      "so": "2",
      "phan": "i",
      "noi_dung": "Kiểm tra cải cách hành chính.",
      "co_quan_chu_tri": ["Văn phòng HĐND và UBND"],
      "thoi_han": "Quý IV/2026",
      "trang_thai": "dang_thuc_hien",
      "tien_do": 40,
      "cap_nhat": [{"ngay": "2026-03-02", "noi_dung": "Đã kiểm tra 3 đơn vị.", "minh_chung": ["Báo cáo số 1/BC-UBND"]}]
    },
    {
      "ma": "nv-2-1",
      "so": "",
      "phan": "i",
      "thuoc": "nv-2",
      "noi_dung": "Kiểm tra Trung tâm Phục vụ hành chính công.",
      "co_quan_chu_tri": ["Văn phòng HĐND và UBND"],
      "thoi_han": "Thường xuyên"
    }
  ],
  "chi_tieu": [{"ma": "ct-1", "noi_dung": "Mức độ hài lòng đạt tối thiểu 90%.", "so_sanh": ">=", "gia_tri": 90, "don_vi": "%"}]
}
)";
}

void write_minimal_portal(const TempDir& dir) {
  dir.write("congkhai.yaml", "tieu_de: Cổng thử nghiệm\n");
  dir.write("content/xa-thu/_index.md", "---\nten: Xã Thử\nloai: xa\nminh_hoa: true\n---\nXã hư cấu dùng cho kiểm thử.\n");
  dir.write("content/xa-thu/kh-2026.md",
            "---\ntieu_de: Kế hoạch cải cách hành chính năm 2026\nso_hieu: /KH-UBND\nngay_ban_hanh: 2026-01\nky: 2026\n---\n"
            "## I. MỤC ĐÍCH\n\nNội dung kế hoạch.\n");
  dir.write("data/xa-thu/kh-2026.json", minimal_plan_json());
}

std::string congkhai_binary() { return CK_BINARY; }
std::filesystem::path source_dir() { return CK_SOURCE_DIR; }
std::filesystem::path shared_dir() { return CK_SHARED_DIR; }

}  // namespace ck::testing
