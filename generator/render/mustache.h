// A Mustache template compiled once and rendered straight from a JSON view.
//
// It renders exactly what kainjow mustache 4 rendered from the same template and
// the view converted to kainjow's data (the conversion this project used before):
// empty strings and null are false, numbers print as JSON, every list `x` also
// answers `has_x`, a dotted name is tried whole against each context from the
// innermost out, and a line that held a rendered section tag and is otherwise
// blank is dropped. tests/render/mustache_test.cc pins this against kainjow on
// the theme's templates and on random templates and views. It exists because
// converting every view into kainjow's tree and rendering through its context
// stack was about half of a build.
#pragma once
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace ck::mustache {

// `text` with every {{> name}} replaced by that partial's text, recursively, so
// a page is parsed once with its partials. Same output as rendering a partial
// where it stands: in the same context and on the same line. An unknown partial
// is dropped; one nested more than 16 deep is left as a tag that renders nothing.
std::string inline_partials(const std::string& text, const std::map<std::string, std::string>& partials,
                            int depth = 0);

class Template {
 public:
  // Parses `text` (partials already inlined). A parse error leaves the template
  // invalid, with kainjow's message ("Unclosed section \"x\" at 12").
  explicit Template(const std::string& text);

  bool valid() const { return error_.empty(); }
  const std::string& error() const { return error_; }

  // Appends the rendering of `view` to `out`. Names the view lacks are looked
  // up in `globals` (an object, may be null) — the same as if its keys were in
  // the view, without copying them into every page's view. Names printed
  // ({{x}}, {{{x}}}) and found nowhere are added to `missing` when it is given.
  void render(const nlohmann::json& view, std::string& out, std::set<std::string>* missing = nullptr,
              const nlohmann::json* globals = nullptr) const;

 private:
  enum class Kind : std::uint8_t { text, newline, variable, raw, section, inverted, ignored };
  struct Node {
    Kind kind = Kind::text;
    std::string text;                // text, newline: the characters; tags: the name as written
    std::vector<std::string> parts;  // tags: the name split at dots (empty for ".")
    std::uint32_t end = 0;           // sections: index one past the section's last child
  };
  struct Renderer;

  std::vector<Node> nodes_;
  std::string error_;
};

}  // namespace ck::mustache
