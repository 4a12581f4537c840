// An index over the sentences of one or more sources: a term dictionary, postings and
// BM25-style term weights, and alignment of a claim to its best sentences or windows of
// 2-3 adjacent sentences. Cost is linear in the postings the claim's terms touch; no
// all-pairs comparison.
#ifndef CLAIMCHECK_ALIGN_SOURCE_INDEX_H_
#define CLAIMCHECK_ALIGN_SOURCE_INDEX_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "align/terms.h"
#include "text/string_table.h"

namespace claimcheck::internal {

inline constexpr uint32_t kNoTerm = 0xffffffffu;

struct IndexedSentence {
  uint32_t doc = 0;         // source index
  uint32_t seg = 0;         // segment index within that source's AnalyzedText
  uint32_t terms_begin = 0; // its distinct term ids: SourceIndex::SentenceTerms
  uint32_t terms_end = 0;
};

// A window of adjacent sentences [first, last] (global sentence ids, one source).
struct Window {
  uint32_t first = 0;
  uint32_t last = 0;
  double score = 0;       // weighted share of the claim's terms found in it, in [0,1]
  uint64_t matched = 0;   // bit i set: the claim's i-th aligned term occurs in the window
};

// One distinct content term of a claim, as the aligner sees it.
struct ClaimTerm {
  uint32_t id = kNoTerm;  // kNoTerm: in no source
  double weight = 0;
};

class SourceIndex {
 public:
  // Starts the sentences of a text with `words` distinct words (its WordTable), in
  // `sentences` segments of `tokens` tokens: a term that names its word (Term::word) is
  // then looked up in the dictionary once per word of the text, not at every occurrence.
  // Call it before each text whose terms carry words.
  void BeginText(size_t words, size_t sentences, size_t tokens);
  // Adds one sentence (segment `seg` of source `doc`) with its terms; content terms only
  // are indexed. Sentences must be added in order: by doc, then by seg. With `keys`, only
  // the terms whose key's HashBytes is in it: those of the one claim text whose terms will
  // be looked up (the others would be asked nothing, and a term's weight and postings do
  // not depend on the other terms).
  void AddSentence(uint32_t doc, uint32_t seg, const std::vector<Term>& terms,
                   const U64Set* keys = nullptr);
  // Builds the postings; call once after the last AddSentence.
  void Finish();
  // Empty, keeping the memory for the next sources.
  void clear();

  uint32_t Find(std::string_view key) const;
  // Inverse document frequency over sentences (BM25's, always > 0). Worked out when asked:
  // a claim asks about a few of its terms, where a source has hundreds.
  double Idf(uint32_t id) const;
  // The weight of a term no source has: above any indexed term's.
  double UnknownIdf() const { return unknown_idf_; }
  size_t num_sentences() const { return sentences_.size(); }
  const IndexedSentence& sentence(uint32_t i) const { return sentences_[i]; }
  bool SentenceHas(uint32_t sentence, uint32_t term) const;

  // Scratch reused across the claims of one check (one per thread).
  struct Scratch {
    std::vector<uint64_t> mask;      // per sentence: which claim terms it holds
    std::vector<uint32_t> touched;   // sentences with a non-zero mask
    std::vector<Window> windows;
    // Set by Align: the window, apart from the best, that adds the most claim weight the
    // best lacks (a summary sentence often fuses two distant passages). complement.matched
    // is 0 when no window adds any.
    Window complement;
  };
  // The best `k` non-overlapping windows for the claim's first 64 terms (callers put the
  // heaviest first), best first; ties go to the shorter, then the earlier window.
  void Align(const std::vector<ClaimTerm>& claim, size_t k, Scratch* scratch,
             std::vector<Window>* out) const;

 private:
  StringTable dict_;  // term key -> term id
  // The current text's word id -> term id, kNoTerm (not yet asked) or kLeftOut (its key
  // is not in AddSentence's `keys`).
  static constexpr uint32_t kLeftOut = kNoTerm - 1;
  std::vector<uint32_t> term_of_word_;
  // Postings in one array: term t's sentence ids (ascending) are
  // postings_[posting_begin_[t], posting_begin_[t + 1]); built by Finish().
  std::vector<uint32_t> posting_begin_;
  std::vector<uint32_t> postings_;
  double unknown_idf_ = 1;
  std::vector<IndexedSentence> sentences_;
  std::vector<uint32_t> sentence_terms_;  // sorted distinct ids per sentence
};

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_ALIGN_SOURCE_INDEX_H_
