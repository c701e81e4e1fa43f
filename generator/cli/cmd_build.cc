// `congkhai build` and `congkhai check`.
#include <fstream>
#include <memory>
#include <iostream>

#include <unistd.h>

#include "cli/cache_dir.h"
#include "cli/commands.h"
#include "cli/progress.h"
#include "cli/pipeline.h"
#include "config/config.h"
#include "history/history.h"
#include "util/replace_file.h"
#include "util/parallel.h"

namespace ck::cli {

namespace {

struct BuildArgs {
  std::string source = ".";
  std::string out = "site";
  std::string base_url;
  std::string today;
  std::string commune;                // hosting: a standalone site of one commune
  std::vector<std::string> communes;  // --commune, once or more; several (or --communes-from): a batch
  std::string communes_from;          // --communes-from: a batch's commune ids, one a line
  std::string summary_dir;            // --summary: each commune's summary for the national index
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
                                             const std::filesystem::path& cache = {},
                                             const History* batch_history = nullptr) {
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
  request.summary = !args.summary_dir.empty();
  request.history_cache = cache;
  request.batch_history = batch_history;
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


// One site: the whole portal, or one commune's (args.commune), with the batch's history when it
// is one of a batch. Returns the exit code.
int build_one(const BuildArgs& args, const std::filesystem::path& cache, const History* batch_history = nullptr) {
  BuildProgress progress(std::cerr, progress_wanted(STDERR_FILENO));
  // Pages are written as they are rendered; the site is swapped in at the end, only if all went well.
  int exit_code = kOk;
  auto outcome = checked_pipeline(args, true, exit_code, &progress, args.out, cache, batch_history);
  if (!outcome) return exit_code;
  progress.finish();
  if (args.stats) std::cerr << progress.stats_report();
  if (outcome->write_error) {
    std::cerr << "congkhai: " << *outcome->write_error << "\n";
    return kContentError;
  }
  if (!args.summary_dir.empty()) {
    std::string error;
    std::filesystem::path file = std::filesystem::path(args.summary_dir) / (args.commune + ".json");
    std::error_code ec;
    std::filesystem::create_directories(args.summary_dir, ec);
    if (!replace_file(file, outcome->summary.dump(1) + "\n", error)) {
      std::cerr << "congkhai: không ghi được tóm tắt " << file.string() << ": " << error << "\n";
      return kContentError;
    }
  }
  std::cerr << "congkhai: đã tạo " << outcome->page_count << " trang trong " << args.out << "/ (số liệu tính đến "
            << outcome->today.vietnamese() << ")";
  // The incremental rebuild (cli/page_record.h): pages whose inputs did not change were not made again.
  if (outcome->carried_pages) std::cerr << "; giữ nguyên " << outcome->carried_pages << " trang không đổi";
  std::cerr << "\n";
  return kOk;
}

// The communes of --commune and --communes-from, in the order given; nullopt (message printed) when
// the file cannot be read.
std::optional<std::vector<std::string>> batch_communes(const BuildArgs& args) {
  std::vector<std::string> ids = args.communes;
  if (args.communes_from.empty()) return ids;
  std::ifstream in(args.communes_from);
  if (!in) {
    std::cerr << "congkhai: không đọc được --communes-from " << args.communes_from
              << " — tệp ghi mã xã, mỗi dòng một mã\n";
    return std::nullopt;
  }
  for (std::string line; std::getline(in, line);) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    if (!line.empty() && line[0] != '#') ids.push_back(line);
  }
  return ids;
}

// A batch (several communes, or --communes-from) builds each commune's site in OUT/<id>/; a commune
// that fails does not stop the others, and is named at the end. The repository's history is walked
// once for the whole batch (the union of the communes' scopes, cached under its key), not once per
// commune: at 300,000 commits a commune's cold walk takes minutes (docs/scale.md).
int run_build(const BuildArgs& args) {
  auto ids = batch_communes(args);
  if (!ids) return kUsageError;
  if (!args.summary_dir.empty() && ids->empty()) {
    std::cerr << "congkhai: --summary cần --commune hoặc --communes-from (tóm tắt là của từng xã)\n";
    return kUsageError;
  }
  const bool batch = ids->size() > 1 || !args.communes_from.empty();
  const std::filesystem::path cache = prepare_cache_dir(args.cache_dir, args.source, std::cerr);
  if (!batch) {
    BuildArgs one = args;
    one.commune = ids->empty() ? "" : ids->front();
    return build_one(one, cache);
  }
  std::unique_ptr<History> shared;
  if (args.as_of.empty()) {
    Diagnostics diags;
    shared = batch_history(args.source, *ids, cache, diags);
    std::cerr << diags.format_all();
  }
  std::vector<std::string> failed;
  int worst = kOk;
  for (const auto& id : *ids) {
    BuildArgs one = args;
    one.commune = id;
    one.out = (std::filesystem::path(args.out) / id).string();
    if (int code = build_one(one, cache, shared.get()); code != kOk) {
      failed.push_back(id);
      worst = std::max(worst, code);
    }
  }
  if (!failed.empty()) {
    std::string names;
    for (const auto& id : failed) names += (names.empty() ? "" : ", ") + id;
    std::cerr << "congkhai: " << failed.size() << "/" << ids->size() << " xã dựng không thành công: " << names << "\n";
    return worst;
  }
  std::cerr << "congkhai: đã dựng " << ids->size() << " xã trong " << args.out << "/\n";
  return kOk;
}

}  // namespace

void add_build_command(CLI::App& app, int& exit_code) {
  static BuildArgs args;
  auto* cmd = app.add_subcommand("build", "Biên dịch kho nội dung thành trang tĩnh");
  add_common_options(cmd, args);
  cmd->add_option("--out", args.out, "Thư mục đầu ra")->capture_default_str();
  cmd->add_option("--base-url", args.base_url, "Địa chỉ tuyệt đối nơi đăng trang (cho liên kết cố định)");
  cmd->add_option("--commune", args.communes,
                  "Chỉ dựng trang của một xã (mã xã, vd. tien-lang) và các kế hoạch cấp trên mà xã thực hiện; "
                  "nhắc lại để dựng một lô xã, mỗi xã trong OUT/<mã xã>/")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  cmd->add_flag("--require-full-history", args.require_full_history, "Báo lỗi nếu kho git không có đủ lịch sử (bản sao nông): dùng trong CI");
  cmd->add_option("--as-of", args.as_of, "Dựng cổng như kho đứng tại ngày (YYYY-MM-DD, hết ngày theo giờ Việt Nam) hoặc tại một commit; trạng thái tính theo ngày đó");
  add_cache_dir_option(cmd, args.cache_dir);
  cmd->add_flag("--stats", args.stats, "In thời gian của từng bước (nạp, kiểm tra, lịch sử, dựng trang, tìm kiếm, ghi)");
  cmd->add_option("--communes-from", args.communes_from,
                  "Dựng một lô xã: tệp ghi mã xã, mỗi dòng một mã; mỗi xã một trang riêng trong OUT/<mã xã>/");
  cmd->add_option("--summary", args.summary_dir,
                  "Ghi tóm tắt của từng xã đã dựng vào DIR/<mã xã>.json, để `congkhai index` dựng trang chủ toàn quốc");
  cmd->callback([&exit_code] { exit_code = run_build(args); });
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
