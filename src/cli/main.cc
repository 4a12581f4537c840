// The claimcheck command-line tool: `check` for one summary, `batch` for JSON lines.
// Parsing and exit codes live here; the work is in check_command.cc and batch_command.cc.
#include <cstdio>
#include <string>

#include <CLI/CLI.hpp>

#include "claimcheck/claimcheck.h"
#include "cli/batch_command.h"
#include "cli/check_command.h"
#include "cli/exit_codes.h"
#include "cli/flags.h"
#include "cli/io.h"

namespace claimcheck::cli {
namespace {

int Main(int argc, char** argv) {
  IgnoreSigpipe();
  CLI::App app{
      "claimcheck: checks a summary against its source article(s), sentence by sentence.\n"
      "Each unit of the summary is supported, unsupported, contradicted or skipped."};
  app.name("claimcheck");
  app.set_version_flag("--version", "claimcheck " CLAIMCHECK_VERSION_STRING);
  app.require_subcommand(1);
  app.footer(
      "Exit codes: check 0 = consistent, 1 = a unit is unsupported or contradicted;\n"
      "batch 0 = every line got a report, 3 = some lines got error records; 2 = usage or\n"
      "input error.");

  CheckArgs check_args;
  LibraryFlags check_flags;
  CLI::App* check = app.add_subcommand("check", "Check one summary against source file(s)");
  check->add_option("--source", check_args.sources, "A source file ('-' = stdin); repeatable")
      ->required()
      ->allow_extra_args(false);
  check->add_option("--summary", check_args.summary, "The summary file ('-' = stdin)")
      ->required();
  check->add_option("--format", check_args.format, "Output: text, json or html")
      ->check(CLI::IsMember({"text", "json", "html"}))
      ->default_val("text");
  AddLibraryFlags(check, &check_flags);

  BatchArgs batch_args;
  LibraryFlags batch_flags;
  CLI::App* batch = app.add_subcommand(
      "batch",
      "Check JSON lines from stdin ({\"id\", \"source\" or \"sources\", \"summary\"}); one "
      "report per non-blank line on stdout, in input order");
  batch->add_option("--threads", batch_args.threads,
                    "Worker threads (default: the number of hardware threads)")
      ->check(CLI::Range(size_t{1}, size_t{1024}));
  batch->add_option("--max-line-bytes", batch_args.max_line_bytes,
                    "Longest input line in bytes; a longer one is read past without being "
                    "kept and gets an input_too_large record (default: 4 x "
                    "--max-input-bytes + 65536)")
      ->check(CLI::PositiveNumber);
  batch->footer(
      "Blank lines give no output; every other line gives exactly one line: its report, or\n"
      "{\"id\", \"error\": {\"code\", \"message\", \"line\", \"offset\"?}}. Codes: invalid_json,\n"
      "invalid_utf8, missing_field, invalid_field, input_too_large, empty_input, ...\n"
      "The id is echoed as written (string, number or null; null when absent).");
  AddLibraryFlags(batch, &batch_flags);

  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {  // --help, --version
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);  // prints the message (and a hint) to stderr
    return kExitUsage;
  }

  std::string error;
  if (check->parsed()) {
    if (!FinishOptions(&check_flags, &error)) {
      std::fprintf(stderr, "claimcheck: %s\n", error.c_str());
      return kExitUsage;
    }
    check_args.options = check_flags.options;
    return RunCheck(check_args);
  }
  if (!FinishOptions(&batch_flags, &error)) {
    std::fprintf(stderr, "claimcheck: %s\n", error.c_str());
    return kExitUsage;
  }
  batch_args.options = batch_flags.options;
  return RunBatch(batch_args);
}

}  // namespace
}  // namespace claimcheck::cli

int main(int argc, char** argv) {
  // Nothing below is expected to throw but std::bad_alloc; a message beats an abort.
  try {
    return claimcheck::cli::Main(argc, argv);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "claimcheck: %s\n", e.what());
    return claimcheck::cli::kExitUsage;
  }
}
