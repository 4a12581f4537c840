// ExtractFacts: one left-to-right pass over a unit's tokens, trying the recognizers in
// a fixed order at each token (tickers before numbers, dates before quantities so that
// "2025" and "second quarter" are dates, quantities before cues so that "more than 100"
// is an amount, cues before names so that a capitalized "However" is not a name).
#include "facts/facts.h"
#include "facts/lexicon.h"
#include "facts/recognizers.h"
#include "facts/token_view.h"

namespace claimcheck::internal {
namespace {

// A line is in title case when most of its longer content words are capitalized.
constexpr int kTitleMinWords = 3;
constexpr double kTitleShare = 0.75;
constexpr size_t kTitleMinLength = 4;

bool TitleCase(const TokenView& v) {
  int words = 0;
  int capitalized = 0;
  for (uint32_t k = v.begin(); k < v.end(); ++k) {
    if (!v.Has(k, kTokAlpha) || v.Has(k, kTokDigit) || v.norm(k).size() < kTitleMinLength ||
        v.Has(k, kTokStopword)) {
      continue;
    }
    ++words;
    if (v.Has(k, kTokCapitalized | kTokAllCaps)) ++capitalized;
  }
  return words >= kTitleMinWords && capitalized >= kTitleShare * words;
}

}  // namespace

Mention MakeMention(const TokenView& v, MentionKind kind, uint32_t first, uint32_t last) {
  Mention m;
  m.kind = kind;
  m.tok_begin = first;
  m.tok_end = last;
  m.begin = v.tok(first).begin;
  m.end = v.tok(last - 1).end;
  return m;
}

void ExtractFacts(std::string_view text, const AnalyzedText& analyzed, uint32_t tok_begin,
                  uint32_t tok_end, std::vector<Mention>* out) {
  if (tok_end > analyzed.tokens.size()) tok_end = static_cast<uint32_t>(analyzed.tokens.size());
  TokenView v(text, analyzed.tokens, tok_begin, tok_end);
  bool title_case = TitleCase(v);
  for (uint32_t i = tok_begin; i < tok_end;) {
    if (v.IsPunct(i)) {
      ++i;
      continue;
    }
    uint32_t j = MatchTicker(v, i, out);
    if (j == i) j = MatchDate(v, i, out);
    if (j == i) j = MatchQuantity(v, i, out);
    if (j == i) j = MatchCue(v, i, out);
    if (j == i) j = MatchEntity(v, i, title_case, out);
    i = j > i ? j : i + 1;
  }
}

}  // namespace claimcheck::internal
