// Benchmark inputs and the ICU floor (see bench_util.h).
#include "bench_util.h"

#include <algorithm>
#include <cstdlib>
#include <dirent.h>
#include <fstream>
#include <sstream>

#include <unicode/brkiter.h>
#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/utext.h>

namespace claimcheck::bench {

const std::vector<std::string>& SeedTexts() {
  static const std::vector<std::string> texts = [] {
    const std::string dir = std::string(CLAIMCHECK_SOURCE_DIR) + "/fixtures/seeds/";
    std::vector<std::string> names;
    if (DIR* d = opendir(dir.c_str())) {
      while (dirent* e = readdir(d)) {
        const std::string n = e->d_name;
        if (n.size() > 4 && n.compare(n.size() - 4, 4, ".txt") == 0) names.push_back(n);
      }
      closedir(d);
    }
    std::sort(names.begin(), names.end());
    std::vector<std::string> out;
    for (const std::string& n : names) {
      std::ifstream f(dir + n, std::ios::binary);
      std::stringstream ss;
      ss << f.rdbuf();
      out.push_back(ss.str());
    }
    if (out.empty()) std::abort();  // a benchmark without its inputs measures nothing
    return out;
  }();
  return texts;
}

const std::string& SeedCorpus() {
  static const std::string corpus = [] {
    std::string s;
    for (const std::string& t : SeedTexts()) {
      s += t;
      s += "\n\n";
    }
    return s;
  }();
  return corpus;
}

std::string RepeatedCorpus(size_t bytes) {
  std::string s;
  s.reserve(bytes + SeedCorpus().size());
  while (s.size() < bytes) s += SeedCorpus();
  return s;
}

const std::string& CorpusByArg(long arg) {
  static const std::string big = RepeatedCorpus(size_t{2} << 20);
  return arg == 0 ? SeedCorpus() : big;
}

struct IcuFloor::Impl {
  std::unique_ptr<icu::BreakIterator> bi;
  const icu::Normalizer2* nfkc_cf = nullptr;
  std::string folded;
};

IcuFloor::IcuFloor() : impl_(std::make_unique<Impl>()) {
  UErrorCode st = U_ZERO_ERROR;
  impl_->bi.reset(icu::BreakIterator::createSentenceInstance(icu::Locale("en"), st));
  impl_->nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(st);
  if (U_FAILURE(st)) std::abort();
}

IcuFloor::~IcuFloor() = default;

size_t IcuFloor::Sentences(std::string_view text) {
  UErrorCode st = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openUTF8(&ut, text.data(), static_cast<int64_t>(text.size()), &st);
  impl_->bi->setText(&ut, st);
  size_t n = 0;
  for (int32_t b = impl_->bi->first(); b != icu::BreakIterator::DONE; b = impl_->bi->next()) ++n;
  utext_close(&ut);
  return n;
}

size_t IcuFloor::Run(std::string_view text) {
  const size_t n = Sentences(text);
  UErrorCode st = U_ZERO_ERROR;
  impl_->folded.clear();
  icu::StringByteSink<std::string> sink(&impl_->folded, static_cast<int32_t>(text.size()));
  impl_->nfkc_cf->normalizeUTF8(0, icu::StringPiece(text.data(), static_cast<int32_t>(text.size())),
                                sink, nullptr, st);
  return n + impl_->folded.size();
}

}  // namespace claimcheck::bench
