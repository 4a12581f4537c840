// The judge: for one summary unit and its aligned evidence, content coverage and fact
// agreement become a verdict, a score in [0,1] and findings with byte spans.
#ifndef CLAIMCHECK_JUDGE_JUDGE_H_
#define CLAIMCHECK_JUDGE_JUDGE_H_

#include <string_view>
#include <vector>

#include "checker_impl.h"

namespace claimcheck::internal {

// Buffers reused across the units of one check, and the summary's words looked up once.
struct JudgeScratch {
  TextLexicon summary_lexicon;
  std::vector<TermTable::WordTerm> summary_word_terms;
  std::vector<Term> terms;
  std::vector<ClaimTerm> claim;
  std::vector<uint32_t> claim_term_of;  // per claim term: index of its first Term
  std::vector<Window> windows;
  std::vector<Mention> mentions;
  std::vector<FactFinding> fact_findings;
  SourceIndex::Scratch align;
};

// Fills out->verdict, score, evidence and findings for the unit `seg` of the summary.
void JudgeUnit(const Checker::Impl& checker, const PreparedSources::Impl& sources,
               std::string_view summary, const AnalyzedText& analyzed, const Segment& seg,
               JudgeScratch* scratch, Unit* out);

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_JUDGE_JUDGE_H_
