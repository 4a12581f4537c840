// A program that uses an installed claimcheck through its C++ API: checks a summary file
// against a source file and prints the report JSON. Exit 0 consistent, 1 flagged, 2 error.
#include <claimcheck/claimcheck.h>

#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

static bool ReadFile(const char* path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  out->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return true;
}

int main(int argc, char** argv) {
  std::string source, summary;
  if (argc != 3 || !ReadFile(argv[1], &source) || !ReadFile(argv[2], &summary)) {
    std::cerr << "usage: consumer SOURCE SUMMARY\n";
    return 2;
  }
  auto checker = claimcheck::Checker::Create();
  if (!checker.ok()) {
    std::cerr << checker.status().ToString() << "\n";
    return 2;
  }
  auto report = checker->Check(source, summary);
  if (!report.ok()) {
    std::cerr << report.status().ToString() << "\n";
    return 2;
  }
  std::cout << claimcheck::ToJson(*report) << "\n";
  return report->consistent ? 0 : 1;
}
