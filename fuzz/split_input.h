// How the fuzz targets cut one input. The whole-pipeline targets (Split): a flags byte,
// then pieces separated by U+001E (record separator). The last piece is the summary, the
// others the sources (a single piece serves as both). Flags: bit 0 repairs invalid UTF-8
// (so mutations reach the checks past validation), bit 1 sets small limits (so windowing
// and the size errors are reached by small inputs), bits 2-3 pick max_evidence. The batch
// targets (ForEachBatchLine): lines, as `claimcheck batch` cuts its standard input.
#ifndef CLAIMCHECK_FUZZ_SPLIT_INPUT_H_
#define CLAIMCHECK_FUZZ_SPLIT_INPUT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/claimcheck.h"
#include "fuzz_util.h"

namespace claimcheck::fuzz {

inline constexpr char kSeparator = '\x1e';
inline constexpr size_t kMaxSources = 8;

struct SplitInput {
  bool small_limits = false;
  size_t max_evidence = 3;
  std::vector<std::string> sources;
  std::string summary;

  std::vector<std::string_view> SourceViews() const {
    return std::vector<std::string_view>(sources.begin(), sources.end());
  }
  Options MakeOptions() const {
    Options options;
    options.max_evidence = max_evidence;
    if (small_limits) {
      options.max_unit_bytes = 256;
      options.max_input_bytes = 2048;
    }
    return options;
  }
};

inline SplitInput Split(const uint8_t* data, size_t size) {
  SplitInput in;
  if (size == 0) return in;
  const uint8_t flags = data[0];
  const bool repair = (flags & 1) != 0;
  in.small_limits = (flags & 2) != 0;
  in.max_evidence = 1 + ((flags >> 2) & 3);
  std::vector<std::string> pieces;
  std::string_view rest = AsText(data + 1, size - 1);
  for (;;) {
    const size_t sep = rest.find(kSeparator);
    std::string_view piece = rest.substr(0, sep);
    pieces.push_back(repair ? RepairUtf8(piece) : std::string(piece));
    if (sep == std::string_view::npos) break;
    rest.remove_prefix(sep + 1);
  }
  in.summary = pieces.back();
  if (pieces.size() == 1) {
    in.sources.push_back(pieces.back());
  } else {
    pieces.pop_back();
    if (pieces.size() > kMaxSources) pieces.resize(kMaxSources);
    in.sources = std::move(pieces);
  }
  return in;
}

// Blank as `claimcheck batch` counts a line: spaces, tabs and carriage returns only.
inline bool IsBlankLine(std::string_view line) {
  for (char c : line) {
    if (c != ' ' && c != '\t' && c != '\r') return false;
  }
  return true;
}

// Calls `visit(line, line_number)` on each non-blank line of `input` (cut at '\n', without
// it), in order. Line numbers start at 1 and count the blank lines too, as the batch
// command's error records do.
template <typename Visit>
void ForEachBatchLine(std::string_view input, Visit&& visit) {
  size_t line_number = 0;
  for (size_t pos = 0; pos < input.size();) {
    size_t nl = input.find('\n', pos);
    if (nl == std::string_view::npos) nl = input.size();
    const std::string_view line = input.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_number;
    if (!IsBlankLine(line)) visit(line, line_number);
  }
}

}  // namespace claimcheck::fuzz

#endif  // CLAIMCHECK_FUZZ_SPLIT_INPUT_H_
