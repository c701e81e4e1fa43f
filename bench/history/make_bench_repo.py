#!/usr/bin/env python3
"""Generate a large, deterministic content repository for the history benchmark.

    python3 bench/history/make_bench_repo.py DIR [--commits 10000] [--communes 20] [--plans 25]

Writes a git repository at DIR (created; must not exist) with `communes × plans`
plan files (data/<c>/<p>.json, 30 tasks each, plus content/<c>/<p>.md), one
initial commit that adds them all, then `commits - 1` commits that each edit
one plan the way commune editors do: a status or progress change, an update
added, now and then a deadline moved (with a `Ly-do:` trailer), a narrative
paragraph edited, or a minor fix (`Thay-doi: nho`). Every 200th commit is a
merge of a short side branch (`--no-ff` shape), so merges are exercised too.

Each commune also gets content/<c>/_index.md, so `congkhai build --source DIR`
builds the repository as a portal.

Uses `git fast-import` (seconds, not minutes, for 10,000 commits), then
`git repack -adf` so the pack looks like a clone's: fast-import deltifies each
blob against the previous one in the stream, across files, and reading that
pack per file costs ~5x more (2.0-2.3 s instead of 0.3-0.4 s of cold history
at 5,000 commits; `--no-repack` keeps it, docs/performance.md). No clock, no
randomness beyond a seeded PRNG: the same arguments give the same commit ids.
Standard library only.
"""

import argparse
import json
import random
import subprocess
import sys
from pathlib import Path

AUTHORS = [
    ("Nguyễn Thị Hoà", "hoa@bench.invalid"),
    ("Trần Văn Đức", "duc@bench.invalid"),
    ("Lê Minh Quân", "quan@bench.invalid"),
    ("Phạm Thu Hương", "huong@bench.invalid"),
]
AGENCIES = ["Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND", "Trung tâm Phục vụ hành chính công",
            "Phòng Kinh tế", "Công an xã", "Các cơ quan, đơn vị liên quan"]
DEADLINES = ["Trước ngày 13/01/2026", "Quý I/2026", "Quý II/2026", "Tháng 6/2026", "Quý III, IV/2026",
             "Cả năm 2026", "Thường xuyên", "Chậm nhất ngày 09/9/2026", "Tháng 01/2026 đến tháng 5/2026"]
STATUSES = ["chua_bat_dau", "dang_thuc_hien", "hoan_thanh"]
WORDS = ("cải cách hành chính thủ tục hồ sơ trực tuyến dịch vụ công người dân doanh nghiệp kiểm tra "
         "tuyên truyền số hóa kết quả giải quyết báo cáo đánh giá chỉ số hài lòng văn bản quy phạm").split()
START = 1767225600  # 2026-01-01 00:00 UTC
TZ = ["+0700", "+0700", "+0700", "-0500"]


