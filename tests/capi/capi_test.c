/* The C API driven from C: a seed pair through every accessor, the JSON size query,
 * errors with offsets, NULL arguments, prepared sources, and one checker shared by
 * two threads. Prints each failed check and exits non-zero when any failed. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claimcheck/claimcheck_c.h"

static int failures = 0;

#define CHECK(cond)                                                   \
  do {                                                                \
    if (!(cond)) {                                                    \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
      ++failures;                                                     \
    }                                                                 \
  } while (0)

/* Text accessor result equals the `len` bytes at `expected`. */
static int SameBytes(const char* got, size_t got_len, const char* expected, size_t len) {
  return got != NULL && got_len == len && memcmp(got, expected, len) == 0 && got[len] == '\0';
}

static char* ReadFile(const char* path, size_t* len) {
  FILE* f = fopen(path, "rb");
  if (f == NULL) {
    fprintf(stderr, "cannot open %s\n", path);
    exit(2);
  }
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char* buf = malloc((size_t)n + 1);
  if (buf == NULL || fread(buf, 1, (size_t)n, f) != (size_t)n) exit(2);
  buf[n] = '\0';
  fclose(f);
  *len = (size_t)n;
  return buf;
}

/* Line `index` (0-based) of `text`, newline included, copied into a new string. */
static char* LineOf(const char* text, int index) {
  const char* p = text;
  for (int i = 0; i < index; ++i) p = strchr(p, '\n') + 1;
  const char* end = strchr(p, '\n');
  size_t n = (size_t)(end - p) + 1;
  char* line = malloc(n + 1);
  memcpy(line, p, n);
  line[n] = '\0';
  return line;
}

static char* JsonOf(const cc_report* report) {
  size_t needed = 0;
  if (cc_report_to_json(report, NULL, 0, &needed) != CC_OK) return NULL;
  char* buf = malloc(needed);
  size_t again = 0;
  if (cc_report_to_json(report, buf, needed, &again) != CC_OK || again != needed) {
    free(buf);
    return NULL;
  }
  return buf;
}

static const char kInvented[] = "Penguins in Antarctica elected a new mayor in 1850.\n";

static char* source;
static size_t source_len;
static char* summary;
static size_t summary_len;

static void TestVersion(void) {
  CHECK(strcmp(cc_version(), CLAIMCHECK_VERSION_STRING) == 0);
  CHECK(CLAIMCHECK_VERSION_MAJOR >= 0);
  CHECK(strcmp(cc_status_name(CC_ERR_INVALID_UTF8), "invalid_utf8") == 0);
  CHECK(strcmp(cc_status_name(CC_ERR_BUFFER_TOO_SMALL), "buffer_too_small") == 0);
  CHECK(strcmp(cc_status_name((cc_status)42), "unknown") == 0);
  CHECK(strcmp(cc_verdict_name(CC_VERDICT_CONTRADICTED), "contradicted") == 0);
  CHECK(strcmp(cc_unit_kind_name(CC_UNIT_BOILERPLATE), "boilerplate") == 0);
  CHECK(strcmp(cc_finding_kind_name(CC_FINDING_NUMBER_MISMATCH), "number_mismatch") == 0);
  CHECK(strcmp(cc_finding_kind_name(CC_FINDING_WEAK_SUPPORT), "weak_support") == 0);
  CHECK(strcmp(cc_finding_kind_name((cc_finding_kind)99), "unknown") == 0);
}

