// The text stage, stage by stage, next to the ICU baselines in the same binary so the
// numbers read as ratios: Arg(0) is the five seeds (~22 KB), Arg(1) ~2 MB of them.
#include <benchmark/benchmark.h>

#include <libstemmer.h>

#include "bench_util.h"
#include "text/analyzer.h"
#include "text/segmenter.h"
#include "text/shared_stem_memo.h"
#include "text/stem_cache.h"
#include "text/tokenizer.h"
#include "text/utf8.h"

namespace claimcheck::internal {
namespace {

using bench::CorpusByArg;

const Analyzer& TheAnalyzer() {
  static const std::unique_ptr<Analyzer> a = [] {
    auto r = Analyzer::Create("en");
    if (!r.ok()) std::abort();
    return std::move(*r);
  }();
  return *a;
}

void BM_IcuSentences(benchmark::State& state) {
  const std::string& text = CorpusByArg(state.range(0));
  bench::IcuFloor floor;
  for (auto _ : state) benchmark::DoNotOptimize(floor.Sentences(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_IcuSentences)->Arg(0)->Arg(1);

void BM_IcuFloor(benchmark::State& state) {
  const std::string& text = CorpusByArg(state.range(0));
  bench::IcuFloor floor;
  for (auto _ : state) benchmark::DoNotOptimize(floor.Run(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_IcuFloor)->Arg(0)->Arg(1);

void BM_Validate(benchmark::State& state) {
  const std::string& text = CorpusByArg(state.range(0));
  for (auto _ : state) {
    Utf8Error err;
    benchmark::DoNotOptimize(ValidateUtf8(text, &err));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_Validate)->Arg(0)->Arg(1);

void BM_Segment(benchmark::State& state) {
  const std::string& text = CorpusByArg(state.range(0));
  std::vector<Segment> segs;
  for (auto _ : state) {
    TheAnalyzer().Segment(text, &segs);
    benchmark::DoNotOptimize(segs.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_Segment)->Arg(0)->Arg(1);

// Tokens with norms, no stems.
void BM_TokenizeNormalize(benchmark::State& state) {
  const std::string& text = CorpusByArg(state.range(0));
  Tokenizer tokenizer;
  AnalyzedText toks;
  for (auto _ : state) {
    toks.clear();
    tokenizer.Tokenize(text, 0, text.size(), &toks, /*stem=*/false);
    benchmark::DoNotOptimize(toks.tokens.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["tokens"] = static_cast<double>(toks.tokens.size());
}
BENCHMARK(BM_TokenizeNormalize)->Arg(0)->Arg(1);

// Snowball stems of the norms, alone (bytes are the text's, for comparison).
void BM_Stem(benchmark::State& state) {
  const std::string& text = CorpusByArg(state.range(0));
  Tokenizer tokenizer;
  AnalyzedText toks;
  tokenizer.Tokenize(text, 0, text.size(), &toks, /*stem=*/false);
  sb_stemmer* stemmer = sb_stemmer_new("english", nullptr);
  for (auto _ : state) {
    size_t total = 0;
    for (uint32_t k = 0; k < toks.tokens.size(); ++k) {
      const Token& t = toks.tokens[k];
      if (!(t.flags & kTokAlpha) || (t.flags & kTokDigit)) continue;
      const std::string_view norm = toks.norm(k);
      sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol*>(norm.data()),
                      static_cast<int>(norm.size()));
      total += static_cast<size_t>(sb_stemmer_length(stemmer));
    }
    benchmark::DoNotOptimize(total);
  }
  sb_stemmer_delete(stemmer);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_Stem)->Arg(0)->Arg(1);

// The sizes of the stems `memo` gives the words of `toks` (BM_Stem's words), summed.
size_t StemWords(const AnalyzedText& toks, StemCache* memo) {
  size_t total = 0;
  for (uint32_t k = 0; k < toks.tokens.size(); ++k) {
    const Token& t = toks.tokens[k];
    if (!(t.flags & kTokAlpha) || (t.flags & kTokDigit)) continue;
    total += memo->Lookup(toks.norm(k)).stem.size();
  }
  return total;
}

// The same stems through a memo of the thread's own (warm after one pass).
void BM_StemMemo(benchmark::State& state) {
  const std::string& text = CorpusByArg(state.range(0));
  Tokenizer tokenizer;
  AnalyzedText toks;
  tokenizer.Tokenize(text, 0, text.size(), &toks, /*stem=*/false);
  StemCache memo;
  for (auto _ : state) benchmark::DoNotOptimize(StemWords(toks, &memo));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_StemMemo)->Arg(0)->Arg(1);

// The same through a memo the benchmark's threads share, as the Analyzer's workers do:
// a hit writes nothing another thread reads, so each of two threads should keep the rate
// of one.
void BM_StemMemoShared(benchmark::State& state) {
  static SharedStemMemo shared;
  const std::string& text = CorpusByArg(state.range(0));
  Tokenizer tokenizer;
  AnalyzedText toks;
  tokenizer.Tokenize(text, 0, text.size(), &toks, /*stem=*/false);
  StemCache memo(/*marker=*/nullptr, /*snowball=*/true, &shared);
  for (auto _ : state) benchmark::DoNotOptimize(StemWords(toks, &memo));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_StemMemoShared)->Arg(0)->Arg(1)->Threads(1)->Threads(2);

// The whole stage: segment, tokenize, normalize, stem.
void BM_Analyze(benchmark::State& state) {
  const std::string& text = CorpusByArg(state.range(0));
  AnalyzedText at;
  for (auto _ : state) {
    TheAnalyzer().Analyze(text, &at);
    benchmark::DoNotOptimize(at.tokens.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_Analyze)->Arg(0)->Arg(1);

// Validation + Analyze: what a Check spends in the text stage per input.
void BM_ValidateAnalyze(benchmark::State& state) {
  const std::string& text = CorpusByArg(state.range(0));
  AnalyzedText at;
  for (auto _ : state) {
    Utf8Error err;
    if (!ValidateUtf8(text, &err)) state.SkipWithError("invalid UTF-8");
    TheAnalyzer().Analyze(text, &at);
    benchmark::DoNotOptimize(at.tokens.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_ValidateAnalyze)->Arg(0)->Arg(1);

}  // namespace
}  // namespace claimcheck::internal

BENCHMARK_MAIN();
