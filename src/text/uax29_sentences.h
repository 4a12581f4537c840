// ICU's sentence boundaries inside one line without ICU: the rules of UAX #29 (SB6-SB11)
// over the Sentence_Break classes, for the text they can be proved on. The segmenter
// asks this first and ICU's BreakIterator only for a line it declines.
#ifndef CLAIMCHECK_TEXT_UAX29_SENTENCES_H_
#define CLAIMCHECK_TEXT_UAX29_SENTENCES_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace claimcheck::internal {

// Appends to *out, in order, the boundaries strictly inside the line text[begin, end)
// (valid UTF-8, no line break) that ICU's sentence BreakIterator finds when its text is
// that line alone, and returns true. Returns false, with *out as it was, when the line
// holds a code point these rules do not model (Extend and Format, which UAX #29 rule SB5
// makes invisible; a line break): the caller then asks ICU.
[[nodiscard]] bool Uax29SentenceBreaks(std::string_view text, size_t begin, size_t end,
                                       std::vector<uint32_t>* out);

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_TEXT_UAX29_SENTENCES_H_
