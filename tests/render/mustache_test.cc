// The Mustache renderer renders what kainjow rendered from the same template and the
// view converted to kainjow's data (the engine this project used before): pinned on
// chosen cases, and against kainjow itself on random templates and views and on
// the default theme's pages with random views built from the names they use.
#include "render/mustache.h"

#include <gtest/gtest.h>
#include <kainjow/mustache.hpp>

#include <random>
#include <regex>

#include "render/theme.h"

namespace ck {
namespace {

using nlohmann::json;
namespace km = kainjow::mustache;

// The conversion the project fed kainjow before (render/template_engine.cc, 2026-11):
// every list x also gets has_x; empty text and null are false; numbers print as JSON.
km::data to_kainjow(const json& j) {
  switch (j.type()) {
    case json::value_t::object: {
      km::data d{km::data::type::object};
      for (auto it = j.begin(); it != j.end(); ++it) {
        d[it.key()] = to_kainjow(it.value());
        if (it.value().is_array() && !j.contains("has_" + it.key()))
          d["has_" + it.key()] = km::data(it.value().empty() ? km::data::type::bool_false : km::data::type::bool_true);
      }
      return d;
    }
    case json::value_t::array: {
      km::basic_list<std::string> items;
      for (const auto& v : j) items.push_back(to_kainjow(v));
      return km::data(items);
    }
    case json::value_t::string:
      if (j.get_ref<const std::string&>().empty()) return km::data(km::data::type::bool_false);
      return km::data(j.get_ref<const std::string&>());
    case json::value_t::boolean: return km::data(j.get<bool>() ? km::data::type::bool_true : km::data::type::bool_false);
    case json::value_t::null: return km::data(km::data::type::bool_false);
    default: return km::data(j.dump());
  }
}

struct Both {
  bool valid;
  std::string error, output;
};

Both ours(const std::string& text, const json& view) {
  mustache::Template t(text);
  std::string out;
  t.render(view, out);
  return {t.valid(), t.error(), out};
}

Both theirs(const std::string& text, const json& view) {
  km::mustache t(text);
  if (!t.is_valid()) return {false, t.error_message(), ""};
  return {true, "", t.render(to_kainjow(view))};
}

void expect_same(const std::string& text, const json& view) {
  const Both a = ours(text, view), b = theirs(text, view);
  ASSERT_EQ(a.valid, b.valid) << "template:\n" << text << "\nview: " << view.dump();
  ASSERT_EQ(a.error, b.error) << "template:\n" << text;
  ASSERT_EQ(a.output, b.output) << "template:\n" << text << "\nview: " << view.dump();
}

std::string render(const std::string& text, const json& view) { return ours(text, view).output; }

TEST(Mustache, EscapesPrintedTextUnlessTripleOrAmpersand) {
  const json view = {{"x", "<a href='/'>&\"</a>"}};
  EXPECT_EQ(render("{{x}}", view), "&lt;a href=&apos;/&apos;&gt;&amp;&quot;&lt;/a&gt;");
  EXPECT_EQ(render("{{{x}}}|{{& x}}", view), "<a href='/'>&\"</a>|<a href='/'>&\"</a>");
}

TEST(Mustache, EmptyTextAndNullAreFalseNumbersPrintAsJson) {
  const json view = {{"empty", ""}, {"none", nullptr}, {"zero", 0}, {"half", 0.5}, {"no", false}};
  EXPECT_EQ(render("{{#empty}}E{{/empty}}{{^empty}}e{{/empty}}{{#none}}N{{/none}}{{^none}}n{{/none}}", view), "en");
  EXPECT_EQ(render("{{#zero}}[{{zero}}]{{/zero}}{{half}}{{^no}}!{{/no}}", view), "[0]0.5!");
}

TEST(Mustache, EveryListAnswersHasAndAnExplicitHasWins) {
  EXPECT_EQ(render("{{#has_xs}}<ul>{{#xs}}<li>{{.}}</li>{{/xs}}</ul>{{/has_xs}}", {{"xs", {"a", "b"}}}),
            "<ul><li>a</li><li>b</li></ul>");
  EXPECT_EQ(render("{{#has_xs}}list{{/has_xs}}{{^has_xs}}none{{/has_xs}}", {{"xs", json::array()}}), "none");
  EXPECT_EQ(render("{{#has_xs}}yes{{/has_xs}}", {{"xs", json::array()}, {"has_xs", true}}), "yes");
}

TEST(Mustache, NamesResolveFromTheInnermostContextOutAndDottedNamesWhole) {
  const json view = {{"title", "outer"}, {"a", {{"b", {{"c", "deep"}}}}}, {"items", {{{"n", 1}}, {{"n", 2}, {"title", "inner"}}}}};
  EXPECT_EQ(render("{{#items}}{{n}}:{{title}} {{/items}}", view), "1:outer 2:inner ");
  EXPECT_EQ(render("{{a.b.c}}|{{#a}}{{b.c}}{{/a}}|{{a.x}}", view), "deep|deep|");
}

TEST(Mustache, ALineWithOnlyARenderedSectionTagIsDropped) {
  const json view = {{"on", true}, {"off", false}};
  EXPECT_EQ(render("<p>\n  {{#on}}\n  yes\n  {{/on}}\n</p>\n", view), "<p>\n  yes\n</p>\n");
  // As in kainjow, a section not rendered leaves its line's indentation behind.
  EXPECT_EQ(render("<p>\n  {{#off}}\n  yes\n  {{/off}}\n</p>\n", view), "<p>\n  \n</p>\n");
  EXPECT_EQ(render("a\r\n{{#on}}\r\nb\r\n{{/on}}\r\n", view), "a\r\nb\r\n");
}

TEST(Mustache, ReportsNamesPrintedButFoundNowhere) {
  mustache::Template t("{{title}} {{#opt}}{{inside}}{{/opt}} {{missing}} {{{raw_missing}}}");
  std::set<std::string> missing;
  std::string out;
  t.render({{"title", "T"}}, out, &missing);
  EXPECT_EQ(out, "T   ");
  EXPECT_EQ(missing, (std::set<std::string>{"missing", "raw_missing"}));
}

TEST(Mustache, GlobalsAnswerWhatTheViewLacksAsIfTheyWereInIt) {
  const json globals = {{"t", {{"title", "Công khai"}, {"more", "Xem thêm"}}}};
  const std::string text = "{{t.title}}{{#items}} {{n}}:{{t.more}}{{/items}}";
  const json view = {{"items", {{{"n", 1}}, {{"n", 2}}}}};
  mustache::Template t(text);
  std::string with_globals;
  t.render(view, with_globals, nullptr, &globals);
  json merged = view;
  merged["t"] = globals["t"];
  EXPECT_EQ(with_globals, render(text, merged));
  EXPECT_EQ(with_globals, "Công khai 1:Xem thêm 2:Xem thêm");
  std::string overridden;
  t.render({{"t", {{"title", "Riêng"}}}}, overridden, nullptr, &globals);
  EXPECT_EQ(overridden, "Riêng") << "the view's own t wins, whole";
}

TEST(Mustache, ParseErrorsNameTheTagAndItsPlace) {
  EXPECT_EQ(ours("a {{#x}} b", {}).error, "Unclosed section \"x\" at 2");
  EXPECT_EQ(ours("a {{/x}}", {}).error, "Unopened section \"x\" at 2");
  EXPECT_EQ(ours("{{#x}}{{/y}}", {}).error, "Unclosed section \"x\" at 0");
  EXPECT_EQ(ours("a {{x", {}).error, "Unclosed tag at 2");
  EXPECT_EQ(ours("{{=<% %>=}}<% x %>{{x}}", {{"x", "1"}}).output, "1{{x}}");
}

TEST(Mustache, InlinesPartialsRecursivelyAndDropsUnknownOnes) {
  const std::map<std::string, std::string> partials = {{"row", "<tr>{{> cell}}</tr>"}, {"cell", "<td>{{v}}</td>"},
                                                       {"self", "x{{> self}}"}};
  EXPECT_EQ(mustache::inline_partials("{{#rows}}{{> row}}{{/rows}}{{> nope}}", partials),
            "{{#rows}}<tr><td>{{v}}</td></tr>{{/rows}}");
  EXPECT_EQ(render(mustache::inline_partials("{{> self}}", partials), {}), std::string(17, 'x'));
}

// Random templates over a few names, with every kind of tag, blank and line end.
class RandomTemplates {
 public:
  explicit RandomTemplates(unsigned seed) : rng_(seed) {}

