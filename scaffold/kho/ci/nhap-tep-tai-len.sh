#!/bin/sh
# Nhập các tệp cán bộ tải lên kho qua trang web GitHub/GitLab (tạo bởi `congkhai init`). CI chạy
# tệp này sau mỗi lần có tệp mới trong bao-cao/ hoặc ke-hoach/; chạy tay cũng được:
#     sh ci/nhap-tep-tai-len.sh
#
#   bao-cao/**/*.xlsx  biểu mẫu tiến độ đã điền: `congkhai progress apply --commit`, tác giả
#                      commit là người đã tải biểu mẫu lên; biểu mẫu chuyển vào bao-cao/da-nhap/.
#   ke-hoach/**        văn bản kế hoạch (Word, PDF): chưa tự nhập ở bước này (xem README.md).
#
# Mỗi tệp một commit trên nhánh hiện tại. Một tệp có lỗi: in mọi lỗi (trang, ô, cách sửa), đưa
# kho về đúng như trước khi chạy, thoát với mã 1 — không ghi gì. Không có tệp mới: không làm gì.
# Ghi kết quả cho các bước sau của CI vào $CK_KET_QUA (mặc định .nhap-tep/ket-qua.env):
#     so_commit=2                  số commit mới (0: không có gì để đẩy lên)
# và bản tóm tắt (Markdown, dùng làm nội dung yêu cầu hợp nhất) vào .nhap-tep/tom-tat.md.
set -eu

out_dir=.nhap-tep
result=${CK_KET_QUA:-$out_dir/ket-qua.env}
summary=$out_dir/tom-tat.md
mkdir -p "$out_dir" "$(dirname "$result")"
: >"$summary"
: >"$result"
start=$(git rev-parse HEAD)
# commit --amend cần tên người ghi; CI thường chưa đặt.
export GIT_COMMITTER_NAME="${GIT_COMMITTER_NAME:-$(git config user.name || echo 'Công khai CI')}"
export GIT_COMMITTER_EMAIL="${GIT_COMMITTER_EMAIL:-$(git config user.email || echo 'ci@congkhai.invalid')}"

# Tên tệp lấy từ git (không lấy từ thư mục làm việc): chỉ tệp đã được tải lên, tên có dấu cách vẫn được.
list=$out_dir/danh-sach.txt
git -c core.quotePath=false ls-files -- bao-cao | grep -i '\.xlsx$' | grep -v '^bao-cao/da-nhap/' >"$list" || true
plans=$(git -c core.quotePath=false ls-files -- ke-hoach | grep -iv '/README\.md$' | grep -v '^ke-hoach/da-nhap/' || true)

failed=0
# Excel cũ (.xls), LibreOffice (.ods), ảnh chụp…: không đọc được, nói rõ thay vì lặng lẽ bỏ qua.
others=$(git -c core.quotePath=false ls-files -- bao-cao | grep -v '^bao-cao/da-nhap/' | grep -iv '\.xlsx$' |
  grep -iv '/README\.md$' | grep -v '/\.gitkeep$' || true)
if [ -n "$others" ]; then
  failed=1
  printf '%s\n' "$others" | while IFS= read -r f; do
    echo "$f: không phải biểu mẫu .xlsx — mở bằng Excel hoặc LibreOffice, chọn Lưu thành (Save As) dạng \"Excel Workbook (.xlsx)\", tải lên lại rồi xóa tệp này" >&2
  done
fi
while IFS= read -r form; do
  [ -n "$form" ] || continue
  # Người tải lên: tác giả của commit gần nhất đưa tệp này vào kho.
  author=$(git log -1 --format='%an <%ae>' -- "$form")
  before=$(git rev-parse HEAD)
  if output=$(congkhai progress apply "$form" --commit --author "$author" 2>&1); then
    printf '%s\n' "$output"
    dest="bao-cao/da-nhap/${form#bao-cao/}"
    if git ls-files --error-unmatch -- "$dest" >/dev/null 2>&1; then
      # Cùng tên với biểu mẫu đã nhập trước đây: giữ cả hai.
      dest="${dest%.*}-$(git rev-parse --short HEAD).${dest##*.}"
    fi
    mkdir -p "$(dirname "$dest")"
    git mv -- "$form" "$dest"
    if [ "$(git rev-parse HEAD)" != "$before" ]; then
      git commit -q --amend --no-edit
    else
      git commit -q --author="$author" -m "Chuyển biểu mẫu đã nhập: $form (không có gì thay đổi)"
    fi
    {
      printf '### %s\n\nNgười tải lên: %s\n\n```\n%s\n```\n\n' "$form" "$author" "$output"
    } >>"$summary"
  else
    failed=1
    printf '%s\n' "$output" >&2
    printf '### %s (lỗi)\n\n```\n%s\n```\n\n' "$form" "$output" >>"$summary"
  fi
done <"$list"

if [ -n "$plans" ]; then
  printf 'Văn bản kế hoạch trong ke-hoach/ chưa được tự nhập ở bước này (nhập bằng "congkhai import"):\n%s\n' "$plans"
fi

if [ "$failed" -ne 0 ]; then
  git reset -q --hard "$start"
  echo "so_commit=0" >>"$result"
  echo "Có biểu mẫu lỗi: chưa thay đổi gì. Sửa các ô nêu trên rồi tải biểu mẫu lên lại (cùng tên)." >&2
  exit 1
fi
count=$(git rev-list --count "$start..HEAD")
echo "so_commit=$count" >>"$result"
echo "Đã nhập: $count commit mới."
