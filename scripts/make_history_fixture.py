#!/usr/bin/env python3
"""Create git repositories with a known history, for the history stage's tests.

    make_history_fixture.py create SCENARIO DIR    a new repository at DIR (must not exist)
    make_history_fixture.py extend DIR KIND        one more commit: progress | break-json | fix-json
    make_history_fixture.py rewrite DIR            replace the last commit with a different one
    make_history_fixture.py shallow SRC DIR N      `git clone --depth N file://SRC DIR`
    make_history_fixture.py list                   the scenarios

Scenarios (a fictional commune "xa-thu", plan "kh-2026", three tasks):
    linear        five commits by three authors in +0700 and -0500, one touching only README.md
    merge         a branch merged with --no-ff beside a commit on main
    rename        plan files moved with git mv, then moved and edited in one commit
    invalid-json  a version with invalid JSON between two valid ones
    id-rename     a task id changed with "ma_cu", another without
    deadline      a deadline moved twice and then reinterpreted, with Ly-do trailers
    minor         a typo fix marked "Thay-doi: nho" (and one spelled with diacritics)
    minor-claims  "Thay-doi: nho" on wording only (agency spelling, products), and on
                  commits that also mark a task done, move a deadline, add a task
    readings      a status value no version of the data model knows ("xong-roi"),
                  later corrected; a deadline brought forward; a commit with a body
    plan-move     plan files moved with git mv (xa-thu/kh-2026 -> xa-thu/kh-moi ->
                  xa-khac/kh-moi), each move in a commit of its own, with changes between
    empty         `git init` and nothing else
    illustrative  the illustrative commune Xã Minh Họa, one commit per step of
                  scripts/make_illustrative.py

Every author, date (GIT_AUTHOR_DATE / GIT_COMMITTER_DATE, with its time zone) and
file is fixed, and the user's git configuration is ignored, so the same scenario
always has the same commit ids. Needs Python 3 (standard library) and git.
"""

import copy
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

HOA = ("Nguyễn Thị Hoà", "hoa@xa-thu.invalid")
DUC = ("Trần Văn Đức", "duc@xa-thu.invalid")
QUAN = ("Lê Minh Quân", "quan@xa-thu.invalid")

COMMUNE_MD = """---
ten: "Xã Thử Nghiệm"
loai: xa
minh_hoa: true
---

Xã giả định, chỉ dùng cho kiểm thử.
"""

PLAN_MD = """---
tieu_de: "Kế hoạch cải cách hành chính năm 2026"
so_hieu: "/KH-UBND"
ky: 2026
---

## I. MỤC ĐÍCH, YÊU CẦU

Nâng cao chất lượng phục vụ người dân.

## II. NHIỆM VỤ

Các nhiệm vụ cụ thể được giao trong bảng nhiệm vụ.

## III. TỔ CHỨC THỰC HIỆN

Các cơ quan báo cáo định kỳ.
"""


def task(ma, so, noi_dung, chu_tri, thoi_han):
    return {"ma": ma, "so": so, "phan": "i", "noi_dung": noi_dung, "co_quan_chu_tri": chu_tri,
            "thoi_han": thoi_han, "san_pham": ["Báo cáo"]}


def base_plan():
    return {
        "$schema": "../../schemas/plan.schema.json",
        "phan": [{"ma": "i", "so": "I", "ten": "Chỉ đạo điều hành"}],
        "nhiem_vu": [
            task("nv-1", "1", "Ban hành Kế hoạch cải cách hành chính năm 2026.", ["Phòng Văn hóa - Xã hội"],
                 "Quý I/2026"),
            task("nv-2", "2", "Kiểm tra cải cách hành chính.", ["Văn phòng HĐND và UBND"], "Quý IV/2026"),
            task("nv-3", "3", "Tuyên truyền cải cách hành chính.", ["Phòng Văn hóa - Xã hội"], "Thường xuyên"),
        ],
    }


def dump(doc):
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def find(plan, ma):
    return next(t for t in plan["nhiem_vu"] if t["ma"] == ma)


