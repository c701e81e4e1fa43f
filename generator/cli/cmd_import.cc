// `congkhai import FILE [--commune ID] [--plan ID] [--source DIR] [--force] [--link NUM=ID/PLAN]…
//  [--ten NAME --loai KIND --cap-tren ID]`: reads a plan (a text export, .docx, .odt, .doc through
// LibreOffice, or .pdf, its text layer or OCR of a scan) and writes content/<commune>/<plan>.md and
// data/<commune>/<plan>.json (and content/<commune>/_index.md for a new commune), prints a summary
// and every warning, then checks
// the source as `congkhai check` would: exit 1, saying what to fix, when the import is not publishable.
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <memory>
#include <sstream>

#include "cli/commands.h"
#include "cli/doc_conversion.h"
#include "cli/pipeline.h"
#include "cli/scratch_dir.h"
#include "importer/commune_identity.h"
#include "importer/document_file.h"
#include "importer/importer.h"
#include "load/portal_loader.h"
#include "importer/pdf_reader.h"
#include "util/read_file.h"
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
  std::string commune_name;    // --ten, for a new commune's _index.md
  std::string commune_kind;    // --loai
  std::string commune_parent;  // --cap-tren
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

// Cells of a scan read with low confidence: listed one by one, for the clerk
// to check against the paper before publishing.
void print_uncertain(const std::string& file, const std::vector<importer::UncertainCell>& cells) {
  for (const auto& c : cells)
    std::cerr << file << " (" << c.where << "): cảnh báo: đọc từ bản quét chưa chắc chắn (dưới "
              << importer::kOcrConfidenceThreshold << "%): “" << c.text << "” — từ: " << c.words
              << "; hãy đối chiếu với bản giấy\n";
}

// Reads FILE in its format and imports it; nullopt (message printed, `exit_code` set) when it cannot be read.
std::optional<importer::ImportResult> import_source(const ImportArgs& args, const importer::ImportOptions& options,
                                                    int& exit_code) {
  using importer::DocumentFormat;
  DocumentFormat format = importer::format_of(args.file);
  std::string error;
  auto fail = [&](const std::string& message) {
    std::cerr << message << "\n";
    exit_code = kContentError;
    return std::nullopt;
  };
  if (format == DocumentFormat::Unknown) {
    exit_code = usage("không biết đọc tệp “" + args.file +
                      "”: nhập được văn bản .txt (bảng phụ lục tách cột bằng tab), .docx, .odt, .doc, .pdf");
    return std::nullopt;
  }
  if (format == DocumentFormat::Pdf) {
    auto content = read_whole_file(args.file);
    if (!content) return fail(args.file + ": lỗi: không đọc được tệp");
    importer::PdfReadResult pdf = importer::read_pdf(*content);
    if (!pdf.error.empty()) return fail(args.file + ": lỗi: " + pdf.error);
    importer::ImportOptions scanned = options;
    scanned.from_scan = pdf.scanned;
    print_uncertain(args.file, pdf.layout.uncertain);
    return importer::import_document(pdf.layout.doc, scanned);
  }
  if (format == DocumentFormat::Text) {
    auto content = read_whole_file(args.file);
    if (!content) return fail(args.file + ": lỗi: không đọc được tệp");
    return importer::import_plan(*content, options);
  }
  std::string package = args.file;
  std::unique_ptr<ScratchDir> scratch;
  if (format == DocumentFormat::Doc) {
    scratch = ScratchDir::make("doc", error);
    if (!scratch) return fail("congkhai import: lỗi: " + error);
    auto docx = convert_doc_to_docx(args.file, *scratch, error);
    if (!docx) return fail(error);
    package = docx->string();
    format = DocumentFormat::Docx;
  }
  auto doc = importer::read_package_document(package, format, args.file, error);
  if (!doc) return fail(error);
  return importer::import_document(*doc, options);
}

