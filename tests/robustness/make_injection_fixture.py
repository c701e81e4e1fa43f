#!/usr/bin/env python3
"""Write a content repository with XSS payloads in every text field, as git
history with payloads in commit messages, trailers and author names too.

    make_injection_fixture.py DIR     DIR must not exist

Every payload carries a marker "ckx<N>" so check_injection.py can tell that it
reached the site (as text) without becoming markup. Fixed authors' emails and
dates keep the commit ids stable. Needs Python 3 and git.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

PAYLOADS = [
    '<script>alert("ckx1")</script>',
    '<img src=x onerror=alert("ckx2")>',
    'javascript:alert("ckx3")',
    '"><svg onload=alert("ckx4")>',
    "' onmouseover='alert(ckx5)' x='",
    '[bấm vào](javascript:alert("ckx6"))',
    '<javascript:alert("ckx7")>',
    '[ảnh](data:text/html,<script>ckx8</script>) [b64](data:text/html;base64,PHNjcmlwdD5ja3g4PC9zY3JpcHQ+)',
    '{{site.title}} {{{ckx9}}} {{> head}}',
    '\u202e<\u200bscript>ckx10</script>',
    '</script><script>alert("ckx11")</script>',
    '\uff1cscript\uff1eckx12',
    ']]></title><script>ckx13</script><!--',
    '<a href="javascript:alert(\'ckx14\')">x</a>',
    '<iframe src="data:text/html,ckx15"></iframe>',
    '\\u003cscript\\u003eckx16 \u2028 \u2029 </SCRIPT >',
]
ALL = " ".join(PAYLOADS)


def p(i):
    """A short payload for fields that are printed in narrow places."""
    return PAYLOADS[i % len(PAYLOADS)]


def yaml_quoted(text):
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def write(root, rel, text):
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def plan_json(deadline_2):
    tasks = [
        {
            "ma": "nv-1", "so": "1", "phan": "i",
            "noi_dung": "Nhiệm vụ " + ALL,
            "co_quan_chu_tri": ["Phòng " + p(0), p(3)],
            "co_quan_phoi_hop": [p(1), "Ban " + p(13)],
            "thoi_han": "Quý IV/2026 " + p(0),
            "san_pham": [p(5), p(6), p(7), "Báo cáo " + ALL],
            "trang_thai": "dang_thuc_hien", "tien_do": 30,
            "cap_nhat": [{"ngay": "2026-02-01", "noi_dung": "Cập nhật " + ALL,
                          "minh_chung": ["javascript:alert('ckx3')", "data:text/html,ckx15", p(4), "https://example.gov.vn/\"><script>ckx1</script>"]}],
        },
        {
            "ma": "nv-2", "so": "2", "phan": "i",
            "noi_dung": "Kiểm tra " + p(8),
            "co_quan_chu_tri": [p(2)],
            "thoi_han": deadline_2,
            "trang_thai": "hoan_thanh", "ngay_hoan_thanh": "2026-01-20",
        },
        {
            "ma": "nv-2-1", "so": "", "phan": "ii", "thuoc": "nv-2",
            "noi_dung": "Việc con " + p(10),
            "co_quan_chu_tri": [p(2)],
            "thoi_han": "Thường xuyên " + p(11),
        },
    ]
    return {
        "phan": [{"ma": "i", "so": "I", "ten": "Phần " + ALL}, {"ma": "ii", "so": "II", "ten": p(12)}],
        "nhiem_vu": tasks,
        "chi_tieu": [{"ma": "ct-1", "noi_dung": "Chỉ tiêu " + ALL, "so_sanh": ">=", "gia_tri": 90, "don_vi": p(0)}],
    }


def write_source(root, deadline_2):
    write(root, "congkhai.yaml",
          "tieu_de: " + yaml_quoted("Cổng " + ALL) + "\n"
          "mo_ta: " + yaml_quoted("Mô tả " + ALL) + "\n"
          "giay_phep: " + yaml_quoted(p(1)) + "\n"
          # A base_url with markup in it is refused at load (hostile_input_test.cc); a
          # legal one still reaches canonical links, QR codes and feeds.
          "base_url: " + yaml_quoted('https://example.gov.vn/ck/?a=1&b=2') + "\n"
          "commit_url: " + yaml_quoted('javascript:alert("ckx3")/{commit}') + "\n")
    write(root, "content/xa-thu/_index.md",
          "---\nten: " + yaml_quoted("Xã " + p(0) + p(3)) + "\nloai: xa\nminh_hoa: true\n"
          # A javascript: or markup-bearing portal address is refused at load (commune_contact_test.cc); a legal
          # one with &s in its query still reaches every footer, escaped.
          "cong_thong_tin: " + yaml_quoted('https://example.gov.vn/xa?a=1&b=2') + "\n---\n"
          "Giới thiệu " + ALL + "\n\n" + "\n\n".join(PAYLOADS) + "\n")
    front = {
        "tieu_de": "Kế hoạch " + ALL, "so_hieu": p(3), "ngay_ban_hanh": "2026-01-05",
        "dia_danh": p(4), "co_quan_ban_hanh": p(1), "nguoi_ky": "Nguyễn " + p(0),
        "chuc_vu_ky": p(12), "ky": "2026", "nguon": p(2),
    }
    fm = "".join(k + ": " + yaml_quoted(v) + "\n" for k, v in front.items())
    fm += "noi_nhan:\n" + "".join("  - " + yaml_quoted(x) + "\n" for x in PAYLOADS[:4])
    body = ("## I. " + p(0) + "\n\nĐoạn " + ALL + "\n\n"
            "- [liên kết](javascript:alert('ckx6'))\n- <javascript:alert('ckx7')>\n"
            "- [ảnh](data:text/html,ckx8)\n- ![ảnh](javascript:alert('ckx6'))\n"
            "- <a href=\"javascript:alert('ckx14')\" onclick=\"ckx14\">html</a>\n"
            "- [tham chiếu][x]\n\n[x]: javascript:alert('ckx6')\n\n"
            "| a | b |\n|---|---|\n| " + p(1) + " | " + p(3) + " |\n\n"
            "```html\n<script>ckx1</script>\n```\n\n<div onmouseover=\"ckx5\">khối HTML</div>\n")
    write(root, "content/xa-thu/kh-2026.md", "---\n" + fm + "---\n" + body)
    write(root, "data/xa-thu/kh-2026.json", json.dumps(plan_json(deadline_2), ensure_ascii=False, indent=2) + "\n")
    write(root, "data/xa-thu/_co_quan.json", json.dumps({"co_quan": [
        {"ma": "phong-x", "ten": "Phòng " + p(0), "ten_khac": [p(2)]}]}, ensure_ascii=False, indent=2) + "\n")


def git(root, *args, author=None, date=None):
    env = dict(os.environ, GIT_CONFIG_GLOBAL="/dev/null", GIT_CONFIG_SYSTEM="/dev/null")
    if author:
        env.update(GIT_AUTHOR_NAME=author[0], GIT_AUTHOR_EMAIL=author[1],
                   GIT_COMMITTER_NAME=author[0], GIT_COMMITTER_EMAIL=author[1])
    if date:
        env.update(GIT_AUTHOR_DATE=date, GIT_COMMITTER_DATE=date)
    subprocess.run(["git", "-C", str(root), *args], check=True, env=env, stdout=subprocess.DEVNULL)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    root = Path(sys.argv[1])
    root.mkdir(parents=True)
    git(root, "init", "-q", "-b", "main")
    write_source(root, "Quý II/2026")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "Kế hoạch " + p(0) + "\n\n" + ALL,
        author=('<img src=x onerror=alert("ckx2")> Nguyễn', "a@xa-thu.invalid"), date="2026-01-08T09:00:00+07:00")
    write_source(root, "Quý III/2026 " + p(3))
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "Dời hạn " + p(1) + "\n\n" + ALL + "\n\nLy-do: " + p(0) + " " + p(3),
        author=('"><svg onload=alert("ckx4")>', '"><script>ckx1</script>@x.invalid'), date="2026-02-10T10:00:00+07:00")


if __name__ == "__main__":
    main()
