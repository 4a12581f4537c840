// Splices: a claim that copies two verbatim pieces and joins them where the source does
// not (one passage's subject glued to another's predicate) loses score; a compression,
// which drops words between pieces that stand close together, and a sentence copied
// whole lose nothing.
#include <catch2/catch.hpp>
#include <string>

#include "claimcheck/claimcheck.h"
#include "../default_checker.h"

namespace claimcheck {
namespace {

using testing::DefaultChecker;

const char kSource[] =
    "Louis van Gaal needs some big signings in the summer to turn Manchester United into "
    "title contenders. Borussia Dortmund's midfield pair of Ilkay Gundogan and Sven Bender "
    "fit the bill for the Dutch manager. Daley Blind is a poverty-stricken pauper's version "
    "of Michael Carrick in that position.";

// As tokenized corpora give it: lower case but for the first letter of a sentence, so
// that capitals name nothing and the name checks cannot see a swap.
const char kLowerSource[] =
    "Louis van gaal needs some big signings in the summer to turn manchester united into "
    "title contenders. Borussia dortmund's midfield pair of ilkay gundogan and sven bender "
    "fit the bill for the dutch manager. Daley blind is a poverty-stricken pauper's version "
    "of michael carrick in that position.";

Unit UnitOf(const std::string& claim, const char* source = kSource) {
  return testing::SoleUnit(source, claim);
}
double ScoreOf(const std::string& claim, const char* source = kSource) {
  return UnitOf(claim, source).score;
}
const Finding* SpliceOf(const Unit& u) { return testing::FindingOf(u, FindingKind::kSplice); }

TEST_CASE("a predicate copied from one passage onto another passage's subject loses score") {
  const double faithful = ScoreOf(
      "Daley blind is a poverty-stricken pauper's version of michael carrick in that "
      "position.",
      kLowerSource);
  const double spliced = ScoreOf(
      "Louis van gaal is a poverty-stricken pauper's version of michael carrick in that "
      "position.",
      kLowerSource);
  // The same join shape with pieces the source has two words apart: no splice.
  const double bridged = ScoreOf(
      "For the dutch manager is a poverty-stricken pauper's version of michael carrick in "
      "that position.",
      kLowerSource);
  INFO("faithful " << faithful << ", spliced " << spliced << ", bridged " << bridged);
  CHECK(faithful == Approx(1.0));
  // Every word of the spliced claim is in the sources; only the join is new.
  CHECK(spliced < bridged - 0.15);
  // The finding shows the join and what the source puts before the copied piece.
  const std::string claim =
      "Louis van gaal is a poverty-stricken pauper's version of michael carrick in that "
      "position.";
  const Unit u = UnitOf(claim, kLowerSource);
  const Finding* f = SpliceOf(u);
  REQUIRE(f != nullptr);
  CHECK(f->text == "gaal is a poverty");
  CHECK(claim.substr(f->begin, f->end - f->begin) == f->text);
  REQUIRE(f->has_source);
  CHECK(f->source_text == "Daley blind is a poverty");
  CHECK(std::string(kLowerSource).substr(f->source_begin, f->source_end - f->source_begin) ==
        f->source_text);
  CHECK(f->detail == "the source has \"Daley blind is a poverty\", not after \"gaal\"");
  CHECK(SpliceOf(UnitOf("For the dutch manager is a poverty-stricken pauper's version of "
                        "michael carrick in that position.",
                        kLowerSource)) == nullptr);
}

TEST_CASE("pieces the source has close together are no splice") {
  // "in the summer" dropped: the two pieces stand three words apart in the source.
  auto r = DefaultChecker().Check(
      kSource,
      "Louis van Gaal needs some big signings to turn Manchester United into title "
      "contenders.");
  REQUIRE(r.ok());
  CHECK(r->sentences[0].verdict == Verdict::kSupported);
  // The same first piece joined to a piece from the next sentence (17 words on in the
  // source) and to one from the sentence after it (32 words on): each join leaves the
  // same share of the claim's word sequences copied, only the far one is a splice.
  const double near = ScoreOf(
      "Louis van Gaal needs some big signings in the summer fit the bill for the Dutch "
      "manager.");
  const double far = ScoreOf(
      "Louis van Gaal needs some big signings in the summer of Michael Carrick in that "
      "position.");
  INFO("near " << near << ", far " << far);
  CHECK(far < near - 0.15);
}

TEST_CASE("a second piece the source gives the same subject is no splice") {
  // The source names the subject again ("Rodgers now wants ..."), far from the first
  // piece: the claim joins two mentions of one person, not two people.
  const char source[] =
      "Liverpool boss Brendan Rodgers has not disciplined Raheem Sterling or Jordon Ibe for "
      "the incident, which happened before the start of the season when both players were "
      "on holiday with friends and family in the south of France. Rodgers now wants to draw "
      "a line under the matter and move on.";
  const Unit same = UnitOf("Liverpool boss Brendan Rodgers wants to draw a line under the matter.",
                           source);
  CHECK(SpliceOf(same) == nullptr);
  // Another subject before the same second piece is still a splice.
  const Unit other = UnitOf(
      "Raheem Sterling or Jordon Ibe wants to draw a line under the matter.", source);
  CHECK(SpliceOf(other) != nullptr);
}

}  // namespace
}  // namespace claimcheck
