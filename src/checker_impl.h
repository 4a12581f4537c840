// The insides of Checker and PreparedSources, shared by checker.cc and the judge.
#ifndef CLAIMCHECK_CHECKER_IMPL_H_
#define CLAIMCHECK_CHECKER_IMPL_H_

#include <memory>
#include <string>
#include <vector>

#include "align/ngrams.h"
#include "align/source_index.h"
#include "align/terms.h"
#include "claimcheck/claimcheck.h"
#include "facts/entity_match.h"
#include "facts/fact_check.h"
#include "facts/facts.h"
#include "text/analyzer.h"

namespace claimcheck {

struct PreparedSources::Impl {
  struct Doc {
    std::string text;            // an owned copy: reports must not point into caller memory
    internal::AnalyzedText analyzed;
    internal::TextLexicon lexicon;                // its words' lexicon entries, by word id
  };
  std::vector<Doc> docs;
  // The sources' terms and word bigrams and trigrams; in a thread's own, prepared for one
  // summary (Check(sources, summary)), only those of the summary's words and terms.
  internal::SourceIndex index;
  internal::NgramSet ngrams;
  // What the sources give anywhere, and each source's mentions once extracted: complete
  // in a PreparedSources (Checker::Prepare), extracted on first need in a thread's own.
  std::unique_ptr<internal::SourceFacts> facts;
};

struct Checker::Impl {
  Options options;
  std::unique_ptr<internal::Analyzer> analyzer;
  std::unique_ptr<internal::TermTable> terms;
  internal::AliasTable aliases;  // the built-in names plus Options::aliases, for facts
};

namespace internal {

// The index-build stage of Checker::Prepare for one analyzed source document `doc`, its
// words' terms `word_terms` (TermTable::WordTermsOf) already looked up: its sentences'
// terms into `index` (between BeginText and the caller's Finish) and its word n-grams
// into `ngrams`. `keys` and `ngram_words` (may be null) narrow both to what one summary
// can ask about (SourceIndex::AddSentence, NgramSet::Add). `terms` is a buffer.
void IndexSource(const TermTable& table, uint32_t doc, const AnalyzedText& analyzed,
                 const std::vector<TermTable::WordTerm>& word_terms, const U64Set* keys,
                 const std::vector<uint8_t>* ngram_words, std::vector<Term>* terms,
                 SourceIndex* index, NgramSet* ngrams);

}  // namespace internal
}  // namespace claimcheck

#endif  // CLAIMCHECK_CHECKER_IMPL_H_
