// Code-point classes for the text stage. ASCII is a 128-entry table built at compile
// time; other code points go through utf8proc's category lookup plus a few overrides
// for the punctuation news text uses inside words (U+2019, U+2011, soft hyphen).
#include "text/char_class.h"

#include <utf8proc.h>

namespace claimcheck::internal {
CharClass ClassifyCodePoint(char32_t cp) {
  if (cp < 0x80) return ClassifyAscii(static_cast<unsigned char>(cp));
  switch (cp) {
    case 0x0085: case 0x2028: case 0x2029:
      return CharClass::kLineBreak;
    case 0x00A0: case 0x1680: case 0x202F: case 0x205F: case 0x3000: case 0x200B:
    case 0xFEFF:
      return CharClass::kSpace;
    case 0x00AD: case 0x200C: case 0x200D: case 0x2060:
      return CharClass::kJoiner;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2212: case 0xFE63:
    case 0xFF0D:
      return CharClass::kHyphen;
    case 0x2014: case 0x2015:
      return CharClass::kDash;
    case 0x2019: case 0x02BC: case 0xFF07:
      return CharClass::kApostrophe;
    case 0x2030: case 0x2031: case 0x066A: case 0xFE6A: case 0xFF05:
      return CharClass::kSymbol;
    default:
      break;
  }
  if (cp >= 0x2000 && cp <= 0x200A) return CharClass::kSpace;
  if (IsIdeographCodePoint(cp)) {
    // Marks and the prolonged sound mark inside these blocks stay what they are.
    const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
    if (cat == UTF8PROC_CATEGORY_LO || cat == UTF8PROC_CATEGORY_LM) return CharClass::kIdeograph;
  }
  if (cp > 0x10FFFF) return CharClass::kOther;
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT:
      return CharClass::kUpper;
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
      return CharClass::kLower;
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
      return CharClass::kDigit;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
      return CharClass::kMark;
    case UTF8PROC_CATEGORY_SC:
      return CharClass::kSymbol;
    case UTF8PROC_CATEGORY_ZS:
      return CharClass::kSpace;
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
      return CharClass::kLineBreak;
    default:
      return CharClass::kOther;
  }
}

}  // namespace claimcheck::internal
