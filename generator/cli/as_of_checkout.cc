#include "cli/as_of_checkout.h"

#include <cstdlib>
#include <system_error>

namespace ck::cli {

namespace fs = std::filesystem;

AsOfCheckout::~AsOfCheckout() {
  std::error_code ec;
  fs::remove_all(dir_, ec);
}

std::unique_ptr<AsOfCheckout> check_out_as_of(const fs::path& source, const std::string& value, Diagnostics& diags) {
  std::string error;
  auto as_of = resolve_as_of(source, value, error);
  if (!as_of) {
    diags.error("", 0, 0, error);
    return nullptr;
  }
  std::string pattern = (fs::temp_directory_path() / "congkhai-as-of-XXXXXX").string();
  if (!mkdtemp(pattern.data())) {
    diags.error("", 0, 0, "--as-of: không tạo được thư mục tạm trong " + fs::temp_directory_path().string());
    return nullptr;
  }
  auto checkout = std::make_unique<AsOfCheckout>(std::move(*as_of), fs::path(pattern));
  if (std::string e = extract_source_tree(source, checkout->as_of().commit, checkout->dir()); !e.empty()) {
    diags.error("", 0, 0, e);
    return nullptr;
  }
  return checkout;
}

}  // namespace ck::cli
