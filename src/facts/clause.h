// Clause-level context for fact checks: where a clause around a token begins and ends,
// which tokens carry content, and the content stems near a mention, so that two mentions
// can be said to fill the same slot ("surged by 8%" and "surged by 18%" share "surged").
#ifndef CLAIMCHECK_FACTS_CLAUSE_H_
#define CLAIMCHECK_FACTS_CLAUSE_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "facts/token_view.h"

namespace claimcheck::internal {

// Tokens either side of a mention that count as its context.
constexpr uint32_t kContextWindow = 6;
// How far before a word a negation or hedge still governs it.
constexpr uint32_t kScopeWindow = 5;

// How far either side of a token a clause may reach. Real clauses are far shorter; the
// bound keeps a run of thousands of words with no punctuation (a scraped table, a page
// flattened into one line) from making every clause lookup linear in its length.
constexpr uint32_t kMaxClauseReach = 64;

struct Clause {
  uint32_t begin = 0;
  uint32_t end = 0;
};

// The clause around token t: bounded by , ; : ( ) . and a newline, and by clause words
// ("but", "while", "which"), and at most kMaxClauseReach tokens either side of t.
Clause ClauseAround(const TokenView& v, uint32_t t);

// An adverb by its spelling: "-ly" on a word of five letters or more ("reportedly", not
// "fly").
bool EndsWithLy(std::string_view s);

// What IsContent asks of a token with a letter, which depends on its word alone: its
// norm, whether it is a stopword (a letter token's kTokStopword) and its lexicon entry
// `w` (may be null).
bool IsContentWord(std::string_view norm, bool stopword, const WordInfo* w);
// A token that says what a clause is about: a letter word that is not a function word,
// an auxiliary, a clause word, a negation or a hedge. Always inline: the fact checks ask
// it of every token of an evidence window, mostly answered by the word's marks.
__attribute__((always_inline)) inline bool IsContent(const TokenView& v, uint32_t k) {
  if (!v.In(k) || !v.Has(k, kTokAlpha)) return false;
  const TextLexicon* lexicon = v.lexicon();
  if (lexicon != nullptr && !lexicon->traits.empty()) {
    return (lexicon->traits[v.tok(k).word] & kTraitContent) != 0;
  }
  return IsContentWord(v.norm(k), v.Has(k, kTokStopword), v.word(k));
}

// Stems of content tokens within kContextWindow of [first, last), inside the clause,
// excluding the mention's own tokens. Views into the tokens.
// With `across`, the window reaches past clause edges (within the unit).
void ContextStems(const TokenView& v, uint32_t first, uint32_t last,
                  std::vector<std::string_view>* out, bool across = false);

// The two stem lists share a stem.
bool ShareStem(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b);
// How many distinct stems of `a` also stand in `b`.
int SharedStems(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b);

// The first content token after `t` in its clause, skipping auxiliaries, adverbs in
// -ly and names ("did not immediately respond" -> "respond"); or v.end().
uint32_t PredicateAfter(const TokenView& v, uint32_t t);

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_FACTS_CLAUSE_H_
