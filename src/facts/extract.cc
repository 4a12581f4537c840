// ExtractFacts: one left-to-right pass over a unit's tokens, trying the recognizers in
// a fixed order at each token (tickers before numbers, dates before quantities so that
// "2025" and "second quarter" are dates, quantities before cues so that "more than 100"
// is an amount, cues before names so that a capitalized "However" is not a name).
// Most tokens are lowercase words that no recognizer can start on, and a name can only
// start a name; a cheap test per token (Openers) calls only the recognizers that can
// match there, which is most of the stage's speed.
#include <initializer_list>
#include <vector>

#include "facts/antonyms.h"
#include "facts/clause.h"
#include "facts/facts.h"
#include "facts/lexicon.h"
#include "facts/recognizers.h"
#include "text/stopwords.h"
#include "text/string_table.h"
#include "facts/token_view.h"
#include "facts/work_count.h"

namespace claimcheck::internal {
namespace {

// A line is in title case when most of its longer content words are capitalized.
constexpr int kTitleMinWords = 3;
constexpr double kTitleShare = 0.75;
constexpr size_t kTitleMinLength = 4;

bool TitleCase(const TokenView& v) {
  int words = 0;
  int capitalized = 0;
  for (uint32_t k = v.begin(); k < v.end(); ++k) {
    // The flags first: the norm's length is a look-up in the word table.
    if (!v.Has(k, kTokAlpha) || v.Has(k, kTokDigit) || v.Has(k, kTokStopword) ||
        v.norm(k).size() < kTitleMinLength) {
      continue;
    }
    ++words;
    if (v.Has(k, kTokCapitalized | kTokAllCaps)) ++capitalized;
  }
  return words >= kTitleMinWords && capitalized >= kTitleShare * words;
}

// Which recognizers can match at a token, as bits: a recognizer is only called where its
// bit is set. Most tokens are lowercase words with no bit at all.
enum Opener : uint8_t {
  kOpenTicker = 1 << 0,
  kOpenDate = 1 << 1,
  kOpenQuantity = 1 << 2,
  kOpenCue = 1 << 3,
  kOpenEntity = 1 << 4,
  kOpenAll = 0x1f,
};

// Lexicon meanings each recognizer can start on. The others (auxiliaries, clause breaks,
// titles, am/pm, period words, scales, percent, time and measuring units) are only read
// after a number, an anchor or a name has started a mention.
constexpr uint32_t kLexOpensDate =
    kLexRelDay | kLexCardinal | kLexRelAnchor | kLexWeekday | kLexMonth | kLexOrdinal;
constexpr uint32_t kLexOpensQuantity = kLexApprox | kLexCurrency | kLexApproxRange |
                                       kLexCardinal | kLexOrdinal | kLexMultiplier;
constexpr uint32_t kLexOpensCue =
    kLexNegation | kLexSuperlative | kLexComparative | kLexDirection | kLexHedge;

// Words a recognizer tests by spelling (not by a lexicon meaning) as the first token of
// a pattern, with the recognizers that do. Keep in step with the recognizers;
// tests/perf/fast_path_test.cc checks on real text that skipping changes no mention.
struct OpenerWords {
  StringTable words;
  std::vector<uint8_t> opens;  // by word id
};

const OpenerWords& TheOpenerWords() {
  static const OpenerWords* const kWords = [] {
    auto* t = new OpenerWords;
    auto add = [t](std::initializer_list<std::string_view> words, uint8_t opens) {
      for (std::string_view w : words) {
        const uint32_t id = t->words.Intern(w);
        if (id == t->opens.size()) t->opens.push_back(0);
        t->opens[id] |= opens;
      }
    };
    // quantity.cc: ReadApprox, ReadWords ("a dozen"), "between ... and", and the letters
    // before a glued "$" ("US$", "HK$").
    add({"no", "not", "as", "in", "between", "a", "an", "more", "greater", "higher", "at",
         "upwards", "just", "well", "less", "fewer", "lower", "up", "close", "us", "hk", "au",
         "c", "s", "nt"},
        kOpenQuantity);
    // date.cc: MatchRelative ("a few weeks ago"), MatchTime.
    add({"a", "several", "few", "noon", "midnight"}, kOpenDate);
    // cue.cc: MatchComparison, MatchDirection.
    add({"top", "most", "least", "more", "less", "fewer", "scaled", "up", "down", "ramp",
         "ramps", "ramped", "ramping", "step", "steps", "stepped", "stepping", "scale",
         "scales", "scaling"},
        kOpenCue);
    return t;
  }();
  return *kWords;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// A bit of SpelledOpeners beside the Opener bits: a word ending in "er", which opens a
// cue when "than" follows it.
constexpr uint8_t kEndsInEr = 1 << 5;
static_assert((kEndsInEr & kOpenAll) == 0, "kEndsInEr is not an opener");

// The recognizers a word can start by its lexicon entry `w` (may be null) and by its
// spelling, and kEndsInEr; `hash` is HashBytes(norm). The same for every token of the
// word: a text's words are asked once (LookupWords).
uint8_t WordOpeners(const WordInfo* w, std::string_view norm, uint64_t hash) {
  uint8_t open = 0;
  if (w != nullptr) {
    if (w->flags & kLexOpensDate) open |= kOpenDate;
    if (w->flags & kLexOpensQuantity) open |= kOpenQuantity;
    if (w->flags & kLexOpensCue) open |= kOpenCue;
    if (w->flags & kLexGivenName) open |= kOpenEntity;
  }
  if (EndsWith(norm, "n't")) open |= kOpenCue;  // "didn't"
  if (EndsWith(norm, "er")) open |= kEndsInEr;
  const OpenerWords& words = TheOpenerWords();
  const uint32_t id = words.words.Find(norm, hash);
  if (id != StringTable::kNotFound) open |= words.opens[id];
  return open;
}

// The recognizers that can match at token i (a superset: each may still decline). Always
// inline: Extract asks it of every token of a text.
__attribute__((always_inline)) inline uint8_t Openers(const TokenView& v, uint32_t i) {
  // Numbers, years, codes, currency signs: any of them.
  if (v.Has(i, kTokDigit | kTokSymbol)) return kOpenAll;
  uint8_t open = 0;
  // Names, acronyms, tickers such as "NVDA.O".
  if (v.HasUpper(i)) open |= kOpenTicker | kOpenEntity;
  const TextLexicon* lexicon = v.lexicon();
  const uint8_t word = lexicon != nullptr
                           ? lexicon->openers[v.tok(i).word]
                           : WordOpeners(v.word(i), v.norm(i), HashBytes(v.norm(i)));
  open |= word & kOpenAll;
  if ((word & kEndsInEr) && v.In(i + 1) && v.norm(i + 1) == "than") open |= kOpenCue;
  return open;
}

void Extract(std::string_view text, const AnalyzedText& analyzed, uint32_t tok_begin,
             uint32_t tok_end, bool fast, const TextLexicon* lexicon,
             std::vector<Mention>* out) {
  if (tok_end > analyzed.tokens.size()) tok_end = static_cast<uint32_t>(analyzed.tokens.size());
  TokenView v(text, analyzed, tok_begin, tok_end, lexicon);
  CountWork(tok_end > tok_begin ? tok_end - tok_begin : 0);
  bool title_case = TitleCase(v);
  for (uint32_t i = tok_begin; i < tok_end;) {
    if (v.IsPunct(i)) {
      ++i;
      continue;
    }
    const uint8_t open = fast ? Openers(v, i) : static_cast<uint8_t>(kOpenAll);
    uint32_t j = i;
    if (open & kOpenTicker) j = MatchTicker(v, i, out);
    if (j == i && (open & kOpenDate)) j = MatchDate(v, i, out);
    if (j == i && (open & kOpenQuantity)) j = MatchQuantity(v, i, out);
    if (j == i && (open & kOpenCue)) j = MatchCue(v, i, out);
    if (j == i && (open & kOpenEntity)) j = MatchEntity(v, i, title_case, out);
    i = j > i ? j : i + 1;
  }
}

}  // namespace

Mention MakeMention(const TokenView& v, MentionKind kind, uint32_t first, uint32_t last) {
  Mention m;
  m.kind = kind;
  m.tok_begin = first;
  m.tok_end = last;
  m.begin = v.tok(first).begin;
  m.end = v.tok(last - 1).end;
  return m;
}

namespace {

// WordMarks::facts: 1 + the lexicon index (0: none) in the low bits, then the word's
// openers, then its traits.
constexpr int kOpenersShift = 20;
constexpr int kTraitsShift = 28;
constexpr uint32_t kLexiconIndexMask = (uint32_t{1} << kOpenersShift) - 1;

}  // namespace

uint32_t FactWordMarks(std::string_view norm, uint64_t hash, std::string_view stem) {
  const uint32_t index = LexiconIndex(norm, hash);
  const uint32_t entry = index == StringTable::kNotFound ? 0 : index + 1;
  uint32_t traits = 0;
  // As the fact checks read a word: its stem, or its norm when it has none.
  if (HasAntonyms(norm, stem.empty() ? norm : stem)) traits |= kTraitAntonyms;
  if (CommonAsName(norm)) traits |= kTraitCommonName;
  if (IsContentWord(norm, IsStopword(norm), LexiconEntry(index))) traits |= kTraitContent;
  if (!IrregularBaseStem(norm).empty()) traits |= kTraitIrregular;
  return (entry & kLexiconIndexMask) |
         static_cast<uint32_t>(WordOpeners(LexiconEntry(index), norm, hash)) << kOpenersShift |
         traits << kTraitsShift;
}

std::string_view WordBaseStem(const WordTable& words, uint32_t id) {
  if (words.marked() && ((words.marks(id).facts >> kTraitsShift) & kTraitIrregular) == 0) {
    return {};
  }
  return IrregularBaseStem(words.norm(id));
}

void LookupWords(const WordTable& words, TextLexicon* out) {
  out->info.resize(words.size());
  out->openers.resize(words.size());
  out->base_stems.clear();
  // Irregular forms are few: their table is only filled for a text that has one.
  auto base_stem = [&](uint32_t id, std::string_view stem) {
    if (stem.empty()) return;
    if (out->base_stems.empty()) out->base_stems.resize(words.size());
    out->base_stems[id] = stem;
  };
  if (words.marked()) {
    out->traits.resize(words.size());
    for (uint32_t id = 0; id < words.size(); ++id) {
      const uint32_t marks = words.marks(id).facts;
      const uint32_t entry = marks & kLexiconIndexMask;
      out->info[id] = entry == 0 ? nullptr : LexiconEntry(entry - 1);
      out->openers[id] = static_cast<uint8_t>(marks >> kOpenersShift);
      const auto traits = static_cast<uint8_t>(marks >> kTraitsShift);
      out->traits[id] = traits;
      // WordBaseStem, from the traits just read.
      if ((traits & kTraitIrregular) != 0) base_stem(id, IrregularBaseStem(words.norm(id)));
    }
    return;
  }
  out->traits.clear();
  for (uint32_t id = 0; id < words.size(); ++id) {
    out->info[id] = LookupWord(words.norm(id), words.norm_hash(id));
    out->openers[id] = WordOpeners(out->info[id], words.norm(id), words.norm_hash(id));
    base_stem(id, WordBaseStem(words, id));
  }
}

void ExtractFacts(std::string_view text, const AnalyzedText& analyzed, uint32_t tok_begin,
                  uint32_t tok_end, std::vector<Mention>* out, const TextLexicon* lexicon) {
  Extract(text, analyzed, tok_begin, tok_end, /*fast=*/true, lexicon, out);
}

void ExtractSegmentFacts(std::string_view text, const AnalyzedText& analyzed, size_t seg_begin,
                         size_t seg_end, const TextLexicon* lexicon, std::vector<Mention>* out) {
  for (size_t s = seg_begin; s < seg_end; ++s) {
    const Segment& seg = analyzed.segments[s];
    Extract(text, analyzed, seg.tok_begin, seg.tok_end, /*fast=*/true, lexicon, out);
  }
}

void ExtractFactsExhaustive(std::string_view text, const AnalyzedText& analyzed,
                            uint32_t tok_begin, uint32_t tok_end, std::vector<Mention>* out) {
  Extract(text, analyzed, tok_begin, tok_end, /*fast=*/false, nullptr, out);
}

}  // namespace claimcheck::internal
