// The judge (see judge.h): coverage of the claim's content terms by its evidence and by
// the sources as a whole, fact agreement, and the verdict they give.
#include "judge/judge.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <string>

#include "align/lexicon.h"
#include "claimcheck/calibrated.h"
#include "judge/repetition.h"

namespace claimcheck::internal {
namespace {


Evidence MakeEvidence(const PreparedSources::Impl& sources, const Window& w) {
  const IndexedSentence& first = sources.index.sentence(w.first);
  const IndexedSentence& last = sources.index.sentence(w.last);
  const auto& doc = sources.docs[first.doc];
  Evidence e;
  e.source = first.doc;
  e.begin = doc.analyzed.segments[first.seg].begin;
  e.end = doc.analyzed.segments[last.seg].end;
  e.text = doc.text.substr(e.begin, e.end - e.begin);
  e.score = w.score;
  return e;
}

// How many of a piece's last words Bridged looks for in the source.
constexpr uint32_t kTailWords = 4;
// Words before a splice's second piece where the source may name its subject again.
constexpr uint32_t kSubjectReach = 3;
// A part of the score that cost a unit less than this is not named in its explanation
// (ExplainScore), unless nothing else is.
constexpr double kExplainedLoss = 0.1;

// The tokens of an evidence window: [lo, hi) of source `doc`'s text `a`.
struct WindowTokens {
  uint32_t doc;
  const AnalyzedText* a;
  uint32_t lo, hi;
};
WindowTokens TokensOf(const PreparedSources::Impl& sources, const Window& w) {
  const IndexedSentence& first = sources.index.sentence(w.first);
  const IndexedSentence& last = sources.index.sentence(w.last);
  const AnalyzedText& a = sources.docs[first.doc].analyzed;
  return {first.doc, &a, a.segments[first.seg].tok_begin, a.segments[last.seg].tok_end};
}

// Three words of the claim by stem, to find in a source.
struct Trigram {
  Trigram(const AnalyzedText& claim, uint32_t k)
      : h{claim.stem_hash(k), claim.stem_hash(k + 1), claim.stem_hash(k + 2)} {}
  bool At(const AnalyzedText& a, uint32_t q) const {
    return a.stem_hash(q) == h[0] && a.stem_hash(q + 1) == h[1] && a.stem_hash(q + 2) == h[2];
  }
  uint64_t h[3];
};

// Where in the evidence windows the claim's three tokens from `head` stand: sets *at to
// the window and *tok to the first of them and returns true, or returns false.
bool FindInWindows(const PreparedSources::Impl& sources, const std::vector<Window>& windows,
                   const AnalyzedText& claim, uint32_t head, WindowTokens* at, uint32_t* tok) {
  const Trigram words(claim, head);
  for (const Window& w : windows) {
    const WindowTokens t = TokensOf(sources, w);
    for (uint32_t q = t.lo; q + 3 <= t.hi; ++q) {
      if (words.At(*t.a, q)) {
        *at = t;
        *tok = q;
        return true;
      }
    }
  }
  return false;
}

// Some evidence window has two adjacent tokens of the claim's piece ending at token
// `last` (from its last kTailWords) followed, within kBridgeTokens, by the claim's three
// tokens from `head`: the claim joins two pieces the source has close together, in
// order, as a compression does. (Not the piece's last two only: a piece may end in a word
// borrowed from elsewhere, "and Baidu have" against "and Baidu (9888.HK) ... have".)
bool Bridged(const PreparedSources::Impl& sources, const std::vector<Window>& windows,
             const AnalyzedText& claim, uint32_t piece_begin, uint32_t last, uint32_t head) {
  const Trigram words(claim, head);
  const uint32_t from = last + 1 >= piece_begin + kTailWords ? last + 1 - kTailWords : piece_begin;
  // The first piece ends in a name or word the source also puts a few words before the
  // second piece: "liverpool boss brendan rodgers wants to draw a line" from "... Rodgers
  // now wants to draw a line". The same subject, another mention of it.
  const bool subject = (claim.tokens[last].flags & kTokStopword) == 0 &&
                       (claim.tokens[last].flags & kTokAlpha) != 0;
  for (const Window& w : windows) {
    const WindowTokens t = TokensOf(sources, w);
    const AnalyzedText& a = *t.a;
    if (subject) {
      for (uint32_t q = t.lo + 1; q + 3 <= t.hi; ++q) {
        if (!words.At(a, q)) continue;
        for (uint32_t k = q > t.lo + kSubjectReach ? q - kSubjectReach : t.lo; k < q; ++k) {
          if (a.stem_hash(k) == claim.stem_hash(last)) return true;
        }
      }
    }
    for (uint32_t p = t.lo; p + 1 < t.hi; ++p) {
      bool tail = false;
      for (uint32_t k = from; k < last && !tail; ++k) {
        tail = a.stem_hash(p) == claim.stem_hash(k) && a.stem_hash(p + 1) == claim.stem_hash(k + 1);
      }
      if (!tail) continue;
      const uint32_t q_end = std::min(t.hi, p + 2 + calibrated::kBridgeTokens + 3);
      for (uint32_t q = p + 2; q + 3 <= q_end; ++q) {
        if (words.At(a, q)) return true;
      }
    }
  }
  return false;
}

// A splice finding on the claim's tokens [last, head + 3): the end of one piece and the
// start of the next. Where the evidence has the second piece, its source span takes in
// the two words the source puts before it ("Daley blind is a poverty").
void AddSplice(const PreparedSources::Impl& sources, const std::vector<Window>& windows,
               std::string_view summary, const AnalyzedText& claim, uint32_t last,
               uint32_t head, Unit* out) {
  Finding f;
  f.kind = FindingKind::kSplice;
  f.begin = claim.tokens[last].begin;
  f.end = claim.tokens[head + 2].end;
  f.text = std::string(summary.substr(f.begin, f.end - f.begin));
  WindowTokens at{};
  uint32_t tok = 0;
  if (FindInWindows(sources, windows, claim, head, &at, &tok)) {
    const AnalyzedText& a = *at.a;
    const std::string& text = sources.docs[at.doc].text;
    const uint32_t from = tok >= at.lo + 2 ? tok - 2 : at.lo;
    f.has_source = true;
    f.source = at.doc;
    f.source_begin = a.tokens[from].begin;
    f.source_end = a.tokens[tok + 2].end;
    f.source_text = text.substr(f.source_begin, f.source_end - f.source_begin);
    f.detail = "the source has \"" + f.source_text + "\", not after \"" +
               std::string(summary.substr(claim.tokens[last].begin,
                                          claim.tokens[last].end - claim.tokens[last].begin)) +
               "\"";
  } else {
    f.detail = "the sources never join these words";
  }
  out->findings.push_back(std::move(f));
}

// Splices: places where the claim joins two pieces it copies verbatim (runs of trigrams
// the sources hold, the second of four or more words, at most kMaxSpliceGap words of its
// own between them) that no evidence window has close together in that order.
// "Louis van gaal is a poverty-stricken pauper's version of carrick" copies its second
// piece from the source's "Daley blind is a ...": the claim gives one name's predicate
// to another. `found` marks the claim's trigrams the sources hold (Count's
// trigram_found). Adds a finding per splice and returns how many there are.
int AddSplices(const PreparedSources::Impl& sources, const std::vector<Window>& windows,
               std::string_view summary, const AnalyzedText& claim, uint32_t tok_begin,
               const std::vector<uint8_t>& found, Unit* out) {
  // Pieces do not overlap: a run of found trigrams starting inside the previous piece
  // starts after it. Trigram i covers claim tokens i, i + 1, i + 2 (from tok_begin).
  int splices = 0;
  size_t piece = 0;  // the first token of the previous piece
  size_t next = 0;   // the first token after it; 0: no piece yet
  size_t i = 0;
  while (i < found.size()) {
    if (!found[i]) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < found.size() && found[j]) ++j;
    const size_t first = std::max(i, next);
    if (first < j) {  // a piece of three or more tokens: first .. j + 1
      if (next > 0 && j - first >= 2 && first - next <= calibrated::kMaxSpliceGap) {
        const uint32_t last = tok_begin + static_cast<uint32_t>(next - 1);
        const uint32_t head = tok_begin + static_cast<uint32_t>(first);
        if (!Bridged(sources, windows, claim, tok_begin + static_cast<uint32_t>(piece), last,
                     head)) {
          AddSplice(sources, windows, summary, claim, last, head, out);
          ++splices;
        }
      }
      piece = first;
      next = j + 2;
    }
    i = j;
  }
  return splices;
}

// Whether the words ending right before token `end` spell `acronym` by their initials,
// last letter first; a stop word inside the long form may give its letter or be passed
// over (`started`: a later word already gave one). Sets *first to the first word used.
bool InitialsBefore(const AnalyzedText& a, uint32_t tok_begin, uint32_t end,
                    std::string_view acronym, bool started, uint32_t* first) {
  if (acronym.empty()) return true;
  if (end == tok_begin) return false;
  const uint32_t w = end - 1;
  const std::string_view norm = a.norm(w);
  if (!norm.empty() && norm[0] == acronym.back() &&
      InitialsBefore(a, tok_begin, w, acronym.substr(0, acronym.size() - 1), true, first)) {
    if (acronym.size() == 1) *first = w;
    return true;
  }
  return started && (a.tokens[w].flags & kTokStopword) != 0 &&
         InitialsBefore(a, tok_begin, w, acronym, true, first);
}

// Whether the term is a one-word acronym candidate of a definition: two to six ASCII
// letters in parentheses, after the unit's first token (SkipDefinedAcronyms).
bool InParentheses(std::string_view summary, const AnalyzedText& a, uint32_t tok_begin,
                   const Term& term) {
  constexpr size_t kMinAcronym = 2, kMaxAcronym = 6;
  const uint32_t k = term.tok_begin;
  if (term.tok_end != k + 1 || k == tok_begin) return false;
  const std::string_view acronym = a.norm(k);
  if (acronym.size() < kMinAcronym || acronym.size() > kMaxAcronym ||
      (a.tokens[k].flags & kTokDigit) != 0 ||
      !std::all_of(acronym.begin(), acronym.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
    return false;
  }
  const std::string_view before =
      summary.substr(a.tokens[k - 1].end, a.tokens[k].begin - a.tokens[k - 1].end);
  const std::string_view after =
      summary.substr(a.tokens[k].end, std::min<size_t>(2, summary.size() - a.tokens[k].end));
  return before.find('(') != std::string_view::npos && after.find(')') != std::string_view::npos;
}

// A definition in the claim, "artificial intelligence (AI)", says one thing twice: of
// the long form and its acronym, only the one the sources have is content (the long form
// when they have neither). Marks the terms to leave out in *skip. An acronym is a word of
// two to six ASCII letters in parentheses whose letters are the initials of the words
// before it, stop words ("of", "and") passed over.
void SkipDefinedAcronyms(std::string_view summary, const AnalyzedText& a, uint32_t tok_begin,
                         const std::vector<Term>& terms, const SourceIndex& index,
                         std::vector<bool>* skip) {
  for (size_t t = 0; t < terms.size(); ++t) {
    if (!InParentheses(summary, a, tok_begin, terms[t])) continue;
    const uint32_t k = terms[t].tok_begin;
    const std::string_view acronym = a.norm(k);
    // The initials, last letter first, from the word before the parenthesis back; a stop
    // word may give a letter or be passed over ("United States of America (USA)",
    // "National Aeronautics and Space Administration (NASA)").
    // The long form is a few words: at most three per letter are looked at, which also
    // bounds the search through runs of stop words.
    const auto reach = static_cast<uint32_t>(3 * acronym.size());
    const uint32_t from = k > tok_begin + reach ? k - reach : tok_begin;
    uint32_t first = k;
    if (!InitialsBefore(a, from, k, acronym, false, &first)) continue;
    const bool acronym_given = index.Find(terms[t].key) != kNoTerm;
    for (size_t u = 0; u < terms.size(); ++u) {
      const bool long_form = terms[u].tok_begin >= first && terms[u].tok_end <= k;
      if (acronym_given ? long_form : u == t) (*skip)[u] = true;
    }
  }
}

// A term's weight: its rarity in the sources, raised for names and numbers, which carry
// the checkable specifics of a claim.
double TermWeight(const SourceIndex& index, uint32_t id, const AnalyzedText& analyzed,
                  uint32_t k) {
  const Token& tok = analyzed.tokens[k];
  double w = id == kNoTerm ? index.UnknownIdf() : index.Idf(id);
  // A novel everyday word is often paraphrase ("partly" for "partially") and weighs
  // little; a novel noun names a thing the sources do not mention and keeps its weight.
  if (id == kNoTerm && !IsNounOnly(analyzed.norm(k))) {
    w *= std::pow(Specificity(analyzed.norm(k)), calibrated::kNovelSpecificityPower);
  }
  if ((tok.flags & kTokDigit) != 0) {
    w *= calibrated::kNumberBoost;
  } else if ((tok.flags & (kTokCapitalized | kTokAllCaps)) != 0 ||
             IsProperName(analyzed.norm(k))) {
    w *= calibrated::kNameBoost;
  }
  return w;
}

// The facts of the unit against the best evidence window (and what the sources give
// anywhere), as report findings. Returns whether any contradicts, and sets *unbacked when
// a specific has no backing at all.
bool AddFactFindings(const PreparedSources::Impl& sources, std::string_view summary,
                     const AnalyzedText& analyzed, const Segment& seg, const Window* best,
                     JudgeScratch* scratch, Unit* out, bool* unbacked) {
  auto& mentions = scratch->mentions;
  mentions.clear();
  ExtractFacts(summary, analyzed, seg.tok_begin, seg.tok_end, &mentions,
               &scratch->summary_lexicon);
  const FactSpan claim = MakeFactSpan(summary, analyzed, mentions, seg.tok_begin, seg.tok_end, 0,
                                      &scratch->summary_lexicon);
  std::vector<FactSpan> evidence;
  if (best != nullptr) {
    const IndexedSentence& first = sources.index.sentence(best->first);
    const IndexedSentence& last = sources.index.sentence(best->last);
    const auto& doc = sources.docs[first.doc];
    // The window's own mentions, when the source's are not all extracted yet.
    const std::vector<Mention>* all = sources.facts->extracted_mentions(first.doc);
    if (all == nullptr) {
      constexpr uint32_t kNotExtracted = UINT32_MAX;
      auto& ranges = scratch->sentence_mentions;
      auto& kept = scratch->window_mentions;
      if (ranges.size() != sources.index.num_sentences()) {
        ranges.assign(sources.index.num_sentences(), {kNotExtracted, kNotExtracted});
      }
      scratch->evidence_mentions.clear();
      for (uint32_t s = best->first; s <= best->last; ++s) {
        auto& range = ranges[s];
        if (range.first == kNotExtracted) {
          const uint32_t seg_index = sources.index.sentence(s).seg;
          range.first = static_cast<uint32_t>(kept.size());
          ExtractSegmentFacts(doc.text, doc.analyzed, seg_index, seg_index + 1, &doc.lexicon,
                              &kept);
          range.second = static_cast<uint32_t>(kept.size());
        }
        scratch->evidence_mentions.insert(scratch->evidence_mentions.end(),
                                          kept.begin() + range.first,
                                          kept.begin() + range.second);
      }
      all = &scratch->evidence_mentions;
    }
    evidence.push_back(MakeFactSpan(doc.text, doc.analyzed, *all,
                                    doc.analyzed.segments[first.seg].tok_begin,
                                    doc.analyzed.segments[last.seg].tok_end, first.doc,
                                    &doc.lexicon));
  }
  auto& found = scratch->fact_findings;
  found.clear();
  CheckFacts(claim, evidence, *sources.facts, &found);
  bool contradicts = false;
  for (const FactFinding& ff : found) {
    Finding f;
    f.kind = ff.kind;
    f.begin = ff.begin;
    f.end = ff.end;
    f.text.assign(summary.substr(ff.begin, ff.end - ff.begin));
    f.detail = ff.detail;
    if (ff.has_source) {
      const std::string& text = sources.docs[ff.source].text;
      f.has_source = true;
      f.source = ff.source;
      f.source_begin = ff.source_begin;
      f.source_end = ff.source_end;
      f.source_text = text.substr(ff.source_begin, ff.source_end - ff.source_begin);
    }
    contradicts |= ff.contradicts;
    *unbacked |= !ff.contradicts;
    out->findings.push_back(std::move(f));
  }
  return contradicts;
}

void AddUnsupportedContent(std::string_view summary, const AnalyzedText& analyzed,
                           const std::vector<Term>& terms, const std::vector<bool>& novel,
                           Unit* out) {
  // Adjacent novel terms form one finding: "Qianfan platform" rather than two.
  size_t i = 0;
  while (i < terms.size()) {
    if (!novel[i]) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j + 1 < terms.size() && novel[j + 1]) ++j;
    Finding f;
    f.kind = FindingKind::kUnsupportedContent;
    f.begin = analyzed.tokens[terms[i].tok_begin].begin;
    f.end = analyzed.tokens[terms[j].tok_end - 1].end;
    f.text = std::string(summary.substr(f.begin, f.end - f.begin));
    f.detail = "\"" + f.text + "\" is not in the sources";
    out->findings.push_back(std::move(f));
    i = j + 1;
  }
}

// The longest run of the unit's word trigrams that the sources do not hold
// (trigram_found[i] is the one starting at token seg.tok_begin + i), as the summary bytes
// from its first trigram's first word to its last one's last: where the unit leaves the
// sources' wording. A unit of fewer than three tokens has no trigrams: the run is empty.
void LongestReworded(const AnalyzedText& analyzed, const Segment& seg,
                     const std::vector<uint8_t>& trigram_found, JudgeScratch::UnitParts* parts) {
  if (trigram_found.empty() || trigram_found.size() + 2 != seg.tok_end - seg.tok_begin) return;
  size_t best_first = 0, best_len = 0, run = 0;
  for (size_t t = 0; t < trigram_found.size(); ++t) {
    run = trigram_found[t] != 0 ? 0 : run + 1;
    if (run > best_len) {
      best_len = run;
      best_first = t + 1 - run;
    }
  }
  if (best_len == 0) return;
  parts->reworded_begin = analyzed.tokens[seg.tok_begin + best_first].begin;
  parts->reworded_end = analyzed.tokens[seg.tok_begin + best_first + best_len + 1].end;
}

// The score's parts, one formula each for JudgeUnit and SetVerdict, which apply them, and
// ExplainScore, which names them: how broken a partial copy is (4s(1-s), s the copied
// share; JudgeUnit's coverage loses kBrokenCopyPenalty times it), and what writing
// otherwise than an extractive summary, or out of the evidence's order in a summary that
// keeps it, takes off.
double BrokenCopy(double copied) { return 4 * copied * (1 - copied); }
double StyleLoss(const JudgeScratch::UnitParts& parts, double style) {
  return calibrated::kStyleGapPenalty * style * (1 - parts.copied);
}
double OrderLoss(const JudgeScratch::UnitParts& parts, bool in_order_style) {
  return in_order_style ? calibrated::kInOrderGapPenalty * (1 - parts.in_order) : 0;
}

std::string Percent(double share) {
  return std::to_string(static_cast<int>(std::lround(100 * std::clamp(share, 0.0, 1.0)))) + "%";
}

// A unit the score alone finds unsupported, with no finding to say why, gets one
// (kWeakSupport) naming what cost its score most, largest first, on the longest stretch
// where it leaves the sources' wording (the whole unit when it never does).
void ExplainScore(std::string_view summary, const JudgeScratch::UnitParts& parts, double style,
                  bool in_order_style, Unit* out) {
  if (out->verdict != Verdict::kUnsupported || !out->findings.empty()) return;
  struct Loss {
    double cost;
    std::string why;
  };
  std::vector<Loss> losses = {
      {1 - parts.coverage,
       out->evidence.empty()
           ? "no source passage holds its words"
           : "its evidence holds " + Percent(parts.coverage) + " of its content words"},
      {parts.coverage * calibrated::kBrokenCopyPenalty * BrokenCopy(parts.copied),
       Percent(parts.copied) + " of its word sequences stand in the sources, the rest is reworded"},
      {StyleLoss(parts, style),
       "the summary's other sentences copy the sources, this one " +
           std::string(parts.copied >= 0.5 ? "only in part" : "hardly")},
      {OrderLoss(parts, in_order_style),
       "its words follow its evidence's order for " + Percent(parts.in_order)},
  };
  std::stable_sort(losses.begin(), losses.end(),
                   [](const Loss& a, const Loss& b) { return a.cost > b.cost; });
  Finding f;
  f.kind = FindingKind::kWeakSupport;
  const bool reworded = parts.reworded_end > parts.reworded_begin;
  f.begin = reworded ? parts.reworded_begin : parts.begin;
  f.end = reworded ? parts.reworded_end : parts.end;
  f.text = summary.substr(f.begin, f.end - f.begin);
  for (const Loss& l : losses) {
    if (l.cost < kExplainedLoss && !f.detail.empty()) break;
    if (!f.detail.empty()) f.detail += "; ";
    f.detail += l.why;
  }
  out->findings.push_back(std::move(f));
}

// The unit's score and verdict from its parts and the summary's style (see JudgeSummary).
void SetVerdict(const Checker::Impl& checker, const JudgeScratch::UnitParts& parts,
                double style, bool in_order_style, Unit* out) {
  const double score = parts.score - StyleLoss(parts, style) - OrderLoss(parts, in_order_style) -
                       calibrated::kSplicePenalty * parts.splices;
  out->score = std::clamp(score, 0.0, 1.0);
  if (parts.contradicted) {
    out->verdict = Verdict::kContradicted;
    out->score = std::min(out->score, calibrated::kContradictedScoreCap);
    return;
  }
  // A specific (number, date, name, ...) no source backs makes the unit unsupported
  // however well its words are covered.
  if (parts.unbacked) out->score = std::min(out->score, calibrated::kUnbackedFactScoreCap);
  out->verdict = out->score >= checker.options.support_threshold ? Verdict::kSupported
                                                                 : Verdict::kUnsupported;
}

}  // namespace

