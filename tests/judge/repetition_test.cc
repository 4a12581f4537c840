// Repetition: a claim that says a phrase twice where no source does is unsupported, with a
// `repetition` finding on both mentions; a source that says it twice, a hyphenated
// doubling, stop words, numbers, the UNK placeholder and a name repeated across two
// sentences of one unit are left alone.
#include <catch2/catch.hpp>
#include <string>

#include "claimcheck/claimcheck.h"
#include "../default_checker.h"

namespace claimcheck {
namespace {

const char kSource[] =
    "Former England rugby captain Mike Tindall and his wife Zara Phillips watched the match "
    "at Twickenham on Saturday. Replays show Devon Smith clearly misses the ball before "
    "being dismissed caught behind off Chris Jordan. The coach said the side had had its "
    "chances.";

Unit UnitOf(const std::string& claim, const char* source = kSource) {
  return testing::SoleUnit(source, claim);
}
const Finding* RepetitionOf(const Unit& u) {
  return testing::FindingOf(u, FindingKind::kRepetition);
}

TEST_CASE("a phrase said twice in a row is unsupported, with the repetition as its finding") {
  const std::string claim =
      "Former England rugby captain Mike Tindall and wife Zara Phillips at Twickenham at "
      "Twickenham.";
  const Unit u = UnitOf(claim);
  const Finding* f = RepetitionOf(u);
  REQUIRE(f != nullptr);
  CHECK(f->text == "at Twickenham at Twickenham");
  CHECK(claim.substr(f->begin, f->end - f->begin) == f->text);
  CHECK(f->detail == "\"at Twickenham\" is said twice in a row; no source repeats it");
  CHECK_FALSE(f->has_source);
  CHECK(u.verdict == Verdict::kUnsupported);
  // One finding for the repetition.
  size_t repetitions = 0;
  for (const Finding& g : u.findings) repetitions += g.kind == FindingKind::kRepetition;
  CHECK(repetitions == 1);
  // The same claim said once is supported.
  const Unit once =
      UnitOf("Former England rugby captain Mike Tindall and wife Zara Phillips at Twickenham.");
  CHECK(RepetitionOf(once) == nullptr);
  CHECK(once.verdict == Verdict::kSupported);
  // Across a comma, and in a lower-cased corpus, it is the same repetition.
  CHECK(RepetitionOf(UnitOf("mike tindall and his wife zara phillips, zara phillips watched "
                            "the match.")) != nullptr);
}

TEST_CASE("a name said twice within one sentence is unsupported") {
  const std::string claim =
      "chris jordan clearly misses the ball before being dismissed caught behind off chris "
      "jordan.";
  const Unit u = UnitOf(claim);
  const Finding* f = RepetitionOf(u);
  REQUIRE(f != nullptr);
  CHECK(f->text == claim.substr(0, claim.size() - 1));
  CHECK(f->detail == "\"chris jordan\" is named twice in one sentence; no source sentence does");
  CHECK(u.verdict == Verdict::kUnsupported);
  // The faithful claim names him once.
  CHECK(RepetitionOf(UnitOf("devon smith clearly misses the ball before being dismissed "
                            "caught behind off chris jordan.")) == nullptr);
}

TEST_CASE("a phrase of two common words said twice in one sentence is unsupported") {
  const char source[] =
      "Children who eat healthily are less fussy about food, a survey has found.";
  const std::string claim = "children who eat healthily are too fussy to eat healthily.";
  const Unit u = UnitOf(claim, source);
  const Finding* f = RepetitionOf(u);
  REQUIRE(f != nullptr);
  CHECK(f->text == "eat healthily are too fussy to eat healthily");
  CHECK(f->detail == "\"eat healthily\" is said twice in one sentence; no source sentence does");
  CHECK(u.verdict == Verdict::kUnsupported);
  struct Pair {
    const char* why;
    const char* claim;
    const char* source;
  };
  const Pair kLeftAlone[] = {
      {"a name written otherwise than the phrase: two things",
       "The AquaSonic Pool Cleaning System saves time with its advanced cleaning system.",
       "The AquaSonic Pool Cleaning System has an advanced cleaning system and smart "
       "navigation."},
      {"a phrase inside a hyphenated compound is no repetition of it",
       "The ratio fell from the prior quarter, but the margin was higher than the year-prior "
       "quarter.",
       "The ratio fell from the prior quarter; the margin rose from a year ago."},
      {"a term with an acronym is said as often as it is needed",
       "As the AI chip race intensifies, Nvidia is considering the B40 AI chip for China.",
       "Nvidia is considering a B40 chip for China as the AI chip race heats up."},
      {"a source sentence that says it twice makes the claim's a copy",
       "The margin was 46 basis points higher and 67 basis points higher than a year ago.",
       "The margin was 46 basis points higher and 67 basis points higher."},
  };
  for (const Pair& p : kLeftAlone) {
    INFO(p.why);
    CHECK(RepetitionOf(UnitOf(p.claim, p.source)) == nullptr);
  }
}

TEST_CASE("one word of a name said twice within one clause is unsupported") {
  const char source[] =
      "Carver was assistant to Ruud Gullit in August 1999. The Dutchman, then Newcastle "
      "manager, left out Alan Shearer.";
  const std::string claim = "gullit was assistant to former newcastle manager ruud gullit.";
  const Unit u = UnitOf(claim, source);
  const Finding* f = RepetitionOf(u);
  REQUIRE(f != nullptr);
  CHECK(f->text == claim.substr(0, claim.size() - 1));
  CHECK(f->detail == "\"gullit\" is named twice in one clause; no source sentence does");
  CHECK(u.verdict == Verdict::kUnsupported);
  // The faithful claim names him once; two clauses may each name him; so may a source
  // sentence, which makes the claim's double mention a copy.
  CHECK(RepetitionOf(UnitOf("carver was assistant to former newcastle manager ruud gullit.",
                            source)) == nullptr);
  CHECK(RepetitionOf(UnitOf("carver was assistant to ruud gullit, and gullit left out alan "
                            "shearer.",
                            source)) == nullptr);
  // Any word that opens a clause ends one, as in the fact checks: "because", "although".
  CHECK(RepetitionOf(UnitOf("ruud gullit kept carver because gullit trusted him.", source)) ==
        nullptr);
  CHECK(RepetitionOf(UnitOf("ruud gullit kept carver although gullit was leaving.", source)) ==
        nullptr);
  // A name joined to itself, even across "and".
  const Unit joined = UnitOf("the court ordered rojo and rojo to pay the costs.",
                             "The court ordered Rojo to pay the costs of Ms Watson.");
  const Finding* j = RepetitionOf(joined);
  REQUIRE(j != nullptr);
  CHECK(j->text == "rojo and rojo");
  CHECK(j->detail == "\"rojo\" is joined to itself; no source does so");
  // Two compounds that share a word are no such join.
  CHECK(RepetitionOf(UnitOf("net income fell on a non-GAAP and GAAP basis.",
                            "Net income fell on a GAAP basis.")) == nullptr);
  const char twice[] = "Ruud Gullit picked Carver because Gullit trusted him.";
  CHECK(RepetitionOf(UnitOf("ruud gullit picked carver because gullit trusted him.", twice)) ==
        nullptr);
}

TEST_CASE("repetitions the sources have, or that are no repetition, are left alone") {
  // Stop words alone are no phrase ("had had").
  CHECK(RepetitionOf(UnitOf("The coach said the side had had its chances.")) == nullptr);
  // A hyphenated doubling is one word.
  CHECK(RepetitionOf(UnitOf("The coach said the hush-hush side had its chances.")) == nullptr);
  // Numbers repeat in scores and dates.
  CHECK(RepetitionOf(UnitOf("Zara Phillips watched the 1 1 draw at Twickenham.")) == nullptr);
  // The placeholder of sequence-to-sequence models stands for an unknown first and last name.
  CHECK(RepetitionOf(UnitOf("UNK UNK watched the match at Twickenham.")) == nullptr);
  // A name repeated across two sentences that the segmenter keeps in one unit (a quote in
  // tokenized text, opened in lower case).
  CHECK(RepetitionOf(UnitOf("Chris Jordan said he was pleased. `` it was a good catch,'' "
                            "chris jordan said.")) == nullptr);
  // A source sentence that names twice makes the claim's double mention a copy.
  const char source[] =
      "Real Madrid beat Getafe, and Real Madrid now lead the league by two points.";
  CHECK(RepetitionOf(UnitOf("Real Madrid beat Getafe and Real Madrid lead the league.",
                            source)) == nullptr);
}

TEST_CASE("a word said a thousand times is caught where the source stops repeating it") {
  // The source says "tindall tindall": the claim's doubled word is a copy, its doubled
  // pair is not.
  std::string claim;
  for (int i = 0; i < 1000; ++i) claim += "tindall ";
  claim += "watched.";
  const char source[] = "Mike Tindall tindall watched the match.";
  const Unit u = UnitOf(claim, source);
  const Finding* f = RepetitionOf(u);
  REQUIRE(f != nullptr);
  CHECK(f->text == "tindall tindall tindall tindall");
  CHECK(u.verdict == Verdict::kUnsupported);
}

}  // namespace
}  // namespace claimcheck
