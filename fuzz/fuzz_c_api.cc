// Fuzz target: the C API (claimcheck_c.h) on inputs split as for fuzz_check. The C
// report must hold exactly what the C++ report holds (same JSON bytes, same errors), its
// accessors must answer out-of-range indexes without crashing, cc_report_to_json must
// honour any buffer size (NUL-terminated, cut on a UTF-8 boundary, a prefix of the
// whole), and everything the library hands out is freed (LeakSanitizer checks).
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "claimcheck/claimcheck_c.h"
#include "fuzz_util.h"
#include "split_input.h"

namespace {

using namespace claimcheck;

struct CheckerPair {
  cc_checker* c = nullptr;
  std::unique_ptr<Checker> cpp;
};

const CheckerPair& CheckersFor(const fuzz::SplitInput& in) {
  static std::array<CheckerPair, 8> pairs;
  const size_t slot = (in.small_limits ? 4 : 0) + (in.max_evidence - 1);
  CheckerPair& p = pairs[slot];
  if (p.c == nullptr) {
    const Options options = in.MakeOptions();
    cc_options* o = cc_options_create();
    FUZZ_CHECK(o != nullptr, "cc_options_create");
    FUZZ_CHECK(cc_options_set_max_unit_bytes(o, options.max_unit_bytes) == CC_OK &&
                   cc_options_set_max_input_bytes(o, options.max_input_bytes) == CC_OK &&
                   cc_options_set_max_evidence(o, options.max_evidence) == CC_OK,
               "option setters");
    cc_error* err = nullptr;
    p.c = cc_checker_create(o, &err);
    cc_options_free(o);
    FUZZ_CHECK(p.c != nullptr && err == nullptr, "cc_checker_create: %s", cc_error_message(err));
    auto created = Checker::Create(options);
    FUZZ_CHECK(created.ok(), "Checker::Create");
    p.cpp = std::make_unique<Checker>(std::move(created.value()));
  }
  return p;
}

std::string Json(const cc_report* report) {
  size_t needed = 0;
  FUZZ_CHECK(cc_report_to_json(report, nullptr, 0, &needed) == CC_OK && needed >= 1,
             "size query");
  std::string buf(needed, '\x7f');
  size_t again = 0;
  FUZZ_CHECK(cc_report_to_json(report, buf.data(), buf.size(), &again) == CC_OK &&
                 again == needed && buf.back() == '\0',
             "cc_report_to_json with the size it asked for");
  buf.pop_back();
  return buf;
}

// Every accessor of every unit, evidence and finding, and one index past each end.
void WalkAccessors(const cc_report* r, const std::string& summary,
                   const std::vector<std::string>& sources) {
  size_t supported, unsupported, contradicted, skipped;
  cc_report_counts(r, &supported, &unsupported, &contradicted, &skipped);
  const size_t units = cc_report_unit_count(r);
  FUZZ_CHECK(supported + unsupported + contradicted + skipped == units, "counts vs units");
  for (size_t u = 0; u <= units; ++u) {
    size_t len = 7;
    const char* text = cc_unit_text(r, u, &len);
    if (u == units) {
      FUZZ_CHECK(text == nullptr && len == 0 && cc_unit_begin(r, u) == 0 &&
                     cc_unit_evidence_count(r, u) == 0 && cc_unit_finding_count(r, u) == 0,
                 "unit index past the end answers with data");
      continue;
    }
    const size_t b = cc_unit_begin(r, u), e = cc_unit_end(r, u);
    FUZZ_CHECK(text != nullptr && text[len] == '\0' && e <= summary.size() && b <= e &&
                   len == e - b && std::memcmp(text, summary.data() + b, len) == 0,
               "unit %zu text", u);
    (void)cc_unit_kind_of(r, u);
    (void)cc_unit_verdict(r, u);
    fuzz::CheckScore(cc_unit_score(r, u), "C unit");
    const size_t ne = cc_unit_evidence_count(r, u);
    for (size_t i = 0; i <= ne; ++i) {
      const char* et = cc_evidence_text(r, u, i, &len);
      if (i == ne) {
        FUZZ_CHECK(et == nullptr && len == 0, "evidence index past the end");
        continue;
      }
      const size_t s = cc_evidence_source(r, u, i);
      const size_t eb = cc_evidence_begin(r, u, i), ee = cc_evidence_end(r, u, i);
      FUZZ_CHECK(s < sources.size() && eb <= ee && ee <= sources[s].size() && len == ee - eb &&
                     std::memcmp(et, sources[s].data() + eb, len) == 0,
                 "evidence %zu of unit %zu", i, u);
      fuzz::CheckScore(cc_evidence_score(r, u, i), "C evidence");
    }
    const size_t nf = cc_unit_finding_count(r, u);
    for (size_t i = 0; i <= nf; ++i) {
      const char* ft = cc_finding_text(r, u, i, &len);
      size_t dlen = 0;
      const char* detail = cc_finding_detail(r, u, i, &dlen);
      if (i == nf) {
        FUZZ_CHECK(ft == nullptr && detail == nullptr && cc_finding_has_source(r, u, i) == 0,
                   "finding index past the end");
        continue;
      }
      (void)cc_finding_kind_of(r, u, i);
      const size_t fb = cc_finding_begin(r, u, i), fe = cc_finding_end(r, u, i);
      FUZZ_CHECK(fb <= fe && fe <= summary.size() && len == fe - fb &&
                     std::memcmp(ft, summary.data() + fb, len) == 0 && detail != nullptr,
                 "finding %zu of unit %zu", i, u);
      if (cc_finding_has_source(r, u, i)) {
        const size_t s = cc_finding_source(r, u, i);
        const size_t sb = cc_finding_source_begin(r, u, i), se = cc_finding_source_end(r, u, i);
        const char* st = cc_finding_source_text(r, u, i, &len);
        FUZZ_CHECK(s < sources.size() && sb <= se && se <= sources[s].size() &&
                       len == se - sb && std::memcmp(st, sources[s].data() + sb, len) == 0,
                   "finding source %zu of unit %zu", i, u);
      }
    }
  }
}

// A buffer of every size from 0 to a few bytes past the JSON: truncated output is a
// NUL-terminated prefix cut on a UTF-8 boundary.
void CheckTruncation(const cc_report* r, const std::string& json, uint8_t seed) {
  const size_t caps[] = {0, 1, 2, static_cast<size_t>(seed) % (json.size() + 2),
                         json.size(), json.size() + 1};
  for (size_t cap : caps) {
    std::string buf(cap + 1, '\x7f');  // one guard byte past cap
    size_t needed = 0;
    const cc_status st = cc_report_to_json(r, buf.data(), cap, &needed);
    FUZZ_CHECK(needed == json.size() + 1, "needed %zu for %zu bytes of JSON", needed,
               json.size());
    FUZZ_CHECK(buf[cap] == '\x7f', "cc_report_to_json wrote past cap %zu", cap);
    if (cap > json.size()) {
      FUZZ_CHECK(st == CC_OK && std::memcmp(buf.data(), json.c_str(), json.size() + 1) == 0,
                 "full write with cap %zu", cap);
    } else {
      FUZZ_CHECK(st == CC_ERR_BUFFER_TOO_SMALL, "cap %zu: status %d", cap, st);
      if (cap == 0) continue;
      const size_t n = std::strlen(buf.data());
      FUZZ_CHECK(n < cap && json.compare(0, n, buf.data(), n) == 0 &&
                     (n == json.size() || !fuzz::IsContinuation(json[n])),
                 "cap %zu: a truncated write of %zu bytes is not a clean prefix", cap, n);
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const fuzz::SplitInput in = fuzz::Split(data, size);
  const CheckerPair& checkers = CheckersFor(in);
  std::vector<const char*> ptrs;
  std::vector<size_t> lens;
  for (const std::string& s : in.sources) {
    ptrs.push_back(s.data());
    lens.push_back(s.size());
  }
  cc_report* report = nullptr;
  cc_error* err = nullptr;
  const cc_status st = cc_check(checkers.c, ptrs.data(), lens.data(), ptrs.size(),
                                in.summary.data(), in.summary.size(), &report, &err);
  auto cpp = checkers.cpp->Check(in.SourceViews(), in.summary);
  if (st != CC_OK) {
    FUZZ_CHECK(report == nullptr && err != nullptr && cc_error_code(err) == st,
               "a failed cc_check must give an error and no report");
    FUZZ_CHECK(!cpp.ok() && static_cast<int>(cpp.status().code()) == static_cast<int>(st) &&
                   cpp.status().message() == cc_error_message(err) &&
                   cpp.status().offset() == cc_error_offset(err),
               "the C error differs from the C++ one: %s", cc_error_message(err));
    cc_error_free(err);
    return 0;
  }
  FUZZ_CHECK(report != nullptr && err == nullptr && cpp.ok(), "cc_check ok without a report");
  const std::string json = Json(report);
  FUZZ_CHECK(json == ToJson(*cpp), "C and C++ reports differ");
  WalkAccessors(report, in.summary, in.sources);
  CheckTruncation(report, json, data[0]);

  cc_prepared* prepared = nullptr;
  FUZZ_CHECK(cc_prepare(checkers.c, ptrs.data(), lens.data(), ptrs.size(), &prepared, &err) ==
                     CC_OK &&
                 prepared != nullptr,
             "cc_prepare fails where cc_check succeeded");
  cc_report* second = nullptr;
  FUZZ_CHECK(cc_check_prepared(checkers.c, prepared, in.summary.data(), in.summary.size(),
                               &second, &err) == CC_OK,
             "cc_check_prepared fails where cc_check succeeded");
  FUZZ_CHECK(Json(second) == json, "cc_check_prepared gives another report");
  // The id round-trips and changes only the id.
  FUZZ_CHECK(cc_report_set_id(second, in.summary.data(), in.summary.size() > 16 ? 16 : in.summary.size()) == CC_OK,
             "cc_report_set_id");
  size_t id_len = 0;
  const char* id = cc_report_id(second, &id_len);
  FUZZ_CHECK(id != nullptr && id[id_len] == '\0' &&
                 std::string(id, id_len) == in.summary.substr(0, id_len),
             "cc_report_id");
  Report named = *cpp;
  named.id.assign(id, id_len);
  FUZZ_CHECK(Json(second) == ToJson(named), "the C JSON with an id set differs from the C++");
  cc_report_free(second);
  cc_prepared_free(prepared);
  cc_report_free(report);
  return 0;
}
