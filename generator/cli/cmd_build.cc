// PLACEHOLDER: build/check/serve land with the foundation (issue 2).
#include "cli/commands.h"
namespace ck::cli {
void add_build_command(CLI::App& app, int&) { app.add_subcommand("build", "Biên dịch"); }
void add_check_command(CLI::App& app, int&) { app.add_subcommand("check", "Kiểm tra"); }
void add_serve_command(CLI::App& app, int&) { app.add_subcommand("serve", "Xem trước"); }
}  // namespace ck::cli
