// The judge (see judge.h): coverage of the claim's content terms by its evidence and by
// the sources as a whole, fact agreement, and the verdict they give.
#include "judge/judge.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "align/lexicon.h"
#include "claimcheck/calibrated.h"

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

// A term's weight: its rarity in the sources, raised for names and numbers, which carry
// the checkable specifics of a claim.
double TermWeight(const SourceIndex& index, uint32_t id, const Token& tok) {
  double w = id == kNoTerm ? index.UnknownIdf() * Specificity(tok.norm) : index.Idf(id);
  if ((tok.flags & kTokDigit) != 0) {
    w *= calibrated::kNumberBoost;
  } else if ((tok.flags & (kTokCapitalized | kTokAllCaps)) != 0) {
    w *= calibrated::kNameBoost;
  }
  return w;
}

// Word order as weak structure: consecutive known content terms of the claim should also
// stand close together in the evidence. A claim that fuses words from unrelated parts of
// a sentence ("Arsenal beat Manchester United at Turf Moor") loses here though every
// word is covered. Returns the share of such pairs found within kPairDistance content
// terms of each other, or 1 when the claim has no pair.
double PairSupport(const PreparedSources::Impl& sources, const std::vector<Term>& terms,
                   const std::vector<uint32_t>& ids, const Window& w) {
  const IndexedSentence& first = sources.index.sentence(w.first);
  const IndexedSentence& last = sources.index.sentence(w.last);
  const auto& doc = sources.docs[first.doc];
  const uint32_t* ev = doc.sequence.data() + doc.seg_sequence[first.seg];
  const size_t n = doc.seg_sequence[last.seg + 1] - doc.seg_sequence[first.seg];
  int pairs = 0, found = 0;
  uint32_t prev = kNoTerm;
  for (size_t t = 0; t < terms.size(); ++t) {
    if (!terms[t].content) continue;
    const uint32_t cur = ids[t];
    if (cur == kNoTerm) {
      prev = kNoTerm;
      continue;
    }
    if (prev != kNoTerm && prev != cur) {
      ++pairs;
      bool near = false;
      for (size_t i = 0; i < n && !near; ++i) {
        if (ev[i] != prev) continue;
        const size_t lo = i >= calibrated::kPairDistance ? i - calibrated::kPairDistance : 0;
        const size_t hi = std::min(n, i + calibrated::kPairDistance + 1);
        for (size_t j = lo; j < hi && !near; ++j) near = ev[j] == cur;
      }
      found += near;
    }
    prev = cur;
  }
  return pairs == 0 ? 1.0 : static_cast<double>(found) / pairs;
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

#ifdef CLAIMCHECK_TRACE
}  // namespace
void (*g_trace)(const std::string&) = nullptr;
namespace {
std::string Esc(std::string_view s) {
  std::string o;
  for (char c : s) {
    if (c == '"' || c == '\\') o += '\\';
    if (static_cast<unsigned char>(c) < 0x20) { o += ' '; continue; }
    o += c;
  }
  return o;
}
void TraceUnit(std::string_view summary, const AnalyzedText& analyzed, const Segment& seg,
               const std::vector<Term>& terms, const std::vector<ClaimTerm>& sorted,
               const std::vector<uint32_t>& term_of, const std::vector<size_t>& order,
               const Window* best, const SourceIndex& index, const PreparedSources::Impl& sources, double pair, const NgramCounts& g) {
  if (!g_trace) return;
  std::string o = "{\"text\":\"" + Esc(summary.substr(seg.begin, seg.end - seg.begin)) + "\",\"terms\":[";
  for (size_t i = 0; i < sorted.size(); ++i) {
    const Term& t = terms[term_of[order[i]]];
    const Token& tok = analyzed.tokens[t.tok_begin];
    bool hit = best && i < 64 && ((best->matched >> i) & 1);
    if (i) o += ",";
    o += "{\"key\":\"" + Esc(t.key) + "\",\"norm\":\"" + Esc(tok.norm) + "\",\"novel\":" +
         (sorted[i].id == kNoTerm ? "1" : "0") + ",\"ev\":" + (hit ? "1" : "0") +
         ",\"idf\":" + std::to_string(sorted[i].id == kNoTerm ? index.UnknownIdf() : index.Idf(sorted[i].id)) +
         ",\"spec\":" + std::to_string(Specificity(tok.norm)) + ",\"flags\":" + std::to_string(tok.flags) + "}";
  }
  o += "],\"pair\":" + std::to_string(pair) + ",\"bi\":[" + std::to_string(g.bigrams) + "," + std::to_string(g.bigrams_found) + "],\"tri\":[" + std::to_string(g.trigrams) + "," + std::to_string(g.trigrams_found) + "],\"ev\":\"";
  if (best) o += Esc(MakeEvidence(sources, *best).text);
  o += "\"}";
  g_trace(o);
}
#endif
}  // namespace

