// QR codes as inline SVG (libqrencode), for printed notices that lead a
// reader from the commune's notice board to the live page and its history.
#pragma once
#include <optional>
#include <string>

namespace ck {

// An SVG drawing of `text` as a QR code (error correction M), `label` as its
// accessible name; nullopt when the text cannot be encoded.
std::optional<std::string> qr_svg(const std::string& text, const std::string& label);

}  // namespace ck
