// In-order share: how much of a claim its evidence says in the same order. A compression
// drops words of its source sentence and keeps the rest in order, so its share stays near
// 1 however much it drops; a sentence that brings in words of its own, or puts the
// source's words in another order ("Witnesses said he had ..." from "he claimed he had
// ..., but witnesses said"), falls below. The share is the length of the longest common
// subsequence of the two word sequences (by stem) over the claim's word count.
#ifndef CLAIMCHECK_JUDGE_IN_ORDER_H_
#define CLAIMCHECK_JUDGE_IN_ORDER_H_

#include <cstdint>
#include <vector>

#include "text/analyzer.h"

namespace claimcheck::internal {

// Buffers for InOrderShare, reused across units.
struct InOrderScratch {
  std::vector<uint64_t> claim;     // the claim's word stem hashes
  std::vector<uint64_t> slots;     // open-addressing table: stem hash per slot
  std::vector<uint32_t> slot_row;  // the slot's row of `masks`
  std::vector<uint64_t> masks;     // per distinct claim stem: the claim positions it has
  std::vector<uint64_t> v;         // the bit-parallel state
};

// The in-order share of the claim's words (tokens [claim_begin, claim_end) of `claim`
// with a letter or digit) in the evidence tokens [lo, hi) of `evidence`, in [0, 1]; 1 for
// a claim without words. Bit-parallel (Hyyro's algorithm): the work is the evidence's
// length times the claim's length / 64, so a long source sentence costs linear time.
double InOrderShare(const AnalyzedText& claim, uint32_t claim_begin, uint32_t claim_end,
                    const AnalyzedText& evidence, uint32_t lo, uint32_t hi,
                    InOrderScratch* scratch);

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_JUDGE_IN_ORDER_H_
