// The summary-level step of the judge: in a summary whose sentences mostly copy the
// sources, a sentence written in other words loses score; a lone sentence, a verbatim
// sentence and a freely written summary keep theirs.
#include <catch2/catch.hpp>
#include <string>

#include "claimcheck/claimcheck.h"
#include "../default_checker.h"

namespace claimcheck {
namespace {

using testing::DefaultChecker;

const char kSource[] =
    "Alibaba and Baidu have started using internally designed chips to train their AI "
    "models, partly replacing those made by Nvidia, The Information reported on Thursday. "
    "Alibaba has been using its own chips for smaller AI models since early this year, "
    "while Baidu is experimenting with training new versions of its Ernie AI model using "
    "its Kunlun P800 chip. Neither Alibaba nor Baidu has fully abandoned Nvidia, the report "
    "said. The shift to home-grown chips in China would further dent Nvidia's China "
    "business.";

// Two sentences copied whole.
const char kCopied[] =
    "Alibaba and Baidu have started using internally designed chips to train their AI "
    "models, partly replacing those made by Nvidia, The Information reported on Thursday. "
    "Neither Alibaba nor Baidu has fully abandoned Nvidia, the report said. ";
// Two sentences in other words.
const char kWritten[] =
    "Two Chinese internet firms now train some models on processors they designed "
    "themselves. They still buy from the American supplier as well. ";
// The sentence under test: the facts of the source, mostly in other words.
const char kParaphrase[] =
    "Baidu is now trying its Kunlun P800 processor for training fresh Ernie versions.";

const Unit& Last(const Report& r) { return r.sentences.back(); }

Report CheckSummary(const std::string& summary) {
  auto r = DefaultChecker().Check(kSource, summary);
  REQUIRE(r.ok());
  return std::move(r).value();
}

TEST_CASE("a sentence that departs from copying loses score in a copying summary") {
  const Report alone = CheckSummary(kParaphrase);
  const Report copied = CheckSummary(std::string(kCopied) + kParaphrase);
  const Report written = CheckSummary(std::string(kWritten) + kParaphrase);
  REQUIRE(copied.sentences.size() == 3);
  REQUIRE(written.sentences.size() == 3);
  INFO("alone " << Last(alone).score << ", among copies " << Last(copied).score
                << ", among free writing " << Last(written).score);
  CHECK(Last(copied).score < Last(alone).score);
  // Freely written neighbours make no extractive style: the sentence keeps its score.
  CHECK(Last(written).score == Last(alone).score);
  // The copied sentences themselves lose nothing.
  for (size_t i = 0; i < 2; ++i) {
    const Report one = CheckSummary(copied.sentences[i].text);
    CHECK(copied.sentences[i].score == one.sentences[0].score);
    CHECK(copied.sentences[i].verdict == Verdict::kSupported);
  }
  // Counts and the document score follow the adjusted units.
  size_t supported = 0;
  double lowest = 1;
  for (const Unit& u : copied.sentences) {
    supported += u.verdict == Verdict::kSupported;
    lowest = std::min(lowest, u.score);
  }
  CHECK(copied.counts.supported == supported);
  CHECK(copied.score == lowest);
}

TEST_CASE("summary style never lifts a capped unit") {
  // A contradicted sentence stays capped whatever its neighbours.
  const std::string flipped = "Alibaba and Baidu have fully abandoned Nvidia, the report said.";
  const Report r = CheckSummary(std::string(kCopied) + flipped);
  CHECK(Last(r).verdict == Verdict::kContradicted);
  CHECK(Last(r).score <= 0.05);
}

}  // namespace
}  // namespace claimcheck
