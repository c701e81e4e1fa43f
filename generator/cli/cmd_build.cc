// `congkhai build` and `congkhai check`.
#include <iostream>

#include <unistd.h>

#include "cli/cache_dir.h"
#include "cli/commands.h"
#include "cli/progress.h"
#include "cli/pipeline.h"
#include "config/config.h"
#include "util/parallel.h"

namespace ck::cli {

namespace {

struct BuildArgs {
  std::string source = ".";
  std::string out = "site";
  std::string base_url;
  std::string today;
  std::string commune;                // hosting: a standalone site of one commune
  bool require_full_history = false;  // hosting: CI refuses a shallow clone
  std::string as_of;                  // hosting: the portal as the repository stood then
  bool stats = false;
  unsigned jobs = 0;       // --jobs: workers for every parallel stage; 0 = one per core
  std::string cache_dir;  // --cache-dir; empty: the default (cli/cache_dir.h)
};

void add_common_options(CLI::App* cmd, BuildArgs& args) {
  cmd->add_option("--source", args.source, "Thư mục nguồn (chứa content/ và data/)")->capture_default_str();
  cmd->add_option("--today", args.today, "Tính trạng thái theo ngày này (YYYY-MM-DD); mặc định SOURCE_DATE_EPOCH hoặc hôm nay");
  cmd->add_option("--jobs,-j", args.jobs, "Số luồng làm việc (mặc định: một mỗi lõi); kết quả như nhau với mọi số luồng")
      ->check(CLI::Range(1u, 1024u));
}

// Runs load..render; prints diagnostics; returns the outcome or an exit code.
// `cache` is the history cache directory; empty: none (check writes nothing).
std::optional<BuildOutcome> checked_pipeline(const BuildArgs& args, bool render, int& exit_code,
                                             BuildProgress* progress = nullptr, const std::string& out_dir = "",
                                             const std::filesystem::path& cache = {}) {
  set_default_threads(args.jobs);  // before any stage: every parallel_for reads it
  if (!args.base_url.empty() && !is_http_url(args.base_url)) {
    std::cerr << "congkhai: " << base_url_problem("--base-url", args.base_url) << "\n";
    exit_code = kUsageError;
    return std::nullopt;
  }
  BuildRequest request;
  request.out_dir = out_dir;
  request.progress = progress;
  request.source = args.source;
  request.base_url = args.base_url;
  request.commune = args.commune;
  request.require_full_history = args.require_full_history;
  request.as_of = args.as_of;
  request.history_cache = cache;
  if (!args.today.empty()) {
    std::string error;
    request.today = parse_today_option(args.today, error);
    if (!request.today) {
      std::cerr << "congkhai: " << error << "\n";
      exit_code = kUsageError;
      return std::nullopt;
    }
  }
  BuildOutcome outcome = run_pipeline(request, render);
  if (progress) progress->finish();  // the bar goes before any message
  std::cerr << outcome.diags.format_all();
  if (!outcome.ok()) {
    std::cerr << "congkhai: " << outcome.diags.error_count() << " lỗi — chưa xuất bản gì, thư mục đầu ra giữ nguyên.\n";
    exit_code = outcome.usage_error ? kUsageError : kContentError;
    return std::nullopt;
  }
  return outcome;
}

}  // namespace

void add_build_command(CLI::App& app, int& exit_code) {
  static BuildArgs args;
  auto* cmd = app.add_subcommand("build", "Biên dịch kho nội dung thành trang tĩnh");
  add_common_options(cmd, args);
  cmd->add_option("--out", args.out, "Thư mục đầu ra")->capture_default_str();
  cmd->add_option("--base-url", args.base_url, "Địa chỉ tuyệt đối nơi đăng trang (cho liên kết cố định)");
  cmd->add_option("--commune", args.commune, "Chỉ dựng trang của một xã (mã xã, vd. tien-lang) và các kế hoạch cấp trên mà xã thực hiện");
  cmd->add_flag("--require-full-history", args.require_full_history, "Báo lỗi nếu kho git không có đủ lịch sử (bản sao nông): dùng trong CI");
  cmd->add_option("--as-of", args.as_of, "Dựng cổng như kho đứng tại ngày (YYYY-MM-DD, hết ngày theo giờ Việt Nam) hoặc tại một commit; trạng thái tính theo ngày đó");
  add_cache_dir_option(cmd, args.cache_dir);
  cmd->add_flag("--stats", args.stats, "In thời gian của từng bước (nạp, kiểm tra, lịch sử, dựng trang, tìm kiếm, ghi)");
  cmd->callback([&exit_code] {
    BuildProgress progress(std::cerr, progress_wanted(STDERR_FILENO));
    std::filesystem::path cache = prepare_cache_dir(args.cache_dir, args.source, std::cerr);
    // Pages are written as they are rendered; the site is swapped in at the end, only if all went well.
    auto outcome = checked_pipeline(args, true, exit_code, &progress, args.out, cache);
    if (!outcome) return;
    progress.finish();
    if (args.stats) std::cerr << progress.stats_report();
    if (outcome->write_error) {
      std::cerr << "congkhai: " << *outcome->write_error << "\n";
      exit_code = kContentError;
      return;
    }
    std::cerr << "congkhai: đã tạo " << outcome->page_count << " trang trong " << args.out << "/ (số liệu tính đến "
              << outcome->today.vietnamese() << ")\n";
    exit_code = kOk;
  });
}

void add_check_command(CLI::App& app, int& exit_code) {
  static BuildArgs args;
  auto* cmd = app.add_subcommand("check", "Chỉ kiểm tra nội dung, không ghi gì");
  add_common_options(cmd, args);
  cmd->callback([&exit_code] {
    // No history cache, not even the user's: check changes nothing anywhere.
    if (!checked_pipeline(args, true, exit_code)) return;
    std::cerr << "congkhai: nội dung hợp lệ.\n";
    exit_code = kOk;
  });
}

}  // namespace ck::cli
