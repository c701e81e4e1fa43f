#!/usr/bin/env python3
"""Writes a deterministic 2,000-task Vietnamese source repository for the search benchmark.

Task texts are the seed plans' tasks (data/tien-lang, bach-long-vi, hai-phong) varied with topic phrases, so the
vocabulary is real. To test what Vietnamese search must get right, some texts use the old tone placement
("hoá", "Uỷ", "khoẻ"), some are stored decomposed (NFD), and some hold "chính … hành … công" out of order.
All 50 communes are fictional and marked minh_hoa (illustrative). Each plan carries a narrative, as real plans do:
the body of one of the seed plans (Tiên Lãng, Bạch Long Vĩ, Tân Minh) in turn, 6-34 KB, so the index holds the
narrative's sections too. Also writes expected.json: for each query of queries.json, the task pages whose text
holds every query syllable (folded, whole syllables).

Usage: make_corpus.py SEED_REPO OUT_DIR
"""
import glob
import json
import os
import random
import re
import sys
import unicodedata

TOPICS = [
    "trong lĩnh vực đất đai", "về đăng ký đất đai và tài sản gắn liền với đất", "tại bộ phận một cửa",
    "theo cơ chế một cửa liên thông", "gắn với chuyển đổi số", "về y tế và chăm sóc sức khỏe nhân dân",
    "trong lĩnh vực văn hóa, thể thao và du lịch", "về giáo dục và đào tạo", "trên ứng dụng VNeID",
    "về định danh và xác thực điện tử", "tại Trung tâm Phục vụ hành chính công", "về chính sách hành nghề công chứng",
    "trong công tác quản lý đô thị", "về bảo vệ môi trường và thủy lợi", "về phòng, chống thiên tai",
    "đối với hộ kinh doanh và doanh nghiệp", "về an ninh trật tự", "theo Nghị quyết của Hội đồng nhân dân",
    "về số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "về đường giao thông nông thôn",
    "của Ủy ban nhân dân xã", "về công tác dân số và gia đình", "về hòa giải ở cơ sở", "tùy theo điều kiện thực tế",
]
OPENERS = ["", "", "Tiếp tục ", "Đẩy mạnh ", "Tăng cường "]
AGENCIES = [
    ["Phòng Văn hóa - Xã hội", "Phòng Văn hoá - Xã hội", "Phòng VH-XH"],
    ["Văn phòng HĐND và UBND"], ["Trung tâm Phục vụ hành chính công"], ["Phòng Kinh tế"], ["Công an xã"],
    ["Trung tâm Dịch vụ sự nghiệp công"], ["Ban Chỉ huy Quân sự xã"], ["Trạm Y tế xã"],
]
DEADLINES = ["Trước ngày 13/01/2026", "Quý I/2026", "Quý IV/2026", "Tháng 6/2026", "Cả năm 2026", "Thường xuyên",
             "Chậm nhất ngày 09/9/2026", "Tháng 01/2026 đến tháng 5/2026"]
