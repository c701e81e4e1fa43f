// `congkhai serve`: a preview for editors on 127.0.0.1. The site is built into
// a folder in the cache directory and rebuilt when a source file changes
// (inotify, cli/source_watcher.h), incrementally like `build` (cli/page_record.h):
// only the pages whose commune changed are made again. Content errors are shown
// at the top of every page (the last good build stays visible below them).
// Without a cache directory the site is built in memory, whole, each time.
#include <httplib.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <iostream>
#include <memory>
#include <mutex>
#include <thread>

#include "cli/cache_dir.h"
#include "cli/commands.h"
#include "cli/pipeline.h"
#include "cli/source_watcher.h"
#include "util/text.h"

namespace ck::cli {
namespace fs = std::filesystem;

namespace {

struct PreviewState {
  std::mutex mutex;
  SiteFiles files;          // the site, when built in memory
  fs::path site;            // the site's folder, when built on disk (BuildRequest::out_dir)
  std::string errors;  // formatted diagnostics of the latest build, "" when it succeeded
  std::atomic<long> generation{0};
};

// Whatever the input, the preview keeps serving: an exception that escapes a
// build (a bug, or a file system error not yet turned into a content error)
// becomes the error shown on every page, and the last good build stays.
BuildOutcome guarded_build(const BuildRequest& request) {
  try {
    return run_pipeline(request, true);
  } catch (const std::exception& e) {
    BuildOutcome failed;
    failed.diags.error(
        "", 0, 0,
        std::string("lỗi không mong đợi khi dựng lại (") + e.what() +
            ") — bản dựng tốt gần nhất vẫn được hiển thị; hãy báo lỗi này cho nhóm phát triển");
    return failed;
  }
}

void rebuild(const BuildRequest& request, PreviewState& state) {
  BuildOutcome outcome = guarded_build(request);
  std::string errors = outcome.ok() ? "" : outcome.diags.format_all();
  if (outcome.write_error) errors += "congkhai: " + *outcome.write_error + "\n";
  std::cerr << (errors.empty()
                    ? "congkhai serve: đã dựng lại " + std::to_string(outcome.page_count - outcome.carried_pages) +
                          " trang (giữ nguyên " + std::to_string(outcome.carried_pages) + ")\n"
                    : errors);
  std::lock_guard lock(state.mutex);
  if (outcome.ok()) state.files = std::move(outcome.files);
  state.errors = errors;
  ++state.generation;
}

std::string content_type(const std::string& path) {
  auto ends = [&](const char* s) {
    std::string suffix(s);
    return path.size() >= suffix.size() &&
           path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  if (ends(".html")) return "text/html; charset=utf-8";
  if (ends(".css")) return "text/css; charset=utf-8";
  if (ends(".js")) return "text/javascript; charset=utf-8";
  if (ends(".json")) return "application/json; charset=utf-8";
  if (ends(".svg")) return "image/svg+xml";
  if (ends(".xml")) return "application/xml; charset=utf-8";
  if (ends(".csv")) return "text/csv; charset=utf-8";
  return "application/octet-stream";
}

// The preview adds an error panel and a reload poller; published sites never get these.
std::string decorate(const std::string& html, const std::string& errors, long generation) {
  std::string panel;
  if (!errors.empty())
    panel =
        "<div role=\"alert\" style=\"background:#fde7e5;color:#5c0d06;border:3px solid "
        "#a1261b;padding:1rem;margin:0;"
        "font:14px/1.5 monospace;white-space:pre-wrap\"><strong>Nội dung có lỗi — trang dưới đây là bản dựng "
        "tốt gần nhất.</strong>\n" +
        html_escape(errors) + "</div>";
  std::string poller =
      "<script>(function(){var g=" + std::to_string(generation) +
      ";setInterval(function(){fetch('/__congkhai/generation').then(function(r){return r.text()})"
      ".then(function(t){if(+t!==g)location.reload()}).catch(function(){})},1000)})();</script>";
  std::string out = html;
  auto body = out.find("<body>");
  if (body != std::string::npos) out.insert(body + 6, panel);
  auto end = out.rfind("</body>");
  if (end != std::string::npos) out.insert(end, poller);
  return out;
}

}  // namespace

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
    PreviewState state;
    if (!request.history_cache.empty()) state.site = request.out_dir = request.history_cache / "xem-truoc";
    rebuild(request, state);
    auto watcher_ready = std::make_shared<SourceWatcher>(request.source);
    if (watcher_ready->mode() == SourceWatcher::Mode::Polling)
      std::cerr << "congkhai serve: " << watcher_ready->fallback_reason() << " — dò thay đổi mỗi 0,5 giây\n";
    std::thread watcher([request, &state, watch = std::move(watcher_ready)] {
      while (true)
        if (watch->wait_for_change(std::chrono::hours(1))) rebuild(request, state);
    });
    watcher.detach();

    httplib::Server server;
    server.Get("/__congkhai/generation", [&state](const httplib::Request&, httplib::Response& res) {
      res.set_content(std::to_string(state.generation.load()), "text/plain");
    });
    server.Get(R"(/(.*))", [&state](const httplib::Request& req, httplib::Response& res) {
      std::string path = req.matches[1];
      if (path.empty() || path.back() == '/') path += "index.html";
      std::lock_guard lock(state.mutex);
      auto it = state.files.find(path);
      if (!state.site.empty() && is_safe_output_path(path)) {  // read from the folder swapped in last
        std::ifstream in(state.site / path, std::ios::binary);
        if (in && !fs::is_directory(state.site / path)) it = state.files.insert_or_assign(path, std::string(std::istreambuf_iterator<char>(in), {})).first;
      }
      if (it == state.files.end()) {
        res.status = 404;
        res.set_content(decorate("<!DOCTYPE html><html lang=\"vi\"><body><p>Không có trang " +
                                     html_escape(path) + "</p></body></html>",
                                 state.errors, state.generation),
                        "text/html; charset=utf-8");
        return;
      }
      std::string type = content_type(path);
      bool html = type.rfind("text/html", 0) == 0;
      res.set_content(html ? decorate(it->second, state.errors, state.generation) : it->second, type);
      if (!state.site.empty()) state.files.erase(it);  // read again next time: the folder may have changed
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
