// Parses one batch line with simdjson's DOM parser (it validates the whole line: JSON
// grammar and UTF-8, so a malformed field that we would otherwise skip is still caught)
// and checks the pair. Scalar ids are echoed as their exact input bytes.
#include "cli/batch_line.h"

#include "report/json_writer.h"
#include "text/utf8.h"

namespace claimcheck::cli {
namespace {

const char* TypeName(simdjson::dom::element_type type) {
  switch (type) {
    case simdjson::dom::element_type::ARRAY:
      return "an array";
    case simdjson::dom::element_type::OBJECT:
      return "an object";
    case simdjson::dom::element_type::INT64:
    case simdjson::dom::element_type::UINT64:
    case simdjson::dom::element_type::DOUBLE:
      return "a number";
    case simdjson::dom::element_type::STRING:
      return "a string";
    case simdjson::dom::element_type::BOOL:
      return "a boolean";
    case simdjson::dom::element_type::NULL_VALUE:
      return "null";
  }
  return "a value";
}

bool IsJsonSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Characters of a JSON number or literal (true, false, null); the parser judges the rest.
bool IsScalarChar(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         c == '-' || c == '+' || c == '.';
}

}  // namespace

void LineProcessor::AppendError(std::string_view id_json, std::string_view code,
                                std::string_view message, size_t line_number, size_t offset,
                                std::string* out) {
  out->append("{\"id\":");
  out->append(id_json.empty() ? std::string_view("null") : id_json);
  out->append(",\"error\":{\"code\":");
  internal::AppendJsonString(code, out);
  out->append(",\"message\":");
  internal::AppendJsonString(message, out);
  out->append(",\"line\":");
  internal::AppendJsonUnsigned(line_number, out);
  if (offset != Status::npos) {
    out->append(",\"offset\":");
    internal::AppendJsonUnsigned(offset, out);
  }
  out->append("}}\n");
}

std::string_view LineProcessor::RawId(const char* line, size_t size, size_t capacity,
                                      simdjson::dom::element id) {
  const auto type = id.type();
  if (type != simdjson::dom::element_type::ARRAY &&
      type != simdjson::dom::element_type::OBJECT) {
    // The DOM keeps values, not spellings; the on-demand parser hands back the token's
    // own bytes, so "id": 1.50 or "a\u00e9" come back exactly as given.
    std::string_view raw;
    auto doc = ondemand_.iterate(line, size, capacity);
    if (!doc.find_field_unordered("id").raw_json_token().get(raw)) {
      while (!raw.empty() && IsJsonSpace(raw.back())) raw.remove_suffix(1);
      if (!raw.empty()) return raw;
    }
  }
  // Containers (not expected as ids, but valid JSON) are echoed minified.
  id_buffer_ = simdjson::minify(id);
  return id_buffer_;
}

std::string_view LineProcessor::RecoverId(const char* line, size_t size) {
  // The bad bytes are usually inside a text field; with each one replaced by '?' the
  // line often parses, and its id lets the caller match the error to its pair.
  repaired_.assign(line, size);
  size_t from = 0;
  internal::Utf8Error bad;
  while (from < size &&
         !internal::ValidateUtf8(std::string_view(repaired_).substr(from), &bad)) {
    repaired_[from + bad.offset] = '?';
    from += bad.offset + 1;
  }
  repaired_.append(kLinePadding, '\0');
  simdjson::dom::element root;
  simdjson::dom::object object;
  simdjson::dom::element id;
  if (dom_.parse(repaired_.data(), size, false).get(root) || root.get_object().get(object) ||
      object["id"].get(id)) {
    return {};
  }
  return RawId(repaired_.data(), size, repaired_.size(), id);
}

std::string_view LineProcessor::LeadingId(std::string_view head) {
  // Only the common shape {"id": <scalar>, ...} is recognised: it costs a scan of a few
  // bytes, while finding an id anywhere would mean parsing a line that was not kept.
  size_t i = 0;
  auto skip_space = [&] {
    while (i < head.size() && IsJsonSpace(head[i])) ++i;
  };
  auto expect = [&](std::string_view token) {
    skip_space();
    if (head.substr(i, token.size()) != token) return false;
    i += token.size();
    return true;
  };
  if (!expect("{") || !expect("\"id\"") || !expect(":")) return {};
  skip_space();
  const size_t begin = i;
  if (i < head.size() && head[i] == '"') {
    for (++i; i < head.size() && head[i] != '"'; ++i) {
      if (head[i] == '\\') ++i;  // the escaped character cannot end the string
    }
    if (i >= head.size()) return {};
    ++i;
  } else {
    while (i < head.size() && IsScalarChar(head[i])) ++i;
  }
  const size_t end = i;
  skip_space();
  if (end == begin || i >= head.size() || (head[i] != ',' && head[i] != '}')) return {};
  // Echoed only when it is valid JSON on its own (UTF-8, escapes, number grammar).
  id_buffer_.assign(head.substr(begin, end - begin));
  const size_t size = id_buffer_.size();
  id_buffer_.append(kLinePadding, '\0');
  simdjson::dom::element value;
  if (dom_.parse(id_buffer_.data(), size, /*realloc_if_needed=*/false).get(value)) return {};
  return std::string_view(id_buffer_.data(), size);
}

void LineProcessor::ProcessTooLong(std::string_view head, size_t line_bytes,
                                   size_t max_line_bytes, size_t line_number,
                                   std::string* out) {
  AppendError(LeadingId(head), "input_too_large",
              "the line has " + std::to_string(line_bytes) +
                  " bytes, over the limit --max-line-bytes = " + std::to_string(max_line_bytes),
              line_number, Status::npos, out);
}

bool LineProcessor::Process(const char* line, size_t size, size_t capacity,
                            size_t line_number, std::string* out) {
  simdjson::dom::element root;
  const auto parse_error = dom_.parse(line, size, /*realloc_if_needed=*/false).get(root);
  if (parse_error) {
    if (parse_error == simdjson::UTF8_ERROR) {
      internal::Utf8Error bad;
      size_t offset = Status::npos;
      std::string message = "the line is not valid UTF-8";
      if (!internal::ValidateUtf8(std::string_view(line, size), &bad)) {
        offset = bad.offset;
        message += std::string(" (") + bad.what + ")";
      }
      AppendError(RecoverId(line, size), "invalid_utf8", message, line_number, offset, out);
    } else if (parse_error == simdjson::CAPACITY) {
      AppendError({}, "input_too_large", "the line is too large to parse", line_number,
                  Status::npos, out);
    } else {
      AppendError({}, "invalid_json",
                  std::string("the line is not valid JSON: ") + simdjson::error_message(parse_error),
                  line_number, Status::npos, out);
    }
    return false;
  }
  simdjson::dom::object object;
  if (root.get_object().get(object)) {
    AppendError({}, "invalid_json",
                std::string("the line is ") + TypeName(root.type()) + ", not a JSON object",
                line_number, Status::npos, out);
    return false;
  }

  std::string_view id_json;
  simdjson::dom::element id;
  if (!object["id"].get(id)) id_json = RawId(line, size, capacity, id);

  simdjson::dom::element summary_element;
  std::string_view summary;
  if (object["summary"].get(summary_element)) {
    AppendError(id_json, "missing_field", "no \"summary\"", line_number, Status::npos, out);
    return false;
  }
  if (summary_element.get_string().get(summary)) {
    AppendError(id_json, "invalid_field",
                std::string("\"summary\" must be a string, not ") +
                    TypeName(summary_element.type()),
                line_number, Status::npos, out);
    return false;
  }

  sources_.clear();
  simdjson::dom::element source, sources;
  const bool has_source = !object["source"].get(source);
  const bool has_sources = !object["sources"].get(sources);
  if (has_source == has_sources) {
    AppendError(id_json, has_source ? "invalid_field" : "missing_field",
                has_source ? "give either \"source\" or \"sources\", not both"
                           : "no \"source\" or \"sources\"",
                line_number, Status::npos, out);
    return false;
  }
  if (has_source) {
    std::string_view text;
    if (source.get_string().get(text)) {
      AppendError(id_json, "invalid_field",
                  std::string("\"source\" must be a string, not ") + TypeName(source.type()),
                  line_number, Status::npos, out);
      return false;
    }
    sources_.push_back(text);
  } else {
    simdjson::dom::array list;
    if (sources.get_array().get(list)) {
      AppendError(id_json, "invalid_field",
                  std::string("\"sources\" must be an array of strings, not ") +
                      TypeName(sources.type()),
                  line_number, Status::npos, out);
      return false;
    }
    for (simdjson::dom::element item : list) {
      std::string_view text;
      if (item.get_string().get(text)) {
        AppendError(id_json, "invalid_field",
                    "\"sources\"[" + std::to_string(sources_.size()) + "] must be a string, not " +
                        TypeName(item.type()),
                    line_number, Status::npos, out);
        return false;
      }
      sources_.push_back(text);
    }
    if (sources_.empty()) {
      AppendError(id_json, "invalid_field", "\"sources\" is empty", line_number, Status::npos,
                  out);
      return false;
    }
  }

  auto report = checker_.Check(sources_, summary);
  if (!report.ok()) {
    const Status& status = report.status();
    AppendError(id_json, StatusCodeName(status.code()), status.message(), line_number,
                status.offset(), out);
    return false;
  }
  internal::AppendReportJson(*report, id_json, out);
  out->push_back('\n');
  return true;
}

}  // namespace claimcheck::cli
