// Benchmark inputs and the ICU floor (see bench_util.h).
#include "bench_util.h"

#include <cstdlib>

#include <unicode/brkiter.h>
#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/utext.h>

#include "dev_data.h"

namespace claimcheck::bench {

const std::vector<std::string>& SeedTexts() {
  static const std::vector<std::string> texts = [] {
    std::vector<std::string> out = ReadSeedTexts();
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
