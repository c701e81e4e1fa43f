// The commune a plan belongs to, from the document's issuing body: "Ủy ban
// nhân dân xã Tiên Lãng" -> ten "Xã Tiên Lãng", loai "xa". Used by `import`
// to create content/<commune>/_index.md for a commune the portal does not have.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace ck::importer {

struct CommuneIdentity {
  std::string name;  // ten: "Xã Tiên Lãng", "Đặc khu Bạch Long Vĩ"
  std::string kind;  // loai: xa | phuong | dac_khu | thanh_pho
};

// nullopt when the issuer names no xã, phường, đặc khu or thành phố.
std::optional<CommuneIdentity> commune_from_issuer(std::string_view issuer);

// "xã", "xa", "Xã" -> "xa"; "đặc khu", "dac_khu", "dac-khu" -> "dac_khu"; "" when not a kind.
std::string commune_kind(std::string_view text);

// content/<commune>/_index.md for a new commune: the front matter and one
// paragraph saying where its first plan came from.
std::string write_commune_index(const CommuneIdentity& c, const std::string& parent,
                                const std::string& plan_title, const std::string& source_name);

}  // namespace ck::importer
