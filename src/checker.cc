// Checker: validates input, prepares sources (segment, tokenize, index, extract facts)
// and runs every summary unit through alignment and the judge.
#include <algorithm>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "checker_impl.h"
#include "judge/judge.h"
#include "text/utf8.h"

namespace claimcheck {
namespace {

using internal::AnalyzedText;

// Unicode White_Space, plus the invisible format characters scraped pages are full of
// (zero-width space and joiners, word joiner, BOM): a text of nothing else is blank.
bool IsBlankCodePoint(char32_t c) {
  return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200D) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
         c == 0x205F || c == 0x2060 || c == 0x3000 || c == 0xFEFF;
}

bool IsBlank(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    int len = 0;
    if (!IsBlankCodePoint(internal::DecodeUtf8At(s, i, &len))) return false;
    i += static_cast<size_t>(len);
  }
  return true;
}

// Size, encoding and emptiness of one input; `what` names it in messages ("summary",
// "source 2").
Status ValidateInput(const Options& options, std::string_view text, const std::string& what) {
  if (text.size() > options.max_input_bytes) {
    return Status(StatusCode::kInputTooLarge,
                  what + " has " + std::to_string(text.size()) +
                      " bytes, over the limit max_input_bytes = " +
                      std::to_string(options.max_input_bytes));
  }
  internal::Utf8Error err;
  if (!internal::ValidateUtf8(text, &err)) {
    return Status(StatusCode::kInvalidUtf8,
                  what + " is not valid UTF-8: " + err.what + " at byte " +
                      std::to_string(err.offset),
                  err.offset);
  }
  // Blank text (white space, Unicode spaces included) has no unit to check: say so
  // rather than report nothing, or report every claim unsupported by an empty source.
  if (IsBlank(text)) {
    return Status(StatusCode::kEmptyInput,
                  what + (text.empty() ? " is empty" : " is empty (white space only)"));
  }
  return Status();
}

// A source "sentence" longer than max_unit_bytes (a scraped page with no punctuation,
// a table flattened into one line) becomes several segments of at most that many bytes,
// cut between tokens, so that the work per evidence window and the evidence text in a
// report stay bounded. A single token longer than the limit keeps a segment to itself.
void WindowLongSegments(size_t max_bytes, internal::AnalyzedText* analyzed) {
  auto& segments = analyzed->segments;
  const auto& tokens = analyzed->tokens;
  auto too_long = [&](const internal::Segment& s) {
    return s.end - s.begin > max_bytes && s.tok_end - s.tok_begin > 1;
  };
  if (std::none_of(segments.begin(), segments.end(), too_long)) return;
  std::vector<internal::Segment> out;
  out.reserve(segments.size() + 16);
  for (const internal::Segment& s : segments) {
    if (!too_long(s)) {
      out.push_back(s);
      continue;
    }
    for (uint32_t t = s.tok_begin; t < s.tok_end;) {
      // The segment's own edges (an opening quote, the final stop) stay with the first
      // and last windows when they fit.
      const uint32_t begin =
          t == s.tok_begin && tokens[t].end - s.begin <= max_bytes ? s.begin : tokens[t].begin;
      uint32_t u = t + 1;
      while (u < s.tok_end && tokens[u].end - begin <= max_bytes) ++u;
      internal::Segment w = s;
      w.begin = begin;
      w.end = u == s.tok_end && s.end - begin <= max_bytes ? s.end : tokens[u - 1].end;
      w.tok_begin = t;
      w.tok_end = u;
      out.push_back(w);
      t = u;
    }
  }
  segments.swap(out);
}

// What a check fills and then drops, kept per thread and emptied (not freed) by the next
// check on that thread: allocating and freeing them for every pair cost more than
// filling them. A check of more than kMaxReusedInputBytes frees them after it, so that a
// thread does not keep a long input's memory.
struct CheckBuffers {
  std::shared_ptr<PreparedSources::Impl> sources;  // for Check(sources, summary)
  // Preparing sources: one sentence's terms, and what the term table holds for each word
  // of a source.
  std::vector<internal::Term> terms;
  std::vector<internal::TermTable::WordTerm> word_terms;
  std::vector<uint8_t> ngram_words;  // by word id of a source: its stem is the summary's
  AnalyzedText summary;
  // What the summary can ask of sources prepared for it alone (SummaryAsks).
  internal::U64Set summary_stems, summary_keys;
  internal::JudgeScratch scratch;
};
constexpr size_t kMaxReusedInputBytes = size_t{64} << 10;

