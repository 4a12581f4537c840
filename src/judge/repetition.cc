#include "judge/repetition.h"

#include <algorithm>
#include <string>

#include "align/lexicon.h"
#include "facts/lexicon.h"

namespace claimcheck::internal {
namespace {

// The longest phrase looked for doubled, in words.
constexpr uint32_t kMaxPhraseWords = 4;
// How far apart (first word to first word) the two mentions of a name may stand.
constexpr uint32_t kNameReach = 16;
// Candidates per unit whose sources are scanned: a unit of one word said a thousand times
// over a source that says it twice costs a few scans, not a thousand.
constexpr int kMaxProbes = 4;

// The placeholder sequence-to-sequence models write for a word outside their vocabulary
// ("UNK UNK wed 10 men" stands for a first and last name): two of them are no repetition.
bool IsPlaceholder(std::string_view norm) { return norm == "unk"; }

// A word that carries content: letters, no digits, not a stop word, not the placeholder.
bool IsContentWord(const AnalyzedText& a, uint32_t k) {
  const uint16_t f = a.tokens[k].flags;
  return (f & kTokAlpha) != 0 && (f & (kTokDigit | kTokStopword)) == 0 &&
         !IsPlaceholder(a.norm(k));
}

// A word that names: a content word of three or more letters the lexicon does not know
// ("klass", "twickenham", "ecb"). Case is no guide: tokenized corpora are lower-cased.
bool IsNameWord(const AnalyzedText& a, uint32_t k) {
  return IsContentWord(a, k) && a.norm(k).size() >= 3 && FindLemma(a.norm(k)) == nullptr;
}

// Whether tokens [from, from + n) of `claim` stand, in order, at source token q.
bool SequenceAt(const AnalyzedText& claim, uint32_t from, uint32_t n, const AnalyzedText& src,
                uint32_t q) {
  for (uint32_t i = 0; i < n; ++i) {
    if (claim.stem_hash(from + i) != src.stem_hash(q + i)) return false;
  }
  return true;
}

// Some source has the claim's tokens [from, from + n) verbatim (by stem).
bool AnySourceHas(const PreparedSources::Impl& sources, const AnalyzedText& claim,
                  uint32_t from, uint32_t n) {
  for (const auto& doc : sources.docs) {
    const AnalyzedText& a = doc.analyzed;
    const uint32_t size = static_cast<uint32_t>(a.tokens.size());
    for (uint32_t q = 0; q + n <= size; ++q) {
      if (SequenceAt(claim, from, n, a, q)) return true;
    }
  }
  return false;
}

// Some source sentence has the claim's `n` tokens from `from` twice.
bool AnySourceSentenceHasTwice(const PreparedSources::Impl& sources, const AnalyzedText& claim,
                               uint32_t from, uint32_t n) {
  for (const auto& doc : sources.docs) {
    const AnalyzedText& a = doc.analyzed;
    for (const Segment& s : a.segments) {
      int seen = 0;
      for (uint32_t q = s.tok_begin; q + n <= s.tok_end; ++q) {
        if (SequenceAt(claim, from, n, a, q) && ++seen == 2) return true;
      }
    }
  }
  return false;
}

// The bytes between token k and the next.
std::string_view Gap(std::string_view text, const AnalyzedText& a, uint32_t k) {
  return text.substr(a.tokens[k].end, a.tokens[k + 1].begin - a.tokens[k].end);
}

// Whether a clause ends between tokens p and q: a comma, semicolon, colon or bracket
// between them, or a word that opens a clause (the facts' clause words: "but", "who",
// "although") or joins two. The facts' clause words leave out "and", "or", "as" and
// "when", which join parts of one statement as often as two statements; a name said
// again past them here starts a statement of its own.
bool ClauseBreakBetween(std::string_view text, const AnalyzedText& a, uint32_t p, uint32_t q) {
  static constexpr std::string_view kJoins[] = {"and", "or", "as", "when"};
  for (uint32_t k = p; k < q; ++k) {
    if (Gap(text, a, k).find_first_of(",;:()") != std::string_view::npos) return true;
    if (k == p) continue;
    const std::string_view w = a.norm(k);
    if (std::find(std::begin(kJoins), std::end(kJoins), w) != std::end(kJoins) ||
        HasLex(LookupWord(w), kLexClauseBreak)) {
      return true;
    }
  }
  return false;
}

// Whether a sentence ends between the end of token p and the start of token q: a full
// stop, question or exclamation mark followed by a space or a quote ("... to expect. ``it
// was shocking,'' barnett said" is two sentences in one unit).
bool SentenceEndBetween(std::string_view text, const AnalyzedText& a, uint32_t p, uint32_t q) {
  const size_t end = a.tokens[q].begin;
  for (size_t i = a.tokens[p].end; i + 1 < end; ++i) {
    const char c = text[i], next = text[i + 1];
    if ((c == '.' || c == '!' || c == '?') &&
        (next == ' ' || next == '"' || next == '\'' || next == '`')) {
      return true;
    }
  }
  return false;
}

// Tokens [first, last] of the unit's [b, e) stand apart from their neighbours: no hyphen
// joins them to the word before or after.
bool StandsApart(std::string_view text, const AnalyzedText& a, uint32_t first, uint32_t last,
                 uint32_t b, uint32_t e) {
  return (first == b || Gap(text, a, first - 1).find('-') == std::string_view::npos) &&
         (last + 1 == e || Gap(text, a, last).find('-') == std::string_view::npos);
}

bool SameWords(const AnalyzedText& a, uint32_t p, uint32_t q, uint32_t n) {
  for (uint32_t i = 0; i < n; ++i) {
    if (a.tokens[p + i].word != a.tokens[q + i].word) return false;
  }
  return true;
}

std::string_view Bytes(std::string_view text, const AnalyzedText& a, uint32_t first,
                       uint32_t last) {
  return text.substr(a.tokens[first].begin, a.tokens[last].end - a.tokens[first].begin);
}

void AddFinding(std::string_view summary, const AnalyzedText& a, uint32_t first,
                uint32_t second, uint32_t n, const char* how, Unit* out) {
  Finding f;
  f.kind = FindingKind::kRepetition;
  f.begin = a.tokens[first].begin;
  f.end = a.tokens[second + n - 1].end;
  f.text = std::string(summary.substr(f.begin, f.end - f.begin));
  f.detail = "\"" + std::string(Bytes(summary, a, first, first + n - 1)) + "\" " + how;
  out->findings.push_back(std::move(f));
}

// The repetition pre-checks below sort keys and look for a neighbour equal to its
// predecessor: n log n rather than the loops' kNameReach comparisons per token. A unit of
// more than kMaxSorted keys is not asked (the answer is "maybe").
constexpr uint32_t kMaxSorted = 64;
template <typename Key>
bool HasTwice(Key* keys, uint32_t n) {
  std::sort(keys, keys + n);
  return std::adjacent_find(keys, keys + n) != keys + n;
}

// Whether two words of tokens [b, e) stand again, in order, later in it: without such a
// pair no name is said twice.
bool MayRepeatPair(const AnalyzedText& a, uint32_t b, uint32_t e) {
  if (e - b < 4 || e - b - 1 > kMaxSorted) return e - b >= 4;
  uint64_t pairs[kMaxSorted];
  uint32_t n = 0;
  for (uint32_t k = b; k + 1 < e; ++k) {
    pairs[n++] = uint64_t{a.tokens[k].word} << 32 | a.tokens[k + 1].word;
  }
  return HasTwice(pairs, n);
}

// Whether a content word of tokens [b, e) stands twice in it.
bool MayRepeatContentWord(const AnalyzedText& a, uint32_t b, uint32_t e) {
  uint32_t words[kMaxSorted];
  uint32_t n = 0;
  for (uint32_t k = b; k < e; ++k) {
    if (!IsContentWord(a, k)) continue;
    if (n == kMaxSorted) return true;
    words[n++] = a.tokens[k].word;
  }
  return HasTwice(words, n);
}

}  // namespace

bool AddRepetition(const PreparedSources::Impl& sources, std::string_view summary,
                   const AnalyzedText& analyzed, const Segment& seg, Unit* out) {
  const AnalyzedText& a = analyzed;
  const uint32_t b = seg.tok_begin, e = seg.tok_end;
  int probes = 0;
  // A phrase said twice in a row: "at twickenham at twickenham", "zara phillips, zara
  // phillips". Not a hyphenated doubling ("so-so"), which is one word.
  for (uint32_t i = b; i < e && probes < kMaxProbes; ++i) {
    for (uint32_t n = 1; n <= kMaxPhraseWords && i + 2 * n <= e && probes < kMaxProbes; ++n) {
      if (!SameWords(a, i, i + n, n)) continue;
      bool content = false;
      for (uint32_t k = i; k < i + n && !content; ++k) content = IsContentWord(a, k);
      if (!content) continue;
      const uint32_t gap_begin = a.tokens[i + n - 1].end, gap_end = a.tokens[i + n].begin;
      if (summary.substr(gap_begin, gap_end - gap_begin) == "-") continue;
      ++probes;
      if (AnySourceHas(sources, a, i, 2 * n)) continue;
      AddFinding(summary, a, i, i + n, n, "is said twice in a row; no source repeats it", out);
      return true;
    }
  }
  // A name said twice within a few words: "chris jordan had missed the ball before being
  // dismissed caught behind off chris jordan" (the source: "devon smith ... off chris
  // jordan"). The claim gives the name a role that belongs to someone else.
  // (The lexicon is asked only about pairs said twice: most units have none.)
  const bool pairs = MayRepeatPair(a, b, e);
  for (uint32_t j = b + 2; pairs && j + 2 <= e && probes < kMaxProbes; ++j) {
    const uint32_t from = j >= b + kNameReach ? j - kNameReach : b;
    for (uint32_t i = from; i + 2 <= j && probes < kMaxProbes; ++i) {
      if (!SameWords(a, i, j, 2) || SentenceEndBetween(summary, a, i + 1, j)) continue;
      // Two common words said twice as one phrase are as garbled ("children who eat
      // healthily are too fussy to eat healthily") when written alike: a product's name
      // ("the Pool Cleaning System ... its cleaning system") is another thing.
      // Nor is a phrase inside a hyphenated compound ("the year-prior quarter"), nor one
      // with an acronym, which is a term ("the AI chip race ... the B40 AI chip").
      const bool name = IsNameWord(a, j) || IsNameWord(a, j + 1);
      if (!name && !(IsContentWord(a, j) && IsContentWord(a, j + 1) &&
                     ((a.tokens[j].flags | a.tokens[j + 1].flags) & kTokAllCaps) == 0 &&
                     Bytes(summary, a, i, i + 1) == Bytes(summary, a, j, j + 1) &&
                     StandsApart(summary, a, i, i + 1, b, e) &&
                     StandsApart(summary, a, j, j + 1, b, e))) {
        break;
      }
      ++probes;
      if (AnySourceSentenceHasTwice(sources, a, j, 2)) break;
      AddFinding(summary, a, i, j, 2,
                 name ? "is named twice in one sentence; no source sentence does"
                      : "is said twice in one sentence; no source sentence does",
                 out);
      return true;
    }
  }
  // One word of a name said twice in one clause: "gullit was assistant to former
  // newcastle manager ruud gullit", "david cameron is a coaching team for cameron". Not a
  // place ("the republic of ireland ... in ireland" reads fine). The lexicon is asked
  // only about content words the unit says twice.
  if (!MayRepeatContentWord(a, b, e)) return false;
  for (uint32_t j = b + 2; j < e && probes < kMaxProbes; ++j) {
    if (!IsNameWord(a, j)) continue;
    // A name joined to itself, place or not: "claims rojo and rojo was ordered to pay";
    // not one of two compounds ("non-GAAP and GAAP"), nor across a comma.
    const std::string_view join = a.norm(j - 1);
    if (a.tokens[j - 2].word == a.tokens[j].word && (join == "and" || join == "or") &&
        Gap(summary, a, j - 2) == " " && Gap(summary, a, j - 1) == " " &&
        StandsApart(summary, a, j - 2, j, b, e)) {
      ++probes;
      if (AnySourceHas(sources, a, j - 2, 3)) continue;
      AddFinding(summary, a, j - 2, j, 1, "is joined to itself; no source does so", out);
      return true;
    }
    if (FindPlace(a.norm(j)) != nullptr) continue;
    const uint32_t from = j >= b + kNameReach ? j - kNameReach : b;
    for (uint32_t i = from; i + 1 < j; ++i) {
      if (a.tokens[i].word != a.tokens[j].word) continue;
      if (ClauseBreakBetween(summary, a, i, j) || SentenceEndBetween(summary, a, i, j)) break;
      ++probes;
      if (AnySourceSentenceHasTwice(sources, a, j, 1)) break;
      AddFinding(summary, a, i, j, 1, "is named twice in one clause; no source sentence does",
                 out);
      return true;
    }
  }
  return false;
}

}  // namespace claimcheck::internal
