// The library options every subcommand accepts (--threshold, --max-input-bytes, --alias,
// --locale), added to a CLI11 subcommand and turned into claimcheck::Options.
#ifndef CLAIMCHECK_CLI_FLAGS_H_
#define CLAIMCHECK_CLI_FLAGS_H_

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "claimcheck/claimcheck.h"

namespace claimcheck::cli {

struct LibraryFlags {
  Options options;                  // starts at the library defaults
  std::vector<std::string> aliases;  // "A=B[=C...]", one equivalence each
};

// Registers the flags on `command`, writing into *flags when parsed.
void AddLibraryFlags(CLI::App* command, LibraryFlags* flags);

// Completes flags->options from the parsed flags. False with *error on a bad --alias.
bool FinishOptions(LibraryFlags* flags, std::string* error);

}  // namespace claimcheck::cli

#endif  // CLAIMCHECK_CLI_FLAGS_H_
