// Passing over the bytes of words and the spaces between them (ASCII letters, digits and
// the space), at which no line-break or sentence rule ever stops: the segmentation's
// byte loops call this to reach the next byte they have to look at, sixteen bytes a step
// where SSE2 is there (every x86-64), instead of one table load per byte. The tokenizer
// passes over a word's lowercase letters the same way.
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

#if defined(__SSE2__)
// 0xFF in each byte of v in [lo, hi] (ASCII bounds). Signed byte compares: a byte of
// 0x80 or more is negative and in no ASCII range.
inline __m128i BytesInRange(__m128i v, char lo, char hi) {
  return _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(static_cast<char>(lo - 1))),
                       _mm_cmplt_epi8(v, _mm_set1_epi8(static_cast<char>(hi + 1))));
}
#endif

// The first position in [i, end) of s whose byte is not an ASCII letter, digit or space;
// `end` when there is none.
inline size_t SkipWordBytes(const unsigned char* s, size_t i, size_t end) {
#if defined(__SSE2__)
  const __m128i case_bit = _mm_set1_epi8(0x20);
  const __m128i space = _mm_set1_epi8(' ');
  constexpr int kAll = 0xFFFF;
  while (i + 16 <= end) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    // Setting the case bit maps exactly the capitals onto the lowercase letters.
    const __m128i letter = BytesInRange(_mm_or_si128(v, case_bit), 'a', 'z');
    const __m128i digit = BytesInRange(v, '0', '9');
    const __m128i word = _mm_or_si128(_mm_or_si128(letter, digit), _mm_cmpeq_epi8(v, space));
    const int mask = _mm_movemask_epi8(word);
    if (mask != kAll) return i + static_cast<size_t>(__builtin_ctz(~mask & kAll));
    i += 16;
  }
#endif
  while (i < end && IsWordOrSpaceByte(s[i])) ++i;
  return i;
}

// The first position in [i, end) of s whose byte is not an ASCII lowercase letter: the
// end of the run of them that makes most of a word.
inline size_t SkipLowercaseBytes(const unsigned char* s, size_t i, size_t end) {
#if defined(__SSE2__)
  constexpr int kAll = 0xFFFF;
  while (i + 16 <= end) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    const int mask = _mm_movemask_epi8(BytesInRange(v, 'a', 'z'));
    if (mask != kAll) return i + static_cast<size_t>(__builtin_ctz(~mask & kAll));
    i += 16;
  }
#endif
  while (i < end && s[i] >= 'a' && s[i] <= 'z') ++i;
  return i;
}

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_TEXT_BYTE_SCAN_H_
