// The Analyzer: owns the ICU sentence-iterator prototype, a pool of per-thread workers
// (iterator clone, Snowball stemmer, scratch buffers) and the stem memos they share. Each
// const call borrows one worker, so calls from many threads never share ICU or Snowball
// state.
#include "text/analyzer.h"

#include <algorithm>

#include <unicode/brkiter.h>
#include <unicode/locid.h>

#include "text/object_pool.h"
#include "text/segmenter.h"
#include "text/shared_stem_memo.h"
#include "text/tokenizer.h"

namespace claimcheck::internal {

namespace {

struct Worker {
  Worker(std::unique_ptr<icu::BreakIterator> bi, const WordMarker* marker,
         SharedStemMemo* stems, SharedStemMemo* norm_stems)
      : segmenter(std::move(bi)), tokenizer(marker, stems, norm_stems) {}
  SentenceSegmenter segmenter;
  Tokenizer tokenizer;
};

}  // namespace

struct Analyzer::Impl {
  explicit Impl(std::unique_ptr<icu::BreakIterator> proto)
      : prototype(std::move(proto)), workers([this] { return MakeWorker(); }) {}

  std::unique_ptr<Worker> MakeWorker() const {
    // BreakIterator::clone() is const and safe to call concurrently on a prototype
    // that no thread iterates.
    return std::make_unique<Worker>(std::unique_ptr<icu::BreakIterator>(prototype->clone()),
                                    marker ? &marker : nullptr, stems.get(), norm_stems.get());
  }

  std::unique_ptr<icu::BreakIterator> prototype;
  WordMarker marker;  // empty: words get no marks
  // The stems and marks of the words every worker has met (each worker's tokenizer keeps
  // those that no longer fit): a word is stemmed and marked once per Analyzer, not once
  // per thread.
  std::unique_ptr<SharedStemMemo> stems = std::make_unique<SharedStemMemo>();
  std::unique_ptr<SharedStemMemo> norm_stems = std::make_unique<SharedStemMemo>();
  ObjectPool<Worker> workers;
};

Analyzer::Analyzer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Analyzer::~Analyzer() = default;

Result<std::unique_ptr<Analyzer>> Analyzer::Create(const std::string& locale) {
  const icu::Locale loc(locale.empty() ? "en" : locale.c_str());
  if (loc.isBogus()) {
    return Status(StatusCode::kInvalidArgument, "bad locale \"" + locale + "\"");
  }
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> proto(icu::BreakIterator::createSentenceInstance(loc, status));
  if (U_FAILURE(status) || proto == nullptr) {
    return Status(StatusCode::kInternal,
                  std::string("ICU sentence break iterator: ") + u_errorName(status));
  }
  auto impl = std::make_unique<Impl>(std::move(proto));
  {
    // Build the first worker now so a missing stemmer fails here, not mid-check.
    auto w = impl->workers.Borrow();
    if (!w->tokenizer.ok()) {
      return Status(StatusCode::kInternal, "Snowball English stemmer unavailable");
    }
  }
  return std::unique_ptr<Analyzer>(new Analyzer(std::move(impl)));
}

void Analyzer::SetWordMarker(WordMarker marker) {
  impl_->marker = std::move(marker);
  // The workers made so far, and the memos they filled, have words without marks.
  impl_->workers.Clear();
  impl_->stems = std::make_unique<SharedStemMemo>();
  impl_->norm_stems = std::make_unique<SharedStemMemo>();
}

void Analyzer::Analyze(std::string_view text, AnalyzedText* out) const {
  out->clear();
  // Prose runs about 6 bytes a token: room for one per 5 bytes means the token array is
  // allocated once instead of being moved ~10 times while it grows, and never holds 3/2
  // of its size during a move.
  constexpr size_t kBytesPerTokenAtLeast = 5;
  out->tokens.reserve(text.size() / kBytesPerTokenAtLeast + 16);
  // About half of an article's tokens are distinct words, far fewer in a long text: room
  // for that many up to an article's vocabulary, past which the table grows.
  constexpr size_t kBytesPerWordAtLeast = 12, kMaxReservedWords = 1024, kBytesPerWord = 8;
  const size_t words = std::min(text.size() / kBytesPerWordAtLeast + 16, kMaxReservedWords);
  out->words.Reserve(words, words * kBytesPerWord);
  // News prose averages over 100 bytes a sentence: room for one segment per 128 bytes
  // saves most of the growth steps; text of short lines grows past it.
  constexpr size_t kBytesPerSegment = 128;
  out->segments.reserve(text.size() / kBytesPerSegment + 4);
  auto w = impl_->workers.Borrow();
  w->segmenter.Segment(text, &out->segments);
  w->tokenizer.TokenizeSegments(text, out);
}

void Analyzer::Segment(std::string_view text, std::vector<internal::Segment>* out) const {
  out->clear();
  auto w = impl_->workers.Borrow();
  w->segmenter.Segment(text, out);
}

void Analyzer::IcuSentenceBreaks(std::string_view text, size_t begin, size_t end,
                                 std::vector<uint32_t>* out) const {
  auto w = impl_->workers.Borrow();
  w->segmenter.IcuSentenceBreaks(text, begin, end, out);
}

void Analyzer::Tokenize(std::string_view text, size_t begin, size_t end,
                        AnalyzedText* out) const {
  auto w = impl_->workers.Borrow();
  w->tokenizer.Tokenize(text, begin, end, out);
}

std::string Analyzer::Normalize(std::string_view word) const {
  auto w = impl_->workers.Borrow();
  std::string out;
  w->tokenizer.NormalizeText(word, &out);
  return out;
}

}  // namespace claimcheck::internal
