// CheckFacts: per claim specific, first the evidence (same slot, same value: fine; same
// slot, another value: contradicted), then the sources anywhere (given: fine), else
// unsupported. "Same slot" means the two mentions share a content stem in their clause
// context ("surged by 8%" / "surged by 18%"), or for names, the same words either side.
#include "facts/fact_check.h"

#include <algorithm>
#include <string>

#include "align/lexicon.h"
#include "facts/antonyms.h"
#include "facts/clause.h"
#include "facts/lexicon.h"
#include "facts/token_view.h"
#include "facts/work_count.h"
#include "text/word_list.h"

namespace claimcheck::internal {
namespace {

// Words either side of a name that fix its role ("a deal with ___ for export").
constexpr uint32_t kAnchorReach = 4;
// How far from a name a comparison may stand and still rank it.
constexpr uint32_t kTargetAfter = 4;
constexpr uint32_t kTargetBefore = 8;
// Tokens after a superlative that say what it ranks over ("AI processor in the world").
constexpr uint32_t kScopeWords = 6;
constexpr uint32_t kNone = ~0u;
// The shortest "as ... as" (with what stands between) worth matching word for word.
constexpr uint32_t kEqualityWords = 4;
// How far back a comparison's subject may stand ("Nvidia's H20 chip - the most powerful
// AI processor it is allowed to sell in China - does not have as much ...").
constexpr uint32_t kSubjectReach = 16;
// Words either side of a new name that tie it to the evidence name it replaces.
constexpr uint32_t kSlotWords = 2;
// Content words either side of a predicate that say what it is about.
constexpr uint32_t kArgumentWindow = 3;
// A shared figure in the clause outweighs any word overlap in the slot of a move.
constexpr int kFigureMatch = 100;
// An implied move (CheckImpliedMove): the claim's words either side of its move word, the
// evidence's words before a figure, and how far either side of "compares to" the paired
// figures may stand.
constexpr uint32_t kMoveTopicWords = 4;
constexpr uint32_t kMoveContextWords = 12;
constexpr uint32_t kFiguresAroundLink = 14;
// How many more context words a conflicting value's slot must share with the claim than
// the claim's own value's slot before the conflict wins.
constexpr int kSlotMargin = 1;
// What a move moves may stand further off than a predicate's argument: "a drop in
// coronavirus vaccine sales".
constexpr uint32_t kMoveArgumentWindow = 5;
// The longest name, in tokens, looked back over to find the name a token belongs to.
constexpr uint32_t kMaxNameTokens = 8;
// How many predicates after a hedge it qualifies.
constexpr int kHedgedPredicates = 2;

// Comparative adjectives that describe more often than they compare ("smaller
// models"): an unsupported one is not worth a finding; a contradicted one still is.
bool BareAdjective(const Mention& m) {
  if (m.superlative || m.tok_end - m.tok_begin != 1) return false;
  static constexpr std::string_view kBare[] = {
      "better", "worse",   "higher", "lower",  "larger",  "smaller", "bigger",  "greater",
      "stronger", "weaker", "faster", "slower", "cheaper", "superior", "inferior", "ahead"};
  for (std::string_view b : kBare) {
    if (m.key == b) return true;
  }
  return false;
}

struct Side {
  explicit Side(const FactSpan& s)
      : span(&s), view(s.text, *s.analyzed, s.tok_begin, s.tok_end, s.lexicon) {}
  const Mention* begin() const { return span->mentions; }
  const Mention* end() const { return span->mentions + span->mention_count; }
  std::string_view Text(const Mention& m) const {
    return span->text.substr(m.begin, m.end - m.begin);
  }
  std::string_view TokText(uint32_t k) const { return view.original(k); }
  // The first mention starting at or after token t (mentions are in token order), so
  // that a look at one clause costs the clause, not the whole span.
  const Mention* From(uint32_t t) const {
    return std::lower_bound(begin(), end(), t,
                            [](const Mention& m, uint32_t k) { return m.tok_begin < k; });
  }
  std::string_view Stem(uint32_t k) const {
    const std::string_view stem = view.stem(k);
    return stem.empty() ? view.norm(k) : stem;
  }
  uint64_t StemHash(uint32_t k) const {  // HashBytes(Stem(k))
    return view.stem(k).empty() ? view.norm_hash(k) : view.stem_hash(k);
  }
  // A negation (or, with `hedges`, a hedge) governs token t: it stands before t in
  // t's clause, at most kScopeWindow tokens away.
  bool Governed(uint32_t t, MentionKind kind) const {
    Clause c = ClauseAround(view, t);
    for (const Mention* m = From(c.begin); m != end() && m->tok_begin < t; ++m) {
      if (m->kind != kind) continue;
      if (t - m->tok_end < kScopeWindow) return true;
    }
    return false;
  }
  bool Has(MentionKind kind) const {
    for (const Mention& m : *this) {
      if (m.kind == kind) return true;
    }
    return false;
  }
  const FactSpan* span;
  TokenView view;
};

class ClaimCheck {
 public:
  ClaimCheck(const FactSpan& claim, const std::vector<FactSpan>& evidence,
             const SourceFacts& sources, std::vector<FactFinding>* out)
      : claim_(claim), sources_(sources), out_(out) {
    for (const FactSpan& e : evidence) {
      if (e.analyzed != nullptr) evidence_.emplace_back(e);
    }
  }

  void Run() {
    for (const Mention& m : claim_) {
      switch (m.kind) {
        case MentionKind::kQuantity: CheckQuantity(m); break;
        case MentionKind::kDate: CheckDate(m); break;
        case MentionKind::kEntity: CheckEntity(m); break;
        case MentionKind::kNegation: CheckClaimNegation(m); break;
        case MentionKind::kDirection: CheckDirection(m); break;
        case MentionKind::kComparison: CheckComparison(m); break;
        case MentionKind::kHedge: break;
      }
    }
    CheckEvidenceNegations();
    CheckNegatedEquality();
    CheckCertainty();
    CheckAssertedCertainty();
    CheckAntonyms();
    CheckExclusive();
    CheckPlaces();
  }

 private:
  FactFinding& Add(FindingKind kind, bool contradicts, uint32_t begin, uint32_t end,
                   std::string detail) {
    FactFinding f;
    f.kind = kind;
    f.contradicts = contradicts;
    f.begin = begin;
    f.end = end;
    f.detail = std::move(detail);
    out_->push_back(std::move(f));
    return out_->back();
  }
  static void SetSource(FactFinding* f, const Side& e, uint32_t begin, uint32_t end) {
    f->has_source = true;
    f->source = e.span->source;
    f->source_begin = begin;
    f->source_end = end;
  }
  std::string Quote(std::string_view s) const { return std::string(s); }

  // --- quantities and dates: match in the slot, conflict in the slot, match anywhere.
  // The noun a bare count counts: the first content word right after it ("four people").
  static std::string_view CountedNoun(const Side& s, const Mention& m) {
    for (uint32_t k = m.tok_end; k < m.tok_end + 2 && s.view.In(k); ++k) {
      if (s.view.GapBefore(k) & kGapClauseEnd) break;
      if (IsContent(s.view, k)) return s.Stem(k);
    }
    return {};
  }

  // Same slot: shared context, and for bare counts the same counted noun ("17 goals"
  // and "11 goals"; not "6 train" and "two men").
  // How well evidence value x fits the slot of claim value m: the number of context stems
  // they share, 0 when they are not the same slot at all.
  int ValueSlot(const Mention& m, const std::vector<std::string_view>& ctx, const Side& e,
                const Mention& x, std::vector<std::string_view>* ectx,
                bool across = false) const {
    ContextStems(e.view, x.tok_begin, x.tok_end, ectx, across);
    // An evidence value alone in a clause that opens its sentence and ends at a comma ("In
    // the third quarter, Capital One earned $3.1 billion") fills a slot in the clause
    // after it. A dateline ("Sept 11 (Reuters) - ...") ends otherwise and fills none.
    if (ectx->empty() && !across) {
      const Clause c = ClauseAround(e.view, x.tok_begin);
      if (e.view.In(c.end) && (e.view.GapBefore(c.end) & kGapClauseEnd) == kGapComma &&
          e.view.SentenceStart(c.begin)) {
        ContextStems(e.view, c.end, c.end + 1, ectx);
        if (IsContent(e.view, c.end)) ectx->push_back(e.Stem(c.end));
      }
    }
    const int shared = SharedStems(ctx, *ectx);
    if (shared == 0) return 0;
    if (m.kind == MentionKind::kQuantity && m.quantity.unit.empty()) {
      std::string_view a = CountedNoun(claim_, m);
      if (a.empty() || a != CountedNoun(e, x)) return 0;
    }
    return shared;
  }
  bool SameValueSlot(const Mention& m, const std::vector<std::string_view>& ctx, const Side& e,
                     const Mention& x, std::vector<std::string_view>* ectx) const {
    return ValueSlot(m, ctx, e, x, ectx) > 0;
  }

