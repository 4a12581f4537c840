// Gap classification over original UTF-8 bytes: ASCII by table, the few multi-byte
// dashes, quotes and spaces that news text uses by their encodings.
#include "facts/token_view.h"

namespace claimcheck::internal {
namespace {

uint32_t ClassifyAscii(char c) {
  switch (c) {
    case ' ':
    case '\t':
      return kGapSpace;
    case '\n':
    case '\r':
      return kGapNewline;
    case '-':
      return kGapDash;
    case ',':
      return kGapComma;
    case '.':
    case '!':
    case '?':
      return kGapStop;
    case ':':
    case ';':
      return kGapColon;
    case '(':
    case '[':
    case '{':
      return kGapOpen;
    case ')':
    case ']':
    case '}':
      return kGapClose;
    case '"':
    case '\'':
    case '`':
      return kGapQuote;
    case '/':
      return kGapSlash;
    default:
      return kGapOther;
  }
}

}  // namespace

uint32_t ClassifyGap(std::string_view gap) {
  uint32_t flags = 0;
  for (size_t i = 0; i < gap.size();) {
    unsigned char c = static_cast<unsigned char>(gap[i]);
    if (c < 0x80) {
      flags |= ClassifyAscii(static_cast<char>(c));
      ++i;
      continue;
    }
    size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (i + len > gap.size()) len = gap.size() - i;
    unsigned char c1 = len > 1 ? static_cast<unsigned char>(gap[i + 1]) : 0;
    unsigned char c2 = len > 2 ? static_cast<unsigned char>(gap[i + 2]) : 0;
    if (len == 2 && c == 0xC2 && c1 == 0xA0) {
      flags |= kGapSpace;  // NBSP
    } else if (len == 3 && c == 0xE2 && c1 == 0x80) {
      if (c2 >= 0x90 && c2 <= 0x95) {
        flags |= kGapDash;  // U+2010..U+2015
      } else if (c2 >= 0x98 && c2 <= 0x9F) {
        flags |= kGapQuote;  // U+2018..U+201F
      } else if (c2 == 0xA8 || c2 == 0xA9) {
        flags |= kGapNewline;  // U+2028, U+2029
      } else if (c2 <= 0x8B || c2 == 0xAF) {
        flags |= kGapSpace;  // U+2000..U+200B, U+202F
      } else if (c2 == 0xA6) {
        flags |= kGapStop;  // U+2026 ellipsis
      } else {
        flags |= kGapOther;
      }
    } else if (len == 3 && c == 0xE2 && c1 == 0x88 && c2 == 0x92) {
      flags |= kGapDash;  // U+2212 minus
    } else if (len == 3 && c == 0xE3 && c1 == 0x80 && c2 == 0x82) {
      flags |= kGapStop;  // U+3002 ideographic full stop
    } else {
      flags |= kGapOther;
    }
    i += len;
  }
  return flags;
}

uint32_t TokenView::GapBeforeAny(uint32_t i) const {
  if (i <= begin_) return 0;
  const uint32_t gap_begin = tokens_[i - 1].end, gap_end = tokens_[i].begin;
  // Told without the call for one space (after punctuation, which GapBefore leaves here).
  uint32_t flags =
      OneSpace(i) ? kGapSpace : ClassifyGap(text_.substr(gap_begin, gap_end - gap_begin));
  // A punctuation token counts as gap text, with what stands before it.
  if (IsPunct(i - 1)) {
    flags |= ClassifyGap(original(i - 1));
    if (i - 1 > begin_) {
      flags |= ClassifyGap(
          text_.substr(tokens_[i - 2].end, tokens_[i - 1].begin - tokens_[i - 2].end));
    }
  }
  return flags;
}

bool TokenView::SentenceStart(uint32_t i) const {
  if (i <= begin_) return true;
  return (GapBefore(i) & kGapSentenceEnd) != 0;
}

}  // namespace claimcheck::internal
