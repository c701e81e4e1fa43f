// `congkhai import FILE --commune ID --plan ID [--source DIR] [--force] [--link NUM=ID/PLAN]…`:
// reads a plan's text and writes content/<commune>/<plan>.md and
// data/<commune>/<plan>.json, then prints a summary and every warning.
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "cli/commands.h"
#include "importer/importer.h"
#include "importer/pdf_reader.h"
#include "util/replace_file.h"
#include "util/slug.h"
#include "util/text.h"

namespace ck::cli {
namespace {

namespace fs = std::filesystem;

struct ImportArgs {
  std::string file;
  std::string commune;
  std::string plan;
  std::string source = ".";
  std::string source_name;
  std::vector<std::string> links;
  bool force = false;
};

int usage(const std::string& message) {
  std::cerr << "congkhai import: " << message << "\n";
  return kUsageError;
}

// "5256/QĐ-UBND=hai-phong/cchc-2026" -> links["5256/QĐ-UBND"] = "hai-phong/cchc-2026".
bool parse_links(const std::vector<std::string>& raw, importer::PlanLinks& links, std::string& error) {
  for (const auto& link : raw) {
    size_t eq = link.find('=');
    std::string number = eq == std::string::npos ? "" : nfc(trim(link.substr(0, eq)));
    std::string target = eq == std::string::npos ? "" : trim(link.substr(eq + 1));
    size_t slash = target.find('/');
    if (number.empty() || slash == std::string::npos || !is_slug(target.substr(0, slash)) ||
        !is_slug(target.substr(slash + 1))) {
      error =
          "--link “" + link + "” không đúng dạng SỐ_HIỆU=XÃ/KẾ_HOẠCH (vd. 5256/QĐ-UBND=hai-phong/cchc-2026)";
      return false;
    }
    links[number] = target;
  }
  return true;
}

bool read_whole(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return !in.bad();
}

// Import writes only under content/ and data/ of the source. A folder on the
// way that is a symbolic link leading elsewhere (content/ itself included)
// would make it write outside, so the real place of each folder is checked
// before it is made and again after.
bool inside_area(const fs::path& source, const char* area, const fs::path& dir) {
  std::error_code ec;
  fs::path root = fs::weakly_canonical(source, ec) / area;  // the area's own name, not where a link sends it
  if (ec) return false;
  fs::path real = fs::weakly_canonical(dir, ec);
  if (ec) return false;
  fs::path rel = real.lexically_relative(root);
  return !rel.empty() && rel.begin()->string() != "..";
}

// Why `path` (content/<commune>/<plan>.md or its data/ twin) may not be
// written, or "" when it may.
std::string refusal(const fs::path& source, const char* area, const fs::path& path, bool force) {
  std::error_code ec;
  if (!inside_area(source, area, path.parent_path()))
    return path.parent_path().string() + " trỏ ra ngoài " + area +
           "/ của thư mục nguồn (liên kết tượng trưng?) — import chỉ ghi vào content/ và data/; bỏ liên kết "
           "đó";
  auto st = fs::symlink_status(path, ec);
  if (fs::is_symlink(st))
    return path.string() +
           " là liên kết tượng trưng — import không ghi qua liên kết; xóa liên kết rồi chạy lại";
  if (fs::exists(st) && !force) return "đã có tệp " + path.string() + "; thêm --force để ghi đè";
  return "";
}

bool write_in_area(const fs::path& source, const char* area, const fs::path& path, const std::string& content,
                   std::string& error) {
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  if (!inside_area(source, area, path.parent_path())) {  // a link swapped in meanwhile
    error = path.parent_path().string() + " trỏ ra ngoài " + area + "/ của thư mục nguồn";
    return false;
  }
  return replace_file(path, content, error);
}

void print_summary(const ImportArgs& args, const importer::ImportResult& r, const fs::path& md,
                   const fs::path& json) {
  const auto& s = r.summary;
  size_t tasks = s.numbered_tasks + s.sub_rows;
  std::cout << "Đã nhập " << args.file << " (" << r.meta.kind << " " << r.meta.number << ", kỳ "
            << r.meta.period << ")\n"
            << "  " << md.string() << "\n  " << json.string() << "\n"
            << "  phần của bảng nhiệm vụ:           " << s.sections << "\n"
            << "  nhiệm vụ có số:                   " << s.numbered_tasks << "\n"
            << "  dòng con không số:                " << s.sub_rows << "\n"
            << "  chỉ tiêu:                         " << s.indicators << "\n"
            << "  dòng tiêu đề bảng lặp lại, bỏ qua: " << (s.header_rows ? s.header_rows - 1 : 0) << "\n"
            << "  dòng sang trang đã nối vào ô trên: " << s.continuation_rows << "\n"
            << "  mục lớn (I., II., …) của văn bản: " << s.narrative_headings << "\n"
            << "  thời hạn đọc được thành ngày:     " << s.deadlines_read << "/" << tasks << "\n"
            << "  cảnh báo:                         " << r.diags.warning_count() << "\n";
}

// A PDF by its name or, renamed, by its first bytes.
bool is_pdf(const std::string& file, const std::string& content) {
  std::string ext = fs::path(file).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext == ".pdf" || content.rfind("%PDF-", 0) == 0;
}

// Cells of a scan read with low confidence: listed one by one, for the clerk
// to check against the paper before publishing.
void print_uncertain(const std::string& file, const std::vector<importer::UncertainCell>& cells) {
  for (const auto& c : cells)
    std::cerr << file << " (" << c.where << "): cảnh báo: đọc từ bản quét chưa chắc chắn (dưới "
              << importer::kOcrConfidenceThreshold << "%): “" << c.text << "” — từ: " << c.words
              << "; hãy đối chiếu với bản giấy\n";
}

int run_import(const ImportArgs& args) {
  if (!is_slug(args.commune))
    return usage("mã xã “" + args.commune +
                 "” không hợp lệ: chỉ chữ thường không dấu, số và “-” (vd. tien-lang)");
  if (!is_slug(args.plan))
    return usage("mã kế hoạch “" + args.plan +
                 "” không hợp lệ: chỉ chữ thường không dấu, số và “-” (vd. cchc-2026)");
  importer::ImportOptions options;
  std::string error;
  if (!parse_links(args.links, options.links, error)) return usage(error);
  std::string content;
  if (!read_whole(args.file, content)) {
    std::cerr << args.file << ": lỗi: không đọc được tệp\n";
    return kContentError;
  }
  options.file = args.file;
  options.source_name = args.source_name.empty() ? fs::path(args.file).filename().string() : args.source_name;
  importer::ImportResult r;
  std::vector<importer::UncertainCell> uncertain;
  if (is_pdf(args.file, content)) {
    importer::PdfReadResult pdf = importer::read_pdf(content);
    if (!pdf.error.empty()) {
      std::cerr << args.file << ": lỗi: " << pdf.error << "\n";
      return kContentError;
    }
    options.from_scan = pdf.scanned;
    uncertain = pdf.layout.uncertain;
    r = importer::import_document(pdf.layout.doc, options);
  } else {
    r = importer::import_plan(content, options);
  }
  std::cerr << r.diags.format_all();
  print_uncertain(args.file, uncertain);
  if (!r.ok) {
    std::cerr << "congkhai import: không đọc được " << args.file
              << " thành một kế hoạch; không ghi tệp nào\n";
    return kContentError;
  }
  fs::path md = fs::path(args.source) / "content" / args.commune / (args.plan + ".md");
  fs::path json = fs::path(args.source) / "data" / args.commune / (args.plan + ".json");
  for (const auto& [area, path] : {std::pair{"content", md}, std::pair{"data", json}})
    if (std::string why = refusal(args.source, area, path, args.force); !why.empty()) return usage(why);
  if (!write_in_area(args.source, "content", md, r.markdown, error) ||
      !write_in_area(args.source, "data", json, r.json, error)) {
    std::cerr << "congkhai import: lỗi: " << error << "\n";
    return kContentError;
  }
  print_summary(args, r, md, json);
  return kOk;
}

}  // namespace

void add_import_command(CLI::App& app, int& exit_code) {
  auto* cmd =
      app.add_subcommand("import", "Nhập kế hoạch từ văn bản (bản chuyển từ Word/PDF) vào content/ và data/");
  auto args = std::make_shared<ImportArgs>();
  cmd->add_option("FILE", args->file, "Văn bản kế hoạch (UTF-8, bảng phụ lục tách cột bằng tab)")->required();
  cmd->add_option("--commune", args->commune, "Mã xã/phường/đặc khu, vd. tien-lang")->required();
  cmd->add_option("--plan", args->plan, "Mã kế hoạch, vd. cchc-2026")->required();
  cmd->add_option("--source", args->source, "Thư mục kho nội dung (mặc định: .)");
  cmd->add_option(
      "--link", args->links,
      "Văn bản đã có trên cổng: SỐ_HIỆU=XÃ/KẾ_HOẠCH, vd. 5256/QĐ-UBND=hai-phong/cchc-2026 (lặp lại được)");
  cmd->add_option("--nguon", args->source_name, "Ghi vào “nguon” (mặc định: tên tệp FILE)");
  cmd->add_flag("--force", args->force, "Ghi đè tệp đã có");
  cmd->callback([args, &exit_code] { exit_code = run_import(*args); });
}

}  // namespace ck::cli
