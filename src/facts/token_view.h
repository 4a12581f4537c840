// A read-only window over one unit's tokens with the questions every fact recognizer
// asks: a token's norm and flags, and what stands in the original bytes between tokens
// (a space, a dash, a comma, a full stop), since the tokens themselves drop punctuation.
#ifndef CLAIMCHECK_FACTS_TOKEN_VIEW_H_
#define CLAIMCHECK_FACTS_TOKEN_VIEW_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "facts/lexicon.h"
#include "text/analyzer.h"

namespace claimcheck::internal {

// What the bytes between two tokens contain (bits may combine).
enum GapFlag : uint32_t {
  kGapSpace = 1u << 0,    // spaces, tabs, NBSP
  kGapNewline = 1u << 1,  // a line break
  kGapDash = 1u << 2,     // "-", U+2010..U+2015, U+2212
  kGapComma = 1u << 3,
  kGapStop = 1u << 4,     // . ! ?
  kGapColon = 1u << 5,    // : ;
  kGapOpen = 1u << 6,     // ( [ {
  kGapClose = 1u << 7,    // ) ] }
  kGapQuote = 1u << 8,    // " ' and their curly forms
  kGapSlash = 1u << 9,    // /
  kGapOther = 1u << 10,   // anything else (bullets, &, ...)
};

// Gap flags that end a clause: the scope of a negation or a name never crosses them.
constexpr uint32_t kGapClauseEnd =
    kGapComma | kGapStop | kGapColon | kGapOpen | kGapClose | kGapNewline;
// Gap flags that end a sentence: the next capital says nothing about names.
constexpr uint32_t kGapSentenceEnd = kGapStop | kGapColon | kGapNewline;

// Classifies the bytes of a gap.
uint32_t ClassifyGap(std::string_view gap);

class TokenView {
 public:
  // Looks every token's norm up in the lexicon once: recognizers ask many times.
  // `lexicon`, when given, is the text's (LookupWords), and no look-up is made again.
  TokenView(std::string_view text, const AnalyzedText& analyzed, uint32_t begin, uint32_t end,
            const TextLexicon* lexicon = nullptr)
      : text_(text),
        analyzed_(analyzed),
        tokens_(analyzed.tokens),
        begin_(begin),
        end_(end),
        lexicon_(lexicon) {
    if (lexicon != nullptr) return;
    words_.reserve(end > begin ? end - begin : 0);
    for (uint32_t k = begin; k < end; ++k) words_.push_back(LookupWord(analyzed.norm(k)));
  }

  // The lexicon entry of token i's norm, or nullptr.
  const WordInfo* word(uint32_t i) const {
    if (lexicon_ != nullptr) return lexicon_->info[tokens_[i].word];
    return In(i) ? words_[i - begin_] : LookupWord(norm(i));
  }
  // The text's words looked up once (LookupWords), when the view was given them.
  const TextLexicon* lexicon() const { return lexicon_; }

  uint32_t begin() const { return begin_; }
  uint32_t end() const { return end_; }
  std::string_view text() const { return text_; }
  const Token& tok(uint32_t i) const { return tokens_[i]; }
  std::string_view norm(uint32_t i) const { return analyzed_.norm(i); }
  // Token i's stem; for an irregular inflection its base's ("pled" -> "plead").
  std::string_view stem(uint32_t i) const {
    const std::string_view base = BaseStem(i);
    return base.empty() ? analyzed_.stem(i) : base;
  }
  // HashBytes of norm(i) and of stem(i).
  uint64_t norm_hash(uint32_t i) const { return analyzed_.words.norm_hash(tokens_[i].word); }
  uint64_t stem_hash(uint32_t i) const {
    const std::string_view base = BaseStem(i);
    return base.empty() ? analyzed_.words.stem_hash(tokens_[i].word) : HashBytes(base);
  }
  std::string_view original(uint32_t i) const {
    return text_.substr(tokens_[i].begin, tokens_[i].end - tokens_[i].begin);
  }
  bool Has(uint32_t i, uint16_t flag) const { return (tokens_[i].flags & flag) != 0; }
  // A token made of punctuation only (some tokenizers keep those as tokens).
  bool IsPunct(uint32_t i) const {
    return (tokens_[i].flags & (kTokAlpha | kTokDigit | kTokSymbol)) == 0;
  }
  // Where clause boundaries stand, for ClauseAround (clause.cc), which fills it on first
  // use: per token t of the view, prev[t - begin] is the nearest boundary at or before t
  // and next[t - begin] the nearest at or after t (next has one more entry, for end).
  // The fact checks ask for the clause of every mention of a pair, so one linear pass
  // per view replaces a walk per question. A view belongs to one call on one thread.
  struct ClauseIndex {
    std::vector<uint32_t> prev;
    std::vector<uint32_t> next;
  };
  ClauseIndex& clause_index() const { return clause_index_; }
  // True for i in [begin, end).
  bool In(uint32_t i) const { return i >= begin_ && i < end_; }
  // Token i is in the view and its norm is `word`.
  bool Is(uint32_t i, std::string_view word) const { return In(i) && norm(i) == word; }
  // GapFlag bits for what stands between token i-1 and token i (punctuation tokens
  // count as their text). 0 for the unit's first token. Inline for the usual gap, one
  // space after a word: the recognizers and clause rules ask it of most tokens.
  uint32_t GapBefore(uint32_t i) const {
    if (i > begin_ && OneSpace(i) && !IsPunct(i - 1)) return kGapSpace;
    return GapBeforeAny(i);
  }
  // No bytes at all between token i-1 and i ("15%" or "9988.HK" glued).
  bool Glued(uint32_t i) const {
    return i > begin_ && tokens_[i - 1].end == tokens_[i].begin;
  }
  // Token i-1 and i are parts of one hyphenated compound ("top-of-the-line").
  bool Hyphenated(uint32_t i) const { return i > begin_ && GapBefore(i) == kGapDash; }
  // The original bytes of token i contain a comma ("2,020": a count, not a year).
  bool HasComma(uint32_t i) const { return original(i).find(',') != std::string_view::npos; }
  // Token i starts a sentence: the unit's first token, or one after . ! ? : or a newline.
  bool SentenceStart(uint32_t i) const;
  // Token i has an uppercase letter in the original bytes (ASCII or flagged capitalized).
  bool HasUpper(uint32_t i) const {
    return Has(i, kTokCapitalized | kTokAllCaps | kTokAsciiUpper);
  }

 private:
  uint32_t GapBeforeAny(uint32_t i) const;  // GapBefore for any gap
  // Exactly one space between token i-1 and i (i > begin_): most gaps.
  bool OneSpace(uint32_t i) const {
    return tokens_[i].begin == tokens_[i - 1].end + 1 && text_[tokens_[i - 1].end] == ' ';
  }
  std::string_view BaseStem(uint32_t i) const {
    if (lexicon_ == nullptr) return IrregularBaseStem(norm(i));
    return lexicon_->base_stems.empty() ? std::string_view()
                                        : lexicon_->base_stems[tokens_[i].word];
  }

  std::string_view text_;
  const AnalyzedText& analyzed_;
  const std::vector<Token>& tokens_;
  uint32_t begin_;
  uint32_t end_;
  const TextLexicon* lexicon_;
  std::vector<const WordInfo*> words_;  // without lexicon_: per token of the view
  mutable ClauseIndex clause_index_;
};

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_FACTS_TOKEN_VIEW_H_
