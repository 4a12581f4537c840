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
  // The longest input line, in bytes before its '\n'; 0 = DefaultMaxLineBytes(options).
  // A longer line is read to its end without being kept and gets an input_too_large
  // record, so one huge line cannot exhaust memory.
  size_t max_line_bytes = 0;
  int input_fd = 0;
  int output_fd = 1;
};

// 4 x max_input_bytes + 64 KiB (saturating): room for a source and a summary at the
// input limit even when escaping doubles them (\uXXXX for CJK text), or for four plain
// sources at the limit, plus the id and the keys. 64 MiB + 64 KiB with the defaults.
[[nodiscard]] size_t DefaultMaxLineBytes(const Options& options);

// Exit codes: 0 every line got a report, 3 some got error records, 2 usage or I/O error.
int RunBatch(const BatchArgs& args);

}  // namespace claimcheck::cli

#endif  // CLAIMCHECK_CLI_BATCH_COMMAND_H_
