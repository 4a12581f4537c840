// Word n-grams of the sources: what a claim's count finds, with every n-gram kept and with
// only those of the claim's words.
#include "align/ngrams.h"

#include <catch2/catch.hpp>
#include <memory>
#include <string>
#include <vector>

#include "text/analyzer.h"

namespace claimcheck::internal {
namespace {

const Analyzer& TheAnalyzer() {
  static const std::unique_ptr<Analyzer> kAnalyzer = std::move(Analyzer::Create("en").value());
  return *kAnalyzer;
}

AnalyzedText Analyze(const std::string& text) {
  AnalyzedText a;
  TheAnalyzer().Analyze(text, &a);
  return a;
}

NgramSet SetOf(const AnalyzedText& source, const U64Set* stems) {
  std::vector<uint8_t> kept;
  if (stems != nullptr) {
    for (uint32_t id = 0; id < source.words.size(); ++id) {
      kept.push_back(stems->Contains(source.words.stem_hash(id)));
    }
  }
  NgramSet set;
  for (const Segment& s : source.segments) {
    set.Add(source, s.tok_begin, s.tok_end, stems != nullptr ? &kept : nullptr);
  }
  return set;
}

TEST_CASE("n-grams: a claim's count is the same over the claim's words alone", "[align]") {
  const std::string source_text =
      "The company reported revenue of $5 billion on Thursday. Shares rose 15% after the "
      "report, and analysts said the results beat expectations.";
  const AnalyzedText source = Analyze(source_text);
  for (const std::string claim_text :
       {"Shares rose 15% after the report.", "The company reported revenue of $6 billion.",
        "Analysts said revenue beat the report.", "Rose shares after 15%."}) {
    INFO(claim_text);
    const AnalyzedText claim = Analyze(claim_text);
    U64Set stems;
    for (uint32_t id = 0; id < claim.words.size(); ++id) stems.Insert(claim.words.stem_hash(id));
    const NgramSet all = SetOf(source, nullptr), kept = SetOf(source, &stems);
    const uint32_t end = static_cast<uint32_t>(claim.tokens.size());
    std::vector<uint8_t> found_all, found_kept;
    const NgramCounts a = all.Count(claim, 0, end, &found_all);
    const NgramCounts k = kept.Count(claim, 0, end, &found_kept);
    CHECK(a.bigrams == k.bigrams);
    CHECK(a.bigrams_found == k.bigrams_found);
    CHECK(a.trigrams == k.trigrams);
    CHECK(a.trigrams_found == k.trigrams_found);
    CHECK(found_all == found_kept);
  }
  // The sequences found: all of a copied clause, none of a reordered one.
  const AnalyzedText copied = Analyze("Shares rose 15% after the report.");
  const NgramCounts c = SetOf(source, nullptr).Count(
      copied, 0, static_cast<uint32_t>(copied.tokens.size()));
  CHECK(c.trigrams_found == c.trigrams);
  const AnalyzedText reordered = Analyze("Rose shares after 15%.");
  const NgramCounts r = SetOf(source, nullptr).Count(
      reordered, 0, static_cast<uint32_t>(reordered.tokens.size()));
  CHECK(r.trigrams_found == 0);
}

}  // namespace
}  // namespace claimcheck::internal