/* Every accessor agrees with the input bytes; counts add up. */
static void TestSeedPair(const cc_checker* checker) {
  const char* sources[] = {source};
  const size_t lens[] = {source_len};
  cc_report* report = NULL;
  cc_error* err = (cc_error*)1; /* must be overwritten with NULL on success */
  CHECK(cc_check(checker, sources, lens, 1, summary, summary_len, &report, &err) == CC_OK);
  CHECK(err == NULL);
  if (report == NULL) return;

  size_t n = cc_report_unit_count(report);
  CHECK(n >= 2);
  size_t supported = 99, unsupported = 99, contradicted = 99, skipped = 99;
  cc_report_counts(report, &supported, &unsupported, &contradicted, &skipped);
  CHECK(supported + unsupported + contradicted + skipped == n);
  CHECK(cc_report_consistent(report) == (unsupported + contradicted == 0));
  CHECK(cc_report_score(report) >= 0 && cc_report_score(report) <= 1);
  cc_report_counts(report, NULL, NULL, NULL, NULL); /* any pointer may be NULL */

  size_t last_end = 0;
  for (size_t u = 0; u < n; ++u) {
    size_t b = cc_unit_begin(report, u), e = cc_unit_end(report, u), len = 0;
    CHECK(b >= last_end && b <= e && e <= summary_len);
    last_end = e;
    const char* text = cc_unit_text(report, u, &len);
    CHECK(SameBytes(text, len, summary + b, e - b));
    CHECK(strcmp(cc_verdict_name(cc_unit_verdict(report, u)), "unknown") != 0);
    CHECK(strcmp(cc_unit_kind_name(cc_unit_kind_of(report, u)), "unknown") != 0);
    CHECK(cc_unit_score(report, u) >= 0 && cc_unit_score(report, u) <= 1);
    for (size_t i = 0; i < cc_unit_evidence_count(report, u); ++i) {
      size_t eb = cc_evidence_begin(report, u, i), ee = cc_evidence_end(report, u, i);
      CHECK(cc_evidence_source(report, u, i) == 0);
      CHECK(eb <= ee && ee <= source_len);
      text = cc_evidence_text(report, u, i, &len);
      CHECK(SameBytes(text, len, source + eb, ee - eb));
      CHECK(cc_evidence_score(report, u, i) >= 0 && cc_evidence_score(report, u, i) <= 1);
    }
    for (size_t i = 0; i < cc_unit_finding_count(report, u); ++i) {
      size_t fb = cc_finding_begin(report, u, i), fe = cc_finding_end(report, u, i);
      CHECK(fb <= fe && fe <= summary_len);
      text = cc_finding_text(report, u, i, &len);
      CHECK(SameBytes(text, len, summary + fb, fe - fb));
      CHECK(cc_finding_detail(report, u, i, NULL) != NULL);
      CHECK(strcmp(cc_finding_kind_name(cc_finding_kind_of(report, u, i)), "unknown") != 0);
      if (cc_finding_has_source(report, u, i)) {
        size_t sb = cc_finding_source_begin(report, u, i);
        size_t se = cc_finding_source_end(report, u, i);
        CHECK(cc_finding_source(report, u, i) == 0);
        CHECK(sb <= se && se <= source_len);
        text = cc_finding_source_text(report, u, i, &len);
        CHECK(SameBytes(text, len, source + sb, se - sb));
      }
    }
  }
  /* The line copied from the source is supported with evidence; the invented one is not. */
  CHECK(cc_unit_verdict(report, 0) == CC_VERDICT_SUPPORTED);
  CHECK(cc_unit_evidence_count(report, 0) >= 1);
  CHECK(cc_unit_verdict(report, n - 1) != CC_VERDICT_SUPPORTED);
  CHECK(!cc_report_consistent(report));

  /* Out of range indexes give zeros and NULL, never a crash. */
  size_t len = 7;
  CHECK(cc_unit_text(report, n, &len) == NULL && len == 0);
  CHECK(cc_unit_begin(report, n) == 0);
  CHECK(cc_unit_evidence_count(report, n) == 0);
  CHECK(cc_evidence_text(report, 0, 1000, &len) == NULL && len == 0);
  CHECK(cc_finding_text(report, 0, 1000, NULL) == NULL);
  CHECK(cc_finding_has_source(report, n, 0) == 0);
  cc_report_free(report);
}