void LookUpSummary(const Checker::Impl& checker, const AnalyzedText& summary,
                   JudgeScratch* scratch) {
  LookupWords(summary.words, &scratch->summary_lexicon);
  checker.terms->WordTermsOf(summary.words, &scratch->summary_word_terms);
  scratch->window_mentions.clear();
  scratch->sentence_mentions.clear();
  // Made once here: a check asks for them to narrow its sources (SummaryAsks) and again
  // for each unit.
  auto& terms = scratch->summary_terms;
  terms.clear();
  terms.reserve(summary.tokens.size());  // at most one term per token
  for (const Segment& seg : summary.segments) {
    checker.terms->TermsOf(summary, seg.tok_begin, seg.tok_end, scratch->summary_word_terms,
                           &terms);
  }
}

bool AsksIndex(std::string_view summary, const AnalyzedText& analyzed, uint32_t tok_begin,
               const Term& term) {
  return term.content || InParentheses(summary, analyzed, tok_begin, term);
}

void ClaimTermsOf(const Checker::Impl& checker, const SourceIndex& index,
                  std::string_view summary, const AnalyzedText& analyzed, const Segment& seg,
                  JudgeScratch* scratch) {
  // A unit has at most one term, claim term and trigram per token: reserved once here,
  // the buffers grow only for a unit longer than every one before it.
  const size_t unit_tokens = seg.tok_end - seg.tok_begin;
  auto& terms = scratch->terms;
  terms.clear();
  terms.reserve(unit_tokens);
  scratch->claim.reserve(unit_tokens);
  scratch->claim_term_of.reserve(unit_tokens);
  scratch->trigram_found.reserve(unit_tokens);
  // The unit's terms, from the summary's: a term lies within one segment.
  const auto starts_before = [](const Term& t, uint32_t tok) { return t.tok_begin < tok; };
  const auto& all = scratch->summary_terms;
  const auto first = std::lower_bound(all.begin(), all.end(), seg.tok_begin, starts_before);
  terms.assign(first, std::lower_bound(first, all.end(), seg.tok_end, starts_before));

  // Distinct content terms with their weights, heaviest first (ties by position).
  auto& claim = scratch->claim;
  auto& term_of = scratch->claim_term_of;
  claim.clear();
  term_of.clear();
  auto& novel = scratch->novel;
  auto& skip = scratch->skip;
  novel.assign(terms.size(), false);
  skip.assign(terms.size(), false);
  SkipDefinedAcronyms(summary, analyzed, seg.tok_begin, terms, index, &skip);
  for (size_t i = 0; i < terms.size(); ++i) {
    const Term& t = terms[i];
    if (!t.content || skip[i]) continue;
    uint32_t id = index.Find(t.key);
    novel[i] = id == kNoTerm;
    bool seen = false;
    for (size_t c = 0; c < claim.size() && !seen; ++c) {
      seen = id != kNoTerm ? claim[c].id == id : terms[term_of[c]].key == t.key;
    }
    if (seen) continue;
    claim.push_back({id, TermWeight(index, id, analyzed, t.tok_begin)});
    term_of.push_back(static_cast<uint32_t>(i));
  }
  auto& order = scratch->claim_order;
  order.resize(claim.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  // Ties broken by position make the order stable without stable_sort's buffer.
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return claim[a].weight != claim[b].weight ? claim[a].weight > claim[b].weight : a < b;
  });
  auto& sorted = scratch->sorted_claim;
  sorted.clear();
  sorted.reserve(claim.size());
  for (size_t i : order) sorted.push_back(claim[i]);
}

