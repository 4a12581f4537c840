// Sentence index and window alignment (see source_index.h).
#include "align/source_index.h"

#include <algorithm>
#include <cmath>

#include "claimcheck/calibrated.h"
#include "facts/work_count.h"

namespace claimcheck::internal {

void SourceIndex::BeginText(size_t words, size_t sentences, size_t tokens) {
  // The first text (most checks have one source) gets room for its sentences and their
  // term lists, which hold at most one id per token; later texts grow them by doubling.
  if (sentences_.empty()) {
    sentences_.reserve(sentences);
    sentence_terms_.reserve(tokens);
  }
  term_of_word_.assign(words, kNoTerm);
  // Most of a text's words become terms: room for them all and their keys (a stem, a few
  // bytes), rather than growing.
  constexpr size_t kBytesPerTerm = 8;
  dict_.Reserve(dict_.size() + words, dict_.byte_size() + words * kBytesPerTerm);
}

void SourceIndex::AddSentence(uint32_t doc, uint32_t seg, const std::vector<Term>& terms,
                              const U64Set* keys) {
  CountWork(terms.size());
  IndexedSentence s;
  s.doc = doc;
  s.seg = seg;
  s.terms_begin = static_cast<uint32_t>(sentence_terms_.size());
  auto id_of = [&](std::string_view key) {
    const uint64_t hash = HashBytes(key);
    return keys != nullptr && !keys->Contains(hash) ? kLeftOut : dict_.Intern(key, hash);
  };
  for (const Term& t : terms) {
    if (!t.content) continue;
    uint32_t id;
    if (t.word < term_of_word_.size()) {
      uint32_t& word_id = term_of_word_[t.word];
      if (word_id == kNoTerm) word_id = id_of(t.key);
      id = word_id;
    } else {
      id = id_of(t.key);
    }
    if (id != kLeftOut) sentence_terms_.push_back(id);
  }
  auto first = sentence_terms_.begin() + s.terms_begin;
  std::sort(first, sentence_terms_.end());
  sentence_terms_.erase(std::unique(first, sentence_terms_.end()), sentence_terms_.end());
  s.terms_end = static_cast<uint32_t>(sentence_terms_.size());
  sentences_.push_back(s);
}

void SourceIndex::Finish() {
  // Postings by counting sort of the sentences' term lists: sentences are visited in
  // order, so each term's list comes out ascending.
  const size_t terms = dict_.size();
  posting_begin_.assign(terms + 1, 0);
  for (uint32_t t : sentence_terms_) ++posting_begin_[t + 1];
  for (size_t t = 0; t < terms; ++t) posting_begin_[t + 1] += posting_begin_[t];
  postings_.resize(sentence_terms_.size());
  std::vector<uint32_t> fill(posting_begin_.begin(), posting_begin_.end() - 1);
  for (uint32_t sid = 0; sid < sentences_.size(); ++sid) {
    const IndexedSentence& s = sentences_[sid];
    for (uint32_t k = s.terms_begin; k < s.terms_end; ++k) {
      postings_[fill[sentence_terms_[k]]++] = sid;
    }
  }
  const double n = static_cast<double>(sentences_.size());
  unknown_idf_ = std::log(1.0 + (n + 0.5) / 0.5);
}

void SourceIndex::clear() {
  dict_.clear();
  term_of_word_.clear();
  posting_begin_.clear();
  postings_.clear();
  unknown_idf_ = 1;
  sentences_.clear();
  sentence_terms_.clear();
}

double SourceIndex::Idf(uint32_t id) const {
  const double n = static_cast<double>(sentences_.size());
  const double df = static_cast<double>(posting_begin_[id + 1] - posting_begin_[id]);
  return std::log(1.0 + (n - df + 0.5) / (df + 0.5));
}

uint32_t SourceIndex::Find(std::string_view key) const {
  const uint32_t id = dict_.Find(key);
  return id == StringTable::kNotFound ? kNoTerm : id;
}

bool SourceIndex::SentenceHas(uint32_t sentence, uint32_t term) const {
  const IndexedSentence& s = sentences_[sentence];
  return std::binary_search(sentence_terms_.begin() + s.terms_begin,
                            sentence_terms_.begin() + s.terms_end, term);
}

void SourceIndex::Align(const std::vector<ClaimTerm>& claim, size_t k, Scratch* scratch,
                        std::vector<Window>* out) const {
  out->clear();
  scratch->complement = Window{};
  if (sentences_.empty() || k == 0) return;
  auto& mask = scratch->mask;
  auto& touched = scratch->touched;
  auto& windows = scratch->windows;
  if (mask.size() < sentences_.size()) mask.resize(sentences_.size(), 0);
  touched.clear();
  windows.clear();
  // The scratch lives for one check: room for every sentence at the first claim rather
  // than growth by doubling at every check.
  touched.reserve(sentences_.size());

  const size_t nbits = std::min<size_t>(claim.size(), 64);
  uint64_t postings_visited = 0;
  double total = 0;
  for (const ClaimTerm& t : claim) total += t.weight;
  if (total <= 0) total = 1;
  for (size_t b = 0; b < nbits; ++b) {
    if (claim[b].id == kNoTerm) continue;
    const uint32_t* p = postings_.data() + posting_begin_[claim[b].id];
    const uint32_t* end = postings_.data() + posting_begin_[claim[b].id + 1];
    postings_visited += static_cast<uint64_t>(end - p);
    for (; p != end; ++p) {
      const uint32_t sid = *p;
      if (mask[sid] == 0) touched.push_back(sid);
      mask[sid] |= uint64_t{1} << b;
    }
  }
  auto weight_of = [&](uint64_t m) {
    double w = 0;
    while (m != 0) {
      int b = __builtin_ctzll(m);
      w += claim[b].weight;
      m &= m - 1;
    }
    return w;
  };
  // Windows of one to kMaxWindow adjacent sentences of one source that include a touched
  // sentence; a longer window must add weight to beat a shorter one. A window whose edge
  // adds nothing is never better than the window without it, so each window starts at a
  // touched sentence and ends at one: it is found once, from its first sentence.
  constexpr uint32_t kMaxWindow = 3;
  windows.reserve(touched.size());  // each touched sentence is at least its own window
  for (uint32_t first : touched) {
    const uint32_t doc = sentences_[first].doc;
    uint64_t m = 0;
    for (uint32_t len = 1; len <= kMaxWindow; ++len) {
      const uint32_t last = first + len - 1;
      if (last >= sentences_.size() || sentences_[last].doc != doc) break;
      m |= mask[last];
      if (mask[last] == 0) continue;
      Window w;
      w.first = first;
      w.last = last;
      w.matched = m;
      w.score = weight_of(m) / total -
                calibrated::kWindowLengthPenalty * static_cast<double>(len - 1);
      windows.push_back(w);
    }
  }
  for (uint32_t sid : touched) mask[sid] = 0;
  CountWork(postings_visited + windows.size());
  // Only the head of the order is read: a chosen window of at most kMaxWindow sentences
  // overlaps at most kOverlapping others, so the best k * (kOverlapping + 1) windows
  // always hold the k the loop below picks. Choosing them (nth_element, linear) and
  // sorting them alone keeps a claim whose words touch every sentence of a long source
  // from paying a full sort each time, and costs less than partial_sort's heap; the order
  // is total (score, length, start), so the result is the full sort's.
  constexpr size_t kOverlapping = 3 * kMaxWindow + 3;
  const size_t head = std::min(windows.size(), k * (kOverlapping + 1));
  const auto before = [](const Window& a, const Window& b) {
    if (a.score != b.score) return a.score > b.score;
    if (a.last - a.first != b.last - b.first) return a.last - a.first < b.last - b.first;
    return a.first < b.first;
  };
  const auto head_end = windows.begin() + static_cast<std::ptrdiff_t>(head);
  if (head_end != windows.end()) std::nth_element(windows.begin(), head_end, windows.end(), before);
  std::sort(windows.begin(), head_end, before);
  if (!windows.empty()) {
    const Window& best = windows.front();
    double gain = 0;
    // Of equal gains, the window first in the order: the windows past the head are in
    // no order.
    const Window* complement = nullptr;
    for (const Window& w : windows) {
      if (!(w.last < best.first || best.last < w.first)) continue;
      const double g = weight_of(w.matched & ~best.matched);
      if (g > gain || (g == gain && complement != nullptr && before(w, *complement))) {
        gain = g;
        complement = &w;
      }
    }
    if (complement != nullptr) scratch->complement = *complement;
  }
  windows.resize(head);
  for (const Window& w : windows) {
    bool overlaps = false;
    for (const Window& o : *out) overlaps |= !(w.last < o.first || o.last < w.first);
    if (overlaps) continue;
    out->push_back(w);
    out->back().score = std::clamp(weight_of(w.matched) / total, 0.0, 1.0);
    if (out->size() == k) break;
  }
}

}  // namespace claimcheck::internal
