// Cost and memory of one check as the input grows. Nothing here times anything: the
// machine is shared and timings are noise. Cost is the library's own count of inner-loop
// steps (facts/work_count.h: tokens scanned, postings visited, windows scored, source
// facts compared), which must at most about double when the input doubles; memory is
// counted by replacing operator new in this test binary.
#include <catch2/catch.hpp>

#include <malloc.h>
#include <sys/resource.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <new>
#include <string>
#include <vector>

#include "claimcheck/claimcheck.h"
#include "facts/work_count.h"
#include "synthetic.h"

// Live and peak bytes of everything allocated with operator new.
namespace {
std::atomic<int64_t> g_live{0};
std::atomic<int64_t> g_peak{0};

void* Allocate(size_t n) {
  void* p = std::malloc(n == 0 ? 1 : n);
  if (p == nullptr) throw std::bad_alloc();
  const auto size = static_cast<int64_t>(malloc_usable_size(p));
  const int64_t live = g_live.fetch_add(size, std::memory_order_relaxed) + size;
  int64_t peak = g_peak.load(std::memory_order_relaxed);
  while (live > peak && !g_peak.compare_exchange_weak(peak, live, std::memory_order_relaxed)) {
  }
  return p;
}

void Release(void* p) noexcept {
  if (p == nullptr) return;
  g_live.fetch_sub(static_cast<int64_t>(malloc_usable_size(p)), std::memory_order_relaxed);
  std::free(p);
}
}  // namespace