class Repo:
    def __init__(self, path):
        self.path = Path(path)

    def git(self, *args, author=None, date=None, check=True):
        env = dict(os.environ)
        for k in list(env):
            if k.startswith("GIT_"):
                del env[k]
        env.update({"GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1", "LC_ALL": "C.UTF-8"})
        name, email = author or HOA
        when = date or "2026-01-01T00:00:00+07:00"
        env.update({"GIT_AUTHOR_NAME": name, "GIT_AUTHOR_EMAIL": email, "GIT_AUTHOR_DATE": when,
                    "GIT_COMMITTER_NAME": name, "GIT_COMMITTER_EMAIL": email, "GIT_COMMITTER_DATE": when})
        return subprocess.run(["git", "-c", "commit.gpgsign=false", "-c", "core.autocrlf=false",
                               "-c", "init.defaultBranch=main", *args],
                              cwd=self.path, env=env, check=check, capture_output=True, text=True)

    def write(self, rel, text):
        p = self.path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8", newline="\n")

    def plan(self, doc, plan="kh-2026", commune="xa-thu"):
        self.write(f"data/{commune}/{plan}.json", dump(doc))

    def commit(self, message, author, date):
        self.git("add", "-A")
        self.git("commit", "-q", "--allow-empty", "-m", message, author=author, date=date)


def init(path):
    path = Path(path)
    if path.exists():
        sys.exit(f"{path} đã tồn tại")
    path.mkdir(parents=True)
    repo = Repo(path)
    repo.git("init", "-q")
    return repo


def publish(repo, plan):
    repo.write("content/xa-thu/_index.md", COMMUNE_MD)
    repo.write("content/xa-thu/kh-2026.md", PLAN_MD)
    repo.write("data/xa-thu/_co_quan.json", dump({"co_quan": []}))
    repo.plan(plan)
    repo.commit("Công bố kế hoạch cải cách hành chính năm 2026", HOA, "2026-01-08T09:00:00+07:00")


def linear(repo):
    plan = base_plan()
    publish(repo, plan)
    nv1 = find(plan, "nv-1")
    nv1.update(trang_thai="dang_thuc_hien", tien_do=30,
               cap_nhat=[{"ngay": "2026-02-10", "noi_dung": "Đã dự thảo kế hoạch."}])
    repo.plan(plan)
    # 20:30 on 10/02 in -0500 is already 11/02 in UTC: the page shows 10/02.
    repo.commit("Cập nhật tiến độ nhiệm vụ 1", DUC, "2026-02-10T20:30:00-05:00")
    nv1.update(trang_thai="hoan_thanh", tien_do=100, ngay_hoan_thanh="2026-03-01")
    find(plan, "nv-2")["co_quan_chu_tri"] = ["Văn phòng HĐND và UBND", "Công an xã"]
    repo.plan(plan)
    repo.write("content/xa-thu/kh-2026.md", PLAN_MD.replace('"/KH-UBND"', '"12/KH-UBND"')
               .replace("Nâng cao chất lượng phục vụ người dân.",
                        "Nâng cao chất lượng phục vụ người dân, doanh nghiệp."))
    # 06:30 on 02/03 in +0700 is still 01/03 in UTC.
    repo.commit("Hoàn thành nhiệm vụ 1; thêm cơ quan chủ trì nhiệm vụ 2", QUAN, "2026-03-02T06:30:00+07:00")
    plan["nhiem_vu"] = [t for t in plan["nhiem_vu"] if t["ma"] != "nv-3"]
    plan["nhiem_vu"].append(task("nv-4", "4", "Số hóa hồ sơ.", ["Trung tâm Phục vụ hành chính công"],
                                 "Tháng 6/2026"))
    repo.plan(plan)
    repo.commit("Thêm nhiệm vụ 4, bỏ nhiệm vụ 3", HOA, "2026-03-20T10:00:00+07:00")
    repo.write("README.md", "Kho dữ liệu thử nghiệm.\n")
    repo.commit("Thêm README", HOA, "2026-03-21T10:00:00+07:00")


def merge(repo):
    plan = base_plan()
    publish(repo, plan)
    repo.git("checkout", "-q", "-b", "cap-nhat")
    side = copy.deepcopy(plan)
    find(side, "nv-1")["trang_thai"] = "dang_thuc_hien"
    repo.plan(side)
    repo.commit("Cập nhật nhiệm vụ 1", DUC, "2026-02-01T09:00:00+07:00")
    find(side, "nv-2").update(trang_thai="dang_thuc_hien", tien_do=50)
    repo.plan(side)
    repo.commit("Cập nhật nhiệm vụ 2", DUC, "2026-02-02T09:00:00+07:00")
    repo.git("checkout", "-q", "main")
    find(plan, "nv-3")["trang_thai"] = "dang_thuc_hien"
    repo.plan(plan)
    repo.commit("Cập nhật nhiệm vụ 3", QUAN, "2026-02-03T09:00:00+07:00")
    repo.git("merge", "-q", "--no-ff", "-m", "Hợp nhất nhánh cap-nhat", "cap-nhat",
             author=HOA, date="2026-02-04T09:00:00+07:00")


