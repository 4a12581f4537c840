// The in-order share (judge/in_order.h) and what the judge does with it: the bit-parallel
// LCS agrees with the textbook table on random word sequences of every length, a
// compression keeps a share of 1, inserted or moved words lower it, and in a summary whose
// sentences mostly say their evidence in order, a sentence that does not loses score.
#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <vector>

#include "../default_analyzer.h"
#include "../default_checker.h"
#include "claimcheck/calibrated.h"
#include "claimcheck/claimcheck.h"
#include "judge/in_order.h"

namespace claimcheck {
namespace {

using internal::AnalyzedText;
using internal::InOrderScratch;
using internal::InOrderShare;

AnalyzedText Analyze(const std::string& text) {
  AnalyzedText a;
  testing::DefaultAnalyzer().Analyze(text, &a);
  return a;
}

double Share(const std::string& claim, const std::string& evidence) {
  const AnalyzedText c = Analyze(claim), e = Analyze(evidence);
  InOrderScratch scratch;
  return InOrderShare(c, 0, static_cast<uint32_t>(c.tokens.size()), e, 0,
                      static_cast<uint32_t>(e.tokens.size()), &scratch);
}

size_t TableLcs(const std::vector<int>& a, const std::vector<int>& b) {
  std::vector<std::vector<size_t>> t(a.size() + 1, std::vector<size_t>(b.size() + 1, 0));
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      t[i][j] = a[i - 1] == b[j - 1] ? t[i - 1][j - 1] + 1 : std::max(t[i - 1][j], t[i][j - 1]);
    }
  }
  return t[a.size()][b.size()];
}

TEST_CASE("in-order share: the bit-parallel LCS equals the table's on random sequences") {
  static const char* const kWords[] = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot"};
  std::mt19937 rng(7);
  InOrderScratch scratch;  // reused across claims of every length, as the judge does
  for (size_t n : {1, 5, 63, 64, 65, 130, 200}) {
    for (int round = 0; round < 5; ++round) {
      const size_t m = 1 + rng() % 300;
      std::vector<int> a(n), b(m);
      std::string ta, tb;
      for (int& x : a) {
        x = static_cast<int>(rng() % 6);
        ta += std::string(kWords[x]) + " ";
      }
      for (int& x : b) {
        x = static_cast<int>(rng() % 6);
        tb += std::string(kWords[x]) + " ";
      }
      const AnalyzedText ca = Analyze(ta), cb = Analyze(tb);
      REQUIRE(ca.tokens.size() == n);
      REQUIRE(cb.tokens.size() == m);
      const double share = InOrderShare(ca, 0, static_cast<uint32_t>(n), cb, 0,
                                        static_cast<uint32_t>(m), &scratch);
      INFO("n " << n << ", m " << m);
      CHECK(share * static_cast<double>(n) == Approx(static_cast<double>(TableLcs(a, b))));
    }
  }
}

TEST_CASE("in-order share: compressions keep it, insertions and moves lower it") {
  const std::string src =
      "Professor Ninian Peckitt claimed he had simply digitally manipulated the patient's "
      "face as part of hospital treatment, but witnesses said he had been hitting him.";
  // Words dropped, the rest in order: a compression.
  CHECK(Share("Peckitt claimed he had digitally manipulated the patient's face.", src) == 1.0);
  // The attribution moved before what it did not say.
  const double moved = Share("Witnesses said he had digitally manipulated the patient's face.", src);
  CHECK(moved < 1.0);
  // Words of its own.
  CHECK(Share("Peckitt claimed he had quietly repaired the patient's broken jaw.", src) < 0.8);
  // Punctuation does not count; no words at all is a share of 1.
  CHECK(Share("\"Peckitt claimed ...\"", src) == 1.0);
  CHECK(Share("...", src) == 1.0);
}

const char kSource[] =
    "Little Catalina from America was filmed emptying out the contents of the kitchen "
    "cabinets at home. Her mother posted the clip online. It went up on Tuesday her mother "
    "said. The video has been watched more than a million times.";

TEST_CASE("in a summary that keeps its evidence's order, a sentence that does not loses score") {
  // Every word trigram of it is in the source (so the copying style step takes nothing
  // from it), but not in the order of its evidence.
  const std::string moved = "On Tuesday her mother posted the clip online.";
  const std::string in_order =
      "Little Catalina from America was filmed emptying out the contents of the kitchen "
      "cabinets at home. The video has been watched more than a million times. ";
  const std::string written =
      "A toddler raided the cupboards while being recorded. Many people have seen it. ";
  auto alone = testing::DefaultChecker().Check(kSource, moved);
  auto among = testing::DefaultChecker().Check(kSource, in_order + moved);
  auto among_written = testing::DefaultChecker().Check(kSource, written + moved);
  REQUIRE(alone.ok());
  REQUIRE(among.ok());
  REQUIRE(among_written.ok());
  REQUIRE(among.value().sentences.size() == 3);
  REQUIRE(among_written.value().sentences.size() == 3);
  const double alone_score = alone.value().sentences[0].score;
  INFO("alone " << alone_score << ", among in-order sentences "
                << among.value().sentences[2].score << ", among written ones "
                << among_written.value().sentences[2].score);
  CHECK(among.value().sentences[2].score < alone_score);
  CHECK(among.value().sentences[2].score >= alone_score - calibrated::kInOrderGapPenalty);
  // Neighbours in their own words make no such style: the sentence keeps its score.
  CHECK(among_written.value().sentences[2].score == alone_score);
  // The in-order sentences themselves lose nothing.
  for (size_t i = 0; i < 2; ++i) {
    auto one = testing::DefaultChecker().Check(kSource, among.value().sentences[i].text);
    REQUIRE(one.ok());
    CHECK(among.value().sentences[i].score == one.value().sentences[0].score);
  }
}

}  // namespace
}  // namespace claimcheck
