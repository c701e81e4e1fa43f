// `congkhai serve`: a preview for editors on 127.0.0.1. The site is built into
// a folder in the cache directory and rebuilt when a source file changes
// (inotify, cli/source_watcher.h). A change inside one or a few communes'
// folders is shown first from a build of those communes alone, in memory, with
// the history the last whole build read (under a second at 3,300 communes);
// the whole site is then rebuilt incrementally like `build` (cli/page_record.h:
// only the pages whose commune changed are made again) on its own thread, and
// replaces it (cli/serve_preview.h). Content errors are shown at the top of
// every page (the last good build stays visible below them). Without a cache
// directory the site is built in memory, whole, each time.
#include <httplib.h>

#include <chrono>
#include <iostream>
#include <memory>
#include <thread>

#include "cli/cache_dir.h"
#include "cli/commands.h"
#include "cli/pipeline.h"
#include "cli/serve_preview.h"
#include "cli/source_watcher.h"

namespace ck::cli {

void add_serve_command(CLI::App& app, int& exit_code) {
  static std::string source = ".";
  static std::string today;
  static int port = 8080;
  static std::string cache_dir;
  auto* cmd = app.add_subcommand("serve", "Xem trước trên máy (127.0.0.1), tự dựng lại khi sửa tệp");
  cmd->add_option("--source", source, "Thư mục nguồn")->capture_default_str();
  cmd->add_option("--port", port, "Cổng")->capture_default_str();
  cmd->add_option("--today", today, "Tính trạng thái theo ngày này (YYYY-MM-DD)");
  add_cache_dir_option(cmd, cache_dir);
  cmd->callback([&exit_code] {
    BuildRequest request;
    request.source = source;
    request.history_cache = prepare_cache_dir(cache_dir, source, std::cerr);
    if (!today.empty()) {
      std::string error;
      request.today = parse_today_option(today, error);
      if (!request.today) {
        std::cerr << "congkhai: " << error << "\n";
        exit_code = kUsageError;
        return;
      }
    }
    if (port < 1 || port > 65535) {
      std::cerr << "congkhai: --port " << port
                << " không hợp lệ: cổng phải từ 1 đến 65535, vd. --port 8080\n";
      exit_code = kUsageError;
      return;
    }
    if (!request.history_cache.empty()) request.out_dir = request.history_cache / "xem-truoc";
    // Shared with the watcher thread, which outlives this callback (detached).
    auto preview = std::make_shared<Preview>(request);
    preview->build_first();
    auto watcher_ready = std::make_shared<SourceWatcher>(request.source);
    if (watcher_ready->mode() == SourceWatcher::Mode::Polling)
      std::cerr << "congkhai serve: " << watcher_ready->fallback_reason() << " — dò thay đổi mỗi 0,5 giây\n";
    std::thread watcher([preview, watch = std::move(watcher_ready)] {
      while (true)
        if (auto changes = watch->wait_for_changes(std::chrono::hours(1))) preview->changed(*changes);
    });
    watcher.detach();

    httplib::Server server;
    server.Get("/__congkhai/generation", [preview](const httplib::Request&, httplib::Response& res) {
      res.set_content(std::to_string(preview->generation()), "text/plain");
    });
    server.Get(R"(/(.*))", [preview](const httplib::Request& req, httplib::Response& res) {
      Preview::Response page = preview->respond(req.matches[1]);
      res.status = page.status;
      res.set_content(page.body, page.content_type);
    });
    std::cerr << "congkhai serve: xem trước tại http://127.0.0.1:" << port << "/ (Ctrl+C để dừng)\n";
    if (!server.listen("127.0.0.1", port)) {
      std::cerr << "congkhai serve: không mở được cổng " << port << " — thử --port khác\n";
      exit_code = kUsageError;
      return;
    }
    exit_code = kOk;
  });
}

}  // namespace ck::cli
