// The WordNet antonym table: lookups by norm and stem, and the committed table matching
// what scripts/gen_antonyms.py makes from the installed WordNet.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "facts/antonyms.h"
#include "facts/fact_check.h"
#include "facts_test_util.h"

namespace claimcheck::internal {
namespace {

using testing::AnalyzeDoc;
using testing::TokenRange;

TEST_CASE("antonym lookups by norm and stem", "[facts][antonyms]") {
  CHECK(AntonymPairCount() > 1000);
  struct Row {
    const char* na;
    const char* sa;
    const char* nb;
    const char* sb;
    bool expected;
  };
  const Row rows[] = {
      {"increase", "increas", "decrease", "decreas", true},
      {"increased", "increas", "decreases", "decreas", true},  // by stem
      {"easy", "easi", "difficult", "difficult", true},
      {"win", "win", "lose", "lose", true},
      {"agree", "agre", "disagree", "disagre", true},
      {"accept", "accept", "reject", "reject", true},
      {"tiny", "tini", "big", "big", true},  // a satellite takes its head's antonym
      {"hard", "hard", "easy", "easi", true},  // so does a lemma of the head ("difficult, hard")
      {"increase", "increas", "increase", "increas", false},
      {"chip", "chip", "model", "model", false},
      // A stem joins words a reader keeps apart: "parts" is no form of "parted" (whose
      // antonym is "simple"), "development" none of "developed".
      {"parted", "part", "simple", "simpl", true},
      {"parts", "part", "simple", "simpl", false},
      {"stopped", "stop", "started", "start", true},
      {"", "", "decrease", "decreas", false},
  };
  for (const Row& r : rows) {
    INFO(r.na << " / " << r.nb);
    CHECK(AreAntonyms(r.na, r.sa, r.nb, r.sb) == r.expected);
    CHECK(AreAntonyms(r.nb, r.sb, r.na, r.sa) == r.expected);
  }
}

// Findings of one claim against the evidence sentence `evidence` of `source`.
std::vector<FactFinding> CheckAgainst(const std::string& source, const std::string& evidence,
                                      const std::string& claim) {
  auto src = AnalyzeDoc(source);
  SourceFacts index;
  index.AddSource(src->text, src->analyzed, src->mentions);
  auto [eb, ee] = TokenRange(*src, evidence);
  std::vector<FactSpan> ev = {MakeFactSpan(src->text, src->analyzed, src->mentions, eb, ee, 0)};
  auto c = AnalyzeDoc(claim);
  std::vector<FactFinding> findings;
  CheckFacts(MakeFactSpan(c->text, c->analyzed, c->mentions, 0,
                          static_cast<uint32_t>(c->analyzed.tokens.size()), 0),
             ev, index, &findings);
  return findings;
}

TEST_CASE("a claim word whose antonym stands in the evidence", "[facts][antonyms]") {
  const std::string source =
      "The group had a mixed opinion on whether the remote control was easy to use. Some "
      "members said it was difficult for novice users.";
  const std::string evidence = "Some members said it was difficult for novice users.";
  const std::string flipped = "Some members said it was easy for novice users.";
  auto findings = CheckAgainst(source, evidence, flipped);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].kind == FindingKind::kAntonym);
  CHECK(findings[0].contradicts);
  CHECK(flipped.substr(findings[0].begin, findings[0].end - findings[0].begin) == "easy");
  CHECK(source.substr(findings[0].source_begin,
                      findings[0].source_end - findings[0].source_begin) == "difficult");

  // The same words: nothing. The word itself also in the evidence: nothing.
  CHECK(CheckAgainst(source, evidence, evidence).empty());
}

TEST_CASE("a comparative whose adjective's antonym the evidence has in degree",
          "[facts][antonyms]") {
  // "higher" against "lower": neither is the other's WordNet antonym as written, but
  // their adjectives are, and no name is ranked for the comparison check to judge.
  const std::string eps =
      "The company expects earnings per share to be lower in the third quarter than in the "
      "second quarter.";
  const std::string claim =
      "The company expects earnings per share to be higher in the third quarter than in the "
      "second quarter.";
  auto findings = CheckAgainst(eps, eps, claim);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].kind == FindingKind::kAntonym);
  CHECK(findings[0].contradicts);
  CHECK(claim.substr(findings[0].begin, findings[0].end - findings[0].begin) == "higher");
  CHECK(eps.substr(findings[0].source_begin,
                   findings[0].source_end - findings[0].source_begin) == "lower");
  const std::string profits = "Profits were higher than analysts expected.";
  auto lower = CheckAgainst(profits, profits, "Profits were lower than analysts expected.");
  REQUIRE(lower.size() == 1);
  CHECK(lower[0].kind == FindingKind::kAntonym);
  // Larger and smaller through "large" / "small", with the "e" the degree dropped.
  const std::string crowd = "The crowd was smaller than last year.";
  auto larger = CheckAgainst(crowd, crowd, "The crowd was larger than last year.");
  REQUIRE(larger.size() == 1);
  CHECK(larger[0].kind == FindingKind::kAntonym);
  // The same degree, or both degrees in the evidence: nothing.
  CHECK(CheckAgainst(eps, eps, eps).empty());
  const std::string both = "Costs were higher and margins lower than in the second quarter.";
  CHECK(CheckAgainst(both, both, "Costs were higher than in the second quarter.").empty());
}