def sentence(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def initial_plan(rng):
    tasks = []
    for i in range(1, 31):
        tasks.append({
            "ma": f"nv-{i}", "so": str(i), "phan": "i" if i <= 15 else "ii",
            "noi_dung": sentence(rng, 28),
            "co_quan_chu_tri": [rng.choice(AGENCIES)],
            "co_quan_phoi_hop": [rng.choice(AGENCIES), AGENCIES[-1]],
            "thoi_han": rng.choice(DEADLINES),
            "san_pham": [sentence(rng, 6)],
            "trang_thai": "chua_cap_nhat",
        })
    return {"phan": [{"ma": "i", "so": "I", "ten": "Chỉ đạo điều hành"},
                     {"ma": "ii", "so": "II", "ten": "Cải cách thủ tục hành chính"}],
            "nhiem_vu": tasks}


def narrative(rng, version):
    paras = [sentence(rng, 40) for _ in range(8)]
    return (f'---\ntieu_de: "Kế hoạch thử nghiệm"\nso_hieu: "{version}/KH-UBND"\nky: 2026\n---\n\n'
            + "\n\n".join(paras) + "\n")


def edit_task(rng, t, step):
    """One editor's change to a task; returns (message, trailers)."""
    roll = rng.random()
    if roll < 0.08:
        t["thoi_han"] = rng.choice(DEADLINES)
        return f"Điều chỉnh thời hạn nhiệm vụ {t['so']}", ["Ly-do: Theo chỉ đạo của UBND xã"]
    if roll < 0.12:
        t["noi_dung"] = t["noi_dung"].rstrip(".") + " ."
        return f"Sửa lỗi chính tả nhiệm vụ {t['so']}", ["Thay-doi: nho"]
    state = rng.choice(STATUSES)
    t["trang_thai"] = state
    if state == "dang_thuc_hien":
        t["tien_do"] = rng.randrange(5, 100, 5)
    else:
        t.pop("tien_do", None)
    day = 1 + step % 28
    t.setdefault("cap_nhat", []).append(
        {"ngay": f"2026-{1 + step % 12:02d}-{day:02d}", "noi_dung": sentence(rng, 14),
         "minh_chung": [f"Báo cáo số {step}/BC-UBND"]})
    return f"Cập nhật tiến độ nhiệm vụ {t['so']}", []


def blob(text):
    data = text.encode("utf-8")
    return b"data %d\n" % len(data) + data + b"\n"


def commit_header(out, ref, mark, step, message, parents):
    name, email = AUTHORS[step % len(AUTHORS)]
    stamp = f"{START + step * 3600} {TZ[step % len(TZ)]}"
    out.write(f"commit {ref}\nmark :{mark}\n".encode())
    out.write(f"author {name} <{email}> {stamp}\ncommitter {name} <{email}> {stamp}\n".encode())
    out.write(blob(message))
    for i, p in enumerate(parents):
        out.write(f"{'from' if i == 0 else 'merge'} :{p}\n".encode())


def dump(doc):
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def generate(out, args):
    rng = random.Random(20260101)
    files = [(f"xa-bench-{c:02d}", f"kh-{p:02d}") for c in range(args.communes) for p in range(args.plans)]
    plans = {f: initial_plan(rng) for f in files}
    versions = {f: 1 for f in files}
    commit_header(out, "refs/heads/main", 1, 0, "Khởi tạo kho dữ liệu\n", [])
    for c in sorted({c for c, _ in files}):
        out.write(f"M 100644 inline content/{c}/_index.md\n".encode() + blob(f"---\nten: Xã {c}\nloai: xa\n---\n"))
    for c, p in files:
        out.write(f"M 100644 inline data/{c}/{p}.json\n".encode() + blob(dump(plans[(c, p)])))
        out.write(f"M 100644 inline content/{c}/{p}.md\n".encode() + blob(narrative(rng, 1)))
    main_tip = 1
    for step in range(1, args.commits):
        f = files[rng.randrange(len(files))]
        c, p = f
        mark = step + 1
        if rng.random() < 0.05:
            versions[f] += 1
            message, path, text = "Cập nhật phần mở đầu kế hoạch\n", f"content/{c}/{p}.md", narrative(rng, versions[f])
        else:
            t = plans[f]["nhiem_vu"][rng.randrange(30)]
            subject, trailers = edit_task(rng, t, step)
            message = subject + "\n" + ("\n" + "\n".join(trailers) + "\n" if trailers else "")
            path, text = f"data/{c}/{p}.json", dump(plans[f])
        merge = step % 200 == 0 and step > 1
        # A merge commit: the change lands on a side branch first, then main merges it.
        if merge:
            commit_header(out, "refs/heads/side", mark, step, message, [main_tip])
            out.write(f"M 100644 inline {path}\n".encode() + blob(text))
            out.write(f"commit refs/heads/main\nmark :{mark + args.commits}\n".encode())
            name, email = AUTHORS[0]
            out.write(f"author {name} <{email}> {START + step * 3600 + 60} +0700\n".encode())
            out.write(f"committer {name} <{email}> {START + step * 3600 + 60} +0700\n".encode())
            out.write(blob("Merge branch 'side'\n"))
            out.write(f"from :{main_tip}\nmerge :{mark}\nM 100644 inline {path}\n".encode() + blob(text))
            main_tip = mark + args.commits
        else:
            commit_header(out, "refs/heads/main", mark, step, message, [main_tip])
            out.write(f"M 100644 inline {path}\n".encode() + blob(text))
            main_tip = mark
    out.write(b"done\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", type=Path)
    ap.add_argument("--commits", type=int, default=10000)
    ap.add_argument("--communes", type=int, default=20)
    ap.add_argument("--plans", type=int, default=25)
    ap.add_argument("--no-repack", action="store_true", help="keep git fast-import's pack (the slow case)")
    args = ap.parse_args()
    if args.dir.exists():
        sys.exit(f"{args.dir} already exists")
    subprocess.run(["git", "init", "-q", "-b", "main", str(args.dir)], check=True)
    proc = subprocess.Popen(["git", "fast-import", "--quiet", "--done"], cwd=args.dir, stdin=subprocess.PIPE)
    generate(proc.stdin, args)
    proc.stdin.close()
    if proc.wait() != 0:
        sys.exit("git fast-import failed")
    if not args.no_repack:
        subprocess.run(["git", "repack", "-adfq"], cwd=args.dir, check=True)
    subprocess.run(["git", "checkout", "-q", "main"], cwd=args.dir, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
