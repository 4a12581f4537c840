// claimcheck: checks a summary against its source document(s), unit by unit, and
// says with byte-exact evidence which units are supported, unsupported or contradicted.
//
// Usage:
//   auto checker = claimcheck::Checker::Create();          // once; then share it
//   if (!checker.ok()) { ... checker.status().message() ... }
//   auto report = checker->Check(source, summary);         // const, thread-safe
//   if (report.ok()) std::cout << claimcheck::ToJson(*report);
//
// Thread-safety: a Checker is immutable after Create(); every const method may be
// called from many threads at once. Reports and PreparedSources are plain values.
// Memory: a thread keeps the buffers of its last Check, emptied, for its next one when
// that check had at most 64 KB of input (sources and summary), and frees them after a
// longer one.
// Offsets: every begin/end is a byte offset into the caller's original UTF-8 input.
// Errors: bad input or bad options give a Status with a code, a message and, where
// there is one, the byte offset. A flagged summary is a successful Report, not an error.
// Nothing here throws except std::bad_alloc.
#ifndef CLAIMCHECK_CLAIMCHECK_H_
#define CLAIMCHECK_CLAIMCHECK_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "claimcheck/calibrated.h"
#include "claimcheck/version.h"

#if defined(_WIN32)
#define CLAIMCHECK_EXPORT
#elif defined(CLAIMCHECK_BUILDING)
#define CLAIMCHECK_EXPORT [[gnu::visibility("default")]]
#else
#define CLAIMCHECK_EXPORT
#endif

namespace claimcheck {

enum class StatusCode : int {
  kOk = 0,
  kInvalidArgument = 1,  // a bad option or argument
  kInvalidUtf8 = 2,      // input is not valid UTF-8; offset() is the first bad byte
  kInputTooLarge = 3,    // input over Options::max_input_bytes or a unit over max_unit_bytes
  kEmptyInput = 4,       // an empty (or whitespace-only) summary or source
  kInternal = 5,         // a bug or a failing dependency (ICU); never expected
};

// "ok", "invalid_argument", "invalid_utf8", "input_too_large", "empty_input", "internal".
CLAIMCHECK_EXPORT const char* StatusCodeName(StatusCode code);

class CLAIMCHECK_EXPORT [[nodiscard]] Status {
 public:
  static constexpr size_t npos = static_cast<size_t>(-1);

  Status() = default;  // ok
  Status(StatusCode code, std::string message, size_t offset = npos)
      : code_(code), message_(std::move(message)), offset_(offset) {}

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // Byte offset into the offending input, or npos when there is none.
  size_t offset() const { return offset_; }
  // "<code name>: <message>" plus " (byte N)" when there is an offset.
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
  size_t offset_ = npos;
};

// A value or a Status that says why there is none.
template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {  // NOLINT: implicit by design
    if (status_.ok()) status_ = Status(StatusCode::kInternal, "Result built from an ok Status");
  }

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  // Precondition: ok().
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T& operator*() & { return *value_; }
  const T& operator*() const& { return *value_; }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }

 private:
  Status status_;
  std::optional<T> value_;
};

struct Options {
  // A unit whose score is >= this is supported (when no finding contradicts it).
  // The default is fitted on the dev data by scripts/calibrate.py.
  double support_threshold = calibrated::kSupportThreshold;
  // Each source and the summary may have at most this many bytes; larger input is
  // rejected with kInputTooLarge (never truncated). Default 16 MiB.
  size_t max_input_bytes = size_t{16} << 20;
  // A summary unit may have at most this many bytes (kInputTooLarge past it).
  // Long source sentences are split into windows of this size instead. Default 64 KiB.
  size_t max_unit_bytes = size_t{64} << 10;
  // ICU locale for segmentation and case folding. Default "en".
  std::string locale = "en";
  // User equivalences: each inner list names one thing several ways, e.g.
  // {"Wenxin", "Ernie"}. Matching is case-insensitive on whole words or phrases.
  std::vector<std::vector<std::string>> aliases;
  // How many evidence spans to keep per unit, best first. Default 3 (1..16).
  size_t max_evidence = 3;
};