void* operator new(size_t n) { return Allocate(n); }
void* operator new[](size_t n) { return Allocate(n); }
void* operator new(size_t n, const std::nothrow_t&) noexcept {
  try {
    return Allocate(n);
  } catch (...) {
    return nullptr;
  }
}
void* operator new[](size_t n, const std::nothrow_t& t) noexcept { return operator new(n, t); }
void operator delete(void* p) noexcept { Release(p); }
void operator delete[](void* p) noexcept { Release(p); }
void operator delete(void* p, size_t) noexcept { Release(p); }
void operator delete[](void* p, size_t) noexcept { Release(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { Release(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { Release(p); }

namespace claimcheck {
namespace {

// Built and warmed up once, outside every measurement: the first check also builds the
// library's static tables (lexicon, antonyms), which are no part of a check's cost.
const Checker& TheChecker() {
  static const Checker* checker = [] {
    auto c = Checker::Create();
    if (!c.ok()) std::abort();
    auto* checker = new Checker(std::move(*c));
    const std::string source = perf::Source(20, 99);
    if (!checker->Check(source, perf::Summary(source, 5, 98)).ok()) std::abort();
    return checker;
  }();
  return *checker;
}

struct Cost {
  uint64_t work = 0;      // inner-loop steps
  int64_t peak = 0;       // bytes allocated at the peak of the check, over what was live before
  size_t units = 0;       // summary units checked
};

Cost Measure(const std::string& source, const std::string& summary) {
  TheChecker();  // built outside the measurement
  const int64_t live = g_live.load();
  g_peak.store(live);
  const uint64_t work = internal::WorkCount();
  auto report = TheChecker().Check(source, summary);
  REQUIRE(report.ok());
  Cost c;
  c.work = internal::WorkCount() - work;
  c.peak = g_peak.load() - live;
  c.units = report->sentences.size();
  return c;
}

// Each doubling of `vary` (source or summary sentences) at most ~doubles the work. 2.3
// leaves room for the n log n of sorting candidate windows and for the text's growth
// not being exactly double.
constexpr double kDoublingBound = 2.3;

TEST_CASE("cost grows linearly with the source", "[perf][scaling]") {
  const std::string base = perf::Source(2000, 1);
  const std::string summary = perf::Summary(perf::Source(250, 1), 20, 2);
  uint64_t prev = 0;
  for (size_t n : {250, 500, 1000, 2000}) {
    const std::string source = perf::Source(n, 1);
    const Cost c = Measure(source, summary);
    INFO(n << " source sentences (" << source.size() << " bytes): work " << c.work
           << ", previous " << prev);
    if (prev != 0) CHECK(static_cast<double>(c.work) <= kDoublingBound * prev);
    prev = c.work;
  }
}

TEST_CASE("cost grows linearly with the summary", "[perf][scaling]") {
  const std::string source = perf::Source(500, 3);
  uint64_t prev = 0;
  for (size_t n : {50, 100, 200, 400}) {
    const std::string summary = perf::Summary(source, n, 4);
    const Cost c = Measure(source, summary);
    INFO(n << " summary sentences (" << summary.size() << " bytes): work " << c.work
           << ", previous " << prev);
    if (prev != 0) CHECK(static_cast<double>(c.work) <= kDoublingBound * prev);
    prev = c.work;
  }
}

TEST_CASE("places a lower-cased summary adds cost linear work as both texts grow",
          "[perf][scaling]") {
  // Every sentence names a place no source word does, where the source names another:
  // the source's places are gathered once, not once per sentence (which would grow as
  // summary x source).
  uint64_t prev = 0;
  for (size_t n : {100, 200, 400, 800}) {
    const std::string source = perf::Source(n, 11) + " officials met in glasgow on monday.";
    std::string summary;
    for (size_t i = 0; i < n / 4; ++i) summary += "officials met in birmingham on monday. ";
    const Cost c = Measure(source, summary);
    INFO(n << " source sentences, " << n / 4 << " summary sentences: work " << c.work
           << ", previous " << prev);
    if (prev != 0) CHECK(static_cast<double>(c.work) <= kDoublingBound * prev);
    prev = c.work;
  }
}

// Memory for one check: the target is 20 bytes per input byte plus a few MB. News-length
// pairs meet it by far (the few MB dominate); long inputs meet it since a token is 16
// bytes and its norm and stem are kept once per distinct word of its text (about 21x
// for a 1 MB source, of which the slack is 4 MB).
int64_t MemoryBound(size_t input_bytes, int64_t per_input_byte) {
  constexpr int64_t kSlack = int64_t{4} << 20;
  return per_input_byte * static_cast<int64_t>(input_bytes) + kSlack;
}
constexpr int64_t kTargetPerByte = 20;
// The RSS seen by the kernel includes what the counter does not see (ICU, utf8proc).
constexpr int64_t kGuardPerByte = 40;

struct MemoryRow {
  size_t source_sentences, summary_sentences;
};

void CheckMemory(const MemoryRow& r) {
  const std::string source = perf::Source(r.source_sentences, 5);
  const std::string summary = perf::Summary(source, r.summary_sentences, 6);
  const size_t input = source.size() + summary.size();
  const Cost c = Measure(source, summary);
  INFO(source.size() << " + " << summary.size() << " input bytes: peak " << c.peak
                     << " bytes allocated (" << static_cast<double>(c.peak) / input
                     << " x input)");
  CHECK(c.peak <= MemoryBound(input, kTargetPerByte));
}

TEST_CASE("memory of one check is within 20x its input", "[perf][memory]") {
  // A news-length pair (~4 KB + 600 B), a 1 MB source with a 2 KB summary, a 250 KB
  // summary of a 70 KB source.
  for (const MemoryRow& r : {MemoryRow{30, 4}, MemoryRow{8000, 15}, MemoryRow{500, 2000}}) {
    CheckMemory(r);
  }
}

TEST_CASE("a 1 MB source with a 2 KB summary stays within the memory bound (RSS)",
          "[perf][memory]") {
  // The same bound from the kernel's side (ICU and utf8proc allocate with malloc, which
  // the counter above does not see). Each test case runs in its own process under
  // ctest, so the high-water mark before the check is the process's start-up.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
  WARN("skipped under a sanitizer: its shadow memory is part of the RSS");
  return;
#endif
  const std::string source = perf::Source(7000, 7);
  const std::string summary = perf::Summary(source, 15, 8);
  TheChecker();
  rusage before{};
  getrusage(RUSAGE_SELF, &before);
  auto report = TheChecker().Check(source, summary);
  REQUIRE(report.ok());
  rusage after{};
  getrusage(RUSAGE_SELF, &after);
  const int64_t grown = (after.ru_maxrss - before.ru_maxrss) * int64_t{1024};
  const size_t input = source.size() + summary.size();
  INFO(input << " input bytes: max RSS grew by " << grown << " bytes");
  CHECK(grown <= MemoryBound(input, kGuardPerByte));
}

TEST_CASE("1,000 summary sentences against 10,000 source sentences complete",
          "[perf][scaling]") {
  const std::string source = perf::Source(10000, 9);
  const std::string summary = perf::Summary(source, 1100, 10);  // ~1,050 units
  const auto start = std::chrono::steady_clock::now();
  const Cost c = Measure(source, summary);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  INFO(source.size() << " + " << summary.size() << " bytes, " << c.units << " units: work "
                     << c.work << ", " << seconds << " s, peak " << c.peak << " bytes");
  CHECK(c.units >= 1000);
  // A guard, not a measurement: minutes would mean an all-pairs comparison crept in.
#ifdef NDEBUG
  CHECK(seconds < 120);
#endif
  // Work per unit stays of the order of one source sentence window, not the source.
  CHECK(c.work / c.units < 200000);
}

}  // namespace
}  // namespace claimcheck
