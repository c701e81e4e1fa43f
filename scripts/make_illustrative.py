#!/usr/bin/env python3
"""Generate the illustrative (fictional) commune "Xã Minh Họa".

Real communes' plans carry no progress reports ("chưa cập nhật"): nothing may be
invented about them. To show what the portal does with progress, statuses,
late and moved deadlines, updates and indicators, this script writes a
clearly labelled fictional commune — "dữ liệu minh họa" — whose data it
generates deterministically (no randomness, no clock):

    content/minh-hoa/_index.md        the commune (minh_hoa: true)
    content/minh-hoa/cchc-2026.md     the plan's front matter and narrative
    data/minh-hoa/cchc-2026.json      sections, tasks, indicators
    data/minh-hoa/_co_quan.json       agency registry with aliases

The plan's reports are a dated timeline (STEPS). `plan_state(i)` returns the
plan data after steps 0..i, so a history generator can write each state and
commit it with the step's date, author and message; the files written by
default are the final state, `plan_state(len(STEPS) - 1)`.

Usage:
    python3 scripts/make_illustrative.py [--root DIR] [--step N] [--list-steps]

Standard library only. Output: UTF-8, JSON with 2-space indent, sorted keys,
non-ASCII kept, trailing newline; the same input always gives the same bytes.
"""

import argparse
import copy
import json
import sys
import unicodedata
from pathlib import Path

COMMUNE_ID = "minh-hoa"
PLAN_ID = "cchc-2026"
LABEL = "dữ liệu minh họa"

# --------------------------------------------------------------------------
# Agencies: one registry per commune; tasks may name an agency by an alias.

VH_XH = "Phòng Văn hóa - Xã hội"
VH_XH_ALIAS = "Phòng VH-XH"
VP = "Văn phòng HĐND và UBND"
VP_ALIAS = "Văn phòng HĐND-UBND"
PVHCC = "Trung tâm Phục vụ hành chính công"
PVHCC_ALIAS = "Trung tâm PVHCC"
KINH_TE = "Phòng Kinh tế"
CONG_AN = "Công an xã"
LIEN_QUAN = "Các cơ quan, đơn vị liên quan"

AGENCIES = [
    (VH_XH, [VH_XH_ALIAS]),
    (VP, [VP_ALIAS]),
    (PVHCC, [PVHCC_ALIAS]),
    (KINH_TE, []),
    (CONG_AN, []),
]


def slugify(text):
    """ASCII slug as docs/data-model.md describes: đ → d, marks removed."""
    text = text.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if unicodedata.category(c) != "Mn")
    out, dash = [], False
    for c in text.lower():
        if c.isascii() and c.isalnum():
            out.append(c)
            dash = False
        elif out and not dash:
            out.append("-")
            dash = True
    return "".join(out).strip("-")


def agencies_doc():
    items = []
    for name, aliases in AGENCIES:
        item = {"ma": slugify(name), "ten": name}
        if aliases:
            item["ten_khac"] = list(aliases)
        items.append(item)
    items.sort(key=lambda a: a["ma"])
    return {"$schema": "../../schemas/agencies.schema.json", "co_quan": items}


# --------------------------------------------------------------------------
# The plan as issued: sections and tasks, no reports yet.

SECTIONS = [
    ("i", "I", "Chỉ đạo điều hành, kiểm tra và tuyên truyền"),
    ("ii", "II", "Cải cách thể chế"),
    ("iii", "III", "Cải cách thủ tục hành chính"),
    ("iv", "IV", "Cải cách tổ chức bộ máy và chế độ công vụ"),
    ("v", "V", "Xây dựng chính quyền số"),
]


def _task(ma, so, phan, noi_dung, chu_tri, phoi_hop, thoi_han, san_pham, thuoc=None):
    t = {
        "ma": ma,
        "so": so,
        "phan": phan,
        "noi_dung": noi_dung,
        "co_quan_chu_tri": list(chu_tri),
        "co_quan_phoi_hop": list(phoi_hop),
        "thoi_han": thoi_han,
        "san_pham": list(san_pham),
        "trang_thai": "chua_cap_nhat",
    }
    if thuoc:
        t["thuoc"] = thuoc
    return t


