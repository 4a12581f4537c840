// Matching terms: the keys under which a claim's words are looked up in the sources.
// A term is one token's stem, or one canonical key for a phrase or variant that readers
// treat as the same ("U.S." = "US" = "United States", "bn" = "billion", "per cent" = "%",
// "two" = "2", a user alias), so that both sides of a comparison use one vocabulary.
#ifndef CLAIMCHECK_ALIGN_TERMS_H_
#define CLAIMCHECK_ALIGN_TERMS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "text/string_table.h"
#include "text/analyzer.h"

namespace claimcheck::internal {

inline constexpr uint32_t kNoWord = 0xffffffffu;

struct Term {
  uint32_t tok_begin = 0;  // tokens [tok_begin, tok_end) of the analyzed text
  uint32_t tok_end = 0;
  bool content = false;    // counts for coverage: not a stopword, not a lone symbol
  // The token's word id (WordTable) when the key follows from the word alone (not a
  // phrase, not the case-dependent "US"), so a text's term ids can be memoized per
  // word; kNoWord otherwise.
  uint32_t word = kNoWord;
  // A stem in the analyzed text's WordTable or a key in the TermTable: valid while both
  // live, with no copy per term.
  std::string_view key;
};

// The equivalence table: the built-in one plus the caller's aliases. Immutable after
// construction, shared by all threads.
class TermTable {
 public:
  // `aliases`: groups of phrases that name one thing; each phrase normalized by `analyzer`.
  TermTable(const Analyzer& analyzer, const std::vector<std::vector<std::string>>& aliases);

  // What the table holds for each word of a text (by word id, WordTable), found once per
  // distinct word: TermsOf reads it for every token.
  struct WordTerm {
    uint32_t entry = StringTable::kNotFound;  // the word's norm in the maps below
    bool framing = false;                     // its stem is a framing word's
    bool left_out = false;                    // TermsOf gives it no term (LeaveOut)
    bool clock = false;                       // its stem is a glued clock time, "8pm"
  };
  // Taken from the words' marks when they have them (WordTable::marked). With `keys`,
  // the words LeaveOut(words, *keys) marks are marked left out too.
  void WordTermsOf(const WordTable& words, std::vector<WordTerm>* out,
                   const U64Set* keys = nullptr) const;
  // Marks left out the words whose only possible term is keyed by their stem (no entry
  // in the maps below, no clock hour) where HashBytes of that stem is not in `keys`: a
  // caller that asks for those keys alone skips such words' tokens.
  void LeaveOut(const WordTable& words, const U64Set& keys,
                std::vector<WordTerm>* word_terms) const;
  // WordMarks::terms of a word: its WordTerm packed (the arguments' hashes are HashBytes).
  uint32_t WordMarks(std::string_view norm, uint64_t norm_hash, std::string_view stem,
                     uint64_t stem_hash) const;

  // Terms of tokens[tok_begin, tok_end), longest phrase match first, in token order;
  // `word_terms` is WordTermsOf(analyzed.words), and a word left out has none.
  void TermsOf(const AnalyzedText& analyzed, uint32_t tok_begin, uint32_t tok_end,
               const std::vector<WordTerm>& word_terms, std::vector<Term>* out) const;

 private:
  struct Phrase {
    std::vector<std::string> norms;  // token norms, in order
    std::string key;
  };
  // `stems` (may be null): the Snowball stem of each name, used for a name of lowercase
  // ASCII letters instead of tokenizing it; `a`: scratch for the tokens of each name.
  void AddGroup(const Analyzer& analyzer, const std::vector<std::string_view>& names,
                const std::vector<std::string_view>* stems, AnalyzedText* a);
  // First token norm -> phrases starting with it, longest first.
  std::unordered_map<std::string, std::vector<Phrase>> phrases_;
  // Single-token variants: norm -> key.
  std::unordered_map<std::string, std::string> single_;
  // Irregular inflections whose base is not one lowercase ASCII word: norm -> the base
  // form's stem. (The others' stems are static data: lexicon_data::kBaseStems.)
  std::unordered_map<std::string, std::string> irregular_;
  // The maps above flattened for one probe per token: norm -> what each map holds for
  // it (views into the maps, which are not changed after construction, or into the
  // static stems; the keys are views rather than pointers to the strings, which TermsOf
  // would read one load later).
  struct Entry {
    const std::vector<Phrase>* phrases = nullptr;
    bool has_single = false;
    bool has_irregular = false;
    std::string_view single;
    std::string_view irregular;
  };
  StringTable norm_ids_;
  std::vector<Entry> entries_;
  // Stems of framing words (reporting verbs, generic roles): never content.
  StringTable framing_ids_;
};

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_ALIGN_TERMS_H_
