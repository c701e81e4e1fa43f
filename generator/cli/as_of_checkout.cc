#include "cli/as_of_checkout.h"

#include <system_error>

namespace ck::cli {

namespace fs = std::filesystem;

std::unique_ptr<AsOfCheckout> check_out_as_of(const fs::path& source, const std::string& value,
                                              Diagnostics& diags) {
  std::string error;
  auto as_of = resolve_as_of(source, value, error);
  if (!as_of) {
    diags.error("", 0, 0, error);
    return nullptr;
  }
  auto scratch = ScratchDir::make("as-of", error);
  if (!scratch) {
    diags.error("", 0, 0, "--as-of: " + error);
    return nullptr;
  }
  auto checkout = std::make_unique<AsOfCheckout>(std::move(*as_of), std::move(scratch));
  if (std::string e = extract_source_tree(source, checkout->as_of().commit, checkout->dir()); !e.empty()) {
    diags.error("", 0, 0, e);
    return nullptr;
  }
  return checkout;
}

}  // namespace ck::cli