def initial_tasks():
    """The task table as the (fictional) plan was issued, in printed order."""
    return [
        _task("nv-1", "1", "i", "Ban hành Kế hoạch cải cách hành chính năm 2026 của xã.",
              [VH_XH], [LIEN_QUAN], "Trước ngày 15/01/2026", ["Kế hoạch của UBND xã"]),
        _task("nv-2", "2", "i", "Xây dựng báo cáo cải cách hành chính định kỳ hằng quý, 6 tháng và năm.",
              [VH_XH_ALIAS], [LIEN_QUAN],
              "Báo cáo trước ngày 10 của tháng cuối quý, báo cáo năm trước ngày 10/12",
              ["Báo cáo của UBND xã"]),
        _task("nv-3", "3", "i", "Ban hành, triển khai Kế hoạch tuyên truyền cải cách hành chính năm 2026.",
              [VH_XH], [LIEN_QUAN], "Quý I/2026", ["Kế hoạch", "Báo cáo"]),
        _task("nv-4", "4", "i", "Kiểm tra công tác cải cách hành chính", [], [], "", []),
        _task("nv-4.1", "", "i",
              "- Kiểm tra việc thực hiện nhiệm vụ cải cách hành chính tại các cơ quan chuyên môn",
              [VP], [VH_XH], "Quý III, IV/2026", ["Kế hoạch kiểm tra", "Thông báo kết luận"],
              thuoc="nv-4"),
        _task("nv-4.2", "", "i", "- Tự kiểm tra tại Trung tâm Phục vụ hành chính công",
              [PVHCC], [], "Quý II/2026", ["Báo cáo tự kiểm tra"], thuoc="nv-4"),
        _task("nv-5", "5", "i",
              "Tổ chức hội thi tìm hiểu về cải cách hành chính cho cán bộ, công chức và người dân trên địa bàn xã.",
              [VH_XH_ALIAS], ["Các đoàn thể chính trị - xã hội xã"], "Tháng 10/2026",
              ["Kế hoạch tổ chức hội thi", "Báo cáo kết quả"]),
        _task("nv-6", "6", "ii",
              "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do Hội đồng nhân dân, Ủy ban nhân dân xã ban hành.",
              [VP], [LIEN_QUAN], "Cả năm 2026", ["Kế hoạch rà soát", "Báo cáo kết quả rà soát"]),
        _task("nv-7", "7", "ii", "Tiếp nhận, xử lý kiến nghị của người dân về văn bản quy phạm pháp luật của xã.",
              [VP_ALIAS], [LIEN_QUAN], "Thường xuyên", ["Văn bản trả lời kiến nghị"]),
        _task("nv-8", "8", "ii", "Xây dựng kế hoạch theo dõi tình hình thi hành pháp luật năm 2026.",
              [VP], [LIEN_QUAN], "Quý II/2026", ["Kế hoạch của UBND xã"]),
        _task("nv-9", "9", "iii", "Xây dựng Kế hoạch kiểm soát thủ tục hành chính năm 2026.",
              [PVHCC], [LIEN_QUAN], "Tháng 02/2026", ["Kế hoạch"]),
        _task("nv-10", "10", "iii",
              "Công khai đầy đủ thủ tục hành chính tại Trung tâm Phục vụ hành chính công và trên Cổng thông tin điện tử của xã.",
              [PVHCC, VP], [LIEN_QUAN], "Thường xuyên", ["Thủ tục hành chính được công khai"]),
        _task("nv-11", "11", "iii",
              "Rà soát, đề xuất đơn giản hóa thủ tục hành chính liên quan đến người dân, doanh nghiệp.",
              [PVHCC_ALIAS], [LIEN_QUAN], "Tháng 3/2026 đến tháng 6/2026",
              ["Báo cáo kết quả rà soát", "Phương án đơn giản hóa"]),
        _task("nv-12", "12", "iii",
              "Nâng tỷ lệ thanh toán trực tuyến phí, lệ phí khi giải quyết thủ tục hành chính.",
              [PVHCC], [KINH_TE, LIEN_QUAN], "Cả năm 2026", ["Báo cáo kết quả thực hiện"]),
        _task("nv-13", "13", "iii",
              "Khảo sát mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của Ủy ban nhân dân xã.",
              [VH_XH], [PVHCC], "Chậm nhất ngày 30/9/2026", ["Phiếu khảo sát", "Báo cáo kết quả khảo sát"]),
        _task("nv-14", "14", "iv", "Rà soát, sắp xếp vị trí việc làm của cán bộ, công chức xã.",
              [VH_XH], [LIEN_QUAN], "Theo hướng dẫn của Sở Nội vụ", ["Đề án vị trí việc làm"]),
        _task("nv-15", "15", "iv", "Cử cán bộ, công chức tham gia các lớp bồi dưỡng kỹ năng, nghiệp vụ.",
              [VH_XH_ALIAS], [LIEN_QUAN], "6 tháng cuối năm 2026", ["Danh sách cử đi bồi dưỡng", "Báo cáo"]),
        _task("nv-16", "16", "iv", "Xây dựng quy chế làm việc mới của Ủy ban nhân dân xã.",
              [VP], [LIEN_QUAN], "Quý II/2026", ["Quyết định ban hành quy chế"]),
        _task("nv-17", "17", "v",
              "Hướng dẫn người dân kích hoạt tài khoản định danh điện tử và sử dụng các tiện ích trên ứng dụng.",
              [CONG_AN], [PVHCC], "Cả năm 2026", ["Báo cáo kết quả thực hiện của Công an xã"]),
        _task("nv-18", "18", "v", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực.",
              [PVHCC], [LIEN_QUAN], "Từ ngày 15/3/2026", ["Dữ liệu số hóa", "Báo cáo"]),
        _task("nv-19", "19", "v",
              "Duy trì, cải tiến Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015.",
              [VP], [LIEN_QUAN], "Quý IV/2026", ["Báo cáo đánh giá nội bộ"]),
        _task("nv-20", "20", "v",
              "Tập huấn kỹ năng số cho cán bộ, công chức và thành viên tổ công nghệ số cộng đồng.",
              [VH_XH], [CONG_AN, LIEN_QUAN], "Tháng 12/2026", ["Báo cáo kết quả tập huấn"]),
    ]


