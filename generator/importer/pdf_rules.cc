#include "importer/pdf_rules.h"

#include <algorithm>
#include <cmath>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

namespace ck::importer {

void find_rules(const poppler::page& page, PdfPage& out, double min_length, double min_height) {
  // 2 pixels a point: a 0.5 pt hairline still darkens a whole pixel row.
  constexpr double kScale = 2;
  poppler::page_renderer renderer;
  renderer.set_image_format(poppler::image::format_gray8);
  poppler::image img = renderer.render_page(&page, 72 * kScale, 72 * kScale);
  if (!img.is_valid()) return;
  const int w = img.width(), h = img.height(), stride = img.bytes_per_row();
  const auto* px = reinterpret_cast<const unsigned char*>(img.const_data());
  auto dark = [&](int x, int y) { return px[static_cast<long>(y) * stride + x] < 160; };

  const int min_run = static_cast<int>(min_length * kScale);
  int first = -1, last = -3;  // the pixel rows of the rule being gathered
  auto flush = [&] {
    if (first >= 0) out.rules.push_back((first + last + 1) / 2.0 / kScale);
    first = -1;
  };
  for (int y = 0; y < h; ++y) {
    bool ruled = false;
    for (int x = 0, run = 0; x < w && !ruled; ++x) {
      run = dark(x, y) ? run + 1 : 0;
      ruled = run >= min_run;
    }
    if (!ruled) continue;
    if (y > last + 2) flush();  // rows 1–2 pixels apart are one line drawn thick or antialiased
    if (first < 0) first = y;
    last = y;
  }
  flush();

  // Vertical runs, per pixel column; neighbouring columns' overlapping runs are one rule.
  const int min_tall = static_cast<int>(min_height * kScale);
  for (int x = 0; x < w; ++x)
    for (int y = 0; y < h;) {
      int end = y;
      while (end < h && dark(x, end)) ++end;
      if (end - y >= min_tall) {
        PdfVerticalRule r{(x + 0.5) / kScale, y / kScale, end / kScale};
        auto& v = out.vertical_rules;
        auto near = std::find_if(v.rbegin(), v.rend(), [&](const PdfVerticalRule& o) {
          return std::abs(o.x - r.x) <= 1.5 && o.y0 < r.y1 && r.y0 < o.y1;
        });
        if (near != v.rend()) {
          near->y0 = std::min(near->y0, r.y0), near->y1 = std::max(near->y1, r.y1);
        } else {
          v.push_back(r);
        }
      }
      y = end + 1;
    }
}

}  // namespace ck::importer
