// The per-kind recognizers ExtractFacts runs at each token, in order. Each looks at
// token i of the view; on a match it appends its mention(s) to *out and returns the
// index one past the last token it used; otherwise it returns i and appends nothing.
#ifndef CLAIMCHECK_FACTS_RECOGNIZERS_H_
#define CLAIMCHECK_FACTS_RECOGNIZERS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "facts/facts.h"
#include "facts/token_view.h"

namespace claimcheck::internal {

// Exchange tickers written glued: "9988.HK", "NVDA.O" (before numbers claim "9988").
uint32_t MatchTicker(const TokenView& v, uint32_t i, std::vector<Mention>* out);
// Absolute and relative dates, weekdays, quarters, years, clock times.
uint32_t MatchDate(const TokenView& v, uint32_t i, std::vector<Mention>* out);
// Numbers with qualifiers, currency, scale and unit; ordinals; multipliers.
uint32_t MatchQuantity(const TokenView& v, uint32_t i, std::vector<Mention>* out);
// Negation, direction, comparison and hedge words (a few are phrases).
uint32_t MatchCue(const TokenView& v, uint32_t i, std::vector<Mention>* out);
// Runs of capitalized words, product codes, acronyms. In a title-case line every
// capital is uninformative, so single words there come out weak.
uint32_t MatchEntity(const TokenView& v, uint32_t i, bool title_case,
                     std::vector<Mention>* out);
// A word that, capitalized alone at a sentence start, MatchEntity takes for a common
// word rather than a name ("However", "Analysts"; not "Nvidia" or "Amanda").
bool CommonAsName(std::string_view norm);

// A mention of `kind` over tokens [first, last) with their byte span.
Mention MakeMention(const TokenView& v, MentionKind kind, uint32_t first, uint32_t last);

// Shortest decimal text for a value ("15", "1.5", "5.3e+10").
std::string FormatNumber(double value);

// A year as news writes one: a bare 4-digit integer in [kMinYear, kMaxYear].
constexpr int kMinYear = 1800;
constexpr int kMaxYear = 2199;
constexpr int kYearDigits = 4;
constexpr int kMaxDay = 31;

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_FACTS_RECOGNIZERS_H_
