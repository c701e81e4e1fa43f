#!/usr/bin/env python3
"""Create git repositories with a known history, for the history stage's tests.

    make_history_fixture.py create SCENARIO DIR [--congkhai PATH]
                                                   a new repository at DIR (must not exist)
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
                  scripts/make_illustrative.py, except the steps in FORM_ROUNDS: those
                  arrive as the agencies' returned progress forms, each exported, filled,
                  uploaded into bao-cao/, applied with `congkhai progress apply --commit`
                  and moved to bao-cao/da-nhap/ as the uploads CI does
                  (scaffold/kho/ci/nhap-tep-tai-len.sh). Needs the congkhai binary:
                  --congkhai PATH or CK_CONGKHAI; no other scenario does.

Every author, date (GIT_AUTHOR_DATE / GIT_COMMITTER_DATE, with its time zone) and
file is fixed, and the user's git configuration is ignored, so the same scenario
always has the same commit ids (for "illustrative": with the same congkhai and
libxlsxwriter, whose form bytes are committed). Needs Python 3 (standard
library) and git.
"""

import copy
import datetime
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile
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


def fixed_env(author=None, date=None, committer=None):
    """The environment of every git and congkhai run: no user configuration,
    identity and dates fixed through git's own variables."""
    env = dict(os.environ)
    for k in list(env):
        if k.startswith("GIT_"):
            del env[k]
    env.update({"GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1", "LC_ALL": "C.UTF-8"})
    name, email = author or HOA
    c_name, c_email = committer or (name, email)
    when = date or "2026-01-01T00:00:00+07:00"
    env.update({"GIT_AUTHOR_NAME": name, "GIT_AUTHOR_EMAIL": email, "GIT_AUTHOR_DATE": when,
                "GIT_COMMITTER_NAME": c_name, "GIT_COMMITTER_EMAIL": c_email, "GIT_COMMITTER_DATE": when})
    return env


class Repo:
    def __init__(self, path):
        self.path = Path(path)

    def git(self, *args, author=None, date=None, committer=None, check=True):
        return subprocess.run(["git", "-c", "commit.gpgsign=false", "-c", "core.autocrlf=false",
                               "-c", "init.defaultBranch=main", *args],
                              cwd=self.path, env=fixed_env(author, date, committer), check=check,
                              capture_output=True, text=True)

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
    congkhai = congkhai_binary()
    for i, step in enumerate(mod.STEPS):
        if step["date"] in FORM_ROUNDS:
            returned_forms(repo, mod, i, congkhai)
            continue
        for rel, text in mod.outputs(i).items():
            repo.write(rel, text)
        message = step["message"]
        # A step that moves a deadline says why, as editors are asked to.
        reasons = [e["note"] for e in step["events"]
                   if e["kind"] == "task" and "thoi_han" in e["set"] and e["note"]]
        if reasons:
            message += "\n\nLy-do: " + reasons[0]
        repo.commit(message + "\n", step["author"], step["date"] + "T09:00:00+07:00")


# --------------------------------------------------------------------------
# Xã Minh Họa's returned progress forms (fictional, like the whole commune).
#
# The steps of make_illustrative.py dated here did not reach the repository as
# an edit of the JSON but as a round of progress forms: for each agency that
# leads a task the step changes, `congkhai progress export --agency` from the
# repository as it stood, the form filled with what the step reports, uploaded
# by the agency into bao-cao/<round>/, then applied as the uploads CI does
# (scaffold/kho/ci/nhap-tep-tai-len.sh): `congkhai progress apply --commit`
# with the uploader as author, the form moved to bao-cao/da-nhap/ in the same
# commit. The plan afterwards must equal the step's state, so the portal's
# data (make_illustrative.py's last state) and every later step stay as they
# were; only the commits of this step are the forms'.
#
# The forms are filled here, with the standard library (zipfile + the sheet's
# XML), rather than committed once filled by openpyxl: `make site` has no
# python3-openpyxl, and a form exported by the congkhai being tested always
# matches that congkhai's layout and fingerprints, so a change to export or
# apply is exercised (and the fixture remade: make-demo-history.sh's stamp
# covers generator/progress/) instead of leaving stale forms to regenerate.
# The cells are written as a clerk's typing ends up in a file: text as inline
# strings, numbers, the completion date as a date serial in the form's
# date-formatted cell. Excel's and LibreOffice's own files are the tests' job
# (tests/progress/round_trip_test.cc).

