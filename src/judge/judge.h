// The judge: for one summary unit and its aligned evidence, content coverage and fact
// agreement become a verdict, a score in [0,1] and findings with byte spans.
#ifndef CLAIMCHECK_JUDGE_JUDGE_H_
#define CLAIMCHECK_JUDGE_JUDGE_H_

#include <string_view>
#include <utility>
#include <vector>

#include "checker_impl.h"
#include "judge/in_order.h"

namespace claimcheck::internal {

// Buffers reused across the units of one check, and the summary's words looked up once.
struct JudgeScratch {
  TextLexicon summary_lexicon;
  std::vector<TermTable::WordTerm> summary_word_terms;
  std::vector<Term> summary_terms;  // TermsOf of each segment of the summary, in token order
  std::vector<Term> terms;
  std::vector<ClaimTerm> claim;
  std::vector<uint32_t> claim_term_of;  // per claim term: index of its first Term
  // Per Term of the unit: not in the sources; left out as one form of a defined acronym.
  std::vector<bool> novel, skip;
  std::vector<size_t> claim_order;      // claim indices, heaviest first
  std::vector<ClaimTerm> sorted_claim;  // the claim in that order, as the aligner takes it
  std::vector<Window> windows;
  std::vector<Mention> mentions;
  std::vector<Mention> evidence_mentions;  // of a window, when its source's are not extracted
  // The mentions of the source sentences extracted for windows so far in this check, so
  // that a sentence in several units' windows is extracted once: those of index sentence
  // s are window_mentions[first, second) of sentence_mentions[s]. Emptied by LookUpSummary.
  std::vector<Mention> window_mentions;
  std::vector<std::pair<uint32_t, uint32_t>> sentence_mentions;
  std::vector<FactFinding> fact_findings;
  std::vector<uint8_t> trigram_found;
  InOrderScratch in_order;
  SourceIndex::Scratch align;
  // Per judged unit of the summary so far, in order: what JudgeSummary needs to adjust
  // its score once every unit is known. Cleared by the caller before a summary.
  struct UnitParts {
    size_t unit = 0;           // index into the report's units
    size_t begin = 0;          // its summary bytes [begin, end)
    size_t end = 0;
    double score = 0;          // coverage score, before caps
    double coverage = 1;       // the share of its weighted content its evidence holds
    double copied = 1;         // share of its word trigrams the sources hold verbatim
    // Where it leaves the sources' wording: the summary bytes of its longest run of word
    // trigrams the sources do not hold (empty when they hold them all).
    size_t reworded_begin = 0, reworded_end = 0;
    double in_order = 1;       // InOrderShare against its best evidence window (in_order.h)
    bool contradicted = false;
    bool unbacked = false;
    int splices = 0;           // see AddSplices in judge.cc, at most kMaxSplices
  };
  std::vector<UnitParts> parts;
};

// What the judge reads of a summary, found once before its units are judged: its words'
// lexicon and term-table entries, and the terms of each of its segments. Also forgets
// the source mentions kept from the last summary's windows.
void LookUpSummary(const Checker::Impl& checker, const AnalyzedText& summary,
                   JudgeScratch* scratch);

// Whether ClaimTermsOf may look the term up in the source index (SourceIndex::Find): a
// content term, or a definition's acronym in parentheses, "artificial intelligence (AI)".
// `term` is one of the terms of the unit whose first token is `tok_begin`.
bool AsksIndex(std::string_view summary, const AnalyzedText& analyzed, uint32_t tok_begin,
               const Term& term);

// The claim the aligner takes for the unit `seg`: its distinct content terms with their
// weights, heaviest first (ties by position), in scratch->sorted_claim; scratch->terms,
// novel, skip and claim_term_of are filled with it. The first step of JudgeUnit.
// `scratch` holds LookUpSummary of `analyzed`, as JudgeUnit's does.
void ClaimTermsOf(const Checker::Impl& checker, const SourceIndex& index,
                  std::string_view summary, const AnalyzedText& analyzed, const Segment& seg,
                  JudgeScratch* scratch);

// Fills out->verdict, score, evidence and findings for the unit `seg` of the summary.
void JudgeUnit(const Checker::Impl& checker, const PreparedSources::Impl& sources,
               std::string_view summary, const AnalyzedText& analyzed, const Segment& seg,
               JudgeScratch* scratch, Unit* out);

// The summary-level step, after JudgeUnit ran on every unit: a summary whose sentences
// mostly copy the sources (an extractive style) makes a sentence that departs from
// copying suspect, so each unit loses calibrated::kStyleGapPenalty * style * (1 - copied),
// style being the median copied share of the units (the lower median; none with fewer
// than two units). Likewise, when the lower median of the units' in-order shares reaches
// calibrated::kExtractiveInOrder, each unit loses calibrated::kInOrderGapPenalty *
// (1 - its in-order share).
// Sets the final score and verdict of every unit in scratch->parts, and explains a unit
// its score alone finds unsupported (a weak_support finding on `summary`'s bytes).
void JudgeSummary(const Checker::Impl& checker, std::string_view summary,
                  const JudgeScratch& scratch, std::vector<Unit>* units);

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_JUDGE_JUDGE_H_