static void TestJson(const cc_checker* checker) {
  const char* sources[] = {source};
  const size_t lens[] = {source_len};
  cc_report* report = NULL;
  CHECK(cc_check(checker, sources, lens, 1, summary, summary_len, &report, NULL) == CC_OK);
  if (report == NULL) return;

  size_t needed = 0;
  CHECK(cc_report_to_json(report, NULL, 0, &needed) == CC_OK);
  CHECK(needed > 100);
  char* json = JsonOf(report);
  CHECK(json != NULL);
  if (json != NULL) {
    CHECK(strlen(json) + 1 == needed);
    CHECK(strncmp(json, "{\"id\":", 6) == 0);
    CHECK(strstr(json, "\"sentences\":[") != NULL);
    CHECK(json[needed - 2] == '}');
  }

  /* Too small: truncated, NUL-terminated, and the size is still reported. */
  char small[16];
  memset(small, 'x', sizeof small);
  size_t again = 0;
  CHECK(cc_report_to_json(report, small, sizeof small, &again) == CC_ERR_BUFFER_TOO_SMALL);
  CHECK(again == needed);
  CHECK(strlen(small) == sizeof small - 1);
  if (json != NULL) CHECK(strncmp(small, json, sizeof small - 1) == 0);
  char one = 'x';
  CHECK(cc_report_to_json(report, &one, 1, NULL) == CC_ERR_BUFFER_TOO_SMALL);
  CHECK(one == '\0');
  char untouched = 'x';
  CHECK(cc_report_to_json(report, &untouched, 0, NULL) == CC_ERR_BUFFER_TOO_SMALL);
  CHECK(untouched == 'x');
  /* The id is the caller's; JSON writes it (null when empty). */
  size_t id_len = 9;
  CHECK(cc_report_id(report, &id_len) != NULL && id_len == 0);
  CHECK(cc_report_set_id(report, "pair \"7\"", 8) == CC_OK);
  CHECK(strcmp(cc_report_id(report, NULL), "pair \"7\"") == 0);
  char* with_id = JsonOf(report);
  const char id_prefix[] = "{\"id\":\"pair \\\"7\\\"\",";
  CHECK(with_id != NULL && strncmp(with_id, id_prefix, sizeof id_prefix - 1) == 0);
  free(with_id);
  CHECK(cc_report_set_id(report, NULL, 0) == CC_OK);
  CHECK(cc_report_set_id(NULL, "x", 1) == CC_ERR_INVALID_ARGUMENT);
  CHECK(cc_report_set_id(report, NULL, 3) == CC_ERR_INVALID_ARGUMENT);
  /* NULL report: rejected, buffer still terminated. */
  char empty[4] = "abc";
  CHECK(cc_report_to_json(NULL, empty, sizeof empty, &again) == CC_ERR_INVALID_ARGUMENT);
  CHECK(empty[0] == '\0' && again == 0);
  CHECK(cc_report_to_json(report, NULL, 5, &again) == CC_ERR_INVALID_ARGUMENT);
  free(json);
  cc_report_free(report);
}

static void TestErrors(const cc_checker* checker) {
  const char* sources[] = {source, "Short but valid."};
  const size_t lens[] = {source_len, 16};
  cc_report* report = (cc_report*)1;
  cc_error* err = NULL;

  /* Invalid UTF-8 in the summary: the offset is the first bad byte. */
  const char bad[] = "Alibaba makes chips \xff and more.";
  CHECK(cc_check(checker, sources, lens, 1, bad, sizeof bad - 1, &report, &err) ==
        CC_ERR_INVALID_UTF8);
  CHECK(report == NULL);
  CHECK(cc_error_code(err) == CC_ERR_INVALID_UTF8);
  CHECK(cc_error_offset(err) == 20);
  CHECK(strstr(cc_error_message(err), "UTF-8") != NULL);
  cc_error_free(err);

  /* ... and in the second source, which the message names. */
  const char* bad_sources[] = {source, "ok \xc3("};
  const size_t bad_lens[] = {source_len, 5};
  CHECK(cc_check(checker, bad_sources, bad_lens, 2, summary, summary_len, &report, &err) ==
        CC_ERR_INVALID_UTF8);
  CHECK(cc_error_offset(err) == 3);
  CHECK(strstr(cc_error_message(err), "source 1") != NULL);
  cc_error_free(err);

  /* Empty summary. */
  CHECK(cc_check(checker, sources, lens, 2, "  \n", 3, &report, &err) == CC_ERR_EMPTY_INPUT);
  CHECK(cc_error_offset(err) == CC_NO_OFFSET);
  cc_error_free(err);

  /* A NULL `err` is allowed: the status alone says what went wrong. */
  CHECK(cc_check(checker, sources, lens, 1, bad, sizeof bad - 1, &report, NULL) ==
        CC_ERR_INVALID_UTF8);

  /* NULL arguments are rejected with CC_ERR_INVALID_ARGUMENT and a message. */
  CHECK(cc_check(NULL, sources, lens, 1, summary, summary_len, &report, &err) ==
        CC_ERR_INVALID_ARGUMENT);
  CHECK(cc_error_code(err) == CC_ERR_INVALID_ARGUMENT && cc_error_message(err)[0] != '\0');
  cc_error_free(err);
  CHECK(cc_check(checker, NULL, lens, 1, summary, summary_len, &report, &err) ==
        CC_ERR_INVALID_ARGUMENT);
  cc_error_free(err);
  CHECK(cc_check(checker, sources, NULL, 1, summary, summary_len, &report, &err) ==
        CC_ERR_INVALID_ARGUMENT);
  cc_error_free(err);
  CHECK(cc_check(checker, sources, lens, 0, summary, summary_len, &report, &err) ==
        CC_ERR_INVALID_ARGUMENT);
  cc_error_free(err);
  CHECK(cc_check(checker, sources, lens, 1, NULL, 5, &report, &err) == CC_ERR_INVALID_ARGUMENT);
  cc_error_free(err);
  CHECK(cc_check(checker, sources, lens, 1, summary, summary_len, NULL, &err) ==
        CC_ERR_INVALID_ARGUMENT);
  cc_error_free(err);
  const char* null_source[] = {NULL};
  CHECK(cc_check(checker, null_source, lens, 1, summary, summary_len, &report, &err) ==
        CC_ERR_INVALID_ARGUMENT);
  cc_error_free(err);
  /* A NULL summary of length 0 is an empty summary, not a crash. */
  CHECK(cc_check(checker, sources, lens, 1, NULL, 0, &report, &err) == CC_ERR_EMPTY_INPUT);
  cc_error_free(err);

  /* NULL handles everywhere else. */
  CHECK(cc_error_code(NULL) == CC_ERR_INVALID_ARGUMENT);
  CHECK(strcmp(cc_error_message(NULL), "") == 0);
  CHECK(cc_error_offset(NULL) == CC_NO_OFFSET);
  CHECK(cc_report_unit_count(NULL) == 0);
  CHECK(cc_report_consistent(NULL) == 0);
  CHECK(cc_unit_text(NULL, 0, NULL) == NULL);
  CHECK(cc_options_set_threshold(NULL, 0.5) == CC_ERR_INVALID_ARGUMENT);
  CHECK(cc_options_set_locale(NULL, "en") == CC_ERR_INVALID_ARGUMENT);
  CHECK(cc_options_add_alias_group(NULL, NULL, NULL, 0) == CC_ERR_INVALID_ARGUMENT);
  cc_error_free(NULL);
  cc_report_free(NULL);
  cc_checker_free(NULL);
  cc_options_free(NULL);
  cc_prepared_free(NULL);
}

