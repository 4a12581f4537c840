// The lexicon's hash indexes laid out at build time (scripts/gen_lexicon_index.cc) against
// StringTables built at run time from the same arrays: every word of the lexicon, and
// inflections of them most of which it does not hold, gets the same answer from both.
#include "align/lexicon_index.h"

#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "align/lexicon.h"
#include "text/string_table.h"

namespace claimcheck::internal {
namespace {

using WordAt = const char* (*)(int32_t);

// An index and its array, with the table run time would build for them instead.
struct Indexed {
  const char* name;
  const WordIndex& index;
  size_t size;
  WordAt word;
};

const Indexed kIndexed[] = {
    {"lemmas", lexicon_data::kLemmaIndex, lexicon_data::kLemmaCountsSize,
     [](int32_t k) { return lexicon_data::kLemmaCounts[k].lemma; }},
    {"irregular forms", lexicon_data::kIrregularIndex, lexicon_data::kIrregularCount,
     [](int32_t k) { return lexicon_data::kIrregular[k].form; }},
    {"proper names", lexicon_data::kProperIndex, lexicon_data::kProperNamesSize,
     [](int32_t k) { return lexicon_data::kProperNames[k]; }},
};

TEST_CASE("the lexicon's indexes find what run-time tables find", "[align][lexicon]") {
  // The words asked: every word of every array, and some forms of each.
  std::vector<std::string> asked = {"", "a", "zzzzqx", std::string(300, 'e')};
  for (const Indexed& t : kIndexed) {
    for (size_t k = 0; k < t.size; ++k) {
      const std::string w = t.word(static_cast<int32_t>(k));
      for (const char* suffix : {"", "s", "ed", "ing"}) asked.push_back(w + suffix);
      if (w.size() > 1) asked.push_back(w.substr(0, w.size() - 1));
    }
  }
  for (const Indexed& t : kIndexed) {
    INFO(t.name);
    StringTable table;
    std::vector<int32_t> first;  // by id: the array index of the first such word
    for (size_t k = 0; k < t.size; ++k) {
      if (table.Intern(t.word(static_cast<int32_t>(k))) == first.size()) {
        first.push_back(static_cast<int32_t>(k));
      }
    }
    size_t found = 0, differ = 0;
    std::string first_difference;
    for (const std::string& w : asked) {
      const uint32_t id = table.Find(w);
      const int32_t expected = id == StringTable::kNotFound ? -1 : first[id];
      const int32_t got = FindWord(t.index, w, HashBytes(w), t.word);
      if (got >= 0) ++found;
      if (got != expected && differ++ == 0) {
        first_difference = w + ": " + std::to_string(got) + ", not " + std::to_string(expected);
      }
    }
    INFO(first_difference);
    CHECK(differ == 0);
    CHECK(found >= first.size());
  }
}

}  // namespace
}  // namespace claimcheck::internal
