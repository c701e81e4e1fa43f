#include "cli/serve_preview.h"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <set>

#include "util/text.h"

namespace ck::cli {
namespace fs = std::filesystem;

namespace {

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

std::string errors_of(const BuildOutcome& outcome) {
  std::string errors = outcome.ok() ? "" : outcome.diags.format_all();
  if (outcome.write_error) errors += "congkhai: " + *outcome.write_error + "\n";
  return errors;
}

std::string seconds_text(std::chrono::steady_clock::duration d) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2f", std::chrono::duration<double>(d).count());
  return text;
}

std::string content_type(const std::string& path) {
  auto ends = [&](const char* suffix) { return path.ends_with(suffix); };
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

// "content/xa-a/kh.md" -> "xa-a"; "" when the path is not inside a commune's folder.
std::string commune_of(const std::string& path) {
  for (const std::string top : {"content/", "data/"}) {
    if (!path.starts_with(top)) continue;
    auto slash = path.find('/', top.size());
    if (slash == std::string::npos || slash + 1 == path.size())
      return "";  // the folder itself, or a top file
    std::string id = path.substr(top.size(), slash - top.size());
    // content/_*.md and hidden folders are not communes (the loader's rule for folder names).
    if (id.empty() || id.front() == '_' || id.front() == '.') return "";
    return id;
  }
  return "";
}

// The whole build's errors less those about the communes overlaid since: their
// commune-alone build succeeded, so the error was fixed (a whole build will say
// if it was not).
template <class Overlays>
std::string still_open(const std::string& whole_errors, const Overlays& overlay) {
  if (overlay.empty()) return whole_errors;
  std::string out;
  for (size_t at = 0; at < whole_errors.size();) {
    size_t end = whole_errors.find('\n', at);
    end = end == std::string::npos ? whole_errors.size() : end + 1;
    std::string line = whole_errors.substr(at, end - at);
    if (!overlay.contains(commune_of(line.substr(0, line.find(':'))))) out += line;
    at = end;
  }
  return out;
}

}  // namespace

std::vector<std::string> communes_to_build_alone(const SourceChanges& changes,
                                                 const std::function<bool(const std::string&)>& has_commune,
                                                 size_t limit) {
  if (changes.everything || changes.paths.empty()) return {};
  std::set<std::string> communes;
  for (const auto& path : changes.paths) {
    std::string id = commune_of(path);
    if (id.empty()) return {};  // congkhai.yaml, themes/, content/_*.md, a commune folder added or removed
    communes.insert(id);
    if (communes.size() > limit) return {};
  }
  for (const auto& id : communes)
    if (!has_commune(id)) return {};  // a new commune: the whole portal lists it
  return {communes.begin(), communes.end()};
}

Preview::Preview(BuildRequest request, std::function<void()> before_whole_build)
    : request_(std::move(request)), before_whole_build_(std::move(before_whole_build)) {
  rebuilder_ = std::thread([this] { rebuild_loop(); });
}

Preview::~Preview() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  rebuilder_.join();
}

void Preview::build_first() { build_whole(); }

void Preview::build_whole() {
  long started;
  {
    std::lock_guard lock(mutex_);
    started = changes_;
  }
  BuildRequest request = request_;
  request.keep_history = request.history;  // for the commune-alone builds of the next changes
  BuildOutcome outcome = guarded_build(request);
  std::string errors = errors_of(outcome);
  std::cerr << (errors.empty() ? "congkhai serve: đã dựng lại " +
                                     std::to_string(outcome.page_count - outcome.carried_pages) +
                                     " trang (giữ nguyên " + std::to_string(outcome.carried_pages) + ")\n"
                               : errors);
  std::lock_guard lock(mutex_);
  if (outcome.ok() && request_.out_dir.empty()) files_ = std::move(outcome.files);
  if (outcome.history) history_ = std::move(outcome.history);
  whole_errors_ = errors;
  // This build read the sources after the changes the overlay was built for: its pages replace them.
  std::erase_if(overlay_, [&](const auto& entry) { return entry.second.change <= started; });
  if (alone_errors_change_ <= started) alone_errors_.clear();
  ++generation_;
}

void Preview::rebuild_loop() {
  std::unique_lock lock(mutex_);
  while (true) {
    wake_.wait(lock, [this] { return asked_ || stopping_; });
    if (stopping_) return;
    asked_ = false;
    running_ = true;
    lock.unlock();
    if (before_whole_build_) before_whole_build_();
    build_whole();
    lock.lock();
    running_ = false;
    idle_.notify_all();
  }
}

