// What a code point is to the tokenizer and segmenter: letter, digit, space, hyphen...
// ASCII answers from a table; the rest from utf8proc's property tables.
#ifndef CLAIMCHECK_TEXT_CHAR_CLASS_H_
#define CLAIMCHECK_TEXT_CHAR_CLASS_H_

#include <array>
#include <cstdint>

namespace claimcheck::internal {

enum class CharClass : uint8_t {
  kOther,       // punctuation and symbols we drop
  kSpace,       // white space that does not end a line (incl. NBSP, thin spaces)
  kLineBreak,   // LF, CR, VT, FF, NEL, U+2028, U+2029
  kUpper,       // Lu, Lt
  kLower,       // Ll and other letters (Lm, Lo)
  kDigit,       // Nd, Nl, No
  kMark,        // Mn, Mc, Me: continue the word they follow
  kJoiner,      // soft hyphen, ZWJ, ZWNJ, word joiner: inside a word, invisible
  kHyphen,      // -, U+2010, U+2011, U+2012, U+2013, U+2212, small/full-width hyphen-minus
  kDash,        // U+2014, U+2015: punctuation, splits words without making a compound
  kApostrophe,  // ', U+2019, U+02BC, U+FF07
  kSymbol,      // currency (Sc) and percent-like signs: kept as tokens
  kIdeograph,   // Han, Hiragana, Katakana: scripts written without spaces, one token each
};

// The class of any code point.
CharClass ClassifyCodePoint(char32_t cp);

namespace char_class_detail {
constexpr std::array<CharClass, 128> MakeAsciiTable() {
  std::array<CharClass, 128> t{};
  for (int c = 0; c < 128; ++c) {
    CharClass k = CharClass::kOther;
    if (c >= 'A' && c <= 'Z') k = CharClass::kUpper;
    else if (c >= 'a' && c <= 'z') k = CharClass::kLower;
    else if (c >= '0' && c <= '9') k = CharClass::kDigit;
    else if (c == ' ' || c == '\t') k = CharClass::kSpace;
    else if (c == '\n' || c == '\r' || c == '\v' || c == '\f') k = CharClass::kLineBreak;
    else if (c == '-') k = CharClass::kHyphen;
    else if (c == '\'') k = CharClass::kApostrophe;
    else if (c == '$' || c == '%') k = CharClass::kSymbol;
    t[c] = k;
  }
  return t;
}
inline constexpr std::array<CharClass, 128> kAsciiClass = MakeAsciiTable();
}  // namespace char_class_detail

// The class of an ASCII byte (c < 0x80), from a table (inline: the tokenizer's hot loop).
constexpr CharClass ClassifyAscii(unsigned char c) {
  return char_class_detail::kAsciiClass[c & 0x7F];
}

inline bool IsLetterClass(CharClass c) {
  return c == CharClass::kUpper || c == CharClass::kLower;
}
inline bool IsWordClass(CharClass c) {
  return c == CharClass::kUpper || c == CharClass::kLower || c == CharClass::kDigit ||
         c == CharClass::kMark;
}
inline bool IsIdeographCodePoint(char32_t cp) {
  return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x31F0 && cp <= 0x31FF) ||
         (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF66 && cp <= 0xFF9F) ||
         (cp >= 0x20000 && cp <= 0x3134F);
}
inline bool IsSpaceClass(CharClass c) {
  return c == CharClass::kSpace || c == CharClass::kLineBreak;
}

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_TEXT_CHAR_CLASS_H_
