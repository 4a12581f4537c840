// A per-thread memo from a normalized word to its Snowball stem, stopword flag and marks
// (word_table.h). Snowball costs ~100 ns a word; news vocabulary repeats, so most tokens
// hit the memo.
#ifndef CLAIMCHECK_TEXT_STEM_CACHE_H_
#define CLAIMCHECK_TEXT_STEM_CACHE_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "text/string_table.h"
#include "text/word_table.h"

struct sb_stemmer;

namespace claimcheck::internal {

class StemCache {
 public:
  // The stem (a view valid until the next Lookup), its hash, the stopword flag and marks.
  using Entry = WordStem;

  // `marker` (may be null: no marks) must outlive the memo.
  explicit StemCache(const WordMarker* marker = nullptr);
  ~StemCache();
  StemCache(const StemCache&) = delete;
  StemCache& operator=(const StemCache&) = delete;

  // False when libstemmer has no English stemmer.
  bool ok() const { return stemmer_ != nullptr; }

  // The stem, stopword flag and marks of `norm`, computed on a miss; `hash` is
  // HashBytes(norm).
  Entry Lookup(std::string_view norm, uint64_t hash);
  Entry Lookup(std::string_view norm) { return Lookup(norm, HashBytes(norm)); }

  // Hints for a Lookup of the word with this hash a few words later: most look-ups miss
  // the CPU cache twice, at the slot and then at the record, so a caller with a list of
  // words asks for the slot first and, once it has arrived, for the record it names.
  void PrefetchSlot(uint64_t hash) const {
    __builtin_prefetch(&slots_[hash & (slots_.size() - 1)]);
  }
  void PrefetchRecord(uint64_t hash) const {
    const Slot& s = slots_[hash & (slots_.size() - 1)];
    if (s.record != 0 && s.tag == static_cast<uint32_t>(hash >> 32)) {
      __builtin_prefetch(records_.data() + s.record - 1);
    }
  }

  // Memory stays bounded: past this many words the memo starts over.
  static constexpr size_t kMaxEntries = size_t{1} << 16;

 private:
  void Rehash(size_t slots);
  void Clear();

  sb_stemmer* stemmer_ = nullptr;
  const WordMarker* marker_ = nullptr;
  // The memo is asked once per distinct word of every text, and a large part of those
  // look-ups miss the CPU cache: it is kept small so that more of it stays there. Each
  // word is one record in `records_`: its norm's size, its stem's size, its flags
  // (stopword, stem is the norm), its marks, the norm's bytes, then, unless the stem is the
  // norm (most words), the stem's HashBytes and bytes.
  std::vector<char> records_;
  size_t entries_ = 0;
  // Open addressing, at most half full: the upper half of the word's hash, and 1 + where
  // its record starts (0 = empty).
  struct Slot {
    uint32_t tag = 0;
    uint32_t record = 0;
  };
  std::vector<Slot> slots_;
};

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_TEXT_STEM_CACHE_H_
