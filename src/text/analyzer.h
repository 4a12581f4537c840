// The text stage: segments original UTF-8 into units and tokens, every span a byte
// range of the caller's bytes, every token normalized (NFKC case fold + fold table) and stemmed.
#ifndef CLAIMCHECK_TEXT_ANALYZER_H_
#define CLAIMCHECK_TEXT_ANALYZER_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/claimcheck.h"
#include "text/word_table.h"

namespace claimcheck::internal {

enum TokenFlag : uint16_t {
  kTokAlpha = 1 << 0,        // has a letter
  kTokDigit = 1 << 1,        // has a digit
  kTokNumber = 1 << 2,       // a plain number: "15", "1,000" (norm "1000"), "1.5"
  kTokCapitalized = 1 << 3,  // original starts with an uppercase letter
  kTokAllCaps = 1 << 4,      // two or more letters, all uppercase ("NVIDIA", "AI")
  kTokStopword = 1 << 5,     // in the stopword list
  kTokSymbol = 1 << 6,       // %, $, €, £, ¥ and other currency/percent signs
  kTokHyphenPart = 1 << 7,   // part of a hyphenated compound ("self" in "self-built")
  kTokAsciiUpper = 1 << 8,   // the original has an ASCII capital anywhere ("iPhone")
};

// A token's norm and stem live in its text's WordTable, once per distinct word.
struct Token {
  uint32_t begin = 0;  // byte offsets into the analyzed text
  uint32_t end = 0;
  uint32_t word = 0;   // id in AnalyzedText::words
  uint16_t flags = 0;
};

struct Segment {
  uint32_t begin = 0;  // byte offsets, trimmed of surrounding white space
  uint32_t end = 0;
  UnitKind kind = UnitKind::kBody;
  uint32_t tok_begin = 0;  // the segment's tokens: tokens[tok_begin, tok_end)
  uint32_t tok_end = 0;
};

struct AnalyzedText {
  std::vector<Segment> segments;
  std::vector<Token> tokens;
  WordTable words;
  // Token k's norm: case-folded, NFKC, fold table applied; "U.S." -> "us", "1,000" -> "1000".
  std::string_view norm(uint32_t k) const { return words.norm(tokens[k].word); }
  // Token k's stem: Snowball stem of the norm (the norm itself for numbers, symbols and
  // words with digits; empty when tokenized without stemming).
  std::string_view stem(uint32_t k) const { return words.stem(tokens[k].word); }
  // HashBytes of token k's stem, kept in the word table: equal across texts for equal
  // stems, so token sequences compare by hash.
  uint64_t stem_hash(uint32_t k) const { return words.stem_hash(tokens[k].word); }
  void clear() {
    segments.clear();
    tokens.clear();
    words.clear();
  }
};

// Built once (ICU prototypes, stemmer setup); const methods are thread-safe: each call
// borrows per-thread clones from an internal pool instead of allocating ICU objects.
class Analyzer {
 public:
  static Result<std::unique_ptr<Analyzer>> Create(const std::string& locale);
  ~Analyzer();

  // From now on every word of an analyzed text gets `marker`'s marks (word_table.h),
  // memoized with its stem for all threads. Not thread-safe: call it before the Analyzer is
  // shared (Checker::Create does, once its term table is built with this Analyzer).
  void SetWordMarker(WordMarker marker);

  // Units of `text` (already valid UTF-8) with their tokens.
  void Analyze(std::string_view text, AnalyzedText* out) const;
  // Only the segmentation (tokens left empty, tok_begin == tok_end == 0).
  void Segment(std::string_view text, std::vector<internal::Segment>* out) const;
  // ICU's sentence boundaries strictly inside the line text[begin, end), appended to
  // *out: what the segmentation's ICU-free path (uax29_sentences.h) is tested against.
  void IcuSentenceBreaks(std::string_view text, size_t begin, size_t end,
                         std::vector<uint32_t>* out) const;
  // Tokens of text[begin, end), appended to out->tokens (their words to out->words),
  // offsets relative to `text`; out->segments is left as it is.
  void Tokenize(std::string_view text, size_t begin, size_t end, AnalyzedText* out) const;
  // The norm a single word or phrase gets (used for user aliases and tables).
  std::string Normalize(std::string_view word) const;

  struct Impl;

 private:
  explicit Analyzer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_TEXT_ANALYZER_H_
