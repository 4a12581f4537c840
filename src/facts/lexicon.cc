// The facts stage's word lists, merged into one hash table keyed by norm at first use.
// Lists are grouped by what they mean; a word in several lists gets every meaning.
#include "facts/lexicon.h"

#include <initializer_list>
#include <unordered_map>
#include <vector>

#include "align/lexicon.h"
#include "align/stem_data.h"
#include "facts/antonyms.h"
#include "text/stopwords.h"
#include "text/string_table.h"

namespace claimcheck::internal {
namespace {

using Table = std::unordered_map<std::string_view, WordInfo>;

struct Valued {
  std::string_view word;
  double value;
};
struct Signed {
  std::string_view word;
  int sign;
};
struct Unit {
  std::string_view word;
  std::string_view unit;
};

void AddFlag(Table* t, std::initializer_list<std::string_view> words, uint32_t flag) {
  for (std::string_view w : words) (*t)[w].flags |= flag;
}

void AddCardinals(Table* t) {
  static constexpr Valued kCardinals[] = {
      {"zero", 0},      {"one", 1},         {"two", 2},         {"three", 3},
      {"four", 4},      {"five", 5},        {"six", 6},         {"seven", 7},
      {"eight", 8},     {"nine", 9},        {"ten", 10},        {"eleven", 11},
      {"twelve", 12},   {"thirteen", 13},   {"fourteen", 14},   {"fifteen", 15},
      {"sixteen", 16},  {"seventeen", 17},  {"eighteen", 18},   {"nineteen", 19},
      {"twenty", 20},   {"thirty", 30},     {"forty", 40},      {"fifty", 50},
      {"sixty", 60},    {"seventy", 70},    {"eighty", 80},     {"ninety", 90},
      {"hundred", 100}, {"dozen", 12},
  };
  for (const Valued& v : kCardinals) {
    WordInfo& w = (*t)[v.word];
    w.flags |= kLexCardinal;
    w.value = v.value;
  }
  static constexpr Valued kScales[] = {
      {"thousand", 1e3}, {"million", 1e6},  {"billion", 1e9}, {"trillion", 1e12},
      {"k", 1e3},        {"m", 1e6},        {"mn", 1e6},      {"mln", 1e6},
      {"mio", 1e6},      {"bn", 1e9},       {"b", 1e9},       {"bln", 1e9},
      {"tn", 1e12},      {"trn", 1e12},     {"lakh", 1e5},    {"crore", 1e7},
      {"thousands", 1e3}, {"millions", 1e6}, {"billions", 1e9}, {"trillions", 1e12},
  };
  for (const Valued& v : kScales) {
    WordInfo& w = (*t)[v.word];
    w.flags |= kLexScale;
    w.scale = v.value;
  }
  // Vague amounts: "dozens of", "several-fold". A range keeps them from matching or
  // contradicting anything precise.
  struct Range {
    std::string_view word;
    double lo, hi;
  };
  static constexpr Range kRanges[] = {
      {"several", 3, 9},        {"dozens", 24, 99},       {"scores", 40, 99},
      {"tens", 20, 99},
      {"hundreds", 200, 999},   {"thousands", 2e3, 9999}, {"millions", 2e6, 9.99e8},
      {"billions", 2e9, 9.99e11},
  };
  for (const Range& r : kRanges) {
    WordInfo& w = (*t)[r.word];
    w.flags |= kLexApproxRange;
    w.value = r.lo;
    w.value_hi = r.hi;
  }
  static constexpr Valued kOrdinals[] = {
      {"first", 1},    {"second", 2},   {"third", 3},      {"fourth", 4},
      {"fifth", 5},    {"sixth", 6},    {"seventh", 7},    {"eighth", 8},
      {"ninth", 9},    {"tenth", 10},   {"eleventh", 11},  {"twelfth", 12},
      {"twentieth", 20}, {"hundredth", 100},
  };
  for (const Valued& v : kOrdinals) {
    WordInfo& w = (*t)[v.word];
    w.flags |= kLexOrdinal;
    w.value = v.value;
  }
  // Multipliers: "20 times", "twofold", and verbs that name one ("doubled").
  static constexpr Valued kMultipliers[] = {
      {"times", 0},   {"fold", 0},      {"twofold", 2},   {"threefold", 3},
      {"fourfold", 4}, {"fivefold", 5}, {"tenfold", 10},  {"double", 2},
      {"doubled", 2}, {"doubles", 2},   {"doubling", 2},  {"triple", 3},
      {"tripled", 3}, {"triples", 3},   {"tripling", 3},  {"quadrupled", 4},
      {"halved", 0.5}, {"halve", 0.5},  {"halves", 0.5},  {"halving", 0.5},
  };
  for (const Valued& v : kMultipliers) {
    WordInfo& w = (*t)[v.word];
    w.flags |= kLexMultiplier;
    w.value = v.value;
  }
}

void AddUnits(Table* t) {
  static constexpr Unit kCurrencies[] = {
      {"$", "usd"},       {"us$", "usd"},     {"usd", "usd"},     {"dollar", "usd"},
      {"dollars", "usd"}, {"cent", "usd"},    {"cents", "usd"},   {"€", "eur"},
      {"eur", "eur"},     {"euro", "eur"},    {"euros", "eur"},   {"£", "gbp"},
      {"gbp", "gbp"},     {"pound", "gbp"},   {"pounds", "gbp"},  {"sterling", "gbp"},
      {"¥", "cny|jpy"},   {"yuan", "cny"},    {"cny", "cny"},     {"rmb", "cny"},
      {"renminbi", "cny"}, {"yen", "jpy"},    {"jpy", "jpy"},     {"hk$", "hkd"},
      {"hkd", "hkd"},     {"₹", "inr"},       {"inr", "inr"},     {"rupee", "inr"},
      {"rupees", "inr"},  {"₩", "krw"},       {"krw", "krw"},     {"chf", "chf"},
      {"francs", "chf"},  {"a$", "aud"},      {"aud", "aud"},     {"c$", "cad"},
      {"cad", "cad"},     {"s$", "sgd"},      {"sgd", "sgd"},     {"nt$", "twd"},
      {"twd", "twd"},     {"rubles", "rub"},  {"roubles", "rub"}, {"₽", "rub"},
      {"pence", "gbp"},   {"penny", "gbp"},
  };
  for (const Unit& u : kCurrencies) {
    WordInfo& w = (*t)[u.word];
    w.flags |= kLexCurrency;
    w.unit = u.unit;
  }
  AddFlag(t, {"%", "percent", "pct", "pc", "per-cent", "percentage"}, kLexPercent);
  static constexpr Unit kTimeUnits[] = {
      {"second", "second"}, {"seconds", "second"}, {"minute", "minute"},
      {"minutes", "minute"}, {"min", "minute"},    {"mins", "minute"},
      {"hour", "hour"},     {"hours", "hour"},     {"hr", "hour"},
      {"hrs", "hour"},      {"day", "day"},        {"days", "day"},
      {"week", "week"},     {"weeks", "week"},     {"month", "month"},
      {"months", "month"},  {"quarter", "quarter"}, {"quarters", "quarter"},
      {"year", "year"},     {"years", "year"},     {"yr", "year"},
      {"yrs", "year"},      {"decade", "decade"},  {"decades", "decade"},
      {"century", "century"}, {"centuries", "century"},
  };
  for (const Unit& u : kTimeUnits) {
    WordInfo& w = (*t)[u.word];
    w.flags |= kLexTimeUnit;
    w.unit = u.unit;
  }
  // Measuring units written after a number ("5 nm", "3 GW"): the unit is its own kind.
  static constexpr std::string_view kMeasures[] = {
      "nm", "mm", "cm", "km", "kg", "mg", "lb", "lbs", "oz", "mph", "kph", "kmh",
      "gb", "tb", "mb", "kb", "pb", "ghz", "mhz", "gw", "mw", "kw", "kwh", "mwh",
      "gwh", "tops", "tflops", "pflops", "mi", "ft", "sq", "ha", "acres", "miles",
      "kilometres", "kilometers", "metres", "meters", "tonnes", "tons", "barrels",
      "liters", "litres", "gallons", "degrees", "bps", "nanometer", "nanometers",
  };
  for (std::string_view m : kMeasures) {
    WordInfo& w = (*t)[m];
    w.flags |= kLexUnitWord;
    w.unit = m;
  }
  AddFlag(t, {"am", "pm", "a.m", "p.m", "a.m.", "p.m."}, kLexMeridiem);
}

void AddCalendar(Table* t) {
  struct Month {
    std::string_view word;
    int month;
  };
  static constexpr Month kMonths[] = {
      {"january", 1},   {"jan", 1},   {"february", 2}, {"feb", 2},   {"march", 3},
      {"mar", 3},       {"april", 4}, {"apr", 4},      {"may", 5},   {"june", 6},
      {"jun", 6},       {"july", 7},  {"jul", 7},      {"august", 8}, {"aug", 8},
      {"september", 9}, {"sept", 9},  {"sep", 9},      {"october", 10}, {"oct", 10},
      {"november", 11}, {"nov", 11},  {"december", 12}, {"dec", 12},
  };
  for (const Month& m : kMonths) {
    WordInfo& w = (*t)[m.word];
    w.flags |= kLexMonth;
    w.month = static_cast<int8_t>(m.month);
  }
  // "Mondays" names the same weekday as "Monday".
  static constexpr std::string_view kWeekdays[] = {
      "monday",  "tuesday",  "wednesday",  "thursday",  "friday",  "saturday",  "sunday",
      "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays"};
  constexpr int kDaysPerWeek = 7;
  for (int i = 0; i < 2 * kDaysPerWeek; ++i) {
    WordInfo& w = (*t)[kWeekdays[i]];
    w.flags |= kLexWeekday;
    w.weekday = static_cast<int8_t>(i % kDaysPerWeek + 1);
  }
  AddFlag(t, {"last", "next", "this", "past", "coming", "previous", "earlier", "later",
              "early", "late", "mid", "current", "following", "prior", "same"},
          kLexRelAnchor);
  AddFlag(t, {"week", "weeks", "month", "months", "year", "years", "quarter", "weekend",
              "decade", "season", "spring", "summer", "autumn", "fall", "winter", "night",
              "morning", "afternoon", "evening", "day", "days", "century", "half"},
          kLexRelPeriod);
  AddFlag(t, {"yesterday", "today", "tomorrow", "tonight", "overnight"}, kLexRelDay);
}

void AddCues(Table* t) {
  AddFlag(t, {"not", "no", "never", "neither", "nor", "without", "none", "nobody", "nothing",
              "cannot", "n't", "lack", "lacks", "lacked", "lacking", "nowhere", "fail",
              "fails", "failed", "refuse", "refuses", "refused", "unable"},
          kLexNegation);
  static constexpr Signed kDirections[] = {
      {"rise", 1},       {"rises", 1},      {"rose", 1},       {"risen", 1},
      {"rising", 1},     {"surge", 1},      {"surges", 1},     {"surged", 1},
      {"surging", 1},    {"jump", 1},       {"jumps", 1},      {"jumped", 1},
      {"jumping", 1},    {"gain", 1},       {"gains", 1},      {"gained", 1},
      {"gaining", 1},    {"increase", 1},   {"increases", 1},  {"increased", 1},
      {"increasing", 1}, {"grow", 1},       {"grows", 1},      {"grew", 1},
      {"grown", 1},      {"growing", 1},    {"growth", 1},     {"soar", 1},
      {"soars", 1},      {"soared", 1},     {"soaring", 1},    {"climb", 1},
      {"climbs", 1},     {"climbed", 1},    {"climbing", 1},   {"raise", 1},
      {"raises", 1},     {"raised", 1},     {"raising", 1},    {"boost", 1},
      {"boosts", 1},     {"boosted", 1},    {"boosting", 1},   {"rally", 1},
      {"rallied", 1},    {"rallies", 1},    {"spiked", 1},     {"rebounded", 1},
      {"skyrocketed", 1}, {"doubled", 1},   {"tripled", 1},    {"quadrupled", 1},
      {"fall", -1},      {"falls", -1},     {"fell", -1},      {"fallen", -1},
      {"falling", -1},   {"slump", -1},     {"slumps", -1},    {"slumped", -1},
      {"drop", -1},      {"drops", -1},     {"dropped", -1},   {"dropping", -1},
      {"decline", -1},   {"declines", -1},  {"declined", -1},  {"declining", -1},
      {"decrease", -1},  {"decreases", -1}, {"decreased", -1}, {"decreasing", -1},
      {"cut", -1},       {"cuts", -1},      {"cutting", -1},   {"plunge", -1},
      {"plunges", -1},   {"plunged", -1},   {"lowered", -1},   {"lowers", -1},
      {"shrink", -1},    {"shrinks", -1},   {"shrank", -1},    {"shrunk", -1},
      {"lose", -1},      {"loses", -1},     {"lost", -1},      {"loss", -1},
      {"losses", -1},    {"slid", -1},      {"slides", -1},    {"tumbled", -1},
      {"tumble", -1},    {"sank", -1},      {"sink", -1},      {"dipped", -1},
      {"dip", -1},       {"slipped", -1},   {"slip", -1},      {"reduce", -1},
      {"reduces", -1},   {"reduced", -1},   {"reducing", -1},  {"reduction", -1},
      {"halved", -1},    {"slashed", -1},   {"slash", -1},     {"plummeted", -1},
      // Pressure, effort and restrictions move too.
      {"ease", -1},      {"eases", -1},     {"eased", -1},     {"easing", -1},
      {"loosen", -1},    {"loosens", -1},   {"loosened", -1},  {"loosening", -1},
      {"tighten", 1},    {"tightens", 1},   {"tightened", 1},  {"tightening", 1},
      {"escalate", 1},   {"escalates", 1},  {"escalated", 1},  {"escalating", 1},
      {"intensify", 1},  {"intensifies", 1}, {"intensified", 1}, {"intensifying", 1},
      {"dent", -1},      {"dents", -1},     {"dented", -1},    {"denting", -1},
      {"erode", -1},     {"erodes", -1},    {"eroded", -1},    {"eroding", -1},
      {"curbed", -1},    {"curbing", -1},
      {"accelerate", 1}, {"accelerates", 1}, {"accelerated", 1}, {"accelerating", 1},
      {"slowed", -1},    {"slows", -1},     {"slowing", -1},   {"hiked", 1},
      {"strengthen", 1}, {"strengthens", 1}, {"strengthened", 1}, {"strengthening", 1},
  };
  for (const Signed& s : kDirections) {
    WordInfo& w = (*t)[s.word];
    w.flags |= kLexDirection;
    w.sign = static_cast<int8_t>(s.sign);
  }
  static constexpr Signed kComparatives[] = {
      {"more", 1},        {"less", -1},       {"fewer", -1},       {"better", 1},
      {"worse", -1},      {"higher", 1},      {"lower", -1},       {"larger", 1},
      {"smaller", -1},    {"bigger", 1},      {"greater", 1},      {"stronger", 1},
      {"weaker", -1},     {"faster", 1},      {"slower", -1},      {"cheaper", -1},
      {"superior", 1},    {"inferior", -1},   {"outperforms", 1},  {"outperform", 1},
      {"outperformed", 1}, {"outpaced", 1},   {"outpaces", 1},     {"outpace", 1},
      {"surpasses", 1},   {"surpassed", 1},   {"surpass", 1},      {"exceeds", 1},
      {"exceeded", 1},    {"behind", -1},     {"ahead", 1},        {"trails", -1},
      {"lags", -1},       {"lagging", -1},    {"scaled", -1},      {"downgraded", -1},
      {"weakened", -1},
  };
  for (const Signed& s : kComparatives) {
    WordInfo& w = (*t)[s.word];
    w.flags |= kLexComparative;
    w.sign = static_cast<int8_t>(s.sign);
  }
  static constexpr Signed kSuperlatives[] = {
      {"most", 1},       {"least", -1},      {"best", 1},        {"worst", -1},
      {"biggest", 1},    {"largest", 1},     {"highest", 1},     {"lowest", -1},
      {"greatest", 1},   {"strongest", 1},   {"fastest", 1},     {"slowest", -1},
      {"smallest", -1},  {"weakest", -1},    {"cheapest", -1},   {"top", 1},
      {"flagship", 1},   {"leading", 1},     {"foremost", 1},    {"fewest", -1},
      {"newest", 1},     {"oldest", 1},      {"first-ever", 1},  {"record", 1},
      {"mightiest", 1},  {"fastest-growing", 1},
  };
  for (const Signed& s : kSuperlatives) {
    WordInfo& w = (*t)[s.word];
    w.flags |= kLexSuperlative;
    w.sign = static_cast<int8_t>(s.sign);
  }
  struct Hedge {
    std::string_view word;
    HedgeStrength strength;
  };
  static constexpr Hedge kHedges[] = {
      {"may", kHedgeModal},          {"might", kHedgeModal},
      {"could", kHedgeModal},        {"possibly", kHedgeModal},
      {"perhaps", kHedgeModal},      {"likely", kHedgeModal},
      {"unlikely", kHedgeModal},     {"probably", kHedgeModal},
      {"reportedly", kHedgeModal},   {"allegedly", kHedgeModal},
      {"purportedly", kHedgeModal},  {"apparently", kHedgeModal},
      {"rumored", kHedgeModal},      {"rumoured", kHedgeModal},
      {"expected", kHedgeModal},     {"expects", kHedgeModal},
      {"plans", kHedgeModal},        {"planned", kHedgeModal},
      {"plan", kHedgeModal},         {"claims", kHedgeModal},
      {"claimed", kHedgeModal},      {"claim", kHedgeModal},
      {"suggests", kHedgeModal},     {"suggested", kHedgeModal},
      {"suggest", kHedgeModal},      {"believed", kHedgeModal},
      {"seems", kHedgeModal},        {"appears", kHedgeModal},
      {"would", kHedgeModal},        {"potentially", kHedgeModal},
      {"aims", kHedgeModal},         {"aiming", kHedgeModal},
      {"intends", kHedgeModal},      {"considering", kHedgeModal},
      {"speculated", kHedgeModal},   {"unconfirmed", kHedgeModal},
      {"alleged", kHedgeModal},      {"possible", kHedgeModal},
      {"potential", kHedgeModal},    {"suspected", kHedgeModal},
      {"probable", kHedgeModal},     {"thought", kHedgeAttribution},
      {"according", kHedgeAttribution}, {"said", kHedgeAttribution},
      {"says", kHedgeAttribution},   {"say", kHedgeAttribution},
      {"reported", kHedgeAttribution}, {"reports", kHedgeAttribution},
      {"report", kHedgeAttribution}, {"told", kHedgeAttribution},
      {"stated", kHedgeAttribution}, {"citing", kHedgeAttribution},
      {"announced", kHedgeAttribution}, {"noted", kHedgeAttribution},
      {"believe", kHedgeAttribution}, {"believes", kHedgeAttribution},
      {"think", kHedgeAttribution},  {"thinks", kHedgeAttribution},
  };
  for (const Hedge& h : kHedges) {
    WordInfo& w = (*t)[h.word];
    w.flags |= kLexHedge;
    w.hedge = h.strength;
  }
  struct ApproxWord {
    std::string_view word;
    Approx approx;
  };
  // One-word qualifiers; two-word ones ("more than", "up to") are matched in place.
  static constexpr ApproxWord kApprox[] = {
      {"about", Approx::kAbout},         {"around", Approx::kAbout},
      {"approximately", Approx::kAbout}, {"roughly", Approx::kAbout},
      {"some", Approx::kAbout},          {"circa", Approx::kAbout},
      {"approx", Approx::kAbout},        {"~", Approx::kAbout},
      {"estimated", Approx::kAbout},     {"nearly", Approx::kNearly},
      {"almost", Approx::kNearly},       {"over", Approx::kAtLeast},
      {"above", Approx::kAtLeast},       {"exceeding", Approx::kAtLeast},
      {"under", Approx::kAtMost},        {"below", Approx::kAtMost},
  };
  for (const ApproxWord& a : kApprox) {
    WordInfo& w = (*t)[a.word];
    w.flags |= kLexApprox;
    w.approx = a.approx;
  }
  AddFlag(t, {"is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had",
              "having", "do", "does", "did", "will", "shall", "should", "can", "must",
              "yet", "also", "still", "even", "ever", "just", "only", "really", "to",
              "a", "an", "the", "any", "its", "their", "his", "her", "longer", "further",
              "always", "necessarily", "entirely", "fully", "completely", "immediately",
              "quite", "very", "too", "so", "as", "much", "many", "all", "towards", "toward",
              "upon", "onto", "via", "amid", "among"},
          kLexAux);
  // Words that open a new clause: the scope of a negation, a hedge or a direction ends
  // before them. "and", "or" and "that" are left out: they join names and objects as
  // often as clauses.
  AddFlag(t, {"but", "while", "whereas", "although", "though", "however", "which", "who",
              "whom", "whose", "where", "because", "if", "unless", "yet", "nevertheless",
              "meanwhile", "despite"},
          kLexClauseBreak);
  AddFlag(t, {"president", "ceo", "chief", "executive", "officer", "chairman", "chairwoman",
              "chair", "founder", "co-founder", "director", "minister", "prime", "secretary",
              "senator", "governor", "mayor", "king", "queen", "prince", "princess", "mr",
              "mrs", "ms", "dr", "prof", "professor", "sir", "general", "inc", "corp",
              "corporation", "co", "ltd", "llc", "plc", "group", "company", "holdings",
              "technologies", "technology", "tech", "the", "of", "and", "&", "de", "la",
              "st", "new", "north", "south", "east", "west", "central", "national",
              "international", "global", "university", "institute", "bank", "party",
              "team", "series", "model", "chip", "chips", "gpu", "gpus", "ai", "platform",
              "service", "services", "news", "times", "post", "daily", "journal", "cfo",
              "cto", "coo", "vp", "deputy", "senior", "former", "vice", "representative",
              "rep", "sen", "gov", "judge", "justice", "officials", "official"},
          kLexTitle);
}

// Given names that are not also everyday words ("mark", "will", "jack", "heather" are
// left out): in a lower-cased text ("everton captain michael keane") they are the only
// sign that a person is named.
void AddGivenNames(Table* t) {
  AddFlag(t, {"aaron", "abdul", "abdullah", "abigail", "adam", "adrian", "agnes", "ahmed", "aidan",
              "alan", "alastair", "albert", "alberto", "alec", "alejandro", "alessandro", "alex",
              "alexander", "alexandra", "alexis", "alfie", "alfred", "ali", "alice", "alicia",
              "alison", "alistair", "amanda", "amelia", "amy", "ana", "andre", "andrea", "andreas",
              "andrew", "andy", "angela", "angelina", "angus", "anna", "anne", "annie", "anthony",
              "antoine", "antonio", "arjun", "arnold", "arsene", "arthur", "ashley", "audrey",
              "barack", "barbara", "barry", "beatrice", "becky", "ben", "benjamin", "bernard",
              "bernie", "beth", "bethany", "betty", "beverley", "billy", "bob", "bobby", "boris",
              "brad", "bradley", "brendan", "brett", "brian", "bridget", "bruce", "bruno", "bryan",
              "caitlin", "callum", "calum", "cameron", "carl", "carla", "carlo", "carlos", "carmen",
              "caroline", "carolyn", "catherine", "cathy", "charles", "charlie", "charlotte",
              "chelsea", "cheryl", "chloe", "chris", "christina", "christine", "christopher",
              "cindy", "claire", "clara", "claudia", "claudio", "colin", "connor", "conor", "craig",
              "cristiano", "cynthia", "dale", "damian", "damien", "daniel", "daniela", "danielle",
              "danny", "darren", "david", "debbie", "deborah", "declan", "denis", "dennis", "derek",
              "diana", "diane", "diego", "dmitry", "dominic", "donald", "donna", "doris", "dorothy",
              "douglas", "duncan", "dylan", "edgar", "edith", "eduardo", "edward", "eileen",
              "elaine", "eleanor", "elena", "eli", "elijah", "elizabeth", "ella", "ellen", "ellie",
              "elliot", "elliott", "emily", "emma", "emmanuel", "enrique", "eric", "erik", "erin",
              "ethan", "eugene", "evan", "evelyn", "fabio", "fatima", "felix", "fernando", "fiona",
              "florence", "francesca", "francesco", "francis", "francisco", "francois", "frankie",
              "fred", "freddie", "frederick", "gabriel", "gabriella", "gareth", "garry", "gary",
              "gavin", "geoffrey", "george", "georgia", "gerald", "gerard", "gerry", "gianluca",
              "gillian", "giorgio", "giovanni", "giuseppe", "glenn", "gordon", "graham", "gregory",
              "gwen", "hamish", "hannah", "harold", "harriet", "harrison", "harvey", "hassan",
              "hayley", "hector", "heidi", "helen", "helena", "henrik", "henry", "hilary",
              "hillary", "howard", "hugh", "hugo", "iain", "ian", "igor", "imogen", "ingrid",
              "isaac", "isabel", "isabella", "isabelle", "ivan", "jackie", "jacob", "jacqueline",
              "jaime", "jake", "james", "jamie", "jane", "janet", "janice", "jared", "jason",
              "javier", "jean", "jeff", "jeffrey", "jennifer", "jenny", "jeremy", "jerome", "jess",
              "jessica", "jill", "jim", "jimmy", "joan", "joanna", "joanne", "joe", "joel", "johan",
              "john", "johnny", "jon", "jonathan", "jordan", "jorge", "jose", "josef", "joseph",
              "josh", "joshua", "juan", "judith", "judy", "julia", "julian", "julie", "juliet",
              "justin", "kai", "karen", "karim", "kate", "katherine", "kathleen", "kathryn",
              "katie", "kayla", "keith", "kelly", "ken", "kenneth", "kerry", "kevin", "kieran",
              "kim", "kirsty", "kristen", "kurt", "kyle", "larry", "laura", "lauren", "lawrence",
              "leah", "leigh", "leo", "leon", "leonard", "leslie", "lewis", "liam", "linda",
              "lindsay", "lionel", "lisa", "lloyd", "logan", "lorraine", "louis", "louise", "lucas",
              "lucy", "luis", "luke", "lydia", "lynn", "madeleine", "madison", "maggie", "malcolm",
              "manuel", "marc", "marcel", "marco", "marcus", "margaret", "maria", "marie", "mario",
              "marion", "marjorie", "martha", "martin", "martina", "mary", "matt", "matthew",
              "maureen", "maurice", "megan", "melanie", "melissa", "michael", "michaela", "michel",
              "michelle", "miguel", "mike", "mikhail", "miranda", "mohamed", "mohammed", "molly",
              "monica", "morgan", "muhammad", "nadia", "naomi", "natalie", "natasha", "nathan",
              "neil", "nicholas", "nick", "nicky", "nicola", "nicolas", "nicole", "nigel", "noah",
              "noel", "norman", "oliver", "olivia", "omar", "oscar", "owen", "pablo", "paddy",
              "pamela", "patricia", "patrick", "paul", "paula", "pauline", "pedro", "peter",
              "philip", "phillip", "phoebe", "pierre", "piers", "rachel", "rafael", "ralph",
              "raymond", "rebecca", "reggie", "rhys", "ricardo", "richard", "rick", "ricky", "rita",
              "robert", "roberto", "rodney", "roger", "roland", "ronald", "ronnie", "rory", "rosie",
              "ross", "roy", "rupert", "russell", "ruth", "ryan", "sally", "samantha", "samuel",
              "sandra", "sara", "sarah", "scott", "sean", "sebastian", "sergei", "sergio", "shane",
              "shannon", "sharon", "shaun", "sheila", "shirley", "sian", "simon", "simone",
              "sophia", "sophie", "stacey", "stanley", "stefan", "stephanie", "stephen", "steve",
              "steven", "stewart", "stuart", "susan", "suzanne", "sylvia", "tamsin", "tanya",
              "teresa", "terry", "theresa", "thomas", "tiffany", "timothy", "tobias", "toby",
              "todd", "tom", "tommy", "toni", "tony", "tracey", "tracy", "trevor", "tristan",
              "troy", "tyler", "valerie", "vanessa", "vera", "veronica", "victoria", "vincent",
              "vladimir", "walter", "warren", "wayne", "wendy", "wesley", "william", "yasmin",
              "yvonne", "zach", "zachary", "zoe"},
          kLexGivenName);
}

// Sets of words that exclude each other, as a reader takes them: paint that is yellow is
// not green, a town in the north of a country is not in its east. WordNet lists none of
// these as antonyms. Spellings of one member share its number; a member may qualify a
// noun ("northern") as well as name a place ("north"). The compass points are the four a
// hyphenated "north-east" splits into; "northeast" in one word is left out, as are words
// whose other senses are everyday ones ("fall", "supper" for dinner).
void AddExclusiveSets(Table* t) {
  struct Exclusive {
    std::string_view word;
    int8_t set, member;
  };
  enum : int8_t { kColour = 1, kCompass, kSeason, kMedal, kMeal };
  static constexpr Exclusive kWords[] = {
      {"red", kColour, 1},      {"orange", kColour, 2},  {"yellow", kColour, 3},
      {"green", kColour, 4},    {"blue", kColour, 5},    {"purple", kColour, 6},
      {"violet", kColour, 6},   {"pink", kColour, 7},    {"brown", kColour, 8},
      {"black", kColour, 9},    {"white", kColour, 10},  {"grey", kColour, 11},
      {"gray", kColour, 11},    {"north", kCompass, 1},  {"northern", kCompass, 1},
      {"south", kCompass, 2},   {"southern", kCompass, 2}, {"east", kCompass, 3},
      {"eastern", kCompass, 3}, {"west", kCompass, 4},   {"western", kCompass, 4},
      {"spring", kSeason, 1},   {"summer", kSeason, 2},  {"autumn", kSeason, 3},
      {"winter", kSeason, 4},   {"gold", kMedal, 1},     {"silver", kMedal, 2},
      {"bronze", kMedal, 3},    {"breakfast", kMeal, 1}, {"lunch", kMeal, 2},
      {"dinner", kMeal, 3},
  };
  for (const Exclusive& e : kWords) {
    WordInfo& w = (*t)[e.word];
    w.flags |= kLexExclusive;
    w.exclusive_set = e.set;
    w.exclusive_member = e.member;
  }
}

void AddPlaces(Table* t) {
  for (size_t i = 0; i < lexicon_data::kPlacesSize; ++i) {
    (*t)[lexicon_data::kPlaces[i].name].flags |= kLexPlace;
  }
}

Table BuildTable() {
  Table t;
  t.reserve(4096);
  AddCardinals(&t);
  AddUnits(&t);
  AddCalendar(&t);
  AddCues(&t);
  AddGivenNames(&t);
  AddExclusiveSets(&t);
  AddPlaces(&t);
  return t;
}

// The built table moved into a flat one: every token of every text is looked up here.
struct FlatTable {
  StringTable words;
  std::vector<WordInfo> info;  // by word id
};

const FlatTable* BuildFlatTable() {
  auto* flat = new FlatTable;
  for (const auto& [word, info] : BuildTable()) {
    const uint32_t id = flat->words.Intern(word);
    if (id == flat->info.size()) flat->info.push_back(info);
  }
  flat->words.BuildFilter();  // most words of a text are not in the lexicon
  return flat;
}

const FlatTable& TheFlatTable() {
  static const FlatTable* const kTable = BuildFlatTable();
  return *kTable;
}

}  // namespace

std::string DegreeBase(std::string_view norm) {
  if (!HasLex(LookupWord(norm), kLexComparative | kLexSuperlative)) return {};
  const std::string_view irregular = IrregularBase(norm);
  if (!irregular.empty()) return std::string(irregular);
  // Regular degrees: "lower", "larger" (restored "e"), "bigger" (undoubled), "earlier".
  std::string found;
  for (std::string_view suffix : {std::string_view("er"), std::string_view("est")}) {
    if (AnyRegularBase(norm, suffix, 2, [&](std::string_view base) {
          if (LemmaFrequency(base) == 0) return false;
          found = std::string(base);
          return true;
        })) {
      return found;
    }
  }
  return {};
}

bool HasAntonyms(std::string_view norm, std::string_view stem) {
  if (!AntonymSet(norm, stem).empty()) return true;
  const std::string degree = DegreeBase(norm);
  return !AntonymSet(degree, degree).empty();
}

std::string_view IrregularBaseStem(std::string_view norm) {
  struct Table {
    StringTable forms;                    // the irregular forms, by id
    std::vector<std::string_view> stems;  // by form id: views into the static stems
  };
  static const Table* const kTable = [] {
    auto* t = new Table;
    for (size_t i = 0; i < lexicon_data::kIrregularCount; ++i) {
      const IrregularForm& f = lexicon_data::kIrregular[i];
      // Degrees of adjectives ("biggest" -> "big", "worse" -> "bad") keep their own stem:
      // the comparison checks tell "the biggest" from "big".
      const std::string_view form(f.form);
      const bool degree = (form.size() > 2 && form.substr(form.size() - 2) == "er") ||
                          (form.size() > 3 && form.substr(form.size() - 3) == "est") ||
                          HasLex(LookupWord(form), kLexComparative | kLexSuperlative);
      if (degree || IsStopword(form)) continue;
      const std::string_view stem = IrregularBaseStemAt(i);  // computed at build time
      if (stem.empty() || t->forms.Find(form) != StringTable::kNotFound) continue;
      t->forms.Intern(form);
      t->stems.emplace_back(stem);
    }
    t->forms.BuildFilter();  // most words are no irregular form
    return t;
  }();
  const uint32_t id = kTable->forms.Find(norm);
  return id == StringTable::kNotFound ? std::string_view() : std::string_view(kTable->stems[id]);
}

const WordInfo* LookupWord(std::string_view norm) { return LookupWord(norm, HashBytes(norm)); }

const WordInfo* LookupWord(std::string_view norm, uint64_t hash) {
  return LexiconEntry(LexiconIndex(norm, hash));
}

uint32_t LexiconIndex(std::string_view norm, uint64_t hash) {
  return TheFlatTable().words.Find(norm, hash);
}

const WordInfo* LexiconEntry(uint32_t index) {
  return index == StringTable::kNotFound ? nullptr : &TheFlatTable().info[index];
}

}  // namespace claimcheck::internal
