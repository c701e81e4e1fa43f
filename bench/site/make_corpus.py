#!/usr/bin/env python3
"""Writes one deterministic portal twice: a congkhai source repository and an equivalent Hugo site.

    make_corpus.py SEED_REPO OUT_DIR [--communes 100] [--plans 2] [--tasks 50] [--commits 5000] [--no-repack] [--no-hugo]

OUT_DIR/src   a git repository (git fast-import) for `congkhai build`: `communes` fictional communes
              (minh_hoa: true) with `plans` plans of `tasks` tasks each, one commit adding them all, then
              `commits - 1` commits by twelve authors over the first half of 2026, each editing one task the
              way editors do (status, progress, an update with evidence; 8 % move the deadline with a
              `Ly-do:` trailer).
OUT_DIR/hugo  the same portal as a Hugo site, from the final state of the repository: one page per task
              (every field, its updates), a plan page with the narrative and the task table by section, a
              commune page listing its plans, and an agency taxonomy (`coquan`: lead and partner agencies).
OUT_DIR/today the date to build with (--today), so both builds compute the same statuses.

--no-repack keeps git fast-import's pack (`git repack -adf` recomputes every delta: minutes at 300,000
commits of a 3,300-entry data tree; reading fast-import's cross-file blob deltas is slower, see
docs/scale.md); --no-hugo skips OUT_DIR/hugo (national-size repositories are for congkhai only).

Task texts, agencies, deadlines, sections and narratives come from the seed plans (data/ and content/ of
SEED_REPO: Tiên Lãng, Bạch Long Vĩ, Hải Phòng) varied with bench/search's topic phrases. Seeded PRNG, fixed
dates: the same arguments give the same files and commit ids. Standard library only.
"""
import argparse
import datetime
import glob
import json
import os
import random
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "search"))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "history"))
from make_corpus import AGENCIES, DEADLINES, ROMAN, SECTIONS, seed_tasks, task_text  # noqa: E402  (bench/search)
from make_bench_repo import blob  # noqa: E402  (bench/history: a fast-import data block)

TODAY = "2026-06-30"
START = 1767571200  # 2026-01-05 00:00 UTC; commits spread over the next 175 days
SPAN = 175 * 86400
AUTHORS = [("Nguyễn Thị Hoà", "hoa"), ("Trần Văn Đức", "duc"), ("Lê Minh Quân", "quan"), ("Phạm Thu Hương", "huong"),
           ("Hoàng Văn Nam", "nam"), ("Vũ Thị Lan", "lan"), ("Đặng Quốc Bảo", "bao"), ("Bùi Thị Mai", "mai"),
           ("Đỗ Văn Hùng", "hung"), ("Ngô Thị Thu", "thu"), ("Dương Minh Tuấn", "tuan"), ("Lý Thị Ngọc", "ngoc")]
PARTNERS = ["Các cơ quan, đơn vị liên quan", "Ủy ban Mặt trận Tổ quốc xã", "Các thôn, tổ dân phố"]
STATUS_LABELS = {"chua_cap_nhat": "Chưa cập nhật", "chua_bat_dau": "Chưa bắt đầu", "dang_thuc_hien": "Đang thực hiện",
                 "hoan_thanh": "Hoàn thành"}
REASONS = ["Theo chỉ đạo của Ủy ban nhân dân xã", "Chờ hướng dẫn của Sở Nội vụ", "Điều chỉnh theo kế hoạch của thành phố"]


def seed_narratives(repo):
    """Paragraphs of the seed plans' narratives (front matter dropped)."""
    paras = []
    for f in sorted(glob.glob(os.path.join(repo, "content", "*", "*.md"))):
        if os.path.basename(f).startswith("_"):
            continue
        text = open(f, encoding="utf-8").read().split("\n---\n", 1)[-1]
        paras += [p.strip() for p in text.split("\n\n") if p.strip() and not p.startswith(("|", "<"))]
    return paras


