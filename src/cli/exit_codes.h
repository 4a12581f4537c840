// The CLI's exit codes (DESIGN.md's contract; outside scripts rely on them).
#ifndef CLAIMCHECK_CLI_EXIT_CODES_H_
#define CLAIMCHECK_CLI_EXIT_CODES_H_

namespace claimcheck::cli {

inline constexpr int kExitConsistent = 0;  // check: no unit flagged; batch: no line failed
inline constexpr int kExitFlagged = 1;     // check: a unit is unsupported or contradicted
inline constexpr int kExitUsage = 2;       // usage, option, input or output error
inline constexpr int kExitSomeLinesFailed = 3;  // batch: some lines got error records

}  // namespace claimcheck::cli

#endif  // CLAIMCHECK_CLI_EXIT_CODES_H_
