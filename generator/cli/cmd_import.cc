// PLACEHOLDER until the importer lands (issue 3).
#include <iostream>

#include "cli/commands.h"

namespace ck::cli {
void add_import_command(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand("import", "Nhập kế hoạch từ văn bản (chưa có)");
  cmd->callback([&exit_code] {
    std::cerr << "congkhai import: chưa được xây dựng\n";
    exit_code = kUsageError;
  });
}
}  // namespace ck::cli