# Step date -> folder of the round in bao-cao/. August: a task cancelled (with its Lý do), one started, one
# not started yet; September: a task done with its completion date and evidence, a note on another.
FORM_ROUNDS = {"2026-08-20": "2026-thang-8", "2026-09-29": "2026-thang-9"}

# A status that leaves the forward order (cancelled, adjusted) or goes back needs a reason.
FORM_REASONS = {
    "nv-5": "Cấp trên tổ chức hội thi trực tuyến cho cán bộ, công chức; xã không tổ chức hội thi riêng.",
}

CI_BOT = ("Công khai CI (minh họa)", "ci@minh-hoa.invalid")
STATUS_LABELS = {"chua_bat_dau": "Chưa bắt đầu", "dang_thuc_hien": "Đang thực hiện", "hoan_thanh": "Hoàn thành",
                 "huy_bo": "Hủy bỏ", "dieu_chinh": "Điều chỉnh"}
FORM_FIELDS = {"trang_thai", "tien_do", "ngay_hoan_thanh"}  # what a form can set


def congkhai_binary():
    path = CONGKHAI or os.environ.get("CK_CONGKHAI", "")
    if not path or not os.access(path, os.X_OK):
        sys.exit("kịch bản illustrative cần chương trình congkhai (nhập biểu mẫu tiến độ): "
                 "--congkhai ĐƯỜNG_DẪN hoặc CK_CONGKHAI=ĐƯỜNG_DẪN"
                 + (f" (không chạy được {path})" if path else ""))
    return str(Path(path).resolve())


def congkhai(binary, *args, author=None, date=None, committer=None):
    r = subprocess.run([binary, *args], env=fixed_env(author, date, committer), capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"congkhai {' '.join(args)} thất bại:\n{r.stdout}{r.stderr}")
    return r.stdout


def form_cells(event, date):
    """Header of the column -> value, as the lead agency fills the task's row."""
    if event["kind"] != "task" or set(event["set"]) - FORM_FIELDS or event["drop"]:
        sys.exit(f"bước {date}: {event} không báo cáo được bằng biểu mẫu tiến độ")
    cells = {}
    status = event["set"].get("trang_thai")
    if status:
        cells["Trạng thái mới"] = STATUS_LABELS[status]
    if "tien_do" in event["set"]:
        cells["Tiến độ (%)"] = event["set"]["tien_do"]
    if "ngay_hoan_thanh" in event["set"]:
        cells["Ngày hoàn thành"] = datetime.date.fromisoformat(event["set"]["ngay_hoan_thanh"])
    if event["note"]:
        cells["Kết quả thực hiện"] = event["note"]
    if event["evidence"]:
        cells["Minh chứng (số văn bản, đường dẫn)"] = "\n".join(event["evidence"])
    if event["ma"] in FORM_REASONS:
        cells["Lý do (khi lùi trạng thái hoặc giảm tiến độ)"] = FORM_REASONS[event["ma"]]
    return cells


def returned_forms(repo, mod, i, binary):
    step = mod.STEPS[i]
    date = step["date"]
    before = {t["ma"]: t for t in mod.plan_state(i - 1)["nhiem_vu"]}
    uploaders = {mod.VH_XH: mod.AUTHOR_VHXH, mod.VP: mod.AUTHOR_VP, mod.PVHCC: mod.AUTHOR_PVHCC}
    canonical = {alias: name for name, aliases in mod.AGENCIES for alias in [name, *aliases]}
    by_agency = {}  # the lead agency (first lead, its registered name) -> {task id: cells}
    for event in step["events"]:
        lead = canonical[before[event["ma"]]["co_quan_chu_tri"][0]]
        by_agency.setdefault(lead, {})[event["ma"]] = form_cells(event, date)
    with tempfile.TemporaryDirectory() as tmp:
        # The Văn phòng sends every form of the round before any comes back.
        exported = {}
        for agency in by_agency:
            exported[agency] = Path(tmp) / f"{mod.slugify(agency)}.xlsx"
            congkhai(binary, "progress", "export", "--commune", mod.COMMUNE_ID, "--agency", mod.slugify(agency),
                     "--source", str(repo.path), "--out", str(exported[agency]), "--date", date)
        for n, (agency, rows) in enumerate(by_agency.items()):
            uploader = uploaders[agency]
            rel = f"bao-cao/{FORM_ROUNDS[date]}/{mod.slugify(agency)}.xlsx"
            (repo.path / rel).parent.mkdir(parents=True, exist_ok=True)
            fill_form(exported[agency], repo.path / rel, rows)
            uploaded = f"{date}T08:{30 + 10 * n:02d}:00+07:00"
            applied = f"{date}T08:{35 + 10 * n:02d}:00+07:00"
            repo.git("add", "--", rel)
            repo.git("commit", "-q", "-m", f"Tải lên {rel}", author=uploader, date=uploaded)
            # As the uploads CI: the uploader is the author, the CI the committer.
            congkhai(binary, "progress", "apply", str(repo.path / rel), "--source", str(repo.path), "--commit",
                     "--today", date, author=uploader, date=applied, committer=CI_BOT)
            done = rel.replace("bao-cao/", "bao-cao/da-nhap/", 1)
            (repo.path / done).parent.mkdir(parents=True, exist_ok=True)
            repo.git("mv", "--", rel, done)
            repo.git("commit", "-q", "--amend", "--no-edit", author=uploader, date=applied, committer=CI_BOT)
    got = json.loads((repo.path / f"data/{mod.COMMUNE_ID}/{mod.PLAN_ID}.json").read_text(encoding="utf-8"))
    if got != mod.plan_state(i):
        sys.exit(f"bước {date}: các biểu mẫu đã nhập không cho đúng dữ liệu của bước này "
                 "(make_illustrative.py) — sửa FORM_REASONS hoặc cách điền biểu mẫu")