void JudgeUnit(const Checker::Impl& checker, const PreparedSources::Impl& sources,
               std::string_view summary, const AnalyzedText& analyzed, const Segment& seg,
               JudgeScratch* scratch, Unit* out) {
  const SourceIndex& index = sources.index;
  ClaimTermsOf(checker, index, summary, analyzed, seg, scratch);
  const auto& sorted = scratch->sorted_claim;
  const auto& terms = scratch->terms;
  const auto& novel = scratch->novel;
  if (sorted.empty()) {  // nothing checkable: "Yes.", a lone symbol
    out->verdict = Verdict::kSupported;
    out->score = 1;
    return;
  }

  index.Align(sorted, checker.options.max_evidence, &scratch->align, &scratch->windows);
  double total = 0, known = 0, in_evidence = 0, in_fused = 0;
  const Window* best = scratch->windows.empty() ? nullptr : &scratch->windows.front();
  const Window& complement = scratch->align.complement;
  auto in_window = [&](const Window& w, size_t i) {
    if (i < 64) return ((w.matched >> i) & 1) != 0;
    for (uint32_t s = w.first; s <= w.last; ++s) {
      if (index.SentenceHas(s, sorted[i].id)) return true;
    }
    return false;
  };
  for (size_t i = 0; i < sorted.size(); ++i) {
    total += sorted[i].weight;
    if (sorted[i].id == kNoTerm) continue;
    known += sorted[i].weight;
    if (best == nullptr) continue;
    if (in_window(*best, i)) {
      in_evidence += sorted[i].weight;
      in_fused += sorted[i].weight;
    } else if (complement.matched != 0 && in_window(complement, i)) {
      in_fused += sorted[i].weight;
    }
  }
  const NgramCounts grams =
      sources.ngrams.Count(analyzed, seg.tok_begin, seg.tok_end, &scratch->trigram_found);
  const double cov_evidence = (1 - calibrated::kFusedEvidenceShare) * in_evidence / total +
                              calibrated::kFusedEvidenceShare * in_fused / total;
  const double cov_global = known / total;
  // Verbatim word sequences: the share of the claim's trigrams (bigrams for a claim of
  // two words) that the sources hold. A claim copied whole (share near 1) or written in
  // its own words (near 0) says little by this; one that copies source fragments but
  // breaks them in places (near 1/2) is where fused and edited facts hide, so the penalty
  // peaks there: 4s(1-s).
  double copied = 1;
  if (grams.trigrams > 0) {
    copied = static_cast<double>(grams.trigrams_found) / grams.trigrams;
  } else if (grams.bigrams > 0) {
    copied = static_cast<double>(grams.bigrams_found) / grams.bigrams;
  }
  const double coverage = calibrated::kEvidenceCoverageShare * cov_evidence +
                          (1 - calibrated::kEvidenceCoverageShare) * cov_global;
  double score = coverage * (1 - calibrated::kBrokenCopyPenalty * BrokenCopy(copied));

  out->evidence.reserve(scratch->windows.size());
  for (const Window& w : scratch->windows) out->evidence.push_back(MakeEvidence(sources, w));
  AddUnsupportedContent(summary, analyzed, terms, novel, out);

  bool unbacked = false;
  const bool contradicted =
      AddFactFindings(sources, summary, analyzed, seg, best, scratch, out, &unbacked);
  // A phrase said twice where no source says it twice: what the claim says is garbled, so
  // it is unsupported however well its words are covered.
  unbacked |= AddRepetition(sources, summary, analyzed, seg, out);
  JudgeScratch::UnitParts parts;
  parts.unit = out->index;
  parts.begin = seg.begin;
  parts.end = seg.end;
  parts.score = score;
  parts.coverage = coverage;
  parts.copied = copied;
  LongestReworded(analyzed, seg, scratch->trigram_found, &parts);
  if (best != nullptr) {
    const WindowTokens t = TokensOf(sources, *best);
    parts.in_order = InOrderShare(analyzed, seg.tok_begin, seg.tok_end, *t.a, t.lo, t.hi,
                                  &scratch->in_order);
  } else {
    parts.in_order = 0;
  }
  parts.contradicted = contradicted;
  parts.unbacked = unbacked;
  // Only in a unit that mostly copies is a splice telling: a unit in its own words joins
  // short borrowed phrases everywhere.
  if (copied >= calibrated::kSpliceMinCopied) {
    parts.splices = std::min(calibrated::kMaxSplices,
                             AddSplices(sources, scratch->windows, summary, analyzed,
                                        seg.tok_begin, scratch->trigram_found, out));
  }
  SetVerdict(checker, parts, 0, false, out);
  scratch->parts.push_back(parts);
}

