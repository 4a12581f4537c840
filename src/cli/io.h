// File and stream helpers for the CLI: whole-file reads that say precisely why they
// failed, and writes that report EPIPE and friends instead of dying of SIGPIPE.
#ifndef CLAIMCHECK_CLI_IO_H_
#define CLAIMCHECK_CLI_IO_H_

#include <string>
#include <string_view>

namespace claimcheck::cli {

// How a path is named in messages: "-" is "standard input".
std::string DisplayName(const std::string& path);

// Reads all of `path` ("-" = standard input) into *data. On failure returns false and
// sets *error to a message that names the file and the reason (missing, a directory,
// unreadable, more than `max_bytes`). An input over `max_bytes` is not read on: a pipe
// or a device such as /dev/zero may never end.
bool ReadWholeFile(const std::string& path, std::string* data, std::string* error,
                   size_t max_bytes = static_cast<size_t>(-1));

// Writes all of `data` to `fd`, retrying short writes and EINTR. Returns 0 or errno.
int WriteAll(int fd, std::string_view data);

// Ignores SIGPIPE so a closed reader shows up as EPIPE from write().
void IgnoreSigpipe();

}  // namespace claimcheck::cli

#endif  // CLAIMCHECK_CLI_IO_H_
