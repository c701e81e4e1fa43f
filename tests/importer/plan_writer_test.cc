#include "importer/plan_writer.h"

#include <gtest/gtest.h>

namespace ck::importer {
namespace {

TaskList tiny_tasks() {
  TaskList l;
  l.sections.push_back({"i", "I", "Chỉ đạo điều hành"});
  ImportedTask t;
  t.id = "nv-1";
  t.number = "1";
  t.section_id = "i";
  t.text = "Ban hành \"Kế hoạch\".";
  t.lead = {"Phòng Văn hóa - Xã hội"};
  t.deadline = "Trước ngày 13/01/2026";
  l.tasks.push_back(t);
  ImportedTask sub;
  sub.id = "nv-1-1";
  sub.section_id = "i";
  sub.parent_id = "nv-1";
  sub.text = "- Dòng con";
  sub.products = {"Báo cáo"};
  l.tasks.push_back(sub);
  return l;
}

TEST(PlanWriter, JsonIsDeterministicWithTheContractsKeyOrder) {
  std::vector<ImportedIndicator> ind{{"ct-1", "Đạt tối thiểu 87,5%.", ">=", 87.5, "%", 3},
                                     {"ct-2", "100% hồ sơ.", ">=", 100, "%", 4}};
  EXPECT_EQ(write_plan_json(tiny_tasks(), ind), R"({
  "$schema": "../../schemas/plan.schema.json",
  "phan": [
    {
      "ma": "i",
      "so": "I",
      "ten": "Chỉ đạo điều hành"
    }
  ],
  "nhiem_vu": [
    {
      "ma": "nv-1",
      "so": "1",
      "phan": "i",
      "noi_dung": "Ban hành \"Kế hoạch\".",
      "co_quan_chu_tri": [
        "Phòng Văn hóa - Xã hội"
      ],
      "co_quan_phoi_hop": [],
      "thoi_han": "Trước ngày 13/01/2026",
      "san_pham": [],
      "trang_thai": "chua_cap_nhat"
    },
    {
      "ma": "nv-1-1",
      "so": "",
      "phan": "i",
      "thuoc": "nv-1",
      "noi_dung": "- Dòng con",
      "co_quan_chu_tri": [],
      "co_quan_phoi_hop": [],
      "thoi_han": "",
      "san_pham": [
        "Báo cáo"
      ],
      "trang_thai": "chua_cap_nhat"
    }
  ],
  "chi_tieu": [
    {
      "ma": "ct-1",
      "noi_dung": "Đạt tối thiểu 87,5%.",
      "so_sanh": ">=",
      "gia_tri": 87.5,
      "don_vi": "%"
    },
    {
      "ma": "ct-2",
      "noi_dung": "100% hồ sơ.",
      "so_sanh": ">=",
      "gia_tri": 100,
      "don_vi": "%"
    }
  ]
}
)");
}

TEST(PlanWriter, FrontMatterWithLinkedImplementsAndRecipients) {
  PlanMeta m;
  m.title = "Kế hoạch Cải cách \"hành chính\" năm 2026";
  m.number = "/KH-UBND";
  m.kind = "Kế hoạch";
  m.issued = "2026-01";
  m.place = "Tiên Lãng";
  m.issuer = "Ủy ban nhân dân xã Tiên Lãng";
  m.signer = "Phạm Văn Giang";
  m.signer_role = "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH";
  m.period = "2026";
  m.implements = {"5256/QĐ-UBND", "76/NQ-CP"};
  m.recipients = {"Sở Nội vụ", "Lưu: VT"};
  EXPECT_EQ(write_markdown(m, "tien-lang.txt", {{"5256/QĐ-UBND", "hai-phong/cchc-2026"}}, "## I. MỤC ĐÍCH\n"),
            "---\n"
            "tieu_de: \"Kế hoạch Cải cách \\\"hành chính\\\" năm 2026\"\n"
            "so_hieu: \"/KH-UBND\"\n"
            "loai_van_ban: \"Kế hoạch\"\n"
            "ngay_ban_hanh: \"2026-01\"\n"
            "dia_danh: \"Tiên Lãng\"\n"
            "co_quan_ban_hanh: \"Ủy ban nhân dân xã Tiên Lãng\"\n"
            "nguoi_ky: \"Phạm Văn Giang\"\n"
            "chuc_vu_ky: \"TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH\"\n"
            "ky: \"2026\"\n"
            "thuc_hien:\n"
            "  - so_hieu: \"5256/QĐ-UBND\"\n"
            "    ke_hoach: \"hai-phong/cchc-2026\"\n"
            "  - so_hieu: \"76/NQ-CP\"\n"
            "noi_nhan:\n"
            "  - \"Sở Nội vụ\"\n"
            "  - \"Lưu: VT\"\n"
            "nguon: \"tien-lang.txt\"\n"
            "---\n"
            "\n"
            "## I. MỤC ĐÍCH\n");
}

TEST(PlanWriter, EmptyValuesAreLeftOut) {
  PlanMeta m;
  m.title = "Kế hoạch";
  m.period = "2026";
  EXPECT_EQ(write_markdown(m, "a.txt", {}, ""),
            "---\ntieu_de: \"Kế hoạch\"\nky: \"2026\"\nnguon: \"a.txt\"\n---\n");
}

TEST(PlanWriter, YamlQuoting) {
  EXPECT_EQ(yaml_quote("a\"b\\c"), "\"a\\\"b\\\\c\"");
  EXPECT_EQ(yaml_quote("Đặc khu: #1"), "\"Đặc khu: #1\"");
}

}  // namespace
}  // namespace ck::importer
