// When two names denote the same thing: equal keys, one reviewed alias table ("U.S." =
// "United States" = "America"), user aliases, country demonyms ("Chinese" ~ "China"),
// and significant parts ("Jensen Huang" is given by "Huang"; "Kunlun P900" is not given
// by "Kunlun P800": a model code must match exactly).
#ifndef CLAIMCHECK_FACTS_ENTITY_MATCH_H_
#define CLAIMCHECK_FACTS_ENTITY_MATCH_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "text/string_table.h"

namespace claimcheck::internal {

// Groups of names a reader treats as one. Keys are entity keys (space-joined norms).
// Immutable once built; const methods are thread-safe.
class AliasTable {
 public:
  // The library's reviewed table (countries, unions, "bn" = "billion" style spellings).
  AliasTable();

  // Adds one group of equivalent names, each already normalized like token norms and
  // joined by single spaces (use Analyzer::Normalize per word). Groups that share a
  // name merge.
  void AddGroup(const std::vector<std::string>& names);

  // The group of a whole key, or -1.
  int GroupOf(std::string_view key) const;

  // `key` with every alias phrase (up to kMaxAliasWords words) replaced by "#<group>",
  // so "united states government" and "us government" read the same.
  std::string Canonical(std::string_view key) const;
  // The same into *out, with buffers kept by the caller for many keys.
  struct CanonicalScratch {
    std::vector<std::string_view> words;
    std::string phrase;
  };
  void Canonical(std::string_view key, std::string* out, CanonicalScratch* scratch) const;

  // The shared built-in table.
  static const AliasTable& Default();

  static constexpr int kMaxAliasWords = 4;

 private:
  std::unordered_map<std::string, int> group_;
  StringTable first_words_;  // each name's first word (up to its first space)
  int next_group_ = 0;
};

// The stem a country and its demonym share: "chinese" and "china" -> "chin",
// "american" and "america" -> "americ". Empty when the word is too short to tell.
std::string DemonymRoot(std::string_view word);

// Two single words name the same place or people by the demonym rule ("chinese" ~
// "china", "japanese" ~ "japan"), not counting equal words.
bool DemonymMatch(std::string_view a, std::string_view b);

// The string holds an ASCII digit (a model code: "P800", "H20").
bool HasDigit(std::string_view s);

// Parts of a key that identify it: words that are not titles, connectors or generic
// words ("president", "of", "inc", "chip"). Views into `key`.
void SignificantParts(std::string_view key, std::vector<std::string_view>* parts);

// Claim name `a` and source name `b` denote the same thing (symmetric). `aliases` may be
// null for the built-in table.
bool EntitiesMatch(std::string_view a, std::string_view b, const AliasTable* aliases);

// A claim name ready to be matched against many source names: its canonical form and
// significant parts, computed once instead of per comparison. `key` and `aliases` must
// outlive it; not copyable (the parts are views into its own canonical form).
class ClaimName {
 public:
  ClaimName(std::string_view key, const AliasTable* aliases);
  ClaimName(const ClaimName&) = delete;
  ClaimName& operator=(const ClaimName&) = delete;
  // EntitiesMatch(key, b, aliases). Not thread-safe: a ClaimName keeps the buffers of
  // its questions (it is asked about every name of the sources), so each thread makes
  // its own.
  bool Matches(std::string_view b) const;

 private:
  std::string_view key_;
  const AliasTable* table_;
  std::string canonical_;
  std::vector<std::string_view> parts_;  // SignificantParts(canonical_)
  // Scratch for Matches: the other name's canonical form and parts.
  mutable AliasTable::CanonicalScratch scratch_;
  mutable std::string other_canonical_;
  mutable std::vector<std::string_view> other_parts_;
};

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_FACTS_ENTITY_MATCH_H_
