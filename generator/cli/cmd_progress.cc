// `congkhai progress export` and `congkhai progress apply`: progress reports
// as a spreadsheet an agency fills in (generator/progress/).
#include <iostream>

#include "cli/commands.h"
#include "cli/pipeline.h"
#include "load/portal_loader.h"
#include "progress/apply_form.h"
#include "progress/export_form.h"

namespace ck::cli {
namespace {

struct ExportArgs {
  std::string commune, plan, agency, out, source = ".", date;
};
struct ApplyArgs {
  std::string form, source = ".", author, today;
  bool dry_run = false, commit = false;
};

int usage(const std::string& cmd, const std::string& message) {
  std::cerr << "congkhai progress " << cmd << ": " << message << "\n";
  return kUsageError;
}

// --date / --today, else SOURCE_DATE_EPOCH, else today in Vietnam.
std::optional<CivilDate> day_option(const std::string& value, std::string& error) {
  std::optional<CivilDate> explicit_day;
  if (!value.empty()) {
    explicit_day = parse_today_option(value, error);
    if (!explicit_day) return std::nullopt;
  }
  return resolve_today(explicit_day, error);
}

int run_export(const ExportArgs& a) {
  std::string error;
  auto date = day_option(a.date, error);
  if (!date) return usage("export", error);
  Diagnostics diags;
  auto portal = load_portal(a.source, diags);
  if (!portal || diags.has_errors()) {
    std::cerr << diags.format_all() << "Kho nội dung có lỗi: sửa các lỗi trên rồi xuất lại biểu mẫu.\n";
    return kContentError;
  }
  const Commune* commune = portal->find_commune(a.commune);
  if (!commune)
    return usage("export", "không có xã/phường \"" + a.commune + "\" trong " + a.source + "/content");
  progress::ExportRequest req;
  req.commune = commune;
  req.agency_id = a.agency;
  req.date = *date;
  req.due_soon_days = portal->config.due_soon_days;
  req.out = a.out;
  for (const Plan& p : commune->plans)
    if (a.plan.empty() || p.id == a.plan) req.plans.push_back(&p);
  if (req.plans.empty())
    return usage("export", a.plan.empty() ? "\"" + a.commune + "\" chưa có kế hoạch nào"
                                          : "không có kế hoạch \"" + a.plan + "\" của \"" + a.commune + "\"");
  auto result = progress::export_form(req);
  if (!result.ok) {
    std::cerr << "congkhai progress export: " << result.error << "\n";
    return kContentError;
  }
  if (!a.agency.empty() && result.task_rows == 0)
    std::cerr << "cảnh báo: cơ quan \"" << a.agency << "\" không chủ trì hay phối hợp nhiệm vụ nào "
              << "(xem mã cơ quan ở trang Cơ quan của cổng)\n";
  std::cout << a.out << ": biểu mẫu " << result.task_rows << " nhiệm vụ, " << req.plans.size()
            << " kế hoạch, số liệu tính đến ngày " << date->vietnamese() << "\n";
  return kOk;
}

int run_apply(const ApplyArgs& a) {
  std::string error;
  auto today = day_option(a.today, error);
  if (!today) return usage("apply", error);
  if (a.dry_run && a.commit) return usage("apply", "--dry-run và --commit không dùng cùng nhau");
  progress::ApplyRequest req;
  req.form = a.form;
  req.source = a.source;
  req.dry_run = a.dry_run;
  req.commit = a.commit;
  req.author = a.author;
  req.today = *today;
  auto result = progress::apply_form(req);
  (result.exit_code == 0 ? std::cout : std::cerr) << result.output;
  return result.exit_code;
}

}  // namespace

void add_progress_command(CLI::App& app, int& exit_code) {
  auto* cmd =
      app.add_subcommand("progress", "Báo cáo tiến độ bằng bảng tính: xuất biểu mẫu, nhập biểu mẫu đã điền");
  cmd->require_subcommand(1);

  static ExportArgs ex;
  auto* exp = cmd->add_subcommand("export", "Xuất biểu mẫu .xlsx để cơ quan điền tiến độ");
  exp->add_option("--commune", ex.commune, "Mã xã/phường (thư mục trong content/)")->required();
  exp->add_option("--plan", ex.plan, "Chỉ kế hoạch này (mặc định: mọi kế hoạch, mỗi kế hoạch một trang)");
  exp->add_option("--agency", ex.agency, "Chỉ các nhiệm vụ cơ quan này chủ trì hoặc phối hợp (mã cơ quan)");
  exp->add_option("--out", ex.out, "Tệp .xlsx sẽ ghi")->required();
  exp->add_option("--source", ex.source, "Thư mục nguồn (chứa content/ và data/)")->capture_default_str();
  exp->add_option("--date", ex.date,
                  "Ngày số liệu của biểu mẫu (YYYY-MM-DD); mặc định SOURCE_DATE_EPOCH hoặc hôm nay");
  exp->callback([&exit_code] { exit_code = run_export(ex); });

  static ApplyArgs ap;
  auto* app_cmd = cmd->add_subcommand("apply", "Nhập biểu mẫu .xlsx đã điền vào dữ liệu kế hoạch");
  app_cmd->add_option("form", ap.form, "Tệp .xlsx đã điền")->required();
  app_cmd->add_option("--source", ap.source, "Thư mục nguồn (chứa content/ và data/)")->capture_default_str();
  app_cmd->add_flag("--dry-run", ap.dry_run, "Chỉ kiểm tra và nói sẽ thay đổi gì, không ghi");
  app_cmd->add_flag("--commit", ap.commit, "Ghi xong thì commit (lý do thành dòng Ly-do:)");
  app_cmd->add_option("--author", ap.author,
                      "Người ghi commit \"Họ tên <email>\" (mặc định: GIT_AUTHOR_NAME/EMAIL, rồi git config; ngày: GIT_AUTHOR_DATE)");
  app_cmd->add_option("--today", ap.today, "Hôm nay (YYYY-MM-DD): ngày hoàn thành không được muộn hơn");
  app_cmd->callback([&exit_code] { exit_code = run_apply(ap); });
}

}  // namespace ck::cli
