// A loaded commune and the messages its loading gave, as bytes and back: what
// the load cache (load/commune_cache.h) keeps, so a rebuild does not parse and
// validate again the communes whose files did not change.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "model/model.h"
#include "util/diagnostic.h"

namespace ck {

std::string encode_commune(const Commune& commune, const Diagnostics& diags);

// Nullopt when `bytes` are not exactly what encode_commune made (truncated,
// damaged, another layout): the caller loads the commune from its files.
struct DecodedCommune {
  Commune commune;
  Diagnostics diags;
};
std::optional<DecodedCommune> decode_commune(std::string_view bytes);

}  // namespace ck
