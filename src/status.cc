// Names of status codes and report enums: the strings the JSON contract and the CLI use.
#include <string>

#include "claimcheck/claimcheck.h"

namespace claimcheck {

const char* StatusCodeName(StatusCode code) {
  switch (code) {
    case StatusCode::kOk:
      return "ok";
    case StatusCode::kInvalidArgument:
      return "invalid_argument";
    case StatusCode::kInvalidUtf8:
      return "invalid_utf8";
    case StatusCode::kInputTooLarge:
      return "input_too_large";
    case StatusCode::kEmptyInput:
      return "empty_input";
    case StatusCode::kInternal:
      return "internal";
  }
  // Only reachable through a cast of an out-of-range int; a name beats a crash.
  return "unknown";
}

std::string Status::ToString() const {
  std::string out = StatusCodeName(code_);
  if (!message_.empty()) {
    out += ": ";
    out += message_;
  }
  if (offset_ != npos) {
    out += " (byte ";
    out += std::to_string(offset_);
    out += ')';
  }
  return out;
}

const char* ToString(UnitKind kind) {
  switch (kind) {
    case UnitKind::kBody:
      return "body";
    case UnitKind::kHeading:
      return "heading";
    case UnitKind::kBullet:
      return "bullet";
    case UnitKind::kBoilerplate:
      return "boilerplate";
  }
  return "unknown";
}

const char* ToString(Verdict verdict) {
  switch (verdict) {
    case Verdict::kSupported:
      return "supported";
    case Verdict::kUnsupported:
      return "unsupported";
    case Verdict::kContradicted:
      return "contradicted";
    case Verdict::kSkipped:
      return "skipped";
  }
  return "unknown";
}

const char* ToString(FindingKind kind) {
  switch (kind) {
    case FindingKind::kUnsupportedContent:
      return "unsupported_content";
    case FindingKind::kNumberMismatch:
      return "number_mismatch";
    case FindingKind::kDateMismatch:
      return "date_mismatch";
    case FindingKind::kEntityMissing:
      return "entity_missing";
    case FindingKind::kEntitySwap:
      return "entity_swap";
    case FindingKind::kNegationFlip:
      return "negation_flip";
    case FindingKind::kDirectionFlip:
      return "direction_flip";
    case FindingKind::kAntonym:
      return "antonym";
    case FindingKind::kComparisonUnsupported:
      return "comparison_unsupported";
    case FindingKind::kCertaintyRaised:
      return "certainty_raised";
    case FindingKind::kSplice:
      return "splice";
    case FindingKind::kRepetition:
      return "repetition";
    case FindingKind::kWeakSupport:
      return "weak_support";
  }
  return "unknown";
}

}  // namespace claimcheck