void Preview::wait_until_idle() {
  std::unique_lock lock(mutex_);
  idle_.wait(lock, [this] { return !asked_ && !running_; });
}

bool Preview::has_commune(const std::string& id) {
  std::lock_guard lock(mutex_);
  if (overlay_.contains(id)) return true;
  if (request_.out_dir.empty()) return files_.contains(id + "/index.html");
  std::error_code ec;
  return fs::is_regular_file(request_.out_dir / id / "index.html", ec);
}

void Preview::changed(const SourceChanges& changes) {
  long change;
  std::shared_ptr<const History> history;
  {
    std::lock_guard lock(mutex_);
    change = ++changes_;
    history = history_;
  }
  std::vector<std::string> communes =
      communes_to_build_alone(changes, [this](const std::string& id) { return has_commune(id); });
  // Without the whole build's history a commune-alone build would walk the repository itself.
  if (request_.history && !history) communes.clear();
  std::string errors;
  std::map<std::string, Overlay> built;
  for (const auto& id : communes) {
    auto start = std::chrono::steady_clock::now();
    BuildRequest request = request_;
    request.commune = id;
    request.out_dir.clear();  // in memory
    request.reuse_history = history.get();
    request.progress = nullptr;
    request.summary = false;
    BuildOutcome outcome = guarded_build(request);
    std::string own = errors_of(outcome);
    if (!own.empty()) {
      errors += own;
      std::cerr << own;
      continue;
    }
    Overlay& overlay = built[id];
    overlay.change = change;
    const std::string prefix = id + "/";
    for (auto& [path, bytes] : outcome.files)
      if (path.starts_with(prefix)) overlay.files.emplace(path, std::move(bytes));
    std::cerr << "congkhai serve: đã dựng riêng xã " << id << " (" << overlay.files.size() << " tệp, "
              << seconds_text(std::chrono::steady_clock::now() - start) << " giây); đang dựng lại cả cổng\n";
  }
  {
    std::lock_guard lock(mutex_);
    for (auto& [id, overlay] : built) overlay_[id] = std::move(overlay);
    alone_builds_ += built.size();
    if (!communes.empty()) {
      alone_errors_ = errors;
      alone_errors_change_ = change;
      ++generation_;
    }
    asked_ = true;
  }
  wake_.notify_all();
}

std::optional<std::string> Preview::read_file_locked(const std::string& path) {
  if (auto overlay = overlay_.find(path.substr(0, path.find('/'))); overlay != overlay_.end())
    if (auto it = overlay->second.files.find(path); it != overlay->second.files.end()) return it->second;
  if (request_.out_dir.empty()) {
    auto it = files_.find(path);
    if (it == files_.end()) return std::nullopt;
    return it->second;
  }
  if (!is_safe_output_path(path)) return std::nullopt;
  std::error_code ec;
  const fs::path file = request_.out_dir / path;
  if (!fs::is_regular_file(file, ec)) return std::nullopt;
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  return std::string(std::istreambuf_iterator<char>(in), {});
}

std::optional<std::string> Preview::file(const std::string& path) {
  std::lock_guard lock(mutex_);
  return read_file_locked(path);
}

Preview::Response Preview::respond(std::string path) {
  if (path.empty() || path.back() == '/') path += "index.html";
  std::lock_guard lock(mutex_);
  const std::string errors = alone_errors_.empty() ? still_open(whole_errors_, overlay_) : alone_errors_;
  auto bytes = read_file_locked(path);
  if (!bytes)
    return {404,
            decorate("<!DOCTYPE html><html lang=\"vi\"><body><p>Không có trang " + html_escape(path) +
                         "</p></body></html>",
                     errors, generation_),
            "text/html; charset=utf-8"};
  std::string type = content_type(path);
  if (type.starts_with("text/html")) return {200, decorate(*bytes, errors, generation_), type};
  return {200, std::move(*bytes), type};
}

long Preview::generation() const {
  std::lock_guard lock(mutex_);
  return generation_;
}

std::vector<std::string> Preview::overlaid_communes() const {
  std::lock_guard lock(mutex_);
  std::vector<std::string> ids;
  for (const auto& [id, overlay] : overlay_) ids.push_back(id);
  return ids;
}

size_t Preview::alone_builds() const {
  std::lock_guard lock(mutex_);
  return alone_builds_;
}

}  // namespace ck::cli
