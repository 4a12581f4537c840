// SourceFacts: the index of what the sources give anywhere, and MakeFactSpan.
#include <algorithm>
#include <string>

#include "align/lexicon.h"
#include "facts/fact_check.h"
#include "facts/work_count.h"

namespace claimcheck::internal {
namespace {

// Only a bracket and spaces between a name and what follows: "Alibaba (9988.HK)".
bool BracketOnly(std::string_view gap) {
  bool bracket = false;
  for (char c : gap) {
    if (c == '(') {
      bracket = true;
    } else if (c != ' ') {
      return false;
    }
  }
  return bracket;
}

}  // namespace

FactSpan MakeFactSpan(std::string_view text, const AnalyzedText& analyzed,
                      const std::vector<Mention>& all, uint32_t tok_begin, uint32_t tok_end,
                      uint32_t source, const TextLexicon* lexicon) {
  FactSpan s;
  s.text = text;
  s.analyzed = &analyzed;
  s.lexicon = lexicon;
  s.tok_begin = tok_begin;
  s.tok_end = tok_end;
  s.source = source;
  auto first = std::lower_bound(all.begin(), all.end(), tok_begin,
                                [](const Mention& m, uint32_t t) { return m.tok_begin < t; });
  auto last = first;
  while (last != all.end() && last->tok_begin < tok_end) ++last;
  s.mentions = first == all.end() ? nullptr : &*first;
  s.mention_count = static_cast<size_t>(last - first);
  return s;
}

SourceFacts::SourceFacts(const AliasTable* aliases) { Reset(aliases); }

void SourceFacts::Reset(const AliasTable* aliases) {
  aliases_ = aliases != nullptr ? aliases : &AliasTable::Default();
  sources_ = 0;
  words_.clear();
  mentioned_.clear();
  places_->sources = 0;
  places_->names.clear();
}

void SourceFacts::Words::clear() {
  sources = 0;
  first = nullptr;
  first_stems = false;
  table.clear();
  as.clear();
}

void SourceFacts::Mentioned::clear() {
  sources = 0;
  quantities.clear();
  dates.clear();
  entity_keys.clear();
  entity_ids.clear();
  superlative_keys.clear();
  tickers.clear();
}

void SourceFacts::AddSource(std::string_view text, const AnalyzedText& analyzed,
                            const std::vector<Mention>& mentions) {
  Complete();  // the words and mentions go in source order
  CountWork(mentions.size());
  ++sources_;
  if (deferred_.size() < sources_) deferred_.resize(sources_);
  deferred_[sources_ - 1].analyzed = nullptr;
  words_.Add(analyzed);
  if (!words_.first_stems) words_.AddFirstStems();  // const methods add nothing after this
  mentioned_.Add(text, mentions);
}

void SourceFacts::AddSourceDeferred(std::string_view text, const AnalyzedText& analyzed,
                                    const TextLexicon* lexicon) {
  ++sources_;
  if (deferred_.size() < sources_) deferred_.resize(sources_);
  Deferred& d = deferred_[sources_ - 1];
  d.text = text;
  d.analyzed = &analyzed;
  d.lexicon = lexicon;
}

void SourceFacts::Complete() const {
  CompleteWords();
  if (!words_.first_stems) words_.AddFirstStems();
  CompleteMentions();
}

void SourceFacts::CompleteWords() const {
  while (words_.sources < sources_) words_.Add(*deferred_[words_.sources].analyzed);
}

void SourceFacts::CompleteMentions() const {
  while (mentioned_.sources < sources_) {
    Deferred& d = deferred_[mentioned_.sources];
    d.mentions.clear();
    ExtractSegmentFacts(d.text, *d.analyzed, 0, d.analyzed->segments.size(), d.lexicon,
                        &d.mentions);
    CountWork(d.mentions.size());
    mentioned_.Add(d.text, d.mentions);
  }
}

void SourceFacts::Words::Add(const AnalyzedText& analyzed) {
  ++sources;
  CountWork(analyzed.tokens.size());
  // Once per distinct word of the text, not per token. The first source's words stay in
  // its own table, which Given reads for norms and "'s" bases; its other stems go in
  // `table` when a stem is first asked (AddFirstStems), since most checks ask of norms
  // alone. A later source's words all get room in `table` (a stem that differs from its
  // norm is often another word's norm).
  const WordTable& text_words = analyzed.words;
  if (sources == 1) {
    first = &text_words;
    first_stems = false;
    return;
  }
  // Room for the words this text adds, and their bytes (a few each), rather than growth
  // by doubling.
  const size_t adding = text_words.size();
  table.Reserve(table.size() + adding, table.byte_size() + adding * kBytesPerWord);
  as.reserve(table.size() + adding);
  for (uint32_t id = 0; id < text_words.size(); ++id) {
    const std::string_view n = text_words.norm(id), stem = text_words.stem(id);
    // A word is its own stem more often than not: one entry, one look-up. (Different
    // hashes tell most other words apart without comparing their bytes.)
    if (OwnStem(text_words, id) && !stem.empty()) {
      AddWord(n, text_words.norm_hash(id), kAsNorm | kAsStem);
    } else {
      AddWord(n, text_words.norm_hash(id), kAsNorm);
      if (!stem.empty()) AddWord(stem, text_words.stem_hash(id), kAsStem);
    }
    AddBaseStem(text_words, id);
    AddPossessiveBase(n);
  }
}

void SourceFacts::Words::AddFirstStems() {
  first_stems = true;
  if (first == nullptr) return;
  // The stems that differ from their norms: reserved as half the words.
  const size_t adding = first->size() / 2;
  table.Reserve(table.size() + adding, table.byte_size() + adding * kBytesPerWord);
  as.reserve(table.size() + adding);
  for (uint32_t id = 0; id < first->size(); ++id) {
    const std::string_view stem = first->stem(id);
    if (!OwnStem(*first, id) && !stem.empty()) AddWord(stem, first->stem_hash(id), kAsStem);
    AddBaseStem(*first, id);
  }
}

bool SourceFacts::Words::OwnStem(const WordTable& words, uint32_t id) {
  // The table knows it of a word described from the stem memo; else compare.
  return words.stem_is_norm(id) ||
         (words.stem_hash(id) == words.norm_hash(id) && words.stem(id) == words.norm(id));
}

void SourceFacts::Words::AddBaseStem(const WordTable& words, uint32_t id) {
  // "pled" also gives the stem of "plead".
  const std::string_view base_stem = WordBaseStem(words, id);
  if (!base_stem.empty()) AddWord(base_stem, HashBytes(base_stem), kAsStem);
}

void SourceFacts::Words::AddPossessiveBase(std::string_view norm) {
  // "scotland's" also gives "scotland".
  if (!Possessive(norm)) return;
  const std::string_view base = norm.substr(0, norm.size() - 2);
  AddWord(base, HashBytes(base), kAsNorm);
}

void SourceFacts::Mentioned::Add(std::string_view text, const std::vector<Mention>& mentions) {
  ++sources;
  const Mention* prev_entity = nullptr;
  for (const Mention& m : mentions) {
    switch (m.kind) {
      case MentionKind::kQuantity:
        quantities.push_back(m);
        break;
      case MentionKind::kDate:
        if (!m.relative) dates.push_back(m);
        break;
      case MentionKind::kComparison:
        if (m.superlative) superlative_keys.Intern(m.key);
        break;
      case MentionKind::kEntity:
        // Distinct keys in first-seen order; the table keeps this linear in the mentions.
        if (entity_ids.Intern(m.key) == entity_keys.size()) entity_keys.push_back(m.key);
        if (prev_entity != nullptr && m.begin > prev_entity->end &&
            BracketOnly(text.substr(prev_entity->end, m.begin - prev_entity->end))) {
          tickers.emplace_back(m.key, prev_entity->key);
        }
        prev_entity = &m;
        break;
      default:
        break;
    }
  }
}

void SourceFacts::Words::AddWord(std::string_view word, uint64_t hash, uint8_t as) {
  const uint32_t id = table.Intern(word, hash);
  if (id == this->as.size()) this->as.push_back(0);
  this->as[id] |= as;
}

bool SourceFacts::Words::Given(std::string_view word, uint8_t as) const {
  const uint32_t id = table.Find(word);
  if (id != StringTable::kNotFound && (this->as[id] & as) != 0) return true;
  // In the first source: a word with this norm, of any kind, whose stem is its norm when
  // a stem is asked for.
  if (first == nullptr) return false;  // no source yet
  constexpr StemKind kKinds[] = {StemKind::kNone, StemKind::kNorm, StemKind::kSnowball};
  for (StemKind kind : kKinds) {
    const uint32_t w = first->Find(word, kind);
    if (w == StringTable::kNotFound) continue;
    if ((as & kAsNorm) != 0 || (!word.empty() && first->stem(w) == word)) return true;
  }
  // "scotland's" in the first source also gives "scotland" (a later source's "'s" bases
  // are in `table`): asked here, for the few norms a check asks about, rather than added
  // for every word.
  if ((as & kAsNorm) == 0 || word.empty()) return false;
  const std::string possessive = std::string(word) + "'s";
  for (StemKind kind : kKinds) {
    if (first->Find(possessive, kind) != StringTable::kNotFound) return true;
  }
  return false;
}

namespace {
bool IsShare(std::string_view unit) { return unit == "%" || unit == "pp"; }
}  // namespace

bool SourceFacts::QuantityGiven(const Mention& m) const {
  const Mentioned& mentioned = this->mentioned();
  CountWork(mentioned.quantities.size());
  // Away from its slot an open bound is read tightly: "over 8%" is given by 8.5% but not
  // by an unrelated 15% elsewhere in the story, which "over 8" would technically cover.
  const Mention tight = TightBound(m);
  const bool open = IsOpenBound(m.quantity);
  for (const Mention& q : mentioned.quantities) {
    // A bound the same way is compared by its figure, as Compare does for two bounds.
    const bool same_bound = open && q.quantity.approx == m.quantity.approx;
    if (Compare(same_bound ? m : tight, q) == Agreement::kMatch) return true;
  }
  // A bare count is given by the same figure with any unit but a share, and a figure
  // with a unit by the same bare figure ("27-year-old" by "aged 27"); two also by "both"
  // or "a pair". "More than 20 of them" counts things; "a 20% limit" is no count.
  for (const Mention& q : mentioned.quantities) {
    if ((m.quantity.unit.empty() || q.quantity.unit.empty()) && !IsShare(m.quantity.unit) &&
        !IsShare(q.quantity.unit) &&
        q.quantity.value == m.quantity.value && q.quantity.value_hi == m.quantity.value_hi) {
      return true;
    }
  }
  if (m.quantity.unit.empty()) {
    if (m.quantity.value == 2 && (NormGiven("both") || NormGiven("pair") ||
                                  NormGiven("twice") || NormGiven("couple"))) {
      return true;
    }
  }
  return false;
}

bool SourceFacts::DateGiven(const Mention& m) const {
  const Mentioned& mentioned = this->mentioned();
  CountWork(mentioned.dates.size());
  for (const Mention& d : mentioned.dates) {
    if (Compare(m, d) == Agreement::kMatch) return true;
  }
  return false;
}

std::string_view SourceFacts::OtherGivenName(std::string_view key) const {
  const size_t space = key.rfind(' ');
  if (space == std::string_view::npos) return {};
  const std::string_view given = key.substr(0, key.find(' '));
  const std::string_view surname = key.substr(space);  // with its space
  const Mentioned& mentioned = this->mentioned();
  CountWork(mentioned.entity_keys.size());
  for (const std::string& k : mentioned.entity_keys) {
    const std::string_view other(k);
    if (other.size() <= surname.size() || other.substr(other.size() - surname.size()) != surname) {
      continue;
    }
    const std::string_view first = other.substr(0, other.find(' '));
    if (first[0] != given[0] && HasLex(LookupWord(first), kLexGivenName)) return other;
  }
  return {};
}

std::string_view SourceFacts::OtherPlace(const PlaceAreas& place) const {
  std::lock_guard<std::mutex> lock(places_->mu);
  if (places_->sources < sources_) {
    // Every source word once, the first time a claim names a place no source word does.
    if (words_.sources < sources_) CompleteWords();
    places_->names.clear();
    auto add = [&](std::string_view norm) {
      if (Possessive(norm)) norm.remove_suffix(2);
      const WordInfo* info = LookupWord(norm);
      if (!HasLex(info, kLexPlace)) return;
      const PlaceAreas* p = FindPlace(norm);
      if (p == nullptr) return;
      // Not "us", nor "victoria", which may name a person.
      places_->names.push_back({norm, p, IsProperName(norm) && !HasLex(info, kLexGivenName)});
    };
    const size_t first_words = words_.first == nullptr ? 0 : words_.first->size();
    CountWork(first_words + words_.table.size());
    for (uint32_t id = 0; id < first_words; ++id) add(words_.first->norm(id));
    for (uint32_t id = 0; id < words_.table.size(); ++id) {
      if ((words_.as[id] & kAsNorm) != 0) add(words_.table.Get(id));
    }
    places_->sources = sources_;
  }
  std::string_view other;
  CountWork(places_->names.size());
  for (const Places::Name& n : places_->names) {
    if (n.place == &place || PlacesRelated(place, *n.place)) return {};
    if (other.empty() && n.names_only_a_place) other = n.norm;
  }
  return other;
}

bool SourceFacts::EntityGiven(std::string_view key) const {
  // The words first: they need no source mention extracted.
  if (PartsGiven(key)) return true;
  const Mentioned& mentioned = this->mentioned();
  CountWork(mentioned.entity_keys.size() + mentioned.tickers.size());
  // The same key is the common case; otherwise the claim's name is prepared once for
  // all the source names.
  if (mentioned.entity_ids.Find(key) != StringTable::kNotFound) return true;
  const ClaimName name(key, aliases_);
  for (const std::string& k : mentioned.entity_keys) {
    if (name.Matches(k)) return true;
  }
  return !TickerOwner(key).empty();
}

bool SourceFacts::PartsGiven(std::string_view key) const {
  // Every significant part used as a word somewhere ("White House" in lowercase, a
  // title-case "Homegrown" written "homegrown").
  std::vector<std::string_view> parts;
  SignificantParts(key, &parts);
  if (parts.empty()) return true;  // only titles and generic words: nothing to check
  for (std::string_view p : parts) {
    if (HasDigit(p)) return false;
    // The word itself, or its singular or plural ("Archaeologists" / "archaeologist").
    bool given = NormGiven(p) || NormGiven(std::string(p) + "s") ||
                 (p.size() > 3 && p.back() == 's' && NormGiven(p.substr(0, p.size() - 1)));
    if (!given) return false;
  }
  return true;
}

std::string_view SourceFacts::TickerOwner(std::string_view key) const {
  const Mentioned& mentioned = this->mentioned();
  CountWork(mentioned.tickers.size());
  for (const auto& [ticker, owner] : mentioned.tickers) {
    if (ticker == key) return owner;
  }
  return {};
}

}  // namespace claimcheck::internal
