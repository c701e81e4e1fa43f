// Text for XML documents (feeds, sitemap): escaped, and without the control
// characters XML 1.0 does not allow (a commit message may carry them).
#pragma once
#include <string>
#include <string_view>

namespace ck {

std::string xml_text(std::string_view s);

}  // namespace ck
