#include "history/messages.h"

#include <utility>

namespace ck::history::msg {

// Shown on the public pages too: no path of the build machine (it would leak
// it, and the same commit built in two checkouts would differ).
std::string not_a_repository() {
  return "Thư mục nguồn không nằm trong một kho git nên không có lịch sử thay đổi. Trang vẫn được tạo, nhưng "
         "không có dòng thời gian. Để có lịch sử, hãy quản lý thư mục này bằng git (git init, git add, git "
         "commit).";
}

std::string empty_repository() {
  return "Kho git chưa có commit nào nên chưa có lịch sử thay đổi. Lịch sử bắt đầu từ commit đầu tiên.";
}

std::string unreadable_head(const std::string& why) {
  return "Không đọc được commit hiện tại (HEAD) của kho git: " + why + ". Không có lịch sử thay đổi.";
}

std::string shallow_clone(const CommitInfo* boundary) {
  std::string since = boundary ? " Lịch sử chỉ có từ commit " + short_commit_id(boundary->id) + " ngày " +
                                     commit_local_date(*boundary).vietnamese() + "."
                               : "";
  return "Kho git là bản sao nông (shallow clone): lịch sử thay đổi không đầy đủ." + since +
         " Các thay đổi trước đó không được hiển thị. Khi dựng trang trên CI, hãy lấy toàn bộ lịch sử "
         "(GitHub Actions: fetch-depth: 0; hoặc chạy git fetch --unshallow).";
}

std::string cache_rewritten() {
  return "lịch sử git đã bị viết lại (rebase hoặc force push): đọc lại toàn bộ lịch sử";
}

std::string cache_other_clone() {
  return "kho git đã đổi giữa bản sao nông và bản đầy đủ: đọc lại toàn bộ lịch sử";
}

std::string note_prefix(const std::string& commit_id) {
  return "commit " + short_commit_id(commit_id) + ": ";
}

std::string unreadable_tree(const std::string& why) {
  return "không đọc được cây thư mục (" + why + "), bỏ qua commit này";
}

std::string unreadable_blob(const std::string& path, const std::string& why) {
  return path + ": không đọc được nội dung (" + why + "), bỏ qua phiên bản này";
}

std::string invalid_version(const std::string& path, const std::string& reason) {
  return path + " " + reason + ", bỏ qua phiên bản này";
}

namespace {
// "17 MB" (rounded up, so never "16 MB" for a file just over 16 MB), or bytes under 1 MB.
std::string size_text(size_t bytes) {
  constexpr size_t kMb = 1024 * 1024;
  if (bytes < kMb) return std::to_string(bytes) + " byte";
  return std::to_string((bytes + kMb - 1) / kMb) + " MB";
}
}  // namespace

std::string too_large_version(const std::string& path, size_t bytes, size_t max_bytes) {
  return path + " quá lớn (" + size_text(bytes) + ", tối đa " + size_text(max_bytes) +
         "), bỏ qua phiên bản này";
}

std::string invalid_json(int line, int column) {
  return "không phải JSON hợp lệ (dòng " + std::to_string(line) + ", cột " + std::to_string(column) + ")";
}

std::string no_task_list() { return "không có danh sách \"nhiem_vu\""; }

std::string invalid_utf8_task(size_t index) {
  return "có nhiệm vụ thứ " + std::to_string(index + 1) + " không đọc được (ký tự không phải UTF-8)";
}

namespace {

// The data-model key in words, for the build log (the pages take theirs from the theme).
std::string field_words(const std::string& field) {
  static const std::pair<const char*, const char*> kWords[] = {
      {"trang_thai", "trạng thái"},
      {"tien_do", "tiến độ"},
      {"thoi_han", "thời hạn"},
      {"cach_hieu_thoi_han", "cách hiểu thời hạn"},
      {"ngay_hoan_thanh", "ngày hoàn thành"},
      {"cap_nhat", "báo cáo tiến độ"},
      {"ma", "mã"},
      {"so", "số thứ tự"},
      {"phan", "phần"},
      {"thuoc", "nhiệm vụ cha"},
      {"co_quan_chu_tri", "cơ quan chủ trì (không chỉ sửa chính tả)"},
      {"co_quan_phoi_hop", "cơ quan phối hợp (không chỉ sửa chính tả)"},
      {"ky", "kỳ kế hoạch"},
      {"ngay_ban_hanh", "ngày ban hành"},
      {"so_hieu", "số hiệu"},
  };
  for (const auto& [key, words] : kWords)
    if (field == key) return words;
  return "\"" + field + "\"";
}

}  // namespace

std::string minor_task_field(const std::string& field, const std::string& task_id) {
  return "đổi " + field_words(field) + " của nhiệm vụ " + task_id;
}

std::string minor_task_added_or_removed(bool added, const std::string& task_id) {
  return (added ? "thêm nhiệm vụ " : "bỏ nhiệm vụ ") + task_id;
}

std::string minor_plan_field(const std::string& field, const std::string& plan) {
  return "đổi " + field_words(field) + " của kế hoạch " + plan;
}

std::string minor_plan_added_or_removed(bool added, const std::string& plan) {
  return (added ? "thêm kế hoạch " : "bỏ kế hoạch ") + plan;
}

std::string minor_refused(const CommitInfo& commit, const std::string& why) {
  return "commit " + short_commit_id(commit.id) + " «" + commit.summary + "»: có \"Thay-doi: nho\" nhưng " +
         why +
         " — đây không chỉ là sửa chữ, nên được hiển thị như một thay đổi thường (bản tin, thay đổi gần "
         "đây). "
         "Chỉ dùng \"Thay-doi: nho\" khi sửa câu chữ (nội dung, sản phẩm, chính tả tên cơ quan, văn bản kế "
         "hoạch)";
}

}  // namespace ck::history::msg
