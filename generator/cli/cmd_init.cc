// `congkhai init DIR`: a commune's own content repository, ready to build and
// to publish from GitHub, GitLab, Gitea/Forgejo or a server's systemd timer.
#include <iostream>

#include "cli/commands.h"
#include "scaffold/git_init.h"
#include "scaffold/scaffold.h"
#include "scaffold/write_new_files.h"

namespace ck::cli {

namespace {

struct InitArgs {
  std::string dir;
  scaffold::CommuneSettings settings;
  bool force = false;
  bool no_git = false;
};

int run_init(const InitArgs& args) {
  namespace fs = std::filesystem;
  if (auto problem = scaffold::settings_problem(args.settings)) {
    std::cerr << "congkhai init: " << *problem << "\n";
    return kUsageError;
  }
  fs::path dir = args.dir;
  std::error_code ec;
  if (fs::exists(dir, ec) && !fs::is_directory(dir, ec)) {
    std::cerr << "congkhai init: " << args.dir << " đã có và không phải thư mục — chọn một thư mục mới\n";
    return kUsageError;
  }
  std::string existing = scaffold::existing_entries(dir);
  if (!existing.empty() && !args.force) {
    std::cerr << "congkhai init: thư mục " << args.dir << " không rỗng (" << existing
              << ") — chọn một thư mục mới, hoặc thêm --force để chỉ tạo các tệp còn thiếu (không ghi đè tệp "
                 "nào)\n";
    return kUsageError;
  }
  scaffold::WriteReport report;
  std::string error;
  if (!scaffold::write_new_files(dir, scaffold::commune_repository(args.settings), report, error)) {
    std::cerr << "congkhai init: " << error << "\n";
    return kContentError;
  }
  for (const auto& p : report.written) std::cout << "  tạo    " << p << "\n";
  for (const auto& p : report.kept) std::cout << "  giữ    " << p << " (đã có)\n";
  if (!args.no_git) {
    auto git = scaffold::init_git_repository(dir, error);
    if (!git) {
      std::cerr << "congkhai init: " << error << "\n";
      return kContentError;
    }
    if (*git == scaffold::GitInitResult::Created)
      std::cout << "  tạo    kho git (nhánh main, chưa có commit)\n";
  }
  std::cout << "\nĐã tạo kho nội dung của " << args.settings.name << " trong " << args.dir << ". Tiếp theo:\n"
            << "  cd " << args.dir << "\n"
            << "  congkhai new ke-hoach " << args.settings.id << "/<mã kế hoạch> --tieu-de \"Kế hoạch …\"\n"
            << "    (hoặc congkhai import <văn bản> --commune " << args.settings.id
            << " --plan <mã kế hoạch>)\n"
            << "  congkhai check && congkhai serve\n"
            << "  git add -A && git commit -m \"Tạo kho công khai kế hoạch\" && git push\n"
            << "Xem README.md trong kho để đăng cổng.\n";
  return kOk;
}

}  // namespace

void add_init_command(CLI::App& app, int& exit_code) {
  static InitArgs args;
  auto* cmd =
      app.add_subcommand("init", "Tạo kho nội dung mới cho một xã, phường, đặc khu (kèm CI để đăng cổng)");
  cmd->add_option("DIR", args.dir, "Thư mục của kho mới (phải rỗng hoặc chưa có)")->required();
  cmd->add_option("--commune", args.settings.id, "Mã xã: chữ thường không dấu, vd. tien-lang")->required();
  cmd->add_option("--ten", args.settings.name, "Tên đầy đủ, vd. \"Xã Tiên Lãng\"")->required();
  cmd->add_option("--loai", args.settings.kind, "Loại: xa, phuong, dac_khu (hoặc thanh_pho)")
      ->capture_default_str();
  cmd->add_option("--base-url", args.settings.base_url,
                  "Địa chỉ sẽ đăng cổng, vd. https://cong-khai.tienlang.gov.vn/");
  cmd->add_option("--image", args.settings.image, "Ảnh congkhai mà CI dùng để dựng")->capture_default_str();
  cmd->add_flag("--national", args.settings.national,
                "CI dựng theo lô cho kho có nhiều xã (tỉnh, toàn quốc): ma trận các lô, bộ nhớ đệm lịch sử mỗi lô, "
                "rồi trang chủ và danh mục dữ liệu từ tóm tắt của các lô (ci/dung-toan-quoc.sh)");
  cmd->add_flag("--force", args.force, "Thư mục đã có tệp: chỉ tạo các tệp còn thiếu, không ghi đè");
  cmd->add_flag("--no-git", args.no_git, "Không tạo kho git");
  cmd->callback([&exit_code] { exit_code = run_init(args); });
}

}  // namespace ck::cli
