// The facts stage's words, looked up by norm in a table laid out at build time from the
// word lists of lexicon_words.inc (lexicon_table.h).
#include "facts/lexicon.h"

#include <initializer_list>
#include <vector>

#include "align/lexicon.h"
#include "align/lexicon_index.h"
#include "align/stem_data.h"
#include "facts/antonyms.h"
#include "facts/lexicon_table.h"
#include "text/stopwords.h"
#include "text/string_table.h"

namespace claimcheck::internal {
namespace {

// Word k of the table, as FindWord reads it.
const char* TableWord(int32_t k) { return LexiconWordAt(static_cast<size_t>(k)).data(); }

}  // namespace

std::string DegreeBase(std::string_view norm) {
  if (!HasLex(LookupWord(norm), kLexComparative | kLexSuperlative)) return {};
  const std::string_view irregular = IrregularBase(norm);
  if (!irregular.empty()) return std::string(irregular);
  // Regular degrees: "lower", "larger" (restored "e"), "bigger" (undoubled), "earlier".
  std::string found;
  for (std::string_view suffix : {std::string_view("er"), std::string_view("est")}) {
    if (AnyRegularBase(norm, suffix, 2, [&](std::string_view base) {
          if (LemmaFrequency(base) == 0) return false;
          found = std::string(base);
          return true;
        })) {
      return found;
    }
  }
  return {};
}

bool HasAntonyms(std::string_view norm, std::string_view stem) {
  if (!AntonymSet(norm, stem).empty()) return true;
  const std::string degree = DegreeBase(norm);
  return !AntonymSet(degree, degree).empty();
}

std::string_view IrregularBaseStem(std::string_view norm) {
  struct Table {
    StringTable forms;                    // the irregular forms, by id
    std::vector<std::string_view> stems;  // by form id: views into the static stems
  };
  static const Table* const kTable = [] {
    auto* t = new Table;
    for (size_t i = 0; i < lexicon_data::kIrregularCount; ++i) {
      const IrregularForm& f = lexicon_data::kIrregular[i];
      // Degrees of adjectives ("biggest" -> "big", "worse" -> "bad") keep their own stem:
      // the comparison checks tell "the biggest" from "big".
      const std::string_view form(f.form);
      const bool degree = (form.size() > 2 && form.substr(form.size() - 2) == "er") ||
                          (form.size() > 3 && form.substr(form.size() - 3) == "est") ||
                          HasLex(LookupWord(form), kLexComparative | kLexSuperlative);
      if (degree || IsStopword(form)) continue;
      const std::string_view stem = IrregularBaseStemAt(i);  // computed at build time
      if (stem.empty() || t->forms.Find(form) != StringTable::kNotFound) continue;
      t->forms.Intern(form);
      t->stems.emplace_back(stem);
    }
    t->forms.BuildFilter();  // most words are no irregular form
    return t;
  }();
  const uint32_t id = kTable->forms.Find(norm);
  return id == StringTable::kNotFound ? std::string_view() : std::string_view(kTable->stems[id]);
}

const WordInfo* LookupWord(std::string_view norm) { return LookupWord(norm, HashBytes(norm)); }

const WordInfo* LookupWord(std::string_view norm, uint64_t hash) {
  return LexiconEntry(LexiconIndex(norm, hash));
}

uint32_t LexiconIndex(std::string_view norm, uint64_t hash) {
  // Most words of a text are not in the table: the index's filter answers them.
  const int32_t k = FindWord(fact_lexicon::kIndex, norm, hash, TableWord);
  return k < 0 ? StringTable::kNotFound : static_cast<uint32_t>(k);
}

const WordInfo* LexiconEntry(uint32_t index) {
  return index == StringTable::kNotFound ? nullptr : &fact_lexicon::kInfo[index];
}

}  // namespace claimcheck::internal