def initial_indicators():
    return [
        {"ma": "ct-1",
         "noi_dung": "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến đạt tối thiểu 75%.",
         "so_sanh": ">=", "gia_tri": 75, "don_vi": "%", "ket_qua": []},
        {"ma": "ct-2",
         "noi_dung": "Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của Ủy ban nhân dân xã đạt tối thiểu 90%.",
         "so_sanh": ">=", "gia_tri": 90, "don_vi": "%", "ket_qua": []},
        {"ma": "ct-3",
         "noi_dung": "Tỷ lệ hồ sơ thủ tục hành chính giải quyết quá hạn không quá 2%.",
         "so_sanh": "<=", "gia_tri": 2, "don_vi": "%", "ket_qua": []},
    ]


# --------------------------------------------------------------------------
# The timeline of reports. Each step is one future commit: a date, an author,
# a message and its events. Events:
#   task(ma, set={...}, drop=[...], note="...", evidence=[...])
#   measure(ma, ngay, gia_tri, ghi_chu)
# A task event with a note appends {"ngay": step date, "noi_dung": note,
# "minh_chung": evidence} to the task's "cap_nhat". Document numbers are
# fictional.

AUTHOR_VP = ("Văn phòng UBND xã Minh Họa (minh họa)", "van-phong@minh-hoa.invalid")
AUTHOR_VHXH = ("Phòng Văn hóa - Xã hội xã Minh Họa (minh họa)", "vh-xh@minh-hoa.invalid")
AUTHOR_PVHCC = ("Trung tâm PVHCC xã Minh Họa (minh họa)", "pvhcc@minh-hoa.invalid")


def task(ma, set=None, drop=(), note=None, evidence=()):
    return {"kind": "task", "ma": ma, "set": dict(set or {}), "drop": list(drop),
            "note": note, "evidence": list(evidence)}


def measure(ma, ngay, gia_tri, ghi_chu):
    return {"kind": "measure", "ma": ma, "ngay": ngay, "gia_tri": gia_tri, "ghi_chu": ghi_chu}


def done(ma, ngay, note, evidence):
    return task(ma, set={"trang_thai": "hoan_thanh", "tien_do": 100, "ngay_hoan_thanh": ngay},
                note=note, evidence=evidence)