  // Order: the value in the slot that fits the claim's best decides: the same value
  // (fine) or another (contradicted, even when the claim's value stands elsewhere: values
  // swapped between the slots of one sentence are a classic error); then the value
  // elsewhere in the evidence or anywhere in the sources (fine), else unsupported. "BABA
  // surged by 18% ..., Baidu rose over 8%" contradicts "BABA surged by 8%": the 18% slot
  // shares more with the claim's than Baidu's does.
  void CheckValue(const Mention& m, FindingKind kind, const char* noun) {
    std::vector<std::string_view> ctx, ectx;
    ContextStems(claim_.view, m.tok_begin, m.tok_end, &ctx);
    // A value alone in its clause ("In April, Alibaba announced ...", a dateline "Sept 14
    // (Reuters) - ..."): its slot is the words next to it past the clause edge, on both
    // sides.
    const bool across = ctx.empty();
    if (across) ContextStems(claim_.view, m.tok_begin, m.tok_end, &ctx, true);
    const Mention* conflict = nullptr;
    const Side* conflict_side = nullptr;
    int conflict_slot = 0, match_slot = 0;
    bool loose_match = false;
    const bool open = m.kind == MentionKind::kQuantity && IsOpenBound(m.quantity);
    const Mention tight = open ? TightBound(m) : Mention();
    for (const Side& e : evidence_) {
      for (const Mention& x : e) {
        if (x.kind != m.kind) continue;
        Agreement a = Compare(m, x);
        if (a == Agreement::kUnrelated && BareSameValue(m, x)) a = Agreement::kMatch;
        if (a == Agreement::kUnrelated) continue;
        if (a == Agreement::kConflict && MatchedByOther(m, x)) continue;
        const int slot = ValueSlot(m, ctx, e, x, &ectx, across);
        if (a == Agreement::kMatch) {
          // A figure deep inside the claim's open range ("$0.13" for "below $30 billion")
          // does not fill its slot the way the bound itself would.
          if (!open || Compare(tight, x) == Agreement::kMatch) {
            match_slot = std::max(match_slot, slot);
          }
          loose_match = true;
        } else if (slot > conflict_slot) {
          conflict = &x;
          conflict_side = &e;
          conflict_slot = slot;
        }
      }
    }
    // The claim's value in a slot nearly as good as the conflicting one's: the passage has
    // two figures for two readings ("$6.78 per diluted share" and "net of this item,
    // $6.86"), and the claim took the other reading, not a wrong number.
    if (match_slot > 0 && match_slot + kSlotMargin >= conflict_slot) return;
    if (conflict != nullptr) {
      FactFinding& f = Add(kind, true, m.begin, m.end,
                           "the source gives " + Quote(conflict_side->Text(*conflict)) +
                               " here, not " + Quote(claim_.Text(m)));
      SetSource(&f, *conflict_side, conflict->begin, conflict->end);
      return;
    }
    if (loose_match) return;
    bool given = m.kind == MentionKind::kQuantity ? sources_.QuantityGiven(m) || InSourceName(m)
                                                  : sources_.DateGiven(m);
    if (given) return;
    Add(kind, false, m.begin, m.end,
        std::string("no ") + noun + " " + Quote(claim_.Text(m)) + " in the sources");
  }

  // Evidence value x is the claim's figure written bare: "until he is 91" gives the
  // "91 years" of "until he was 91 years old"; the unit is the reader's.
  static bool BareSameValue(const Mention& m, const Mention& x) {
    if (m.kind != MentionKind::kQuantity || !x.quantity.unit.empty() ||
        m.quantity.unit.empty() || m.quantity.unit == "ordinal") {
      return false;
    }
    return x.quantity.value == m.quantity.value && x.quantity.value_hi == m.quantity.value_hi;
  }

  // A bare number that, with the word before it, is a name in the sources: "u.s. highway
  // 36" in a lower-cased summary against "U.S. Highway 36", which the sources read as a
  // name and not as an amount.
  bool InSourceName(const Mention& m) const {
    const TokenView& v = claim_.view;
    if (!m.quantity.unit.empty() || m.tok_end != m.tok_begin + 1 || m.tok_begin <= v.begin() ||
        !v.Has(m.tok_begin - 1, kTokAlpha)) {
      return false;
    }
    return sources_.EntityGiven(std::string(v.norm(m.tok_begin - 1)) + " " +
                                std::string(v.norm(m.tok_begin)));
  }

  // Evidence value x is what another mention of the claim states ("Q3 ... lower than
  // Q2" against "third quarter"): it fills that mention's slot, not m's.
  bool MatchedByOther(const Mention& m, const Mention& x) const {
    // Both read tightly: "$0.13 per share" does not state "below $25 billion".
    const Mention tight_x = TightBound(x);
    for (const Mention& o : claim_) {
      if (&o != &m && o.kind == x.kind &&
          Compare(TightBound(o), tight_x) == Agreement::kMatch) {
        return true;
      }
    }
    return false;
  }

  void CheckQuantity(const Mention& m) {
    const Quantity& q = m.quantity;
    // Ordinals ("first", "second-generation") and vague amounts ("dozens") are checked
    // for conflicts only: on their own they are rarely an invented specific.
    if (q.unit == "ordinal" || q.vague) {
      CheckConflictOnly(m, FindingKind::kNumberMismatch);
      return;
    }
    CheckValue(m, FindingKind::kNumberMismatch, "quantity");
  }

  void CheckConflictOnly(const Mention& m, FindingKind kind) {
    std::vector<std::string_view> ctx, ectx;
    ContextStems(claim_.view, m.tok_begin, m.tok_end, &ctx);
    const Mention* conflict = nullptr;
    const Side* side = nullptr;
    for (const Side& e : evidence_) {
      for (const Mention& x : e) {
        if (x.kind != m.kind) continue;
        Agreement a = Compare(m, x);
        if (a == Agreement::kUnrelated) continue;
        if (a == Agreement::kConflict && MatchedByOther(m, x)) continue;
        if (!SameValueSlot(m, ctx, e, x, &ectx)) continue;
        if (a == Agreement::kMatch) return;
        if (conflict == nullptr) {
          conflict = &x;
          side = &e;
        }
      }
    }
    if (conflict == nullptr) return;
    FactFinding& f = Add(kind, true, m.begin, m.end,
                         "the source gives " + Quote(side->Text(*conflict)) + " here, not " +
                             Quote(claim_.Text(m)));
    SetSource(&f, *side, conflict->begin, conflict->end);
  }

  void CheckDate(const Mention& m) {
    if (m.relative) {  // "last month" never conflicts with a calendar date
      if (CheckRelativeSide(m)) return;
      if (!RelativeBacked(m)) {
        Add(FindingKind::kDateMismatch, false, m.begin, m.end,
            "no date near " + Quote(claim_.Text(m)) + " in the evidence");
      }
      return;
    }
    CheckValue(m, FindingKind::kDateMismatch, "date");
  }

  // Which way a relative date points from now: -1 for "last year", "the past month",
  // "previous season"; +1 for "next year", "the coming week"; 0 for "this year" and the
  // rest. `period` is its last word ("year", "monday").
  static int TimeSide(const Side& s, const Mention& m, std::string_view* period) {
    *period = s.view.norm(m.tok_end - 1);
    int side = 0;
    for (uint32_t k = m.tok_begin; k + 1 < m.tok_end; ++k) {
      const std::string_view w = s.view.norm(k);
      if (w == "this" || w == "current") return 0;  // "earlier this year"
      if (w == "last" || w == "past" || w == "previous" || w == "prior") side = -1;
      if (w == "next" || w == "coming" || w == "following") side = 1;
    }
    return side;
  }

  // A relative date the evidence turns the other way for the same period ("compared to
  // next year" where it says "last year"), and never gives as the claim does: a finding,
  // and true.
  bool CheckRelativeSide(const Mention& m) {
    std::string_view period;
    const int side = TimeSide(claim_, m, &period);
    if (side == 0) return false;
    const Side* other_side = nullptr;
    const Mention* other = nullptr;
    for (const Side& e : evidence_) {
      for (const Mention& x : e) {
        if (x.kind != MentionKind::kDate || !x.relative) continue;
        std::string_view x_period;
        const int x_side = TimeSide(e, x, &x_period);
        if (x_period != period) continue;
        if (x_side == side) return false;
        if (x_side == -side && other == nullptr) {
          other = &x;
          other_side = &e;
        }
      }
    }
    if (other == nullptr) return false;
    FactFinding& f = Add(FindingKind::kDateMismatch, true, m.begin, m.end,
                         "the source says " + Quote(other_side->Text(*other)) + ", not " +
                             Quote(claim_.Text(m)));
    SetSource(&f, *other_side, other->begin, other->end);
    return true;
  }

  // A relative date of the claim has a date of any kind in its evidence: the same words
  // ("last month"), or a calendar date the reader can line up with it.
  bool RelativeBacked(const Mention& m) const {
    for (const Side& e : evidence_) {
      for (const Mention& x : e) {
        if (x.kind == MentionKind::kDate) return true;
      }
    }
    return evidence_.empty() || sources_.DateGiven(m);
  }

  // --- names
  bool InEvidence(const Mention& m) const {
    const ClaimName name(m.key, &sources_.aliases());
    // The name itself first: most names are found so, and the tickers are only known
    // once every source mention is extracted.
    bool any = false;
    for (const Side& e : evidence_) {
      for (const Mention& x : e) {
        if (x.kind != MentionKind::kEntity) continue;
        if (name.Matches(x.key)) return true;
        any = true;
      }
    }
    if (!any) return false;
    std::string_view owner = sources_.TickerOwner(m.key);
    for (const Side& e : evidence_) {
      for (const Mention& x : e) {
        if (x.kind != MentionKind::kEntity) continue;
        if (!owner.empty() && EntitiesMatch(owner, x.key, &sources_.aliases())) return true;
        std::string_view x_owner = sources_.TickerOwner(x.key);
        if (!x_owner.empty() && name.Matches(x_owner)) return true;
      }
    }
    return false;
  }

  bool NameInClaim(const Mention& x) const {
    for (const Mention& c : claim_) {
      if (c.kind == MentionKind::kEntity && EntitiesMatch(c.key, x.key, &sources_.aliases())) {
        return true;
      }
    }
    return false;
  }

  static uint32_t Anchor(const Side& s, uint32_t from, int step, uint32_t limit_lo,
                         uint32_t limit_hi) {
    uint32_t k = from;
    for (uint32_t n = 0; n < kAnchorReach; ++n) {
      if (step < 0) {
        if (k <= limit_lo) return kNone;
        --k;
      } else {
        if (n > 0) ++k;
        if (k >= limit_hi) return kNone;
      }
      // An owner before the name belongs to its phrase ("compete with Nvidia's H100"):
      // the anchor is the word before it.
      if (IsContent(s.view, k) && !(step < 0 && Possessive(s.view.norm(k)))) return k;
    }
    return kNone;
  }
  // Token k - 1 is an owner of what starts at k: a possessive ("Nvidia's").
  static bool OwnerBefore(const Side& s, uint32_t k) {
    return k > s.view.begin() && Possessive(s.view.norm(k - 1));
  }