XLSX_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
HEADER_ROW = 5  # generator/progress/form_layout.h: kHeaderRow
CELL = re.compile(r'<c r="([A-Z]+)(\d+)"([^>]*?)(?:/>|>(.*?)</c>)', re.S)


def xml_text(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def typed_cell(ref, style, value):
    if isinstance(value, datetime.date):  # a date serial, in the form's date-formatted cell
        return f'<c r="{ref}"{style}><v>{(value - datetime.date(1899, 12, 30)).days}</v></c>'
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"{style}><v>{value}</v></c>'
    return f'<c r="{ref}"{style} t="inlineStr"><is><t xml:space="preserve">{xml_text(value)}</t></is></c>'


def fill_form(src, dst, rows):
    """Fills the empty input cells of an exported form: rows = {task id: {column header: value}}.
    Rows are found by the hidden task id in column A, columns by the header row."""
    with zipfile.ZipFile(src) as z:
        parts = [(info.filename, z.read(info.filename)) for info in z.infolist()]
    files = dict(parts)
    shared = []
    if "xl/sharedStrings.xml" in files:
        for si in ET.fromstring(files["xl/sharedStrings.xml"]).iter(XLSX_MAIN + "si"):
            shared.append("".join(t.text or "" for t in si.iter(XLSX_MAIN + "t")))
    left = {(task, header) for task, cells in rows.items() for header in cells}
    out = []
    for name, data in parts:
        if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", name):
            xml = data.decode("utf-8")
            values = {}
            for col, row, attrs, inner in CELL.findall(xml):
                v = re.search(r"<v>(.*?)</v>", inner or "")
                if v and 't="s"' in attrs:
                    values[(col, int(row))] = shared[int(v.group(1))]
            headers = {text: col for (col, row), text in values.items() if row == HEADER_ROW}
            task_rows = {text: row for (col, row), text in values.items() if col == "A" and row > HEADER_ROW}
            for task, cells in rows.items():
                for header, value in cells.items():
                    if task not in task_rows or header not in headers:
                        continue
                    ref = f"{headers[header]}{task_rows[task]}"
                    empty = re.search(rf'<c r="{ref}"( s="\d+")?/>', xml)
                    if not empty:
                        sys.exit(f"{src}: ô {ref} ({task}, {header}) không phải ô trống để điền")
                    xml = xml[:empty.start()] + typed_cell(ref, empty.group(1) or "", value) + xml[empty.end():]
                    left.discard((task, header))
            data = xml.encode("utf-8")
        out.append((name, data))
    if left:
        sys.exit(f"{src}: biểu mẫu không có ô để điền {sorted(left)}")
    # Fixed entry dates and attributes: the same form gives the same bytes, hence the same commit ids.
    with zipfile.ZipFile(dst, "w") as z:
        for name, data in out:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o644 << 16
            z.writestr(info, data)


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


CONGKHAI = ""  # --congkhai PATH (else CK_CONGKHAI): the binary the "illustrative" scenario applies forms with


def main(argv):
    global CONGKHAI
    if "--congkhai" in argv:
        at = argv.index("--congkhai")
        if at + 1 >= len(argv):
            sys.stderr.write(__doc__)
            return 2
        CONGKHAI = argv[at + 1]
        argv = argv[:at] + argv[at + 2:]
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
