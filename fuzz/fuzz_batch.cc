// Fuzz target: the whole `claimcheck batch` pipeline (reader, workers, reordering writer)
// over the input as stdin, with two workers. Its output must be
// byte for byte what LineProcessor gives line by line: one line per non-blank input line,
// in input order, nothing lost or repeated, whatever the line endings and blank lines.
// The line limit is small, so lines over it (an input_too_large record each, however
// they straddle the reader's blocks) come up often.
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>

#include "cli/batch_command.h"
#include "cli/batch_line.h"
#include "cli/exit_codes.h"
#include "fuzz_util.h"
#include "split_input.h"

namespace {

using namespace claimcheck;

constexpr size_t kMaxLineBytes = 1024;  // fuzz_batch.cc and make_seed_corpus.py

Options FuzzOptions() {
  Options options;
  options.max_unit_bytes = 1024;
  return options;
}

int MemFile(const char* name) {
  const int fd = memfd_create(name, 0);
  FUZZ_CHECK(fd >= 0, "memfd_create failed");
  return fd;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const Checker* const checker = [] {
    auto created = Checker::Create(FuzzOptions());
    FUZZ_CHECK(created.ok(), "Checker::Create: %s", created.status().message().c_str());
    return new Checker(std::move(created.value()));
  }();
  const std::string_view input = fuzz::AsText(data, size);

  // What the pipeline must write: each non-blank line through one LineProcessor.
  cli::LineProcessor processor(*checker);
  std::string expected;
  std::string padded;
  bool any_error = false;
  fuzz::ForEachBatchLine(input, [&](std::string_view line, size_t line_number) {
    if (line.size() > kMaxLineBytes) {
      processor.ProcessTooLong(line.substr(0, std::min(cli::kLongLineHeadBytes, kMaxLineBytes)),
                               line.size(), kMaxLineBytes, line_number, &expected);
      any_error = true;
      return;
    }
    padded.assign(line);
    padded.append(cli::kLinePadding, '\0');
    any_error |= !processor.Process(padded.data(), line.size(), padded.size(), line_number,
                                    &expected);
  });

  const int in_fd = MemFile("batch-in");
  const int out_fd = MemFile("batch-out");
  for (size_t done = 0; done < input.size();) {
    const ssize_t n = write(in_fd, input.data() + done, input.size() - done);
    FUZZ_CHECK(n > 0, "write to memfd failed");
    done += static_cast<size_t>(n);
  }
  lseek(in_fd, 0, SEEK_SET);
  cli::BatchArgs args;
  args.threads = 2;
  args.options = FuzzOptions();
  args.max_line_bytes = kMaxLineBytes;
  args.input_fd = in_fd;
  args.output_fd = out_fd;
  const int rc = cli::RunBatch(args);
  std::string output(static_cast<size_t>(lseek(out_fd, 0, SEEK_CUR)), '\0');
  FUZZ_CHECK(pread(out_fd, output.data(), output.size(), 0) ==
                 static_cast<ssize_t>(output.size()),
             "cannot read the output back");
  close(in_fd);
  close(out_fd);

  FUZZ_CHECK(output == expected, "the pipeline's output differs from line-by-line processing "
             "(%zu bytes vs %zu)", output.size(), expected.size());
  FUZZ_CHECK(rc == (any_error ? cli::kExitSomeLinesFailed : cli::kExitConsistent),
             "exit code %d, expected %d", rc,
             any_error ? cli::kExitSomeLinesFailed : cli::kExitConsistent);
  return 0;
}
