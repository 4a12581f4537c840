// Fuzz target: the whole Checker on an input split into sources and a summary
// (split_input.h). A report must satisfy every span and count invariant, be the same on
// a second run, through Prepare and through the single-source overload, and serialize
// to valid JSON; an error must be the one the inputs call for (the summary is validated
// first, then each source in order) and name its limit, size or byte offset.
#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#ifdef CLAIMCHECK_FUZZ_HAVE_SIMDJSON
#include <simdjson.h>
#endif

#include "fuzz_util.h"
#include "split_input.h"
#include "text/utf8.h"

namespace {

using namespace claimcheck;

const Checker& CheckerFor(const fuzz::SplitInput& in) {
  static std::array<std::unique_ptr<Checker>, 8> checkers;
  const size_t slot = (in.small_limits ? 4 : 0) + (in.max_evidence - 1);
  if (!checkers[slot]) {
    auto created = Checker::Create(in.MakeOptions());
    FUZZ_CHECK(created.ok(), "Checker::Create: %s", created.status().message().c_str());
    checkers[slot] = std::make_unique<Checker>(std::move(created.value()));
  }
  return *checkers[slot];
}

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// White space as the Checker counts it: Unicode White_Space and the invisible format
// characters (zero-width space and joiners, word joiner, BOM). `s` is valid UTF-8.
bool IsBlank(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    int len = 0;
    const char32_t c = internal::DecodeUtf8At(s, i, &len);
    const bool blank = (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 ||
                       c == 0x1680 || (c >= 0x2000 && c <= 0x200D) || c == 0x2028 ||
                       c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x2060 ||
                       c == 0x3000 || c == 0xFEFF;
    if (!blank) return false;
    i += static_cast<size_t>(len);
  }
  return true;
}

// The error the input-level checks must give for `text`, if any: size, then encoding,
// then blankness. Returns false when the text passes them.
bool ExpectedInputError(const Options& options, std::string_view text, StatusCode* code,
                        size_t* offset) {
  internal::Utf8Error bad;
  if (text.size() > options.max_input_bytes) {
    *code = StatusCode::kInputTooLarge;
    *offset = Status::npos;
  } else if (!internal::ValidateUtf8(text, &bad)) {
    *code = StatusCode::kInvalidUtf8;
    *offset = bad.offset;
  } else if (IsBlank(text)) {
    *code = StatusCode::kEmptyInput;
    *offset = Status::npos;
  } else {
    return false;
  }
  return true;
}

void CheckErrorMatches(const Options& options, const fuzz::SplitInput& in, const Status& st) {
  fuzz::CheckError(st);
  StatusCode code;
  size_t offset;
  std::string_view culprit;
  bool expected = ExpectedInputError(options, in.summary, &code, &offset);
  if (expected) {
    culprit = in.summary;
  } else {
    for (const std::string& s : in.sources) {
      if (ExpectedInputError(options, s, &code, &offset)) {
        expected = true;
        culprit = s;
        break;
      }
    }
  }
  if (!expected) {
    // Past the input checks only the summary's segmentation can fail: no unit at all,
    // or a unit over max_unit_bytes.
    FUZZ_CHECK(st.code() == StatusCode::kEmptyInput || st.code() == StatusCode::kInputTooLarge,
               "unexpected error on valid inputs: %s", st.ToString().c_str());
    if (st.code() == StatusCode::kInputTooLarge) {
      FUZZ_CHECK(Contains(st.message(), "max_unit_bytes = " + std::to_string(options.max_unit_bytes)),
                 "the unit-size error does not name the limit: %s", st.message().c_str());
      FUZZ_CHECK(st.offset() < in.summary.size(), "the unit-size error has offset %zu",
                 st.offset());
    }
    return;
  }
  FUZZ_CHECK(st.code() == code, "expected %s, got %s", StatusCodeName(code),
             st.ToString().c_str());
  if (code == StatusCode::kInvalidUtf8) {
    FUZZ_CHECK(st.offset() == offset, "bad byte at %zu, error names %zu", offset, st.offset());
  }
  if (code == StatusCode::kInputTooLarge) {
    FUZZ_CHECK(Contains(st.message(), std::to_string(culprit.size())) &&
                   Contains(st.message(), std::to_string(options.max_input_bytes)),
               "the size error does not name the size and the limit: %s", st.message().c_str());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const fuzz::SplitInput in = fuzz::Split(data, size);
  const Checker& checker = CheckerFor(in);
  const std::vector<std::string_view> sources = in.SourceViews();

  auto report = checker.Check(sources, in.summary);
  if (!report.ok()) {
    CheckErrorMatches(checker.options(), in, report.status());
    auto again = checker.Check(sources, in.summary);
    FUZZ_CHECK(!again.ok() && again.status().code() == report.status().code() &&
                   again.status().message() == report.status().message() &&
                   again.status().offset() == report.status().offset(),
               "a second run gives another result");
    return 0;
  }
  fuzz::CheckReport(*report, sources, in.summary, checker.options().support_threshold);
  for (const Unit& u : report->sentences) {
    FUZZ_CHECK(u.end - u.begin <= checker.options().max_unit_bytes,
               "unit of %zu bytes passed max_unit_bytes", u.end - u.begin);
  }
  const std::string json = ToJson(*report);

  auto again = checker.Check(sources, in.summary);
  FUZZ_CHECK(again.ok() && ToJson(*again) == json, "a second run gives another report");

  auto prepared = checker.Prepare(sources);
  FUZZ_CHECK(prepared.ok(), "Prepare fails where Check succeeded: %s",
             prepared.status().ToString().c_str());
  for (int round = 0; round < 2; ++round) {  // a PreparedSources is reusable
    auto via_prepared = checker.Check(*prepared, in.summary);
    FUZZ_CHECK(via_prepared.ok() && ToJson(*via_prepared) == json,
               "Check through Prepare differs (round %d)", round);
  }
  if (sources.size() == 1) {
    auto single = checker.Check(sources[0], in.summary);
    FUZZ_CHECK(single.ok() && ToJson(*single) == json, "the single-source overload differs");
  }

#ifdef CLAIMCHECK_FUZZ_HAVE_SIMDJSON
  static simdjson::dom::parser parser;
  simdjson::dom::element root;
  const auto error = parser.parse(json).get(root);
  FUZZ_CHECK(!error, "ToJson output is not valid JSON: %s", simdjson::error_message(error));
  simdjson::dom::array sentences;
  FUZZ_CHECK(!root["sentences"].get_array().get(sentences) &&
                 sentences.size() == report->sentences.size(),
             "the JSON does not list every unit");
#endif
  return 0;
}
