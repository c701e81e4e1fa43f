#include "render/qr_svg.h"

#include <qrencode.h>

#include <memory>

#include "util/text.h"

namespace ck {

std::optional<std::string> qr_svg(const std::string& text, const std::string& label) {
  std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
      QRcode_encodeString8bit(text.c_str(), 0, QR_ECLEVEL_M), &QRcode_free);
  if (!code) return std::nullopt;
  const int n = code->width, quiet = 4, size = n + 2 * quiet;
  // One path of unit squares: compact, and crisp at any print size.
  std::string path;
  for (int y = 0; y < n; ++y)
    for (int x = 0; x < n; ++x)
      if (code->data[y * n + x] & 1) path += "M" + std::to_string(x + quiet) + " " + std::to_string(y + quiet) + "h1v1h-1z";
  return "<svg class=\"qr\" viewBox=\"0 0 " + std::to_string(size) + " " + std::to_string(size) +
         "\" role=\"img\" aria-label=\"" + html_escape(label) +
         "\" xmlns=\"http://www.w3.org/2000/svg\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" "
         "fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
}

}  // namespace ck
