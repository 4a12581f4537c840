// ExtractFacts: one left-to-right pass over a unit's tokens, trying the recognizers in
// a fixed order at each token (tickers before numbers, dates before quantities so that
// "2025" and "second quarter" are dates, quantities before cues so that "more than 100"
// is an amount, cues before names so that a capitalized "However" is not a name).
// Most tokens are lowercase words that no recognizer can start on; a cheap test skips
// them (MayOpenMention), which is most of the stage's speed.
#include "facts/facts.h"
#include "facts/lexicon.h"
#include "facts/recognizers.h"
#include "facts/string_table.h"
#include "facts/token_view.h"
#include "facts/work_count.h"

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

// Lexicon meanings a recognizer can start on. The rest (auxiliaries, clause breaks,
// titles, am/pm, period words, scales, percent, time and measuring units) are only read
// after a number, an anchor or a name has started a mention.
constexpr uint32_t kLexOpeners =
    ~(kLexAux | kLexClauseBreak | kLexTitle | kLexMeridiem | kLexRelPeriod | kLexScale |
      kLexPercent | kLexTimeUnit | kLexUnitWord);

// Words a recognizer tests by spelling (not by a lexicon meaning) as the first token of
// a pattern. Keep in step with the recognizers; tests/perf/fast_path_test.cc checks on
// real text that skipping changes no mention.
const StringTable& OpenerWords() {
  static const StringTable* const kWords = [] {
    auto* t = new StringTable;
    for (std::string_view w : {
             // quantity.cc: ReadApprox, ReadWords, "between ... and"
             "no", "not", "as", "in", "between", "a", "an", "more", "greater", "higher", "at",
             "upwards", "just", "well", "less", "fewer", "lower", "up", "close",
             // date.cc: MatchRelative ("a few weeks ago"), MatchTime
             "several", "few", "noon", "midnight",
             // cue.cc: MatchComparison, MatchDirection
             "top", "most", "least", "scaled", "down"}) {
      t->Intern(w);
    }
    return t;
  }();
  return *kWords;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// False when no recognizer can match at token i: a lowercase word without digits, with
// no opening lexicon meaning, not spelled as a pattern's first word.
bool MayOpenMention(const TokenView& v, uint32_t i) {
  // Numbers, years, tickers, currency signs; names, acronyms, "US$".
  if (v.Has(i, kTokDigit | kTokSymbol) || v.HasUpper(i)) return true;
  if (HasLex(v.word(i), kLexOpeners)) return true;
  const std::string_view norm = v.norm(i);
  if (EndsWith(norm, "n't")) return true;  // "didn't"
  if (EndsWith(norm, "er") && v.In(i + 1) && v.norm(i + 1) == "than") return true;
  return OpenerWords().Contains(norm);
}

void Extract(std::string_view text, const AnalyzedText& analyzed, uint32_t tok_begin,
             uint32_t tok_end, bool fast, std::vector<Mention>* out) {
  if (tok_end > analyzed.tokens.size()) tok_end = static_cast<uint32_t>(analyzed.tokens.size());
  TokenView v(text, analyzed.tokens, tok_begin, tok_end);
  CountWork(tok_end > tok_begin ? tok_end - tok_begin : 0);
  bool title_case = TitleCase(v);
  for (uint32_t i = tok_begin; i < tok_end;) {
    if (v.IsPunct(i) || (fast && !MayOpenMention(v, i))) {
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
  Extract(text, analyzed, tok_begin, tok_end, /*fast=*/true, out);
}

void ExtractFactsExhaustive(std::string_view text, const AnalyzedText& analyzed,
                            uint32_t tok_begin, uint32_t tok_end, std::vector<Mention>* out) {
  Extract(text, analyzed, tok_begin, tok_end, /*fast=*/false, out);
}

}  // namespace claimcheck::internal
