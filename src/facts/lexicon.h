// The closed-class words the facts stage recognises (number words, scales, currencies,
// months, cue words for negation, direction, comparison and hedging), looked up by norm.
#ifndef CLAIMCHECK_FACTS_LEXICON_H_
#define CLAIMCHECK_FACTS_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "facts/facts.h"
#include "text/word_table.h"

namespace claimcheck::internal {

// What a word can be; one word may be several things ("second": ordinal and time unit,
// "may": month and hedge), each with its own field below.
enum LexFlag : uint32_t {
  kLexCardinal = 1u << 0,      // cardinal: "two" (value)
  kLexScale = 1u << 1,         // "million", "bn" (scale)
  kLexOrdinal = 1u << 2,       // "third" (ordinal)
  kLexCurrency = 1u << 3,      // "dollars", "yuan", "$" (unit)
  kLexPercent = 1u << 4,       // "percent", "%", "pct" (unit "%")
  kLexMonth = 1u << 5,         // "september", "sept" (month)
  kLexWeekday = 1u << 6,       // "thursday" (weekday)
  kLexTimeUnit = 1u << 7,      // "week", "years" (unit)
  kLexApprox = 1u << 8,        // "about", "nearly" (approx), before a number
  kLexNegation = 1u << 9,      // "not", "never", "without"
  kLexDirection = 1u << 10,    // "rose" (+1), "fell" (-1) (sign)
  kLexComparative = 1u << 11,  // "weaker" (-1), "outperforms" (+1) (sign)
  kLexSuperlative = 1u << 12,  // "largest" (+1), "flagship" (+1), "least" (-1) (sign)
  kLexHedge = 1u << 13,        // "may" (hedge = kHedgeModal), "said" (kHedgeAttribution)
  kLexRelAnchor = 1u << 14,    // "last", "next", "this", "earlier": before a period word
  kLexRelPeriod = 1u << 15,    // "week", "month", "year", "weekend"
  kLexRelDay = 1u << 16,       // "yesterday", "today", "tomorrow", "tonight"
  kLexTitle = 1u << 17,        // "president", "ceo", "inc": not a significant name part
  kLexMultiplier = 1u << 18,   // "times", "fold", "twofold", "doubled" (value for verbs)
  kLexAux = 1u << 19,          // "is", "has", "did", "will": skipped when finding a predicate
  kLexClauseBreak = 1u << 20,  // "but", "while", "which", "although": a clause ends before it
  kLexApproxRange = 1u << 21,  // "dozens", "hundreds", "several": a vague amount (lo..hi)
  kLexUnitWord = 1u << 22,     // a measuring unit after a number: "nm", "km", "gb" (unit)
  kLexMeridiem = 1u << 23,     // "am", "pm", "a.m.", "p.m."
  kLexGivenName = 1u << 24,    // "michael", "sarah": opens a person's name in lower case
  kLexExclusive = 1u << 25,    // "yellow", "north", "killed": one of a set of words that
                               // exclude each other (exclusive_set, exclusive_member)
  kLexPlace = 1u << 26,        // "glasgow", "hungarian", "uk": names a place (FindPlace)
};

// How strongly a hedge word weakens a statement.
enum HedgeStrength : int8_t {
  kHedgeNone = 0,
  kHedgeAttribution = 1,  // "said", "according", "reported": who says it, not doubt
  kHedgeBelief = 2,       // "believes", "thinks": whose view it is, which the words
                          // do not assert
  kHedgeModal = 3,        // "may", "reportedly", "claims", "expected": doubt or hearsay
};

struct WordInfo {
  uint32_t flags = 0;
  double value = 0;             // kLexCardinal / kLexOrdinal / kLexMultiplier / range lo
  double value_hi = 0;          // kLexApproxRange: the upper end
  double scale = 0;             // kLexScale
  std::string_view unit;        // canonical unit for currency, time unit, measuring unit
  int8_t month = 0;             // 1..12
  int8_t weekday = 0;           // 1..7, Monday = 1
  int8_t sign = 0;              // direction / comparison / superlative
  int8_t hedge = kHedgeNone;    // HedgeStrength
  int8_t exclusive_set = 0;     // kLexExclusive: which set (colours, compass points, ...)
  int8_t exclusive_member = 0;  // and which member of it ("grey" and "gray" are one)
  Approx approx = Approx::kExact;
};

// The entry for a normalized word, or nullptr. Thread-safe; the table is laid out at build
// time (lexicon_table.h).
const WordInfo* LookupWord(std::string_view norm);
// The same with HashBytes(norm) already known.
const WordInfo* LookupWord(std::string_view norm, uint64_t hash);
// The same in two steps: the entry's index (StringTable::kNotFound for none), then the
// entry at that index (nullptr for kNotFound).
uint32_t LexiconIndex(std::string_view norm, uint64_t hash);
const WordInfo* LexiconEntry(uint32_t index);

// What the facts stage looks up for each word of a text, by word id (WordTable): once
// per distinct word instead of once per token. Filled by LookupWords (facts.h).
struct TextLexicon {
  std::vector<const WordInfo*> info;  // the word's lexicon entry, or nullptr
  // The recognizers its lexicon meanings and its spelling let start on it (extract.cc).
  std::vector<uint8_t> openers;
  // WordTraits, only for words with marks (WordTable::marked), else empty: the fact checks
  // then work them out per token.
  std::vector<uint8_t> traits;
  // IrregularBaseStem by word id; empty when no word of the text is such a form.
  std::vector<std::string_view> base_stems;
};

enum WordTrait : uint8_t {
  kTraitAntonyms = 1 << 0,    // AntonymSet of its norm and stem is not empty
  kTraitCommonName = 1 << 1,  // a lone capitalized word at a sentence start reads as a
                              // common word, not a name (CommonAsName, recognizers.h)
  kTraitContent = 1 << 2,     // a content word when its token has a letter (IsContent,
                              // clause.h)
  kTraitIrregular = 1 << 3,   // IrregularBaseStem is not empty
};

// The Snowball stem of an irregular inflection's base ("pled" -> "plead", "fell" ->
// "fall"), or empty (for stop words too): the fact checks compare such a form by its
// base, as the alignment's terms do. Thread-safe; the table is built once.
std::string_view IrregularBaseStem(std::string_view norm);

// The adjective a comparative or superlative of the lexicon is a degree of ("higher" ->
// "high", "larger" -> "large", "worst" -> "bad"), or empty: the word opposes what that
// adjective's antonym's degrees say ("higher" / "lower").
std::string DegreeBase(std::string_view norm);

// The word has antonym pairs, by its norm or stem (AntonymSet) or by the adjective it is a
// degree of (DegreeBase): what kTraitAntonyms records.
bool HasAntonyms(std::string_view norm, std::string_view stem);

// A possessive: "Nvidia's", "scotland's" (not "'s" alone).
inline bool Possessive(std::string_view norm) {
  return norm.size() > 2 && norm.back() == 's' && norm[norm.size() - 2] == '\'';
}

// A contracted negation: "doesn't", "can't" (not "n't" alone).
inline bool ContractedNegation(std::string_view norm) {
  const size_t n = norm.size();
  return n > 3 && norm[n - 1] == 't' && norm[n - 2] == '\'' && norm[n - 3] == 'n';
}

// A lexicon bit test that tolerates a missing entry.
inline bool HasLex(const WordInfo* info, uint32_t flag) {
  return info != nullptr && (info->flags & flag) != 0;
}

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_FACTS_LEXICON_H_
