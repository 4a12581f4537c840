// What the build-time generators in scripts/ (gen_*.cc) share: writing their output file
// whole or not at all, so that an interrupted build leaves no half-written source.
#ifndef CLAIMCHECK_SCRIPTS_GEN_OUTPUT_H_
#define CLAIMCHECK_SCRIPTS_GEN_OUTPUT_H_

#include <cstdio>
#include <fstream>
#include <string>

namespace claimcheck::internal {

// Writes `text` to `path` through a temporary file renamed over it; the exit status for
// `tool`'s main (0, or 1 with a message on stderr).
inline int WriteGenerated(const char* tool, const std::string& path, const std::string& text) {
  const std::string tmp = path + ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary);
    f << text;
    if (!f.flush()) {
      std::fprintf(stderr, "%s: cannot write %s\n", tool, tmp.c_str());
      return 1;
    }
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::fprintf(stderr, "%s: cannot rename %s\n", tool, tmp.c_str());
    return 1;
  }
  return 0;
}

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_SCRIPTS_GEN_OUTPUT_H_
