// UTF-8 validation that names the first bad byte, and small code-point helpers.
#ifndef CLAIMCHECK_TEXT_UTF8_H_
#define CLAIMCHECK_TEXT_UTF8_H_

#include <cstddef>
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

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_TEXT_UTF8_H_
