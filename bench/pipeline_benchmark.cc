// The checker stage by stage on the dev pairs (Arg 0 news, 1 dialogue, 2 all), each
// beside the ICU floor over the same bytes ("vs_floor", measured interleaved). Every
// stage counts the bytes of the whole pair (sources + summary), so the stages' costs
// add up: 1 / vs_floor(Check) ~= sum over stages of 1 / vs_floor(stage).
//   BM_Analyze        segment + tokenize + normalize + stem, sources and summary;
//   BM_ExtractFacts   fact mentions of every unit of the sources and the summary
//                     (texts analysed beforehand);
//   BM_Prepare        Checker::Prepare: analysis, facts, terms, n-grams, index;
//   BM_IndexBuild     the index stage of Prepare: the sources' terms, n-grams and
//                     sentence index (sources analysed beforehand);
//   BM_CheckPrepared  Checker::Check on PreparedSources: the summary's analysis,
//                     alignment and judgement;
//   BM_Align          alignment alone: every summary unit's claim terms (built
//                     beforehand) against the prepared sources' index;
//   BM_Judge          judgement: each unit's claim, alignment, coverage, fact checks
//                     and findings, then the summary-level step (summaries analysed
//                     beforehand), so judgement alone is BM_Judge less BM_Align;
//   BM_WriteJson      the report as JSON (what `claimcheck batch` writes).
// And once per process, before any of that:
//   BM_CheckerCreate  Checker::Create with the default options: the analyzer and the
//                     term table. (The tables built on first use, once a process, are
//                     not in it.)
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "check_bench_util.h"
#include "bench_util.h"
#include "claimcheck/claimcheck.h"
#include "checker_impl.h"
#include "facts/facts.h"
#include "judge/judge.h"
#include "report/json_writer.h"
#include "text/analyzer.h"

namespace claimcheck::bench {
namespace {

const internal::Analyzer& TheAnalyzer() {
  static const std::unique_ptr<internal::Analyzer> a = [] {
    auto r = internal::Analyzer::Create("en");
    if (!r.ok()) std::abort();
    return std::move(*r);
  }();
  return *a;
}

void Finish(benchmark::State& state, const std::vector<Pair>& pairs,
            const bench::FloorRatio& meter) {
  meter.Report(state);
  bench::SetThroughput(state, bench::BytesOf(pairs), pairs.size());
  state.SetLabel(bench::DevCorpusName(state.range(0)));
}

void BM_Analyze(benchmark::State& state) {
  const std::vector<Pair>& pairs = Corpus(state.range(0));
  const std::vector<std::string_view> texts = bench::TextsOf(pairs);
  bench::FloorRatio meter(texts);
  internal::AnalyzedText analyzed;
  for (auto _ : state) {
    meter.Begin();
    for (std::string_view t : texts) {
      TheAnalyzer().Analyze(t, &analyzed);
      benchmark::DoNotOptimize(analyzed.tokens.data());
    }
    meter.End(state);
  }
  Finish(state, pairs, meter);
}
BENCHMARK(BM_Analyze)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond);

void BM_ExtractFacts(benchmark::State& state) {
  const std::vector<Pair>& pairs = Corpus(state.range(0));
  const std::vector<std::string_view> texts = bench::TextsOf(pairs);
  std::vector<internal::AnalyzedText> analyzed(texts.size());
  for (size_t i = 0; i < texts.size(); ++i) TheAnalyzer().Analyze(texts[i], &analyzed[i]);
  bench::FloorRatio meter(texts);
  std::vector<internal::Mention> mentions;
  size_t count = 0;
  for (auto _ : state) {
    meter.Begin();
    for (size_t i = 0; i < texts.size(); ++i) {
      mentions.clear();
      for (const internal::Segment& seg : analyzed[i].segments) {
        internal::ExtractFacts(texts[i], analyzed[i], seg.tok_begin, seg.tok_end, &mentions);
      }
      count += mentions.size();
    }
    meter.End(state);
  }
  Finish(state, pairs, meter);
  state.counters["mentions"] =
      static_cast<double>(count) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_ExtractFacts)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond);

