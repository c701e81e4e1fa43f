// `congkhai build --commune ID`: the portal cut down to one commune, for a
// standalone site hosted on that commune's own portal.
#pragma once
#include <optional>
#include <string_view>

#include "model/model.h"

namespace ck {

// Keeps commune `id` with all its plans and agencies, plus the plans it
// implements ("thuc_hien" naming a plan of this portal, e.g. the city plan)
// in their own communes, with those communes' agency registries; nothing else.
// A kept commune's parent is dropped when the parent itself is not kept, and
// "lich_su_rieng" keeps only the kept communes. nullopt when there is no
// commune `id`.
std::optional<Portal> scope_to_commune(const Portal& portal, std::string_view id);

}  // namespace ck