enum class UnitKind { kBody, kHeading, kBullet, kBoilerplate };
enum class Verdict { kSupported, kUnsupported, kContradicted, kSkipped };
enum class FindingKind {
  kUnsupportedContent,     // content words no source gives
  kNumberMismatch,         // a quantity the evidence does not give (or gives otherwise)
  kDateMismatch,           // a date or time the evidence does not give (or gives otherwise)
  kEntityMissing,          // a name no source mentions
  kEntitySwap,             // a fact tied to another name than the source ties it to
  kNegationFlip,           // the claim negates what the evidence affirms, or the reverse
  kDirectionFlip,          // rose vs fell, increase vs cut
  kAntonym,                // a word whose opposite, or another of a set that excludes it
                           // ("yellow" for "green"), stands in the evidence
  kComparisonUnsupported,  // a superlative or comparison the sources do not make
  kCertaintyRaised,        // the source hedges, the claim states it as fact
  kSplice,                 // two pieces copied from the sources, joined where they are not
  kRepetition,             // a phrase said twice where no source says it twice
  kWeakSupport,            // no finding above, but the score's parts fall short: what cost
                           // it most (reworded, out of order, thin evidence)
};

// "body", "heading", "bullet", "boilerplate" / "supported", ... / "number_mismatch", ...
CLAIMCHECK_EXPORT const char* ToString(UnitKind kind);
CLAIMCHECK_EXPORT const char* ToString(Verdict verdict);
CLAIMCHECK_EXPORT const char* ToString(FindingKind kind);

struct Evidence {
  size_t source = 0;  // index into the sources, in the order given
  size_t begin = 0;   // byte offsets into that source
  size_t end = 0;
  std::string text;   // exactly the source bytes [begin, end)
  double score = 0;   // alignment strength in [0,1]
};

struct Finding {
  FindingKind kind = FindingKind::kUnsupportedContent;
  size_t begin = 0;  // byte offsets into the summary
  size_t end = 0;
  std::string text;    // exactly the summary bytes [begin, end)
  std::string detail;  // one human-readable line
  // The conflicting span of a source, when there is one.
  bool has_source = false;
  size_t source = 0;
  size_t source_begin = 0;
  size_t source_end = 0;
  std::string source_text;
};

struct Unit {
  size_t index = 0;  // position among the summary's units
  size_t begin = 0;  // byte offsets into the summary
  size_t end = 0;
  UnitKind kind = UnitKind::kBody;
  std::string text;  // exactly the summary bytes [begin, end)
  Verdict verdict = Verdict::kSupported;
  double score = 1;  // in [0,1]; higher = better supported
  std::vector<Evidence> evidence;
  std::vector<Finding> findings;
};

struct Counts {
  size_t supported = 0;
  size_t unsupported = 0;
  size_t contradicted = 0;
  size_t skipped = 0;
};

struct Report {
  std::string id;           // free for the caller (batch copies the input id here)
  bool consistent = true;   // no unit unsupported or contradicted
  double score = 1;         // in [0,1]: the lowest score of the checked units
  Counts counts;
  std::vector<Unit> sentences;  // every unit of the summary, in order
};

// The report as one line of JSON (DESIGN.md's schema). `id` is written as given; when
// `id_json` is non-empty it is written verbatim as the id value (already JSON).
CLAIMCHECK_EXPORT std::string ToJson(const Report& report, std::string_view id_json = {});

// Sources segmented, normalized and indexed once, to check many summaries against.
// Cheap to copy (shared, immutable); safe to use from many threads at once.
class CLAIMCHECK_EXPORT PreparedSources {
 public:
  struct Impl;
  PreparedSources() = default;
  explicit PreparedSources(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
  size_t size() const;  // number of sources
  const Impl* impl() const { return impl_.get(); }

 private:
  std::shared_ptr<const Impl> impl_;
};

class CLAIMCHECK_EXPORT Checker {
 public:
  struct Impl;

  // Validates `options` and builds the ICU objects once.
  static Result<Checker> Create(const Options& options = {});

  Result<Report> Check(std::string_view source, std::string_view summary) const;
  // A unit is supported when any source supports it; evidence names its source index.
  Result<Report> Check(const std::vector<std::string_view>& sources,
                       std::string_view summary) const;
  Result<PreparedSources> Prepare(const std::vector<std::string_view>& sources) const;
  Result<Report> Check(const PreparedSources& sources, std::string_view summary) const;

  const Options& options() const;
  // The opaque insides (as PreparedSources::impl): for the library's own stage benchmarks.
  const Impl* impl() const { return impl_.get(); }

 private:
  explicit Checker(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
  std::shared_ptr<const Impl> impl_;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLAIMCHECK_H_