def make_plan(rng, pool, tasks_per_plan):
    tasks = []
    for n in range(1, tasks_per_plan + 1):
        base, products = rng.choice(pool)
        tasks.append({"ma": "nv-%d" % n, "so": str(n), "phan": ROMAN[(n - 1) * 7 // tasks_per_plan].lower(),
                      "noi_dung": task_text(rng, base), "co_quan_chu_tri": [rng.choice(rng.choice(AGENCIES))],
                      "co_quan_phoi_hop": [rng.choice(PARTNERS)], "thoi_han": rng.choice(DEADLINES),
                      "san_pham": products[:2], "trang_thai": "chua_cap_nhat"})
    return {"phan": [{"ma": r.lower(), "so": r, "ten": s} for r, s in zip(ROMAN, SECTIONS)], "nhiem_vu": tasks}


def narrative(rng, paras, commune_no, plan_no):
    body = "\n\n".join(rng.choice(paras) for _ in range(12))
    return ('---\ntieu_de: "Kế hoạch cải cách hành chính năm 2026 số %d (xã thử %04d)"\nso_hieu: "%d/KH-UBND"\n'
            'ngay_ban_hanh: "2026-01-%02d"\nco_quan_ban_hanh: "Ủy ban nhân dân xã Thử Nghiệm %04d"\nky: 2026\n---\n\n%s\n'
            % (plan_no, commune_no, 10 + plan_no, 2 + plan_no, commune_no, body))


def commune_index(n):
    return ('---\nten: "Xã Thử Nghiệm %04d"\nloai: xa\nminh_hoa: true\n---\n\n'
            'Xã hư cấu của bộ đo tốc độ dựng trang: số liệu tiến độ là giả định.\n' % n)


def edit_task(rng, t, day, products):
    """One editor's change; returns the commit message."""
    if rng.random() < 0.08:
        t["thoi_han"] = rng.choice(DEADLINES)
        return "Điều chỉnh thời hạn nhiệm vụ %s\n\nLy-do: %s\n" % (t["so"], rng.choice(REASONS))
    state = rng.choice(["chua_bat_dau", "dang_thuc_hien", "dang_thuc_hien", "hoan_thanh"])
    t["trang_thai"] = state
    t.pop("tien_do", None)
    t.pop("ngay_hoan_thanh", None)
    if state == "dang_thuc_hien":
        t["tien_do"] = rng.randrange(10, 100, 10)
    if state == "hoan_thanh":
        t["ngay_hoan_thanh"] = day
    evidence = (rng.choice(products) if products else "Báo cáo của UBND xã")
    t.setdefault("cap_nhat", []).append({"ngay": day, "noi_dung": "%s: %s." % (STATUS_LABELS[state], evidence),
                                         "minh_chung": ["Báo cáo số %d/BC-UBND" % rng.randrange(1, 400)]})
    return "Cập nhật tiến độ nhiệm vụ %s\n" % t["so"]


def dump(doc):
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def write_repo(out, args, rng, plans, narratives, communes):
    """Streams the history into git fast-import; `plans` ends in the final state."""
    def header(mark, step, message, parent):
        name, login = AUTHORS[rng.randrange(len(AUTHORS))]
        stamp = "%d +0700" % (START + step * SPAN // max(args.commits, 1))
        out.write(b"commit refs/heads/main\nmark :%d\n" % mark)
        out.write(("author %s <%s@bench.invalid> %s\ncommitter %s <%s@bench.invalid> %s\n"
                   % (name, login, stamp, name, login, stamp)).encode())
        out.write(blob(message))
        if parent:
            out.write(b"from :%d\n" % parent)

    header(1, 0, "Khởi tạo kho dữ liệu\n", None)
    out.write(b"M 100644 inline congkhai.yaml\n" + blob("tieu_de: Cổng thử tốc độ (dữ liệu hư cấu)\n"))
    for c in communes:
        out.write(("M 100644 inline content/%s/_index.md\n" % c[0]).encode() + blob(commune_index(c[1])))
    for key, plan in plans.items():
        out.write(("M 100644 inline data/%s/%s.json\n" % key).encode() + blob(dump(plan)))
        out.write(("M 100644 inline content/%s/%s.md\n" % key).encode() + blob(narratives[key]))
    keys = list(plans)
    for step in range(1, args.commits):
        key = keys[rng.randrange(len(keys))]
        t = plans[key]["nhiem_vu"][rng.randrange(args.tasks)]
        seconds = START + step * SPAN // args.commits
        day = "%04d-%02d-%02d" % _ymd(seconds)
        message = edit_task(rng, t, day, t.get("san_pham", []))
        header(step + 1, step, message, step)
        out.write(("M 100644 inline data/%s/%s.json\n" % key).encode() + blob(dump(plans[key])))
    out.write(b"done\n")


def _ymd(seconds):
    """Year, month, day in Vietnam (UTC+7)."""
    d = datetime.datetime.fromtimestamp(seconds + 7 * 3600, datetime.timezone.utc)
    return d.year, d.month, d.day


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def write_hugo(root, plans, narratives, communes):
    here = os.path.dirname(os.path.abspath(__file__))
    write(os.path.join(root, "config.json"), json.dumps({
        "baseURL": "/", "title": "Cổng thử tốc độ (dữ liệu hư cấu)", "languageCode": "vi",
        "disableKinds": ["RSS", "sitemap", "robotsTXT", "404"], "taxonomies": {"coquan": "coquan"},
        "relativeURLs": True, "markup": {"goldmark": {"renderer": {"unsafe": False}}}}, ensure_ascii=False, indent=1))
    for name in glob.glob(os.path.join(here, "hugo-layouts", "**", "*.html"), recursive=True):
        write(os.path.join(root, "layouts", os.path.relpath(name, os.path.join(here, "hugo-layouts"))),
              open(name, encoding="utf-8").read())
    write(os.path.join(root, "content", "_index.md"), '{"title": "Cổng thử tốc độ"}\n')
    for cid, n in communes:
        write(os.path.join(root, "content", cid, "_index.md"),
              json.dumps({"title": "Xã Thử Nghiệm %04d" % n}, ensure_ascii=False) + "\n\n"
              + commune_index(n).split("---\n\n", 1)[1])
    for (cid, pid), plan in plans.items():
        head, body = narratives[(cid, pid)].split("\n---\n\n", 1)
        meta = dict(line.split(": ", 1) for line in head.splitlines()[1:])
        sections = {s["ma"]: "%s. %s" % (s["so"], s["ten"]) for s in plan["phan"]}
        write(os.path.join(root, "content", cid, pid, "_index.md"),
              json.dumps({"title": json.loads(meta["tieu_de"]), "so_hieu": json.loads(meta["so_hieu"]),
                          "sections": sections}, ensure_ascii=False) + "\n\n" + body)
        for i, t in enumerate(plan["nhiem_vu"]):
            fm = {"title": "Nhiệm vụ %s" % t["so"], "weight": i + 1, "so": t["so"], "phan": sections[t["phan"]],
                  "coquan": t["co_quan_chu_tri"] + t["co_quan_phoi_hop"], "chu_tri": t["co_quan_chu_tri"],
                  "phoi_hop": t["co_quan_phoi_hop"], "thoi_han": t["thoi_han"], "san_pham": t["san_pham"],
                  "trang_thai": STATUS_LABELS[t["trang_thai"]], "tien_do": t.get("tien_do"),
                  "ngay_hoan_thanh": t.get("ngay_hoan_thanh"), "cap_nhat": t.get("cap_nhat", [])}
            write(os.path.join(root, "content", cid, pid, t["ma"] + ".md"),
                  json.dumps(fm, ensure_ascii=False) + "\n\n" + t["noi_dung"] + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("seed_repo")
    ap.add_argument("out", help="must not exist")
    ap.add_argument("--communes", type=int, default=100)
    ap.add_argument("--plans", type=int, default=2)
    ap.add_argument("--tasks", type=int, default=50)
    ap.add_argument("--commits", type=int, default=5000)
    ap.add_argument("--no-repack", action="store_true", help="keep git fast-import's pack")
    ap.add_argument("--no-hugo", action="store_true", help="write the congkhai repository only")
    args = ap.parse_args()
    if os.path.exists(args.out):
        sys.exit(args.out + " already exists")
    rng = random.Random(20261122)
    pool, paras = seed_tasks(args.seed_repo), seed_narratives(args.seed_repo)
    communes = [("xa-thu-%04d" % n, n) for n in range(1, args.communes + 1)]
    plans, narratives = {}, {}
    for cid, n in communes:
        for p in range(1, args.plans + 1):
            plans[(cid, "kh-%02d" % p)] = make_plan(rng, pool, args.tasks)
            narratives[(cid, "kh-%02d" % p)] = narrative(rng, paras, n, p)
    src = os.path.join(args.out, "src")
    subprocess.run(["git", "init", "-q", "-b", "main", src], check=True)
    proc = subprocess.Popen(["git", "fast-import", "--quiet", "--done"], cwd=src, stdin=subprocess.PIPE)
    write_repo(proc.stdin, args, rng, plans, narratives, communes)
    proc.stdin.close()
    if proc.wait() != 0:
        sys.exit("git fast-import failed")
    subprocess.run(["git", "checkout", "-q", "main"], cwd=src, check=True)
    # -f: fast-import deltas run across files, slow to read per file (docs/performance.md, History)
    if not args.no_repack:
        subprocess.run(["git", "repack", "-adfq"], cwd=src, check=True)
    if not args.no_hugo:
        write_hugo(os.path.join(args.out, "hugo"), plans, narratives, communes)
    write(os.path.join(args.out, "today"), TODAY + "\n")
    print("make_corpus: %d communes, %d plans, %d tasks, %d commits -> %s"
          % (len(communes), len(plans), len(plans) * args.tasks, args.commits, args.out))


if __name__ == "__main__":
    main()
