// Stylesheets are served without their comments and layout whitespace: the
// theme's CSS stays readable in the repository while a citizen's phone
// downloads about a fifth less (the plan page's weight budget counts it).
#pragma once
#include <string>
#include <string_view>

namespace ck {

// Removes comments, collapses whitespace to one space, and drops the spaces
// around { } ; , > where CSS does not need them. Quoted strings are copied
// unchanged; spaces that may be significant (descendant selectors, values
// such as "0 auto", ":" before a pseudo-class) are kept.
std::string minify_css(std::string_view css);

}  // namespace ck
