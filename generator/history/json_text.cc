#include "history/json_text.h"

#include <algorithm>
#include <map>

namespace ck::history {

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

void append_utf8(std::string& out, unsigned cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace

std::string json_quote(std::string_view s) {
  std::string out = "\"";
  for (char ch : s) {
    unsigned char c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20) {
          static const char* hex = "0123456789abcdef";
          out += "\\u00";
          out += hex[c >> 4];
          out += hex[c & 15];
        } else {
          out += ch;
        }
    }
  }
  return out + "\"";
}

char JsonText::peek() {
  while (p_ < end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
  return p_ < end_ ? *p_ : 0;
}

bool JsonText::begin_object() {
  if (peek() != '{') return fail();
  ++p_;
  first_ = true;
  return true;
}

bool JsonText::next_key(std::string& key) {
  char c = peek();
  if (c == '}') return ++p_, first_ = false, false;
  if (!first_) {
    if (c != ',') return fail();
    ++p_;
  }
  first_ = false;
  key.clear();
  if (peek() != '"' || !string(key) || peek() != ':') return fail();
  ++p_;
  return true;
}

bool JsonText::begin_array() {
  if (peek() != '[') return fail();
  ++p_;
  first_ = true;
  return true;
}

bool JsonText::next_element() {
  char c = peek();
  if (c == ']') return ++p_, first_ = false, false;
  if (!first_) {
    if (c != ',') return fail();
    ++p_;
  }
  first_ = false;
  return ok_ && peek() != 0;
}

// Unescapes into `out`; the opening quote is at p_.
bool JsonText::string(std::string& out) {
  ++p_;
  for (;;) {
    const char* run = p_;
    while (p_ < end_ && *p_ != '"' && *p_ != '\\') ++p_;
    out.append(run, static_cast<size_t>(p_ - run));
    if (p_ >= end_) return fail();
    if (*p_++ == '"') return true;
    if (p_ >= end_) return fail();
    char e = *p_++;
    switch (e) {
      case 'b':
        out += '\b';
        break;
      case 'f':
        out += '\f';
        break;
      case 'n':
        out += '\n';
        break;
      case 'r':
        out += '\r';
        break;
      case 't':
        out += '\t';
        break;
      case 'u': {
        auto unit = [&](unsigned& v) {
          if (end_ - p_ < 4) return false;
          v = 0;
          for (int i = 0; i < 4; ++i) {
            int h = hex_value(*p_++);
            if (h < 0) return false;
            v = v * 16 + static_cast<unsigned>(h);
          }
          return true;
        };
        unsigned cp;
        if (!unit(cp)) return fail();
        if (cp >= 0xDC00 && cp <= 0xDFFF) return fail();  // a lone low surrogate
        if (cp >= 0xD800 && cp <= 0xDBFF) {
          unsigned low;
          if (end_ - p_ < 6 || p_[0] != '\\' || p_[1] != 'u') return fail();
          p_ += 2;
          if (!unit(low) || low < 0xDC00 || low > 0xDFFF) return fail();
          cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        }
        append_utf8(out, cp);
        break;
      }
      default:
        out += e;  // " \ /
    }
  }
}

std::string_view JsonText::scalar() {
  const char* start = p_;
  while (p_ < end_ && *p_ != ',' && *p_ != '}' && *p_ != ']' && *p_ != ' ' && *p_ != '\n' && *p_ != '\r' &&
         *p_ != '\t')
    ++p_;
  if (p_ == start) fail();
  return std::string_view(start, static_cast<size_t>(p_ - start));
}

std::string JsonText::display() {
  std::string out;
  switch (peek()) {
    case '"':
      string(out);
      return out;
    case '[':
      begin_array();
      while (ok_ && next_element()) {
        if (!out.empty()) out += "; ";
        out += display();
      }
      return out;
    case '{':
      return canonical();
    case 'n':
      scalar();
      return out;
    case 0:
      fail();
      return out;
    default:
      return std::string(scalar());
  }
}

std::string JsonText::canonical() {
  switch (peek()) {
    case '"': {
      std::string s;
      string(s);
      return json_quote(s);
    }
    case '[': {
      std::string out = "[";
      begin_array();
      for (bool first = true; ok_ && next_element(); first = false) {
        if (!first) out += ',';
        out += canonical();
      }
      return out + "]";
    }
    case '{': {
      std::map<std::string, std::string> members;  // sorted, the last of a repeated key wins
      begin_object();
      std::string key;
      while (ok_ && next_key(key)) members[key] = canonical();
      std::string out = "{";
      for (const auto& [k, v] : members) {
        if (out.size() > 1) out += ',';
        out += json_quote(k) + ":" + v;
      }
      return out + "}";
    }
    case 0:
      fail();
      return "";
    default:
      return std::string(scalar());
  }
}

void JsonText::skip() {
  switch (peek()) {
    case '"': {
      std::string ignored;
      string(ignored);
      return;
    }
    case '[':
      begin_array();
      while (ok_ && next_element()) skip();
      return;
    case '{': {
      begin_object();
      std::string key;
      while (ok_ && next_key(key)) skip();
      return;
    }
    case 0:
      fail();
      return;
    default:
      scalar();
  }
}

}  // namespace ck::history
