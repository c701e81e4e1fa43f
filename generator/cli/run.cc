#include <iostream>

#include "ck_version.h"  // generated: cmake/version.cmake
#include "cli/commands.h"

namespace ck::cli {

int run(int argc, char** argv) {
  CLI::App app{"congkhai — công khai kế hoạch: biên dịch kho nội dung thành cổng thông tin tĩnh"};
  app.set_version_flag("--version", std::string("congkhai ") + CK_RELEASE + " (commit " + CK_COMMIT + ")");
  app.require_subcommand(1);
  int exit_code = kOk;
  add_build_command(app, exit_code);
  add_check_command(app, exit_code);
  add_index_command(app, exit_code);
  add_serve_command(app, exit_code);
  add_import_command(app, exit_code);
  add_deadline_command(app, exit_code);
  add_package_command(app, exit_code);
  add_progress_command(app, exit_code);
  add_init_command(app, exit_code);
  add_new_command(app, exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kOk : kUsageError;
  }
  return exit_code;
}

}  // namespace ck::cli
