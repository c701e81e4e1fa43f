// `build --as-of`: the source as it stood at a date or commit, written into a
// scratch directory (cli/scratch_dir.h: "congkhai-as-of-<pid>-…") for the
// pipeline to load, removed when done, on SIGINT/SIGTERM, or by the next run.
#pragma once
#include <filesystem>
#include <memory>
#include <string>

#include "cli/scratch_dir.h"
#include "history/as_of.h"
#include "util/diagnostic.h"

namespace ck::cli {

class AsOfCheckout {
 public:
  AsOfCheckout(AsOf as_of, std::unique_ptr<ScratchDir> dir)
      : as_of_(std::move(as_of)), dir_(std::move(dir)) {}
  AsOfCheckout(const AsOfCheckout&) = delete;
  AsOfCheckout& operator=(const AsOfCheckout&) = delete;

  const AsOf& as_of() const { return as_of_; }
  const std::filesystem::path& dir() const { return dir_->path(); }

 private:
  AsOf as_of_;
  std::unique_ptr<ScratchDir> dir_;
};

// Resolves `value` in the repository of `source` and writes that commit's
// source files into a fresh scratch directory. Null, with the error in
// `diags`, when the date or commit cannot be found or written.
std::unique_ptr<AsOfCheckout> check_out_as_of(const std::filesystem::path& source, const std::string& value,
                                              Diagnostics& diags);

}  // namespace ck::cli
