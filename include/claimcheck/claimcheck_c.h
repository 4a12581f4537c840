/* claimcheck's C API: opaque handles over the C++ library, for embedding from C and
 * from other languages' foreign-function interfaces.
 *
 * Usage:
 *   cc_error* err = NULL;
 *   cc_checker* checker = cc_checker_create(NULL, &err);      once; then share it
 *   const char* sources[] = {source};
 *   size_t lens[] = {source_len};
 *   cc_report* report = NULL;
 *   if (cc_check(checker, sources, lens, 1, summary, summary_len, &report, &err) != CC_OK) {
 *     fprintf(stderr, "%s\n", cc_error_message(err));
 *     cc_error_free(err);
 *   } else {
 *     for (size_t i = 0; i < cc_report_unit_count(report); ++i) ...
 *     cc_report_free(report);
 *   }
 *   cc_checker_free(checker);
 *
 * Ownership: every object the library returns (cc_options, cc_checker, cc_prepared,
 * cc_report, cc_error) is allocated by the library and released only with its own
 * cc_*_free function, which accepts NULL. Strings returned by accessors point into the
 * object they came from and stay valid until that object is freed; they are
 * NUL-terminated, and the length is also given because a text may contain U+0000.
 * The library never keeps a pointer to the caller's buffers after a call returns.
 *
 * Thread-safety: a cc_checker is immutable once created: cc_check and cc_prepare may be
 * called on the same checker from many threads at once. A cc_prepared and a cc_report
 * may likewise be read from many threads. A cc_options must not be changed while another
 * thread uses it; the checker copies it, so it may be freed right after
 * cc_checker_create.
 *
 * Offsets: every begin/end is a byte offset into the caller's original UTF-8 input
 * (summary offsets for units and findings, source offsets for evidence).
 *
 * Errors: functions that can fail return a cc_status and, when `err` is not NULL, set
 * *err to NULL on success or to a new cc_error (code, message, byte offset) on failure.
 * No C++ exception crosses this boundary; out of memory is reported as CC_ERR_INTERNAL
 * with the message "out of memory". A summary with unsupported or contradicted units is
 * a successful report, not an error.
 */
#ifndef CLAIMCHECK_CLAIMCHECK_C_H_
#define CLAIMCHECK_CLAIMCHECK_C_H_

#include <stddef.h>

#include "claimcheck/version.h" /* CLAIMCHECK_VERSION_MAJOR/MINOR/PATCH/STRING */

#if defined(_WIN32)
#define CC_EXPORT
#elif defined(CLAIMCHECK_BUILDING)
#define CC_EXPORT __attribute__((visibility("default")))
#else
#define CC_EXPORT
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* The version of the library linked at run time ("0.1.0"); compare with
 * CLAIMCHECK_VERSION_STRING, the version of this header. */
CC_EXPORT const char* cc_version(void);

/* ---- Status codes ------------------------------------------------------------------ */

typedef enum cc_status {
  CC_OK = 0,
  CC_ERR_INVALID_ARGUMENT = 1, /* a bad option or argument (including a NULL pointer) */
  CC_ERR_INVALID_UTF8 = 2,     /* input is not valid UTF-8; the offset is the first bad byte */
  CC_ERR_INPUT_TOO_LARGE = 3,  /* over max_input_bytes, or a summary unit over max_unit_bytes */
  CC_ERR_EMPTY_INPUT = 4,      /* an empty or whitespace-only summary or source */
  CC_ERR_INTERNAL = 5,         /* out of memory, a failing dependency, or a bug */
  CC_ERR_BUFFER_TOO_SMALL = 6  /* cc_report_to_json: the caller's buffer is too small */
} cc_status;

/* "ok", "invalid_argument", "invalid_utf8", "input_too_large", "empty_input", "internal",
 * "buffer_too_small"; "unknown" for any other value. Static storage. */
CC_EXPORT const char* cc_status_name(cc_status status);

/* ---- Errors ------------------------------------------------------------------------ */

typedef struct cc_error cc_error;

/* cc_error_offset's value when the error has no byte offset. */
#define CC_NO_OFFSET ((size_t)-1)

/* The code; CC_ERR_INVALID_ARGUMENT for a NULL error. */
CC_EXPORT cc_status cc_error_code(const cc_error* error);
/* One human-readable line, NUL-terminated; "" for a NULL error. */
CC_EXPORT const char* cc_error_message(const cc_error* error);
/* The byte offset into the offending input, or CC_NO_OFFSET. */
CC_EXPORT size_t cc_error_offset(const cc_error* error);
CC_EXPORT void cc_error_free(cc_error* error);

/* ---- Options ----------------------------------------------------------------------- */

typedef struct cc_options cc_options;

/* Options with the library's defaults (see claimcheck.h, struct Options). NULL only when
 * out of memory. */
CC_EXPORT cc_options* cc_options_create(void);
CC_EXPORT void cc_options_free(cc_options* options);

