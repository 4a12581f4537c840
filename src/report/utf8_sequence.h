// One UTF-8 sequence at a time, for the writers that must never pass an invalid byte on
// (JSON, terminal, HTML), even when a caller's string is not valid UTF-8.
#ifndef CLAIMCHECK_REPORT_UTF8_SEQUENCE_H_
#define CLAIMCHECK_REPORT_UTF8_SEQUENCE_H_

#include <cstddef>

namespace claimcheck::internal {

// Length (1..4) of the well-formed UTF-8 sequence starting at p (p < end), or 0 when the
// bytes there are not one (RFC 3629: no overlongs, surrogates or code points past U+10FFFF).
inline size_t Utf8SequenceLength(const unsigned char* p, const unsigned char* end) {
  const unsigned c = p[0];
  const size_t avail = static_cast<size_t>(end - p);
  auto cont = [&](size_t i) { return i < avail && (p[i] & 0xC0) == 0x80; };
  if (c < 0x80) return 1;
  if (c < 0xC2) return 0;
  if (c < 0xE0) return cont(1) ? 2 : 0;
  if (c < 0xF0) {
    if (!cont(1) || !cont(2)) return 0;
    if (c == 0xE0 && p[1] < 0xA0) return 0;   // overlong
    if (c == 0xED && p[1] >= 0xA0) return 0;  // UTF-16 surrogate
    return 3;
  }
  if (c < 0xF5) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    if (c == 0xF0 && p[1] < 0x90) return 0;   // overlong
    if (c == 0xF4 && p[1] >= 0x90) return 0;  // past U+10FFFF
    return 4;
  }
  return 0;
}

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_REPORT_UTF8_SEQUENCE_H_