def rename(repo):
    plan = base_plan()
    publish(repo, plan)
    repo.git("mv", "data/xa-thu/kh-2026.json", "data/xa-thu/kh-2026-moi.json")
    repo.git("mv", "content/xa-thu/kh-2026.md", "content/xa-thu/kh-2026-moi.md")
    repo.commit("Đổi tên tệp kế hoạch", DUC, "2026-02-01T09:00:00+07:00")
    find(plan, "nv-1")["trang_thai"] = "dang_thuc_hien"
    repo.plan(plan, "kh-2026-moi")
    repo.commit("Cập nhật nhiệm vụ 1", QUAN, "2026-02-05T09:00:00+07:00")
    # Moved to another commune and edited in the same commit: removed + added.
    (repo.path / "data/xa-thu/kh-2026-moi.json").unlink()
    find(plan, "nv-2")["trang_thai"] = "chua_bat_dau"
    repo.plan(plan, "kh-2026", "xa-khac")
    repo.commit("Chuyển kế hoạch sang xã khác", HOA, "2026-02-10T09:00:00+07:00")


BROKEN_SUFFIX = "  ],\n}\n"  # a trailing comma: not JSON


def broken(plan):
    text = dump(plan)
    return text[: text.rindex("]")] + BROKEN_SUFFIX.lstrip()


def invalid_json(repo):
    plan = base_plan()
    publish(repo, plan)
    find(plan, "nv-1")["trang_thai"] = "dang_thuc_hien"
    repo.write("data/xa-thu/kh-2026.json", broken(plan))
    repo.commit("Cập nhật nhiệm vụ 1", DUC, "2026-02-01T09:00:00+07:00")
    find(plan, "nv-2")["tien_do"] = 20
    repo.plan(plan)
    repo.commit("Sửa lỗi JSON, cập nhật nhiệm vụ 2", QUAN, "2026-02-02T09:00:00+07:00")


def id_rename(repo):
    plan = base_plan()
    publish(repo, plan)
    nv2 = find(plan, "nv-2")
    nv2.update(ma="nv-2a", ma_cu="nv-2", tien_do=10)
    find(plan, "nv-3")["ma"] = "nv-3b"
    repo.plan(plan)
    repo.commit("Đổi mã nhiệm vụ 2 và 3", DUC, "2026-02-01T09:00:00+07:00")
    nv2["trang_thai"] = "dang_thuc_hien"
    repo.plan(plan)
    repo.commit("Cập nhật nhiệm vụ 2", QUAN, "2026-02-05T09:00:00+07:00")


def deadline(repo):
    plan = base_plan()
    publish(repo, plan)
    nv1 = find(plan, "nv-1")
    nv1["thoi_han"] = "Quý II/2026"
    repo.plan(plan)
    repo.commit("Điều chỉnh thời hạn nhiệm vụ 1\n\nLy-do: Chờ hướng dẫn của Sở Nội vụ\n",
                DUC, "2026-03-25T09:00:00+07:00")
    nv1["thoi_han"] = "Tháng 9/2026"
    repo.plan(plan)
    repo.commit("Lùi thời hạn nhiệm vụ 1\n\nTheo đề nghị của Phòng Văn hóa - Xã hội.\n\n"
                "Ly-do: Theo Quyết định số 75/QĐ-UBND\nNguoi-duyet: Chủ tịch UBND xã\n",
                QUAN, "2026-06-20T09:00:00+07:00")
    nv1["cach_hieu_thoi_han"] = {"loai": "date", "han": "2026-09-15", "ghi_chu": "Theo văn bản hướng dẫn"}
    repo.plan(plan)
    repo.commit("Ghi rõ hạn của nhiệm vụ 1\n\nLy-do: Văn bản hướng dẫn đề nghị hoàn thành trước 15/9\n",
                HOA, "2026-07-01T09:00:00+07:00")


def minor(repo):
    plan = base_plan()
    plan["nhiem_vu"][2]["noi_dung"] = "Tuyên truyền cải cách hành chánh."
    publish(repo, plan)
    find(plan, "nv-3")["noi_dung"] = "Tuyên truyền cải cách hành chính."
    repo.plan(plan)
    repo.commit("Sửa lỗi chính tả nhiệm vụ 3\n\nThay-doi: nho\n", DUC, "2026-02-01T09:00:00+07:00")
    find(plan, "nv-1")["trang_thai"] = "dang_thuc_hien"
    repo.plan(plan)
    repo.commit("Cập nhật nhiệm vụ 1", QUAN, "2026-02-02T09:00:00+07:00")
    find(plan, "nv-2")["san_pham"] = ["Báo cáo kiểm tra"]
    repo.plan(plan)
    repo.commit("Sửa tên sản phẩm nhiệm vụ 2\n\nThay-đổi: nhỏ\nLý-do: Ghi đúng tên báo cáo\n",
                HOA, "2026-02-03T09:00:00+07:00")