void JudgeUnit(const Checker::Impl& checker, const PreparedSources::Impl& sources,
               std::string_view summary, const AnalyzedText& analyzed, const Segment& seg,
               JudgeScratch* scratch, Unit* out) {
  const SourceIndex& index = sources.index;
  auto& terms = scratch->terms;
  terms.clear();
  checker.terms->TermsOf(analyzed, seg.tok_begin, seg.tok_end, &terms);

  // Distinct content terms with their weights, heaviest first (ties by position).
  auto& claim = scratch->claim;
  auto& term_of = scratch->claim_term_of;
  claim.clear();
  term_of.clear();
  std::vector<bool> novel(terms.size(), false);
  std::vector<uint32_t> ids(terms.size(), kNoTerm);
  for (size_t i = 0; i < terms.size(); ++i) {
    const Term& t = terms[i];
    if (!t.content) continue;
    uint32_t id = index.Find(t.key);
    ids[i] = id;
    novel[i] = id == kNoTerm;
    bool seen = false;
    for (size_t c = 0; c < claim.size() && !seen; ++c) {
      seen = id != kNoTerm ? claim[c].id == id : terms[term_of[c]].key == t.key;
    }
    if (seen) continue;
    claim.push_back({id, TermWeight(index, id, analyzed.tokens[t.tok_begin])});
    term_of.push_back(static_cast<uint32_t>(i));
  }
  std::vector<size_t> order(claim.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return claim[a].weight > claim[b].weight; });
  std::vector<ClaimTerm> sorted;
  sorted.reserve(claim.size());
  for (size_t i : order) sorted.push_back(claim[i]);

  if (sorted.empty()) {  // nothing checkable: "Yes.", a lone symbol
    out->verdict = Verdict::kSupported;
    out->score = 1;
    return;
  }

  index.Align(sorted, checker.options.max_evidence, &scratch->align, &scratch->windows);
  double total = 0, known = 0, in_evidence = 0;
  const Window* best = scratch->windows.empty() ? nullptr : &scratch->windows.front();
  for (size_t i = 0; i < sorted.size(); ++i) {
    total += sorted[i].weight;
    if (sorted[i].id == kNoTerm) continue;
    known += sorted[i].weight;
    if (best == nullptr) continue;
    bool hit = false;
    if (i < 64) {
      hit = (best->matched >> i) & 1;
    } else {
      for (uint32_t s = best->first; s <= best->last && !hit; ++s) {
        hit = index.SentenceHas(s, sorted[i].id);
      }
    }
    if (hit) in_evidence += sorted[i].weight;
  }
  const double pair_support = best == nullptr ? 0.0 : PairSupport(sources, terms, ids, *best);
  const NgramCounts grams = sources.ngrams.Count(analyzed, seg.tok_begin, seg.tok_end);
#ifdef CLAIMCHECK_TRACE
  TraceUnit(summary, analyzed, seg, terms, sorted, term_of, order, best, index, sources, pair_support, grams);
#endif
  const double cov_evidence = in_evidence / total;
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
  (void)pair_support;
  const double broken_copy = 4 * copied * (1 - copied);
  double score = cov_evidence * (1 - calibrated::kBrokenCopyPenalty * broken_copy);

  for (const Window& w : scratch->windows) out->evidence.push_back(MakeEvidence(sources, w));
  AddUnsupportedContent(summary, analyzed, terms, novel, out);

  out->score = std::clamp(score, 0.0, 1.0);
  bool contradicted = false;
  for (const Finding& f : out->findings) contradicted |= f.has_source && f.kind != FindingKind::kUnsupportedContent;
  if (contradicted) {
    out->verdict = Verdict::kContradicted;
  } else if (out->score >= checker.options.support_threshold) {
    out->verdict = Verdict::kSupported;
  } else {
    out->verdict = Verdict::kUnsupported;
  }
}

}  // namespace claimcheck::internal
