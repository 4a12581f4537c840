// The C API (include/claimcheck/claimcheck_c.h): opaque handles over the C++ classes.
// Every entry point that can allocate runs inside Guard(), so no exception crosses into C.
#include "claimcheck/claimcheck_c.h"

#include <cstring>
#include <exception>
#include <new>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "claimcheck/claimcheck.h"

using claimcheck::Status;
using claimcheck::StatusCode;

struct cc_error {
  cc_status code;
  std::string message;
  size_t offset;
};

struct cc_options {
  claimcheck::Options options;
};

struct cc_checker {
  claimcheck::Checker checker;
};

struct cc_prepared {
  claimcheck::Checker checker;  // keeps the checker that built it alive, and names it
  claimcheck::PreparedSources sources;
};

struct cc_report {
  claimcheck::Report report;
};

namespace {

// The C enums mirror the C++ ones value for value: conversions are casts.
static_assert(CC_OK == static_cast<int>(StatusCode::kOk));
static_assert(CC_ERR_INVALID_ARGUMENT == static_cast<int>(StatusCode::kInvalidArgument));
static_assert(CC_ERR_INVALID_UTF8 == static_cast<int>(StatusCode::kInvalidUtf8));
static_assert(CC_ERR_INPUT_TOO_LARGE == static_cast<int>(StatusCode::kInputTooLarge));
static_assert(CC_ERR_EMPTY_INPUT == static_cast<int>(StatusCode::kEmptyInput));
static_assert(CC_ERR_INTERNAL == static_cast<int>(StatusCode::kInternal));
static_assert(CC_UNIT_BODY == static_cast<int>(claimcheck::UnitKind::kBody));
static_assert(CC_UNIT_BOILERPLATE == static_cast<int>(claimcheck::UnitKind::kBoilerplate));
static_assert(CC_VERDICT_SUPPORTED == static_cast<int>(claimcheck::Verdict::kSupported));
static_assert(CC_VERDICT_SKIPPED == static_cast<int>(claimcheck::Verdict::kSkipped));
static_assert(CC_FINDING_UNSUPPORTED_CONTENT ==
              static_cast<int>(claimcheck::FindingKind::kUnsupportedContent));
static_assert(CC_FINDING_SPLICE == static_cast<int>(claimcheck::FindingKind::kSplice));
static_assert(CC_FINDING_REPETITION == static_cast<int>(claimcheck::FindingKind::kRepetition));
static_assert(CC_FINDING_WEAK_SUPPORT == static_cast<int>(claimcheck::FindingKind::kWeakSupport));
static_assert(CC_NO_OFFSET == Status::npos);

// Handed out when even a cc_error cannot be allocated; cc_error_free knows not to free it.
cc_error kOutOfMemory{CC_ERR_INTERNAL, std::string(), CC_NO_OFFSET};
constexpr char kOutOfMemoryMessage[] = "out of memory";

cc_status SetError(cc_error** err, cc_status code, std::string message,
                   size_t offset = CC_NO_OFFSET) noexcept {
  if (err != nullptr) {
    try {
      *err = new cc_error{code, std::move(message), offset};
    } catch (...) {
      *err = &kOutOfMemory;
    }
  }
  return code;
}

cc_status SetError(cc_error** err, const Status& status) noexcept {
  try {
    return SetError(err, static_cast<cc_status>(status.code()), status.message(),
                    status.offset());
  } catch (...) {  // copying the message failed
    if (err != nullptr) *err = &kOutOfMemory;
    return static_cast<cc_status>(status.code());
  }
}

// Runs `body` (returning cc_status) with every exception turned into an error.
template <class F>
cc_status Guard(cc_error** err, F&& body) noexcept {
  try {
    return body();
  } catch (const std::bad_alloc&) {
    if (err != nullptr) *err = &kOutOfMemory;
    return CC_ERR_INTERNAL;
  } catch (const std::exception& e) {
    return SetError(err, CC_ERR_INTERNAL, std::string("internal error: ") + e.what());
  } catch (...) {
    return SetError(err, CC_ERR_INTERNAL, "internal error: unknown exception");
  }
}

// Validates the (sources, lens, n) triple and views it. `what` is the function's name.
cc_status ViewSources(const char* const* sources, const size_t* source_lens, size_t n_sources,
                      std::vector<std::string_view>* out, cc_error** err) {
  if (n_sources == 0) return SetError(err, CC_ERR_INVALID_ARGUMENT, "no source given");
  if (sources == nullptr || source_lens == nullptr) {
    return SetError(err, CC_ERR_INVALID_ARGUMENT, "sources and source_lens must not be NULL");
  }
  out->reserve(n_sources);
  for (size_t i = 0; i < n_sources; ++i) {
    if (sources[i] == nullptr && source_lens[i] != 0) {
      return SetError(err, CC_ERR_INVALID_ARGUMENT,
                      "source " + std::to_string(i) + " is NULL with a non-zero length");
    }
    out->emplace_back(sources[i] == nullptr ? "" : sources[i], source_lens[i]);
  }
  return CC_OK;
}

cc_status ViewSummary(const char* summary, size_t summary_len, std::string_view* out,
                      cc_error** err) {
  if (summary == nullptr && summary_len != 0) {
    return SetError(err, CC_ERR_INVALID_ARGUMENT, "summary is NULL with a non-zero length");
  }
  *out = std::string_view(summary == nullptr ? "" : summary, summary_len);
  return CC_OK;
}

cc_status FinishCheck(claimcheck::Result<claimcheck::Report> result, cc_report** out,
                      cc_error** err) {
  if (!result.ok()) return SetError(err, result.status());
  *out = new cc_report{std::move(*result)};
  return CC_OK;
}

void ClearOut(cc_error** err) {
  if (err != nullptr) *err = nullptr;
}

const claimcheck::Unit* UnitAt(const cc_report* report, size_t unit) {
  if (report == nullptr || unit >= report->report.sentences.size()) return nullptr;
  return &report->report.sentences[unit];
}

const claimcheck::Evidence* EvidenceAt(const cc_report* report, size_t unit, size_t i) {
  const claimcheck::Unit* u = UnitAt(report, unit);
  if (u == nullptr || i >= u->evidence.size()) return nullptr;
  return &u->evidence[i];
}

const claimcheck::Finding* FindingAt(const cc_report* report, size_t unit, size_t i) {
  const claimcheck::Unit* u = UnitAt(report, unit);
  if (u == nullptr || i >= u->findings.size()) return nullptr;
  return &u->findings[i];
}

const char* Text(const std::string* s, size_t* len) {
  if (len != nullptr) *len = s == nullptr ? 0 : s->size();
  return s == nullptr ? nullptr : s->c_str();
}

// The length of the longest prefix of text[0, n) that ends on a whole UTF-8 sequence.
size_t CutToSequence(const char* text, size_t n) {
  size_t start = n;
  while (start > 0 && (static_cast<unsigned char>(text[start - 1]) & 0xC0) == 0x80) --start;
  if (start == 0) return n;  // no lead byte: not UTF-8 to speak of, cut at n
  const auto lead = static_cast<unsigned char>(text[start - 1]);
  const size_t need = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
  return n - (start - 1) >= need ? n : start - 1;
}

}  // namespace

