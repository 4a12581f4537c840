// Fuzz target: `claimcheck batch` line handling (cli/batch_line.h). The input is cut into
// lines as the batch command cuts stdin; every non-blank line must give exactly one
// output line of valid JSON: a report, or an error record with the right line number,
// echoing the line's id when the line is JSON with an id. Twice the same line gives the
// same output.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <simdjson.h>

#include "cli/batch_line.h"
#include "fuzz_util.h"
#include "split_input.h"

namespace {

using namespace claimcheck;

// The id of `line` minified, when the line is a JSON object with a scalar id.
bool InputId(std::string_view line, std::string* id) {
  static simdjson::dom::parser parser;
  simdjson::dom::element root, value;
  simdjson::dom::object object;
  if (parser.parse(line.data(), line.size()).get(root) || root.get_object().get(object) ||
      object["id"].get(value)) {
    return false;
  }
  if (value.is_array() || value.is_object()) return false;
  *id = simdjson::minify(value);
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const Checker* const checker = [] {
    Options options;
    options.max_unit_bytes = 1024;  // reachable by small inputs
    auto created = Checker::Create(options);
    FUZZ_CHECK(created.ok(), "Checker::Create: %s", created.status().message().c_str());
    return new Checker(std::move(created.value()));
  }();
  static cli::LineProcessor processor(*checker);
  static simdjson::dom::parser out_parser;

  const std::string_view input = fuzz::AsText(data, size);
  std::string padded;
  std::string out, again;
  fuzz::ForEachBatchLine(input, [&](std::string_view line, size_t line_number) {
    padded.assign(line);
    padded.append(cli::kLinePadding, '\0');
    out.clear();
    const bool reported =
        processor.Process(padded.data(), line.size(), padded.size(), line_number, &out);
    FUZZ_CHECK(!out.empty() && out.back() == '\n' && out.find('\n') == out.size() - 1,
               "line %zu did not give exactly one output line", line_number);
    again.clear();
    processor.Process(padded.data(), line.size(), padded.size(), line_number, &again);
    FUZZ_CHECK(again == out, "line %zu gives another output the second time", line_number);

    simdjson::dom::element root;
    const auto error = out_parser.parse(out.data(), out.size() - 1).get(root);
    FUZZ_CHECK(!error, "output for line %zu is not JSON (%s): %s", line_number,
               simdjson::error_message(error), out.c_str());
    simdjson::dom::element id;
    FUZZ_CHECK(!root["id"].get(id), "output without an id: %s", out.c_str());
    simdjson::dom::element err;
    const bool is_error = !root["error"].get(err);
    FUZZ_CHECK(is_error != reported, "Process returned %d but the output is %s", reported,
               out.c_str());
    if (is_error) {
      std::string_view code, message;
      uint64_t line_field = 0;
      FUZZ_CHECK(!err["code"].get_string().get(code) && !code.empty() &&
                     !err["message"].get_string().get(message) && !message.empty() &&
                     !err["line"].get_uint64().get(line_field) && line_field == line_number,
                 "bad error record for line %zu: %s", line_number, out.c_str());
    } else {
      simdjson::dom::array sentences;
      FUZZ_CHECK(!root["sentences"].get_array().get(sentences), "report without sentences");
    }
    std::string want;
    if (InputId(line, &want)) {
      FUZZ_CHECK(simdjson::minify(id) == want, "line %zu: id %s echoed as %s", line_number,
                 want.c_str(), simdjson::minify(id).c_str());
    }
  });
  return 0;
}