  // Only auxiliaries and negations ("is", "has been", "did not") stand between tokens a
  // and b (a <= b).
  static bool OnlyAuxBetween(const Side& s, uint32_t a, uint32_t b) {
    for (uint32_t k = a; k < b; ++k) {
      if (!HasLex(s.view.word(k), kLexAux | kLexNegation)) return false;
    }
    return true;
  }

  // The role of a claim name: the content word before it and the one after it in its
  // clause (kNone where there is none).
  struct Role {
    uint32_t left = kNone;
    uint32_t right = kNone;
  };
  Role RoleOf(const Mention& m) const {
    Clause cc = ClauseAround(claim_.view, m.tok_begin);
    return {Anchor(claim_, m.tok_begin, -1, cc.begin, cc.end),
            Anchor(claim_, m.tok_end, +1, cc.begin, cc.end)};
  }
  // With one anchor only (a subject at a clause start, an object at its end), the anchor
  // must touch the name, auxiliaries aside ("Alibaba surged" / "Baidu is surging" share a
  // role), or stand before it across the same stop words on both sides ("compete with
  // Nvidia's H100" / "compete with Nvidia's H20"; not "playing in France" / "playing for
  // Stade Francais").
  static bool Usable(const Side& s, const Mention& m, const Role& r) {
    if (r.left == kNone && r.right == kNone) return false;
    if (r.left == kNone) return OnlyAuxBetween(s, m.tok_end, r.right);
    if (r.right == kNone) return OnlyStopWordsBetween(s, r.left + 1, m.tok_begin);
    return true;
  }
  // Only stop words, auxiliaries, negations and owners stand between tokens a and b.
  static bool OnlyStopWordsBetween(const Side& s, uint32_t a, uint32_t b) {
    for (uint32_t k = a; k < b; ++k) {
      if (!HasLex(s.view.word(k), kLexAux | kLexNegation) && !s.view.Has(k, kTokStopword) &&
          !Possessive(s.view.norm(k))) {
        return false;
      }
    }
    return true;
  }
  // The words between a left anchor and its name, auxiliaries aside, read the same on
  // both sides.
  bool SameWordsBetween(const Side& e, uint32_t ea, uint32_t eb, uint32_t ca,
                        uint32_t cb) const {
    auto next = [](const Side& s, uint32_t k, uint32_t end) {
      while (k < end && HasLex(s.view.word(k), kLexAux | kLexNegation)) ++k;
      return k;
    };
    uint32_t i = next(e, ea, eb), j = next(claim_, ca, cb);
    while (i < eb && j < cb) {
      if (e.view.norm(i) != claim_.view.norm(j)) return false;
      i = next(e, i + 1, eb);
      j = next(claim_, j + 1, cb);
    }
    return i == eb && j == cb;
  }
  // Evidence name x stands in the claim name m's role `role`.
  bool InRole(const Role& role, const Mention& m, const Side& e, const Mention& x) const {
    Clause ec = ClauseAround(e.view, x.tok_begin);
    const bool single = role.left == kNone || role.right == kNone;
    Role xr;
    if (role.left != kNone) {
      xr.left = Anchor(e, x.tok_begin, -1, ec.begin, ec.end);
      if (xr.left == kNone || e.Stem(xr.left) != claim_.Stem(role.left)) return false;
    }
    if (role.right != kNone) {
      xr.right = Anchor(e, x.tok_end, +1, ec.begin, ec.end);
      if (xr.right == kNone || e.Stem(xr.right) != claim_.Stem(role.right)) return false;
    }
    // An owner the claim gives the name ("Alibaba's Zhenwu chip") must be the evidence
    // name's too ("Nvidia's H20 chip" is another owner's).
    if (OwnerBefore(claim_, m.tok_begin) &&
        (!OwnerBefore(e, x.tok_begin) ||
         e.view.norm(x.tok_begin - 1) != claim_.view.norm(m.tok_begin - 1))) {
      return false;
    }
    if (!single) return true;
    if (role.left == kNone) return Usable(e, x, xr);
    return SameWordsBetween(e, xr.left + 1, x.tok_begin, role.left + 1, m.tok_begin);
  }

