// libFuzzer target for loading a content repository: a plan's front matter
// (YAML) and Markdown, its JSON data (strict parse + JSON Schema + the
// loader's own checks), congkhai.yaml and an agency registry, all read the
// way `congkhai build` reads them (BOM, CRLF, UTF-8 and size checks included).
//
// One input is up to four files joined by a line "=====":
//   content/xa/kh.md  =====  data/xa/kh.json  =====  congkhai.yaml  =====  data/xa/_co_quan.json
// A missing part is a missing file. Beyond "no crash, no hang, no leak": a
// load is deterministic, every error names a file, and what loads keeps the
// loader's promises: no id names a page of the portal, no text holds a control
// character but tab and line feed, base_url is a web address.
// fuzz-links: ck_load
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "config/config.h"
#include "load/portal_loader.h"
#include "render/page_paths.h"

namespace {

namespace fs = std::filesystem;

void require(bool ok) {
  if (!ok) std::abort();  // libFuzzer reports the input that got here
}

// A scratch source repository, made once per process (tmpfs when there is one).
// Held by a pointer that is never freed: a function-local static path would be
// destroyed before an exit handler registered while constructing it runs, and
// the handler would then remove nothing (one folder left in /dev/shm per run).
const fs::path* g_scratch = nullptr;

const fs::path& scratch_root() {
  if (!g_scratch) {
    std::string base = fs::is_directory("/dev/shm") ? "/dev/shm" : fs::temp_directory_path().string();
    std::string tmpl = base + "/congkhai-load-fuzz-XXXXXX";
    require(mkdtemp(tmpl.data()) != nullptr);
    g_scratch = new fs::path(tmpl);
    fs::create_directories(*g_scratch / "content/xa");
    fs::create_directories(*g_scratch / "data/xa");
    std::ofstream(*g_scratch / "content/xa/_index.md") << "---\nten: Xã Thử\nloai: xa\n---\n";
    std::atexit([] {
      std::error_code ec;
      fs::remove_all(*g_scratch, ec);
    });
  }
  return *g_scratch;
}

void put(const fs::path& path, const std::string_view* part) {
  std::error_code ec;
  fs::remove(path, ec);
  if (!part) return;
  std::ofstream out(path, std::ios::binary);
  out.write(part->data(), static_cast<std::streamsize>(part->size()));
}

std::vector<std::string_view> split_parts(std::string_view input) {
  static constexpr std::string_view kSeparator = "\n=====\n";
  std::vector<std::string_view> parts;
  while (parts.size() < 3) {
    size_t at = input.find(kSeparator);
    if (at == std::string_view::npos) break;
    parts.push_back(input.substr(0, at));
    input.remove_prefix(at + kSeparator.size());
  }
  parts.push_back(input);
  return parts;
}

bool clean_text(std::string_view s) {
  for (unsigned char c : s)
    if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F) return false;
  return true;
}

void require_promises(const ck::Portal& portal) {
  using ck::paths::RouteLevel;
  require(portal.config.base_url.empty() || ck::is_http_url(portal.config.base_url));
  for (const auto& c : portal.communes) {
    require(!ck::paths::is_reserved_segment(RouteLevel::Site, c.id));
    for (const auto& a : c.agencies) require(!ck::paths::is_reserved_segment(RouteLevel::Agencies, a.id));
    for (const auto& p : c.plans) {
      require(!ck::paths::is_reserved_segment(RouteLevel::Commune, p.id));
      for (const auto& t : p.tasks) {
        require(!ck::paths::is_reserved_segment(RouteLevel::Plan, t.id));
        require(clean_text(t.text) && clean_text(t.number) && clean_text(t.deadline.text));
        for (const auto& list : {t.lead, t.partners, t.products})
          for (const auto& s : list) require(clean_text(s));
      }
    }
  }
}

std::string load_once(const fs::path& root) {
  ck::Diagnostics diags;
  auto portal = ck::load_portal(root, diags);
  require(portal.has_value());  // content/ exists, so there is always a portal
  for (const auto& d : diags.items()) require(!d.file.empty() && !d.message.empty());
  require_promises(*portal);
  diags.sort();
  return diags.format_all();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const fs::path& root = scratch_root();
  auto parts = split_parts(std::string_view(reinterpret_cast<const char*>(data), size));
  auto part = [&](size_t i) { return i < parts.size() ? &parts[i] : nullptr; };
  put(root / "content/xa/kh.md", part(0));
  put(root / "data/xa/kh.json", part(1));
  put(root / "congkhai.yaml", part(2));
  put(root / "data/xa/_co_quan.json", part(3));
  require(load_once(root) == load_once(root));
  return 0;
}
