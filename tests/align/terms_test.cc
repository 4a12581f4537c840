// Matching terms: the keys both sides of a comparison use, with the variants readers
// treat as the same.
#include "align/terms.h"

#include <catch2/catch.hpp>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "text/analyzer.h"

namespace claimcheck::internal {
namespace {

const Analyzer& TheAnalyzer() {
  static const std::unique_ptr<Analyzer> analyzer = [] {
    auto created = Analyzer::Create("en");
    REQUIRE(created.ok());
    return std::move(*created);
  }();
  return *analyzer;
}

// "key" for each content term of `text`, "(key)" for the rest, space-separated; with
// `keys`, the words TermTable::LeaveOut leaves out have none.
std::string Keys(const std::string& text, const U64Set* keys = nullptr) {
  static const TermTable table(TheAnalyzer(), {});
  AnalyzedText a;
  TheAnalyzer().Analyze(text, &a);
  std::vector<TermTable::WordTerm> word_terms;
  table.WordTermsOf(a.words, &word_terms);
  if (keys != nullptr) table.LeaveOut(a.words, *keys, &word_terms);
  std::vector<Term> terms;
  table.TermsOf(a, 0, static_cast<uint32_t>(a.tokens.size()), word_terms, &terms);
  std::string out;
  for (const Term& t : terms) {
    if (!out.empty()) out += ' ';
    out += t.content ? std::string(t.key) : "(" + std::string(t.key) + ")";
  }
  return out;
}

TEST_CASE("variants readers treat as the same share one key") {
  CHECK(Keys("the U.S. economy") == Keys("the United States economy"));
  CHECK(Keys("two billion") == Keys("2 bn"));
  // A day told from the speaker's side or the story's: a chat's "see you tomorrow" is a
  // summary's "meet the next day".
  CHECK(Keys("see you tomorrow") == Keys("see you next day"));
  CHECK(Keys("see you tomorrow") == Keys("see you following day"));
  CHECK(Keys("left yesterday") == Keys("left previous day"));
  CHECK(Keys("next year") != Keys("tomorrow"));
}

TEST_CASE("framing words give no content term") {
  // Reporting verbs and the meta-verbs of written summaries say where a fact stands, not
  // what it is: "the episode delves into costs" claims only "costs".
  CHECK(Keys("the speakers discuss costs") == "(the) (speaker) (discuss) cost");
  CHECK(Keys("the episode delves into costs") == "(the) episod (delv) (into) cost");
  CHECK(Keys("the call explores and outlines costs") ==
        "(the) call (explor) (and) (outlin) cost");
  CHECK(Keys("the storm hit costs") == "(the) storm hit cost");
}

TEST_CASE("a clock time keys as its hour, glued or spaced") {
  CHECK(Keys("before 8pm Thursday") == "befor 8 thursday");
  CHECK(Keys("before 8 pm Thursday") == "befor 8 (pm) thursday");
  CHECK(Keys("at 11am") == "(at) 11");
  CHECK(Keys("at 11 a.m.") == Keys("at 11 am"));
  // Not a clock: a prime minister, and a glued word that only ends in "pm".
  CHECK(Keys("the PM resigned") == "(the) pm resign");
  CHECK(Keys("at 1234pm") == "(at) 1234pm");
}

TEST_CASE("words left out give no term, and the others the terms they give in full") {
  U64Set keys;
  for (std::string_view k : {"economi", "8", "thursday"}) keys.Insert(HashBytes(k));
  // "the" and "before" are plain words keyed by stems not asked for; a word in the table
  // ("U.S.", the irregular "grew"), a clock time and the asked stems keep their terms.
  CHECK(Keys("the U.S. economy grew before 8pm Thursday", &keys) ==
        "us economi grow 8 thursday");
  CHECK(Keys("the U.S. economy grew before 8pm Thursday") ==
        "(the) us economi grow befor 8 thursday");
}

}  // namespace
}  // namespace claimcheck::internal