  std::string tmpl(int depth = 0) {
    std::string out;
    const int pieces = pick(8) + 1;
    for (int i = 0; i < pieces; ++i) {
      switch (pick(depth < 3 ? 16 : 12)) {
        case 0: out += "x"; break;
        case 1: out += " "; break;
        case 2: out += "\t"; break;
        case 3: out += "\n"; break;
        case 4: out += pick(2) ? "\r\n" : "\r"; break;
        case 5: out += "  "; break;
        case 6: out += "{{" + name() + "}}"; break;
        case 7: out += pick(2) ? "{{{" + name() + "}}}" : "{{& " + name() + "}}"; break;
        case 8: out += "{{! note }}"; break;
        case 9: out += "{{.}}"; break;
        case 10: out += malformed(); break;
        case 11: out += "<b>&</b>"; break;
        default: {
          const std::string n = name(), open = pick(3) ? "#" : "^";
          const std::string pad = pick(2) ? "\n" : "", indent = pick(2) ? "  " : "";
          out += indent + "{{" + open + n + "}}" + pad + tmpl(depth + 1) + indent + "{{/" + n + "}}" + pad;
        }
      }
    }
    return out;
  }

  json view(int depth = 0) {
    json o = json::object();
    const int keys = pick(5);
    for (int i = 0; i < keys; ++i) o[key()] = value(depth);
    return o;
  }

