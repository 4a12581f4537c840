// UTF-8 validation (RFC 3629 / Unicode Table 3-7) with an ASCII fast path sixteen bytes
// at a time (SSE2, on every x86-64), else eight: news text is mostly ASCII, so most words
// cost one load and one mask.
#include "text/utf8.h"

#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace claimcheck::internal {
namespace {

constexpr uint64_t kHighBits = 0x8080808080808080ull;

bool Fail(size_t offset, const char* what, Utf8Error* error) {
  if (error != nullptr) {
    error->offset = offset;
    error->what = what;
  }
  return false;
}

bool IsCont(unsigned char c) { return (c & 0xC0) == 0x80; }

}  // namespace

bool ValidateUtf8(std::string_view text, Utf8Error* error) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    // Skip ASCII in blocks; most real text never leaves these loops for long.
#if defined(__SSE2__)
    while (i + 16 <= n &&
           _mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i))) == 0) {
      i += 16;
    }
#endif
    while (i + 8 <= n) {
      uint64_t block;
      std::memcpy(&block, s + i, 8);
      if (block & kHighBits) break;
      i += 8;
    }
    if (i >= n) break;
    const unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    if (c < 0xC0) return Fail(i, "unexpected continuation byte", error);
    if (c < 0xC2) return Fail(i, "invalid lead byte", error);  // 0xC0/0xC1: always overlong
    if (c > 0xF4) return Fail(i, "invalid lead byte", error);
    const size_t len = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    // The second byte's range depends on the lead (Table 3-7): that is where overlong
    // forms, surrogates and code points past U+10FFFF show up.
    if (i + 1 >= n) return Fail(i, "truncated sequence", error);
    const unsigned char c1 = s[i + 1];
    if (!IsCont(c1)) return Fail(i, "truncated sequence", error);
    if (c == 0xE0 && c1 < 0xA0) return Fail(i, "overlong encoding", error);
    if (c == 0xED && c1 > 0x9F) return Fail(i, "surrogate code point", error);
    if (c == 0xF0 && c1 < 0x90) return Fail(i, "overlong encoding", error);
    if (c == 0xF4 && c1 > 0x8F) return Fail(i, "code point above U+10FFFF", error);
    for (size_t k = 2; k < len; ++k) {
      if (i + k >= n || !IsCont(s[i + k])) return Fail(i, "truncated sequence", error);
    }
    i += len;
  }
  return true;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

}  // namespace claimcheck::internal
