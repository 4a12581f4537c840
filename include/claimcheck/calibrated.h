// The numbers fitted on ../shared/data/dev, in one reviewed file.
// kSupportThreshold is written by `python3 scripts/calibrate.py` (see the README's
// calibration section); the weights above it are set by hand and checked with the same
// script. Edit by hand only to review a change the script proposes.
#ifndef CLAIMCHECK_CALIBRATED_H_
#define CLAIMCHECK_CALIBRATED_H_

#include <cstddef>
#include <cstdint>

namespace claimcheck::calibrated {

// Alignment: score lost per extra sentence in an evidence window, so that a window of
// 2-3 sentences wins only when it covers more of the claim.
inline constexpr double kWindowLengthPenalty = 0.02;
// Term weights: a number or a name weighs this many times its rarity alone.
inline constexpr double kNumberBoost = 1.5;
inline constexpr double kNameBoost = 1.3;
// A word no source has weighs its rarity times s^kNovelSpecificityPower, where
// s = 1 / (1 + ln(1 + f) / kCommonWordScale) and f is its count in WordNet's tagged corpus:
// a novel everyday word ("partly" for "partially") costs a claim far less than a novel
// name, which the fact checks judge anyway.
inline constexpr double kCommonWordScale = 4.0;
inline constexpr double kNovelSpecificityPower = 3.0;
// Coverage = this share of the weighted content words found in the best evidence window
// plus the rest of the share found anywhere in the sources.
inline constexpr double kEvidenceCoverageShare = 0.7;
// Evidence coverage = (1 - this) * the best window's share + this * the share of the best
// window together with the one that adds most to it: a sentence that fuses two distant
// passages is covered by the pair.
inline constexpr double kFusedEvidenceShare = 0.5;
// Unit score = coverage, times
// (1 - this * 4s(1-s)), s the share of its word trigrams found verbatim in the sources:
// partly copied, partly changed sentences lose most.
inline constexpr double kBrokenCopyPenalty = 0.5;
// Summary style: each unit then loses this * style * (1 - s), style being the median s
// of the summary's units (the lower median). In a summary most of whose sentences copy
// the sources (an extractive summariser), a sentence written otherwise is where invented
// content hides; a one-sentence or freely written summary is left as it is.
inline constexpr double kStyleGapPenalty = 0.6;
// Order: in a summary most of whose units say their evidence's words in its order (the
// lower median of their in-order shares, judge/in_order.h, reaches kExtractiveInOrder),
// each unit loses kInOrderGapPenalty * (1 - its share): where an extractive summariser
// writes a sentence otherwise, it has brought words in or moved them.
inline constexpr double kExtractiveInOrder = 0.8;
inline constexpr double kInOrderGapPenalty = 0.1;
// Splices: in a unit at least kSpliceMinCopied of whose word trigrams the sources hold,
// each place (at most kMaxSplices) where it joins two verbatim pieces, with at most
// kMaxSpliceGap words of its own between them, that no evidence window has within
// kBridgeTokens of each other, in order, costs kSplicePenalty: the claim attaches one
// passage's words to another's. A compression, which drops words between pieces that
// stand close together, costs nothing; nor does a fusion joined by words of its own
// ("..., while both companies use ...").
inline constexpr double kSpliceMinCopied = 0.7;
inline constexpr double kSplicePenalty = 0.2;
inline constexpr int kMaxSplices = 2;
inline constexpr uint32_t kBridgeTokens = 25;
inline constexpr size_t kMaxSpliceGap = 0;
// A contradicted unit's score is at most this, below any useful threshold, so that the
// document score (the lowest unit score) orders contradicted summaries last.
inline constexpr double kContradictedScoreCap = 0.05;

// A unit with a specific that no source backs scores at most this: below the threshold.
inline constexpr double kUnbackedFactScoreCap = 0.3;

// A unit whose score reaches this is supported.
inline constexpr double kSupportThreshold = 0.39;

}  // namespace claimcheck::calibrated

#endif  // CLAIMCHECK_CALIBRATED_H_