/* The setters store the value; cc_checker_create validates the whole set and says what
 * is wrong. They fail only with CC_ERR_INVALID_ARGUMENT (NULL pointers) or
 * CC_ERR_INTERNAL (out of memory). */

/* A unit whose score is >= threshold is supported; in [0, 1]. */
CC_EXPORT cc_status cc_options_set_threshold(cc_options* options, double threshold);
/* Each source and the summary may have at most this many bytes (1 .. 2^31). */
CC_EXPORT cc_status cc_options_set_max_input_bytes(cc_options* options, size_t bytes);
/* A summary unit may have at most this many bytes (>= 256). */
CC_EXPORT cc_status cc_options_set_max_unit_bytes(cc_options* options, size_t bytes);
/* Evidence spans kept per unit, best first (1 .. 16). */
CC_EXPORT cc_status cc_options_set_max_evidence(cc_options* options, size_t count);
/* ICU locale for segmentation and case folding, NUL-terminated ("en" by default). */
CC_EXPORT cc_status cc_options_set_locale(cc_options* options, const char* locale);
/* Adds one group of names for the same thing, e.g. {"Wenxin", "Ernie"}: `n` names of
 * lens[i] bytes each; when `lens` is NULL every name is NUL-terminated. Matching is
 * case-insensitive on whole words or phrases. */
CC_EXPORT cc_status cc_options_add_alias_group(cc_options* options, const char* const* names,
                                               const size_t* lens, size_t n);

/* ---- Checker ----------------------------------------------------------------------- */

typedef struct cc_checker cc_checker;
typedef struct cc_prepared cc_prepared;
typedef struct cc_report cc_report;

/* Validates `options` (NULL = defaults) and builds the checker. Returns NULL on failure,
 * with *err set when `err` is not NULL. Building costs milliseconds: build once, share. */
CC_EXPORT cc_checker* cc_checker_create(const cc_options* options, cc_error** err);
CC_EXPORT void cc_checker_free(cc_checker* checker);

/* Checks `summary` (summary_len bytes of UTF-8) against n_sources sources (sources[i] of
 * source_lens[i] bytes). On CC_OK, *out is a new report the caller frees with
 * cc_report_free; on failure *out is NULL. The inputs are copied as needed: the caller's
 * buffers may be reused once the call returns. Safe to call from many threads at once. */
CC_EXPORT cc_status cc_check(const cc_checker* checker, const char* const* sources,
                             const size_t* source_lens, size_t n_sources, const char* summary,
                             size_t summary_len, cc_report** out, cc_error** err);

/* Sources segmented and indexed once, to check many summaries against: the common case
 * of several candidate summaries of one article. *out is freed with cc_prepared_free. */
CC_EXPORT cc_status cc_prepare(const cc_checker* checker, const char* const* sources,
                               const size_t* source_lens, size_t n_sources, cc_prepared** out,
                               cc_error** err);
CC_EXPORT void cc_prepared_free(cc_prepared* prepared);
/* cc_check against prepared sources; `prepared` must come from the same checker. */
CC_EXPORT cc_status cc_check_prepared(const cc_checker* checker, const cc_prepared* prepared,
                                      const char* summary, size_t summary_len,
                                      cc_report** out, cc_error** err);

/* ---- Reports ----------------------------------------------------------------------- */

typedef enum cc_unit_kind {
  CC_UNIT_BODY = 0,
  CC_UNIT_HEADING = 1,
  CC_UNIT_BULLET = 2,
  CC_UNIT_BOILERPLATE = 3
} cc_unit_kind;

typedef enum cc_verdict {
  CC_VERDICT_SUPPORTED = 0,
  CC_VERDICT_UNSUPPORTED = 1,
  CC_VERDICT_CONTRADICTED = 2,
  CC_VERDICT_SKIPPED = 3 /* boilerplate: excluded from counts, score and consistency */
} cc_verdict;

typedef enum cc_finding_kind {
  CC_FINDING_UNSUPPORTED_CONTENT = 0,
  CC_FINDING_NUMBER_MISMATCH = 1,
  CC_FINDING_DATE_MISMATCH = 2,
  CC_FINDING_ENTITY_MISSING = 3,
  CC_FINDING_ENTITY_SWAP = 4,
  CC_FINDING_NEGATION_FLIP = 5,
  CC_FINDING_DIRECTION_FLIP = 6,
  CC_FINDING_ANTONYM = 7,
  CC_FINDING_COMPARISON_UNSUPPORTED = 8,
  CC_FINDING_CERTAINTY_RAISED = 9,
  CC_FINDING_SPLICE = 10,
  CC_FINDING_REPETITION = 11,
  CC_FINDING_WEAK_SUPPORT = 12
} cc_finding_kind;

/* The names used in the report JSON ("body", "supported", "number_mismatch", ...);
 * "unknown" for any other value. Static storage. */
CC_EXPORT const char* cc_unit_kind_name(cc_unit_kind kind);
CC_EXPORT const char* cc_verdict_name(cc_verdict verdict);
CC_EXPORT const char* cc_finding_kind_name(cc_finding_kind kind);

