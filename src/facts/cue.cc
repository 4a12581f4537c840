// Cue words that change what a clause asserts: negation ("not", "n't", "neither"),
// direction ("rose", "fell"), comparison ("weaker", "most powerful", "top-of-the-line",
// "not as much ... as") and hedges ("may", "reportedly", "is expected to").
#include "facts/clause.h"
#include "facts/lexicon.h"
#include "facts/recognizers.h"

namespace claimcheck::internal {
namespace {

// How far "not as much ... as" may stretch between its two "as".
constexpr uint32_t kAsAsWindow = 9;
// How far before a "would" its reporting verb may stand: "said [that] [the] [room] would".
constexpr uint32_t kReportedSpeechReach = 4;

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// A word that can carry a comparison: a letter word, not a function word.
bool ContentWord(const TokenView& v, uint32_t k) {
  return v.In(k) && v.Has(k, kTokAlpha) && !v.Has(k, kTokStopword) &&
         !(v.GapBefore(k) & kGapClauseEnd) &&
         !HasLex(v.word(k), kLexClauseBreak | kLexAux);
}

// "most powerful" ranks; "most analysts" counts. Without part-of-speech tags, an
// adjective is told by its suffix, or by "the"/a possessive before "most".
bool AdjectiveLike(std::string_view norm) {
  static constexpr std::string_view kSuffixes[] = {"ful", "ive", "ed",   "ing",  "al",
                                                   "ous", "ic",  "able", "ible", "ant",
                                                   "ent", "less", "ular", "ary", "ile"};
  for (std::string_view s : kSuffixes) {
    if (EndsWith(norm, s) && norm.size() > s.size() + 2) return true;
  }
  return false;
}

bool RankedBefore(const TokenView& v, uint32_t i) {
  if (i <= v.begin()) return false;
  std::string_view prev = v.norm(i - 1);
  return prev == "the" || prev == "its" || prev == "their" || prev == "his" ||
         prev == "her" || prev == "our" || EndsWith(prev, "'s");
}

void Push(const TokenView& v, MentionKind kind, uint32_t first, uint32_t last, int sign,
          bool superlative, std::vector<Mention>* out) {
  Mention m = MakeMention(v, kind, first, last);
  m.sign = sign;
  m.superlative = superlative;
  for (uint32_t k = first; k < last; ++k) {
    if (k > first) m.key += ' ';
    m.key += v.norm(k);
  }
  out->push_back(std::move(m));
}

// "not as much X as", "not as powerful as", "not so ... as": a comparison downwards.
uint32_t MatchNotAsAs(const TokenView& v, uint32_t i, std::vector<Mention>* out) {
  uint32_t limit = i + kAsAsWindow;
  uint32_t first_as = 0;
  for (uint32_t k = i + 1; k < limit && v.In(k); ++k) {
    if (v.GapBefore(k) & kGapClauseEnd) return i;
    if (first_as == 0 && (v.Is(k, "as") || v.Is(k, "so"))) {
      first_as = k;
    } else if (first_as != 0 && v.Is(k, "as")) {
      Push(v, MentionKind::kComparison, i, k + 1, -1, false, out);
      return k + 1;
    }
  }
  return i;
}

uint32_t MatchNegation(const TokenView& v, uint32_t i, std::vector<Mention>* out) {
  std::string_view norm = v.norm(i);
  const bool contracted = ContractedNegation(norm);
  const WordInfo* w = v.word(i);
  if (!contracted && !HasLex(w, kLexNegation)) return i;
  if (norm == "not" || contracted) {
    // "not only ... but also" and "not just" add, they do not negate.
    if (v.Is(i + 1, "only") || v.Is(i + 1, "just") || v.Is(i + 1, "merely") ||
        v.Is(i + 1, "simply")) {
      return i + 2;
    }
    uint32_t j = MatchNotAsAs(v, i, out);
    if (j > i) return j;
    // "whether or not" offers both; "not the X" contrasts a phrase ("not the price but
    // the coverage") rather than denying a predicate.
    if (i > v.begin() && v.norm(i - 1) == "or") return i + 1;
    static constexpr std::string_view kDeterminers[] = {"the", "a", "an", "this", "that",
                                                        "these", "those"};
    for (std::string_view d : kDeterminers) {
      if (norm == "not" && v.Is(i + 1, d)) return i + 1;
    }
  }
  if (norm == "no" && (v.Is(i + 1, "doubt") || v.Is(i + 1, "matter"))) return i + 2;
  // "No. 1", "No 10 Downing Street": the abbreviation of "number".
  if (norm == "no" && v.In(i + 1) && v.Has(i + 1, kTokNumber)) return i + 1;
  // "fail", "refuse" negate only as "fails to X".
  if ((norm.substr(0, 4) == "fail" || norm.substr(0, 6) == "refuse") && !v.Is(i + 1, "to")) {
    return i;
  }
  Push(v, MentionKind::kNegation, i, i + 1, 0, false, out);
  return i + 1;
}

uint32_t MatchComparison(const TokenView& v, uint32_t i, std::vector<Mention>* out) {
  std::string_view norm = v.norm(i);
  const WordInfo* w = v.word(i);
  // "top-of-the-line", "top-tier", "top spot": "top" joined to what it ranks.
  if (norm == "top") {
    bool compound = v.In(i + 1) && v.Hyphenated(i + 1);
    static constexpr std::string_view kRanked[] = {"spot", "position", "place", "rank",
                                                   "tier", "end", "line", "notch"};
    bool ranked = false;
    for (std::string_view r : kRanked) ranked |= v.Is(i + 1, r);
    if (!compound && !ranked) return i;
    uint32_t j = i + 1;
    while (v.In(j) && v.Hyphenated(j)) ++j;
    if (j == i + 1) ++j;
    Push(v, MentionKind::kComparison, i, j, 1, true, out);
    return j;
  }
  if (norm == "most" || norm == "least") {
    if (!ContentWord(v, i + 1) || v.Is(i + 1, "of")) return i;
    if (!RankedBefore(v, i) && !AdjectiveLike(v.norm(i + 1))) return i;
    Push(v, MentionKind::kComparison, i, i + 2, w->sign, true, out);
    return i + 2;
  }
  if (norm == "more" || norm == "less" || norm == "fewer") {
    if (v.Is(i + 1, "than") || !ContentWord(v, i + 1)) return i;
    if (!AdjectiveLike(v.norm(i + 1)) && !v.Is(i + 2, "than")) return i;
    Push(v, MentionKind::kComparison, i, i + 2, w->sign, false, out);
    return i + 2;
  }
  if (norm == "scaled") {  // "a scaled-down version"; "scaled back" is a move
    if (!v.Is(i + 1, "down")) return i;
    Push(v, MentionKind::kComparison, i, i + 2, -1, false, out);
    return i + 2;
  }
  if (HasLex(w, kLexSuperlative)) {
    // "record" ranks only what it qualifies ("record profits", "a record 133 Tests"); the
    // noun ("broke the record", "an electronic health record (EHR)") ranks nothing.
    if (norm == "record" &&
        !(v.In(i + 1) && !(v.GapBefore(i + 1) & kGapClauseEnd) &&
          (ContentWord(v, i + 1) || v.Has(i + 1, kTokDigit)))) {
      return i;
    }
    Push(v, MentionKind::kComparison, i, i + 1, w->sign, true, out);
    return i + 1;
  }
  if (HasLex(w, kLexComparative)) {
    // "behind" ranks only after a verb of position ("way behind", "falls behind");
    // "the team behind the chip" does not.
    if (norm == "behind") {
      static constexpr std::string_view kLead[] = {
          "way",  "far",    "fall",   "falls",    "fell",   "fallen",   "falling",
          "lag",  "lags",   "remain", "remains",  "remained", "still",  "is",
          "are",  "was",    "were",   "well",     "slightly", "just",   "years"};
      bool ranks = false;
      for (std::string_view l : kLead) ranks |= i > v.begin() && v.norm(i - 1) == l;
      if (!ranks) return i;
    }
    Push(v, MentionKind::kComparison, i, i + 1, w->sign, false, out);
    return i + 1;
  }
  // Any "-er than": "cheaper than" is in the table, "snappier than" is not.
  if (EndsWith(norm, "er") && v.Is(i + 1, "than") && norm.size() > 4) {
    Push(v, MentionKind::kComparison, i, i + 2, 1, false, out);
    return i + 2;
  }
  return i;
}

// Token i ("would") reports what someone said: a reporting verb ("said", "told",
// "announced"; the lexicon's attribution hedges) stands at most kReportedSpeechReach
// tokens before it, in its clause (ClauseAround).
bool ReportedSpeech(const TokenView& v, uint32_t i) {
  const uint32_t begin = ClauseAround(v, i).begin;
  for (uint32_t k = i; k > begin && i - k < kReportedSpeechReach; --k) {
    const WordInfo* w = v.word(k - 1);
    if (HasLex(w, kLexHedge) && w->hedge == kHedgeAttribution) return true;
  }
  return false;
}

uint32_t MatchHedge(const TokenView& v, uint32_t i, std::vector<Mention>* out) {
  std::string_view norm = v.norm(i);
  const WordInfo* w = v.word(i);
  if (!HasLex(w, kLexHedge)) return i;
  uint32_t j = i + 1;
  // Verbs that hedge only with the word after them: "is expected to", "plans to", "aims
  // to", "seemed to"; an accusation with "of": "accused of plotting".
  struct WithNext {
    std::string_view word, next;
  };
  static constexpr WithNext kWithNext[] = {
      {"expected", "to"}, {"expects", "to"},   {"plans", "to"},    {"planned", "to"},
      {"plan", "to"},     {"aims", "to"},      {"aiming", "to"},   {"intends", "to"},
      {"believed", "to"}, {"seems", "to"},     {"appears", "to"},  {"seem", "to"},
      {"appear", "to"},   {"seemed", "to"},    {"appeared", "to"}, {"according", "to"},
      {"accused", "of"},  {"accuses", "of"},   {"accusing", "of"}};
  for (const WithNext& t : kWithNext) {
    if (norm == t.word) {
      if (!v.Is(i + 1, t.next)) return i;
      j = i + 2;
    }
  }
  // A reporting verb in the passive with "to" is hearsay, not attribution: "is said to
  // feature", "were reported to have".
  auto strength = static_cast<HedgeStrength>(w->hedge);
  if ((norm == "said" || norm == "reported" || norm == "thought") && i > v.begin() &&
      v.Is(i + 1, "to") && HasLex(v.word(i - 1), kLexAux)) {
    strength = kHedgeModal;
    j = i + 2;
  }
  // "would" in reported speech is the reported "will", not doubt: "Mr Maduro said the
  // room would be kept", "he told them it would". A reporting verb stands a few words
  // before it in the same clause.
  if (norm == "would" && ReportedSpeech(v, i)) strength = kHedgeAttribution;
  // "plans to" hedges after its subject ("Nvidia plans to", "it plans to"), not after a
  // noun phrase ("insurance plans to fit your needs").
  if ((norm == "plans" || norm == "plan") && i > v.begin()) {
    static constexpr std::string_view kSubjects[] = {
        "he", "she", "it", "they", "we", "i", "you", "also", "still", "now", "reportedly",
        "company", "firm", "government", "who", "which", "that", "and", "to"};
    bool subject = v.Has(i - 1, kTokCapitalized | kTokAllCaps);
    for (std::string_view w : kSubjects) subject |= v.norm(i - 1) == w;
    if (!subject) return i;
  }
  // "claims" as a verb: not after an article or possessive ("the claims").
  if (norm.substr(0, 5) == "claim" && i > v.begin()) {
    static constexpr std::string_view kDeterminers[] = {"the", "a", "an", "its", "their",
                                                        "his", "her", "these", "those",
                                                        "such", "our", "your", "my"};
    for (std::string_view d : kDeterminers) {
      if (v.norm(i - 1) == d) return i;
    }
  }
  // "report"/"reports" as a noun are attribution only when a verb form: keep all;
  // they are the weak kind and never raise a finding on their own.
  Mention m = MakeMention(v, MentionKind::kHedge, i, j);
  m.hedge = strength;
  for (uint32_t k = i; k < j; ++k) {
    if (k > i) m.key += ' ';
    m.key += v.norm(k);
  }
  out->push_back(std::move(m));
  return j;
}

uint32_t MatchDirection(const TokenView& v, uint32_t i, std::vector<Mention>* out) {
  std::string_view norm = v.norm(i);
  const WordInfo* w = v.word(i);
  bool updown = (norm == "up" || norm == "down") && v.In(i + 1) &&
                (v.Has(i + 1, kTokDigit) || v.Has(i + 1, kTokSymbol)) &&
                !(v.GapBefore(i + 1) & kGapClauseEnd);
  // Phrasal moves: "ramp up", "step up", "scale back", "scale down" (the verb alone
  // says nothing: "on a large scale", "a step").
  static constexpr std::string_view kPhrasal[] = {"ramp",  "ramps",  "ramped", "ramping",
                                                  "step",  "steps",  "stepped", "stepping",
                                                  "scale", "scales", "scaling", "scaled"};
  for (std::string_view p : kPhrasal) {
    if (norm != p || !v.In(i + 1) || (v.GapBefore(i + 1) & kGapClauseEnd)) continue;
    const bool up = v.Is(i + 1, "up");
    const bool scale = p.front() == 's' && p[1] == 'c';
    if (!up && !(scale && (v.Is(i + 1, "back") || v.Is(i + 1, "down")))) return i;
    if (v.Hyphenated(i)) return i;
    Push(v, MentionKind::kDirection, i, i + 2, up ? 1 : -1, false, out);
    return i + 2;
  }
  if (!updown && !HasLex(w, kLexDirection)) return i;
  // The tail of a compound ("home-grown", "fast-growing") describes, it does not move.
  if (v.Hyphenated(i)) return i;
  Push(v, MentionKind::kDirection, i, i + 1, updown ? (norm == "up" ? 1 : -1) : w->sign,
       false, out);
  return i + 1;
}

}  // namespace

uint32_t MatchCue(const TokenView& v, uint32_t i, std::vector<Mention>* out) {
  uint32_t j = MatchNegation(v, i, out);
  if (j > i) return j;
  j = MatchComparison(v, i, out);
  if (j > i) return j;
  j = MatchDirection(v, i, out);
  if (j > i) return j;
  return MatchHedge(v, i, out);
}

}  // namespace claimcheck::internal