CheckBuffers& ThreadBuffers() {
  thread_local CheckBuffers buffers;
  return buffers;
}

// After a call on `input_bytes` bytes: frees the buffers when that is over the limit.
void KeepBuffersUnder(size_t input_bytes, CheckBuffers* buffers) {
  if (input_bytes > kMaxReusedInputBytes) *buffers = CheckBuffers();
}

size_t TotalBytes(const std::vector<std::string_view>& texts) {
  size_t n = 0;
  for (std::string_view t : texts) n += t.size();
  return n;
}

// Analyzes the summary into buffers->summary, with what the judge reads of its words and terms.
void AnalyzeSummary(const Checker::Impl& checker, std::string_view summary,
                    CheckBuffers* buffers) {
  checker.analyzer->Analyze(summary, &buffers->summary);
  internal::LookUpSummary(checker, buffers->summary, &buffers->scratch);
}

// What the analyzed summary can ask of sources prepared for it alone: the stem hashes of
// its words (the n-grams it counts hold no other word) and the HashBytes of the keys its
// units look up (of its terms, from AnalyzeSummary). A stop word's key is looked up by
// none: left out, the sources' many stop words cost no terms.
void SummaryAsks(std::string_view summary_text, CheckBuffers* buffers) {
  const AnalyzedText& summary = buffers->summary;
  // Both sets are asked about every source word or token, and most are in neither: a set
  // a few times larger than its keys tells so at the first slot, mostly.
  constexpr size_t kSparse = 4;
  buffers->summary_stems.clear();
  buffers->summary_stems.Reserve(kSparse * summary.words.size());
  for (uint32_t id = 0; id < summary.words.size(); ++id) {
    buffers->summary_stems.Insert(summary.words.stem_hash(id));
  }
  buffers->summary_keys.clear();
  buffers->summary_keys.Reserve(kSparse * summary.tokens.size());
  const std::vector<internal::Term>& terms = buffers->scratch.summary_terms;
  size_t t = 0;  // the segments' terms, in order
  for (const internal::Segment& seg : summary.segments) {
    for (; t < terms.size() && terms[t].tok_begin < seg.tok_end; ++t) {
      if (internal::AsksIndex(summary_text, summary, seg.tok_begin, terms[t])) {
        buffers->summary_keys.Insert(internal::HashBytes(terms[t].key));
      }
    }
  }
}

// The sources' documents, index, n-grams and facts, built into `prepared` (emptied
// first; its memory is reused). With `for_summary`, they serve the summary in `buffers`
// alone: their n-grams and indexed terms are only those it can ask about (SummaryAsks).
Status PrepareInto(const Checker::Impl& checker, const std::vector<std::string_view>& sources,
                   PreparedSources::Impl* prepared, CheckBuffers* buffers,
                   bool for_summary = false) {
  const internal::U64Set* keys = for_summary ? &buffers->summary_keys : nullptr;
  const std::vector<uint8_t>* ngram_words = for_summary ? &buffers->ngram_words : nullptr;
  if (sources.empty()) return Status(StatusCode::kInvalidArgument, "no source given");
  prepared->docs.resize(sources.size());
  prepared->index.clear();
  prepared->ngrams.clear();
  if (prepared->facts == nullptr) {
    prepared->facts = std::make_unique<internal::SourceFacts>(&checker.aliases);
  } else {
    prepared->facts->Reset(&checker.aliases);
  }
  std::vector<internal::Term>& terms = buffers->terms;
  std::vector<internal::TermTable::WordTerm>& word_terms = buffers->word_terms;
  for (size_t d = 0; d < sources.size(); ++d) {
    const std::string what = sources.size() == 1 ? "source" : "source " + std::to_string(d);
    Status st = ValidateInput(checker.options, sources[d], what);
    if (!st.ok()) return st;
    auto& doc = prepared->docs[d];
    doc.text.assign(sources[d].data(), sources[d].size());
    checker.analyzer->Analyze(doc.text, &doc.analyzed);
    WindowLongSegments(checker.options.max_unit_bytes, &doc.analyzed);
    internal::LookupWords(doc.analyzed.words, &doc.lexicon);
    checker.terms->WordTermsOf(doc.analyzed.words, &word_terms, keys);
    if (for_summary) {
      const internal::WordTable& words = doc.analyzed.words;
      buffers->ngram_words.resize(words.size());
      for (uint32_t id = 0; id < words.size(); ++id) {
        buffers->ngram_words[id] = buffers->summary_stems.Contains(words.stem_hash(id));
      }
      // Kept for one summary, the sources' n-grams number a few per summary token (about
      // 2.3 on news pairs), and at most two per source token: room for them at once
      // rather than growth by doubling from empty.
      constexpr size_t kNgramsPerSummaryToken = 3;
      if (d == 0) {
        prepared->ngrams.Reserve(std::min(kNgramsPerSummaryToken * buffers->summary.tokens.size(),
                                          2 * doc.analyzed.tokens.size()));
      }
    }
    internal::IndexSource(*checker.terms, static_cast<uint32_t>(d), doc.analyzed, word_terms,
                          keys, ngram_words, &terms, &prepared->index, &prepared->ngrams);
    prepared->facts->AddSourceDeferred(doc.text, doc.analyzed, &doc.lexicon);
  }
  prepared->index.Finish();
  return Status();
}

}  // namespace