void JudgeSummary(const Checker::Impl& checker, std::string_view summary,
                  const JudgeScratch& scratch, std::vector<Unit>* units) {
  const size_t n = scratch.parts.size();
  double style = 0;
  bool in_order_style = false;
  if (n >= 2) {  // else JudgeUnit's verdicts stand
    // The median (the lower one for an even count): most units must copy for the style
    // to count as extractive.
    std::vector<double> shares(n);
    auto lower_median = [&](double JudgeScratch::UnitParts::*share) {
      for (size_t i = 0; i < n; ++i) shares[i] = scratch.parts[i].*share;
      auto median = shares.begin() + static_cast<std::ptrdiff_t>(n / 2);
      std::nth_element(shares.begin(), median, shares.end(), std::greater<double>());
      return *median;
    };
    style = lower_median(&JudgeScratch::UnitParts::copied);
    in_order_style =
        lower_median(&JudgeScratch::UnitParts::in_order) >= calibrated::kExtractiveInOrder;
    if (style > 0 || in_order_style) {
      for (const JudgeScratch::UnitParts& p : scratch.parts) {
        SetVerdict(checker, p, style, in_order_style, &(*units)[p.unit]);
      }
    }
  }
  for (const JudgeScratch::UnitParts& p : scratch.parts) {
    ExplainScore(summary, p, style, in_order_style, &(*units)[p.unit]);
  }
}

}  // namespace claimcheck::internal