def progress(ma, pct, note=None, evidence=()):
    return task(ma, set={"trang_thai": "dang_thuc_hien", "tien_do": pct}, note=note, evidence=evidence)


STEPS = [
    {"date": "2026-01-08", "author": AUTHOR_VP,
     "message": "Công bố Kế hoạch cải cách hành chính năm 2026 (dữ liệu minh họa)",
     "events": []},
    {"date": "2026-01-12", "author": AUTHOR_VHXH,
     "message": "Cập nhật nhiệm vụ 1: đã ban hành Kế hoạch",
     "events": [
         done("nv-1", "2026-01-08", "Đã ban hành Kế hoạch số 01/KH-UBND ngày 08/01/2026.",
              ["Kế hoạch số 01/KH-UBND"]),
         task("nv-3", set={"trang_thai": "chua_bat_dau"}),
         task("nv-6", set={"trang_thai": "chua_bat_dau"}),
     ]},
    {"date": "2026-02-24", "author": AUTHOR_PVHCC,
     "message": "Cập nhật tiến độ cải cách thủ tục hành chính tháng 02/2026",
     "events": [
         done("nv-9", "2026-02-20", "Đã ban hành Kế hoạch kiểm soát thủ tục hành chính năm 2026.",
              ["Kế hoạch số 18/KH-UBND"]),
         task("nv-10", set={"trang_thai": "dang_thuc_hien"},
              note="Niêm yết đầy đủ thủ tục hành chính đang áp dụng tại Trung tâm Phục vụ hành chính công."),
         task("nv-7", set={"trang_thai": "dang_thuc_hien"},
              note="Chưa nhận được kiến nghị nào về văn bản quy phạm pháp luật của xã."),
     ]},
    {"date": "2026-03-09", "author": AUTHOR_VHXH,
     "message": "Báo cáo cải cách hành chính quý I/2026",
     "events": [
         progress("nv-2", 25, "Đã gửi báo cáo cải cách hành chính quý I/2026.",
                  ["Báo cáo số 15/BC-UBND"]),
         progress("nv-6", 20, "Đã lập danh mục văn bản cần rà soát."),
         progress("nv-11", 20, "Đã giao Trung tâm Phục vụ hành chính công thống kê thủ tục cần rà soát."),
     ]},
    {"date": "2026-04-15", "author": AUTHOR_VHXH,
     "message": "Cập nhật nhiệm vụ tuyên truyền và số liệu chỉ tiêu quý I/2026",
     "events": [
         done("nv-3", "2026-04-14", "Ban hành Kế hoạch tuyên truyền chậm so với thời hạn Quý I/2026.",
              ["Kế hoạch số 35/KH-UBND"]),
         progress("nv-18", 10, "Bắt đầu số hóa hồ sơ từ ngày 15/3/2026."),
         measure("ct-1", "2026-03-31", 61.2, "Số liệu quý I/2026"),
         measure("ct-3", "2026-03-31", 3.1, "Số liệu quý I/2026"),
     ]},
    {"date": "2026-06-10", "author": AUTHOR_VHXH,
     "message": "Báo cáo cải cách hành chính 6 tháng đầu năm 2026",
     "events": [
         progress("nv-2", 50, "Đã gửi báo cáo cải cách hành chính 6 tháng đầu năm 2026.",
                  ["Báo cáo số 52/BC-UBND"]),
         progress("nv-6", 45),
         progress("nv-11", 60, "Đã rà soát 42 thủ tục hành chính, đang tổng hợp phương án đơn giản hóa."),
         progress("nv-12", 40, "Tỷ lệ thanh toán trực tuyến đạt 38% số giao dịch."),
         progress("nv-17", 40),
         task("nv-8", set={"trang_thai": "chua_bat_dau"}),
     ]},
    {"date": "2026-06-26", "author": AUTHOR_VP,
     "message": "Tự kiểm tra tại Trung tâm Phục vụ hành chính công; điều chỉnh thời hạn nhiệm vụ 16",
     "events": [
         done("nv-4.2", "2026-06-25", "Đã tự kiểm tra và ban hành thông báo kết luận.",
              ["Thông báo số 60/TB-UBND"]),
         task("nv-16", set={"trang_thai": "dieu_chinh", "thoi_han": "Quý IV/2026"},
              note="Điều chỉnh thời hạn từ Quý II/2026 sang Quý IV/2026 để chờ quy định mới về tổ chức bộ máy.",
              evidence=["Quyết định số 75/QĐ-UBND"]),
     ]},
    {"date": "2026-07-09", "author": AUTHOR_PVHCC,
     "message": "Hoàn thành rà soát thủ tục hành chính; số liệu chỉ tiêu quý II/2026",
     "events": [
         done("nv-11", "2026-07-08", "Đã ban hành phương án đơn giản hóa, chậm hơn thời hạn tháng 6/2026.",
              ["Quyết định số 82/QĐ-UBND"]),
         task("nv-14", set={
             "trang_thai": "dang_thuc_hien", "tien_do": 30,
             "cach_hieu_thoi_han": {
                 "loai": "date", "han": "2026-07-31",
                 "ghi_chu": "Văn bản hướng dẫn (minh họa) đề nghị hoàn thành trước ngày 31/7/2026",
             }},
             note="Nhận văn bản hướng dẫn, thời hạn hoàn thành trước ngày 31/7/2026.",
             evidence=["Công văn số 112/SNV-CCHC"]),
         measure("ct-1", "2026-06-30", 68.5, "Số liệu 6 tháng đầu năm 2026"),
         measure("ct-2", "2026-06-30", 88.4, "Theo phiếu đánh giá tại Trung tâm Phục vụ hành chính công"),
         measure("ct-3", "2026-06-30", 2.4, "Số liệu 6 tháng đầu năm 2026"),
     ]},
    {"date": "2026-08-20", "author": AUTHOR_VHXH,
     "message": "Không tổ chức hội thi riêng ở cấp xã",
     "events": [
         task("nv-5", set={"trang_thai": "huy_bo"},
              note="Không tổ chức hội thi riêng ở cấp xã; cán bộ, công chức tham gia hội thi trực tuyến do cấp trên tổ chức.",
              evidence=["Công văn số 96/UBND-VHXH"]),
         progress("nv-15", 20, "Đã cử 6 công chức tham gia lớp bồi dưỡng nghiệp vụ."),
         task("nv-4.1", set={"trang_thai": "chua_bat_dau"}),
     ]},
    {"date": "2026-09-10", "author": AUTHOR_VHXH,
     "message": "Báo cáo cải cách hành chính quý III/2026",
     "events": [
         progress("nv-2", 75, "Đã gửi báo cáo cải cách hành chính quý III/2026.",
                  ["Báo cáo số 101/BC-UBND"]),
         progress("nv-14", 80, "Đã dự thảo đề án vị trí việc làm, đang lấy ý kiến."),
         progress("nv-17", 70),
         progress("nv-6", 60),
         progress("nv-12", 55),
         progress("nv-4.1", 25, "Đã ban hành kế hoạch kiểm tra.", ["Kế hoạch số 98/KH-UBND"]),
     ]},
    {"date": "2026-09-29", "author": AUTHOR_VHXH,
     "message": "Hoàn thành khảo sát mức độ hài lòng",
     "events": [
         done("nv-13", "2026-09-28", "Đã khảo sát 300 phiếu và báo cáo kết quả.",
              ["Báo cáo số 108/BC-UBND"]),
         task("nv-8", note="Chưa triển khai; chờ hướng dẫn của cơ quan chuyên môn cấp trên."),
     ]},
    {"date": "2026-10-12", "author": AUTHOR_PVHCC,
     "message": "Số liệu chỉ tiêu quý III/2026",
     "events": [
         measure("ct-1", "2026-09-30", 73.9, "Số liệu 9 tháng năm 2026"),
         measure("ct-2", "2026-09-30", 91.2, "Theo Báo cáo số 108/BC-UBND"),
         measure("ct-3", "2026-09-30", 1.6, "Số liệu 9 tháng năm 2026"),
         progress("nv-15", 40),
         progress("nv-18", 55, "Đã số hóa khoảng một nửa số hồ sơ còn hiệu lực."),
         progress("nv-4.1", 50, "Đã kiểm tra 3 trên 6 cơ quan chuyên môn."),
         progress("nv-12", 70),
         progress("nv-17", 85),
     ]},
    {"date": "2026-11-16", "author": AUTHOR_VP,
     "message": "Cập nhật tháng 11/2026",
     "events": [
         task("nv-19", set={"trang_thai": "chua_bat_dau"},
              note="Dự kiến đánh giá nội bộ trong tháng 12/2026."),
         task("nv-10", note="Đã rà soát, cập nhật danh mục thủ tục hành chính công khai theo quyết định công bố mới.",
              evidence=["Quyết định số 130/QĐ-UBND"]),
         task("nv-7", note="Đã trả lời 2 kiến nghị của người dân.", evidence=["Công văn số 141/UBND-VP"]),
     ]},
]


