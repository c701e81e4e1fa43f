#include "cli/build_identity.h"

#include <sys/stat.h>

namespace ck::cli {

std::string build_identity() {
  static const std::string identity = [] {
    std::string id = CK_VERSION;
    struct stat st;
    if (::stat("/proc/self/exe", &st) == 0)
      id += " " + std::to_string(st.st_ino) + " " + std::to_string(st.st_size) + " " +
            std::to_string(st.st_mtim.tv_sec) + "." + std::to_string(st.st_mtim.tv_nsec);
    return id;
  }();
  return identity;
}

}  // namespace ck::cli
