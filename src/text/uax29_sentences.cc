// UAX #29 sentence rules inside one line. Inside a line there is no paragraph separator,
// so a boundary can only follow a terminator run (SATerm Close* Sp*), and whether it
// does depends on the classes of a few code points around the run: one forward pass
// that stops only at terminators and non-ASCII code points, plus SB8's look-ahead,
// which stops at the next letter or terminator.
#include "text/uax29_sentences.h"

#include <array>

#include <unicode/uchar.h>

#include "text/byte_scan.h"
#include "text/utf8.h"

namespace claimcheck::internal {
namespace {

// Classes are ICU's USentenceBreak values, or one of these.
constexpr int kUnmodelled = -1;  // a code point the rules below do not handle
constexpr int kEnd = -2;         // past the end of the line

int Modelled(int sb) {
  switch (sb) {
    case U_SB_EXTEND:
    case U_SB_FORMAT:
    case U_SB_SEP:
    case U_SB_CR:
    case U_SB_LF:
      return kUnmodelled;
    default:
      return sb;
  }
}

struct ByteTables {
  // The classes of the ASCII code points, from ICU's own property data so they cannot
  // disagree with it.
  std::array<int8_t, 128> ascii;
  // Bytes the main pass stops at: ASCII terminators and code points not modelled, and
  // the bytes of multi-byte code points, which the pass classifies after decoding them.
  std::array<bool, 256> stop;
};

const ByteTables& Tables() {
  static const ByteTables tables = [] {
    ByteTables t{};
    for (int c = 0; c < 256; ++c) {
      if (c >= 0x80) {
        t.stop[c] = true;
        continue;
      }
      const int cls = Modelled(u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK));
      t.ascii[c] = static_cast<int8_t>(cls);
      t.stop[c] = cls == U_SB_ATERM || cls == U_SB_STERM || cls == kUnmodelled;
    }
    return t;
  }();
  return tables;
}

// The class of the code point at line[p]; *len receives its length.
int ClassAt(std::string_view line, size_t p, const std::array<int8_t, 128>& ascii, int* len) {
  if (p >= line.size()) {
    *len = 0;
    return kEnd;
  }
  const auto c = static_cast<unsigned char>(line[p]);
  if (c < 0x80) {
    *len = 1;
    return ascii[c];
  }
  const char32_t cp = DecodeUtf8At(line, p, len);
  return Modelled(u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_SENTENCE_BREAK));
}

bool IsTerminator(int cls) { return cls == U_SB_ATERM || cls == U_SB_STERM; }

// After a full stop at line[stop, stop_end) and the closers and spaces up to q, where
// a code point of class `next` stands: whether SB6, SB7 or SB8 forbid a boundary at q.
bool FullStopContinues(std::string_view line, size_t begin, size_t stop, size_t stop_end,
                       size_t q, int next, const std::array<int8_t, 128>& ascii) {
  int len;
  if (q == stop_end) {
    if (next == U_SB_NUMERIC) return true;  // SB6: "3.5"
    if (next == U_SB_UPPER && stop > begin) {  // SB7: "U.S"
      const int before = ClassAt(line, PrevCodePointStart(line, stop), ascii, &len);
      if (before == U_SB_UPPER || before == U_SB_LOWER) return true;
    }
  }
  // SB8: "etc. and", "e.g. 5 apples": a lowercase letter before any other letter or
  // terminator. A code point not modelled ends the look-ahead; the main pass declines
  // the line when it reaches it.
  for (size_t r = q;; r += len) {
    const int c = ClassAt(line, r, ascii, &len);
    if (c == U_SB_LOWER) return true;
    if (c == U_SB_UPPER || c == U_SB_OLETTER || IsTerminator(c) || c == kEnd ||
        c == kUnmodelled) {
      return false;
    }
  }
}

}  // namespace

bool Uax29SentenceBreaks(std::string_view text, size_t begin, size_t end,
                         std::vector<uint32_t>* out) {
  const ByteTables& tables = Tables();
  const std::array<int8_t, 128>& ascii = tables.ascii;
  const std::string_view line = text.substr(0, end);
  const auto* bytes = reinterpret_cast<const unsigned char*>(line.data());
  const size_t appended_from = out->size();
  int len;
  for (size_t p = begin; p < end;) {
    if (!tables.stop[bytes[p]]) {
      p = SkipWordBytes(bytes, p + 1, end);
      continue;
    }
    const int cls = ClassAt(line, p, ascii, &len);
    if (cls == kUnmodelled) {
      out->resize(appended_from);
      return false;
    }
    const size_t term_end = p + len;
    if (!IsTerminator(cls)) {
      p = term_end;
      continue;
    }
    // SB9, SB10: no boundary before the closers and spaces that follow a terminator.
    size_t q = term_end;
    int next = ClassAt(line, q, ascii, &len);
    while (next == U_SB_CLOSE) {
      q += len;
      next = ClassAt(line, q, ascii, &len);
    }
    while (next == U_SB_SP) {
      q += len;
      next = ClassAt(line, q, ascii, &len);
    }
    if (next == kEnd) break;  // the line's own end is no inner boundary
    const size_t stop = p;
    p = q;  // the pass goes on from the run's end: a terminator there starts a new run
    if (next == kUnmodelled) continue;
    // SB8a: "?!", "Mr., then": a terminator or a comma-like mark continues the sentence.
    if (IsTerminator(next) || next == U_SB_SCONTINUE) continue;
    if (cls == U_SB_ATERM &&
        FullStopContinues(line, begin, stop, term_end, q, next, ascii)) {
      continue;
    }
    out->push_back(static_cast<uint32_t>(q));  // SB11
  }
  return true;
}

}  // namespace claimcheck::internal
