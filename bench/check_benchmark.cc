// End-to-end Checker::Check on realistic inputs, each beside the ICU floor over the same
// bytes ("vs_floor" = our bytes/s over the floor's, measured interleaved):
//   BM_IcuFloorDev/N, BM_CheckDev/N   the dev pairs (0 news, 1 dialogue, 2 all);
//   BM_CheckCase/<name>               each fixture case (sources + summary);
//   BM_CheckLongSource                a 1 MB source with a 2 KB summary;
//   BM_CheckLongSummary               a 100 KB summary against the sources it summarises;
//   BM_CheckLatency/N                 one check at a time: p50/p99 wall time per pair (us).
// Bytes are source + summary bytes; docs_per_s counts source/summary pairs.
#include <algorithm>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "check_bench_util.h"
#include "bench_util.h"
#include "claimcheck/claimcheck.h"

namespace claimcheck::bench {
namespace {

// Runs Check over every pair once per iteration.
void RunPairs(benchmark::State& state, const std::vector<Pair>& pairs) {
  if (!HasPairs(state, pairs)) return;
  const std::vector<std::vector<std::string_view>> sources = ViewsOf(pairs);
  const Checker& checker = TheChecker();
  bench::FloorRatio meter(bench::TextsOf(pairs));
  size_t units = 0;
  for (auto _ : state) {
    meter.Begin();
    for (size_t i = 0; i < pairs.size(); ++i) {
      auto report = checker.Check(sources[i], pairs[i].summary);
      if (!report.ok()) {
        state.SkipWithError(report.status().ToString().c_str());
        return;
      }
      units += report->sentences.size();
      benchmark::DoNotOptimize(report->score);
    }
    meter.End(state);
  }
  meter.Report(state);
  bench::SetThroughput(state, bench::BytesOf(pairs), pairs.size());
  state.counters["units"] = static_cast<double>(units) / static_cast<double>(state.iterations());
}

void BM_IcuFloorDev(benchmark::State& state) {
  const std::vector<Pair>& pairs = Corpus(state.range(0));
  const std::vector<std::string_view> texts = bench::TextsOf(pairs);
  bench::IcuFloor floor;
  for (auto _ : state) {
    size_t sink = 0;
    for (std::string_view t : texts) sink += floor.Run(t);
    benchmark::DoNotOptimize(sink);
  }
  bench::SetThroughput(state, bench::BytesOf(pairs), pairs.size());
  state.SetLabel(bench::DevCorpusName(state.range(0)));
}
BENCHMARK(BM_IcuFloorDev)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond);

void BM_CheckDev(benchmark::State& state) {
  RunPairs(state, Corpus(state.range(0)));
  state.SetLabel(bench::DevCorpusName(state.range(0)));
}
BENCHMARK(BM_CheckDev)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond);

void BM_CheckCase(benchmark::State& state, size_t index) {
  RunPairs(state, {bench::CasePairs()[index]});
}

// News pairs taken in order: their articles joined into one source until it has
// `source_bytes` (or, with `matching`, exactly the articles whose summaries are used),
// and their summaries joined until `summary_bytes`: a long input whose summary is
// about it.
Pair LongPair(size_t source_bytes, size_t summary_bytes, bool matching) {
  Pair out;
  out.id = "long";
  out.sources.emplace_back();
  std::string& source = out.sources.back();
  for (const Pair& p : bench::DevPairs()) {
    if (!bench::IsNews(p)) continue;
    const bool need_summary = out.summary.size() < summary_bytes;
    const bool need_source = matching ? need_summary : source.size() < source_bytes;
    if (!need_summary && !need_source) break;
    if (need_source) source += p.sources.front() + "\n\n";
    if (need_summary) out.summary += p.summary + "\n";
  }
  return out;
}

void BM_CheckLongSource(benchmark::State& state) {
  static const Pair pair = LongPair(size_t{1} << 20, 2 << 10, false);
  RunPairs(state, {pair});
  state.counters["source_KB"] = static_cast<double>(pair.sources[0].size()) / 1024;
  state.counters["summary_KB"] = static_cast<double>(pair.summary.size()) / 1024;
}
BENCHMARK(BM_CheckLongSource)->Unit(benchmark::kMillisecond);

void BM_CheckLongSummary(benchmark::State& state) {
  static const Pair pair = LongPair(0, 100 << 10, true);
  RunPairs(state, {pair});
  state.counters["source_KB"] = static_cast<double>(pair.sources[0].size()) / 1024;
  state.counters["summary_KB"] = static_cast<double>(pair.summary.size()) / 1024;
}
BENCHMARK(BM_CheckLongSummary)->Unit(benchmark::kMillisecond);

// Latency of one check: each pair timed alone (wall clock), percentiles over every
// check of every iteration.
void BM_CheckLatency(benchmark::State& state) {
  const std::vector<Pair>& pairs = Corpus(state.range(0));
  if (!HasPairs(state, pairs)) return;
  const std::vector<std::vector<std::string_view>> sources = ViewsOf(pairs);
  const Checker& checker = TheChecker();
  std::vector<int64_t> ns;
  for (auto _ : state) {
    for (size_t i = 0; i < pairs.size(); ++i) {
      const int64_t t0 = bench::WallNanos();
      auto report = checker.Check(sources[i], pairs[i].summary);
      ns.push_back(bench::WallNanos() - t0);
      benchmark::DoNotOptimize(report.ok());
    }
  }
  std::sort(ns.begin(), ns.end());
  auto pct = [&](double q) {
    return static_cast<double>(ns[std::min(ns.size() - 1, static_cast<size_t>(q * ns.size()))]) /
           1000.0;
  };
  state.counters["p50_us"] = pct(0.50);
  state.counters["p90_us"] = pct(0.90);
  state.counters["p99_us"] = pct(0.99);
  state.counters["max_us"] = static_cast<double>(ns.back()) / 1000.0;
  bench::SetThroughput(state, bench::BytesOf(pairs), pairs.size());
  state.SetLabel(bench::DevCorpusName(state.range(0)));
}
BENCHMARK(BM_CheckLatency)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace claimcheck::bench

int main(int argc, char** argv) {
  const auto& cases = claimcheck::bench::CasePairs();
  for (size_t i = 0; i < cases.size(); ++i) {
    benchmark::RegisterBenchmark(("BM_CheckCase/" + cases[i].id).c_str(),
                                 claimcheck::bench::BM_CheckCase, i)
        ->Unit(benchmark::kMillisecond);
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
