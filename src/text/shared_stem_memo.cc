// The shared memo's inserts: a record written in the thread's own block, then published
// by one compare-and-swap on an empty slot; a slot, once set, never changes.
#include "text/shared_stem_memo.h"

#include <algorithm>
#include <new>
#include <type_traits>

namespace claimcheck::internal {
namespace {

// Bytes per Writer block: room for some 150 records of news words, so that threads
// filling the memo at once take the shared counter once per 150 misses or so, and each
// leaves little of its last block unused.
constexpr size_t kBlockBytes = 4096;
static_assert(kBlockBytes >=
                  stem_record::kHeader + 2 * stem_record::kMaxWordSize + sizeof(uint64_t),
              "a block holds the longest record");
// Record bytes per word: news words take under 30 (a header of 11, the norm, and for
// about half of them the stem and its hash); a memo of longer words fills up before it
// has max_entries of them.
constexpr size_t kBytesPerEntry = 48;

// The slots are calloc'd: an atomic word that is zero when its bytes are.
static_assert(sizeof(std::atomic<uint64_t>) == sizeof(uint64_t) &&
                  std::atomic<uint64_t>::is_always_lock_free &&
                  std::is_trivially_default_constructible_v<std::atomic<uint64_t>>,
              "slots are plain 64-bit words");

}  // namespace

SharedStemMemo::SharedStemMemo(size_t max_entries) {
  size_t n = 1;
  while (n < max_entries) n *= 2;
  max_entries_ = n;
  mask_ = 2 * n - 1;
  capacity_ = std::max(n * kBytesPerEntry, kBlockBytes);
  // From calloc rather than zeroed here: fresh pages are zero already, and only those
  // that words land on are ever touched, so an Analyzer that checks one pair pays for
  // no megabyte of zeroing.
  slots_.reset(static_cast<std::atomic<uint64_t>*>(std::calloc(2 * n, sizeof(uint64_t))));
  bytes_.reset(static_cast<char*>(std::malloc(capacity_)));
  if (slots_ == nullptr || bytes_ == nullptr) throw std::bad_alloc();
}

bool SharedStemMemo::TakeBlock(Writer* w) {
  const size_t at = blocks_taken_.fetch_add(kBlockBytes, std::memory_order_relaxed);
  if (at + kBlockBytes > capacity_) return false;
  w->at_ = bytes_.get() + at;
  w->end_ = w->at_ + kBlockBytes;
  return true;
}

const char* SharedStemMemo::Insert(std::string_view norm, uint64_t hash, const WordStem& e,
                                   Writer* w) {
  // Counted once its slot is won, so threads inserting at once may all pass this test
  // for the last entry: the table has room for as many again.
  if (entries_.load(std::memory_order_relaxed) >= max_entries_) return nullptr;
  const size_t size = stem_record::SizeOf(norm, e);
  if (static_cast<size_t>(w->end_ - w->at_) < size && !TakeBlock(w)) return nullptr;
  char* r = w->at_;
  stem_record::Write(norm, e, r);
  const uint32_t tag = Tag(hash);
  const uint64_t mine = (uint64_t{tag} << 32) | static_cast<uint64_t>(r - bytes_.get() + 1);
  for (size_t s = hash & mask_;; s = (s + 1) & mask_) {
    uint64_t held = slots_[s].load(std::memory_order_acquire);
    // Release: a thread that reads the slot reads the record written above.
    if (held == 0 && slots_[s].compare_exchange_strong(held, mine, std::memory_order_release,
                                                        std::memory_order_acquire)) {
      w->at_ += size;
      entries_.fetch_add(1, std::memory_order_relaxed);
      return r;
    }
    // The slot is taken (a failed exchange has just read by whom): perhaps by another
    // thread that stemmed the same word since the caller's Find. Its record then stands,
    // and this thread's copy, never published, is written over by its next insert.
    if (static_cast<uint32_t>(held >> 32) == tag && stem_record::Holds(RecordOf(held), norm)) {
      return RecordOf(held);
    }
  }
}

}  // namespace claimcheck::internal
