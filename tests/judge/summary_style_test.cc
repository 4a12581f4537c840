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

TEST_CASE("a unit the score alone finds unsupported says why") {
  // Baidu's chip with Alibaba's "smaller AI models since early this year": every word is
  // in the source, the two passages are not joined there.
  const std::string fused =
      "Baidu is experimenting with its Kunlun P800 chip to train smaller AI models since "
      "early this year.";
  const std::string summary = std::string(kCopied) + fused;
  const Report r = CheckSummary(summary);
  REQUIRE(r.sentences.size() == 3);
  const Unit& u = Last(r);
  REQUIRE(u.verdict == Verdict::kUnsupported);
  REQUIRE(u.findings.size() == 1);
  const Finding& f = u.findings[0];
  CHECK(f.kind == FindingKind::kWeakSupport);
  // The finding marks where the unit leaves the source's wording, inside the unit.
  CHECK(f.begin >= u.begin);
  CHECK(f.end <= u.end);
  CHECK(f.end - f.begin < u.end - u.begin);
  CHECK(summary.substr(f.begin, f.end - f.begin) == f.text);
  CHECK(f.text.find("experimenting with its") != std::string::npos);
  CHECK(f.detail.find("of its word sequences stand in the sources") != std::string::npos);
  CHECK(f.detail.find("the summary's other sentences copy the sources") != std::string::npos);
  // Supported units, and a unit another finding explains, get none.
  for (size_t i = 0; i < 2; ++i) CHECK(r.sentences[i].findings.empty());
  const Report said = CheckSummary(std::string(kCopied) + kParaphrase);
  for (const Finding& g : Last(said).findings) CHECK(g.kind != FindingKind::kWeakSupport);
  CHECK_FALSE(Last(said).findings.empty());
}

}  // namespace
}  // namespace claimcheck
