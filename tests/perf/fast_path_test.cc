// The fast paths give the same answers as the slow ones on real text, over the seeds, the
// fixture cases and (when present) every dev pair, sources and summaries: ExtractFacts,
// which skips tokens no recognizer can start on, against ExtractFactsExhaustive;
// AntonymSet, gathered once per word, against AreAntonyms; and the word lists' answers
// memoized as word marks against the same look-ups made per text.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "../default_analyzer.h"
#include "../../bench/dev_data.h"
#include "align/terms.h"
#include "facts/antonyms.h"
#include "facts/clause.h"
#include "facts/facts.h"
#include "facts/lexicon.h"
#include "facts/recognizers.h"
#include "text/analyzer.h"

namespace claimcheck::internal {
namespace {

// Every field of a mention, as one line.
std::string Describe(const Mention& m) {
  const Quantity& q = m.quantity;
  return std::to_string(static_cast<int>(m.kind)) + " " + std::to_string(m.begin) + "-" +
         std::to_string(m.end) + " t" + std::to_string(m.tok_begin) + "-" +
         std::to_string(m.tok_end) + " [" + m.key + "] q" + std::to_string(q.value) + "/" +
         std::to_string(q.value_hi) + "/" + std::string(q.unit) + "/" +
         std::to_string(static_cast<int>(q.approx)) + "/" + std::to_string(q.precision) +
         " s" + std::to_string(m.sign) + (m.superlative ? "S" : "") + " d" +
         std::to_string(m.year) + "-" + std::to_string(m.month) + "-" + std::to_string(m.day) +
         "/" + std::to_string(m.weekday) + (m.relative ? "R" : "") + "/" +
         std::to_string(m.year_hi) + "/" + std::to_string(m.quarter) + "/" +
         std::to_string(m.hour) + ":" + std::to_string(m.minute) + (m.weak ? " weak" : "") +
         " h" + std::to_string(m.hedge);
}

std::vector<std::string> Texts() {
  std::vector<std::string> texts;
  for (const bench::Pair& p : bench::CasePairs()) {
    texts.insert(texts.end(), p.sources.begin(), p.sources.end());
    texts.push_back(p.summary);
  }
  for (const bench::Pair& p : bench::DevPairs()) {
    texts.insert(texts.end(), p.sources.begin(), p.sources.end());
    texts.push_back(p.summary);
  }
  return texts;
}

TEST_CASE("ExtractFacts skips only tokens no recognizer takes", "[perf][facts]") {
  const std::vector<std::string> texts = Texts();
  REQUIRE(!texts.empty());
  AnalyzedText analyzed;
  TextLexicon lexicon;
  std::vector<Mention> fast, slow;
  size_t mentions = 0, segments = 0;
  for (const std::string& text : texts) {
    testing::DefaultAnalyzer().Analyze(text, &analyzed);
    LookupWords(analyzed.words, &lexicon);
    for (const Segment& seg : analyzed.segments) {
      slow.clear();
      ExtractFactsExhaustive(text, analyzed, seg.tok_begin, seg.tok_end, &slow);
      ++segments;
      mentions += slow.size();
      // Both fast paths: words looked up per token, and once per text (as Check does).
      const TextLexicon* const variants[] = {nullptr, &lexicon};
      for (const TextLexicon* words : variants) {
        fast.clear();
        ExtractFacts(text, analyzed, seg.tok_begin, seg.tok_end, &fast, words);
        if (fast.size() == slow.size()) {
          bool same = true;
          for (size_t k = 0; k < fast.size() && same; ++k) {
            same = Describe(fast[k]) == Describe(slow[k]);
          }
          if (same) continue;
        }
        INFO(text.substr(seg.begin, seg.end - seg.begin) << (words ? " (lexicon)" : ""));
        std::string want, got;
        for (const Mention& m : slow) want += Describe(m) + "\n";
        for (const Mention& m : fast) got += Describe(m) + "\n";
        CHECK(got == want);
      }
    }
  }
  INFO(segments << " segments, " << mentions << " mentions");
  CHECK(mentions > 0);
}

TEST_CASE("FormatNumber writes what printf's %.6g writes", "[perf][facts]") {
  std::vector<double> values = {0.0, -0.0, 1, -1, 15, 15.4, 0.5, 1e5, 999999, 1e6, 1234567,
                                -999999.5, 53e9, 5.3e10, 1.5e12, 0.001234567, 1e-7, 2025,
                                0.15, 2.675, 123456.5, 1e300, -1e-300};
  uint64_t x = 88172645463325252ull;
  for (int n = 0; n < 200000; ++n) {  // xorshift: values across many magnitudes
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    const double mantissa = static_cast<double>(x % 100000000) / 1000;
    const int exp = static_cast<int>((x >> 40) % 24) - 8;
    values.push_back((x >> 63 ? -1 : 1) * mantissa * std::pow(10.0, exp));
    values.push_back(static_cast<double>(x % 3000000));
  }
  for (double v : values) {
    char buf[64];
    std::snprintf(buf, sizeof(buf), "%.6g", v);
    if (FormatNumber(v) != buf) FAIL(v << ": " << FormatNumber(v) << " vs " << buf);
  }
  SUCCEED();
}

TEST_CASE("AntonymSet agrees with AreAntonyms", "[perf][facts]") {
  const std::vector<std::string> texts = Texts();
  AnalyzedText analyzed;
  size_t tested = 0, matched = 0;
  for (size_t n = 0; n < texts.size(); n += 7) {  // every 7th text: enough word pairs
    testing::DefaultAnalyzer().Analyze(texts[n], &analyzed);
    const auto n_tokens = static_cast<uint32_t>(analyzed.tokens.size());
    for (uint32_t a = 0; a < n_tokens; ++a) {
      const std::string_view a_norm = analyzed.norm(a), a_stem = analyzed.stem(a);
      const AntonymSet set(a_norm, a_stem);
      for (uint32_t b = 0; b < n_tokens; ++b) {
        const std::string_view b_norm = analyzed.norm(b), b_stem = analyzed.stem(b);
        const bool want = AreAntonyms(a_norm, a_stem, b_norm, b_stem);
        if (set.empty() && !want) continue;
        ++tested;
        matched += want;
        if (set.Matches(b_norm, b_stem) != want) {
          FAIL(a_norm << "/" << a_stem << " vs " << b_norm << "/" << b_stem);
        }
      }
    }
  }
  INFO(tested << " pairs tested");
  CHECK(matched > 0);
}

TEST_CASE("Word marks give what the word lists give", "[perf][facts][align]") {
  // An analyzer marking words as Checker::Create sets it up, beside one that does not.
  auto created = Analyzer::Create("en");
  REQUIRE(created.ok());
  std::unique_ptr<Analyzer> marking = std::move(created.value());
  const TermTable terms(*marking, {{"Nvidia", "NVDA"}});
  marking->SetWordMarker([&terms](std::string_view norm, uint64_t norm_hash,
                                  std::string_view stem, uint64_t stem_hash) {
    return WordMarks{FactWordMarks(norm, norm_hash, stem),
                     terms.WordMarks(norm, norm_hash, stem, stem_hash)};
  });
  AnalyzedText marked, plain;
  TextLexicon marked_lexicon, plain_lexicon;
  std::vector<TermTable::WordTerm> marked_terms, plain_terms;
  size_t words = 0, in_lexicon = 0, with_entry = 0, with_antonyms = 0, common_as_name = 0;
  // Twice over: the second time the words come from each thread's memo.
  for (int pass = 0; pass < 2; ++pass) {
    for (const std::string& text : Texts()) {
      marking->Analyze(text, &marked);
      testing::DefaultAnalyzer().Analyze(text, &plain);
      REQUIRE(marked.words.marked());
      REQUIRE(!plain.words.marked());
      REQUIRE(marked.words.size() == plain.words.size());
      LookupWords(marked.words, &marked_lexicon);
      LookupWords(plain.words, &plain_lexicon);
      REQUIRE(plain_lexicon.traits.empty());
      terms.WordTermsOf(marked.words, &marked_terms);
      terms.WordTermsOf(plain.words, &plain_terms);
      for (uint32_t id = 0; id < plain.words.size(); ++id) {
        INFO(plain.words.norm(id));
        REQUIRE(marked.words.norm(id) == plain.words.norm(id));
        REQUIRE(marked_lexicon.info[id] == plain_lexicon.info[id]);
        REQUIRE(marked_lexicon.openers[id] == plain_lexicon.openers[id]);
        const std::string_view stem = plain.words.stem(id);
        const bool antonyms =
            HasAntonyms(plain.words.norm(id), stem.empty() ? plain.words.norm(id) : stem);
        REQUIRE(((marked_lexicon.traits[id] & kTraitAntonyms) != 0) == antonyms);
        with_antonyms += antonyms;
        const bool common = CommonAsName(plain.words.norm(id));
        REQUIRE(((marked_lexicon.traits[id] & kTraitCommonName) != 0) == common);
        common_as_name += common;
        // IsContent asks it of words with a letter, whose tokens carry their stopword flag.
        const bool content =
            IsContentWord(plain.words.norm(id), plain.words.stopword(id), plain_lexicon.info[id]);
        REQUIRE(((marked_lexicon.traits[id] & kTraitContent) != 0) == content);
        REQUIRE(marked_terms[id].entry == plain_terms[id].entry);
        REQUIRE(marked_terms[id].framing == plain_terms[id].framing);
        ++words;
        in_lexicon += plain_lexicon.info[id] != nullptr;
        with_entry += plain_terms[id].entry != StringTable::kNotFound;
      }
    }
  }
  INFO(words << " words, " << in_lexicon << " in the lexicon, " << with_entry
             << " in the term table, " << with_antonyms << " with an antonym, "
             << common_as_name << " common as a name");
  CHECK(in_lexicon > 0);
  CHECK(with_antonyms > 0);
  CHECK(common_as_name > 0);
  CHECK(with_entry > 0);
}

}  // namespace
}  // namespace claimcheck::internal
