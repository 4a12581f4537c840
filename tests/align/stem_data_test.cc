// The Snowball stems computed at build time (scripts/gen_stems.cc -> stem_data.cc) against
// the stemmer and the text stage at run time: a table holding a stem the text stage does
// not give its word would match words differently from one that stemmed them itself.
#include <libstemmer.h>

#include <catch2/catch.hpp>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "align/lexicon.h"
#include "align/lexicon_index.h"
#include "align/stem_data.h"
#include "facts/antonyms.h"
#include "text/analyzer.h"
#include "../default_analyzer.h"

namespace claimcheck::internal {
namespace {

#include "align/builtin_groups.inc"
#include "align/framing_words.inc"
#include "facts/antonym_data.inc"

// The stems a word gets at run time, where it differs from the one given at build time.
class StemCheck {
 public:
  StemCheck() : stemmer_(sb_stemmer_new("english", "UTF_8")) { REQUIRE(stemmer_ != nullptr); }
  ~StemCheck() { sb_stemmer_delete(stemmer_); }

  // libstemmer's stem of `word` (its bytes as they stand).
  std::string Snowball(std::string_view word) {
    const sb_symbol* s = sb_stemmer_stem(
        stemmer_, reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
    REQUIRE(s != nullptr);
    return std::string(reinterpret_cast<const char*>(s),
                       static_cast<size_t>(sb_stemmer_length(stemmer_)));
  }

  // `stem` against libstemmer's stem of `word` and, for a word of lowercase ASCII
  // letters, against the text stage's token for it (norm: the word).
  void Check(std::string_view word, std::string_view stem) {
    ++checked_;
    const std::string snowball = Snowball(word);
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
  // A difference found otherwise: for `word`, `built` where `by` gives `got`.
  void Mismatch(std::string_view word, std::string_view built, const char* by,
                std::string_view got) {
    if (++mismatch_count_ > 10) return;
    mismatches_ += std::string(word) + ": built " + std::string(built) + ", " + by + " " +
                   std::string(got) + "\n";
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

TEST_CASE("the framing words' stems are the run time's", "[align][terms]") {
  StemCheck check;
  for (size_t i = 0; i < std::size(kFramingWords); ++i) {
    check.Check(kFramingWords[i], FramingStemAt(i));
  }
  INFO(check.mismatches());
  CHECK(check.mismatches().empty());
  CHECK(check.checked() == std::size(kFramingWords));
  CHECK(check.tokenized() == check.checked());
}

TEST_CASE("the built-in groups' stems are the run time's", "[align][terms]") {
  StemCheck check;
  size_t names = 0;
  for (size_t i = 0; i < std::size(kBuiltinGroups); ++i) {
    if (kBuiltinGroups[i] == nullptr) continue;
    ++names;
    check.Check(kBuiltinGroups[i], GroupStemAt(i));
  }
  INFO(check.mismatches());
  CHECK(check.mismatches().empty());
  CHECK(check.checked() == names);
  CHECK(check.tokenized() > names / 2);
}

TEST_CASE("the antonym index is the one run time would build from the table",
          "[align][antonyms]") {
  // The index as run time built it: the table's words stemmed, every lemma a key and
  // every stem that differs from its lemma, each key's partners in the table's order.
  StemCheck check;
  struct Side {
    std::string lemma, stem;
  };
  std::vector<Side> sides;
  std::istringstream table(kAntonymPairs);
  for (std::string line; std::getline(table, line);) {
    std::istringstream pair(line);
    std::string a, b;
    if (!(pair >> a >> b)) continue;
    for (const std::string& lemma : {a, b}) sides.push_back({lemma, check.Snowball(lemma)});
  }
  struct Partner {
    std::string lemma, stem, self_lemma;
  };
  std::vector<std::string> keys;  // in the order first met
  std::unordered_map<std::string, std::vector<Partner>> partners;
  for (size_t k = 0; k < sides.size(); ++k) {
    const Side& self = sides[k];
    const Side& other = sides[k ^ 1];
    for (const std::string* key : {&self.lemma, &self.stem}) {
      if (key == &self.stem && self.stem == self.lemma) break;
      auto [it, added] = partners.try_emplace(*key);
      if (added) keys.push_back(*key);
      it->second.push_back({other.lemma, other.stem, self.lemma});
    }
  }
  CHECK(AntonymPairCount() == sides.size() / 2);
  CHECK(antonym_data::kKeyCount == keys.size());

  // Each key, and forms of it most of which are none, asked of the generated index.
  const auto find = [](std::string_view w) {
    return FindWord(antonym_data::kKeys, w, HashBytes(w), [](int32_t k) {
      return antonym_data::kWords + (antonym_data::kKeyWords[k] >> 8);
    });
  };
  using antonym_data::WordAt;
  size_t partners_checked = 0;
  for (const std::string& key : keys) {
    const int32_t id = find(key);
    if (id < 0 || WordAt(antonym_data::kKeyWords[id]) != key) {
      check.Mismatch(key, "", "not a key", "");
      continue;
    }
    const std::vector<Partner>& want = partners[key];
    const uint32_t begin = antonym_data::kPartnerBegin[id];
    if (antonym_data::kPartnerBegin[id + 1] - begin != want.size()) {
      check.Mismatch(key, "", "another number of partners", "");
      continue;
    }
    for (size_t k = 0; k < want.size(); ++k) {
      const antonym_data::Partner& p = antonym_data::kPartners[begin + k];
      ++partners_checked;
      if (WordAt(p.lemma) != want[k].lemma || WordAt(p.self_lemma) != want[k].self_lemma ||
          p.lemma_hash != HashBytes(want[k].lemma)) {
        check.Mismatch(key, WordAt(p.lemma), "partner", want[k].lemma);
      }
      if (WordAt(p.stem) != want[k].stem || p.stem_hash != HashBytes(want[k].stem)) {
        check.Mismatch(want[k].lemma, WordAt(p.stem), "run time's stem", want[k].stem);
      }
    }
    for (const char* suffix : {"s", "x", "ed"}) {
      const std::string form = key + suffix;
      if ((find(form) >= 0) != (partners.count(form) != 0)) {
        check.Mismatch(form, "", "a key only at run time or only built", "");
      }
    }
  }
  CHECK(find("") < 0);
  size_t partners_expected = 0;  // one under each side's lemma, and one under its stem
  for (const Side& s : sides) partners_expected += s.stem == s.lemma ? 1 : 2;
  CHECK(partners_checked == partners_expected);
  // The text stage gives each word of the table the stem the index was built with.
  for (const Side& s : sides) check.Check(s.lemma, s.stem);
  INFO(check.mismatches());
  CHECK(check.mismatches().empty());
  CHECK(check.tokenized() == sides.size());
}

}  // namespace
}  // namespace claimcheck::internal
