// A plan the importer was not written against: fixtures/phuong-minh-hoa-2027.txt,
// a fictional ward ("Phường Minh Họa", labelled as fictional in its text) with
// other header names (STT, Đơn vị chủ trì, Thời hạn hoàn thành, Sản phẩm dự
// kiến hoàn thành), sections as "I" + title, numbering 1./2.1/a), page breaks
// with page numbers, a row continued across a page, HTML cells and a sub-row.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "importer/fidelity.h"
#include "importer/importer.h"
#include "support/test_support.h"

namespace ck::importer {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

class UnseenPlan : public ::testing::Test {
 protected:
  void SetUp() override {
    source_ = testing::read_file(testing::source_dir() / "tests/importer/fixtures/phuong-minh-hoa-2027.txt");
    ASSERT_FALSE(source_.empty());
    result_ = import_plan(source_, {"minh-hoa.txt", "phuong-minh-hoa-2027.txt", {}});
    ASSERT_TRUE(result_.ok) << result_.diags.format_all();
    json_ = nlohmann::json::parse(result_.json);
  }
  std::string source_;
  ImportResult result_;
  nlohmann::json json_;
};

TEST_F(UnseenPlan, AllTasksComeThrough) {
  size_t numbered = 0;
  for (const auto& r : fidelity::read_source_table(source_)) numbered += !r.number.empty();
  EXPECT_EQ(numbered, 9u);
  EXPECT_EQ(result_.summary.numbered_tasks, numbered);
  EXPECT_EQ(result_.summary.sub_rows, 1u);
  EXPECT_EQ(result_.summary.sections, 2u);
  std::vector<std::string> ids;
  for (const auto& t : json_["nhiem_vu"])
    ids.push_back(t["ma"].get<std::string>() + ">" + t.value("thuoc", ""));
  EXPECT_THAT(ids, ElementsAre("nv-1>", "nv-2>", "nv-2-1>nv-2", "nv-2-2>nv-2", "nv-3>", "nv-4>", "nv-5>",
                               "nv-5-a>nv-5", "nv-5-b>nv-5", "nv-5-b-1>nv-5-b"));
}

TEST_F(UnseenPlan, EveryTaskEqualsItsSourceCells) { fidelity::expect_tasks_match(source_, json_); }

TEST_F(UnseenPlan, NoTextIsLost) {
  fidelity::expect_no_lost_text(source_, result_.markdown, result_.json, 6);
}

TEST_F(UnseenPlan, CellsAreConverted) {
  const auto& t3 = json_["nhiem_vu"][4];
  EXPECT_EQ(t3["noi_dung"],
            "Tuyên truyền cải cách hành chính.\n\nPhát thanh trên loa truyền thanh của phường.");
  EXPECT_EQ(t3["co_quan_chu_tri"],
            (std::vector<std::string>{"Phòng Văn hóa - Xã hội", "Trung tâm Dịch vụ sự nghiệp công"}));
  EXPECT_EQ(t3["thoi_han"], "Hằng tháng *(bắt đầu từ tháng 3/2027)*");
  const auto& t4 = json_["nhiem_vu"][5];
  EXPECT_EQ(t4["noi_dung"],
            "Rà soát, đơn giản hóa thủ tục hành chính nội bộ giữa các bộ phận của Ủy ban nhân dân "
            "phường theo hướng cắt giảm thời gian và giấy tờ.");
  EXPECT_EQ(t4["co_quan_phoi_hop"], (std::vector<std::string>{"Phòng Kinh tế, Hạ tầng và Đô thị"}));
  EXPECT_EQ(t4["san_pham"].size(), 3u);
}

TEST_F(UnseenPlan, MetadataAndIndicators) {
  const PlanMeta& m = result_.meta;
  EXPECT_EQ(m.number, "15/KH-UBND");
  EXPECT_EQ(m.issued, "2027-01-20");
  EXPECT_EQ(m.issuer, "Ủy ban nhân dân phường Minh Họa");
  EXPECT_EQ(m.title, "Kế hoạch Cải cách hành chính phường Minh Họa năm 2027");
  EXPECT_EQ(m.period, "2027");
  EXPECT_EQ(m.signer, "Trần Thị Minh Họa");
  EXPECT_EQ(m.signer_role, "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH");
  EXPECT_THAT(m.implements, ElementsAre("99/KH-UBND"));
  ASSERT_EQ(json_["chi_tieu"].size(), 3u);
  EXPECT_EQ(json_["chi_tieu"][1]["so_sanh"], "<=");
  EXPECT_EQ(json_["chi_tieu"][2]["don_vi"], "buổi");
  EXPECT_THAT(result_.markdown, HasSubstr("Văn bản hư cấu"));
}

TEST_F(UnseenPlan, WarningsNameTheirLines) {
  std::string w = result_.diags.format_all();
  EXPECT_THAT(w, HasSubstr("minh-hoa.txt:51: cảnh báo: bỏ số trang “3”"));
  EXPECT_THAT(w, HasSubstr("minh-hoa.txt:78: cảnh báo: bỏ số trang “12”"));
  EXPECT_THAT(w, HasSubstr("minh-hoa.txt:6: cảnh báo: bỏ quốc hiệu"));
  EXPECT_THAT(w, HasSubstr("minh-hoa.txt:89: cảnh báo: dòng không số có cơ quan chủ trì"));
  EXPECT_EQ(result_.diags.warning_count(), 5u) << w;
}

}  // namespace
}  // namespace ck::importer
