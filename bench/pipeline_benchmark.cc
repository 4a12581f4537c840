// The checker stage by stage on the dev pairs (Arg 0 news, 1 dialogue, 2 all), each
// beside the ICU floor over the same bytes ("vs_floor", measured interleaved). Every
// stage counts the bytes of the whole pair (sources + summary), so the stages' costs
// add up: 1 / vs_floor(Check) ~= sum over stages of 1 / vs_floor(stage).
//   BM_Analyze        segment + tokenize + normalize + stem, sources and summary;
//   BM_ExtractFacts   fact mentions of every unit of the sources and the summary
//                     (texts analysed beforehand);
//   BM_Prepare        Checker::Prepare: analysis, facts, terms, n-grams, index;
//   BM_CheckPrepared  Checker::Check on PreparedSources: the summary's analysis,
//                     alignment and judgement;
//   BM_WriteJson      the report as JSON (what `claimcheck batch` writes).
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "check_bench_util.h"
#include "bench_util.h"
#include "claimcheck/claimcheck.h"
#include "facts/facts.h"
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

void BM_CheckPrepared(benchmark::State& state) {
  const std::vector<Pair>& pairs = Corpus(state.range(0));
  std::vector<PreparedSources> prepared;
  for (const Pair& p : pairs) {
    auto r = TheChecker().Prepare(Views(p));
    if (!r.ok()) {
      state.SkipWithError(r.status().ToString().c_str());
      return;
    }
    prepared.push_back(std::move(*r));
  }
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

}  // namespace
}  // namespace claimcheck::bench

BENCHMARK_MAIN();
