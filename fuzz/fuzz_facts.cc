// Fuzz target: fact extraction and the fact checks. Mentions lie in their unit's tokens,
// in token order (MakeFactSpan and the clause lookups binary-search on it), with byte
// spans equal to their tokens' and finite quantities; every unit is then checked against
// every unit as evidence, and each finding's spans must lie in the claim and the text.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "facts/clause.h"
#include "facts/fact_check.h"
#include "facts/facts.h"
#include "facts/lexicon.h"
#include "facts/token_view.h"
#include "fuzz_util.h"
#include "text/analyzer.h"

namespace {

using namespace claimcheck::internal;

using claimcheck::fuzz::SharedAnalyzer;

// ClauseAround as a plain walk out to the nearest clause boundary, within the reach: the
// reference for its indexed version.
Clause ReferenceClause(const TokenView& v, uint32_t t) {
  auto boundary = [&](uint32_t k) {
    return (v.GapBefore(k) & kGapClauseEnd) || HasLex(v.word(k), kLexClauseBreak);
  };
  const uint32_t lo = t > v.begin() + kMaxClauseReach ? t - kMaxClauseReach : v.begin();
  const uint32_t hi = t + kMaxClauseReach < v.end() ? t + kMaxClauseReach : v.end();
  Clause c{t, t + 1};
  while (c.begin > lo && !boundary(c.begin)) --c.begin;
  while (c.end < hi && !boundary(c.end)) ++c.end;
  return c;
}

// Bounds the all-pairs check below so that one input stays fast.
constexpr size_t kMaxPairs = 64;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using claimcheck::fuzz::CheckSpan;
  const std::string text = claimcheck::fuzz::RepairUtf8(claimcheck::fuzz::AsText(data, size));
  AnalyzedText analyzed;
  SharedAnalyzer().Analyze(text, &analyzed);

  std::vector<Mention> all;
  std::vector<uint32_t> first_of;  // per segment: first mention; +1 end
  for (const Segment& s : analyzed.segments) {
    first_of.push_back(static_cast<uint32_t>(all.size()));

  for (const Segment& s : analyzed.segments) {
    const TokenView view(text, analyzed, s.tok_begin, s.tok_end);
    for (uint32_t t = s.tok_begin; t < s.tok_end; ++t) {
      const Clause got = ClauseAround(view, t);
      const Clause want = ReferenceClause(view, t);
      FUZZ_CHECK(got.begin == want.begin && got.end == want.end,
                 "clause of token %u is [%u,%u), the walk gives [%u,%u)", t, got.begin, got.end,
                 want.begin, want.end);
    }
  }
    const size_t before = all.size();
    ExtractFacts(text, analyzed, s.tok_begin, s.tok_end, &all);
    std::vector<Mention> again;
    ExtractFacts(text, analyzed, s.tok_begin, s.tok_end, &again);
    FUZZ_CHECK(again.size() == all.size() - before, "a second extraction differs");
    uint32_t prev = s.tok_begin;
    for (size_t i = before; i < all.size(); ++i) {
      const Mention& m = all[i];
      FUZZ_CHECK(m.tok_begin < m.tok_end && m.tok_begin >= s.tok_begin && m.tok_end <= s.tok_end,
                 "mention tokens [%u,%u) outside the unit's [%u,%u)", m.tok_begin, m.tok_end,
                 s.tok_begin, s.tok_end);
      FUZZ_CHECK(m.tok_begin >= prev, "mentions out of token order (%u after %u)", m.tok_begin,
                 prev);
      prev = m.tok_begin;
      CheckSpan(text, m.begin, m.end, "mention");
      FUZZ_CHECK(m.begin == analyzed.tokens[m.tok_begin].begin &&
                     m.end == analyzed.tokens[m.tok_end - 1].end,
                 "mention bytes [%u,%u) are not its tokens' bytes", m.begin, m.end);
      const Mention& a = again[i - before];
      FUZZ_CHECK(a.kind == m.kind && a.begin == m.begin && a.end == m.end && a.key == m.key,
                 "a second extraction differs at mention %zu", i - before);
      if (m.kind == MentionKind::kQuantity) {
        FUZZ_CHECK(!std::isnan(m.quantity.value) && !std::isnan(m.quantity.value_hi) &&
                       !std::isnan(m.quantity.precision),
                   "quantity %s is NaN", m.key.c_str());
        FUZZ_CHECK(Compare(m, m) != Agreement::kConflict, "quantity %s conflicts with itself",
                   m.key.c_str());
      }
      if (m.kind == MentionKind::kDate) {
        FUZZ_CHECK(Compare(m, m) != Agreement::kConflict, "date %s conflicts with itself",
                   m.key.c_str());
      }
    }
  }
  first_of.push_back(static_cast<uint32_t>(all.size()));

  SourceFacts sources;
  sources.AddSource(text, analyzed, all);
  std::vector<FactFinding> findings;
  size_t pairs = 0;
  for (size_t c = 0; c < analyzed.segments.size() && pairs < kMaxPairs; ++c) {
    const Segment& cs = analyzed.segments[c];
    std::vector<Mention> claim_mentions(all.begin() + first_of[c], all.begin() + first_of[c + 1]);
    const FactSpan claim =
        MakeFactSpan(text, analyzed, claim_mentions, cs.tok_begin, cs.tok_end, 0);
    FUZZ_CHECK(claim.mention_count == claim_mentions.size(),
               "MakeFactSpan keeps %zu of the unit's %zu mentions", claim.mention_count,
               claim_mentions.size());
    for (size_t e = 0; e < analyzed.segments.size() && pairs < kMaxPairs; ++e, ++pairs) {
      const Segment& es = analyzed.segments[e];
      std::vector<FactSpan> evidence = {
          MakeFactSpan(text, analyzed, all, es.tok_begin, es.tok_end, 0)};
      FUZZ_CHECK(evidence[0].mention_count == first_of[e + 1] - first_of[e],
                 "MakeFactSpan picks %zu mentions for unit %zu, which has %u",
                 evidence[0].mention_count, e, first_of[e + 1] - first_of[e]);
      findings.clear();
      CheckFacts(claim, evidence, sources, &findings);
      for (const FactFinding& f : findings) {
        CheckSpan(text, f.begin, f.end, "finding");
        FUZZ_CHECK(f.begin >= cs.begin && f.end <= cs.end,
                   "finding [%u,%u) outside the claim [%u,%u)", f.begin, f.end, cs.begin, cs.end);
        FUZZ_CHECK(!f.detail.empty(), "finding without detail");
        if (f.has_source) CheckSpan(text, f.source_begin, f.source_end, "finding source");
      }
    }
  }
  return 0;
}
