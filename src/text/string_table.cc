// StringTable and U64Set: linear probing over power-of-two tables kept at most half full.
#include "text/string_table.h"

#include <algorithm>

namespace claimcheck::internal {
namespace {

constexpr size_t kMinSlots = 64;

// The power of two that keeps `n` entries at most half full.
size_t SlotsFor(size_t n) {
  size_t slots = kMinSlots;
  while (slots < 2 * n) slots *= 2;
  return slots;
}

// The same for U64Set's 3/4.
size_t KeySlotsFor(size_t n) {
  size_t slots = kMinSlots;
  while (3 * slots < 4 * n) slots *= 2;
  return slots;
}

// Reserves at least double the capacity when it grows at all: a table reserved for one
// text after another (the sources' term dictionary) must not move everything it holds for
// each of them.
template <typename T>
void ReserveGeometric(std::vector<T>* v, size_t n) {
  if (n > v->capacity()) v->reserve(std::max(n, 2 * v->capacity()));
}

}  // namespace

void StringTable::Reserve(size_t n, size_t bytes) {
  ReserveGeometric(&bounds_, n + 1);
  bytes_.reserve(bytes);
  if (SlotsFor(n) > slots_.size()) Rehash(SlotsFor(n));
}

void StringTable::clear() {
  // No slots at all rather than all of them emptied: a table reused for a short text after
  // a long one would otherwise pay for the long one's slots every time.
  slots_.clear();
  bounds_.clear();
  bytes_.clear();
  filter_.clear();
  filter_mask_ = 0;
}

uint32_t StringTable::Find(std::string_view s, uint64_t full) const {
  if (slots_.empty()) return kNotFound;
  if (!filter_.empty() && !MayHold(full)) return kNotFound;
  const uint32_t h = static_cast<uint32_t>(full);
  const size_t mask = slots_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.index == 0) return kNotFound;
    if (slot.hash == h && Holds(slot.index - 1, s)) return slot.index - 1;
  }
}

void StringTable::Grow() { Rehash(slots_.empty() ? kMinSlots : 2 * slots_.size()); }

char* StringTable::Add(size_t size, uint64_t full, size_t at) { return AddInline(size, full, at); }

size_t StringTable::GrowFor(uint64_t full) {
  Grow();
  const size_t mask = slots_.size() - 1;
  size_t at = static_cast<uint32_t>(full) & mask;
  while (slots_[at].index != 0) at = (at + 1) & mask;
  return at;
}

void StringTable::BuildFilter() {
  constexpr size_t kBitsPerString = 8, kMinBits = 64;
  size_t bits = kMinBits;
  while (bits < kBitsPerString * size()) bits *= 2;
  filter_.assign(bits / 64, 0);
  filter_mask_ = bits - 1;
  for (uint32_t id = 0; id < size(); ++id) AddToFilter(HashBytes(Get(id)));
}

void StringTable::Rehash(size_t slots) {
  if (slots_.empty()) {  // nothing to move; the memory of a cleared table is reused
    slots_.resize(slots);  // zero bits: empty
    return;
  }
  std::vector<Slot> old;
  old.swap(slots_);
  slots_.resize(slots);
  const size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.index == 0) continue;
    size_t i = slot.hash & mask;
    while (slots_[i].index != 0) i = (i + 1) & mask;
    slots_[i] = slot;
  }
}

void U64Set::Grow() { Rehash(slots_.empty() ? kMinSlots : 2 * slots_.size()); }

void U64Set::Reserve(size_t n) {
  if (KeySlotsFor(n) > slots_.size()) Rehash(KeySlotsFor(n));
}

void U64Set::Rehash(size_t slots) {
  if (slots_.empty()) {  // nothing to move; the memory of a cleared set is reused
    slots_.assign(slots, 0);
    return;
  }
  std::vector<uint64_t> old;
  old.swap(slots_);
  slots_.assign(slots, 0);
  const size_t mask = slots_.size() - 1;
  for (uint64_t key : old) {
    if (key == 0) continue;
    size_t i = Home(key, mask);
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = key;
  }
}

}  // namespace claimcheck::internal
