// Each sub-command registers itself on the CLI11 app; `main` only wires them.
#pragma once
#include <CLI/CLI.hpp>

namespace ck::cli {

// Exit codes shared by every command.
enum ExitCode : int { kOk = 0, kContentError = 1, kUsageError = 2 };

// Each adds one sub-command whose callback stores its result in `exit_code`.
void add_build_command(CLI::App& app, int& exit_code);
void add_check_command(CLI::App& app, int& exit_code);
void add_index_command(CLI::App& app, int& exit_code);
void add_serve_command(CLI::App& app, int& exit_code);
void add_import_command(CLI::App& app, int& exit_code);
void add_deadline_command(CLI::App& app, int& exit_code);
void add_package_command(CLI::App& app, int& exit_code);
void add_progress_command(CLI::App& app, int& exit_code);
void add_init_command(CLI::App& app, int& exit_code);
void add_new_command(CLI::App& app, int& exit_code);

int run(int argc, char** argv);

}  // namespace ck::cli
