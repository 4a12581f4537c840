#include "judge/in_order.h"

#include <algorithm>

#include "facts/work_count.h"

namespace claimcheck::internal {
namespace {

constexpr uint32_t kNoRow = UINT32_MAX;
constexpr size_t kBits = 64;
constexpr size_t kMinSlots = 16;

bool IsWord(const AnalyzedText& a, uint32_t k) {
  return (a.tokens[k].flags & (kTokAlpha | kTokDigit)) != 0;
}

}  // namespace

double InOrderShare(const AnalyzedText& claim, uint32_t claim_begin, uint32_t claim_end,
                    const AnalyzedText& evidence, uint32_t lo, uint32_t hi,
                    InOrderScratch* scratch) {
  auto& words = scratch->claim;
  words.clear();
  for (uint32_t k = claim_begin; k < claim_end; ++k) {
    if (IsWord(claim, k)) words.push_back(claim.stem_hash(k));
  }
  const size_t n = words.size();
  if (n == 0) return 1;
  const size_t blocks = (n + kBits - 1) / kBits;

  // The claim's distinct stems, each with the bit mask of the positions that have it.
  size_t slot_count = kMinSlots;
  while (slot_count < 2 * n) slot_count *= 2;
  auto& slots = scratch->slots;
  auto& rows = scratch->slot_row;
  auto& masks = scratch->masks;
  slots.assign(slot_count, 0);
  rows.assign(slot_count, kNoRow);
  // A row per distinct stem, at most one per word: zeroed at once, not grown per stem.
  masks.assign(n * blocks, 0);
  uint32_t distinct = 0;
  auto find_slot = [&](uint64_t h) {
    size_t s = h & (slot_count - 1);
    while (rows[s] != kNoRow && slots[s] != h) s = (s + 1) & (slot_count - 1);
    return s;
  };
  for (size_t i = 0; i < n; ++i) {
    const size_t s = find_slot(words[i]);
    if (rows[s] == kNoRow) {
      slots[s] = words[i];
      rows[s] = distinct++;
    }
    masks[rows[s] * blocks + i / kBits] |= uint64_t{1} << (i % kBits);
  }

  // Hyyro's bit-vector LCS: V starts all ones; each evidence word with mask M updates
  // U = V & M, V = (V + U) | (V - U), with carries and borrows across blocks. The LCS
  // length is the number of zero bits among the claim's n positions.
  auto& v = scratch->v;
  v.assign(blocks, ~uint64_t{0});
  for (uint32_t q = lo; q < hi; ++q) {
    if (!IsWord(evidence, q)) continue;
    const size_t s = find_slot(evidence.stem_hash(q));
    if (rows[s] == kNoRow) continue;
    const uint64_t* m = &masks[rows[s] * blocks];
    uint64_t carry = 0, borrow = 0;
    for (size_t b = 0; b < blocks; ++b) {
      const uint64_t u = v[b] & m[b];
      const uint64_t sum1 = v[b] + u;
      const uint64_t sum = sum1 + carry;
      carry = static_cast<uint64_t>(sum1 < v[b]) | static_cast<uint64_t>(sum < sum1);
      const uint64_t diff1 = v[b] - u;
      const uint64_t diff = diff1 - borrow;
      borrow = static_cast<uint64_t>(v[b] < u) | static_cast<uint64_t>(diff1 < borrow);
      v[b] = sum | diff;
    }
  }
  CountWork(static_cast<uint64_t>(hi > lo ? hi - lo : 0) * blocks + n);
  size_t common = 0;
  for (size_t b = 0; b < blocks; ++b) {
    const size_t valid = std::min(kBits, n - b * kBits);
    const uint64_t low = valid == kBits ? ~uint64_t{0} : (uint64_t{1} << valid) - 1;
    common += valid - static_cast<size_t>(__builtin_popcountll(v[b] & low));
  }
  return static_cast<double>(common) / static_cast<double>(n);
}

}  // namespace claimcheck::internal
