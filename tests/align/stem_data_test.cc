// The Snowball stems computed at build time (scripts/gen_stems.cc -> stem_data.cc) against
// the stemmer and the text stage at run time: a table holding a stem the text stage does
// not give its word would match words differently from one that stemmed them itself.
#include <libstemmer.h>

#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "align/lexicon.h"
#include "align/stem_data.h"
#include "facts/antonyms.h"
#include "text/analyzer.h"
#include "../default_analyzer.h"

namespace claimcheck::internal {
namespace {

#include "facts/antonym_data.inc"

// The stems a word gets at run time, where it differs from the one given at build time.
class StemCheck {
 public:
  StemCheck() : stemmer_(sb_stemmer_new("english", "UTF_8")) { REQUIRE(stemmer_ != nullptr); }
  ~StemCheck() { sb_stemmer_delete(stemmer_); }

  // `stem` against libstemmer's stem of `word` (its bytes as they stand) and, for a word
  // of lowercase ASCII letters, against the text stage's token for it (norm: the word).
  void Check(std::string_view word, std::string_view stem) {
    ++checked_;
    const sb_symbol* s = sb_stemmer_stem(
        stemmer_, reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
    REQUIRE(s != nullptr);
    const std::string_view snowball(reinterpret_cast<const char*>(s),
                                    static_cast<size_t>(sb_stemmer_length(stemmer_)));
    if (snowball != stem) Mismatch(word, stem, "libstemmer", snowball);
    if (!IsLowerAscii(word)) return;
    ++tokenized_;
    analyzed_.clear();
    testing::DefaultAnalyzer().Tokenize(word, 0, word.size(), &analyzed_);
    if (analyzed_.tokens.size() != 1 || analyzed_.norm(0) != word) {
      Mismatch(word, stem, "a token other than the word", "");
    } else if (analyzed_.stem(0) != stem) {
      Mismatch(word, stem, "Tokenize", analyzed_.stem(0));
    }
  }
  size_t checked() const { return checked_; }
  size_t tokenized() const { return tokenized_; }
  // The first few mismatches, one a line.
  const std::string& mismatches() const { return mismatches_; }

 private:
  static bool IsLowerAscii(std::string_view word) {
    if (word.empty()) return false;
    for (const char c : word) {
      if (c < 'a' || c > 'z') return false;
    }
    return true;
  }
  void Mismatch(std::string_view word, std::string_view stem, const char* by,
                std::string_view got) {
    if (++mismatch_count_ > 10) return;
    mismatches_ += std::string(word) + ": built " + std::string(stem) + ", " + by + " " +
                   std::string(got) + "\n";
  }

  sb_stemmer* stemmer_;
  AnalyzedText analyzed_;
  size_t checked_ = 0, tokenized_ = 0, mismatch_count_ = 0;
  std::string mismatches_;
};

TEST_CASE("the irregular bases' stems are the run time's", "[align][lexicon]") {
  StemCheck check;
  for (size_t i = 0; i < lexicon_data::kIrregularCount; ++i) {
    check.Check(lexicon_data::kIrregular[i].base, IrregularBaseStemAt(i));
  }
  INFO(check.mismatches());
  CHECK(check.mismatches().empty());
  CHECK(check.checked() == lexicon_data::kIrregularCount);
  CHECK(check.tokenized() > 9000);
}

TEST_CASE("the antonym words' stems are the run time's, in the table's layout",
          "[align][antonyms]") {
  const std::string_view words(kAntonymPairs, sizeof(kAntonymPairs) - 1);
  const std::string_view stems(antonym_data::kStems);
  StemCheck check;
  size_t i = 0, j = 0;  // where the next word and stem start
  while (i < words.size() && j < stems.size()) {
    const size_t word_end = words.find_first_of(" \n", i);
    const size_t stem_end = stems.find_first_of(" \n", j);
    REQUIRE(word_end != std::string_view::npos);
    REQUIRE(stem_end != std::string_view::npos);
    // A word ends a line where its stem does.
    REQUIRE(words[word_end] == stems[stem_end]);
    check.Check(words.substr(i, word_end - i), stems.substr(j, stem_end - j));
    i = word_end + 1;
    j = stem_end + 1;
  }
  CHECK(i == words.size());
  CHECK(j == stems.size());
  INFO(check.mismatches());
  CHECK(check.mismatches().empty());
  CHECK(check.checked() == 2 * AntonymPairCount());
  CHECK(check.tokenized() == check.checked());
}

}  // namespace
}  // namespace claimcheck::internal