def _apply(tasks_by_id, indicators_by_id, date, event):
    if event["kind"] == "measure":
        ind = indicators_by_id[event["ma"]]
        entry = {"ngay": event["ngay"], "gia_tri": event["gia_tri"]}
        if event["ghi_chu"]:
            entry["ghi_chu"] = event["ghi_chu"]
        ind["ket_qua"].append(entry)
        return
    t = tasks_by_id[event["ma"]]
    for key, value in event["set"].items():
        t[key] = copy.deepcopy(value)
    for key in event["drop"]:
        t.pop(key, None)
    if t.get("trang_thai") in ("huy_bo", "chua_bat_dau", "chua_cap_nhat"):
        t.pop("tien_do", None)
    if event["note"]:
        update = {"ngay": date, "noi_dung": event["note"]}
        if event["evidence"]:
            update["minh_chung"] = list(event["evidence"])
        t.setdefault("cap_nhat", []).append(update)


def plan_state(step):
    """The plan's data (a dict ready for JSON) after STEPS[0..step]."""
    if not 0 <= step < len(STEPS):
        raise ValueError(f"step must be in 0..{len(STEPS) - 1}")
    tasks = initial_tasks()
    indicators = initial_indicators()
    tasks_by_id = {t["ma"]: t for t in tasks}
    indicators_by_id = {i["ma"]: i for i in indicators}
    for s in STEPS[: step + 1]:
        for event in s["events"]:
            _apply(tasks_by_id, indicators_by_id, s["date"], event)
    for ind in indicators:
        if not ind["ket_qua"]:
            del ind["ket_qua"]
    return {
        "$schema": "../../schemas/plan.schema.json",
        "phan": [{"ma": ma, "so": so, "ten": ten} for ma, so, ten in SECTIONS],
        "nhiem_vu": tasks,
        "chi_tieu": indicators,
    }


