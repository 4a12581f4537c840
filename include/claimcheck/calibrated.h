// The numbers fitted on ../shared/data/dev, in one reviewed file.
// Written by `python3 scripts/calibrate.py` (see the README's calibration section);
// edit by hand only to review a change the script proposes.
#ifndef CLAIMCHECK_CALIBRATED_H_
#define CLAIMCHECK_CALIBRATED_H_

namespace claimcheck::calibrated {

// A unit whose score reaches this is supported.
inline constexpr double kSupportThreshold = 0.5;

}  // namespace claimcheck::calibrated

#endif  // CLAIMCHECK_CALIBRATED_H_
