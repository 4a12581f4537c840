// The facts stage's word table laid out at build time (scripts/gen_facts_lexicon.cc)
// against the table its word lists build at run time (facts/lexicon_words.inc): every
// word of the lists is found with every field of its entry, and words the lists do not
// hold are not found.
#include "facts/lexicon_table.h"

#include <catch2/catch.hpp>
#include <initializer_list>
#include <iomanip>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "align/lexicon.h"
#include "facts/lexicon.h"
#include "text/string_table.h"

namespace claimcheck::internal {
namespace {

#include "facts/lexicon_words.inc"

// Every field of an entry, in order: to compare two.
auto Fields(const WordInfo& w) {
  return std::tie(w.flags, w.value, w.value_hi, w.scale, w.unit, w.month, w.weekday, w.sign,
                  w.hedge, w.exclusive_set, w.exclusive_member, w.approx);
}

// Every field of an entry, in order, in words: to show how two differ.
std::string Describe(const WordInfo& w) {
  std::ostringstream s;
  s << std::setprecision(17) << "{" << w.flags << ", " << w.value << ", " << w.value_hi << ", "
    << w.scale << ", \"" << w.unit << "\", " << int{w.month} << ", " << int{w.weekday} << ", "
    << int{w.sign} << ", " << int{w.hedge} << ", " << int{w.exclusive_set} << ", "
    << int{w.exclusive_member} << ", " << static_cast<int>(w.approx) << "}";
  return s.str();
}

TEST_CASE("the facts word table holds what its word lists build", "[facts][lexicon]") {
  const Table table = BuildTable();
  CHECK(fact_lexicon::kWordCount == table.size());
  std::set<uint32_t> indexes;
  size_t differ = 0;
  std::string first_difference;
  for (const auto& [word, expected] : table) {
    const uint32_t index = LexiconIndex(word, HashBytes(word));
    const WordInfo* got = LexiconEntry(index);
    std::string difference;
    if (got == nullptr) {
      difference = " not found";
    } else {
      indexes.insert(index);
      if (Fields(*got) != Fields(expected)) {
        difference = " " + Describe(*got) + ", not " + Describe(expected);
      }
      if (index >= fact_lexicon::kWordCount || LexiconWordAt(index) != word) difference += " word";
      if (LookupWord(word) != got) difference += " LookupWord";
    }
    if (!difference.empty() && differ++ == 0) {
      first_difference = std::string(word) + ":" + difference;
    }
  }
  INFO(first_difference);
  CHECK(differ == 0);
  CHECK(indexes.size() == table.size());  // one entry a word
}

TEST_CASE("the facts word table does not hold what its word lists do not", "[facts][lexicon]") {
  const Table table = BuildTable();
  // The lemmas of the generated lexicon, other spellings and forms of the lists' words,
  // and odd strings.
  std::vector<std::string> asked = {"", "zzzzqx", std::string(300, 'e'), "Two", "MAY", " two",
                                    "two ", std::string("two\0", 4)};
  for (size_t i = 0; i < lexicon_data::kLemmaCountsSize; ++i) {
    asked.emplace_back(lexicon_data::kLemmaCounts[i].lemma);
  }
  for (const auto& entry : table) {
    const std::string w(entry.first);
    for (const char* suffix : {"s", "x", "'s", "-"}) asked.push_back(w + suffix);
    asked.push_back(w.substr(1));
    asked.push_back(w.substr(0, w.size() - 1));
  }
  size_t asked_missing = 0, found = 0;
  std::string first_found;
  for (const std::string& w : asked) {
    if (table.count(w) != 0) continue;
    ++asked_missing;
    const uint32_t index = LexiconIndex(w, HashBytes(w));
    if ((index != StringTable::kNotFound || LookupWord(w) != nullptr) && found++ == 0) {
      first_found = w;
    }
  }
  INFO(first_found);
  CHECK(found == 0);
  CHECK(asked_missing > 20000);
  CHECK(LexiconEntry(StringTable::kNotFound) == nullptr);
}

}  // namespace
}  // namespace claimcheck::internal
