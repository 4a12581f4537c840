// `claimcheck check`: one summary against one or more source files, one report out.
#ifndef CLAIMCHECK_CLI_CHECK_COMMAND_H_
#define CLAIMCHECK_CLI_CHECK_COMMAND_H_

#include <string>
#include <vector>

#include "claimcheck/claimcheck.h"

namespace claimcheck::cli {

struct CheckArgs {
  std::vector<std::string> sources;  // paths; "-" = standard input
  std::string summary;
  std::string format = "text";       // text, json or html
  Options options;
};

// Exit codes: 0 consistent, 1 a unit is unsupported or contradicted, 2 usage/input error.
int RunCheck(const CheckArgs& args);

}  // namespace claimcheck::cli

#endif  // CLAIMCHECK_CLI_CHECK_COMMAND_H_
