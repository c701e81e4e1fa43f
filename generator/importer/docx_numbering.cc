#include "importer/docx_numbering.h"

#include <algorithm>

#include "ooxml/xml_part.h"

namespace ck::importer {
namespace {

using ooxml::attribute;
using ooxml::child;
using ooxml::local_name;

std::string val(const pugi::xml_node& n) { return n ? attribute(n, "val").value() : ""; }

int int_val(const pugi::xml_node& n, int fallback) { return ooxml::attribute_int(n, "val", fallback); }

constexpr int kMaxLevels = 9;

std::string roman(int n) {
  static const std::pair<int, const char*> kParts[] = {
      {1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"},
      {40, "XL"},  {10, "X"},   {9, "IX"},  {5, "V"},    {4, "IV"},  {1, "I"}};
  std::string out;
  for (auto [value, text] : kParts)
    while (n >= value && out.size() < 20) {
      out += text;
      n -= value;
    }
  return out;
}

std::string lower_ascii(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

}  // namespace

std::string format_number(int n, const std::string& fmt) {
  if (n < 0) n = 0;
  if (fmt == "upperRoman") return roman(n);
  if (fmt == "lowerRoman") return lower_ascii(roman(n));
  if (fmt == "lowerLetter" || fmt == "upperLetter") {
    if (n < 1) return "";
    char base = fmt == "lowerLetter" ? 'a' : 'A';
    return std::string(static_cast<size_t>(std::min((n - 1) / 26 + 1, 20)),
                       static_cast<char>(base + (n - 1) % 26));
  }
  if (fmt == "decimalZero" && n < 10) return "0" + std::to_string(n);
  return std::to_string(n);
}

std::map<std::string, DocxStyle> read_docx_styles(const pugi::xml_node& root) {
  struct Raw {
    DocxStyle style;
    std::string based_on;
    bool own_heading = false, own_numbering = false;
  };
  std::map<std::string, Raw> raw;
  for (pugi::xml_node s : root.children()) {
    if (local_name(s) != "style" || std::string_view(attribute(s, "type").value()) != "paragraph") continue;
    Raw r;
    r.based_on = val(child(s, "basedOn"));
    std::string name = lower_ascii(val(child(s, "name")));
    pugi::xml_node ppr = child(s, "pPr");
    if (pugi::xml_node outline = child(ppr, "outlineLvl")) {
      int lvl = int_val(outline, 9);
      if (lvl < kMaxLevels) r.style.heading = lvl + 1, r.own_heading = true;
    } else if (name.rfind("heading ", 0) == 0 && name.size() == 9 && name[8] >= '1' && name[8] <= '9') {
      r.style.heading = name[8] - '0';
      r.own_heading = true;
    }
    if (pugi::xml_node num = child(ppr, "numPr")) {
      r.style.num_id = val(child(num, "numId"));
      r.style.num_level = std::clamp(int_val(child(num, "ilvl"), 0), 0, kMaxLevels - 1);
      r.style.has_numbering = true;
      r.own_numbering = true;
    }
    raw[attribute(s, "styleId").value()] = r;
  }
  std::map<std::string, DocxStyle> out;
  for (auto& [id, r] : raw) {
    DocxStyle s = r.style;
    bool heading = r.own_heading, numbering = r.own_numbering;
    std::string base = r.based_on;
    for (int depth = 0; depth < 20 && !base.empty() && (!heading || !numbering); ++depth) {
      auto it = raw.find(base);
      if (it == raw.end()) break;
      if (!heading && it->second.own_heading) s.heading = it->second.style.heading, heading = true;
      if (!numbering && it->second.own_numbering) {
        s.num_id = it->second.style.num_id;
        s.num_level = it->second.style.num_level;
        s.has_numbering = numbering = true;
      }
      base = it->second.based_on;
    }
    out[id] = s;
  }
  return out;
}

DocxNumbering::DocxNumbering(const pugi::xml_node& root) {
  for (pugi::xml_node n : root.children()) {
    if (local_name(n) == "abstractNum") {
      List list;
      list.levels.resize(kMaxLevels);
      for (pugi::xml_node lvl : n.children()) {
        if (local_name(lvl) != "lvl") continue;
        std::string ilvl = attribute(lvl, "ilvl").value();
        if (ilvl.size() != 1 || ilvl[0] < '0' || ilvl[0] > '8') continue;
        int i = ilvl[0] - '0';
        Level& l = list.levels[static_cast<size_t>(i)];
        l.start = int_val(child(lvl, "start"), 1);
        if (pugi::xml_node f = child(lvl, "numFmt")) l.format = val(f);
        if (pugi::xml_node t = child(lvl, "lvlText")) l.text = val(t);
        if (pugi::xml_node r = child(lvl, "lvlRestart")) l.restart = std::clamp(int_val(r, -1), -1, kMaxLevels);
      }
      abstract_[attribute(n, "abstractNumId").value()] = std::move(list);
    } else if (local_name(n) == "num") {
      std::string id = attribute(n, "numId").value();
      num_to_abstract_[id] = val(child(n, "abstractNumId"));
      for (pugi::xml_node o : n.children()) {
        if (local_name(o) != "lvlOverride") continue;
        std::string ilvl = attribute(o, "ilvl").value();
        if (pugi::xml_node s = child(o, "startOverride");
            s && ilvl.size() == 1 && ilvl[0] >= '0' && ilvl[0] <= '8')
          start_override_[id][ilvl[0] - '0'] = int_val(s, 1);
      }
    }
  }
}

std::string DocxNumbering::next(const std::string& num_id, int level) {
  auto a = num_to_abstract_.find(num_id);
  if (a == num_to_abstract_.end()) return "";
  auto list = abstract_.find(a->second);
  if (list == abstract_.end() || level < 0 || level >= kMaxLevels) return "";
  const Level& l = list->second.levels[static_cast<size_t>(level)];
  if (l.format == "none") return "";
  if (l.format == "bullet") {
    std::string t = l.text;
    if (t == "-" || t == "+") return t;
    if (t == "–" || t == "—") return "-";
    return level == 0 ? "-" : "+";
  }
  // A num with a start override is a restarted list: it counts on its own.
  auto override = start_override_.find(num_id);
  std::string key = override != start_override_.end() ? "num:" + num_id : a->second;
  std::vector<int>& counters = counters_[key];
  if (counters.empty()) counters.assign(kMaxLevels, 0);
  for (int k = 0; k < kMaxLevels; ++k) {
    int start = list->second.levels[static_cast<size_t>(k)].start;
    if (override != start_override_.end() && override->second.count(k)) start = override->second.at(k);
    if (k == level)
      counters[static_cast<size_t>(k)] =
          counters[static_cast<size_t>(k)] == 0 ? start : counters[static_cast<size_t>(k)] + 1;
    // Lower levels restart, unless lvlRestart says after which levels only (0: never).
    int restart = list->second.levels[static_cast<size_t>(k)].restart;
    if (k > level && (restart < 0 || (restart > 0 && level <= restart - 1))) counters[static_cast<size_t>(k)] = 0;
  }
  std::string out;
  const std::string& t = l.text;
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i] == '%' && i + 1 < t.size() && t[i + 1] >= '1' && t[i + 1] <= '9') {
      int k = t[i + 1] - '1';
      int value = counters[static_cast<size_t>(k)];
      const Level& lk = list->second.levels[static_cast<size_t>(k)];
      if (value == 0) value = lk.start;
      out += format_number(value, k == level ? l.format : lk.format);
      ++i;
    } else {
      out.push_back(t[i]);
    }
  }
  return out;
}

}  // namespace ck::importer
