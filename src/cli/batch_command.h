// `claimcheck batch`: JSON lines in on stdin, one report (or error record) per non-blank
// line out on stdout, in input order whatever the thread count.
#ifndef CLAIMCHECK_CLI_BATCH_COMMAND_H_
#define CLAIMCHECK_CLI_BATCH_COMMAND_H_

#include <cstddef>

#include "claimcheck/claimcheck.h"

namespace claimcheck::cli {

struct BatchArgs {
  size_t threads = 0;  // 0 = hardware concurrency
  Options options;
  int input_fd = 0;
  int output_fd = 1;
};

// Exit codes: 0 every line got a report, 3 some got error records, 2 usage or I/O error.
int RunBatch(const BatchArgs& args);

}  // namespace claimcheck::cli

#endif  // CLAIMCHECK_CLI_BATCH_COMMAND_H_
