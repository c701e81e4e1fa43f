// Pictures made at build time as inline SVG: no chart library in the browser.
// Every chart has a <title> and <desc>, and its caller also renders the same
// numbers as a table, so screen readers and printouts get the data.
#pragma once
#include <string>
#include <vector>

namespace ck::charts {

// One horizontal bar per row, split into coloured segments.
struct Segment {
  std::string key;    // status group key, becomes a CSS class: seg-<key>
  std::string label;  // for the legend
  int count = 0;
};
struct BarRow {
  std::string label;
  std::vector<Segment> segments;
};
// `id` must be unique within the page (it names the title and desc elements).
std::string stacked_bars(const std::string& id, const std::string& title, const std::string& desc, const std::vector<BarRow>& rows);

// Tasks falling due in each month of a year; `marked` of them are overdue.
struct MonthCount {
  int due = 0;
  int marked = 0;
};
std::string year_timeline(const std::string& id, const std::string& title, const std::string& desc, int year,
                          const std::vector<MonthCount>& months /* 12 */, int current_month /* 0 = none */);

// Measured values over time against a target line.
struct Point {
  std::string label;  // "31/03/2026"
  double value = 0;
};
std::string measure_line(const std::string& id, const std::string& title, const std::string& desc, double target,
                         const std::vector<Point>& points, const std::string& unit);

}  // namespace ck::charts
