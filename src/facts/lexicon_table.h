// The facts stage's word table (lexicon.h), laid out at build time by
// scripts/gen_facts_lexicon.cc from the word lists of facts/lexicon_words.inc: a process
// finds words in it at once, where building it at first use was a large part of every
// process's start-up. tests/facts/lexicon_table_test.cc builds the lists' table at run time
// and compares.
#ifndef CLAIMCHECK_FACTS_LEXICON_TABLE_H_
#define CLAIMCHECK_FACTS_LEXICON_TABLE_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "align/lexicon_index.h"
#include "align/stem_data.h"
#include "facts/lexicon.h"

namespace claimcheck::internal {

namespace fact_lexicon {
// The words, sorted (byte order), each once: word i is kWords[kWordEnds[i - 1],
// kWordEnds[i]) (from 0 for i = 0), with kInfo[i] its entry.
extern const size_t kWordCount;
extern const char kWords[];
extern const uint32_t kWordEnds[];
extern const WordInfo kInfo[];
// FindWord's index over the words: what LexiconIndex looks up.
extern const WordIndex kIndex;
}  // namespace fact_lexicon

// Word i of the table.
inline std::string_view LexiconWordAt(size_t i) {
  return StemAt(fact_lexicon::kWords, fact_lexicon::kWordEnds, i);
}

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_FACTS_LEXICON_TABLE_H_
