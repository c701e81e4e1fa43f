// `congkhai deadline --year Y PHRASE...`: how deadline cells will be read.
#include <iostream>

#include "cli/commands.h"
#include "deadline/deadline.h"

namespace ck::cli {
void add_deadline_command(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand("deadline", "Xem cách đọc một ô thời hạn (một dòng JSON mỗi cụm)");
  static int year = 0;
  static int last_year = 0;
  static std::vector<std::string> phrases;
  cmd->add_option("--year", year, "Năm của kế hoạch (năm áp cho cụm không ghi năm)")->required();
  cmd->add_option("--last-year", last_year, "Năm cuối của kỳ kế hoạch (mặc định = --year)");
  cmd->add_option("phrases", phrases, "Các cụm thời hạn")->required();
  cmd->callback([&exit_code] {
    PlanPeriod period{year, last_year ? last_year : year};
    for (const auto& p : phrases) std::cout << deadline_to_json_line(parse_deadline(p, period)) << "\n";
    exit_code = kOk;
  });
}
}  // namespace ck::cli
