#!/bin/sh
# Nhập các tệp cán bộ tải lên kho qua trang web GitHub/GitLab (tạo bởi `congkhai init`). CI chạy
# tệp này sau mỗi lần có tệp mới trong bao-cao/ hoặc ke-hoach/; chạy tay cũng được:
#     sh ci/nhap-tep-tai-len.sh
#
#   bao-cao/**/*.xlsx  biểu mẫu tiến độ đã điền: `congkhai progress apply --commit`, tác giả
#                      commit là người đã tải biểu mẫu lên; biểu mẫu chuyển vào bao-cao/da-nhap/.
#   ke-hoach/**        văn bản kế hoạch (.docx, .odt, .doc, .pdf): `congkhai import` (mã kế hoạch lấy từ
#                      tên tệp, vd. "Kế hoạch CCHC 2026.docx" → ke-hoach-cchc-2026), tác giả commit là người
#                      tải lên; báo cáo nhập (cảnh báo, ô đọc chưa chắc) vào tóm tắt; văn bản chuyển vào
#                      ke-hoach/da-nhap/. Kế hoạch đã có trên cổng không bị ghi đè.
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
plans=$out_dir/ke-hoach.txt
git -c core.quotePath=false ls-files -- ke-hoach | grep -iv '/README\.md$' | grep -v '/\.gitkeep$' |
  grep -v '^ke-hoach/da-nhap/' >"$plans" || true

failed=0
# Chuyển tệp đã nhập vào <thư mục>/da-nhap/ (trùng tên với tệp đã nhập trước: thêm mã commit).
move_done() {
  dest="$1/da-nhap/${2#"$1"/}"
  if git ls-files --error-unmatch -- "$dest" >/dev/null 2>&1; then
    dest="${dest%.*}-$(git rev-parse --short HEAD).${dest##*.}"
  fi
  mkdir -p "$(dirname "$dest")"
  git mv -- "$2" "$dest"
}

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
    move_done bao-cao "$form"
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


while IFS= read -r doc; do
  [ -n "$doc" ] || continue
  case "$(printf '%s' "${doc##*.}" | tr 'A-Z' 'a-z')" in
    docx | odt | doc | pdf) ;;
    *)
      failed=1
      echo "$doc: không phải văn bản kế hoạch (.docx, .odt, .doc, .pdf) — tải lên văn bản Word hoặc PDF của kế hoạch rồi xóa tệp này" >&2
      continue
      ;;
  esac
  author=$(git log -1 --format='%an <%ae>' -- "$doc")
  # import kiểm tra kho như `congkhai check`: lỗi thì thoát 1 và nói cần sửa gì.
  if output=$(congkhai import "$doc" 2>&1); then
    printf '%s\n' "$output"
    git add -A -- content data
    move_done ke-hoach "$doc"
    git commit -q --author="$author" -m "Nhập kế hoạch từ văn bản tải lên: ${doc#ke-hoach/}" \
      -m "Nhập bằng congkhai import; mọi nhiệm vụ bắt đầu ở trạng thái chưa cập nhật."
    printf '### %s\n\nNgười tải lên: %s\n\n```\n%s\n```\n\n' "$doc" "$author" "$output" >>"$summary"
  else
    failed=1
    printf '%s\n' "$output" >&2
    printf '### %s (lỗi)\n\n```\n%s\n```\n\n' "$doc" "$output" >>"$summary"
    # Tệp import đã ghi trước khi phát hiện lỗi: bỏ, để kho y như trước.
    git reset -q --hard
    git clean -fdq -- content data
  fi
done <"$plans"

if [ "$failed" -ne 0 ]; then
  git reset -q --hard "$start"
  git clean -fdq -- content data
  echo "so_commit=0" >>"$result"
  echo "Có tệp lỗi: chưa thay đổi gì. Sửa theo các dòng trên (biểu mẫu: các ô nêu tên; văn bản kế hoạch: báo cáo nhập) rồi tải lên lại (cùng tên)." >&2
  exit 1
fi
count=$(git rev-list --count "$start..HEAD")
echo "so_commit=$count" >>"$result"
echo "Đã nhập: $count commit mới."
