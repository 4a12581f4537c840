// Helpers for the checker benchmarks: their shared setup (one default Checker, the dev
// corpora by argument), FloorRatio, which runs the ICU floor over the same bytes between
// the iterations of a benchmark so that the ratio to the floor comes from one stretch of
// time on a noisy machine; clocks; throughput counters. Inputs come from dev_data.h.
// Header-only: every *_benchmark.cc is its own binary.
#ifndef CLAIMCHECK_BENCH_CHECK_BENCH_UTIL_H_
#define CLAIMCHECK_BENCH_CHECK_BENCH_UTIL_H_

#include <time.h>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include <benchmark/benchmark.h>

#include "bench_util.h"
#include "claimcheck/claimcheck.h"
#include "dev_data.h"

namespace claimcheck::bench {

// Pairs per iteration of the corpus benchmarks: enough for every kind of article, few
// enough that an iteration stays well under a second.
inline constexpr size_t kCorpusPairs = 240;

// A Checker with the default options, built on first use.
inline const Checker& TheChecker() {
  static const Checker* checker = [] {
    auto c = Checker::Create();
    if (!c.ok()) std::abort();
    return new Checker(std::move(*c));
  }();
  return *checker;
}

// DevCorpus(which, kCorpusPairs), built once per argument (0 news, 1 dialogue, 2 all).
inline const std::vector<Pair>& Corpus(long which) {
  static std::vector<Pair> corpora[3];
  static bool built[3] = {false, false, false};
  if (!built[which]) {
    corpora[which] = DevCorpus(which, kCorpusPairs);
    built[which] = true;
  }
  return corpora[which];
}

// A pair's sources as Check takes them.
inline std::vector<std::string_view> Views(const Pair& p) {
  return std::vector<std::string_view>(p.sources.begin(), p.sources.end());
}

// Views() of every pair.
inline std::vector<std::vector<std::string_view>> ViewsOf(const std::vector<Pair>& pairs) {
  std::vector<std::vector<std::string_view>> out;
  for (const Pair& p : pairs) out.push_back(Views(p));
  return out;
}

// False, with the benchmark marked as skipped, when there is nothing to measure.
inline bool HasPairs(benchmark::State& state, const std::vector<Pair>& pairs) {
  if (pairs.empty()) state.SkipWithError("no input (dev data missing?)");
  return !pairs.empty();
}

// CPU time of the calling thread, in nanoseconds.
inline int64_t ThreadCpuNanos() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// Wall clock, in nanoseconds (latency percentiles).
inline int64_t WallNanos() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// Interleaves the ICU floor with the measured work. In the benchmark loop:
//   meter.Begin(); ...work...; meter.End(state);
// and after it meter.Report(state), which sets the counter "vs_floor": our bytes/s over
// the floor's bytes/s on the same texts (CPU time of this thread; 0.25 = a quarter of
// the floor's speed). The floor runs with the benchmark's timer paused.
class FloorRatio {
 public:
  explicit FloorRatio(std::vector<std::string_view> texts) : texts_(std::move(texts)) {}
  void Begin() { t0_ = ThreadCpuNanos(); }
  void End(benchmark::State& state) {
    const int64_t t1 = ThreadCpuNanos();
    state.PauseTiming();
    size_t sink = 0;
    for (std::string_view t : texts_) sink += floor_.Run(t);
    benchmark::DoNotOptimize(sink);
    const int64_t t2 = ThreadCpuNanos();
    state.ResumeTiming();
    work_ns_ += t1 - t0_;
    floor_ns_ += t2 - t1;
  }
  void Report(benchmark::State& state) const {
    if (work_ns_ > 0) {
      state.counters["vs_floor"] =
          static_cast<double>(floor_ns_) / static_cast<double>(work_ns_);
    }
  }

 private:
  std::vector<std::string_view> texts_;
  IcuFloor floor_;
  int64_t t0_ = 0;
  int64_t work_ns_ = 0;
  int64_t floor_ns_ = 0;
};

// Every text of the pairs (sources and summaries), as Check sees them.
inline std::vector<std::string_view> TextsOf(const std::vector<Pair>& pairs) {
  std::vector<std::string_view> out;
  for (const Pair& p : pairs) {
    for (const std::string& s : p.sources) out.push_back(s);
    out.push_back(p.summary);
  }
  return out;
}

inline size_t BytesOf(const std::vector<Pair>& pairs) {
  size_t n = 0;
  for (const Pair& p : pairs) n += p.bytes();
  return n;
}

// Bytes/s and documents/s (one document = one source/summary pair) for `docs` pairs of
// `bytes` bytes per iteration.
inline void SetThroughput(benchmark::State& state, size_t bytes, size_t docs) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["docs_per_s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * docs), benchmark::Counter::kIsRate);
}

}  // namespace claimcheck::bench

#endif  // CLAIMCHECK_BENCH_CHECK_BENCH_UTIL_H_
