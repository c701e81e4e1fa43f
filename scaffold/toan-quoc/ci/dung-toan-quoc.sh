#!/bin/sh
# Dựng cổng của mọi xã trong kho theo lô (tạo bởi `congkhai init --national`; xem docs/scale.md của congkhai).
# Mỗi lô dựng trang riêng của một phần các xã và ghi tóm tắt của từng xã; bước chỉ mục dựng trang chủ và
# danh mục dữ liệu chung từ các tóm tắt đó, không đọc lại nhiệm vụ nào. CI (GitHub, GitLab) chạy từng lô
# trên một máy riêng; trên một máy, "tat-ca" chạy các lô song song rồi dựng chỉ mục.
#
#   sh ci/dung-toan-quoc.sh lo K N       lô thứ K (1..N) trong N lô → ket-qua/xa/<mã xã>/, ket-qua/tom-tat/<mã xã>.json
#   sh ci/dung-toan-quoc.sh chi-muc      trang chủ + danh mục dữ liệu → ket-qua/chi-muc/; ghép cả cổng → ket-qua/cong/
#   sh ci/dung-toan-quoc.sh tat-ca N P   trên một máy: N lô, P lô cùng lúc, rồi chỉ mục; báo lô nào thất bại
#
# Chia lô: mã các xã (thư mục content/<mã>/ có _index.md) xếp theo thứ tự chữ, cắt thành N đoạn liền nhau —
# cùng một kho luôn cho cùng các lô. Biến môi trường:
#   CONGKHAI    lệnh congkhai (mặc định: congkhai)
#   CK_KET_QUA  thư mục kết quả (mặc định: ket-qua)
#   CK_CACHE    thư mục bộ nhớ đệm lịch sử (--cache-dir); CI lưu và khôi phục thư mục này cho từng lô
#   CK_THEM     tùy chọn thêm cho `congkhai build`, vd. "--today 2026-06-30"
set -eu

congkhai=${CONGKHAI:-congkhai}
out=${CK_KET_QUA:-ket-qua}

