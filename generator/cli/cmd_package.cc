// `congkhai package`: the built site as one zip, for a CMS that takes uploads.
#include <iostream>

#include "cli/commands.h"
#include "publish/site_zip.h"

namespace ck::cli {

void add_package_command(CLI::App& app, int& exit_code) {
  struct PackageArgs {
    std::string out = "site";
    std::string zip;
    bool force = false;
  };
  static PackageArgs args;
  auto* cmd =
      app.add_subcommand("package", "Đóng gói trang đã dựng thành một tệp zip để tải lên cổng thông tin");
  cmd->add_option("--out", args.out, "Thư mục trang đã dựng (của congkhai build)")->capture_default_str();
  cmd->add_option("--zip", args.zip, "Tệp zip cần ghi; mặc định <out>.zip");
  cmd->add_flag("--force", args.force, "Ghi đè tệp --zip đã có dù đó không phải tệp zip do congkhai tạo");
  cmd->callback([&exit_code] {
    std::string out = args.out;
    while (out.size() > 1 && out.back() == '/') out.pop_back();
    std::string zip = args.zip.empty() ? out + ".zip" : args.zip;
    if (auto error = write_site_zip(out, zip, args.force)) {
      std::cerr << "congkhai: " << *error << "\n";
      exit_code = kContentError;
      return;
    }
    std::cerr << "congkhai: đã đóng gói " << out << "/ vào " << zip << "\n";
    exit_code = kOk;
  });
}

}  // namespace ck::cli