TEST_CASE("a move word against its antonym that is no move", "[facts][antonyms]") {
  // "lost" is a move (it may take a figure: "lost 5%"), but "won" is none, so the
  // direction check has nothing to weigh it against; the antonym check does.
  const std::string final = "The team won the cup final on Saturday.";
  const std::string claim = "The team lost the cup final on Saturday.";
  auto findings = CheckAgainst(final, final, claim);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].kind == FindingKind::kAntonym);
  CHECK(findings[0].contradicts);
  CHECK(claim.substr(findings[0].begin, findings[0].end - findings[0].begin) == "lost");
  // Two moves are the direction check's alone: one finding, a flip.
  const std::string shares = "Shares rose 5% on Friday.";
  auto moved = CheckAgainst(shares, shares, "Shares fell 5% on Friday.");
  REQUIRE(moved.size() == 1);
  CHECK(moved[0].kind == FindingKind::kDirectionFlip);
}

TEST_CASE("a colour or compass point the evidence gives otherwise", "[facts][antonyms]") {
  const std::string paint =
      "Activists dumped gallons of yellow and blue paint on the road outside the embassy.";
  const std::string claim =
      "Activists dumped gallons of green and blue paint on the road outside the embassy.";
  auto findings = CheckAgainst(paint, paint, claim);
  REQUIRE(findings.size() == 1);  // green, not blue: the claim keeps blue
  CHECK(findings[0].kind == FindingKind::kAntonym);
  CHECK(findings[0].contradicts);
  CHECK(claim.substr(findings[0].begin, findings[0].end - findings[0].begin) == "green");
  CHECK(paint.substr(findings[0].source_begin,
                     findings[0].source_end - findings[0].source_begin) == "yellow");
  CHECK(findings[0].detail == "the source says yellow, not green");

  // The same colours in another order, or the claim's own colour: nothing.
  CHECK(CheckAgainst(paint, paint,
                     "Activists dumped gallons of blue and yellow paint on the road.")
            .empty());

  // Spellings of one member agree; "northern" is the north.
  const std::string town = "The flooding hit towns in the north of the county on Monday.";
  CHECK(CheckAgainst(town, town, "The flooding hit towns in the northern county.").empty());
  auto east = CheckAgainst(town, town, "The flooding hit towns in the east of the county.");
  REQUIRE(east.size() == 1);
  CHECK(east[0].detail == "the source says north, not east");

  // A claim word the sources use elsewhere may be said of what the window leaves out.
  const std::string medals =
      "Barker won a silver medal in the scratch race. Marchant, a bronze medallist, was "
      "eliminated in the sprint.";
  CHECK(CheckAgainst(medals, "Marchant, a bronze medallist, was eliminated in the sprint.",
                     "Marchant, a silver medallist, was eliminated in the sprint.")
            .empty());

  // A word of a name is not a colour or a point of the compass.
  const std::string fans = "Fans in yellow shirts filled the stadium on Sunday.";
  for (const FactFinding& f : CheckAgainst(fans, fans, "Fans of Green Bay filled the stadium.")) {
    CHECK(f.kind != FindingKind::kAntonym);
  }
}

TEST_CASE("killed against injured: harm is an exclusive set", "[facts][antonyms]") {
  const std::string shot =
      "The militant leader was seriously wounded in a shooting at a meeting in Quetta.";
  const std::string claim = "The militant leader was shot dead at a meeting in Quetta.";
  auto findings = CheckAgainst(shot, shot, claim);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].kind == FindingKind::kAntonym);
  CHECK(findings[0].contradicts);
  CHECK(claim.substr(findings[0].begin, findings[0].end - findings[0].begin) == "dead");
  CHECK(findings[0].detail == "the source says wounded, not dead");

  // The other way round.
  const std::string crash = "A woman died after a lorry crashed into her flat in Largs.";
  auto injured =
      CheckAgainst(crash, crash, "A woman was injured after a lorry crashed into her flat.");
  REQUIRE(injured.size() == 1);
  CHECK(injured[0].detail == "the source says died, not injured");

  // Both said of it ("killed" is no source word, but "died" stands beside "injuries"),
  // or the claim's word in another form elsewhere in the sources: nothing.
  const std::string both = "The rider died of his injuries in hospital on Sunday.";
  for (const FactFinding& f :
       CheckAgainst(both, both, "The rider was killed in a crash on Sunday.")) {
    CHECK(f.kind != FindingKind::kAntonym);
  }
  const std::string story =
      "Police are investigating the killing of a man in Leeds. A second man suffered "
      "injuries to his arm.";
  for (const FactFinding& f :
       CheckAgainst(story, "A second man suffered injuries to his arm.",
                    "A second man was killed, police said.")) {
    CHECK(f.kind != FindingKind::kAntonym);
  }
}

TEST_CASE("the committed antonym table is what the generator makes", "[facts][antonyms]") {
  const std::string wordnet = "/usr/share/wordnet";
  if (!std::ifstream(wordnet + "/data.adj")) {
    WARN("WordNet not installed (apt-get install wordnet-base): table not re-checked");
    return;
  }
  const std::string src = CLAIMCHECK_SOURCE_DIR;
  const std::string out = std::string(CLAIMCHECK_BINARY_DIR) + "/antonym_data.check.inc";
  const std::string cmd = "/usr/bin/python3 " + src + "/scripts/gen_antonyms.py --wordnet " +
                          wordnet + " --out " + out;
  REQUIRE(std::system(cmd.c_str()) == 0);
  auto slurp = [](const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  };
  CHECK(slurp(out) == slurp(src + "/src/facts/antonym_data.inc"));
}

}  // namespace
}  // namespace claimcheck::internal
