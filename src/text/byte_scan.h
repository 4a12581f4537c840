// Passing over the bytes of words and the spaces between them (ASCII letters, digits and
// the space), at which no line-break or sentence rule ever stops: the segmentation's
// byte loops call this to reach the next byte they have to look at, sixteen bytes a step
// where SSE2 is there (every x86-64), instead of one table load per byte.
#ifndef CLAIMCHECK_TEXT_BYTE_SCAN_H_
#define CLAIMCHECK_TEXT_BYTE_SCAN_H_

#include <cstddef>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace claimcheck::internal {

inline bool IsWordOrSpaceByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == ' ';
}

// The first position in [i, end) of s whose byte is not an ASCII letter, digit or space;
// `end` when there is none.
inline size_t SkipWordBytes(const unsigned char* s, size_t i, size_t end) {
#if defined(__SSE2__)
  // Signed byte compares: a byte of 0x80 or more is negative and in none of the ranges.
  const __m128i case_bit = _mm_set1_epi8(0x20);
  const __m128i before_a = _mm_set1_epi8('a' - 1), after_z = _mm_set1_epi8('z' + 1);
  const __m128i before_0 = _mm_set1_epi8('0' - 1), after_9 = _mm_set1_epi8('9' + 1);
  const __m128i space = _mm_set1_epi8(' ');
  constexpr int kAll = 0xFFFF;
  while (i + 16 <= end) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    // Setting the case bit maps exactly the capitals onto the lowercase letters.
    const __m128i folded = _mm_or_si128(v, case_bit);
    const __m128i letter =
        _mm_and_si128(_mm_cmpgt_epi8(folded, before_a), _mm_cmplt_epi8(folded, after_z));
    const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, before_0), _mm_cmplt_epi8(v, after_9));
    const __m128i word = _mm_or_si128(_mm_or_si128(letter, digit), _mm_cmpeq_epi8(v, space));
    const int mask = _mm_movemask_epi8(word);
    if (mask != kAll) return i + static_cast<size_t>(__builtin_ctz(~mask & kAll));
    i += 16;
  }
#endif
  while (i < end && IsWordOrSpaceByte(s[i])) ++i;
  return i;
}

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_TEXT_BYTE_SCAN_H_
