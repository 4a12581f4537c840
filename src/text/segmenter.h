// Sentence segmentation of original UTF-8 bytes: lines first (every line break ends a
// unit), then the UAX #29 sentence boundaries inside each line (uax29_sentences.h, or
// ICU's sentence BreakIterator), then the rule layer (sentence_rules.h, line_rules.h).
// One SentenceSegmenter per thread.
#ifndef CLAIMCHECK_TEXT_SEGMENTER_H_
#define CLAIMCHECK_TEXT_SEGMENTER_H_

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "text/analyzer.h"

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END
struct UText;

namespace claimcheck::internal {

class SentenceSegmenter {
 public:
  // Takes ownership of `sentence_iterator` (a clone of the Analyzer's prototype).
  explicit SentenceSegmenter(std::unique_ptr<icu::BreakIterator> sentence_iterator);
  ~SentenceSegmenter();
  SentenceSegmenter(const SentenceSegmenter&) = delete;
  SentenceSegmenter& operator=(const SentenceSegmenter&) = delete;

  // Appends the units of `text` (valid UTF-8) to *out with empty token ranges.
  void Segment(std::string_view text, std::vector<internal::Segment>* out);

  // Appends ICU's sentence boundaries strictly inside the line text[begin, end), in
  // order: the answer Uax29SentenceBreaks gives without ICU where it can.
  void IcuSentenceBreaks(std::string_view text, size_t begin, size_t end,
                         std::vector<uint32_t>* out);

 private:
  // Sentence boundaries strictly inside text[begin, end) into breaks_.
  void LineBoundaries(std::string_view text, size_t begin, size_t end);

  std::unique_ptr<icu::BreakIterator> bi_;
  // Reopened over each line: a UText reused this way keeps its buffers, where a fresh
  // one on the stack would allocate once per line.
  UText* ut_ = nullptr;
  std::vector<uint32_t> breaks_;
  // UAX #29 boundaries of the current line, before the rule layer keeps or drops them.
  std::vector<uint32_t> uax29_breaks_;
  struct Piece {
    uint32_t begin, end;
  };
  std::vector<Piece> pieces_;
};

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_TEXT_SEGMENTER_H_