static void TestOptions(void) {
  cc_options* options = cc_options_create();
  CHECK(options != NULL);
  cc_error* err = NULL;

  /* A bad option fails at create time with a message that names it. */
  CHECK(cc_options_set_threshold(options, 1.5) == CC_OK);
  CHECK(cc_checker_create(options, &err) == NULL);
  CHECK(cc_error_code(err) == CC_ERR_INVALID_ARGUMENT);
  CHECK(strstr(cc_error_message(err), "support_threshold") != NULL);
  cc_error_free(err);
  CHECK(cc_options_set_threshold(options, 0.5) == CC_OK);

  const char* group[] = {"Wenxin", "Ernie"};
  CHECK(cc_options_add_alias_group(options, group, NULL, 2) == CC_OK);
  const char* lone[] = {"Kunlun"};
  CHECK(cc_options_add_alias_group(options, lone, NULL, 1) == CC_OK);
  CHECK(cc_checker_create(options, &err) == NULL);  /* a group needs two names */
  CHECK(cc_error_code(err) == CC_ERR_INVALID_ARGUMENT);
  cc_error_free(err);

  cc_options_free(options);
  options = cc_options_create();
  const size_t group_lens[] = {6, 5};
  CHECK(cc_options_add_alias_group(options, group, group_lens, 2) == CC_OK);
  CHECK(cc_options_set_locale(options, "en") == CC_OK);
  CHECK(cc_options_set_max_input_bytes(options, 1000) == CC_OK);
  CHECK(cc_options_set_max_unit_bytes(options, 512) == CC_OK);
  CHECK(cc_options_set_max_evidence(options, 2) == CC_OK);
  cc_checker* checker = cc_checker_create(options, &err);
  CHECK(checker != NULL && err == NULL);
  cc_options_free(options); /* the checker keeps its own copy */

  /* The seed source is over 1000 bytes. */
  const char* sources[] = {source};
  const size_t lens[] = {source_len};
  cc_report* report = NULL;
  CHECK(cc_check(checker, sources, lens, 1, summary, summary_len, &report, &err) ==
        CC_ERR_INPUT_TOO_LARGE);
  CHECK(strstr(cc_error_message(err), "max_input_bytes") != NULL);
  cc_error_free(err);

  /* The alias makes "Ernie" stand for the source's "Wenxin". */
  const char alias_source[] = "Baidu is testing the Kunlun P800 chip on its Wenxin model.";
  const char alias_summary[] = "Baidu is testing the Kunlun P800 chip on its Ernie model.";
  const char* asrc[] = {alias_source};
  const size_t alen[] = {sizeof alias_source - 1};
  CHECK(cc_check(checker, asrc, alen, 1, alias_summary, sizeof alias_summary - 1, &report,
                 &err) == CC_OK);
  CHECK(cc_report_unit_count(report) == 1);
  CHECK(cc_unit_verdict(report, 0) == CC_VERDICT_SUPPORTED);
  CHECK(cc_unit_evidence_count(report, 0) <= 2);
  cc_report_free(report);
  cc_checker_free(checker);
}

