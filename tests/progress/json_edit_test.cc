#include "progress/json_edit.h"

#include <gtest/gtest.h>

namespace ck::progress {
namespace {

using nlohmann::ordered_json;

TEST(JsonEdit, ValuesReplacedInPlaceAndKeysInsertedInSchemaOrder) {
  std::string text = R"({
  "nhiem_vu": [
    {
      "ma": "nv-1",
      "noi_dung": "Báo cáo \"quý\": {a, b}",
      "co_quan_chu_tri": ["A"],
      "thoi_han": "Quý I/2026",
      "cap_nhat": []
    }
  ]
}
)";
  PlanJsonEditor ed(text);
  ASSERT_TRUE(ed.set("nv-1", "tien_do", 40)) << ed.error();
  ASSERT_TRUE(ed.set("nv-1", "trang_thai", "dang_thuc_hien"));
  ASSERT_TRUE(ed.append("nv-1", "cap_nhat", ordered_json{{"ngay", "2026-03-02"}, {"noi_dung", "Xong"}}));
  ASSERT_TRUE(ed.set("nv-1", "tien_do", 50));
  EXPECT_EQ(ed.text(), R"({
  "nhiem_vu": [
    {
      "ma": "nv-1",
      "noi_dung": "Báo cáo \"quý\": {a, b}",
      "co_quan_chu_tri": ["A"],
      "thoi_han": "Quý I/2026",
      "trang_thai": "dang_thuc_hien",
      "tien_do": 50,
      "cap_nhat": [
        {
          "ngay": "2026-03-02",
          "noi_dung": "Xong"
        }
      ]
    }
  ]
}
)");
}

TEST(JsonEdit, OneLineTasksStayOnOneLineAndCrlfFilesKeepCrlf) {
  PlanJsonEditor inline_ed(
      R"({"nhiem_vu": [{"ma": "a", "thoi_han": ""}, {"ma": "b", "thoi_han": "", "ngay_hoan_thanh": "2026-01-02", "cap_nhat": [{"ngay": "2026-01-01", "noi_dung": "x"}]}]})");
  ASSERT_TRUE(inline_ed.set("b", "trang_thai", "hoan_thanh"));
  ASSERT_TRUE(inline_ed.remove("b", "ngay_hoan_thanh"));
  ASSERT_TRUE(inline_ed.append("b", "cap_nhat", ordered_json{{"ngay", "2026-02-01"}, {"noi_dung", "y"}}));
  EXPECT_EQ(
      inline_ed.text(),
      R"({"nhiem_vu": [{"ma": "a", "thoi_han": ""}, {"ma": "b", "thoi_han": "", "trang_thai": "hoan_thanh", "cap_nhat": [{"ngay": "2026-01-01", "noi_dung": "x"}, {"ngay": "2026-02-01", "noi_dung": "y"}]}]})");

  PlanJsonEditor crlf(
      "{\r\n  \"nhiem_vu\": [\r\n    {\r\n      \"ma\": \"a\",\r\n      \"thoi_han\": \"\"\r\n    }\r\n  "
      "]\r\n}\r\n");
  ASSERT_TRUE(crlf.append("a", "cap_nhat", ordered_json{{"ngay", "2026-02-01"}, {"noi_dung", "y"}}));
  EXPECT_EQ(crlf.text(),
            "{\r\n  \"nhiem_vu\": [\r\n    {\r\n      \"ma\": \"a\",\r\n      \"thoi_han\": \"\",\r\n      "
            "\"cap_nhat\": [\r\n"
            "        {\r\n          \"ngay\": \"2026-02-01\",\r\n          \"noi_dung\": \"y\"\r\n        "
            "}\r\n      ]\r\n"
            "    }\r\n  ]\r\n}\r\n");
}

TEST(JsonEdit, FilesWithSortedKeysGetNewKeysInAlphabeticalPlace) {
  // The illustrative commune's data is written with sorted keys.
  PlanJsonEditor ed(R"({
  "nhiem_vu": [
    {
      "co_quan_chu_tri": ["A"],
      "ma": "a",
      "so": "8",
      "thoi_han": "Quý II/2026",
      "trang_thai": "chua_bat_dau"
    }
  ]
})");
  ASSERT_TRUE(ed.set("a", "tien_do", 20));
  ASSERT_TRUE(ed.append("a", "cap_nhat", ordered_json{{"ngay", "2026-06-30"}, {"noi_dung", "x"}}));
  EXPECT_EQ(ed.text(), R"({
  "nhiem_vu": [
    {
      "cap_nhat": [
        {
          "ngay": "2026-06-30",
          "noi_dung": "x"
        }
      ],
      "co_quan_chu_tri": ["A"],
      "ma": "a",
      "so": "8",
      "thoi_han": "Quý II/2026",
      "tien_do": 20,
      "trang_thai": "chua_bat_dau"
    }
  ]
})");
}

TEST(JsonEdit, AMissingTaskOrBrokenTextIsAnErrorNotAGuess) {
  PlanJsonEditor ed(R"({"nhiem_vu": [{"ma": "a"}]})");
  EXPECT_FALSE(ed.set("b", "tien_do", 1));
  EXPECT_EQ(ed.error(), "không có nhiệm vụ mã \"b\" trong tệp dữ liệu");
  PlanJsonEditor broken(R"({"nhiem_vu": [{"ma": "a", )");
  EXPECT_FALSE(broken.set("a", "tien_do", 1));
  EXPECT_EQ(broken.error(), "tệp dữ liệu không phải JSON hợp lệ");
}

}  // namespace
}  // namespace ck::progress