SECTIONS = ["Chỉ đạo điều hành, kiểm tra và tuyên truyền", "Cải cách thể chế", "Cải cách thủ tục hành chính",
            "Cải cách tổ chức bộ máy", "Cải cách chế độ công vụ", "Cải cách tài chính công",
            "Xây dựng Chính quyền điện tử, Chính quyền số"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII"]
OLD_STYLE = {"hóa": "hoá", "Hóa": "Hoá", "hòa": "hoà", "khỏe": "khoẻ", "thủy": "thuỷ", "Ủy": "Uỷ", "tùy": "tuỳ"}
COMMUNES, TASKS_PER_PLAN = 50, 40


def fold(s):
    s = unicodedata.normalize("NFD", s.lower().replace("đ", "d"))
    return "".join(c for c in s if unicodedata.category(c) != "Mn")


def syllables(s):
    return re.findall(r"\w+", fold(unicodedata.normalize("NFC", s)))


def seed_tasks(repo):
    out = []
    for name in ["tien-lang", "bach-long-vi", "hai-phong"]:
        for f in sorted(glob.glob(os.path.join(repo, "data", name, "*.json"))):
            if os.path.basename(f).startswith("_"):
                continue
            for t in json.load(open(f, encoding="utf-8")).get("nhiem_vu", []):
                out.append((t["noi_dung"].rstrip(". "), t.get("san_pham", [])))
    if not out:
        sys.exit("make_corpus: no seed tasks under " + repo)
    return out


def seed_narratives(repo):
    out = []
    for name in ["tien-lang/cchc-2026.md", "bach-long-vi/cchc-2026.md", "tan-minh/cchc-2026-2030.md"]:
        text = open(os.path.join(repo, "content", name), encoding="utf-8").read()
        out.append(text.split("\n---\n", 1)[1] if text.startswith("---\n") else text)  # the body, after the front matter
    return out


def task_text(rng, base):
    text = rng.choice(OPENERS) + base[0].lower() + base[1:] if rng.random() < .5 else base
    text = text + " " + rng.choice(TOPICS) + "."
    if rng.random() < .3:  # the old tone placement, as many commune documents still write
        for new, old in OLD_STYLE.items():
            text = text.replace(new, old)
    if rng.random() < .1:  # decomposed text, as some editors and PDF exports produce
        text = unicodedata.normalize("NFD", text)
    return text


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main(repo, out):
    rng = random.Random(20260615)
    pool = seed_tasks(repo)
    narratives = seed_narratives(repo)
    write(os.path.join(out, "congkhai.yaml"), "tieu_de: Cổng thử tìm kiếm (dữ liệu thử)\n")
    texts = {}
    for c in range(1, COMMUNES + 1):
        cid = "xa-thu-%02d" % c
        write(os.path.join(out, "content", cid, "_index.md"),
              '---\nten: "Xã Thử Nghiệm %02d"\nloai: xa\nminh_hoa: true\n---\nXã hư cấu cho phép đo tìm kiếm.\n' % c)
        write(os.path.join(out, "content", cid, "cchc-2026.md"),
              '---\ntieu_de: "Kế hoạch cải cách hành chính năm 2026 (dữ liệu thử %02d)"\nky: 2026\n---\n' % c
              + narratives[c % len(narratives)])
        tasks = []
        for n in range(1, TASKS_PER_PLAN + 1):
            base, products = rng.choice(pool)
            agency = rng.choice(AGENCIES)
            text = task_text(rng, base)
            tasks.append({"ma": "nv-%d" % n, "so": str(n), "phan": ROMAN[(n - 1) * 7 // TASKS_PER_PLAN].lower(),
                          "noi_dung": text, "co_quan_chu_tri": [rng.choice(agency)],
                          "co_quan_phoi_hop": ["Các cơ quan, đơn vị liên quan"], "thoi_han": rng.choice(DEADLINES),
                          "san_pham": products[:2], "trang_thai": "chua_cap_nhat"})
            texts["%s/cchc-2026/nv-%d/index.html" % (cid, n)] = text
        plan = {"phan": [{"ma": r.lower(), "so": r, "ten": s} for r, s in zip(ROMAN, SECTIONS)], "nhiem_vu": tasks}
        write(os.path.join(out, "data", cid, "cchc-2026.json"), json.dumps(plan, ensure_ascii=False, indent=1) + "\n")

    here = os.path.dirname(os.path.abspath(__file__))
    queries = json.load(open(os.path.join(here, "queries.json"), encoding="utf-8"))
    expected = {}
    for q in queries:
        words = syllables(q)
        expected[q] = sorted(p for p, t in texts.items() if set(words) <= set(syllables(t)))
    write(os.path.join(out, "expected.json"), json.dumps({"texts": texts, "expected": expected}, ensure_ascii=False))
    print("make_corpus: %d tasks in %d communes -> %s" % (len(texts), COMMUNES, out))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
