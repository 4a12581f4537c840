// One `claimcheck batch` input line to one output line: a report, or an error record
// that says what was wrong with the line and where.
#ifndef CLAIMCHECK_CLI_BATCH_LINE_H_
#define CLAIMCHECK_CLI_BATCH_LINE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <simdjson.h>

#include "claimcheck/claimcheck.h"

namespace claimcheck::cli {

// Bytes that must be readable after any line handed to LineProcessor::Process.
inline constexpr size_t kLinePadding = simdjson::SIMDJSON_PADDING;

// Of a line over the length limit only this many first bytes are kept (fewer when the
// limit is lower): enough to find an id written as the line's first key.
inline constexpr size_t kLongLineHeadBytes = 4096;

// Not thread-safe: each worker owns one and reuses its parsers and buffers.
class LineProcessor {
 public:
  explicit LineProcessor(const Checker& checker) : checker_(checker) {}

  // Appends exactly one line (ending in '\n') to *out for the JSON in line[0, size).
  // `capacity` bytes from `line` are readable (capacity >= size + kLinePadding); the
  // bytes past `size` are never interpreted. `line_number` is 1-based, for error records.
  // Returns false when the line got an error record.
  bool Process(const char* line, size_t size, size_t capacity, size_t line_number,
               std::string* out);

  // Appends the input_too_large record of a line of `line_bytes` bytes, over the limit
  // `max_line_bytes`, of which only `head` (its first bytes) was kept. The id is echoed
  // when it is the line's first key and its value ends within `head`; otherwise null.
  void ProcessTooLong(std::string_view head, size_t line_bytes, size_t max_line_bytes,
                      size_t line_number, std::string* out);

 private:
  // The id as JSON text to echo, or empty for null.
  std::string_view RawId(const char* line, size_t size, size_t capacity,
                         simdjson::dom::element id);
  // The id of a line that is JSON but for invalid UTF-8, or empty for null.
  std::string_view RecoverId(const char* line, size_t size);
  // The id at the start of a line's head ({"id": <scalar>, ...), or empty for null.
  std::string_view LeadingId(std::string_view head);
  void AppendError(std::string_view id_json, std::string_view code, std::string_view message,
                   size_t line_number, size_t offset, std::string* out);

  const Checker& checker_;
  simdjson::dom::parser dom_;
  simdjson::ondemand::parser ondemand_;
  std::vector<std::string_view> sources_;
  std::string id_buffer_;
  std::string repaired_;
};

}  // namespace claimcheck::cli

#endif  // CLAIMCHECK_CLI_BATCH_LINE_H_
