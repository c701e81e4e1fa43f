// Parsing one XML part of a package with pugixml: malformed XML is a
// PackageError naming the file, the part and the byte offset. Namespace
// prefixes are kept as written (w:, x:, text:); callers match local names
// with local_name() so a package that uses other prefixes still reads.
#pragma once
#include <pugixml.hpp>
#include <string>
#include <string_view>

#include "ooxml/zip_archive.h"

namespace ck::ooxml {

// Parses `xml` (the bytes of `part` in `archive_name`) into `doc`.
void parse_xml(pugi::xml_document& doc, const std::string& xml, const std::string& archive_name,
               const std::string& part);

// "w:t" -> "t".
std::string_view local_name(const pugi::xml_node& node);
std::string_view local_name(const pugi::xml_attribute& attr);

// The first child / attribute with that local name (any prefix), or an empty handle.
pugi::xml_node child(const pugi::xml_node& node, std::string_view local);
pugi::xml_attribute attribute(const pugi::xml_node& node, std::string_view local);

// A non-negative whole number in attribute `local` (w:val="2", table:number-columns-spanned="3"):
// `fallback` when the node or attribute is absent, not all digits, or longer than `max_digits`
// (a corrupt or hostile document must not overflow or allocate by a huge count).
int attribute_int(const pugi::xml_node& node, std::string_view local, int fallback, size_t max_digits = 6);

}  // namespace ck::ooxml
