// English function words. Negations ("not", "no", "never", "nor", "without", "n't")
// are deliberately absent: they carry polarity the judge must see.
#ifndef CLAIMCHECK_TEXT_STOPWORDS_H_
#define CLAIMCHECK_TEXT_STOPWORDS_H_

#include <string_view>

namespace claimcheck::internal {

// `norm` is a normalized token (lowercase, ASCII apostrophes).
bool IsStopword(std::string_view norm);

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_TEXT_STOPWORDS_H_
