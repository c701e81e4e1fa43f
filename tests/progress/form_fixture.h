// A small content repository (the minimal portal, committed with git) and
// the steps of the spreadsheet round trip run as a clerk would: export the
// form, fill it (openpyxl, as Excel writes), re-save it with LibreOffice,
// apply it. Tools that are missing make the test fail with their output.
#pragma once
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "util/sha256.h"
#include "support/test_support.h"

namespace ck::testing {

inline std::string q(const std::filesystem::path& p) { return shell_quote(p); }

// Debian's python3 (python3-openpyxl), not a virtualenv's that may lack it.
inline std::string python() {
  return std::filesystem::exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
}

inline std::filesystem::path build_dir() { return std::filesystem::path(congkhai_binary()).parent_path(); }

inline CommandResult must(const std::string& command) {
  CommandResult r = run_command(command);
  EXPECT_EQ(r.exit_code, 0) << command << "\n" << r.output;
  return r;
}

struct FormRepo {
  TempDir dir;
  std::filesystem::path repo = dir.path() / "repo";

  FormRepo() {
    std::filesystem::create_directories(repo);
    write("congkhai.yaml", "tieu_de: Cổng thử nghiệm\n");
    write("content/xa-thu/_index.md",
          "---\nten: Xã Thử\nloai: xa\nminh_hoa: true\n---\nXã hư cấu dùng cho kiểm thử.\n");
    write("content/xa-thu/kh-2026.md",
          "---\ntieu_de: Kế hoạch cải cách hành chính năm 2026\nso_hieu: /KH-UBND\nngay_ban_hanh: "
          "2026-01\nky: 2026\n---\n"
          "## I. MỤC ĐÍCH\n\nNội dung kế hoạch.\n");
    write("data/xa-thu/kh-2026.json", minimal_plan_json());
    git("init -q -b main");
    git("add -A");
    commit("Khởi tạo kế hoạch");
  }
  void write(const std::string& rel, const std::string& text) const {
    std::filesystem::create_directories((repo / rel).parent_path());
    std::ofstream(repo / rel, std::ios::binary) << text;
  }
  std::string read(const std::string& rel) const { return read_file(repo / rel); }
  std::string plan() const { return read("data/xa-thu/kh-2026.json"); }
  CommandResult git(const std::string& args) const {
    return must("git -C " + q(repo) + " -c user.name='Văn phòng' -c user.email=vp@example.vn " + args);
  }
  void commit(const std::string& message) const { git("commit -q --allow-empty -m " + q(message)); }

  std::filesystem::path export_form(const std::string& name = "form.xlsx",
                                    const std::string& extra = "") const {
    auto out = dir.path() / name;
    must(congkhai_binary() + " progress export --commune xa-thu --source " + q(repo) + " --out " + q(out) +
         " --date 2026-11-22 " + extra);
    return out;
  }
  // Fills `form` per the JSON spec (tests/progress/fill_form.py).
  std::filesystem::path fill(const std::filesystem::path& form, const std::string& spec_json,
                             const std::string& name = "filled.xlsx") const {
    auto spec = dir.path() / (name + ".json");
    std::ofstream(spec, std::ios::binary) << spec_json;
    auto out = dir.path() / name;
    must(python() + " " + q(source_dir() / "tests/progress/fill_form.py") + " " + q(form) + " " + q(out) +
         " " + q(spec));
    return out;
  }
  CommandResult apply(const std::filesystem::path& form, const std::string& extra = "") const {
    return run_command(congkhai_binary() + " progress apply " + q(form) + " --source " + q(repo) +
                       " --today 2026-11-22 " + extra);
  }
};

// `form` opened and saved again by LibreOffice (whose XML differs from
// Excel's: its own styles, shared strings for every text). The conversion
// takes seconds, so its result is kept in the build directory, keyed by the
// input's bytes.
inline std::filesystem::path resaved_by_libreoffice(const std::filesystem::path& form) {
  auto cache = build_dir() / "test-cache" / "libreoffice";
  std::filesystem::create_directories(cache);
  auto cached = cache / (sha256_hex(read_file(form)).substr(0, 20) + ".xlsx");
  if (std::filesystem::exists(cached)) return cached;
  TempDir work;
  auto in = work.path() / "in";
  auto out = work.path() / "out";
  std::filesystem::create_directories(in);
  std::filesystem::copy_file(form, in / "bieu-mau.xlsx");
  // Its own profile: a second LibreOffice (the user's, another test) would otherwise take the call.
  must("soffice -env:UserInstallation=file://" + (work.path() / "profile").string() +
       " --headless --calc --convert-to xlsx:'Calc MS Excel 2007 XML' --outdir " + q(out) + " " +
       q(in / "bieu-mau.xlsx"));
  std::filesystem::copy_file(out / "bieu-mau.xlsx", cached,
                             std::filesystem::copy_options::overwrite_existing);
  return cached;
}

}  // namespace ck::testing
