/* The same program as consumer.cc through the C API, compiled as C. */
#include <claimcheck/claimcheck_c.h>

#include <stdio.h>
#include <stdlib.h>

static char* ReadFile(const char* path, size_t* len) {
  FILE* f = fopen(path, "rb");
  if (f == NULL) return NULL;
  size_t cap = 4096, n = 0;
  char* buf = malloc(cap);
  size_t got;
  while (buf != NULL && (got = fread(buf + n, 1, cap - n, f)) > 0) {
    n += got;
    if (n == cap) buf = realloc(buf, cap *= 2);
  }
  fclose(f);
  *len = n;
  return buf;
}

int main(int argc, char** argv) {
  size_t source_len = 0, summary_len = 0;
  char* source = argc == 3 ? ReadFile(argv[1], &source_len) : NULL;
  char* summary = argc == 3 ? ReadFile(argv[2], &summary_len) : NULL;
  if (source == NULL || summary == NULL) {
    fprintf(stderr, "usage: consumer_c SOURCE SUMMARY\n");
    return 2;
  }
  cc_error* err = NULL;
  cc_checker* checker = cc_checker_create(NULL, &err);
  cc_report* report = NULL;
  const char* sources[] = {source};
  const size_t lens[] = {source_len};
  if (checker == NULL ||
      cc_check(checker, sources, lens, 1, summary, summary_len, &report, &err) != CC_OK) {
    fprintf(stderr, "%s: %s\n", cc_status_name(cc_error_code(err)), cc_error_message(err));
    cc_error_free(err);
    cc_checker_free(checker);
    return 2;
  }
  size_t needed = 0;
  cc_report_to_json(report, NULL, 0, &needed);
  char* json = malloc(needed);
  if (json == NULL || cc_report_to_json(report, json, needed, NULL) != CC_OK) return 2;
  printf("%s\n", json);
  int code = cc_report_consistent(report) ? 0 : 1;
  free(json);
  cc_report_free(report);
  cc_checker_free(checker);
  free(source);
  free(summary);
  return code;
}
