// SHA-256 from OpenSSL's libcrypto: the manifest's file hashes, the fingerprints of
// the sources an incremental build compares (cli/page_fingerprints.h) and the
// name-based ids of feeds and entries.
#pragma once
#include <array>
#include <string>
#include <string_view>

namespace ck {

std::array<unsigned char, 32> sha256(std::string_view data);
std::string sha256_hex(std::string_view data);  // 64 lowercase hex digits

// A name-based UUID (RFC 9562 version 8, from SHA-256 as in its appendix
// B.2) as "urn:uuid:…": the same name always gives the same id.
std::string uuid_urn(std::string_view name);

}  // namespace ck