// The commune's _index.md when the portal does not have the commune yet; "" when it has.
// nullopt (message printed) when the name or kind is not known.
std::optional<std::string> new_commune_index(const ImportArgs& args, const importer::ImportResult& r,
                                             const fs::path& index) {
  std::error_code ec;
  if (fs::exists(fs::symlink_status(index, ec))) return std::string();
  auto c = importer::commune_from_issuer(r.meta.issuer).value_or(importer::CommuneIdentity{});
  if (!args.commune_name.empty()) c.name = args.commune_name;
  if (!args.commune_kind.empty()) c.kind = importer::commune_kind(args.commune_kind);
  if (c.name.empty() || c.kind.empty()) {
    std::cerr << "congkhai import: lỗi: xã “" << args.commune << "” chưa có trên cổng (chưa có " << index.string()
              << ") và không đọc được tên, loại của xã từ cơ quan ban hành “" << r.meta.issuer
              << "”; thêm --ten \"Xã …\" --loai xa|phuong|dac_khu|thanh_pho rồi chạy lại. Chưa ghi tệp nào\n";
    return std::nullopt;
  }
  std::cerr << "congkhai import: xã mới: " << index.string() << " (ten: “" << c.name << "”, loai: " << c.kind
            << ") — sửa bằng --ten, --loai nếu chưa đúng\n";
  return importer::write_commune_index(c, args.commune_parent, r.meta.title, args.source_name);
}

// `congkhai check` on the source after the import: the import's own errors
// (in content/<commune>/ or data/<commune>/) fail it, with what to fix.
int check_publishable(const ImportArgs& args) {
  BuildRequest request;
  request.source = args.source;
  request.history = false;
  BuildOutcome outcome = run_pipeline(request, true);
  if (outcome.ok()) {
    std::cout << "  congkhai check:                   đạt (xuất bản được)\n";
    return kOk;
  }
  std::cerr << outcome.diags.format_all();
  // Errors in the files of this commune come from the import; others were in the repository already.
  size_t ours = 0;
  for (const auto& d : outcome.diags.items())
    if (d.severity == Severity::Error && (starts_with(d.file, "content/" + args.commune + "/") ||
                                          starts_with(d.file, "data/" + args.commune + "/")))
      ++ours;
  size_t others = outcome.diags.error_count() - ours;
  std::cerr << "congkhai import: đã ghi tệp, nhưng kho nội dung chưa xuất bản được: " << outcome.diags.error_count()
            << " lỗi ở trên (tệp:dòng, trường nào, làm gì)";
  if (ours) std::cerr << "; " << ours << " lỗi trong content/" << args.commune << "/ và data/" << args.commune << "/";
  if (others) std::cerr << "; " << others << " lỗi ở nơi khác trong kho, có từ trước lần nhập này";
  std::cerr << ". Sửa rồi chạy congkhai check --source " << args.source << "\n";
  return kContentError;
}

// The commune when --commune is left out: the repository's only one (a commune's
// own repository, as `congkhai init` makes it). Empty, with `error`, otherwise.
std::string only_commune(const std::string& source, std::string& error) {
  std::vector<std::string> ids = commune_folder_ids(source);
  std::sort(ids.begin(), ids.end());
  if (ids.size() == 1) return ids.front();
  std::string known;
  for (const auto& id : ids) known += (known.empty() ? "" : ", ") + id;
  error = ids.empty() ? "chưa có xã nào trong content/ — thêm --commune <mã xã> (vd. --commune tien-lang)"
                      : "kho có nhiều xã (" + known + ") — chọn một bằng --commune";
  return "";
}

