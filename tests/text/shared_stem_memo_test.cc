// SharedStemMemo: a word inserted is found as inserted; the first record of a word stands;
// a full memo refuses; StemCaches sharing one, from one thread or many, give what a
// StemCache of its own gives, and mark each word once. tests/CMakeLists.txt has
// scripts/sanitize.sh run the [threads] cases under ThreadSanitizer.
#include "text/shared_stem_memo.h"

#include <algorithm>
#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>

#include "text/stem_cache.h"

namespace claimcheck::internal {
namespace {

struct Copy {
  std::string stem;
  uint64_t stem_hash = 0;
  bool stem_is_norm = false;
  bool stopword = false;
  uint32_t facts = 0;
  uint32_t terms = 0;
  bool operator==(const Copy& o) const {
    return stem == o.stem && stem_hash == o.stem_hash && stem_is_norm == o.stem_is_norm &&
           stopword == o.stopword && facts == o.facts && terms == o.terms;
  }
};

Copy CopyOf(const WordStem& e) {
  return {std::string(e.stem), e.stem_hash, e.stem_is_norm, e.stopword, e.marks.facts,
          e.marks.terms};
}

// Marks that depend on the norm and the stem, as the checker's do; counts its calls.
struct CountingMarker {
  std::atomic<int> calls{0};
  WordMarker marker = [this](std::string_view, uint64_t norm_hash, std::string_view,
                             uint64_t stem_hash) {
    calls.fetch_add(1, std::memory_order_relaxed);
    return WordMarks{static_cast<uint32_t>(norm_hash), static_cast<uint32_t>(stem_hash >> 32)};
  };
};

// Words Snowball changes in different ways, stopwords, and words it keeps.
std::vector<std::string> Vocabulary(int n) {
  static const char* const kSuffixes[] = {"", "s", "ing", "ed", "ly", "ness", "ation", "er",
                                          "est", "ions", "ful", "ies"};
  std::vector<std::string> words = {"the", "a", "was", "running", "news", "happily"};
  for (int i = 0; static_cast<int>(words.size()) < n; ++i) {
    words.push_back("w" + std::to_string(i / 12) + "x" + kSuffixes[i % 12]);
  }
  return words;
}

WordStem EntryOf(std::string_view stem, bool stopword, uint32_t facts) {
  WordStem e;
  e.stem = stem;
  e.stem_hash = HashBytes(stem);
  e.stopword = stopword;
  e.marks.facts = facts;
  return e;
}

TEST_CASE("SharedStemMemo finds what was inserted, and the first record of a word stands",
          "[text]") {
  SharedStemMemo memo;
  SharedStemMemo::Writer w1, w2;
  struct Row {
    const char* norm;
    const char* stem;
    bool stopword;
  };
  const Row rows[] = {
      {"running", "run", false}, {"the", "the", true}, {"news", "news", false}, {"x", "x", false}};
  for (const Row& r : rows) {
    const std::string_view norm(r.norm);
    const uint64_t hash = HashBytes(norm);
    WordStem e = EntryOf(r.stem, r.stopword, 7);
    e.stem_is_norm = norm == r.stem;
    REQUIRE(memo.Find(norm, hash) == nullptr);
    const char* recorded = memo.Insert(norm, hash, e, &w1);
    REQUIRE(recorded != nullptr);
    CHECK(CopyOf(stem_record::Read(recorded, norm.size(), hash)) == CopyOf(e));
    REQUIRE(memo.Find(norm, hash) == recorded);
    // Another thread that missed the word too inserts it after this one: it gets the
    // record that stands, and the memo keeps one.
    WordStem later = e;
    later.marks.facts = 8;
    REQUIRE(memo.Insert(norm, hash, later, &w2) == recorded);
    CHECK(stem_record::Read(recorded, norm.size(), hash).marks.facts == 7);
  }
  CHECK(memo.size() == 4);
}

TEST_CASE("SharedStemMemo refuses words past its size, and keeps those it has", "[text]") {
  SharedStemMemo memo(4);
  SharedStemMemo::Writer w;
  const std::vector<std::string> words = Vocabulary(6);
  for (size_t k = 0; k < 4; ++k) {
    REQUIRE(memo.Insert(words[k], HashBytes(words[k]), EntryOf(words[k], false, 1), &w) != nullptr);
  }
  CHECK(memo.Insert(words[4], HashBytes(words[4]), EntryOf(words[4], false, 1), &w) == nullptr);
  CHECK(memo.Find(words[4], HashBytes(words[4])) == nullptr);
  CHECK(memo.size() == 4);
  for (size_t k = 0; k < 4; ++k) CHECK(memo.Find(words[k], HashBytes(words[k])) != nullptr);
}

TEST_CASE("StemCaches sharing a memo give their own answers and mark each word once",
          "[text]") {
  const std::vector<std::string> words = Vocabulary(3000);
  CountingMarker own_marker, marker;
  StemCache own(&own_marker.marker);
  for (const size_t capacity : {size_t{1} << 12, size_t{256}}) {
    CAPTURE(capacity);
    SharedStemMemo shared(capacity);
    StemCache first(&marker.marker, true, &shared), second(&marker.marker, true, &shared);
    marker.calls = 0;
    for (const std::string& w : words) REQUIRE(CopyOf(first.Lookup(w)) == CopyOf(own.Lookup(w)));
    CHECK(marker.calls == static_cast<int>(words.size()));
    // The second finds the words the first recorded in the shared memo, and records the
    // rest (past a full memo) in its own.
    for (const std::string& w : words) REQUIRE(CopyOf(second.Lookup(w)) == CopyOf(own.Lookup(w)));
    const int in_shared = static_cast<int>(std::min(capacity, words.size()));
    CHECK(marker.calls == static_cast<int>(2 * words.size()) - in_shared);
    CHECK(shared.size() == static_cast<size_t>(in_shared));
    // Both ask again: every answer now comes from a memo.
    marker.calls = 0;
    for (const std::string& w : words) {
      REQUIRE(CopyOf(first.Lookup(w)) == CopyOf(own.Lookup(w)));
      REQUIRE(CopyOf(second.Lookup(w)) == CopyOf(own.Lookup(w)));
    }
    CHECK(marker.calls == 0);
  }
}

// Several threads, each with its StemCache on one shared memo, ask for overlapping parts
// of one vocabulary at once: two by two in the same order (they miss the same word
// together and race to record it), each pair in its own (they race for the same slots).
// Every answer is checked against a StemCache of the main thread's own.
TEST_CASE("threads: StemCaches on one shared memo from 4 threads answer as one thread does",
          "[text][threads]") {
  constexpr int kThreads = 4, kRounds = 20, kWords = 1500, kPerThread = 1000;
  const std::vector<std::string> words = Vocabulary(kWords);
  CountingMarker marker;
  std::vector<Copy> expected;
  {
    StemCache own(&marker.marker);
    for (const std::string& w : words) expected.push_back(CopyOf(own.Lookup(w)));
  }
  // The first pair from the first word on, the second from the last word back: all the
  // words, a third of them asked by all four threads.
  auto word_at = [&](int thread, int i) { return thread < 2 ? i : kWords - 1 - i; };
  // A memo with room for the whole vocabulary, then one with room for a sixth of it:
  // past it each thread records words in its own memo.
  for (const size_t capacity : {SharedStemMemo::kMaxEntries, size_t{256}}) {
    CAPTURE(capacity);
    for (int round = 0; round < kRounds; ++round) {
      SharedStemMemo shared(capacity);
      std::vector<int> wrong(kThreads, 0);
      std::atomic<int> ready{0};
      std::vector<std::thread> threads;
      for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
          StemCache memo(&marker.marker, true, &shared);
          ready.fetch_add(1);
          while (ready.load() < kThreads) std::this_thread::yield();
          for (int pass = 0; pass < 2; ++pass) {
            for (int i = 0; i < kPerThread; ++i) {
              const int k = word_at(t, i);
              if (!(CopyOf(memo.Lookup(words[k])) == expected[k])) ++wrong[t];
            }
          }
        });
      }
      for (std::thread& th : threads) th.join();
      for (int t = 0; t < kThreads; ++t) REQUIRE(wrong[t] == 0);
      // Each word the threads asked for is recorded once: none lost to a slot another
      // thread took, none twice.
      int asked = 0;
      for (int k = 0; k < kWords; ++k) {
        const uint64_t hash = HashBytes(words[k]);
        const char* r = shared.Find(words[k], hash);
        if (r == nullptr) continue;
        ++asked;
        REQUIRE(CopyOf(stem_record::Read(r, words[k].size(), hash)) == expected[k]);
      }
      if (capacity >= static_cast<size_t>(kWords)) {
        CHECK(asked == kWords);
        CHECK(shared.size() == static_cast<size_t>(kWords));
      } else {
        CHECK(shared.size() == static_cast<size_t>(asked));
        CHECK(shared.size() >= capacity);
        CHECK(shared.size() < capacity + kThreads);
      }
    }
  }
}

}  // namespace
}  // namespace claimcheck::internal