  // Claim name m stands in an evidence clause that also holds one of its role words: the
  // evidence may give m that role in other words ("Newcastle is officially the most ...").
  bool ClauseWithRoleWord(const Mention& m, const Role& role) const {
    for (const Side& e : evidence_) {
      for (const Mention& y : e) {
        if (y.kind != MentionKind::kEntity || !EntitiesMatch(m.key, y.key, &sources_.aliases())) {
          continue;
        }
        Clause c = ClauseAround(e.view, y.tok_begin);
        for (uint32_t k = c.begin; k < c.end; ++k) {
          if (!IsContent(e.view, k)) continue;
          if ((role.left != kNone && e.Stem(k) == claim_.Stem(role.left)) ||
              (role.right != kNone && e.Stem(k) == claim_.Stem(role.right))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  // Evidence name x is listed with claim name m right before it, joined by a comma or
  // "and"/"or" only: "Alibaba, Baidu begin using", "Alibaba and Baidu did not respond".
  bool CoordinatedWith(const Side& e, const Mention& x, const Mention& m) const {
    const Mention* prev = nullptr;
    for (const Mention* y = &x; y != e.begin() && prev == nullptr;) {
      --y;
      if (y->kind == MentionKind::kEntity) prev = y;
    }
    if (prev == nullptr || !EntitiesMatch(m.key, prev->key, &sources_.aliases())) return false;
    if (prev->tok_end == x.tok_begin) return (e.view.GapBefore(x.tok_begin) & kGapComma) != 0;
    if (prev->tok_end + 1 != x.tok_begin) return false;
    const std::string_view w = e.view.norm(prev->tok_end);
    return w == "and" || w == "or" || w == "&";
  }

  // Another name of the evidence in the claim name's role: the same content word right
  // before it and the same right after it (whichever the claim has). When the claim's
  // name is in the evidence too, it must not hold that role there itself ("Alibaba is
  // experimenting" against "Baidu is experimenting ... Alibaba has been using").
  bool FindSwap(const Mention& m, const Side** side, const Mention** swap) const {
    const Role role = RoleOf(m);
    if (!Usable(claim_, m, role) || ClauseWithRoleWord(m, role)) return false;
    const Side* found_side = nullptr;
    const Mention* found = nullptr;
    for (const Side& e : evidence_) {
      for (const Mention& x : e) {
        if (x.kind != MentionKind::kEntity || x.weak || !Checkable(x) || !InRole(role, m, e, x)) {
          continue;
        }
        if (EntitiesMatch(m.key, x.key, &sources_.aliases())) return false;  // m holds it
        if (CoordinatedWith(e, x, m)) return false;  // "Alibaba, Baidu begin": both hold it
        if (found == nullptr && !NameInClaim(x)) {
          found_side = &e;
          found = &x;
        }
      }
    }
    if (found == nullptr) return false;
    *side = found_side;
    *swap = found;
    return true;
  }

  // Names that identify nothing: only titles or generic words ("Mr", "CEO", "AI"), and
  // the placeholders of tokenized corpora ("UNK", "-LRB-").
  static bool Checkable(const Mention& m) {
    static constexpr std::string_view kPlaceholders[] = {"unk", "lrb", "rrb", "lsb", "rsb",
                                                         "lcb", "rcb"};
    std::vector<std::string_view> parts;
    SignificantParts(m.key, &parts);
    for (std::string_view part : parts) {
      if (std::find(std::begin(kPlaceholders), std::end(kPlaceholders), part) ==
          std::end(kPlaceholders)) {
        return true;  // "UNK UNK UNK" has no part but placeholders
      }
    }
    return false;
  }

  // A part of the claim's name that no source has, as a word or in a name: "Mexican" in
  // "the London Mexican embassy", which matches the evidence's "London" by its other part.
  std::string_view UnknownPart(const Mention& m) const {
    std::vector<std::string_view> parts;
    SignificantParts(m.key, &parts);
    if (parts.size() < 2) return {};
    for (std::string_view p : parts) {
      if (HasDigit(p) || sources_.EntityGiven(p)) continue;
      // A describing word capitalised in a name ("Big Tech") says little; a word English
      // does not have ("Zhenwu"), a nationality ("Mexican") or a noun ("Early Bird Bundle
      // Promotion") names something.
      if (FindLemma(p) == nullptr || !DemonymRoot(p).empty() || IsNounOnly(p)) return p;
    }
    return {};
  }

  // A one-word name after "the" that heads its phrase: a description of someone ("the
  // Briton was", "the Dutchman controversially left"), not a name that qualifies a noun
  // ("the Xuanwu processing unit", "the H20 chip").
  bool Description(const Mention& m) const {
    std::vector<std::string_view> parts;
    SignificantParts(m.key, &parts);
    if (parts.size() != 1) return false;
    const bool after_the =
        claim_.view.norm(m.tok_begin) == "the" ||
        (m.tok_begin > claim_.view.begin() && claim_.view.norm(m.tok_begin - 1) == "the");
    if (!after_the) return false;
    const uint32_t next = m.tok_end;
    if (!claim_.view.In(next) || !IsContent(claim_.view, next)) return true;
    const std::string_view w = claim_.view.norm(next);
    return EndsWithLy(w);  // an adverb
  }

  // A name that opens the unit and is followed by a dash credits the outlet, as in a
  // dateline ("TradingKey - Reports have emerged ..."): not a claim about the world.
  bool Credit(const Mention& m) const {
    if (m.tok_begin != claim_.view.begin() || !claim_.view.In(m.tok_end)) return false;
    const uint32_t gap = claim_.view.GapBefore(m.tok_end);
    return (gap & kGapDash) != 0 && (gap & kGapSpace) != 0;  // " - ", not "Kunlun-P800"
  }

  // A person named in lower case: contradicted by a source that gives the surname another
  // given name ("roy keane" against "michael keane"), unsupported when no part of the
  // name is a source word; the claim may add a first name its source leaves out.
  void CheckLowerCaseName(const Mention& m) {
    // The given name anywhere in the sources: the same person may be named otherwise
    // there. (EntityGiven would match "roy keane" by its surname.)
    if (sources_.NormGiven(claim_.view.norm(m.tok_begin))) return;
    const std::string_view other = sources_.OtherGivenName(m.key);
    if (other.empty()) {
      // A person the sources never name at all: no part of the name is a source word.
      if (m.tok_end - m.tok_begin < 2) return;
      for (uint32_t k = m.tok_begin + 1; k < m.tok_end; ++k) {
        if (sources_.NormGiven(claim_.view.norm(k))) return;
      }
      Add(FindingKind::kEntityMissing, false, m.begin, m.end,
          "no name " + Quote(claim_.Text(m)) + " in the sources");
      return;
    }
    Add(FindingKind::kEntitySwap, true, m.begin, m.end,
        "the source names " + Quote(other) + ", not " + Quote(claim_.Text(m)));
  }

  void CheckEntity(const Mention& m) {
    if (m.lower_case) {
      CheckLowerCaseName(m);
      return;
    }
    if (m.weak || !Checkable(m) || Credit(m)) return;
    // Another name holds its role in the evidence (whether or not the evidence also
    // names it elsewhere), or, for a name no source has, its very words around. "The
    // Dutchman", "the Briton" describe someone the evidence names otherwise: not a swap.
    // (The same words around a name the sources do have tie too loosely: "dressed as
    // Iron Man" against "dressed as Robert Downey Jr".)
    const Side* side = nullptr;
    const Mention* swap = nullptr;
    const bool in_evidence = InEvidence(m);
    const bool given = in_evidence || sources_.EntityGiven(m.key);
    if (!Description(m) && (FindSwap(m, &side, &swap) ||
                            (!given && (swap = SameWordsAround(m, &side)) != nullptr))) {
      FactFinding& f = Add(FindingKind::kEntitySwap, true, m.begin, m.end,
                           "the source has " + Quote(side->Text(*swap)) + " here, not " +
                               Quote(claim_.Text(m)));
      SetSource(&f, *side, swap->begin, swap->end);
      return;
    }
    // A name the sources have only in part ("Bob Dylan" against "Bob Ross" and "Bob"):
    // the part no source has names someone else.
    if (given) {
      std::string_view part = UnknownPart(m);
      if (!part.empty()) {
        for (uint32_t k = m.tok_begin; k < m.tok_end; ++k) {
          if (claim_.view.norm(k) == part) part = claim_.TokText(k);  // as written
        }
        Add(FindingKind::kEntityMissing, false, m.begin, m.end,
            "no " + Quote(part) + " in the sources for " + Quote(claim_.Text(m)));
      }
      return;
    }
    Add(FindingKind::kEntityMissing, false, m.begin, m.end,
        "no name " + Quote(claim_.Text(m)) + " in the sources");
  }

  // An evidence name that the claim's name m replaces word for word: the same
  // kSlotWords words right before both, a content word among them ("made by AMD" / "made
  // by Nvidia", "Deborah Sophia in Shanghai" / "... in Bengaluru"), or the same right
  // after both, where the evidence never has m itself so.
  const Mention* SameWordsAround(const Mention& m, const Side** side) const {
    const Mention* found = nullptr;
    for (const Side& e : evidence_) {
      for (const Mention& x : e) {
        if (x.kind != MentionKind::kEntity || x.weak || !Checkable(x)) continue;
        if (!SameWords(e, x.tok_begin - kSlotWords, m.tok_begin - kSlotWords, 1) &&
            !SameWords(e, x.tok_end, m.tok_end, 0)) {
          continue;
        }
        if (EntitiesMatch(m.key, x.key, &sources_.aliases())) return nullptr;  // m holds it
        if (found == nullptr && !NameInClaim(x)) {
          found = &x;
          *side = &e;
        }
      }
    }
    return found;
  }
  // kSlotWords tokens from claim token c equal those from evidence token x (both in
  // range, unsigned wrap-around included), one of them a content word, in the name's
  // clause: no clause ends before token c + n + offset on either side (offset 1 for
  // words before the name, 0 for words after it).
  bool SameWords(const Side& e, uint32_t x, uint32_t c, uint32_t offset) const {
    bool content = false;
    for (uint32_t n = 0; n < kSlotWords; ++n) {
      if (!e.view.In(x + n) || !claim_.view.In(c + n) ||
          e.view.norm(x + n) != claim_.view.norm(c + n) ||
          (e.view.GapBefore(x + n + offset) & kGapClauseEnd) ||
          (claim_.view.GapBefore(c + n + offset) & kGapClauseEnd)) {
        return false;
      }
      content |= IsContent(claim_.view, c + n);
    }
    return content;
  }

  // --- negation: the same predicate negated on one side only.
  // The same predicate about the same thing: a content word within kArgumentWindow
  // before or after it is shared ("abandoned Nvidia" / "abandoned Nvidia"; not "using
  // cheaper alternatives" / "using the voice recognition feature").
  bool SameClauseTopic(const Side& a, uint32_t ta, const Side& b, uint32_t tb) const {
    std::vector<std::string_view> ca, cb;
    StemsAround(a, ta, ta + 1, kArgumentWindow, kArgumentWindow, true, &ca);
    StemsAround(b, tb, tb + 1, kArgumentWindow, kArgumentWindow, true, &cb);
    return ShareStem(ca, cb);
  }
  // Stems of the content tokens within `before` tokens before [first, last) and `after`
  // tokens after it, inside its clause, the range itself left out; names too unless
  // `names`.
  static void StemsAround(const Side& s, uint32_t first, uint32_t last, uint32_t before,
                          uint32_t after, bool names, std::vector<std::string_view>* out) {
    out->clear();
    const Clause c = ClauseAround(s.view, first);
    const uint32_t lo = first > c.begin + before ? first - before : c.begin;
    const uint32_t hi = std::min(c.end, last + after);
    for (uint32_t k = lo; k < hi; ++k) {
      if (k >= first && k < last) continue;
      if (IsContent(s.view, k) && (names || !InName(s, k))) out->push_back(s.Stem(k));
    }
  }

  // No source uses the claim's negation word ("not", or a form of it: "doesn't",
  // "cannot", "neither ... nor" count as given where "not" is): the sources deny nothing
  // this way, and a summary that does adds a denial of its own. Only the grammar's
  // negators count: verbs that deny ("lacks", "fails to") are paraphrased freely.
  bool NegationNovel(const Mention& n) const {
    static constexpr std::string_view kNegators[] = {
        "not", "no", "never", "none", "nor", "neither", "nothing", "nobody", "nowhere",
        "cannot"};
    const std::string_view w = claim_.view.norm(n.tok_begin);
    const bool not_form =
        w == "cannot" || w == "neither" || w == "nor" || ContractedNegation(w);
    if (!not_form && !InList(kNegators, w)) return false;
    if (sources_.NormGiven(w)) return false;
    return !(not_form && sources_.NormGiven("not"));
  }

  void CheckClaimNegation(const Mention& n) {
    if (NegationNovel(n)) {
      Add(FindingKind::kNegationFlip, false, n.begin, n.end,
          "no source says " + Quote(claim_.Text(n)) + ": the sources deny nothing this way");
      return;
    }
    uint32_t p = PredicateAfter(claim_.view, n.tok_end - 1);
    if (p == claim_.view.end()) return;
    std::string_view stem = claim_.Stem(p);
    const Side* side = nullptr;
    uint32_t hit = kNone;
    for (const Side& e : evidence_) {
      for (uint32_t k = e.view.begin(); k < e.view.end(); ++k) {
        if (!IsContent(e.view, k) || e.Stem(k) != stem) continue;
        if (e.Governed(k, MentionKind::kNegation)) return;  // negated there too
        // "Risk-free", "tax-free": the compound denies its first word ("no risk").
        if (e.view.In(k + 1) && e.view.Hyphenated(k + 1) && e.view.norm(k + 1) == "free") return;
        if (hit == kNone && SameClauseTopic(claim_, p, e, k)) {
          hit = k;
          side = &e;
        }
      }
    }
    if (hit == kNone) return;
    flipped_.push_back(p);
    FactFinding& f = Add(FindingKind::kNegationFlip, !NovelInClause(p), n.begin,
                         claim_.view.tok(p).end,
                         "the source says " + Quote(side->TokText(hit)) + " without negation");
    SetSource(&f, *side, side->view.tok(hit).begin, side->view.tok(hit).end);
  }

  // The evidence's "not ... as much computing power as" (a comparison that consumed its
  // negation) stated without the negation in the claim: "has as much computing power as".
  void CheckNegatedEquality() {
    for (const Side& e : evidence_) {
      for (const Mention& x : e) {
        if (x.kind != MentionKind::kComparison || x.sign >= 0 ||
            !HasLex(e.view.word(x.tok_begin), kLexNegation)) {
          continue;
        }
        uint32_t as = x.tok_begin + 1;  // the first "as" or "so"
        while (as < x.tok_end && e.view.norm(as) != "as" && e.view.norm(as) != "so") ++as;
        const uint32_t len = x.tok_end - as;
        if (len < kEqualityWords) continue;
        for (uint32_t k = claim_.view.begin(); k + len <= claim_.view.end(); ++k) {
          uint32_t n = 0;
          while (n < len && claim_.view.norm(k + n) == e.view.norm(as + n)) ++n;
          if (n < len || NegatedBefore(k)) continue;
          // About the same thing: the two clauses share a word before the comparison.
          std::vector<std::string_view> a, b;
          StemsAround(claim_, k, k + len, kSubjectReach, 0, true, &a);
          StemsAround(e, x.tok_begin, x.tok_end, kSubjectReach, 0, true, &b);
          if (!ShareStem(a, b)) continue;
          FactFinding& f =
              Add(FindingKind::kNegationFlip, !NovelInClause(k), claim_.view.tok(k).begin,
                  claim_.view.tok(k + len - 1).end,
                  "the source says " + Quote(e.Text(x)));
          SetSource(&f, e, x.begin, x.end);
          return;
        }
      }
    }
  }
  // Claim token t is negated: a negation governs it, or it lies inside the claim's own
  // "not as ... as".
  bool NegatedBefore(uint32_t t) const {
    if (claim_.Governed(t, MentionKind::kNegation)) return true;
    for (const Mention& m : claim_) {
      if (m.kind == MentionKind::kComparison && m.sign < 0 && m.tok_begin < t &&
          t < m.tok_end) {
        return true;
      }
    }
    return false;
  }

  void CheckEvidenceNegations() {
    for (const Side& e : evidence_) {
      for (const Mention& n : e) {
        if (n.kind != MentionKind::kNegation) continue;
        uint32_t p = PredicateAfter(e.view, n.tok_end - 1);
        if (p == e.view.end()) continue;
        std::string_view stem = e.Stem(p);
        for (uint32_t k = claim_.view.begin(); k < claim_.view.end(); ++k) {
          if (!IsContent(claim_.view, k) || claim_.Stem(k) != stem) continue;
          if (claim_.Governed(k, MentionKind::kNegation)) break;
          if (!SameClauseTopic(claim_, k, e, p) || Flagged(k)) continue;
          flipped_.push_back(k);
          FactFinding& f =
              Add(FindingKind::kNegationFlip, !NovelInClause(k), claim_.view.tok(k).begin,
                  claim_.view.tok(k).end,
                  "the source says " + Quote(e.span->text.substr(
                                           n.begin, e.view.tok(p).end - n.begin)));
          SetSource(&f, e, n.begin, e.view.tok(p).end);
          break;
        }
      }
    }
  }

  // Some source has claim token k, as it is written or by its stem ("killing" for
  // "killed").
  bool ClaimWordGiven(uint32_t k) const {
    return sources_.NormGiven(claim_.view.norm(k)) || sources_.StemGiven(claim_.Stem(k));
  }

  // The claim's clause around token t holds a content word no source has: a negation
  // there denies something the sources never state ("Tencent has not started using its
  // own chips", "Baidu has not used its chip for AI inference"), which leaves the claim
  // unsupported rather than contradicted.
  bool NovelInClause(uint32_t t) const {
    const Clause c = ClauseAround(claim_.view, t);
    for (uint32_t k = c.begin; k < c.end; ++k) {
      if (IsContent(claim_.view, k) && !ClaimWordGiven(k)) {
        return true;
      }
    }
    return false;
  }

  bool Flagged(uint32_t k) const {
    for (uint32_t f : flipped_) {
      if (f == k) return true;
    }
    return false;
  }

  // --- direction: the move the evidence makes in the claim's slot. A sentence may hold
  // several moves ("BABA surged by 8% ..., while its Hong Kong shares rose over 5%"), so
  // the one whose slot fits best decides: a matching figure in the same clause, then the
  // most context stems shared. 0 when nothing ties them.
  int SlotScore(const Mention& d, const Side& e, const Mention& x) const {
    std::vector<std::string_view> cc, ec;
    ContextStems(claim_.view, d.tok_begin, d.tok_end, &cc);
    ContextStems(e.view, x.tok_begin, x.tok_end, &ec);
    int score = SharedStems(cc, ec);
    Clause c1 = ClauseAround(claim_.view, d.tok_begin);
    Clause c2 = ClauseAround(e.view, x.tok_begin);
    for (const Mention* q = claim_.From(c1.begin); q != claim_.end() && q->tok_begin < c1.end;
         ++q) {
      if (q->kind != MentionKind::kQuantity || q->tok_end > c1.end) continue;
      for (const Mention* r = e.From(c2.begin); r != e.end() && r->tok_begin < c2.end; ++r) {
        if (r->kind == MentionKind::kQuantity && r->tok_end <= c2.end &&
            Compare(*q, *r) == Agreement::kMatch) {
          return score + kFigureMatch;
        }
      }
    }
    return score;
  }

  // Token k belongs to a name mention.
  static bool InName(const Side& s, uint32_t k) {
    for (const Mention* m = s.From(k > kMaxNameTokens ? k - kMaxNameTokens : 0);
         m != s.end() && m->tok_begin <= k; ++m) {
      if (m->kind == MentionKind::kEntity && k < m->tok_end) return true;
    }
    return false;
  }
  // The two moves are of the same thing: what follows them shares a word, or, when one
  // has nothing after it ("Alibaba shares fell"), the words next to them do (names
  // aside). Subjects alone do not tie them: "companies intensified their efforts" and
  // "companies reduce reliance" move different things.
  bool SameMover(const Mention& d, const Side& e, const Mention& x) const {
    std::vector<std::string_view> a, b;
    // What is moved ("easing its pressure", "a drop in vaccine sales") follows the move;
    // names say where, not what ("Nvidia's China business" moves "business").
    StemsAround(claim_, d.tok_begin, d.tok_end, 0, kMoveArgumentWindow, false, &a);
    StemsAround(e, x.tok_begin, x.tok_end, 0, kMoveArgumentWindow, false, &b);
    if (!a.empty() && !b.empty()) return ShareStem(a, b);
    StemsAround(claim_, d.tok_begin, d.tok_end, kArgumentWindow, kArgumentWindow, false, &a);
    StemsAround(e, x.tok_begin, x.tok_end, kArgumentWindow, kArgumentWindow, false, &b);
    return ShareStem(a, b);
  }

  void CheckDirection(const Mention& d) {
    if (claim_.Governed(d.tok_begin, MentionKind::kNegation)) return;
    const Mention* best = nullptr;
    const Side* side = nullptr;
    int best_score = 0;
    for (const Side& e : evidence_) {
      for (const Mention& x : e) {
        if (x.kind != MentionKind::kDirection || x.sign == 0) continue;
        if (e.Governed(x.tok_begin, MentionKind::kNegation)) continue;
        const int score = SlotScore(d, e, x);
        // Ties keep the earlier move, unless a later one agrees with the claim.
        if (score > best_score || (score == best_score && score > 0 && x.sign == d.sign)) {
          best = &x;
          side = &e;
          best_score = score;
        }
      }
    }
    // A move word of the evidence decides when it has the same figure or the same thing
    // moving: a word next to both moves ("easing its pressure" / "growing pressure"), not
    // words somewhere in the clause ("increasing its dividend to $0.15" / "expect net
    // debt to fall below $25 billion"). Otherwise the evidence may still state the move as
    // two figures.
    if (best == nullptr || (best_score < kFigureMatch && !SameMover(d, *side, *best))) {
      CheckImpliedMove(d);
      return;
    }
    if (best->sign == d.sign) return;
    FactFinding& f = Add(FindingKind::kDirectionFlip, true, d.begin, d.end,
                         "the source says " + Quote(side->Text(*best)) + ", not " +
                             Quote(claim_.Text(d)));
    SetSource(&f, *side, best->begin, best->end);
  }

  // A move the evidence states as two figures rather than a word: "net income ... was
  // $94.8 million or $0.91 per diluted share, that compares to $106.6 million or $1.04
  // ... in Q2 of last year" is a fall, whatever the claim calls it. Around "compares
  // to/with" or "versus", the figures before it pair in order with those after it; the
  // claim's move must share a word with what comes before its figure ("net income").
  void CheckImpliedMove(const Mention& d) {
    std::vector<std::string_view> topic, other;
    StemsAround(claim_, d.tok_begin, d.tok_end, kMoveTopicWords, kMoveTopicWords, true, &topic);
    if (topic.empty()) return;
    std::vector<const Mention*> now, then;
    for (const Side& e : evidence_) {
      for (uint32_t k = e.view.begin(); k < e.view.end(); ++k) {
        const uint32_t after = LinkAt(e.view, k);
        if (after == kNone) continue;
        now.clear();
        then.clear();
        // The figures before the link come from its own sentence: "Revenue was $5bn.
        // Profit was $1bn, compared with $2bn" pairs $1bn with $2bn, not $5bn.
        uint32_t lo = k > e.view.begin() + kFiguresAroundLink ? k - kFiguresAroundLink
                                                               : e.view.begin();
        for (uint32_t t = k; t > lo; --t) {
          if (e.view.SentenceStart(t)) {
            lo = t;
            break;
          }
        }
        for (const Mention& x : e) {
          if (x.kind != MentionKind::kQuantity || x.quantity.unit == "score") continue;
          if (x.tok_begin >= lo && x.tok_end <= k) now.push_back(&x);
          if (x.tok_begin >= after && x.tok_begin < after + kFiguresAroundLink) then.push_back(&x);
        }
        for (size_t i = 0; i < now.size() && i < then.size(); ++i) {
          if (Compare(*now[i], *then[i]) != Agreement::kConflict) continue;
          StemsAround(e, now[i]->tok_begin, now[i]->tok_end, kMoveContextWords, 0, true, &other);
          if (!ShareStem(topic, other)) continue;
          const int sign = now[i]->quantity.value > then[i]->quantity.value ? 1 : -1;
          if (sign == d.sign) return;
          FactFinding& f = Add(FindingKind::kDirectionFlip, true, d.begin, d.end,
                               "the source gives " + Quote(e.Text(*now[i])) + " against " +
                                   Quote(e.Text(*then[i])) + ", " +
                                   (sign > 0 ? "a rise" : "a fall") + ", not " +
                                   Quote(claim_.Text(d)));
          SetSource(&f, e, now[i]->begin, then[i]->end);
          return;
        }
      }
    }
  }
  // When token k starts "compares to", "compared with", "versus" or "vs": the token after
  // it; else kNone.
  static uint32_t LinkAt(const TokenView& v, uint32_t k) {
    const std::string_view w = v.norm(k);
    if ((w == "compares" || w == "compared" || w == "compare") && v.In(k + 1) &&
        (v.norm(k + 1) == "to" || v.norm(k + 1) == "with")) {
      return k + 2;
    }
    if (w == "versus" || w == "vs") return k + 1;
    return kNone;
  }

  // --- comparison: what ranks the same name, on the evidence side.
  // The name a comparison ranks and the sign it gives that name: "top-of-the-line H20"
  // ranks H20 up; "X outperforms Y" ranks X up and Y down.
  static const Mention* Target(const Side& s, const Mention& c, int* sign,
                               const Mention** other = nullptr) {
    Clause cl = ClauseAround(s.view, c.tok_begin);
    const Mention* before = nullptr;
    const Mention* after = nullptr;
    std::vector<std::string_view> parts;
    for (const Mention* it = s.From(cl.begin); it != s.end() && it->tok_begin < cl.end; ++it) {
      const Mention& m = *it;
      if (m.kind != MentionKind::kEntity || m.weak) continue;
      SignificantParts(m.key, &parts);
      if (parts.empty()) continue;  // "AI", "CEO": generic, never what is ranked
      if (m.tok_end <= c.tok_begin && m.tok_begin >= cl.begin &&
          c.tok_begin - m.tok_end < kTargetBefore) {
        before = &m;
      }
      if (after == nullptr && m.tok_begin >= c.tok_end && m.tok_end <= cl.end &&
          m.tok_begin - c.tok_end < kTargetAfter) {
        after = &m;
      }
    }
    const Mention* first = c.superlative ? after : before;
    const Mention* second = c.superlative ? before : after;
    if (first != nullptr) {
      *sign = c.sign;
      if (other != nullptr && !c.superlative) *other = second;
      return first;
    }
    if (second != nullptr) {
      *sign = c.superlative ? c.sign : -c.sign;
      return second;
    }
    return nullptr;
  }

  // A name matching `name` stands next to comparison x on the side other than t's, within
  // the reach of a ranked name: x compares t with it ("does not have as much computing
  // power as H100").
  bool ComparesWith(const Side& e, const Mention& x, const Mention& t,
                    const Mention& name) const {
    Clause cl = ClauseAround(e.view, x.tok_begin);
    for (const Mention* it = e.From(cl.begin); it != e.end() && it->tok_begin < cl.end; ++it) {
      const Mention& y = *it;
      if (&y == &t || y.kind != MentionKind::kEntity || y.tok_end > cl.end ||
          !EntitiesMatch(name.key, y.key, &sources_.aliases())) {
        continue;
      }
      const bool after = y.tok_begin >= x.tok_end && y.tok_begin - x.tok_end < kTargetAfter;
      const bool before = y.tok_end <= x.tok_begin && x.tok_begin - y.tok_end < kTargetBefore;
      if ((after && t.tok_end <= x.tok_begin) || (before && t.tok_begin >= x.tok_end)) {
        return true;
      }
    }
    return false;
  }

  // What a superlative ranks over in the claim ("the most powerful AI processor in the
  // world") is what the evidence's ranks over: its content words all follow the
  // evidence's superlative ("... AI processor it is allowed to sell in China" does not
  // cover "world").
  bool SameScope(const Mention& c, const Side& e, const Mention& x) const {
    std::vector<std::string_view> a, b;
    StemsAround(claim_, c.tok_begin, c.tok_end, 0, kScopeWords, true, &a);
    StemsAround(e, x.tok_begin, x.tok_end, 0, 2 * kScopeWords, true, &b);
    for (std::string_view w : a) {
      if (std::find(b.begin(), b.end(), w) == b.end()) return false;
    }
    return true;
  }

  // The claim puts the evidence's comparison the other way round, with the same word:
  // what stands before the claim's "outpaced" stands after the evidence's and not before
  // it, and what stands after the claim's stands before the evidence's, or a pronoun
  // does ("Chinese alternatives outpaced Nvidia's H20" / "it still outpaced Chinese
  // alternatives"). Passives ("outpaced by") are left alone.
  const Mention* SwappedSides(const Mention& c, const Side** side) const {
    if (c.superlative || FollowedByBy(claim_, c)) return nullptr;
    std::vector<std::string_view> before_c, after_c, before_x, after_x;
    StemsAround(claim_, c.tok_begin, c.tok_end, kArgumentWindow, 0, true, &before_c);
    StemsAround(claim_, c.tok_begin, c.tok_end, 0, kArgumentWindow, true, &after_c);
    if (before_c.empty() || after_c.empty()) return nullptr;
    for (const Side& e : evidence_) {
      for (const Mention& x : e) {
        if (x.kind != MentionKind::kComparison || x.key != c.key || x.sign != c.sign ||
            FollowedByBy(e, x)) {
          continue;
        }
        StemsAround(e, x.tok_begin, x.tok_end, kArgumentWindow, 0, true, &before_x);
        StemsAround(e, x.tok_begin, x.tok_end, 0, kArgumentWindow, true, &after_x);
        if (ShareStem(before_c, before_x)) continue;
        if (!ShareStem(after_c, before_x) && !PronounBefore(e, x)) continue;
        bool all_after = true;
        for (std::string_view w : before_c) {
          all_after &= std::find(after_x.begin(), after_x.end(), w) != after_x.end();
        }
        if (all_after) {
          *side = &e;
          return &x;
        }
      }
    }
    return nullptr;
  }
  // A pronoun stands for the subject of comparison m: "it still outpaced".
  static bool PronounBefore(const Side& s, const Mention& m) {
    static constexpr std::string_view kPronouns[] = {"it", "they", "he", "she", "which", "who"};
    const Clause c = ClauseAround(s.view, m.tok_begin);
    const uint32_t lo = m.tok_begin > c.begin + kArgumentWindow ? m.tok_begin - kArgumentWindow
                                                                 : c.begin;
    for (uint32_t k = lo; k < m.tok_begin; ++k) {
      for (std::string_view p : kPronouns) {
        if (s.view.norm(k) == p) return true;
      }
    }
    return false;
  }
  static bool FollowedByBy(const Side& s, const Mention& m) {
    return s.view.In(m.tok_end) && s.view.norm(m.tok_end) == "by";
  }

  // The claim's comparative has a name on each side in its clause: "X uses less power
  // than Y".
  bool RanksTwoNames(const Mention& c) const {
    Clause cl = ClauseAround(claim_.view, c.tok_begin);
    bool before = false, after = false;
    std::vector<std::string_view> parts;
    for (const Mention* it = claim_.From(cl.begin); it != claim_.end() && it->tok_begin < cl.end;
         ++it) {
      const Mention& m = *it;
      if (m.kind != MentionKind::kEntity || m.weak || !Checkable(m) || Description(m)) continue;
      SignificantParts(m.key, &parts);
      if (parts.empty()) continue;
      before |= m.tok_end <= c.tok_begin && c.tok_begin - m.tok_end < kTargetBefore;
      after |= m.tok_begin >= c.tok_end && m.tok_end <= cl.end &&
               m.tok_begin - c.tok_end < kTargetAfter;
    }
    return before && after;
  }

  void CheckComparison(const Mention& c) {
    if (c.sign == 0) return;
    const Side* side = nullptr;
    if (const Mention* x = SwappedSides(c, &side)) {
      FactFinding& f = Add(FindingKind::kComparisonUnsupported, true, c.begin, c.end,
                           "the source has the two sides of " + Quote(side->Text(*x)) +
                               " the other way round");
      SetSource(&f, *side, x->begin, x->end);
      return;
    }
    int claim_sign = 0;
    const Mention* other = nullptr;  // what the claim compares the target with
    const Mention* target = Target(claim_, c, &claim_sign, &other);
    const Mention* opposite = nullptr;
    bool same = false;
    bool same_words = false;  // the evidence ranks the name with the claim's own words
    // Comparisons of the target with the claim's other name decide alone when there are
    // any: "not as much computing power as H100" outweighs "the most powerful AI
    // processor it is allowed to sell in China" for "more computing power than the H100".
    bool with_other = false;
    if (target != nullptr) {
      for (const Side& e : evidence_) {
        for (const Mention& x : e) {
          if (x.kind != MentionKind::kComparison || x.sign == 0) continue;
          // The claim's name in this comparison's clause, nearest to it: before the
          // comparison it is ranked as the comparison says; after a comparative ("less
          // than X", "as much as X") the other way round.
          Clause cl = ClauseAround(e.view, x.tok_begin);
          const Mention* t = nullptr;
          uint32_t best = kNone;
          for (const Mention* it = e.From(cl.begin); it != e.end() && it->tok_begin < cl.end;
               ++it) {
            const Mention& y = *it;
            if (y.kind != MentionKind::kEntity || y.tok_end > cl.end ||
                !EntitiesMatch(target->key, y.key, &sources_.aliases())) {
              continue;
            }
            uint32_t d = y.tok_begin >= x.tok_end ? y.tok_begin - x.tok_end
                                                  : x.tok_begin - y.tok_end;
            if (d < best) {
              best = d;
              t = &y;
            }
          }
          if (t == nullptr) continue;
          const bool with = other != nullptr && ComparesWith(e, x, *t, *other);
          if (with_other && !with) continue;
          if (with && !with_other) {
            with_other = true;
            same = same_words = false;
            opposite = nullptr;
          }
          int sign = x.superlative || t->tok_end <= x.tok_begin ? x.sign : -x.sign;
          if (sign == claim_sign) {
            same = true;
            same_words |= x.key == c.key && (!c.superlative || SameScope(c, e, x));
          } else if (opposite == nullptr) {
            opposite = &x;
            side = &e;
          }
        }
      }
    }
    // An absolute claim ("top-of-the-line") is ruled out by any ranking below; a
    // comparison stands when the evidence also makes it.
    if (opposite != nullptr && !same_words && (c.superlative || !same)) {
      FactFinding& f = Add(FindingKind::kComparisonUnsupported, true, c.begin, c.end,
                           "the source says " + Quote(side->Text(*opposite)) + ", not " +
                               Quote(claim_.Text(c)));
      SetSource(&f, *side, opposite->begin, opposite->end);
      return;
    }
    // Unsupported only for an unhedged superlative, or a comparative between two names
    // ("the Zhenwu chip is faster than Baidu's Kunlun P800"): other comparatives and
    // hedged rankings ("would be the best fit") are paraphrase more often than invention.
    if (same || claim_.Governed(c.tok_begin, MentionKind::kHedge)) return;
    if (!c.superlative) {
      if (target != nullptr && RanksTwoNames(c)) {
        Add(FindingKind::kComparisonUnsupported, false, c.begin, c.end,
            "the sources do not compare these two this way (" + Quote(claim_.Text(c)) + ")");
      }
      return;
    }
    if (BareAdjective(c)) return;
    // Given anywhere: a source superlative in the same words; for a one-word superlative,
    // the word in any source ("most" and "advanced" used apart do not give "most
    // advanced"). The word first: the superlatives are only known once every source
    // mention is extracted.
    const bool given = (c.tok_end == c.tok_begin + 1 && ClaimWordGiven(c.tok_begin)) ||
                       sources_.SuperlativeGiven(c.key);
    if (given) return;
    for (const Side& e : evidence_) {
      for (const Mention& x : e) {
        if (x.kind == MentionKind::kComparison && x.sign == c.sign &&
            x.superlative == c.superlative) {
          return;
        }
      }
    }
    Add(FindingKind::kComparisonUnsupported, false, c.begin, c.end,
        "the sources do not say " + Quote(claim_.Text(c)));
  }

  // --- certainty: the evidence hedges the predicate, the claim states it flatly.
  // A claim word states as fact the evidence predicate p that hedge h qualifies: a
  // finding, and true.
  bool RaisedCertainty(const Side& e, const Mention& h, uint32_t p) {
    std::string_view stem = e.Stem(p);
    for (uint32_t k = claim_.view.begin(); k < claim_.view.end(); ++k) {
      if (!IsContent(claim_.view, k) || claim_.Stem(k) != stem) continue;
      if (!SameClauseTopic(claim_, k, e, p)) continue;
      FactFinding& f = Add(FindingKind::kCertaintyRaised, false, claim_.view.tok(k).begin,
                           claim_.view.tok(k).end,
                           "the source hedges this (" + Quote(e.Text(h)) +
                               "); the claim states it as fact");
      SetSource(&f, e, h.begin, e.view.tok(p).end);
      return true;
    }
    return false;
  }

  // A claim that hedges, or gives what it says as someone's belief, asserts nothing the
  // source doubts; naming who said it ("according to new research") is no hedge.
  void CheckCertainty() {
    for (const Mention& m : claim_) {
      if (m.kind == MentionKind::kHedge && m.hedge >= kHedgeBelief) return;
    }
    for (const Side& e : evidence_) {
      for (const Mention& h : e) {
        if (h.kind != MentionKind::kHedge || h.hedge < kHedgeModal) continue;
        // The hedge covers the first predicates after it: "it is rumored that NVIDIA is
        // pushing towards introducing ..." hedges "introducing" as much as "pushing".
        uint32_t p = h.tok_end - 1;
        for (int n = 0; n < kHedgedPredicates; ++n) {
          p = PredicateAfter(e.view, p);
          if (p == e.view.end()) break;
          if (RaisedCertainty(e, h, p)) return;
        }
      }
    }
  }

  // Words by which a claim calls something certain or official.
  static bool CertaintyWord(std::string_view norm) {
    static constexpr std::string_view kWords[] = {
        "confirmed", "confirms", "confirm",   "officially", "official",
        "definitely", "certainly", "undoubtedly", "proven",  "certain"};
    for (std::string_view w : kWords) {
      if (norm == w) return true;
    }
    return false;
  }

  // Certainty word k says something is certain or official: "official" before what it
  // qualifies ("official figures") or after a copula ("is official"), not the noun ("a
  // prison official has said"); "certain" standing alone ("details are certain"), not
  // before a noun ("certain features").
  static bool Asserts(const TokenView& v, uint32_t k) {
    const std::string_view w = v.norm(k);
    const bool before_word = IsContent(v, k + 1);
    if (w == "official") {
      return before_word || (k > v.begin() && HasLex(v.word(k - 1), kLexAux));
    }
    if (w == "certain") return !before_word;
    return true;
  }

  // The claim calls something confirmed or official ("NVIDIA has officially confirmed a
  // B40 chip") where its evidence doubts it: a modal hedge ("it is rumored that") or a
  // negated certainty word ("the plans aren't official", "details aren't certain") in a
  // clause about the same thing. The claim states the opposite of what the source says
  // of its standing: contradicted. (A claim that only drops a hedge is not: see
  // CheckCertainty. A claim may hedge one thing and call another confirmed, so this runs
  // whatever hedges the claim has.)
  void CheckAssertedCertainty() {
    for (uint32_t k = claim_.view.begin(); k < claim_.view.end(); ++k) {
      if (!CertaintyWord(claim_.view.norm(k)) || !Asserts(claim_.view, k) ||
          claim_.Governed(k, MentionKind::kNegation)) {
        continue;
      }
      std::vector<std::string_view> topic;
      ContextStems(claim_.view, k, k + 1, &topic);
      for (const Side& e : evidence_) {
        for (const Mention& h : e) {
          uint32_t at = kNone;
          uint32_t end = h.end;  // of the doubting words: the hedge, or "aren't certain"
          if (h.kind == MentionKind::kHedge && h.hedge >= kHedgeModal) {
            at = h.tok_begin;
          } else if (h.kind == MentionKind::kNegation) {
            const uint32_t p = PredicateAfter(e.view, h.tok_end - 1);
            if (p != e.view.end() && CertaintyWord(e.view.norm(p))) {
              at = p;
              end = e.view.tok(p).end;
            }
          }
          if (at == kNone) continue;
          std::vector<std::string_view> other;
          ContextStems(e.view, at, at + 1, &other);
          if (!ShareStem(topic, other)) continue;
          FactFinding& f = Add(FindingKind::kCertaintyRaised, true, claim_.view.tok(k).begin,
                               claim_.view.tok(k).end,
                               "the source doubts this (" +
                                   Quote(e.span->text.substr(h.begin, end - h.begin)) +
                                   "); the claim calls it " + Quote(claim_.TokText(k)));
          SetSource(&f, e, h.begin, end);
          return;
        }
      }
    }
  }

  // --- antonyms: a claim word whose opposite, and not the word itself, is in the evidence.
  void CheckAntonyms() {
    for (uint32_t k = claim_.view.begin(); k < claim_.view.end(); ++k) {
      if (!IsContent(claim_.view, k) || Flagged(k) || InMention(k)) continue;
      // Most words have no antonym at all: no need to scan the evidence for one, nor to
      // gather none when the word's marks say so.
      const TextLexicon* lexicon = claim_.view.lexicon();
      if (lexicon != nullptr && !lexicon->traits.empty() &&
          (lexicon->traits[claim_.view.tok(k).word] & kTraitAntonyms) == 0) {
        continue;
      }
      std::string_view norm = claim_.view.norm(k);
      std::string_view stem = claim_.Stem(k);
      // A comparative or superlative opposes through its adjective's pairs as well:
      // "higher" through "high" / "low" (and the evidence's "lower" through "low").
      const AntonymSet antonyms(norm, stem);
      const std::string degree =
          HasLex(claim_.view.word(k), kLexComparative | kLexSuperlative) ? DegreeBase(norm) : "";
      const AntonymSet by_degree(degree, degree);
      if (antonyms.empty() && by_degree.empty()) continue;
      // A move word ("lost") the direction check had no move to weigh against opposes a
      // word that is no move ("won") here.
      const bool move = InMove(claim_, k);
      // The evidence's words are told apart by their hashes first.
      const uint64_t norm_hash = claim_.view.norm_hash(k), stem_hash = claim_.StemHash(k);
      const Side* side = nullptr;
      uint32_t hit = kNone;
      // As FindConflict, over the evidence's content words only (no other token is the
      // word itself or its opposite), gathered once for all the claim's words.
      const auto& content = ContentWords();
      bool self = false;
      for (size_t s = 0; s < evidence_.size() && !self; ++s) {
        const Side& e = evidence_[s];
        for (const ContentWord& c : content[s]) {
          const uint32_t j = c.token;
          if ((c.stem_hash == stem_hash && e.Stem(j) == stem) ||
              (c.norm_hash == norm_hash && e.view.norm(j) == norm)) {
            self = true;
            break;
          }
          if (hit == kNone && c.may_be_antonym && !(move && InMove(e, j)) &&
              (Opposes(antonyms, e, c) || Opposes(by_degree, e, c)) &&
              !e.Governed(j, MentionKind::kNegation) &&
              !claim_.Governed(k, MentionKind::kNegation) && SameClauseTopic(claim_, k, e, j)) {
            hit = j;
            side = &e;
          }
        }
      }
      if (!self && hit != kNone) AddOpposed(k, *side, hit, ", the opposite of ");
    }
  }

  // An evidence token that IsContent, with what CheckAntonyms compares of it.
  struct ContentWord {
    uint32_t token;
    uint32_t degree;  // its Degree in degrees_, for a comparative or superlative; else kNone
    uint64_t norm_hash;
    uint64_t stem_hash;  // Side::StemHash
    bool may_be_antonym;  // MayBeAntonym
  };
  // The adjective an evidence comparative or superlative is a degree of (DegreeBase).
  struct Degree {
    std::string base;
    uint64_t hash;
  };
  // Evidence word c is in `antonyms`, by its norm and stem or by the adjective it is a
  // degree of.
  bool Opposes(const AntonymSet& antonyms, const Side& e, const ContentWord& c) const {
    if (antonyms.empty()) return false;
    if (antonyms.MayMatch(c.norm_hash, c.stem_hash) &&
        antonyms.Matches(e.view.norm(c.token), c.norm_hash, e.Stem(c.token), c.stem_hash)) {
      return true;
    }
    if (c.degree == kNone) return false;
    const Degree& d = degrees_[c.degree];
    return antonyms.MayMatch(d.hash, d.hash) && antonyms.Matches(d.base, d.hash, d.base, d.hash);
  }
  // Per evidence side, its content words in token order: made on first use.
  const std::vector<std::vector<ContentWord>>& ContentWords() {
    if (content_words_.size() == evidence_.size()) return content_words_;
    content_words_.resize(evidence_.size());
    for (size_t s = 0; s < evidence_.size(); ++s) {
      const Side& e = evidence_[s];
      for (uint32_t j = e.view.begin(); j < e.view.end(); ++j) {
        if (!IsContent(e.view, j)) continue;
        uint32_t degree = kNone;
        if (HasLex(e.view.word(j), kLexComparative | kLexSuperlative)) {
          std::string base = DegreeBase(e.view.norm(j));
          if (!base.empty()) {
            degree = static_cast<uint32_t>(degrees_.size());
            const uint64_t hash = HashBytes(base);
            degrees_.push_back({std::move(base), hash});
          }
        }
        content_words_[s].push_back(
            {j, degree, e.view.norm_hash(j), e.StemHash(j), MayBeAntonym(e.view, j)});
      }
    }
    return content_words_;
  }

  // How an evidence token stands to a claim word: the word itself, one that conflicts
  // with it, or neither.
  enum class WordMatch { kOther, kSelf, kConflict };
  // The first evidence token that `match(side, token, found)` calls a conflict, unless
  // some evidence token is the claim word itself (then false: the evidence says both).
  // `found` tells `match` that a conflict is already known, so it may skip the costly test.
  template <typename Match>
  bool FindConflict(const Match& match, const Side** side, uint32_t* hit) const {
    for (const Side& e : evidence_) {
      for (uint32_t j = e.view.begin(); j < e.view.end(); ++j) {
        switch (match(e, j, *hit != kNone)) {
          case WordMatch::kSelf: return false;
          case WordMatch::kConflict:
            if (*hit == kNone) {
              *hit = j;
              *side = &e;
            }
            break;
          case WordMatch::kOther: break;
        }
      }
    }
    return *hit != kNone;
  }
  // Reports claim token k as contradicted by evidence token `hit`: "the source says
  // <hit><link><k>".
  void AddOpposed(uint32_t k, const Side& side, uint32_t hit, std::string_view link) {
    FactFinding& f = Add(FindingKind::kAntonym, true, claim_.view.tok(k).begin,
                         claim_.view.tok(k).end,
                         "the source says " + Quote(side.TokText(hit)) + std::string(link) +
                             Quote(claim_.TokText(k)));
    SetSource(&f, side, side.view.tok(hit).begin, side.view.tok(hit).end);
  }

  // --- exclusive words: a colour, compass point, season, medal, meal or harm
  // (kLexExclusive) that the evidence gives otherwise about the same thing ("dumped green
  // paint" / "dumped yellow paint", "shot dead" / "seriously wounded in shooting"). The
  // evidence word must be one the claim does not use, so that "green and blue" against
  // "yellow and blue" names green. A claim word that the sources use elsewhere, in any
  // form ("killing" for "killed"), may be said of something the evidence window leaves
  // out ("Barker's silver medal" two paragraphs off a "bronze medallist"), and names are
  // left alone ("West Ham", "the Red Cross").
  void CheckExclusive() {
    for (uint32_t k = claim_.view.begin(); k < claim_.view.end(); ++k) {
      const WordInfo* w = claim_.view.word(k);
      if (!HasLex(w, kLexExclusive) || Flagged(k) || InName(claim_, k) || ClaimWordGiven(k)) {
        continue;
      }
      const Side* side = nullptr;
      uint32_t hit = kNone;
      auto match = [&](const Side& e, uint32_t j, bool found) {
        const WordInfo* x = e.view.word(j);
        if (!HasLex(x, kLexExclusive) || x->exclusive_set != w->exclusive_set) {
          return WordMatch::kOther;
        }
        if (x->exclusive_member == w->exclusive_member) return WordMatch::kSelf;
        return !found && !InName(e, j) && !ClaimHasMember(*x) && SameClauseTopic(claim_, k, e, j)
                   ? WordMatch::kConflict
                   : WordMatch::kOther;
      };
      if (FindConflict(match, &side, &hit)) AddOpposed(k, *side, hit, ", not ");
    }
  }
  // The claim has a word of x's exclusive set and member.
  bool ClaimHasMember(const WordInfo& x) const {
    for (uint32_t k = claim_.view.begin(); k < claim_.view.end(); ++k) {
      const WordInfo* w = claim_.view.word(k);
      if (HasLex(w, kLexExclusive) && w->exclusive_set == x.exclusive_set &&
          w->exclusive_member == x.exclusive_member) {
        return true;
      }
    }
    return false;
  }

  // Whether token k can be some word's antonym. A word is one only if it has antonyms
  // itself (the index files each pair under both sides' lemmas and stems), which its
  // marks say, unless an irregular base stem reads it by another stem than theirs.
  static bool MayBeAntonym(const TokenView& v, uint32_t k) {
    const TextLexicon* lexicon = v.lexicon();
    return lexicon == nullptr || lexicon->traits.empty() ||
           (lexicon->traits[v.tok(k).word] & (kTraitAntonyms | kTraitIrregular)) != 0;
  }

  // --- places a lower-cased text names. A place no source word names ("in birmingham"),
  // where the sources name another and none it lies in, contains or belongs to (they
  // have "glasgow", not "west midlands" or "england"): a text that marks no names shows
  // a swapped place only so. A capitalized name is CheckEntity's; with no place in the
  // sources at all, a summary may name the one its source implies ("london" for "the
  // capital").
  void CheckPlaces() {
    for (uint32_t k = claim_.view.begin(); k < claim_.view.end(); ++k) {
      if (!claim_.view.Has(k, kTokAlpha) ||
          (claim_.view.HasUpper(k) && !claim_.view.SentenceStart(k))) {
        continue;
      }
      std::string_view norm = claim_.view.norm(k);
      const WordInfo* info = claim_.view.word(k);
      if (Possessive(norm)) {
        norm.remove_suffix(2);
        info = LookupWord(norm);
      }
      // An initialism spells an everyday word in lower case ("us"): not a place here.
      if (!HasLex(info, kLexPlace) || !IsProperName(norm) || InEntity(k) ||
          sources_.NormGiven(norm) || sources_.StemGiven(claim_.Stem(k))) {
        continue;
      }
      const PlaceAreas* place = FindPlace(norm);
      if (place == nullptr) continue;
      const std::string_view other = sources_.OtherPlace(*place);
      if (other.empty()) continue;
      const Token& t = claim_.view.tok(k);
      Add(FindingKind::kEntityMissing, false, t.begin, t.end,
          "no place " + Quote(claim_.TokText(k)) + " in the sources, which name " + Quote(other));
    }
  }
  // Token k belongs to a name (checked by CheckEntity).
  bool InEntity(uint32_t k) const {
    for (const Mention& m : claim_) {
      if (m.kind == MentionKind::kEntity && k >= m.tok_begin && k < m.tok_end) return true;
    }
    return false;
  }

  // Token k of side s belongs to a direction mention (a move: "rose", "cut").
  static bool InMove(const Side& s, uint32_t k) {
    for (const Mention& m : s) {
      if (m.kind == MentionKind::kDirection && k >= m.tok_begin && k < m.tok_end) return true;
    }
    return false;
  }
  // Claim token k belongs to a comparison mention that CheckComparison judges: a
  // superlative, or a comparison that ranks a name. A comparative that ranks no name
  // ("revenue to be higher than in Q2") is left to the antonym check, which
  // CheckComparison does not stand in for; so are moves, against evidence words that
  // are no moves (CheckAntonyms).
  bool InMention(uint32_t k) const {
    for (const Mention& m : claim_) {
      if (k < m.tok_begin || k >= m.tok_end) continue;
      if (m.kind != MentionKind::kComparison) continue;
      int sign = 0;
      if (m.superlative || Target(claim_, m, &sign) != nullptr) return true;
    }
    return false;
  }

  Side claim_;
  std::vector<Side> evidence_;
  const SourceFacts& sources_;
  std::vector<FactFinding>* out_;
  std::vector<uint32_t> flipped_;  // claim tokens already in a negation finding
  std::vector<std::vector<ContentWord>> content_words_;  // ContentWords
  std::vector<Degree> degrees_;                          // ContentWord::degree
};

}  // namespace

void CheckFacts(const FactSpan& claim, const std::vector<FactSpan>& evidence,
                const SourceFacts& sources, std::vector<FactFinding>* out) {
  if (claim.analyzed == nullptr) return;
  // The rules pair the claim's tokens and mentions with the evidence's.
  uint64_t evidence_tokens = 0, evidence_mentions = 0;
  for (const FactSpan& e : evidence) {
    evidence_tokens += e.tok_end > e.tok_begin ? e.tok_end - e.tok_begin : 0;
    evidence_mentions += e.mention_count;
  }
  CountWork((claim.tok_end - claim.tok_begin) * (1 + evidence_tokens) +
            claim.mention_count * (1 + evidence_mentions));
  size_t first = out->size();
  ClaimCheck(claim, evidence, sources, out).Run();
  // Claim order, stable for equal starts.
  std::stable_sort(out->begin() + static_cast<std::ptrdiff_t>(first), out->end(),
                   [](const FactFinding& a, const FactFinding& b) { return a.begin < b.begin; });
}

}  // namespace claimcheck::internal