CC_EXPORT void cc_report_free(cc_report* report);

/* The report's accessors take indexes: `unit` < cc_report_unit_count, `i` < the unit's
 * evidence or finding count. An index out of range (or a NULL report) gives 0, NULL
 * text with length 0, or the first enumerator: never a crash. Text accessors return a
 * NUL-terminated pointer owned by the report and, when `len` is not NULL, its length. */

/* The report's id, free for the caller: "" unless set. cc_report_to_json writes it as the
 * "id" (null when empty), as `claimcheck batch` writes each input line's id. Setting it
 * is a write: not while other threads read the report. */
CC_EXPORT const char* cc_report_id(const cc_report* report, size_t* len);
CC_EXPORT cc_status cc_report_set_id(cc_report* report, const char* id, size_t len);
/* 1 when no unit is unsupported or contradicted, else 0. */
CC_EXPORT int cc_report_consistent(const cc_report* report);
/* In [0, 1], higher = more consistent: the lowest score of the checked units. */
CC_EXPORT double cc_report_score(const cc_report* report);
/* Units per verdict; any pointer may be NULL. */
CC_EXPORT void cc_report_counts(const cc_report* report, size_t* supported,
                                size_t* unsupported, size_t* contradicted, size_t* skipped);
/* Every unit of the summary, in order. */
CC_EXPORT size_t cc_report_unit_count(const cc_report* report);

CC_EXPORT size_t cc_unit_begin(const cc_report* report, size_t unit);
CC_EXPORT size_t cc_unit_end(const cc_report* report, size_t unit);
CC_EXPORT cc_unit_kind cc_unit_kind_of(const cc_report* report, size_t unit);
CC_EXPORT cc_verdict cc_unit_verdict(const cc_report* report, size_t unit);
CC_EXPORT double cc_unit_score(const cc_report* report, size_t unit);
/* Exactly the summary bytes [begin, end). */
CC_EXPORT const char* cc_unit_text(const cc_report* report, size_t unit, size_t* len);

/* Evidence: spans of a source that best support the unit, best first. */
CC_EXPORT size_t cc_unit_evidence_count(const cc_report* report, size_t unit);
CC_EXPORT size_t cc_evidence_source(const cc_report* report, size_t unit, size_t i);
CC_EXPORT size_t cc_evidence_begin(const cc_report* report, size_t unit, size_t i);
CC_EXPORT size_t cc_evidence_end(const cc_report* report, size_t unit, size_t i);
CC_EXPORT double cc_evidence_score(const cc_report* report, size_t unit, size_t i);
/* Exactly the source bytes [begin, end). */
CC_EXPORT const char* cc_evidence_text(const cc_report* report, size_t unit, size_t i,
                                       size_t* len);

/* Findings: the reasons behind a verdict, each with its summary span. */
CC_EXPORT size_t cc_unit_finding_count(const cc_report* report, size_t unit);
CC_EXPORT cc_finding_kind cc_finding_kind_of(const cc_report* report, size_t unit, size_t i);
CC_EXPORT size_t cc_finding_begin(const cc_report* report, size_t unit, size_t i);
CC_EXPORT size_t cc_finding_end(const cc_report* report, size_t unit, size_t i);
/* Exactly the summary bytes [begin, end). */
CC_EXPORT const char* cc_finding_text(const cc_report* report, size_t unit, size_t i,
                                      size_t* len);
/* One human-readable line. */
CC_EXPORT const char* cc_finding_detail(const cc_report* report, size_t unit, size_t i,
                                        size_t* len);
/* 1 when the finding conflicts with a span of a source (then the cc_finding_source*
 * accessors describe it), else 0. */
CC_EXPORT int cc_finding_has_source(const cc_report* report, size_t unit, size_t i);
CC_EXPORT size_t cc_finding_source(const cc_report* report, size_t unit, size_t i);
CC_EXPORT size_t cc_finding_source_begin(const cc_report* report, size_t unit, size_t i);
CC_EXPORT size_t cc_finding_source_end(const cc_report* report, size_t unit, size_t i);
CC_EXPORT const char* cc_finding_source_text(const cc_report* report, size_t unit, size_t i,
                                             size_t* len);

/* Writes the report as one line of JSON (DESIGN.md's schema, the same bytes as
 * `claimcheck check --format json` gives) into buf, NUL-terminated.
 * *needed (when `needed` is not NULL) is set to the bytes the JSON takes including the
 * terminating NUL. With buf NULL and cap 0 this is a size query and returns CC_OK.
 * When cap is too small, the first cap - 1 bytes (cut back to a whole UTF-8 sequence)
 * and a NUL are written (nothing when cap is 0) and CC_ERR_BUFFER_TOO_SMALL is returned.
 * Idiom: cc_report_to_json(r, NULL, 0, &n); buf = malloc(n); cc_report_to_json(r, buf, n, &n); */
CC_EXPORT cc_status cc_report_to_json(const cc_report* report, char* buf, size_t cap,
                                      size_t* needed);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* CLAIMCHECK_CLAIMCHECK_C_H_ */