extern "C" {

const char* cc_version(void) { return CLAIMCHECK_VERSION_STRING; }

const char* cc_status_name(cc_status status) {
  if (status == CC_ERR_BUFFER_TOO_SMALL) return "buffer_too_small";
  if (status < CC_OK || status > CC_ERR_INTERNAL) return "unknown";
  return claimcheck::StatusCodeName(static_cast<StatusCode>(status));
}

// ---- Errors ----

cc_status cc_error_code(const cc_error* error) {
  return error == nullptr ? CC_ERR_INVALID_ARGUMENT : error->code;
}

const char* cc_error_message(const cc_error* error) {
  if (error == nullptr) return "";
  if (error == &kOutOfMemory) return kOutOfMemoryMessage;
  return error->message.c_str();
}

size_t cc_error_offset(const cc_error* error) {
  return error == nullptr ? CC_NO_OFFSET : error->offset;
}

void cc_error_free(cc_error* error) {
  if (error != &kOutOfMemory) delete error;
}

// ---- Options ----

cc_options* cc_options_create(void) { return new (std::nothrow) cc_options(); }

void cc_options_free(cc_options* options) { delete options; }

cc_status cc_options_set_threshold(cc_options* options, double threshold) {
  if (options == nullptr) return CC_ERR_INVALID_ARGUMENT;
  options->options.support_threshold = threshold;
  return CC_OK;
}

cc_status cc_options_set_max_input_bytes(cc_options* options, size_t bytes) {
  if (options == nullptr) return CC_ERR_INVALID_ARGUMENT;
  options->options.max_input_bytes = bytes;
  return CC_OK;
}

cc_status cc_options_set_max_unit_bytes(cc_options* options, size_t bytes) {
  if (options == nullptr) return CC_ERR_INVALID_ARGUMENT;
  options->options.max_unit_bytes = bytes;
  return CC_OK;
}

cc_status cc_options_set_max_evidence(cc_options* options, size_t count) {
  if (options == nullptr) return CC_ERR_INVALID_ARGUMENT;
  options->options.max_evidence = count;
  return CC_OK;
}

cc_status cc_options_set_locale(cc_options* options, const char* locale) {
  if (options == nullptr || locale == nullptr) return CC_ERR_INVALID_ARGUMENT;
  return Guard(nullptr, [&] {
    options->options.locale = locale;
    return CC_OK;
  });
}

cc_status cc_options_add_alias_group(cc_options* options, const char* const* names,
                                     const size_t* lens, size_t n) {
  if (options == nullptr || (names == nullptr && n != 0)) return CC_ERR_INVALID_ARGUMENT;
  for (size_t i = 0; i < n; ++i) {
    if (names[i] == nullptr && (lens == nullptr || lens[i] != 0)) return CC_ERR_INVALID_ARGUMENT;
  }
  return Guard(nullptr, [&] {
    std::vector<std::string> group;
    group.reserve(n);
    for (size_t i = 0; i < n; ++i) {
      if (names[i] == nullptr) {
        group.emplace_back();
      } else if (lens == nullptr) {
        group.emplace_back(names[i]);
      } else {
        group.emplace_back(names[i], lens[i]);
      }
    }
    options->options.aliases.push_back(std::move(group));
    return CC_OK;
  });
}

// ---- Checker ----

cc_checker* cc_checker_create(const cc_options* options, cc_error** err) {
  ClearOut(err);
  cc_checker* checker = nullptr;
  Guard(err, [&] {
    auto created = options == nullptr ? claimcheck::Checker::Create()
                                      : claimcheck::Checker::Create(options->options);
    if (!created.ok()) return SetError(err, created.status());
    checker = new cc_checker{std::move(*created)};
    return CC_OK;
  });
  return checker;
}

void cc_checker_free(cc_checker* checker) { delete checker; }

cc_status cc_check(const cc_checker* checker, const char* const* sources,
                   const size_t* source_lens, size_t n_sources, const char* summary,
                   size_t summary_len, cc_report** out, cc_error** err) {
  ClearOut(err);
  if (out == nullptr) return SetError(err, CC_ERR_INVALID_ARGUMENT, "out must not be NULL");
  *out = nullptr;
  if (checker == nullptr) return SetError(err, CC_ERR_INVALID_ARGUMENT, "checker is NULL");
  return Guard(err, [&] {
    std::vector<std::string_view> views;
    std::string_view summary_view;
    cc_status st = ViewSources(sources, source_lens, n_sources, &views, err);
    if (st != CC_OK) return st;
    st = ViewSummary(summary, summary_len, &summary_view, err);
    if (st != CC_OK) return st;
    return FinishCheck(checker->checker.Check(views, summary_view), out, err);
  });
}

cc_status cc_prepare(const cc_checker* checker, const char* const* sources,
                     const size_t* source_lens, size_t n_sources, cc_prepared** out,
                     cc_error** err) {
  ClearOut(err);
  if (out == nullptr) return SetError(err, CC_ERR_INVALID_ARGUMENT, "out must not be NULL");
  *out = nullptr;
  if (checker == nullptr) return SetError(err, CC_ERR_INVALID_ARGUMENT, "checker is NULL");
  return Guard(err, [&] {
    std::vector<std::string_view> views;
    cc_status st = ViewSources(sources, source_lens, n_sources, &views, err);
    if (st != CC_OK) return st;
    auto prepared = checker->checker.Prepare(views);
    if (!prepared.ok()) return SetError(err, prepared.status());
    *out = new cc_prepared{checker->checker, std::move(*prepared)};
    return CC_OK;
  });
}

void cc_prepared_free(cc_prepared* prepared) { delete prepared; }

cc_status cc_check_prepared(const cc_checker* checker, const cc_prepared* prepared,
                            const char* summary, size_t summary_len, cc_report** out,
                            cc_error** err) {
  ClearOut(err);
  if (out == nullptr) return SetError(err, CC_ERR_INVALID_ARGUMENT, "out must not be NULL");
  *out = nullptr;
  if (checker == nullptr || prepared == nullptr) {
    return SetError(err, CC_ERR_INVALID_ARGUMENT, "checker or prepared is NULL");
  }
  // Options live in the checker's shared state: the same address means the same checker.
  if (&prepared->checker.options() != &checker->checker.options()) {
    return SetError(err, CC_ERR_INVALID_ARGUMENT,
                    "prepared sources come from another checker");
  }
  return Guard(err, [&] {
    std::string_view summary_view;
    cc_status st = ViewSummary(summary, summary_len, &summary_view, err);
    if (st != CC_OK) return st;
    return FinishCheck(checker->checker.Check(prepared->sources, summary_view), out, err);
  });
}

// ---- Reports ----

const char* cc_unit_kind_name(cc_unit_kind kind) {
  if (kind < CC_UNIT_BODY || kind > CC_UNIT_BOILERPLATE) return "unknown";
  return claimcheck::ToString(static_cast<claimcheck::UnitKind>(kind));
}

const char* cc_verdict_name(cc_verdict verdict) {
  if (verdict < CC_VERDICT_SUPPORTED || verdict > CC_VERDICT_SKIPPED) return "unknown";
  return claimcheck::ToString(static_cast<claimcheck::Verdict>(verdict));
}

const char* cc_finding_kind_name(cc_finding_kind kind) {
  if (kind < CC_FINDING_UNSUPPORTED_CONTENT || kind > CC_FINDING_WEAK_SUPPORT) {
    return "unknown";
  }
  return claimcheck::ToString(static_cast<claimcheck::FindingKind>(kind));
}

void cc_report_free(cc_report* report) { delete report; }

const char* cc_report_id(const cc_report* report, size_t* len) {
  return Text(report == nullptr ? nullptr : &report->report.id, len);
}

cc_status cc_report_set_id(cc_report* report, const char* id, size_t len) {
  if (report == nullptr || (id == nullptr && len != 0)) return CC_ERR_INVALID_ARGUMENT;
  return Guard(nullptr, [&] {
    report->report.id.assign(id == nullptr ? "" : id, len);
    return CC_OK;
  });
}

int cc_report_consistent(const cc_report* report) {
  return report != nullptr && report->report.consistent ? 1 : 0;
}

double cc_report_score(const cc_report* report) {
  return report == nullptr ? 0 : report->report.score;
}

void cc_report_counts(const cc_report* report, size_t* supported, size_t* unsupported,
                      size_t* contradicted, size_t* skipped) {
  const claimcheck::Counts counts = report == nullptr ? claimcheck::Counts{} : report->report.counts;
  if (supported != nullptr) *supported = counts.supported;
  if (unsupported != nullptr) *unsupported = counts.unsupported;
  if (contradicted != nullptr) *contradicted = counts.contradicted;
  if (skipped != nullptr) *skipped = counts.skipped;
}

size_t cc_report_unit_count(const cc_report* report) {
  return report == nullptr ? 0 : report->report.sentences.size();
}

size_t cc_unit_begin(const cc_report* report, size_t unit) {
  const claimcheck::Unit* u = UnitAt(report, unit);
  return u == nullptr ? 0 : u->begin;
}

size_t cc_unit_end(const cc_report* report, size_t unit) {
  const claimcheck::Unit* u = UnitAt(report, unit);
  return u == nullptr ? 0 : u->end;
}

cc_unit_kind cc_unit_kind_of(const cc_report* report, size_t unit) {
  const claimcheck::Unit* u = UnitAt(report, unit);
  return u == nullptr ? CC_UNIT_BODY : static_cast<cc_unit_kind>(u->kind);
}

cc_verdict cc_unit_verdict(const cc_report* report, size_t unit) {
  const claimcheck::Unit* u = UnitAt(report, unit);
  return u == nullptr ? CC_VERDICT_SUPPORTED : static_cast<cc_verdict>(u->verdict);
}

double cc_unit_score(const cc_report* report, size_t unit) {
  const claimcheck::Unit* u = UnitAt(report, unit);
  return u == nullptr ? 0 : u->score;
}

const char* cc_unit_text(const cc_report* report, size_t unit, size_t* len) {
  const claimcheck::Unit* u = UnitAt(report, unit);
  return Text(u == nullptr ? nullptr : &u->text, len);
}

size_t cc_unit_evidence_count(const cc_report* report, size_t unit) {
  const claimcheck::Unit* u = UnitAt(report, unit);
  return u == nullptr ? 0 : u->evidence.size();
}

size_t cc_evidence_source(const cc_report* report, size_t unit, size_t i) {
  const claimcheck::Evidence* e = EvidenceAt(report, unit, i);
  return e == nullptr ? 0 : e->source;
}

size_t cc_evidence_begin(const cc_report* report, size_t unit, size_t i) {
  const claimcheck::Evidence* e = EvidenceAt(report, unit, i);
  return e == nullptr ? 0 : e->begin;
}

size_t cc_evidence_end(const cc_report* report, size_t unit, size_t i) {
  const claimcheck::Evidence* e = EvidenceAt(report, unit, i);
  return e == nullptr ? 0 : e->end;
}

double cc_evidence_score(const cc_report* report, size_t unit, size_t i) {
  const claimcheck::Evidence* e = EvidenceAt(report, unit, i);
  return e == nullptr ? 0 : e->score;
}

const char* cc_evidence_text(const cc_report* report, size_t unit, size_t i, size_t* len) {
  const claimcheck::Evidence* e = EvidenceAt(report, unit, i);
  return Text(e == nullptr ? nullptr : &e->text, len);
}

size_t cc_unit_finding_count(const cc_report* report, size_t unit) {
  const claimcheck::Unit* u = UnitAt(report, unit);
  return u == nullptr ? 0 : u->findings.size();
}

cc_finding_kind cc_finding_kind_of(const cc_report* report, size_t unit, size_t i) {
  const claimcheck::Finding* f = FindingAt(report, unit, i);
  return f == nullptr ? CC_FINDING_UNSUPPORTED_CONTENT : static_cast<cc_finding_kind>(f->kind);
}

size_t cc_finding_begin(const cc_report* report, size_t unit, size_t i) {
  const claimcheck::Finding* f = FindingAt(report, unit, i);
  return f == nullptr ? 0 : f->begin;
}

size_t cc_finding_end(const cc_report* report, size_t unit, size_t i) {
  const claimcheck::Finding* f = FindingAt(report, unit, i);
  return f == nullptr ? 0 : f->end;
}

const char* cc_finding_text(const cc_report* report, size_t unit, size_t i, size_t* len) {
  const claimcheck::Finding* f = FindingAt(report, unit, i);
  return Text(f == nullptr ? nullptr : &f->text, len);
}

const char* cc_finding_detail(const cc_report* report, size_t unit, size_t i, size_t* len) {
  const claimcheck::Finding* f = FindingAt(report, unit, i);
  return Text(f == nullptr ? nullptr : &f->detail, len);
}

int cc_finding_has_source(const cc_report* report, size_t unit, size_t i) {
  const claimcheck::Finding* f = FindingAt(report, unit, i);
  return f != nullptr && f->has_source ? 1 : 0;
}

size_t cc_finding_source(const cc_report* report, size_t unit, size_t i) {
  const claimcheck::Finding* f = FindingAt(report, unit, i);
  return f == nullptr || !f->has_source ? 0 : f->source;
}

size_t cc_finding_source_begin(const cc_report* report, size_t unit, size_t i) {
  const claimcheck::Finding* f = FindingAt(report, unit, i);
  return f == nullptr || !f->has_source ? 0 : f->source_begin;
}

size_t cc_finding_source_end(const cc_report* report, size_t unit, size_t i) {
  const claimcheck::Finding* f = FindingAt(report, unit, i);
  return f == nullptr || !f->has_source ? 0 : f->source_end;
}

const char* cc_finding_source_text(const cc_report* report, size_t unit, size_t i,
                                   size_t* len) {
  const claimcheck::Finding* f = FindingAt(report, unit, i);
  return Text(f == nullptr || !f->has_source ? nullptr : &f->source_text, len);
}

cc_status cc_report_to_json(const cc_report* report, char* buf, size_t cap, size_t* needed) {
  if (needed != nullptr) *needed = 0;
  if (report == nullptr || (buf == nullptr && cap != 0)) {
    if (buf != nullptr && cap > 0) buf[0] = '\0';
    return CC_ERR_INVALID_ARGUMENT;
  }
  return Guard(nullptr, [&] {
    const std::string json = claimcheck::ToJson(report->report);
    if (needed != nullptr) *needed = json.size() + 1;
    if (buf == nullptr) return CC_OK;  // a size query
    if (cap > json.size()) {
      std::memcpy(buf, json.data(), json.size());
      buf[json.size()] = '\0';
      return CC_OK;
    }
    if (cap > 0) {
      const size_t n = CutToSequence(json.data(), cap - 1);
      std::memcpy(buf, json.data(), n);
      buf[n] = '\0';
    }
    return CC_ERR_BUFFER_TOO_SMALL;
  });
}

}  // extern "C"
