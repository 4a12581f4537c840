// Splits a byte range of UTF-8 text into word, number and symbol tokens, each with
// its original byte span, normalized form and stem. One Tokenizer per thread.
#ifndef CLAIMCHECK_TEXT_TOKENIZER_H_
#define CLAIMCHECK_TEXT_TOKENIZER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "text/analyzer.h"
#include "text/normalize.h"
#include "text/shared_stem_memo.h"
#include "text/stem_cache.h"

namespace claimcheck::internal {

// Token rules (see tokenizer_test.cc for the table):
// - a word is a run of letters, digits and marks; an apostrophe between letters stays
//   inside ("Baidu’s" -> "baidu's", "don't");
// - "U.S.", "e.g.", "J.P." (single letters joined by dots) are one token, dots dropped
//   from the norm ("us", "eg");
// - "&" splits: "R&D" gives "R", "D" (the facts stage reads the pair);
// - "1,000" -> "1000"; "1.5" stays; a ticker "9988.HK" or "NVDA.O" is one token;
// - hyphens (-, U+2010, U+2011, U+2012, U+2013, U+2212) between word characters split a
//   compound into parts flagged kTokHyphenPart; em dashes split without the flag;
// - currency signs and percent signs are kTokSymbol tokens of their own: "15%" and
//   "15 %" both give "15", "%"; "$53" gives "$", "53";
// - digits glued to a scale word are split: "2bn" -> "2", "bn"; "10x" -> "10", "x";
//   a letter-led code ("H20", "P800", "A100") or an ordinal ("3rd") stays one token;
// - a bracketed citation mark ("[1]", "[2, 5]") gives no token: it refers to a source
//   list, not to a quantity;
// - Han, Hiragana and Katakana characters are one token each (no spaces to split on);
// - a Penn Treebank clitic one space after its word ("has n't", "Kilmarnock 's", "we
//   're") joins it: one token spanning both, with the norm of "hasn't", "kilmarnock's";
// - other punctuation is dropped.
class Tokenizer {
 public:
  // With a marker (may be null; it must outlive the tokenizer), every word gets its marks
  // (word_table.h). With shared memos (may be null; they must outlive the tokenizer and
  // be shared only by tokenizers with the same marker), the words' stems and marks are
  // looked up and recorded there first (stem_cache.h): `shared_stems` for words,
  // `shared_norm_stems` for the numbers, symbols and codes that keep their norm.
  explicit Tokenizer(const WordMarker* marker = nullptr, SharedStemMemo* shared_stems = nullptr,
                     SharedStemMemo* shared_norm_stems = nullptr)
      : stems_(marker, /*snowball=*/true, shared_stems),
        norm_stems_(marker, /*snowball=*/false, shared_norm_stems),
        marker_(marker) {}
  Tokenizer(const Tokenizer&) = delete;
  Tokenizer& operator=(const Tokenizer&) = delete;

  // Appends the tokens of text[begin, end) to out->tokens and their new words to
  // out->words; offsets are relative to `text`. With `stem` false, stems are left empty
  // (for measuring the stages apart).
  void Tokenize(std::string_view text, size_t begin, size_t end, AnalyzedText* out,
                bool stem = true);
  // Tokenize for each of out->segments in turn, setting its token range; the stem memo is
  // asked once for the new words of all of them, a longer list to prefetch along.
  void TokenizeSegments(std::string_view text, AnalyzedText* out);

  // NFKC case fold + fold table of arbitrary text (no token rules).
  void NormalizeText(std::string_view text, std::string* out) {
    normalizer_.Normalize(text, out);
  }

  // False when the Snowball English stemmer is missing.
  bool ok() const { return stems_.ok(); }

 private:
  // Tokenize without Finish: the new words' stems and the stopword flags are not set.
  void Scan(std::string_view text, size_t begin, size_t end, AnalyzedText* out, bool stem);
  // Describes the words Scan added and sets the stopword flag of the tokens from
  // first_token on.
  void Finish(size_t first_token, AnalyzedText* out);

  void Emit(std::string_view text, size_t b, size_t e, uint16_t extra_flags, bool strip_dots,
            bool strip_commas, bool stem, AnalyzedText* out);
  // Emit for a word of ASCII letters only (most words), `capitals` of them capitals: its
  // norm is its bytes, lowercased.
  void EmitLetters(std::string_view text, size_t b, size_t e, size_t capitals,
                   uint16_t extra_flags, bool stem, AnalyzedText* out);
  // Emit's last step: token t's word is `norm` (at the start of key_, with a byte of room
  // after it), its flags `flags`.
  void InternWord(Token& t, std::string_view norm, uint16_t flags, bool stem,
                  AnalyzedText* out);

  // Replaces the last token with itself and the clitic text[b, e) after it, the space
  // between left out of its norm.
  void JoinClitic(std::string_view text, size_t b, size_t e, bool stem, AnalyzedText* out);
  // Emits the word text[b, e) that a tokenized corpus split after its separators ("235,
  // 000", "2. 4", "U. S.") as one token, the spaces left out of its norm.
  void JoinSpaced(std::string_view text, size_t b, size_t e, uint16_t flags, bool strip_dots,
                  bool strip_commas, bool stem, AnalyzedText* out);

  // Describes (and marks) at once the new word `id` of kind kNone, whose norm is `norm`.
  void DescribeNow(uint32_t id, std::string_view norm, WordTable* words);
  // Gives the words in unstemmed_ their stems and stopword flags from the memo.
  void DescribeUnstemmed(WordTable* words);

  TokenNormalizer normalizer_;
  StemCache stems_;
  // The memo of the words whose stem is their norm (StemKind::kNorm: numbers, symbols,
  // codes): their stopword flags and marks, which the marker would otherwise compute
  // again for every text they are in.
  StemCache norm_stems_;
  const WordMarker* marker_ = nullptr;
  std::string norm_;      // scratch: the normalized form of a non-ASCII token
  std::vector<char> key_;  // scratch: the token's norm and kind, its WordTable key
  std::string joined_;     // scratch: JoinClitic's and JoinSpaced's joined bytes
  // The words Emit added that await their stem: the memo is asked for them all at once in
  // Finish, with its memory prefetched a few words ahead (prefetch.h).
  std::vector<uint32_t> unstemmed_;
};

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_TEXT_TOKENIZER_H_