namespace internal {

void IndexSource(const TermTable& table, uint32_t doc, const AnalyzedText& analyzed,
                 const std::vector<TermTable::WordTerm>& word_terms, const U64Set* keys,
                 const std::vector<uint8_t>* ngram_words, std::vector<Term>* terms,
                 SourceIndex* index, NgramSet* ngrams) {
  index->BeginText(analyzed.words.size(), analyzed.segments.size(), analyzed.tokens.size());
  for (size_t s = 0; s < analyzed.segments.size(); ++s) {
    const Segment& seg = analyzed.segments[s];
    terms->clear();
    terms->reserve(seg.tok_end - seg.tok_begin);  // at most one term per token
    table.TermsOf(analyzed, seg.tok_begin, seg.tok_end, word_terms, terms);
    ngrams->Add(analyzed, seg.tok_begin, seg.tok_end, ngram_words);
    index->AddSentence(doc, static_cast<uint32_t>(s), *terms, keys);
  }
}

}  // namespace internal

namespace {

// Check on prepared sources, the summary already validated and analyzed
// (AnalyzeSummary).
Result<Report> CheckPrepared(const Checker::Impl& checker, const PreparedSources::Impl& sources,
                             std::string_view summary, CheckBuffers* buffers) {
  const AnalyzedText& analyzed = buffers->summary;
  if (analyzed.segments.empty()) return Status(StatusCode::kEmptyInput, "summary has no text");
  Report report;
  report.sentences.reserve(analyzed.segments.size());
  internal::JudgeScratch& scratch = buffers->scratch;
  scratch.parts.clear();
  for (size_t i = 0; i < analyzed.segments.size(); ++i) {
    const internal::Segment& seg = analyzed.segments[i];
    if (seg.end - seg.begin > checker.options.max_unit_bytes) {
      return Status(StatusCode::kInputTooLarge,
                    "summary unit " + std::to_string(i) + " has " +
                        std::to_string(seg.end - seg.begin) +
                        " bytes, over the limit max_unit_bytes = " +
                        std::to_string(checker.options.max_unit_bytes),
                    seg.begin);
    }
    Unit unit;
    unit.index = i;
    unit.begin = seg.begin;
    unit.end = seg.end;
    unit.kind = seg.kind;
    unit.text.assign(summary.substr(seg.begin, seg.end - seg.begin));
    if (seg.kind == UnitKind::kBoilerplate) {
      unit.verdict = Verdict::kSkipped;
      unit.score = 1;
      ++report.counts.skipped;
    } else {
      internal::JudgeUnit(checker, sources, summary, analyzed, seg, &scratch, &unit);
    }
    report.sentences.push_back(std::move(unit));
  }
  internal::JudgeSummary(checker, summary, scratch, &report.sentences);
  double min_score = 1;
  for (const Unit& unit : report.sentences) {
    if (unit.verdict == Verdict::kSkipped) continue;
    min_score = std::min(min_score, unit.score);
    switch (unit.verdict) {
      case Verdict::kSupported: ++report.counts.supported; break;
      case Verdict::kUnsupported: ++report.counts.unsupported; break;
      case Verdict::kContradicted: ++report.counts.contradicted; break;
      case Verdict::kSkipped: break;
    }
  }
  report.consistent = report.counts.unsupported == 0 && report.counts.contradicted == 0;
  report.score = min_score;
  return report;
}

}  // namespace

const Options& Checker::options() const { return impl_->options; }

size_t PreparedSources::size() const { return impl_ ? impl_->docs.size() : 0; }

