// `congkhai new ke-hoach <xã>/<kế hoạch>`: an empty, valid plan to fill in.
#include <algorithm>
#include <iostream>

#include "cli/commands.h"
#include "cli/pipeline.h"
#include "scaffold/scaffold.h"
#include "scaffold/write_new_files.h"

namespace ck::cli {

namespace {

struct NewPlanArgs {
  std::string target;  // "tien-lang/cchc-2027"
  std::string source = ".";
  std::string title;
  std::string period;
};

// The communes there are, for the message when the one named is missing.
std::string commune_list(const std::filesystem::path& content) {
  std::error_code ec;
  std::vector<std::string> ids;
  for (std::filesystem::directory_iterator it(content, ec), end; !ec && it != end; it.increment(ec))
    if (std::filesystem::exists(it->path() / "_index.md")) ids.push_back(it->path().filename().string());
  std::sort(ids.begin(), ids.end());
  std::string out;
  for (const auto& id : ids) out += (out.empty() ? "" : ", ") + id;
  return out.empty() ? "chưa có xã nào — tạo kho bằng congkhai init" : "các xã có: " + out;
}

int run_new_plan(const NewPlanArgs& args) {
  namespace fs = std::filesystem;
  auto slash = args.target.find('/');
  if (slash == std::string::npos) {
    std::cerr << "congkhai new ke-hoach: \"" << args.target
              << "\" — ghi <mã xã>/<mã kế hoạch>, vd. tien-lang/cchc-2027\n";
    return kUsageError;
  }
  scaffold::NewPlan plan{args.target.substr(0, slash), args.target.substr(slash + 1), args.title,
                         args.period};
  if (plan.title.empty()) plan.title = "Kế hoạch " + plan.plan_id;
  if (plan.period.empty()) {
    std::string error;
    auto today = resolve_today(std::nullopt, error);
    if (!today) {
      std::cerr << "congkhai new ke-hoach: " << error << "\n";
      return kUsageError;
    }
    plan.period = std::to_string(today->year);
  }
  if (auto problem = scaffold::new_plan_problem(plan)) {
    std::cerr << "congkhai new ke-hoach: " << *problem << "\n";
    return kUsageError;
  }
  fs::path root = args.source;
  std::string index = "content/" + plan.commune_id + "/_index.md";
  if (!fs::exists(root / index)) {
    std::cerr << "congkhai new ke-hoach: " << (root / index).string() << " không có — "
              << commune_list(root / "content") << "\n";
    return kUsageError;
  }
  auto files = scaffold::new_plan_files(plan);
  for (const auto& f : files) {
    std::error_code ec;
    if (fs::symlink_status(root / f.path, ec).type() != fs::file_type::not_found) {
      std::cerr << "congkhai new ke-hoach: " << (root / f.path).string()
                << " đã có — kế hoạch này đã tồn tại; chọn mã khác hoặc sửa tệp đó\n";
      return kUsageError;
    }
  }
  scaffold::WriteReport report;
  std::string error;
  if (!scaffold::write_new_files(root, files, report, error)) {
    std::cerr << "congkhai new ke-hoach: " << error << "\n";
    return kContentError;
  }
  for (const auto& p : report.written) std::cout << "  tạo    " << p << "\n";
  std::cout
      << "Điền thông tin văn bản vào tệp .md và danh mục nhiệm vụ vào tệp .json, rồi chạy congkhai check.\n";
  return kOk;
}

}  // namespace

void add_new_command(CLI::App& app, int& exit_code) {
  static NewPlanArgs args;
  auto* cmd = app.add_subcommand("new", "Thêm nội dung mới vào kho");
  cmd->require_subcommand(1);
  auto* plan = cmd->add_subcommand("ke-hoach", "Thêm một kế hoạch rỗng (tệp .md và .json) để điền");
  plan->add_option("XA/KE_HOACH", args.target, "Mã xã và mã kế hoạch, vd. tien-lang/cchc-2027")->required();
  plan->add_option("--source", args.source, "Thư mục kho nội dung")->capture_default_str();
  plan->add_option("--tieu-de", args.title, "Tên kế hoạch (mặc định: \"Kế hoạch <mã kế hoạch>\")");
  plan->add_option("--ky", args.period,
                   "Năm hoặc giai đoạn của kế hoạch, vd. 2026 hoặc 2026-2030 (mặc định: năm nay)");
  plan->callback([&exit_code] { exit_code = run_new_plan(args); });
}

}  // namespace ck::cli