 private:
  int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng_); }
  std::string key() {
    static const char* keys[] = {"a", "b", "c", "list", "has_list", "has_a", ""};
    return keys[pick(7)];
  }
  std::string name() {
    static const char* names[] = {"a", "b", "c", "list", "has_list", "has_a", "has_b", "a.b", "a.list", "b.c.a",
                                  "missing", ".", "has_", "a.", " a "};
    return names[pick(15)];
  }
  std::string malformed() {
    switch (pick(6)) {
      case 0: return "{{/a}}";
      case 1: return "{{#a}}";
      case 2: return "{{a";
      case 3: return "{{=<% %>=}}<%a%>{{a}}<%={{ }}=%>";
      case 4: return "{{=| |=}}";
      default: return "}}";
    }
  }
  json value(int depth) {
    switch (pick(depth < 3 ? 12 : 9)) {
      case 0: return nullptr;
      case 1: return true;
      case 2: return false;
      case 3: return "";
      case 4: return "t<'&\">";
      case 5: return 0;
      case 6: return -3;
      case 7: return 1.25;
      case 8: return "v";
      case 9: return view(depth + 1);
      default: {
        json list = json::array();
        const int n = pick(4);
        for (int i = 0; i < n; ++i) list.push_back(pick(3) ? view(depth + 1) : value(depth + 1));
        return list;
      }
    }
  }
  std::mt19937 rng_;
};

TEST(Mustache, SameAsKainjowOnRandomTemplatesAndViews) {
  RandomTemplates random(20261201);
  for (int i = 0; i < 4000; ++i) {
    const std::string text = random.tmpl();
    for (int v = 0; v < 3; ++v) expect_same(text, random.view());
  }
}

// A view for a theme page: every name the templates use, at random depths, with
// random values, lists of such objects among them.
json theme_view(const std::vector<std::string>& names, std::mt19937& rng, int depth = 0) {
  auto pick = [&rng](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };
  json o = json::object();
  for (const auto& n : names) {
    if (pick(3) == 0) continue;
    switch (pick(depth < 2 ? 8 : 6)) {
      case 0: o[n] = ""; break;
      case 1: o[n] = pick(2) == 1; break;
      case 2: o[n] = pick(100); break;
      case 3: o[n] = nullptr; break;
      case 4:
      case 5: o[n] = n + " <&> “văn bản”"; break;
      case 6: o[n] = theme_view(names, rng, depth + 1); break;
      default: {
        json list = json::array();
        for (int i = pick(3); i > 0; --i) list.push_back(theme_view(names, rng, depth + 1));
        o[n] = list;
      }
    }
  }
  return o;
}

TEST(Mustache, SameAsKainjowOnTheDefaultThemesPages) {
  Diagnostics diags;
  const Theme theme = load_theme({}, diags);
  ASSERT_FALSE(theme.pages.empty());
  std::mt19937 rng(7);
  static const std::regex tag(R"(\{\{\{?\s*[#^&/]?\s*([A-Za-z0-9_]+))");
  for (const auto& [name, text] : theme.pages) {
    const std::string page = mustache::inline_partials(text, theme.partials);
    std::set<std::string> unique;
    for (auto it = std::sregex_iterator(page.begin(), page.end(), tag); it != std::sregex_iterator(); ++it)
      unique.insert((*it)[1].str());
    const std::vector<std::string> names(unique.begin(), unique.end());
    for (int i = 0; i < 25; ++i) {
      SCOPED_TRACE(name);
      expect_same(page, theme_view(names, rng));
    }
  }
}

}  // namespace
}  // namespace ck
