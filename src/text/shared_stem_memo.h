// A stem memo shared by the threads of one Analyzer: each word is stemmed and marked once
// for all of them, not once per thread, and a hit takes no lock and writes nothing that
// another thread reads (a lock's reader count bounced between the cores at every hit).
#ifndef CLAIMCHECK_TEXT_SHARED_STEM_MEMO_H_
#define CLAIMCHECK_TEXT_SHARED_STEM_MEMO_H_

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string_view>

#include "text/stem_record.h"
#include "text/word_table.h"

namespace claimcheck::internal {

// Thread-safe: Find and the prefetches from any number of threads, Insert from any
// number of threads each with its own Writer. Words are never removed or changed, so an
// entry's stem stays valid as long as the memo. It holds what its callers computed (it
// stems nothing itself): StemCache fills it and falls back to its own memo once it is
// full.
class SharedStemMemo {
 public:
  // Memory is bounded: at most `max_entries` words (rounded up to a power of two), then
  // Insert refuses.
  static constexpr size_t kMaxEntries = size_t{1} << 16;
  explicit SharedStemMemo(size_t max_entries = kMaxEntries);
  SharedStemMemo(const SharedStemMemo&) = delete;
  SharedStemMemo& operator=(const SharedStemMemo&) = delete;

  // The record (stem_record.h) of `norm`, whose HashBytes is `hash`, if a thread has
  // inserted it, else null. Inline: the tokenizer asks once per new word of every text,
  // and most are hits. (The record, not its entry through an out-parameter: the caller
  // reads the entry straight into its own, where one built in memory and copied out
  // stalled each hit on loads wider than the stores they read, 2.5x slower.)
  const char* Find(std::string_view norm, uint64_t hash) const {
    const uint32_t tag = Tag(hash);
    for (size_t s = hash & mask_;; s = (s + 1) & mask_) {
      const uint64_t held = slots_[s].load(std::memory_order_acquire);
      if (held == 0) return nullptr;
      if (static_cast<uint32_t>(held >> 32) != tag) continue;
      const char* r = RecordOf(held);
      if (stem_record::Holds(r, norm)) return r;
    }
  }

  // Hints for a Find a few words later (as StemCache's): the slot first, then, once it
  // has arrived, the record it names.
  void PrefetchSlot(uint64_t hash) const { __builtin_prefetch(&slots_[hash & mask_]); }
  void PrefetchRecord(uint64_t hash) const {
    const uint64_t held = slots_[hash & mask_].load(std::memory_order_relaxed);
    if (held != 0 && static_cast<uint32_t>(held >> 32) == Tag(hash)) {
      __builtin_prefetch(RecordOf(held));
    }
  }

  // Where one thread writes its records: a block of the memo's bytes that no other
  // thread writes, so that inserts from several threads take a shared counter only once
  // per block.
  class Writer {
   private:
    friend class SharedStemMemo;
    char* at_ = nullptr;
    char* end_ = nullptr;
  };

  // Records `e` as the entry of `norm` (HashBytes `hash`, stem_record::Fits), unless
  // another thread has recorded it since the caller's Find: either way, returns the
  // record that stands, the same as `e` for a pure function of the word. Null when the
  // memo is full.
  const char* Insert(std::string_view norm, uint64_t hash, const WordStem& e, Writer* w);

  // Words recorded so far.
  size_t size() const { return entries_.load(std::memory_order_relaxed); }

 private:
  struct Free {
    void operator()(void* p) const { std::free(p); }
  };
  static uint32_t Tag(uint64_t hash) { return static_cast<uint32_t>(hash >> 32); }
  const char* RecordOf(uint64_t held) const {
    return bytes_.get() + static_cast<uint32_t>(held) - 1;
  }
  // Gives `w` a new block; false when none is left.
  bool TakeBlock(Writer* w);

  // Read by every Find and set once, in the constructor: kept off the cache line of the
  // counters that inserts write.
  size_t max_entries_;
  size_t mask_;
  size_t capacity_;  // of bytes_
  // Open addressing, at most half full: per slot, the upper half of the word's hash and
  // 1 + where its record starts in bytes_ (0 = empty). A slot goes from empty to its
  // word once (compare-and-swap, release), and every record is written before its slot.
  std::unique_ptr<std::atomic<uint64_t>[], Free> slots_;
  std::unique_ptr<char[], Free> bytes_;  // the records, in blocks
  alignas(64) std::atomic<size_t> blocks_taken_{0};  // bytes of bytes_ handed out
  std::atomic<size_t> entries_{0};
};

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_TEXT_SHARED_STEM_MEMO_H_