void BM_Prepare(benchmark::State& state) {
  const std::vector<Pair>& pairs = Corpus(state.range(0));
  const std::vector<std::vector<std::string_view>> sources = ViewsOf(pairs);
  bench::FloorRatio meter(bench::TextsOf(pairs));
  for (auto _ : state) {
    meter.Begin();
    for (const auto& s : sources) {
      auto prepared = TheChecker().Prepare(s);
      benchmark::DoNotOptimize(prepared.ok());
    }
    meter.End(state);
  }
  Finish(state, pairs, meter);
}
BENCHMARK(BM_Prepare)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond);

// Each pair's sources prepared by TheChecker; false (with the benchmark skipped) on error.
bool PrepareAll(benchmark::State& state, const std::vector<Pair>& pairs,
                std::vector<PreparedSources>* out) {
  for (const Pair& p : pairs) {
    auto r = TheChecker().Prepare(Views(p));
    if (!r.ok()) {
      state.SkipWithError(r.status().ToString().c_str());
      return false;
    }
    out->push_back(std::move(*r));
  }
  return true;
}

// The insides of TheChecker, for the stages that run inside Prepare and Check.
const Checker::Impl& TheImpl() { return *TheChecker().impl(); }

// Each pair's summary, analysed by TheChecker's analyzer.
std::vector<internal::AnalyzedText> AnalyzeSummaries(const std::vector<Pair>& pairs) {
  std::vector<internal::AnalyzedText> out(pairs.size());
  for (size_t i = 0; i < pairs.size(); ++i) TheImpl().analyzer->Analyze(pairs[i].summary, &out[i]);
  return out;
}

// What the judge reads of a summary, looked up once per check (as Check does).
void LookUpSummaryWords(const internal::AnalyzedText& summary, internal::JudgeScratch* scratch) {
  internal::LookUpSummary(TheImpl(), summary, scratch);
}

void BM_IndexBuild(benchmark::State& state) {
  const std::vector<Pair>& pairs = Corpus(state.range(0));
  std::vector<std::vector<internal::AnalyzedText>> analyzed(pairs.size());
  for (size_t i = 0; i < pairs.size(); ++i) {
    analyzed[i].resize(pairs[i].sources.size());
    for (size_t d = 0; d < pairs[i].sources.size(); ++d) {
      TheImpl().analyzer->Analyze(pairs[i].sources[d], &analyzed[i][d]);
    }
  }
  bench::FloorRatio meter(bench::TextsOf(pairs));
  internal::SourceIndex index;
  internal::NgramSet ngrams;
  std::vector<internal::Term> terms;
  std::vector<internal::TermTable::WordTerm> word_terms;
  for (auto _ : state) {
    meter.Begin();
    for (const auto& docs : analyzed) {
      index.clear();
      ngrams.clear();
      for (size_t d = 0; d < docs.size(); ++d) {
        TheImpl().terms->WordTermsOf(docs[d].words, &word_terms);
        internal::IndexSource(*TheImpl().terms, static_cast<uint32_t>(d), docs[d], word_terms,
                              nullptr, nullptr, &terms, &index, &ngrams);
      }
      index.Finish();
    }
    meter.End(state);
  }
  Finish(state, pairs, meter);
}
BENCHMARK(BM_IndexBuild)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond);

void BM_CheckPrepared(benchmark::State& state) {
  const std::vector<Pair>& pairs = Corpus(state.range(0));
  std::vector<PreparedSources> prepared;
  if (!PrepareAll(state, pairs, &prepared)) return;
  bench::FloorRatio meter(bench::TextsOf(pairs));
  for (auto _ : state) {
    meter.Begin();
    for (size_t i = 0; i < pairs.size(); ++i) {
      auto report = TheChecker().Check(prepared[i], pairs[i].summary);
      benchmark::DoNotOptimize(report.ok());
    }
    meter.End(state);
  }
  Finish(state, pairs, meter);
}
BENCHMARK(BM_CheckPrepared)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond);

