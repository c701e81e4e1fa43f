#include "ooxml/zip_archive.h"

#include <gtest/gtest.h>

#include "ooxml/xml_part.h"
#include "support/zip_builder.h"

namespace ck::ooxml {
namespace {

using ck::testing::make_zip;

TEST(ZipArchive, ReadsPartsAndReportsAbsentOnes) {
  auto zip = ZipArchive::open_bytes(make_zip({{"word/document.xml", "<w:document/>"}, {"[Content_Types].xml", "<T/>"}}));
  EXPECT_TRUE(zip.has("word/document.xml"));
  EXPECT_EQ(zip.read("word/document.xml").value(), "<w:document/>");
  EXPECT_FALSE(zip.read("xl/workbook.xml").has_value());
  try {
    zip.read_required("xl/workbook.xml", "bảng tính Excel (.xlsx)");
    FAIL();
  } catch (const PackageError& e) {
    EXPECT_NE(std::string(e.what()).find("thiếu phần \"xl/workbook.xml\" — không phải bảng tính Excel"), std::string::npos);
  }
}

TEST(ZipArchive, NotAZipIsAClearError) {
  for (std::string bytes : {std::string(""), std::string("PK\x03\x04garbage"), std::string(5000, 'x')}) {
    try {
      ZipArchive::open_bytes(bytes, {}, "ke-hoach.docx");
      FAIL() << "accepted " << bytes.size() << " bytes";
    } catch (const PackageError& e) {
      EXPECT_NE(std::string(e.what()).find("ke-hoach.docx: không đọc được tệp"), std::string::npos) << e.what();
    }
  }
  EXPECT_THROW(ZipArchive::open_file("/nonexistent/x.xlsx"), PackageError);
}

TEST(ZipArchive, ZipBombsAndHugePartsAreRefused) {
  RecordProperty("robustness_class", "zip bomb / oversized part in an uploaded .docx/.xlsx");
  RecordProperty("robustness_cases", 3);
  RecordProperty("robustness_outcome", "Vietnamese error naming the part, nothing read past the limit");
  std::string zeros(8u << 20, '\0');  // 8 MB of zeros deflates ~1000:1
  auto bomb = ZipArchive::open_bytes(make_zip({{"xl/worksheets/sheet1.xml", zeros}}), {}, "bao-cao.xlsx");
  try {
    bomb.read("xl/worksheets/sheet1.xml");
    FAIL();
  } catch (const PackageError& e) {
    EXPECT_NE(std::string(e.what()).find("bom nén"), std::string::npos) << e.what();
  }
  PackageLimits small;
  small.max_part_bytes = 1000;
  auto big = ZipArchive::open_bytes(make_zip({{"a.xml", std::string(2000, 'a')}}, false), small);
  EXPECT_THROW(big.read("a.xml"), PackageError);
  PackageLimits total;
  total.max_total_bytes = 3000;
  auto many = ZipArchive::open_bytes(make_zip({{"a.xml", std::string(2000, 'a')}, {"b.xml", std::string(2000, 'b')}}, false), total);
  EXPECT_NO_THROW(many.read("a.xml"));
  EXPECT_THROW(many.read("b.xml"), PackageError);
}

TEST(XmlPart, MalformedXmlNamesFilePartAndOffset) {
  pugi::xml_document doc;
  try {
    parse_xml(doc, "<w:document><w:body></w:document>", "ke-hoach.docx", "word/document.xml");
    FAIL();
  } catch (const PackageError& e) {
    std::string m = e.what();
    EXPECT_NE(m.find("ke-hoach.docx: phần \"word/document.xml\" không phải XML hợp lệ (byte "), std::string::npos) << m;
  }
}

TEST(XmlPart, LocalNamesIgnorePrefixes) {
  pugi::xml_document doc;
  parse_xml(doc, "<x:worksheet xmlns:x='u'><x:row r='1'/></x:worksheet>", "a.xlsx", "sheet1.xml");
  pugi::xml_node ws = doc.first_child();
  EXPECT_EQ(local_name(ws), "worksheet");
  pugi::xml_node row = child(ws, "row");
  ASSERT_TRUE(row);
  EXPECT_STREQ(attribute(row, "r").value(), "1");
  EXPECT_FALSE(child(ws, "col"));
}

TEST(XmlPart, EntityDeclarationsAreNotExpanded) {
  pugi::xml_document doc;
  std::string laughs =
      "<?xml version='1.0'?><!DOCTYPE l [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;'>]><l>&b;</l>";
  try {
    parse_xml(doc, laughs, "x.xlsx", "p.xml");
  } catch (const PackageError&) {
    return;  // refused is fine too
  }
  EXPECT_LT(std::string(doc.child("l").text().get()).size(), 20u);
}

}  // namespace
}  // namespace ck::ooxml

namespace ck::ooxml {
namespace {

TEST(XmlPart, AttributeIntIsBoundedAndFallsBack) {
  pugi::xml_document doc;
  parse_xml(doc, "<w:c xmlns:w='u' w:val='12' w:big='9999999' w:neg='-3' w:x='3a'/>", "a.docx", "p.xml");
  pugi::xml_node c = doc.first_child();
  EXPECT_EQ(attribute_int(c, "val", 1), 12);
  EXPECT_EQ(attribute_int(c, "big", 1), 1);  // longer than 6 digits: not trusted
  EXPECT_EQ(attribute_int(c, "neg", 1), 1);
  EXPECT_EQ(attribute_int(c, "x", 7), 7);
  EXPECT_EQ(attribute_int(c, "absent", 5), 5);
  EXPECT_EQ(attribute_int(pugi::xml_node(), "val", 4), 4);
  EXPECT_EQ(attribute_int(c, "val", 1, 1), 1);  // max_digits
}

}  // namespace
}  // namespace ck::ooxml