def empty(repo):
    pass


def illustrative(repo):
    spec = importlib.util.spec_from_file_location("make_illustrative",
                                                  Path(__file__).with_name("make_illustrative.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    for i, step in enumerate(mod.STEPS):
        for rel, text in mod.outputs(i).items():
            repo.write(rel, text)
        message = step["message"]
        # A step that moves a deadline says why, as editors are asked to.
        reasons = [e["note"] for e in step["events"]
                   if e["kind"] == "task" and "thoi_han" in e["set"] and e["note"]]
        if reasons:
            message += "\n\nLy-do: " + reasons[0]
        repo.commit(message + "\n", step["author"], step["date"] + "T09:00:00+07:00")


def minor_claims(repo):
    plan = base_plan()
    plan["nhiem_vu"][0]["co_quan_chu_tri"] = ["Phòng Văn hoá - Xã hội"]
    publish(repo, plan)
    nv1 = find(plan, "nv-1")
    nv1["co_quan_chu_tri"] = ["Phòng Văn hóa - Xã hội"]
    find(plan, "nv-2")["san_pham"] = ["Báo cáo kiểm tra"]
    repo.plan(plan)
    repo.commit("Sửa chính tả tên cơ quan\n\nThay-doi: nho\n", DUC, "2026-02-01T09:00:00+07:00")
    find(plan, "nv-3")["noi_dung"] = "Tuyên truyền về cải cách hành chính."
    nv1.update(trang_thai="hoan_thanh", tien_do=100)
    repo.plan(plan)
    repo.commit("Sửa lỗi chính tả nhiệm vụ 3\n\nThay-doi: nho\n", QUAN, "2026-02-02T09:00:00+07:00")
    find(plan, "nv-2")["thoi_han"] = "Quý II/2027"
    repo.plan(plan)
    repo.commit("Sửa cách ghi thời hạn nhiệm vụ 2\n\nThay-đổi: nhỏ\n", HOA, "2026-02-03T09:00:00+07:00")
    plan["nhiem_vu"].append(task("nv-4", "4", "Số hóa hồ sơ.", ["Trung tâm Phục vụ hành chính công"],
                                 "Tháng 6/2026"))
    repo.plan(plan)
    repo.commit("Bổ sung nhiệm vụ 4\n\nThay-doi: nho\n", HOA, "2026-02-04T09:00:00+07:00")


def readings(repo):
    plan = base_plan()
    publish(repo, plan)
    nv1 = find(plan, "nv-1")
    nv1["trang_thai"] = "xong-roi"
    repo.plan(plan)
    repo.commit("Cập nhật nhiệm vụ 1", DUC, "2026-02-01T09:00:00+07:00")
    nv1["trang_thai"] = "hoan_thanh"
    repo.plan(plan)
    repo.commit("Sửa trạng thái nhiệm vụ 1", DUC, "2026-02-02T09:00:00+07:00")
    find(plan, "nv-2")["thoi_han"] = "Quý III/2026"
    repo.plan(plan)
    repo.commit("Đưa hạn nhiệm vụ 2 lên sớm hơn\n\nUBND xã yêu cầu xong trước mùa mưa bão.\nĐã báo các cơ quan phối hợp.\n\n"
                "Ly-do: Theo Thông báo số 12/TB-UBND\n", QUAN, "2026-02-03T09:00:00+07:00")


def plan_move(repo):
    plan = base_plan()
    publish(repo, plan)
    repo.write("content/xa-khac/_index.md", COMMUNE_MD.replace("Xã Thử Nghiệm", "Xã Khác"))
    find(plan, "nv-1")["trang_thai"] = "dang_thuc_hien"
    repo.plan(plan)
    repo.commit("Cập nhật nhiệm vụ 1", DUC, "2026-02-01T09:00:00+07:00")
    repo.git("mv", "data/xa-thu/kh-2026.json", "data/xa-thu/kh-moi.json")
    repo.git("mv", "content/xa-thu/kh-2026.md", "content/xa-thu/kh-moi.md")
    repo.commit("Đổi tên tệp kế hoạch", DUC, "2026-02-05T09:00:00+07:00")
    find(plan, "nv-2")["trang_thai"] = "dang_thuc_hien"
    repo.plan(plan, "kh-moi")
    repo.commit("Cập nhật nhiệm vụ 2", QUAN, "2026-02-10T09:00:00+07:00")
    repo.write("data/xa-khac/_co_quan.json", dump({"co_quan": []}))
    repo.git("mv", "data/xa-thu/kh-moi.json", "data/xa-khac/kh-moi.json")
    repo.git("mv", "content/xa-thu/kh-moi.md", "content/xa-khac/kh-moi.md")
    repo.commit("Chuyển kế hoạch sang xã khác", HOA, "2026-02-15T09:00:00+07:00")
    find(plan, "nv-3")["trang_thai"] = "dang_thuc_hien"
    repo.plan(plan, "kh-moi", "xa-khac")
    repo.commit("Cập nhật nhiệm vụ 3", QUAN, "2026-02-20T09:00:00+07:00")


SCENARIOS = {"linear": linear, "merge": merge, "rename": rename, "invalid-json": invalid_json,
             "id-rename": id_rename, "deadline": deadline, "minor": minor, "empty": empty,
             "illustrative": illustrative}
SCENARIOS.update({"minor-claims": minor_claims, "readings": readings, "plan-move": plan_move})


def commit_count(repo):
    r = repo.git("rev-list", "--count", "HEAD", check=False)
    return int(r.stdout.strip() or 0) if r.returncode == 0 else 0


def current_plan(repo):
    return json.loads((repo.path / "data/xa-thu/kh-2026.json").read_text(encoding="utf-8"))


def extend(path, kind):
    repo = Repo(path)
    n = commit_count(repo)
    date = f"2026-04-{1 + n % 28:02d}T09:00:00+07:00"
    if kind == "progress":
        try:
            plan = current_plan(repo)
        except ValueError:
            sys.exit("data/xa-thu/kh-2026.json không phải JSON hợp lệ: dùng fix-json")
        nv2 = find(plan, "nv-2")
        nv2.update(trang_thai="dang_thuc_hien", tien_do=min(100, nv2.get("tien_do", 0) + 10))
        repo.plan(plan)
        repo.commit(f"Cập nhật tiến độ nhiệm vụ 2 (lần {n})", QUAN, date)
    elif kind == "break-json":
        plan = current_plan(repo)
        find(plan, "nv-2")["trang_thai"] = "chua_bat_dau"
        repo.write("data/xa-thu/kh-2026.json", broken(plan))
        repo.commit("Cập nhật nhiệm vụ 2 (lỗi cú pháp)", DUC, date)
    elif kind == "fix-json":
        text = (repo.path / "data/xa-thu/kh-2026.json").read_text(encoding="utf-8")
        plan = json.loads(text.replace(BROKEN_SUFFIX.lstrip(), "]\n}\n"))
        find(plan, "nv-2")["trang_thai"] = "dang_thuc_hien"
        repo.plan(plan)
        repo.commit("Sửa lỗi cú pháp, cập nhật nhiệm vụ 2", DUC, date)
    else:
        sys.exit(f"không biết KIND {kind}: progress | break-json | fix-json")


def rewrite(path):
    repo = Repo(path)
    repo.git("reset", "-q", "--hard", "HEAD~1")
    plan = current_plan(repo)
    find(plan, "nv-2")["trang_thai"] = "huy_bo"
    repo.plan(plan)
    repo.commit("Hủy nhiệm vụ 2 (viết lại lịch sử)", HOA, "2026-05-01T09:00:00+07:00")


def shallow(src, dst, depth):
    dst = Path(dst).resolve()
    Repo(dst.parent).git("clone", "-q", "--depth", str(depth), f"file://{Path(src).resolve()}", str(dst))


def main(argv):
    if len(argv) >= 1 and argv[0] == "list":
        print("\n".join(SCENARIOS))
        return 0
    if len(argv) == 3 and argv[0] == "create" and argv[1] in SCENARIOS:
        SCENARIOS[argv[1]](init(argv[2]))
        return 0
    if len(argv) == 3 and argv[0] == "extend":
        extend(argv[1], argv[2])
        return 0
    if len(argv) == 2 and argv[0] == "rewrite":
        rewrite(argv[1])
        return 0
    if len(argv) == 4 and argv[0] == "shallow":
        shallow(argv[1], argv[2], int(argv[3]))
        return 0
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except subprocess.CalledProcessError as e:
        sys.exit(f"git {' '.join(e.cmd[5:])} thất bại:\n{e.stderr}")
