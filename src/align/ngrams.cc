// Hashed word n-grams (see ngrams.h).
#include "align/ngrams.h"

#include <string_view>

#include "text/string_table.h"
#include "facts/work_count.h"

namespace claimcheck::internal {
namespace {

// The key of an n-gram: `prefix` (the key of the words before, or the first word's stem
// hash) extended by a word's stem hash `h`. Stem hashes are mixed already (HashBytes), so
// a multiply by an odd constant (a bijection) and a xor keep "a b" and "b a" apart; the
// set mixes its keys again to place them.
uint64_t Extend(uint64_t prefix, uint64_t h) { return prefix * 0x9e3779b97f4a7c15ull ^ h; }

}  // namespace

void NgramSet::Add(const AnalyzedText& analyzed, uint32_t tok_begin, uint32_t tok_end,
                   const std::vector<uint8_t>* kept) {
  // Sized once for the whole text (about two n-grams per token) rather than grown; with
  // `kept`, a few of them are kept, and the set grows to hold them.
  if (grams_.size() == 0 && kept == nullptr) grams_.Reserve(2 * analyzed.tokens.size());
  CountWork(tok_end - tok_begin);
  // A trigram's key extends its first bigram's: the bigram of the step before.
  uint64_t h1 = 0, bigram = 0;  // the previous word, and the bigram it ended
  uint32_t run = 0;             // words kept in a row, up to this one
  // Symbols ("%", "$") are words here: "15 %" and "15%" give the same sequence.
  for (uint32_t i = tok_begin; i < tok_end; ++i) {
    if (kept != nullptr && (*kept)[analyzed.tokens[i].word] == 0) {
      run = 0;
      continue;
    }
    const uint64_t h = analyzed.stem_hash(i);
    if (++run >= 2) {
      const uint64_t before = bigram;
      bigram = Extend(h1, h);
      grams_.Insert(bigram);
      if (run >= 3) grams_.Insert(Extend(before, h) ^ 1);
    }
    h1 = h;
  }
}

NgramCounts NgramSet::Count(const AnalyzedText& analyzed, uint32_t tok_begin, uint32_t tok_end,
                            std::vector<uint8_t>* trigram_found) const {
  NgramCounts c;
  if (trigram_found != nullptr) trigram_found->clear();
  CountWork(tok_end - tok_begin);
  uint64_t h1 = 0, bigram = 0;  // as in Add
  for (uint32_t i = tok_begin; i < tok_end; ++i) {
    const uint64_t h = analyzed.stem_hash(i);
    if (i >= tok_begin + 1) {
      const uint64_t before = bigram;
      bigram = Extend(h1, h);
      ++c.bigrams;
      c.bigrams_found += grams_.Contains(bigram);
      if (i >= tok_begin + 2) {
        ++c.trigrams;
        const bool found = grams_.Contains(Extend(before, h) ^ 1);
        c.trigrams_found += found;
        if (trigram_found != nullptr) trigram_found->push_back(found);
      }
    }
    h1 = h;
  }
  return c;
}

}  // namespace claimcheck::internal
