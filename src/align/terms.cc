// Matching terms: built-in equivalences plus user aliases, applied longest phrase first.
#include "align/terms.h"

#include "align/lexicon.h"
#include "align/stem_data.h"
#include "facts/lexicon.h"
#include "text/prefetch.h"

#include <algorithm>
#include <iterator>
#include <utility>

namespace claimcheck::internal {
namespace {

#include "align/builtin_groups.inc"
#include "align/framing_words.inc"



std::string JoinStems(const AnalyzedText& a, uint32_t b, uint32_t e) {
  std::string key;
  for (uint32_t i = b; i < e; ++i) {
    if (!key.empty()) key.push_back(' ');
    key += a.stem(i);
  }
  return key;
}

// A word of lowercase ASCII letters only: one token, whose norm is the word.
bool IsLowercaseWord(std::string_view word) {
  if (word.empty()) return false;
  for (const char c : word) {
    if (c < 'a' || c > 'z') return false;
  }
  return true;
}

// "am", "pm", "a.m.": the facts lexicon's words for them.
bool IsMeridiem(std::string_view norm) { return HasLex(LookupWord(norm), kLexMeridiem); }

// The length of the hour in a glued clock time ("8pm", "11am": 1 or 2), else 0.
size_t ClockHourLength(std::string_view norm) {
  if (norm.size() < 3 || norm.size() > 4) return 0;
  const size_t hour = norm.size() - 2;
  // The digits first: the meridiem is a look-up in the lexicon.
  for (size_t k = 0; k < hour; ++k) {
    if (norm[k] < '0' || norm[k] > '9') return 0;
  }
  return IsMeridiem(norm.substr(hour)) ? hour : 0;
}

}  // namespace

TermTable::TermTable(const Analyzer& analyzer,
                     const std::vector<std::vector<std::string>>& aliases) {
  AnalyzedText a;  // one word or phrase at a time, its buffers reused
  std::vector<std::string_view> names, stems;  // one group's, their buffers reused
  for (size_t i = 0; i < std::size(kBuiltinGroups); ++i) {
    if (kBuiltinGroups[i] != nullptr) {
      names.emplace_back(kBuiltinGroups[i]);
      stems.push_back(GroupStemAt(i));
      continue;
    }
    AddGroup(analyzer, names, &stems, &a);
    names.clear();
    stems.clear();
  }
  for (const auto& group : aliases) {
    names.assign(group.begin(), group.end());
    AddGroup(analyzer, names, nullptr, &a);
  }
  for (auto& [first, list] : phrases_) {
    std::stable_sort(list.begin(), list.end(), [](const Phrase& a, const Phrase& b) {
      return a.norms.size() > b.norms.size();
    });
  }
  // Room for every irregular form's entry: the table is not rehashed as it fills.
  constexpr size_t kBytesPerForm = 10;
  const size_t entries = phrases_.size() + single_.size() + lexicon_data::kIrregularCount;
  norm_ids_.Reserve(entries, entries * kBytesPerForm);
  entries_.reserve(entries);
  auto entry = [&](std::string_view norm) -> Entry& {
    const uint32_t id = norm_ids_.Intern(norm);
    if (id == entries_.size()) entries_.emplace_back();
    return entries_[id];
  };
  for (const auto& [norm, list] : phrases_) entry(norm).phrases = &list;
  for (const auto& [norm, key] : single_) {
    Entry& e = entry(norm);
    e.has_single = true;
    e.single = key;
  }
  // Irregular inflections share their base's key ("said" = "say"), unless a group above
  // already gave the form one. A base of lowercase ASCII letters is its own one token,
  // whose stem was computed at build time (tests/align/stem_data_test.cc); the few others
  // are tokenized here.
  for (size_t i = 0; i < lexicon_data::kIrregularCount; ++i) {
    const IrregularForm& f = lexicon_data::kIrregular[i];
    const std::string_view form(f.form);
    const uint64_t hash = HashBytes(form);
    const auto taken = [&](uint32_t id) {
      return id != StringTable::kNotFound &&
             (entries_[id].has_single || entries_[id].has_irregular);
    };
    std::string_view stem = IrregularBaseStemAt(i);
    if (!IsLowercaseWord(f.base)) {
      // Asked first: a base of other than one token gives its form no entry.
      if (taken(norm_ids_.Find(form, hash))) continue;
      a.clear();
      const std::string_view base(f.base);
      analyzer.Tokenize(base, 0, base.size(), &a);
      if (a.tokens.size() != 1) continue;
      stem = irregular_.emplace(form, a.stem(0)).first->second;
    }
    // Found or added in one probe.
    bool added = false;
    const uint32_t id = norm_ids_.Intern(form, hash, &added);
    if (added) entries_.emplace_back();
    if (!added && taken(id)) continue;
    entries_[id].has_irregular = true;
    entries_[id].irregular = stem;
  }
  // Framing words, matched by stem: a word of lowercase ASCII letters is one token, whose
  // stem was computed at build time.
  for (size_t i = 0; i < std::size(kFramingWords); ++i) {
    if (IsLowercaseWord(kFramingWords[i])) {
      framing_ids_.Intern(FramingStemAt(i));
      continue;
    }
    a.clear();
    std::string_view w(kFramingWords[i]);
    analyzer.Tokenize(w, 0, w.size(), &a);
    if (a.tokens.size() == 1) framing_ids_.Intern(a.stem(0));
  }
  norm_ids_.BuildFilter();  // most words have no entry
  framing_ids_.BuildFilter();
}

void TermTable::AddGroup(const Analyzer& analyzer, const std::vector<std::string_view>& names,
                         const std::vector<std::string_view>* stems, AnalyzedText* a) {
  std::string key;
  for (size_t k = 0; k < names.size(); ++k) {
    const std::string_view name = names[k];
    if (stems != nullptr && IsLowercaseWord(name)) {
      // One token, whose norm is the name and whose stem was computed at build time.
      if (key.empty()) key = (*stems)[k];
      single_[std::string(name)] = key;
      continue;
    }
    a->clear();
    analyzer.Tokenize(name, 0, name.size(), a);
    const auto n = static_cast<uint32_t>(a->tokens.size());
    if (n == 0) continue;
    if (key.empty()) key = JoinStems(*a, 0, n);
    if (n == 1) {
      // A later user alias overrides a built-in spelling.
      single_[std::string(a->norm(0))] = key;
    } else {
      Phrase p;
      for (uint32_t k = 0; k < n; ++k) p.norms.emplace_back(a->norm(k));
      p.key = key;
      phrases_[p.norms[0]].push_back(std::move(p));
    }
  }
}

namespace {

// LeaveOut's rule: a word whose only possible term is keyed by its stem (TermsOf), whose
// hash its table keeps, where that key is not among `keys`.
bool LeftOut(const TermTable::WordTerm& w, const U64Set& keys, uint64_t stem_hash) {
  return w.entry == StringTable::kNotFound && !w.clock && !keys.Contains(stem_hash);
}

// WordMarks::terms: 1 + the entry (0: none) below the framing and clock bits.
constexpr uint32_t kFramingMark = uint32_t{1} << 31;
constexpr uint32_t kClockMark = uint32_t{1} << 30;

}  // namespace

uint32_t TermTable::WordMarks(std::string_view norm, uint64_t norm_hash, std::string_view stem,
                              uint64_t stem_hash) const {
  const uint32_t entry = norm_ids_.Find(norm, norm_hash);
  const bool framing = framing_ids_.Find(stem, stem_hash) != StringTable::kNotFound;
  return (entry == StringTable::kNotFound ? 0 : entry + 1) | (framing ? kFramingMark : 0) |
         (ClockHourLength(stem) != 0 ? kClockMark : 0);
}

void TermTable::WordTermsOf(const WordTable& words, std::vector<WordTerm>* out,
                            const U64Set* keys) const {
  out->resize(words.size());
  if (words.marked()) {
    for (uint32_t id = 0; id < words.size(); ++id) {
      const uint32_t marks = words.marks(id).terms;
      const uint32_t entry = marks & ~(kFramingMark | kClockMark);
      WordTerm& w = (*out)[id];
      w = {entry == 0 ? StringTable::kNotFound : entry - 1, (marks & kFramingMark) != 0,
           false, (marks & kClockMark) != 0};
      // As LeaveOut, in the same pass over the words.
      w.left_out = keys != nullptr && LeftOut(w, *keys, words.stem_hash(id));
    }
    return;
  }
  const auto id = [](size_t k) { return static_cast<uint32_t>(k); };
  ForEachPrefetched(
      words.size(),
      [&](size_t k) {
        norm_ids_.Prefetch(words.norm_hash(id(k)));
        framing_ids_.Prefetch(words.stem_hash(id(k)));
      },
      [&](size_t k) {
        norm_ids_.PrefetchSlot(words.norm_hash(id(k)));
        framing_ids_.PrefetchSlot(words.stem_hash(id(k)));
      },
      [&](size_t k) {
        (*out)[k] = {norm_ids_.Find(words.norm(id(k)), words.norm_hash(id(k))),
                     framing_ids_.Find(words.stem(id(k)), words.stem_hash(id(k))) !=
                         StringTable::kNotFound,
                     false, ClockHourLength(words.stem(id(k))) != 0};
      });
  if (keys != nullptr) LeaveOut(words, *keys, out);
}

void TermTable::LeaveOut(const WordTable& words, const U64Set& keys,
                         std::vector<WordTerm>* word_terms) const {
  for (uint32_t id = 0; id < words.size(); ++id) {
    WordTerm& w = (*word_terms)[id];
    w.left_out = LeftOut(w, keys, words.stem_hash(id));
  }
}

void TermTable::TermsOf(const AnalyzedText& analyzed, uint32_t tok_begin, uint32_t tok_end,
                        const std::vector<WordTerm>& word_terms, std::vector<Term>* out) const {
  // Plain pointers: the vectors' own would be read again after every push_back into *out.
  const Token* toks = analyzed.tokens.data();
  const WordTerm* terms_of = word_terms.data();
  uint32_t i = tok_begin;
  while (i < tok_end) {
    // Words left out (most of a source's, for a summary's own sources) in a loop of their
    // own.
    while (i < tok_end && terms_of[toks[i].word].left_out) ++i;
    if (i == tok_end) break;
    const Token& t = toks[i];
    const WordTerm& w = terms_of[t.word];
    Term term;
    term.tok_begin = i;
    term.tok_end = i + 1;
    bool matched = false;
    const Entry* e = w.entry == StringTable::kNotFound ? nullptr : &entries_[w.entry];
    if (e != nullptr && e->phrases != nullptr) {
      for (const Phrase& p : *e->phrases) {
        if (i + p.norms.size() > tok_end) continue;
        bool ok = true;
        for (uint32_t k = 1; k < p.norms.size() && ok; ++k) ok = analyzed.norm(i + k) == p.norms[k];
        if (!ok) continue;
        term.tok_end = i + static_cast<uint32_t>(p.norms.size());
        term.key = p.key;
        term.content = true;
        matched = true;
        break;
      }
    }
    if (!matched) {
      // The pronoun "us" must not read as the country: only the capitalised forms map.
      bool caps = (t.flags & kTokAllCaps) != 0;
      bool stop = (t.flags & kTokStopword) != 0 && !caps;
      const bool by_case = e != nullptr && e->has_single && analyzed.norm(i) == "us";
      term.word = by_case ? kNoWord : t.word;
      if (e != nullptr && e->has_single && (!by_case || caps)) {
        term.key = e->single;
        term.content = !stop;
      } else if (e != nullptr && e->has_irregular) {
        term.key = e->irregular;
        term.content = !stop;
      } else {
        const std::string_view stem = analyzed.stem(i);
        term.key = stem;
        bool symbol_only = (t.flags & (kTokAlpha | kTokDigit)) == 0;
        term.content = !stop && !symbol_only && !w.framing;
        // A clock time reads the same glued or spaced: "8pm" keys as its hour, like "8"
        // in "8 pm", whose "pm" is no content of its own.
        const size_t hour = (t.flags & kTokDigit) != 0 ? ClockHourLength(stem) : 0;
        if (hour > 0) {
          term.key = stem.substr(0, hour);
        } else if (i > tok_begin && (toks[i - 1].flags & kTokNumber) != 0 &&
                   IsMeridiem(analyzed.norm(i))) {
          term.content = false;
        }
      }
      if ((t.flags & kTokSymbol) != 0) term.content = false;
    }
    i = term.tok_end;
    out->push_back(term);
  }
}

}  // namespace claimcheck::internal