static void TestPrepared(const cc_checker* checker) {
  const char* sources[] = {source};
  const size_t lens[] = {source_len};
  cc_prepared* prepared = NULL;
  cc_error* err = NULL;
  CHECK(cc_prepare(checker, sources, lens, 1, &prepared, &err) == CC_OK);
  cc_report* direct = NULL;
  cc_report* via_prepared = NULL;
  CHECK(cc_check(checker, sources, lens, 1, summary, summary_len, &direct, NULL) == CC_OK);
  CHECK(cc_check_prepared(checker, prepared, summary, summary_len, &via_prepared, &err) ==
        CC_OK);
  char* a = JsonOf(direct);
  char* b = JsonOf(via_prepared);
  CHECK(a != NULL && b != NULL && strcmp(a, b) == 0);
  free(a);
  free(b);
  cc_report_free(direct);
  cc_report_free(via_prepared);

  /* Prepared sources belong to the checker that built them. */
  cc_checker* other = cc_checker_create(NULL, NULL);
  CHECK(cc_check_prepared(other, prepared, summary, summary_len, &via_prepared, &err) ==
        CC_ERR_INVALID_ARGUMENT);
  CHECK(via_prepared == NULL);
  cc_error_free(err);
  CHECK(cc_check_prepared(checker, NULL, summary, summary_len, &via_prepared, NULL) ==
        CC_ERR_INVALID_ARGUMENT);
  cc_checker_free(other);
  cc_prepared_free(prepared);
}

struct ThreadArgs {
  const cc_checker* checker;
  char* json[8];
};

static void* CheckRepeatedly(void* p) {
  struct ThreadArgs* args = p;
  const char* sources[] = {source};
  const size_t lens[] = {source_len};
  for (int i = 0; i < 8; ++i) {
    cc_report* report = NULL;
    args->json[i] = NULL;
    if (cc_check(args->checker, sources, lens, 1, summary, summary_len, &report, NULL) == CC_OK) {
      args->json[i] = JsonOf(report);
    }
    cc_report_free(report);
  }
  return NULL;
}

/* One checker, two threads, the same reports as a single-threaded run. */
static void TestThreads(const cc_checker* checker) {
  struct ThreadArgs args[2] = {{checker, {0}}, {checker, {0}}};
  pthread_t threads[2];
  for (int t = 0; t < 2; ++t) CHECK(pthread_create(&threads[t], NULL, CheckRepeatedly, &args[t]) == 0);
  for (int t = 0; t < 2; ++t) pthread_join(threads[t], NULL);

  const char* sources[] = {source};
  const size_t lens[] = {source_len};
  cc_report* report = NULL;
  CHECK(cc_check(checker, sources, lens, 1, summary, summary_len, &report, NULL) == CC_OK);
  char* expected = JsonOf(report);
  cc_report_free(report);
  for (int t = 0; t < 2; ++t) {
    for (int i = 0; i < 8; ++i) {
      CHECK(args[t].json[i] != NULL && expected != NULL && strcmp(args[t].json[i], expected) == 0);
      free(args[t].json[i]);
    }
  }
  free(expected);
}

int main(void) {
  source = ReadFile(CLAIMCHECK_SOURCE_DIR "/fixtures/seeds/000_5cb0e136af7c07d2.txt", &source_len);
  char* line = LineOf(source, 3);
  summary_len = strlen(line) + strlen(kInvented);
  summary = malloc(summary_len + 1);
  strcpy(summary, line);
  strcat(summary, kInvented);
  free(line);

  cc_error* err = NULL;
  cc_checker* checker = cc_checker_create(NULL, &err);
  if (checker == NULL) {
    fprintf(stderr, "cc_checker_create: %s\n", cc_error_message(err));
    return 1;
  }
  TestVersion();
  TestSeedPair(checker);
  TestJson(checker);
  TestErrors(checker);
  TestOptions();
  TestPrepared(checker);
  TestThreads(checker);
  cc_checker_free(checker);
  free(source);
  free(summary);
  if (failures != 0) {
    fprintf(stderr, "%d check(s) failed\n", failures);
    return 1;
  }
  printf("capi_test: all checks passed\n");
  return 0;
}