def final_step():
    return len(STEPS) - 1


# --------------------------------------------------------------------------
# Markdown pages (static across steps).

COMMUNE_MD = """---
ten: "Xã Minh Họa"
loai: xa
minh_hoa: true
# Liên hệ minh họa: không có thật (tên miền .invalid và .example không bao giờ tồn tại).
dia_chi: "Trụ sở Ủy ban nhân dân xã Minh Họa (địa chỉ minh họa, không có thật)"
dien_thoai: "000 000 0000"
email: "gop-y@minh-hoa.invalid"
trang_gop_y: "https://minh-hoa.example/gop-y"
---

**Dữ liệu minh họa — Xã Minh Họa không có thật.**

Xã Minh Họa là một xã giả định, dùng để giới thiệu cách cổng công khai hiển thị
tiến độ, trạng thái, thời hạn bị chậm hoặc được điều chỉnh, các lần cập nhật,
chỉ tiêu và lịch sử thay đổi của một kế hoạch. Toàn bộ nội dung của xã này là
dữ liệu minh họa do những người làm cổng soạn ra; các số văn
bản nêu trong đó cũng là giả định. Không dùng để tra cứu.
"""

PLAN_MD = """---
tieu_de: "Kế hoạch Cải cách hành chính nhà nước xã Minh Họa năm 2026"
so_hieu: "01/KH-UBND"
loai_van_ban: "Kế hoạch"
ngay_ban_hanh: "2026-01-08"
dia_danh: "Minh Họa"
co_quan_ban_hanh: "Ủy ban nhân dân xã Minh Họa"
chuc_vu_ky: "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"
ky: 2026
nguon: "Dữ liệu minh họa, không phải văn bản thật"
---

> **Dữ liệu minh họa.** Xã Minh Họa không có thật. Kế hoạch, nhiệm vụ, tiến độ,
> các lần cập nhật, số văn bản và số liệu chỉ tiêu trên trang này là dữ liệu minh
> họa, dùng để giới thiệu các tính năng của cổng.

## I. MỤC ĐÍCH, YÊU CẦU

1. Xác định cải cách hành chính là nhiệm vụ trọng tâm trong chỉ đạo, điều hành
   của Ủy ban nhân dân xã năm 2026.
2. Nâng cao mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của các cơ
   quan hành chính của xã.
3. Giao rõ cơ quan chủ trì, thời hạn và sản phẩm của từng nhiệm vụ; công khai
   tiến độ thực hiện.

## II. NHIỆM VỤ, GIẢI PHÁP

Các nhiệm vụ cụ thể được giao theo năm phần: chỉ đạo điều hành, kiểm tra và tuyên
truyền; cải cách thể chế; cải cách thủ tục hành chính; cải cách tổ chức bộ máy và
chế độ công vụ; xây dựng chính quyền số (xem bảng nhiệm vụ).

## III. TỔ CHỨC THỰC HIỆN

Thủ trưởng các cơ quan, đơn vị được giao nhiệm vụ báo cáo tiến độ định kỳ về
Phòng Văn hóa - Xã hội để tổng hợp, báo cáo Ủy ban nhân dân xã. Trong quá trình
thực hiện, nhiệm vụ cần điều chỉnh được báo cáo để Ủy ban nhân dân xã xem xét,
quyết định.
"""


