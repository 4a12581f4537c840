// Renders a real HTML report in headless Chromium at laptop and phone widths and checks a
// screenshot comes out. Skipped (with a warning) when Chromium is not installed.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdlib>
#include <string>

#include "cli_runner.h"

namespace claimcheck::testing {
namespace {

std::string FindChromium() {
  for (const char* path : {"/usr/bin/chromium", "/usr/bin/chromium-browser",
                           "/usr/bin/google-chrome"}) {
    if (access(path, X_OK) == 0) return path;
  }
  return {};
}

TEST_CASE("The HTML report renders in headless Chromium", "[cli][html][chromium]") {
  const std::string chromium = FindChromium();
  if (chromium.empty()) {
    WARN("chromium not installed: screenshot test skipped");
    return;
  }
  TempDir dir;
  const std::string seed = Seed("000_5cb0e136af7c07d2.txt");
  const std::string summary =
      LineOf(seed, 3) + "\nPenguins <script>alert(1)</script> elected a mayor.\nShare\n";
  const RunResult r =
      RunCli({"check", "--source", dir.Write("src.txt", seed), "--summary",
              dir.Write("sum.txt", summary), "--format", "html"});
  REQUIRE(!r.out.empty());
  const std::string page = dir.Write("report.html", r.out);
  const std::string profile = dir.Mkdir("profile");
  for (const char* size : {"1280,2000", "390,1600"}) {
    INFO("window " << size);
    const std::string png = dir.Reserve(std::string("shot-") + size[0] + ".png");
    const std::string command =
        // timeout(1) keeps a hung browser from hanging the suite.
        "timeout 120 " + chromium +
        " --headless --no-sandbox --disable-gpu --disable-background-networking"
        " --disable-component-update --disable-sync --no-first-run --user-data-dir=" +
        profile + " --screenshot=" + png + " --window-size=" + size + " file://" + page +
        " >/dev/null 2>&1";
    const int status = std::system(command.c_str());
    CHECK(status == 0);
    std::string bytes;
    REQUIRE_NOTHROW(bytes = ReadFileBytes(png));
    CHECK(bytes.rfind("\x89PNG", 0) == 0);
    // A blank page compresses to a few KB; a rendered report is far larger.
    CHECK(bytes.size() > 20000);
  }
  // Chromium fills its profile directory; remove it whole so the temp dir can go.
  CHECK(std::system(("rm -rf '" + profile + "'").c_str()) == 0);
}

}  // namespace
}  // namespace claimcheck::testing
