// Shared benchmark inputs (the seed articles, alone or repeated to a size) and the ICU
// floor every ratio in this project is measured against.
#ifndef CLAIMCHECK_BENCH_BENCH_UTIL_H_
#define CLAIMCHECK_BENCH_BENCH_UTIL_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::bench {

// The seed files in fixtures/seeds (found through CLAIMCHECK_SOURCE_DIR), in name order.
const std::vector<std::string>& SeedTexts();
// The seeds joined with a blank line between them (about 22 KB).
const std::string& SeedCorpus();
// The seed corpus repeated until it holds at least `bytes` bytes.
std::string RepeatedCorpus(size_t bytes);
// Input by benchmark argument: 0 = SeedCorpus(), 1 = about 2 MB of repeated seeds.
const std::string& CorpusByArg(long arg);

// The ICU floor: ICU's sentence BreakIterator over UTF-8 (UText, no UTF-16 copy) plus
// NFKC case folding (nfkc_cf) of the same bytes with Normalizer2::normalizeUTF8. Built
// once; Run() reuses its iterator and output buffer. Not thread-safe.
class IcuFloor {
 public:
  IcuFloor();
  ~IcuFloor();
  // Sentence breaks only; returns the number of sentences.
  size_t Sentences(std::string_view text);
  // Breaks plus case folding; returns sentences + folded bytes (so nothing is elided).
  size_t Run(std::string_view text);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimcheck::bench

#endif  // CLAIMCHECK_BENCH_BENCH_UTIL_H_