void BM_Align(benchmark::State& state) {
  const std::vector<Pair>& pairs = Corpus(state.range(0));
  std::vector<PreparedSources> prepared;
  if (!PrepareAll(state, pairs, &prepared)) return;
  const std::vector<internal::AnalyzedText> summaries = AnalyzeSummaries(pairs);
  // Every checkable unit's claim with the pair it belongs to, as JudgeUnit builds it.
  std::vector<std::pair<size_t, std::vector<internal::ClaimTerm>>> claims;
  internal::JudgeScratch scratch;
  for (size_t i = 0; i < pairs.size(); ++i) {
    LookUpSummaryWords(summaries[i], &scratch);
    for (const internal::Segment& seg : summaries[i].segments) {
      if (seg.kind == UnitKind::kBoilerplate) continue;
      internal::ClaimTermsOf(TheImpl(), prepared[i].impl()->index, pairs[i].summary,
                             summaries[i], seg, &scratch);
      if (!scratch.sorted_claim.empty()) claims.emplace_back(i, scratch.sorted_claim);
    }
  }
  bench::FloorRatio meter(bench::TextsOf(pairs));
  internal::SourceIndex::Scratch align;
  std::vector<internal::Window> windows;
  for (auto _ : state) {
    meter.Begin();
    for (const auto& [pair, claim] : claims) {
      prepared[pair].impl()->index.Align(claim, TheImpl().options.max_evidence, &align,
                                         &windows);
      benchmark::DoNotOptimize(windows.data());
    }
    meter.End(state);
  }
  Finish(state, pairs, meter);
  state.counters["units"] = static_cast<double>(claims.size());
}
BENCHMARK(BM_Align)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond);

void BM_Judge(benchmark::State& state) {
  const std::vector<Pair>& pairs = Corpus(state.range(0));
  std::vector<PreparedSources> prepared;
  if (!PrepareAll(state, pairs, &prepared)) return;
  const std::vector<internal::AnalyzedText> summaries = AnalyzeSummaries(pairs);
  bench::FloorRatio meter(bench::TextsOf(pairs));
  internal::JudgeScratch scratch;
  std::vector<Unit> units;
  for (auto _ : state) {
    meter.Begin();
    for (size_t i = 0; i < pairs.size(); ++i) {
      const internal::AnalyzedText& summary = summaries[i];
      LookUpSummaryWords(summary, &scratch);
      scratch.parts.clear();
      units.assign(summary.segments.size(), Unit());
      for (size_t s = 0; s < summary.segments.size(); ++s) {
        const internal::Segment& seg = summary.segments[s];
        if (seg.kind == UnitKind::kBoilerplate) continue;
        units[s].index = s;
        internal::JudgeUnit(TheImpl(), *prepared[i].impl(), pairs[i].summary, summary, seg,
                            &scratch, &units[s]);
      }
      internal::JudgeSummary(TheImpl(), pairs[i].summary, scratch, &units);
      benchmark::DoNotOptimize(units.data());
    }
    meter.End(state);
  }
  Finish(state, pairs, meter);
}
BENCHMARK(BM_Judge)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond);

void BM_WriteJson(benchmark::State& state) {
  const std::vector<Pair>& pairs = Corpus(state.range(0));
  std::vector<Report> reports;
  for (const Pair& p : pairs) {
    auto r = TheChecker().Check(Views(p), p.summary);
    if (!r.ok()) {
      state.SkipWithError(r.status().ToString().c_str());
      return;
    }
    reports.push_back(std::move(*r));
  }
  bench::FloorRatio meter(bench::TextsOf(pairs));
  std::string out;
  size_t json_bytes = 0;
  for (auto _ : state) {
    meter.Begin();
    for (const Report& r : reports) {
      out.clear();
      internal::AppendReportJson(r, "\"id\"", &out);
      json_bytes += out.size();
    }
    meter.End(state);
  }
  Finish(state, pairs, meter);
  state.counters["json_per_s"] = benchmark::Counter(static_cast<double>(json_bytes),
                                                    benchmark::Counter::kIsRate,
                                                    benchmark::Counter::kIs1024);
}
BENCHMARK(BM_WriteJson)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond);

void BM_CheckerCreate(benchmark::State& state) {
  for (auto _ : state) {
    auto checker = Checker::Create();
    if (!checker.ok()) {
      state.SkipWithError("Checker::Create failed");
      break;
    }
    benchmark::DoNotOptimize(checker);
  }
}
BENCHMARK(BM_CheckerCreate)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace claimcheck::bench

BENCHMARK_MAIN();
