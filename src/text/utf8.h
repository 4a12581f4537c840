// UTF-8 validation that names the first bad byte, and small code-point helpers.
#ifndef CLAIMCHECK_TEXT_UTF8_H_
#define CLAIMCHECK_TEXT_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace claimcheck::internal {

struct Utf8Error {
  size_t offset = 0;         // byte offset of the first byte of the bad sequence
  const char* what = "";     // e.g. "overlong encoding", "surrogate code point",
                             // "truncated sequence", "unexpected continuation byte",
                             // "code point above U+10FFFF", "invalid lead byte"
};

// True when `text` is well-formed UTF-8 (RFC 3629). Otherwise fills *error.
[[nodiscard]] bool ValidateUtf8(std::string_view text, Utf8Error* error);

// Decodes the code point at text[pos] of text known to be valid UTF-8 and sets *len to
// its byte length. Past the end it returns 0 with *len = 0.
inline char32_t DecodeUtf8At(std::string_view text, size_t pos, int* len) {
  if (pos >= text.size()) {
    *len = 0;
    return 0;
  }
  const auto* p = reinterpret_cast<const unsigned char*>(text.data()) + pos;
  const size_t left = text.size() - pos;
  unsigned char c = p[0];
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  // Defensive against a truncated tail even though callers validated first.
  if (c < 0xE0 && left >= 2) {
    *len = 2;
    return ((c & 0x1Fu) << 6) | (p[1] & 0x3Fu);
  }
  if (c < 0xF0 && left >= 3) {
    *len = 3;
    return ((c & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
  }
  if (left >= 4) {
    *len = 4;
    return ((c & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) |
           (p[3] & 0x3Fu);
  }
  *len = 1;
  return 0xFFFD;
}

// The start of the code point that ends just before text[pos] (pos > 0).
inline size_t PrevCodePointStart(std::string_view text, size_t pos) {
  size_t p = pos - 1;
  while (p > 0 && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) --p;
  return p;
}

// Appends the UTF-8 encoding of `cp` to *out.
void AppendUtf8(char32_t cp, std::string* out);

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_TEXT_UTF8_H_