int run_import(ImportArgs args) {
  if (args.commune.empty()) {
    std::string error;
    if ((args.commune = only_commune(args.source, error)).empty()) return usage(error);
  }
  // The plan id from the file name ("Kế hoạch CCHC 2026.docx" -> "ke-hoach-cchc-2026"), as a clerk names files.
  if (args.plan.empty()) args.plan = slugify(fs::path(args.file).stem().string());
  if (!is_slug(args.commune))
    return usage("mã xã “" + args.commune +
                 "” không hợp lệ: chỉ chữ thường không dấu, số và “-” (vd. tien-lang)");
  if (!is_slug(args.plan))
    return usage("mã kế hoạch “" + args.plan +
                 "” không hợp lệ: chỉ chữ thường không dấu, số và “-” (vd. cchc-2026)");
  if (!args.commune_kind.empty() && importer::commune_kind(args.commune_kind).empty())
    return usage("--loai “" + args.commune_kind + "” không hợp lệ: xa, phuong, dac_khu hoặc thanh_pho");
  if (!args.commune_parent.empty() && !is_slug(args.commune_parent))
    return usage("--cap-tren “" + args.commune_parent + "” không phải mã xã (vd. hai-phong)");
  importer::ImportOptions options;
  std::string error;
  if (!parse_links(args.links, options.links, error)) return usage(error);
  options.file = args.file;
  if (args.source_name.empty()) args.source_name = fs::path(args.file).filename().string();
  options.source_name = args.source_name;
  int exit_code = kOk;
  std::optional<importer::ImportResult> imported = import_source(args, options, exit_code);
  if (!imported) return exit_code;
  importer::ImportResult& r = *imported;
  std::cerr << r.diags.format_all();
  if (!r.ok) {
    std::cerr << "congkhai import: không đọc được " << args.file
              << " thành một kế hoạch; không ghi tệp nào\n";
    return kContentError;
  }
  fs::path md = fs::path(args.source) / "content" / args.commune / (args.plan + ".md");
  fs::path json = fs::path(args.source) / "data" / args.commune / (args.plan + ".json");
  fs::path index = fs::path(args.source) / "content" / args.commune / "_index.md";
  for (const auto& [area, path] : {std::pair{"content", md}, std::pair{"data", json}})
    if (std::string why = refusal(args.source, area, path, args.force); !why.empty()) return usage(why);
  std::optional<std::string> commune_index = new_commune_index(args, r, index);
  if (!commune_index) return kContentError;
  if (!commune_index->empty())
    if (std::string why = refusal(args.source, "content", index, false); !why.empty()) return usage(why);
  if ((!commune_index->empty() && !write_in_area(args.source, "content", index, *commune_index, error)) ||
      !write_in_area(args.source, "content", md, r.markdown, error) ||
      !write_in_area(args.source, "data", json, r.json, error)) {
    std::cerr << "congkhai import: lỗi: " << error << "\n";
    return kContentError;
  }
  print_summary(args, r, md, json);
  return check_publishable(args);
}

}  // namespace

void add_import_command(CLI::App& app, int& exit_code) {
  auto* cmd =
      app.add_subcommand("import", "Nhập kế hoạch từ văn bản Word (.docx, .odt, .doc) hoặc bản chuyển sang chữ vào content/ và data/");
  auto args = std::make_shared<ImportArgs>();
  cmd->add_option("FILE", args->file, "Văn bản kế hoạch: .docx, .odt, .doc (qua LibreOffice) hoặc văn bản UTF-8 (bảng phụ lục tách cột bằng tab)")->required();
  cmd->add_option("--commune", args->commune,
                  "Mã xã/phường/đặc khu, vd. tien-lang (mặc định: xã duy nhất trong content/)");
  cmd->add_option("--plan", args->plan, "Mã kế hoạch, vd. cchc-2026 (mặc định: từ tên tệp FILE)");
  cmd->add_option("--source", args->source, "Thư mục kho nội dung (mặc định: .)");
  cmd->add_option(
      "--link", args->links,
      "Văn bản đã có trên cổng: SỐ_HIỆU=XÃ/KẾ_HOẠCH, vd. 5256/QĐ-UBND=hai-phong/cchc-2026 (lặp lại được)");
  cmd->add_option("--nguon", args->source_name, "Ghi vào “nguon” (mặc định: tên tệp FILE)");
  cmd->add_option("--ten", args->commune_name, "Tên xã khi xã chưa có trên cổng, vd. \"Xã Tiên Lãng\" (mặc định: từ cơ quan ban hành)");
  cmd->add_option("--loai", args->commune_kind, "Loại xã khi xã chưa có trên cổng: xa, phuong, dac_khu, thanh_pho");
  cmd->add_option("--cap-tren", args->commune_parent, "Mã đơn vị cấp trên khi xã chưa có trên cổng, vd. hai-phong");
  cmd->add_flag("--force", args->force, "Ghi đè tệp đã có");
  cmd->callback([args, &exit_code] { exit_code = run_import(*args); });
}

}  // namespace ck::cli