communes() {
  for f in content/*/_index.md; do
    [ -f "$f" ] || continue
    d=${f%/_index.md}
    echo "${d#content/}"
  done | LC_ALL=C sort
}

whole_number() {
  case "$2" in
    '' | *[!0-9]*) echo "dung-toan-quoc: $1 \"$2\" phải là số nguyên dương" >&2; exit 2 ;;
  esac
  [ "$2" -ge 1 ] || { echo "dung-toan-quoc: $1 phải từ 1 trở lên" >&2; exit 2; }
}

shard() {
  k=$1 n=$2
  whole_number "K" "$k"
  whole_number "N" "$n"
  [ "$k" -le "$n" ] || { echo "dung-toan-quoc: lô $k nằm ngoài $n lô" >&2; exit 2; }
  total=$(communes | wc -l)
  size=$(( (total + n - 1) / n ))
  first=$(( (k - 1) * size + 1 ))
  last=$(( k * size ))
  mkdir -p "$out/lo"
  list="$out/lo/lo-$k.txt"
  communes | sed -n "${first},${last}p" > "$list"
  count=$(wc -l < "$list")
  if [ "$count" -eq 0 ]; then
    echo "dung-toan-quoc: lô $k/$n không có xã nào ($total xã chia $n lô)"
    return 0
  fi
  echo "dung-toan-quoc: lô $k/$n: $count xã ($(head -n 1 "$list") … $(tail -n 1 "$list"))"
  cache=
  [ -z "${CK_CACHE:-}" ] || cache="--cache-dir $CK_CACHE"
  # shellcheck disable=SC2086  # CK_THEM and the cache option are several words on purpose
  "$congkhai" build --require-full-history --communes-from "$list" --out "$out/xa" --summary "$out/tom-tat" \
    $cache ${CK_THEM:-}
}

index() {
  # Every commune needs its summary: a lô that did not run (or whose artifact is missing) is named.
  missing=
  for id in $(communes); do
    [ -f "$out/tom-tat/$id.json" ] || missing="$missing $id"
  done
  if [ -n "$missing" ]; then
    echo "dung-toan-quoc: thiếu tóm tắt của:$missing — lô có các xã này chưa chạy hoặc thất bại" >&2
    exit 1
  fi
  "$congkhai" index --source . --summaries "$out/tom-tat" --out "$out/chi-muc"
  # The whole site: the index at the root, each commune's own site in its folder (hard links: no copy).
  rm -rf "$out/cong"
  mkdir -p "$out/cong"
  cp -R "$out/chi-muc/." "$out/cong/"
  for id in $(communes); do
    cp -al "$out/xa/$id" "$out/cong/$id" 2>/dev/null || cp -R "$out/xa/$id" "$out/cong/$id"
  done
  echo "dung-toan-quoc: cổng ghép xong trong $out/cong/ ($(communes | wc -l) xã)"
}

# One machine: N shards, P at a time (each in the background, its log in ket-qua/nhat-ky/), then the index.
all() {
  n=$1 p=$2
  whole_number "N" "$n"
  whole_number "P" "$p"
  mkdir -p "$out/nhat-ky"
  rm -f "$out/nhat-ky/that-bai"
  timer=
  [ ! -x /usr/bin/time ] || timer=/usr/bin/time
  started=$(date +%s)
  set --  # the shards running, oldest first, as "pid:K"
  k=1
  while [ "$k" -le "$n" ]; do
    log="$out/nhat-ky/lo-$k"
    if [ -n "$timer" ]; then
      $timer -o "$log.thoi-gian" -f "%e s %M KB" sh "$0" lo "$k" "$n" > "$log.log" 2>&1 &
    else
      sh "$0" lo "$k" "$n" > "$log.log" 2>&1 &
    fi
    set -- "$@" "$!:$k"
    if [ $# -ge "$p" ]; then
      wait "${1%%:*}" || echo "${1#*:}" >> "$out/nhat-ky/that-bai"
      shift
    fi
    k=$((k + 1))
  done
  for entry in "$@"; do
    wait "${entry%%:*}" || echo "${entry#*:}" >> "$out/nhat-ky/that-bai"
  done
  for k in $(seq 1 "$n"); do
    [ ! -f "$out/nhat-ky/lo-$k.thoi-gian" ] || echo "lô $k: $(tail -n 1 "$out/nhat-ky/lo-$k.thoi-gian")"
  done
  if [ -s "$out/nhat-ky/that-bai" ]; then
    for k in $(sort -n "$out/nhat-ky/that-bai"); do
      echo "dung-toan-quoc: lô $k thất bại — nhật ký: $out/nhat-ky/lo-$k.log" >&2
    done
    rm -f "$out/nhat-ky/that-bai"
    exit 1
  fi
  if [ -n "$timer" ]; then
    $timer -o "$out/nhat-ky/chi-muc.thoi-gian" -f "%e s %M KB" sh "$0" chi-muc
    echo "chỉ mục: $(tail -n 1 "$out/nhat-ky/chi-muc.thoi-gian")"
  else
    index
  fi
  echo "tổng: $(( $(date +%s) - started )) s cho $n lô, $p lô cùng lúc"
}

case "${1:-}" in
  lo) [ $# -eq 3 ] || { echo "dùng: sh ci/dung-toan-quoc.sh lo K N" >&2; exit 2; }; shard "$2" "$3" ;;
  chi-muc) index ;;
  tat-ca) [ $# -eq 3 ] || { echo "dùng: sh ci/dung-toan-quoc.sh tat-ca N P" >&2; exit 2; }; all "$2" "$3" ;;
  *) echo "dùng: sh ci/dung-toan-quoc.sh lo K N | chi-muc | tat-ca N P" >&2; exit 2 ;;
esac
