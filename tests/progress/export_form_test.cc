// The exported form itself: what a clerk sees (read back with openpyxl, as
// another program would) and how it prints (LibreOffice to PDF, then PNG
// pages left in the build directory for people to look at).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "progress/form_fixture.h"

namespace ck {
namespace {

using testing::FormRepo;
using ::testing::HasSubstr;
using testing::must;
using testing::q;

// The form's structure as openpyxl sees it, as JSON.
const char* kInspect = R"py(
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.worksheets[0]
out = {
  "sheets": wb.sheetnames,
  "hidden": [c for c in "ABCDEFGHIJKLMNOP" if ws.column_dimensions[c].hidden],
  "protected": bool(ws.protection.sheet),
  "locked_text": ws["D6"].protection.locked, "locked_input": ws["K6"].protection.locked,
  "marker": ws["A1"].value, "plan": ws["A2"].value, "date": ws["A3"].value,
  "title": ws["C1"].value, "subtitle": ws["C2"].value, "instruction": ws["C3"].value,
  "headers": [c.value for c in ws[5]],
  "rows": [[c.value for c in r] for r in ws.iter_rows(min_row=6, max_col=10)],
  "validations": [[str(v.sqref), v.type, v.formula1] for v in ws.data_validations.dataValidation],
  "orientation": ws.page_setup.orientation, "paper": ws.page_setup.paperSize,
  "fit_to_page": ws.sheet_properties.pageSetUpPr.fitToPage, "fit_height": ws.page_setup.fitToHeight,
  "print_titles": ws.print_title_rows,
  "font": ws["D6"].font.name,
}
print(json.dumps(out, ensure_ascii=False))
)py";

nlohmann::json inspect(const FormRepo& r, const std::filesystem::path& form) {
  auto script = r.dir.path() / "form_structure.py";  // not inspect.py: that would shadow the standard module
  std::ofstream(script) << kInspect;
  auto out = must(testing::python() + " " + q(script) + " " + q(form)).output;
  return nlohmann::json::parse(out, nullptr, false);
}

TEST(ProgressExport, OneRowPerTaskLockedGreyColumnsHiddenIdsAndAStatusDropDown) {
  FormRepo r;
  auto f = inspect(r, r.export_form());
  ASSERT_FALSE(f.is_discarded());
  EXPECT_EQ(f["sheets"], nlohmann::json::array({"kh-2026"}));
  EXPECT_EQ(f["hidden"], nlohmann::json::array({"A", "B"}));
  EXPECT_TRUE(f["protected"].get<bool>());
  EXPECT_TRUE(f["locked_text"].get<bool>());
  EXPECT_FALSE(f["locked_input"].get<bool>());
  EXPECT_EQ(f["marker"], "congkhai/bieu-mau-tien-do/1");
  EXPECT_EQ(f["plan"], "xa-thu/kh-2026");
  EXPECT_EQ(f["date"], "2026-11-22");
  EXPECT_EQ(f["title"], "BÁO CÁO TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ\nKế hoạch cải cách hành chính năm 2026");
  EXPECT_EQ(f["subtitle"], "Xã Thử — Số /KH-UBND — Số liệu tính đến ngày 22/11/2026");
  EXPECT_THAT(f["instruction"].get<std::string>(), HasSubstr("tải tệp này lên thư mục bao-cao/"));
  EXPECT_EQ(f["headers"][10], "Trạng thái mới");
  EXPECT_EQ(f["headers"][15], "Lý do (khi lùi trạng thái hoặc giảm tiến độ)");
  ASSERT_EQ(f["rows"].size(), 3u);
  EXPECT_EQ(f["rows"][1][0], "nv-2");
  EXPECT_EQ(f["rows"][1][1].get<std::string>().size(), 16u);  // the fingerprint
  EXPECT_EQ(f["rows"][1][2], "2");
  EXPECT_EQ(f["rows"][2][2], "2 (1)");
  EXPECT_EQ(f["rows"][1][7], "Trong khoảng: 01/10/2026 – 31/12/2026");
  EXPECT_EQ(f["rows"][1][8], "Đang thực hiện");
  EXPECT_EQ(f["rows"][1][9], "40%");
  EXPECT_EQ(f["rows"][0][8], "Chưa cập nhật");
  // The drop-down lists the statuses an agency reports: never "Quá hạn", never "Chưa cập nhật".
  bool list_found = false;
  for (const auto& v : f["validations"])
    if (v[1] == "list") {
      list_found = true;
      EXPECT_EQ(v[0], "K6:K8");
      EXPECT_EQ(v[2], "\"Chưa bắt đầu,Đang thực hiện,Hoàn thành,Hủy bỏ,Điều chỉnh\"");
    }
  EXPECT_TRUE(list_found) << f["validations"].dump();
  EXPECT_EQ(f["orientation"], "landscape");
  EXPECT_EQ(f["paper"], 9);           // A4
  EXPECT_EQ(f["fit_to_page"], true);  // one page wide (width 1 is the default), as many tall as needed
  EXPECT_EQ(f["fit_height"], 0);
  EXPECT_EQ(f["print_titles"], "$5:$5");  // the header row on every printed page
  EXPECT_EQ(f["font"], "Times New Roman");
}

TEST(ProgressExport, AgencyFormHoldsOnlyItsTasksAndHeadingRowsNeverAppear) {
  FormRepo r;
  std::string plan = testing::minimal_plan_json();
  // nv-2 becomes a heading row: no lead agency, no deadline of its own, one sub-row.
  plan.replace(plan.find(R"("co_quan_chu_tri": ["Văn phòng HĐND và UBND"],
      "thoi_han": "Quý IV/2026",)"),
               std::string(R"("co_quan_chu_tri": ["Văn phòng HĐND và UBND"],
      "thoi_han": "Quý IV/2026",)")
                   .size(),
               R"("co_quan_chu_tri": [],
      "thoi_han": "",)");
  r.write("data/xa-thu/kh-2026.json", plan);
  auto all = inspect(r, r.export_form());
  ASSERT_EQ(all["rows"].size(), 2u);
  EXPECT_EQ(all["rows"][0][0], "nv-1");
  EXPECT_EQ(all["rows"][1][0], "nv-2-1");
  auto agency = inspect(r, r.export_form("vp.xlsx", "--agency van-phong-hdnd-va-ubnd"));
  ASSERT_EQ(agency["rows"].size(), 1u);
  EXPECT_EQ(agency["rows"][0][0], "nv-2-1");
  EXPECT_THAT(agency["subtitle"].get<std::string>(), HasSubstr("Cơ quan: Văn phòng HĐND và UBND"));
}

TEST(ProgressExport, ScreenshotsOfTheFormAsLibreOfficePrintsIt) {
  // The demo's real plan (Tiên Lãng, 38 tasks, long Vietnamese cells), as of a fixed day.
  testing::TempDir work;
  auto form = work.path() / "tien-lang.xlsx";
  must(testing::congkhai_binary() + " progress export --commune tien-lang --source " +
       q(testing::source_dir()) + " --out " + q(form) + " --date 2026-11-22");
  auto shots = testing::build_dir() / "progress-form-screenshots";
  std::filesystem::remove_all(shots);
  std::filesystem::create_directories(shots);
  must("soffice -env:UserInstallation=file://" + (work.path() / "profile").string() +
       " --headless --convert-to pdf --outdir " + q(work.path()) + " " + q(form));
  auto pdf = work.path() / "tien-lang.pdf";
  auto info = must("pdfinfo " + q(pdf)).output;
  EXPECT_THAT(info, HasSubstr("Page size:       841.89 x 595"));  // A4 landscape (297 × 210 mm)
  auto text = must("pdftotext -layout " + q(pdf) + " -").output;
  EXPECT_THAT(text, HasSubstr("BÁO CÁO TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ"));
  EXPECT_THAT(text, HasSubstr("Cơ quan chủ trì"));
  EXPECT_THAT(text, HasSubstr("Trang 1/"));
  must("pdftoppm -png -r 80 " + q(pdf) + " " + q(shots / "trang"));
  must("pdftoppm -png -r 150 -f 1 -l 1 -x 0 -y 0 -W 1800 -H 700 " + q(pdf) + " " + q(shots / "goc-tren"));
  EXPECT_TRUE(std::filesystem::exists(shots / "trang-1.png"));
  std::cout << "screenshots: " << shots.string() << "\n";
}

}  // namespace
}  // namespace ck
