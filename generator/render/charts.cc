#include "render/charts.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "util/text.h"

namespace ck::charts {
namespace {

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  std::string s = buf;
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  return s;
}

std::string open_svg(const std::string& id, int width, int height, const std::string& title, const std::string& desc,
                     const std::string& cls) {
  return "<svg class=\"chart " + cls + "\" viewBox=\"0 0 " + std::to_string(width) + " " + std::to_string(height) +
         "\" role=\"img\" aria-labelledby=\"" + id + "t " + id + "d\" xmlns=\"http://www.w3.org/2000/svg\">" +
         "<title id=\"" + id + "t\">" + html_escape(title) + "</title><desc id=\"" + id + "d\">" + html_escape(desc) +
         "</desc>";
}

}  // namespace

std::string stacked_bars(const std::string& id, const std::string& title, const std::string& desc, const std::vector<BarRow>& rows) {
  const int label_w = 0, bar_w = 600, row_h = 34, top = 4;
  int height = top + static_cast<int>(rows.size()) * row_h + 4;
  std::string svg = open_svg(id, label_w + bar_w, height, title, desc, "chart-bars");
  int y = top;
  for (const auto& row : rows) {
    int total = 0;
    for (const auto& s : row.segments) total += s.count;
    svg += "<text class=\"chart-label\" x=\"0\" y=\"" + std::to_string(y + 11) + "\">" + html_escape(row.label) + "</text>";
    double x = 0;
    for (const auto& s : row.segments) {
      if (s.count == 0 || total == 0) continue;
      double w = bar_w * static_cast<double>(s.count) / total;
      svg += "<rect class=\"seg seg-" + s.key + "\" x=\"" + num(x) + "\" y=\"" + std::to_string(y + 15) + "\" width=\"" +
             num(w) + "\" height=\"14\"><title>" + html_escape(s.label) + ": " + std::to_string(s.count) + "</title></rect>";
      x += w;
    }
    y += row_h;
  }
  return svg + "</svg>";
}

std::string year_timeline(const std::string& id, const std::string& title, const std::string& desc, int year, const std::vector<MonthCount>& months,
                          int current_month) {
  const int col_w = 50, chart_h = 120, base = 140, width = col_w * 12;
  int peak = 1;
  for (const auto& m : months) peak = std::max(peak, m.due);
  std::string svg = open_svg(id, width, base + 24, title, desc, "chart-timeline");
  for (int i = 0; i < 12 && i < static_cast<int>(months.size()); ++i) {
    int x = i * col_w;
    if (i + 1 == current_month)
      svg += "<rect class=\"now\" x=\"" + std::to_string(x) + "\" y=\"0\" width=\"" + std::to_string(col_w) + "\" height=\"" +
             std::to_string(base) + "\"/>";
    const auto& m = months[static_cast<size_t>(i)];
    int h = m.due * chart_h / peak;
    int hm = m.marked * chart_h / peak;
    if (m.due > 0) {
      svg += "<rect class=\"due\" x=\"" + std::to_string(x + 10) + "\" y=\"" + std::to_string(base - h) + "\" width=\"" +
             std::to_string(col_w - 20) + "\" height=\"" + std::to_string(h) + "\"/>";
      if (hm > 0)
        svg += "<rect class=\"late\" x=\"" + std::to_string(x + 10) + "\" y=\"" + std::to_string(base - hm) + "\" width=\"" +
               std::to_string(col_w - 20) + "\" height=\"" + std::to_string(hm) + "\"/>";
      svg += "<text class=\"chart-value\" x=\"" + std::to_string(x + col_w / 2) + "\" y=\"" + std::to_string(base - h - 4) +
             "\" text-anchor=\"middle\">" + std::to_string(m.due) + (m.marked ? " (" + std::to_string(m.marked) + "!)" : "") +
             "</text>";
    }
    svg += "<text class=\"chart-label\" x=\"" + std::to_string(x + col_w / 2) + "\" y=\"" + std::to_string(base + 16) +
           "\" text-anchor=\"middle\">T" + std::to_string(i + 1) + "</text>";
  }
  svg += "<line class=\"axis\" x1=\"0\" x2=\"" + std::to_string(width) + "\" y1=\"" + std::to_string(base) + "\" y2=\"" +
         std::to_string(base) + "\"/>";
  (void)year;
  return svg + "</svg>";
}

std::string measure_line(const std::string& id, const std::string& title, const std::string& desc, double target, const std::vector<Point>& points,
                         const std::string& unit) {
  const int width = 600, height = 170, left = 44, right = 12, top = 22, bottom = 28;
  double lo = target, hi = target;
  for (const auto& p : points) {
    lo = std::min(lo, p.value);
    hi = std::max(hi, p.value);
  }
  double pad = std::max(1.0, (hi - lo) * 0.15);
  lo = std::floor(lo - pad);
  hi = std::ceil(hi + pad);
  auto y_of = [&](double v) { return top + (height - top - bottom) * (hi - v) / (hi - lo); };
  size_t n = points.size();
  auto x_of = [&](size_t i) { return n <= 1 ? (left + width - right) / 2.0 : left + (width - left - right) * static_cast<double>(i) / (n - 1); };
  std::string svg = open_svg(id, width, height, title, desc, "chart-measure");
  svg += "<line class=\"target\" x1=\"" + num(left) + "\" x2=\"" + num(width - right) + "\" y1=\"" + num(y_of(target)) +
         "\" y2=\"" + num(y_of(target)) + "\"/>";
  svg += "<text class=\"chart-label\" x=\"2\" y=\"" + num(y_of(target) + 4) + "\">" + num(target) + html_escape(unit) + "</text>";
  std::string path;
  for (size_t i = 0; i < n; ++i) path += (i ? " L" : "M") + num(x_of(i)) + " " + num(y_of(points[i].value));
  if (n > 1) svg += "<path class=\"measure\" d=\"" + path + "\"/>";
  for (size_t i = 0; i < n; ++i) {
    // End labels hug the edges so they are never clipped.
    std::string anchor = n > 1 && i == 0 ? "start" : (n > 1 && i + 1 == n ? "end" : "middle");
    double lx = n > 1 && i == 0 ? x_of(i) - 4 : (n > 1 && i + 1 == n ? x_of(i) + 4 : x_of(i));
    svg += "<circle class=\"point\" cx=\"" + num(x_of(i)) + "\" cy=\"" + num(y_of(points[i].value)) + "\" r=\"4\"/>";
    svg += "<text class=\"chart-value\" x=\"" + num(lx) + "\" y=\"" + num(y_of(points[i].value) - 8) + "\" text-anchor=\"" +
           anchor + "\">" + num(points[i].value) + html_escape(unit) + "</text>";
    svg += "<text class=\"chart-label\" x=\"" + num(lx) + "\" y=\"" + num(height - 8.0) + "\" text-anchor=\"" + anchor + "\">" +
           html_escape(points[i].label) + "</text>";
  }
  return svg + "</svg>";
}

}  // namespace ck::charts
