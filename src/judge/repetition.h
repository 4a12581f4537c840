// Repetition: a claim that says a phrase twice where no source does ("at twickenham at
// twickenham", "myleene klass made a swipe at myleene klass"). Summarisers that lose track
// of what they have written stutter this way, and the phrase they repeat usually stands
// where another word or name belongs: the claim no longer says what the source says.
#ifndef CLAIMCHECK_JUDGE_REPETITION_H_
#define CLAIMCHECK_JUDGE_REPETITION_H_

#include <string_view>

#include "checker_impl.h"

namespace claimcheck::internal {

// Looks in the unit `seg` of the summary for
// - a phrase of one to four words followed at once by the same words, with a word in it
//   that is neither a stop word nor a number, and
// - a name of two words (one of them a word of three or more letters the lexicon does not
//   know, whatever its case) said twice within a few words of one sentence, or
// - one such word, not a place, said twice within a few words of one clause (no comma or
//   joining word between), or joined to itself by "and" or "or",
// that no source repeats the same way (the doubled words nowhere in a source; the name
// twice in no source sentence). Adds one repetition finding for the first and returns
// true, or returns false. Work is linear in the unit's length, with at most a fixed number
// of source scans per unit.
bool AddRepetition(const PreparedSources::Impl& sources, std::string_view summary,
                   const AnalyzedText& analyzed, const Segment& seg, Unit* out);

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_JUDGE_REPETITION_H_