# --------------------------------------------------------------------------
# Output.

def dump_json(doc):
    return json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def outputs(step):
    """Relative path → file content, for the given step."""
    return {
        f"content/{COMMUNE_ID}/_index.md": COMMUNE_MD,
        f"content/{COMMUNE_ID}/{PLAN_ID}.md": PLAN_MD,
        f"data/{COMMUNE_ID}/{PLAN_ID}.json": dump_json(plan_state(step)),
        f"data/{COMMUNE_ID}/_co_quan.json": dump_json(agencies_doc()),
    }


def check(step):
    """Cheap self-checks of the generated data (the JSON Schema does the rest)."""
    doc = plan_state(step)
    ids = [t["ma"] for t in doc["nhiem_vu"]]
    assert len(ids) == len(set(ids)), "duplicate task ids"
    sections = {p["ma"] for p in doc["phan"]}
    for t in doc["nhiem_vu"]:
        assert t["phan"] in sections, t["ma"]
        assert t.get("thuoc") in (None, *ids), t["ma"]
        if t["trang_thai"] == "hoan_thanh":
            assert "ngay_hoan_thanh" in t, t["ma"]
        dates = [u["ngay"] for u in t.get("cap_nhat", [])]
        assert dates == sorted(dates), t["ma"]
    for name, _ in AGENCIES:
        assert unicodedata.is_normalized("NFC", name)
    for path, text in outputs(step).items():
        assert unicodedata.is_normalized("NFC", text), path
        if path.endswith(".md"):
            assert LABEL in text.lower(), path


def main(argv=None):
    parser = argparse.ArgumentParser(description="Tạo dữ liệu minh họa cho Xã Minh Họa.")
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent,
                        help="thư mục nguồn của cổng (mặc định: thư mục gốc của kho)")
    parser.add_argument("--step", type=int, default=final_step(),
                        help=f"ghi trạng thái sau bước N (0..{final_step()}; mặc định: bước cuối)")
    parser.add_argument("--list-steps", action="store_true", help="liệt kê các bước rồi thoát")
    args = parser.parse_args(argv)

    if args.list_steps:
        for i, s in enumerate(STEPS):
            print(f"{i}\t{s['date']}\t{s['author'][0]}\t{s['message']}")
        return 0
    if not 0 <= args.step <= final_step():
        parser.error(f"--step phải trong khoảng 0..{final_step()}")

    check(args.step)
    for rel, text in outputs(args.step).items():
        path = args.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        print(rel)
    return 0


if __name__ == "__main__":
    sys.exit(main())
