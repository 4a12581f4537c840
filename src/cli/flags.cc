// Library options on the command line. Range checks here give a usage error naming the
// flag; Checker::Create validates again, so the library stays the authority.
#include "cli/flags.h"

namespace claimcheck::cli {

void AddLibraryFlags(CLI::App* command, LibraryFlags* flags) {
  Options& o = flags->options;
  command->add_option("--threshold", o.support_threshold,
                      "A unit whose score reaches this is supported (0..1)")
      ->check(CLI::Range(0.0, 1.0))
      ->default_val(o.support_threshold);
  command->add_option("--max-input-bytes", o.max_input_bytes,
                      "Reject a source or summary larger than this many bytes")
      ->check(CLI::PositiveNumber)
      ->default_val(o.max_input_bytes);
  command->add_option("--alias", flags->aliases,
                      "Names for one thing, e.g. \"Wenxin=Ernie\" (repeatable)")
      ->type_name("A=B[=C]")
      ->allow_extra_args(false);
  command->add_option("--locale", o.locale, "ICU locale for segmentation and case folding")
      ->default_val(o.locale);
}

bool FinishOptions(LibraryFlags* flags, std::string* error) {
  flags->options.aliases.clear();
  for (const std::string& spec : flags->aliases) {
    std::vector<std::string> names;
    size_t start = 0;
    for (;;) {
      const size_t eq = spec.find('=', start);
      std::string name = spec.substr(start, eq == std::string::npos ? std::string::npos
                                                                     : eq - start);
      // Surrounding spaces are a quoting accident, not part of the name.
      const size_t b = name.find_first_not_of(" \t");
      const size_t e = name.find_last_not_of(" \t");
      name = b == std::string::npos ? std::string() : name.substr(b, e - b + 1);
      if (name.empty()) {
        *error = "--alias \"" + spec + "\": every name between '=' must be non-empty";
        return false;
      }
      names.push_back(std::move(name));
      if (eq == std::string::npos) break;
      start = eq + 1;
    }
    if (names.size() < 2) {
      *error = "--alias \"" + spec + "\": give at least two names, as A=B";
      return false;
    }
    flags->options.aliases.push_back(std::move(names));
  }
  return true;
}

}  // namespace claimcheck::cli
