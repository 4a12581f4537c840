// `claimcheck check`. Inputs are validated here first so that an error names the file
// it is about (the library only knows "a source" or "the summary").
#include "cli/check_command.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>

#include "cli/exit_codes.h"
#include "cli/io.h"
#include "report/html_writer.h"
#include "report/json_writer.h"
#include "report/text_writer.h"
#include "text/utf8.h"

namespace claimcheck::cli {
namespace {

void Fail(const std::string& message) {
  std::fprintf(stderr, "claimcheck: %s\n", message.c_str());
}

bool IsBlank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}

// Names the input a file-level problem is in; false (with a message) when there is one.
bool ValidateInput(const std::string& path, const char* role, std::string_view data,
                   const Options& options) {
  const std::string name = DisplayName(path);
  if (data.size() > options.max_input_bytes) {
    Fail(name + ": " + role + " has " + std::to_string(data.size()) +
         " bytes, more than --max-input-bytes " + std::to_string(options.max_input_bytes));
    return false;
  }
  internal::Utf8Error err;
  if (!internal::ValidateUtf8(data, &err)) {
    Fail(name + ": invalid UTF-8 at byte " + std::to_string(err.offset) + " (" + err.what +
         ")");
    return false;
  }
  if (IsBlank(data)) {
    Fail(name + ": " + role + " is empty");
    return false;
  }
  return true;
}

bool UseColor() {
  if (!isatty(STDOUT_FILENO)) return false;
  const char* no_color = std::getenv("NO_COLOR");
  return no_color == nullptr || no_color[0] == '\0';
}

}  // namespace

int RunCheck(const CheckArgs& args) {
  size_t stdin_uses = args.summary == "-" ? 1 : 0;
  for (const std::string& s : args.sources) stdin_uses += s == "-" ? 1 : 0;
  if (stdin_uses > 1) {
    Fail("'-' (standard input) may stand for at most one of --source and --summary");
    return kExitUsage;
  }
  if (args.format != "text" && args.format != "json" && args.format != "html") {
    Fail("--format must be text, json or html, not \"" + args.format + "\"");
    return kExitUsage;
  }

  auto checker = Checker::Create(args.options);
  if (!checker.ok()) {
    Fail("bad option: " + checker.status().ToString());
    return kExitUsage;
  }

  std::vector<std::string> source_data(args.sources.size());
  std::string summary_data;
  std::string error;
  for (size_t i = 0; i < args.sources.size(); ++i) {
    if (!ReadWholeFile(args.sources[i], &source_data[i], &error,
                       args.options.max_input_bytes)) {
      Fail(error);
      return kExitUsage;
    }
    if (!ValidateInput(args.sources[i], "source", source_data[i], args.options)) {
      return kExitUsage;
    }
  }
  if (!ReadWholeFile(args.summary, &summary_data, &error, args.options.max_input_bytes)) {
    Fail(error);
    return kExitUsage;
  }
  if (!ValidateInput(args.summary, "summary", summary_data, args.options)) return kExitUsage;

  std::vector<std::string_view> sources(source_data.begin(), source_data.end());
  auto report = checker->Check(sources, summary_data);
  if (!report.ok()) {
    // Pre-validation caught the file-level problems; what is left (e.g. one overlong
    // unit) is about the pair, so name both.
    std::string names = DisplayName(args.summary) + " against";
    for (const std::string& s : args.sources) names += " " + DisplayName(s);
    Fail(names + ": " + report.status().ToString());
    return kExitUsage;
  }

  std::string out;
  if (args.format == "json") {
    internal::AppendReportJson(*report, {}, &out);
    out.push_back('\n');
  } else if (args.format == "text") {
    internal::TextOptions text_options;
    text_options.color = UseColor();
    for (const std::string& s : args.sources) text_options.source_names.push_back(DisplayName(s));
    out = internal::ToText(*report, text_options);
  } else {
    internal::HtmlOptions html_options;
    html_options.summary = summary_data;
    html_options.summary_name = DisplayName(args.summary);
    for (const std::string& s : args.sources) html_options.source_names.push_back(DisplayName(s));
    out = internal::ToHtml(*report, html_options);
  }
  if (const int err = WriteAll(STDOUT_FILENO, out); err != 0) {
    Fail(std::string("cannot write the report to standard output: ") + std::strerror(err));
    return kExitUsage;
  }
  return report->counts.unsupported + report->counts.contradicted == 0 ? kExitConsistent
                                                                         : kExitFlagged;
}

}  // namespace claimcheck::cli
