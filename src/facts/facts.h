// The facts stage: typed mentions (quantities, dates, names, polarity, direction,
// comparison, hedges) found in one unit's tokens, each with its byte span, and the
// rules that say whether two mentions agree.
#ifndef CLAIMCHECK_FACTS_FACTS_H_
#define CLAIMCHECK_FACTS_FACTS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/analyzer.h"

namespace claimcheck::internal {

struct WordInfo;     // lexicon.h
struct TextLexicon;  // lexicon.h

enum class MentionKind : uint8_t {
  kQuantity,    // 90%, $53 billion, 380 billion CNY, two-week, 20 times, third
  kDate,        // September 11, 2025; Sept 11; 2020; June quarter; Thursday; last month
  kEntity,      // Nvidia, Jensen Huang, Kunlun P800, H20, 9988.HK, Beijing
  kNegation,    // not, no, never, neither/nor, without, fails to, n't
  kDirection,   // rose/surged/jumped (+1) vs fell/slumped/cut (-1)
  kComparison,  // most powerful, top-of-the-line, flagship, outperforms, more than, less
  kHedge,       // reportedly, according to, claims, may, is expected to
};

// How a quantity was qualified: "about 10", "more than 10", "up to 10", "nearly 10".
enum class Approx : uint8_t { kExact, kAbout, kAtLeast, kAtMost, kNearly };

struct Quantity {
  double value = 0;     // after scale: "$53 billion" -> 53e9
  double value_hi = 0;  // == value unless a range ("10-15%")
  // Canonical: "%", "usd", "cny", "eur", "gbp", "jpy", "times", "year", "month", "week",
  // "day", "hour", "ordinal", "" (plain count). Always a static string (a literal or the
  // lexicon's): a source holds tens of thousands of mentions, so each stays small.
  std::string_view unit;
  Approx approx = Approx::kExact;
  // Place value of the last written digit, after scale ("1.5 trillion" -> 1e11), so that
  // 15 matches 15.4 and "$1.5 trillion" matches "$1,520 billion" when rounded.
  double precision = 1;
  // Said in words as a range of orders ("dozens", "hundreds of thousands"), not written.
  bool vague = false;
};

struct Mention {
  MentionKind kind = MentionKind::kQuantity;
  uint32_t begin = 0;  // byte offsets into the analyzed text
  uint32_t end = 0;
  uint32_t tok_begin = 0;  // token range in AnalyzedText::tokens
  uint32_t tok_end = 0;
  std::string key;     // canonical value: "90%", "usd 5.3e10", "2025-09-11", "--09-11",
                       // "thursday", entity norm "nvidia", "kunlun p800"
  Quantity quantity;   // kQuantity only
  int8_t sign = 0;     // kDirection: +1 up, -1 down; kComparison: +1 more/most, -1 less/least
  bool superlative = false;  // kComparison: "most", "-est", "top-of-the-line", "flagship"
  // kDate: year/month/day when known, else 0; weekday 1..7 (Monday=1) or 0; relative
  // expressions ("last month") set relative = true and are never a mismatch.
  int16_t year = 0;
  int8_t month = 0, day = 0, weekday = 0;
  bool relative = false;
  int16_t year_hi = 0;  // kDate: last year of a span ("2024/25" -> 2025, "1990s" -> 1999), else year
  int8_t quarter = 0;   // kDate: 1..4 for "Q2", "second quarter", "June quarter"
  int8_t hour = -1;     // kDate: 0..23 for "5 pm", "17:30"; minute 0..59 with it
  int8_t minute = -1;
  // kEntity: a lone capitalized word at the start of a sentence or in a title-case line,
  // where capitals say nothing about being a name ("However", "Analysts").
  bool weak = false;
  // kEntity: a person named in lower case (MatchLowerCaseName), where only another given
  // name for the same surname in the sources tells against the claim: a summary may well
  // add the first name a source leaves out.
  bool lower_case = false;
  // kHedge: a HedgeStrength (facts/lexicon.h): 3 for doubt or hearsay ("may",
  // "reportedly", "claims"), 2 for belief ("believes", "thinks"), 1 for attribution
  // ("said", "according to").
  int8_t hedge = 0;
};

// What ExtractFacts and the fact checks read for each word of a text, looked up once:
// taken from the words' marks when they have them (WordTable::marked).
void LookupWords(const WordTable& words, TextLexicon* out);
// WordMarks::facts of a word (`hash` is HashBytes(norm); `stem` is its WordTable's):
// what LookupWords reads.
uint32_t FactWordMarks(std::string_view norm, uint64_t hash, std::string_view stem);
// IrregularBaseStem (lexicon.h) of word `id`, read from its marks when the table has them.
std::string_view WordBaseStem(const WordTable& words, uint32_t id);

// Mentions in tokens[tok_begin, tok_end) of `analyzed` (offsets into `text`), in order.
// `lexicon`, when given, is LookupWords of the text's words (else looked up per token).
void ExtractFacts(std::string_view text, const AnalyzedText& analyzed, uint32_t tok_begin,
                  uint32_t tok_end, std::vector<Mention>* out,
                  const TextLexicon* lexicon = nullptr);

// ExtractFacts over each of segments[seg_begin, seg_end) of `analyzed` in turn (mentions
// do not cross a segment), appended to `out`.
void ExtractSegmentFacts(std::string_view text, const AnalyzedText& analyzed, size_t seg_begin,
                         size_t seg_end, const TextLexicon* lexicon, std::vector<Mention>* out);

// ExtractFacts without its fast path: every recognizer tried at every token. The same
// output, only slower; for tests that the fast path skips no token a recognizer takes.
void ExtractFactsExhaustive(std::string_view text, const AnalyzedText& analyzed,
                            uint32_t tok_begin, uint32_t tok_end, std::vector<Mention>* out);

// Agreement of two mentions of the same kind.
enum class Agreement : uint8_t {
  kMatch,     // the same value (within rounding and approximations)
  kConflict,  // the same slot with another value: 15% vs 50%, Sept 11 vs Sept 12
  kUnrelated, // not comparable (different units, different kinds)
};
Agreement Compare(const Mention& claim, const Mention& evidence);

// `m` with an open bound ("over 8%", "up to 10") closed near its figure (within 25%), for
// comparisons away from the bound's own slot, where writers mean a figure close to it.
Mention TightBound(const Mention& m);
// A quantity stated as an open bound: "at least 20", "over 8%", "below $25 billion".
bool IsOpenBound(const Quantity& q);

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_FACTS_FACTS_H_
