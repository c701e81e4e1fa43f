#include "history/json_text.h"

#include <gtest/gtest.h>

namespace ck::history {
namespace {

std::string display(const std::string& text) {
  JsonText in(text);
  std::string out = in.display();
  EXPECT_TRUE(in.ok()) << text;
  return out;
}

TEST(JsonText, DisplayStrings) {
  EXPECT_EQ(display(R"("a\"b\\c\/d\n\t")"), "a\"b\\c/d\n\t");
  EXPECT_EQ(display(R"("Ho\u00e0 \u0110\u1ee9c")"), "Hoà Đức");
  EXPECT_EQ(display(R"("\ud83d\ude00")"), "\xF0\x9F\x98\x80");  // a surrogate pair
  EXPECT_EQ(display("40"), "40");
  EXPECT_EQ(display("-2.50e3"), "-2.50e3");  // numbers as written
  EXPECT_EQ(display("true"), "true");
  EXPECT_EQ(display("null"), "");
  EXPECT_EQ(display(R"([ "A" , ["B", 1], null ])"), "A; B; 1; ");
  EXPECT_EQ(display(R"({"loai": "date", "han": "2026-03-15", "x": {"b": 1, "a": [1, "\n"]}})"),
            R"({"han":"2026-03-15","loai":"date","x":{"a":[1,"\n"],"b":1}})");
  EXPECT_EQ(display(R"({"a": 1, "a": 2})"), R"({"a":2})");
}

TEST(JsonText, LoneSurrogatesAreInvalid) {
  for (std::string bad : {R"("\ud83d")", R"("\ude00")", R"("\ud83d\u0041")", R"("abc)"}) {
    JsonText in(bad);
    in.display();
    EXPECT_FALSE(in.ok()) << bad;
  }
}

TEST(JsonText, ObjectsAndArrays) {
  JsonText in(R"( { "a" : [1, {"x": "y"}], "b": "c", "d": {} } )");
  ASSERT_TRUE(in.begin_object());
  std::string key;
  std::vector<std::string> keys;
  while (in.next_key(key)) {
    keys.push_back(key);
    if (key == "b")
      EXPECT_EQ(in.display(), "c");
    else
      in.skip();
  }
  EXPECT_TRUE(in.ok());
  EXPECT_EQ(keys, (std::vector<std::string>{"a", "b", "d"}));
  EXPECT_EQ(in.peek(), 0);
}

TEST(JsonText, Quote) {
  EXPECT_EQ(json_quote("a\"\\\x01\x1f\b\f\n\r\tà"), "\"a\\\"\\\\\\u0001\\u001f\\b\\f\\n\\r\\tà\"");
}

}  // namespace
}  // namespace ck::history
