// A per-thread memo from a normalized word to its Snowball stem, stopword flag and marks
// (word_table.h), in front of the memo its Analyzer's threads share (shared_stem_memo.h).
// Snowball costs ~100 ns a word; news vocabulary repeats, so most tokens hit the memo.
#ifndef CLAIMCHECK_TEXT_STEM_CACHE_H_
#define CLAIMCHECK_TEXT_STEM_CACHE_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "text/shared_stem_memo.h"
#include "text/stem_record.h"
#include "text/string_table.h"
#include "text/word_table.h"

struct sb_stemmer;

namespace claimcheck::internal {

class StemCache {
 public:
  // The stem (a view valid until the next Lookup), its hash, the stopword flag and marks.
  using Entry = WordStem;

  // `marker` (may be null: no marks) must outlive the memo. Without `snowball`, every
  // stem is its norm (a memo of the words Snowball is not asked about: numbers, symbols,
  // codes). With `shared` (may be null; it must outlive the memo, and its every entry
  // must come from memos made with the same marker and `snowball`), words are looked up
  // and recorded there first, so that the memos of other threads find what this one
  // stemmed; once it is full, this memo records the words it lacks.
  explicit StemCache(const WordMarker* marker = nullptr, bool snowball = true,
                     SharedStemMemo* shared = nullptr);
  ~StemCache();
  StemCache(const StemCache&) = delete;
  StemCache& operator=(const StemCache&) = delete;

  // False when libstemmer has no English stemmer (or the memo was made without it).
  bool ok() const { return stemmer_ != nullptr; }

  // The stem, stopword flag and marks of `norm`, computed on a miss; `hash` is
  // HashBytes(norm). Always inline up to a hit: the tokenizer asks once per new word of
  // every text, and most are hits; a miss is out of line (Add).
  __attribute__((always_inline)) Entry Lookup(std::string_view norm, uint64_t hash) {
    if (shared_ != nullptr) {
      if (const char* r = shared_->Find(norm, hash)) return stem_record::Read(r, norm.size(), hash);
    }
    const uint32_t tag = SlotTag(hash);
    const size_t mask = slots_.size() - 1;
    size_t s = hash & mask;
    for (; slots_[s].record != 0; s = (s + 1) & mask) {
      if (slots_[s].tag != tag) continue;
      const char* r = records_.data() + slots_[s].record - 1;
      if (stem_record::Holds(r, norm)) return stem_record::Read(r, norm.size(), hash);
    }
    return Add(norm, hash, s);
  }
  Entry Lookup(std::string_view norm) { return Lookup(norm, HashBytes(norm)); }

  // Hints for a Lookup of the word with this hash a few words later: most look-ups miss
  // the CPU cache twice, at the slot and then at the record, so a caller with a list of
  // words asks for the slot first and, once it has arrived, for the record it names.
  // With a shared memo, only its memory is asked for: this one's holds few words.
  void PrefetchSlot(uint64_t hash) const {
    if (shared_ != nullptr) {
      shared_->PrefetchSlot(hash);
      return;
    }
    __builtin_prefetch(&slots_[hash & (slots_.size() - 1)]);
  }
  void PrefetchRecord(uint64_t hash) const {
    if (shared_ != nullptr) {
      shared_->PrefetchRecord(hash);
      return;
    }
    const Slot& s = slots_[hash & (slots_.size() - 1)];
    if (s.record != 0 && s.tag == static_cast<uint32_t>(hash >> 32)) {
      __builtin_prefetch(records_.data() + s.record - 1);
    }
  }

  // Memory stays bounded: past this many words the memo starts over.
  static constexpr size_t kMaxEntries = size_t{1} << 16;

 private:
  static uint32_t SlotTag(uint64_t hash) { return static_cast<uint32_t>(hash >> 32); }
  // Lookup's miss: stems `norm` and records it, in the shared memo or else at the empty
  // slot `at` of this one, unless it grows or starts over.
  Entry Add(std::string_view norm, uint64_t hash, size_t at);
  void Rehash(size_t slots);
  void Clear();

  sb_stemmer* stemmer_ = nullptr;
  const WordMarker* marker_ = nullptr;
  SharedStemMemo* shared_ = nullptr;
  SharedStemMemo::Writer shared_writer_;
  bool shared_full_ = false;  // once the shared memo refuses a word, it is not asked again
  // The memo is asked once per distinct word of every text, and a large part of those
  // look-ups miss the CPU cache: it is kept small so that more of it stays there, each
  // word one record in `records_` (stem_record.h).
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