Result<Checker> Checker::Create(const Options& options) {
  if (!(options.support_threshold >= 0 && options.support_threshold <= 1)) {
    return Status(StatusCode::kInvalidArgument, "support_threshold must be in [0, 1]");
  }
  if (options.max_input_bytes == 0 || options.max_input_bytes > (size_t{1} << 31)) {
    return Status(StatusCode::kInvalidArgument, "max_input_bytes must be in [1, 2^31]");
  }
  if (options.max_unit_bytes < 256) {
    return Status(StatusCode::kInvalidArgument, "max_unit_bytes must be at least 256");
  }
  if (options.max_evidence < 1 || options.max_evidence > 16) {
    return Status(StatusCode::kInvalidArgument, "max_evidence must be in [1, 16]");
  }
  for (const auto& group : options.aliases) {
    if (group.size() < 2) {
      return Status(StatusCode::kInvalidArgument, "each alias group needs at least two names");
    }
    for (const std::string& name : group) {
      internal::Utf8Error err;
      if (IsBlank(name) || !internal::ValidateUtf8(name, &err)) {
        return Status(StatusCode::kInvalidArgument,
                      "alias \"" + name + "\" is blank or not valid UTF-8");
      }
    }
  }
  auto impl = std::make_shared<Impl>();
  impl->options = options;
  auto analyzer = internal::Analyzer::Create(options.locale);
  if (!analyzer.ok()) return analyzer.status();
  impl->analyzer = std::move(*analyzer);
  impl->terms = std::make_unique<internal::TermTable>(*impl->analyzer, options.aliases);
  // Built with the analyzer, the term table can now mark the words it analyzes.
  impl->analyzer->SetWordMarker([terms = impl->terms.get()](std::string_view norm,
                                                            uint64_t norm_hash,
                                                            std::string_view stem,
                                                            uint64_t stem_hash) {
    return internal::WordMarks{internal::FactWordMarks(norm, norm_hash, stem),
                               terms->WordMarks(norm, norm_hash, stem, stem_hash)};
  });
  for (const auto& group : options.aliases) {
    std::vector<std::string> names;
    for (const std::string& name : group) names.push_back(impl->analyzer->Normalize(name));
    impl->aliases.AddGroup(names);
  }
  return Checker(std::move(impl));
}

Result<PreparedSources> Checker::Prepare(const std::vector<std::string_view>& sources) const {
  auto prepared = std::make_shared<PreparedSources::Impl>();
  CheckBuffers& buffers = ThreadBuffers();
  Status st = PrepareInto(*impl_, sources, prepared.get(), &buffers);
  KeepBuffersUnder(TotalBytes(sources), &buffers);
  if (!st.ok()) return st;
  // Shared between threads from here: nothing may be left to fill on first use.
  prepared->facts->Complete();
  return PreparedSources(std::move(prepared));
}

Result<Report> Checker::Check(std::string_view source, std::string_view summary) const {
  return Check(std::vector<std::string_view>{source}, summary);
}

Result<Report> Checker::Check(const std::vector<std::string_view>& sources,
                              std::string_view summary) const {
  // The summary is validated first: its errors are the likelier and cheaper to find.
  Status st = ValidateInput(impl_->options, summary, "summary");
  if (!st.ok()) return st;
  CheckBuffers& buffers = ThreadBuffers();
  if (buffers.sources == nullptr) buffers.sources = std::make_shared<PreparedSources::Impl>();
  // The summary first: the thread's sources serve it alone, so they keep only the n-grams
  // and terms it can ask about (most source tokens are none of its words).
  AnalyzeSummary(*impl_, summary, &buffers);
  SummaryAsks(summary, &buffers);
  st = PrepareInto(*impl_, sources, buffers.sources.get(), &buffers, /*for_summary=*/true);
  Result<Report> report =
      st.ok() ? CheckPrepared(*impl_, *buffers.sources, summary, &buffers) : Result<Report>(st);
  KeepBuffersUnder(TotalBytes(sources) + summary.size(), &buffers);
  return report;
}

Result<Report> Checker::Check(const PreparedSources& sources, std::string_view summary) const {
  if (sources.impl() == nullptr || sources.size() == 0) {
    return Status(StatusCode::kInvalidArgument, "no source given");
  }
  Status st = ValidateInput(impl_->options, summary, "summary");
  if (!st.ok()) return st;
  CheckBuffers& buffers = ThreadBuffers();
  AnalyzeSummary(*impl_, summary, &buffers);
  Result<Report> report = CheckPrepared(*impl_, *sources.impl(), summary, &buffers);
  KeepBuffersUnder(summary.size(), &buffers);
  return report;
}

}  // namespace claimcheck
