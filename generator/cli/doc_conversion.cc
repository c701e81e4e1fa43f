#include "cli/doc_conversion.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <thread>
#include <vector>

extern char** environ;

namespace ck::cli {
namespace fs = std::filesystem;

std::optional<fs::path> find_soffice() {
  const char* path = std::getenv("PATH");
  if (!path) return std::nullopt;
  std::string dirs = path;
  for (const char* name : {"soffice", "libreoffice"}) {
    size_t start = 0;
    while (start <= dirs.size()) {
      size_t colon = dirs.find(':', start);
      std::string dir = dirs.substr(start, colon == std::string::npos ? std::string::npos : colon - start);
      if (!dir.empty()) {
        fs::path candidate = fs::path(dir) / name;
        if (::access(candidate.c_str(), X_OK) == 0) return candidate;
      }
      if (colon == std::string::npos) break;
      start = colon + 1;
    }
  }
  return std::nullopt;
}

std::optional<fs::path> convert_doc_to_docx(const fs::path& doc, const ScratchDir& scratch,
                                            std::string& error, int timeout_seconds) {
  auto soffice = find_soffice();
  if (!soffice) {
    error =
        doc.string() +
        ": tệp Word cũ (.doc) cần LibreOffice để đọc, nhưng máy này không có LibreOffice (lệnh soffice). Cài "
        "LibreOffice (Debian: apt install libreoffice-writer-nogui), hoặc mở tệp bằng Word/LibreOffice và "
        "“Lưu thành” .docx rồi nhập tệp .docx";
    return std::nullopt;
  }
  // A copy under a plain name: LibreOffice names its output after the input, and
  // reads options from a name starting with '-'.
  fs::path input = scratch.path() / ("van-ban" + doc.extension().string());
  std::error_code ec;
  fs::copy_file(doc, input, fs::copy_options::overwrite_existing, ec);
  if (ec) {
    error = doc.string() + ": không đọc được tệp (" + ec.message() + ")";
    return std::nullopt;
  }
  std::string profile = "-env:UserInstallation=file://" + (scratch.path() / "lo-profile").string();
  std::vector<std::string> args = {soffice->string(), profile, "--headless", "--norestore",
                                   "--convert-to",    "docx",  "--outdir",   scratch.path().string(),
                                   input.string()};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  pid_t pid = 0;
  int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) {
    error = doc.string() + ": không chạy được LibreOffice (" + soffice->string() + ")";
    return std::nullopt;
  }
  int status = 0;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_seconds);
  while (true) {
    pid_t done = ::waitpid(pid, &status, WNOHANG);
    if (done == pid) break;
    if (done < 0 || std::chrono::steady_clock::now() > deadline) {
      ::kill(pid, SIGKILL);
      ::waitpid(pid, &status, 0);
      error = doc.string() + ": LibreOffice không chuyển xong tệp .doc sau " +
              std::to_string(timeout_seconds) +
              " giây — mở tệp bằng Word/LibreOffice và lưu thành .docx rồi nhập tệp .docx";
      return std::nullopt;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  fs::path out = scratch.path() / "van-ban.docx";
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || !fs::exists(out)) {
    error = doc.string() +
            ": LibreOffice không chuyển được tệp .doc sang .docx (tệp hỏng, có mật khẩu, hoặc không phải tệp "
            "Word) — "
            "mở tệp bằng Word và lưu thành .docx";
    return std::nullopt;
  }
  return out;
}

}  // namespace ck::cli
