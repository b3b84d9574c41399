#include "extract/correct/confusion_model.h"

#include <catch2/catch.hpp>
#include <string>

#include "extract/correct/tokenizer.h"

namespace secx {
namespace {

double LogP(const char* ocr, const char* correct) {
  return ConfusionModel::Default().LogP(DecodeUtf8(ocr), DecodeUtf8(correct));
}

bool Expands(const char* ocr, const char* want, int max_edits = 3) {
  for (const auto& c : ConfusionModel::Default().Expand(
           DecodeUtf8(ocr), max_edits, -3.5, -9.0)) {
    if (EncodeUtf8(c.text) == want) return true;
  }
  return false;
}

TEST_CASE("readings too long for a word are not expanded",
          "[correct][confusion]") {
  std::string word = "Initiative1";
  CHECK(Expands(word.c_str(), "Initiativel"));
  // A run no word is: no search (its memory would grow with the length).
  std::string run(ConfusionModel::kMaxExpandLength + 1, 'l');
  CHECK(ConfusionModel::Default().Expand(DecodeUtf8(run), 3, -3.5, -9.0).empty());
}

TEST_CASE("identical strings cost nothing", "[correct][confusion]") {
  CHECK(LogP("IIJ", "IIJ") == 0.0);
}

// Each confusion class the corrector relies on is learned from the data and
// beats an arbitrary substitution of the same size.
TEST_CASE("confusion classes beat arbitrary substitutions",
          "[correct][confusion]") {
  struct Case {
    const char* ocr;
    const char* correct;
    const char* arbitrary;  // same edit size, no visual likeness
  };
  const Case cases[] = {
      {"1", "I", "Q"},  {"1", "l", "w"}, {"|", "I", "K"}, {"0", "O", "W"},
      {"0", "o", "k"},  {"5", "S", "M"}, {"8", "B", "X"}, {"rn", "m", "x"},
      {"cl", "d", "w"}, {"O", "0", "7"}, {"l", "1", "6"}, {"S", "5", "2"},
  };
  for (const Case& c : cases) {
    INFO(c.ocr << " for " << c.correct);
    CHECK(LogP(c.ocr, c.correct) > LogP(c.ocr, c.arbitrary));
    CHECK(LogP(c.ocr, c.correct) > -3.6);
  }
}

TEST_CASE("unseen glyphs map like the data's '?'", "[correct][confusion]") {
  // The data writes non-ASCII glyphs as '?'; a stray degree sign before an
  // apostrophe is a cheap insertion.
  CHECK(LogP("°’s", "’s") > -2.5);
  CHECK(LogP("°’s", "’s") > LogP("x’s", "’s") - 1.0);
}

TEST_CASE("candidate expansion", "[correct][confusion]") {
  CHECK(Expands("11J", "IIJ"));
  CHECK(Expands("I1J", "IIJ"));
  CHECK(Expands("3l", "31"));
  CHECK(Expands("2O18", "2018"));
  CHECK(Expands("rnodel", "model"));
  CHECK_FALSE(Expands("IIJ", "IIJ"));  // the reading itself is no candidate
}

TEST_CASE("parsing a table", "[correct][confusion]") {
  ConfusionModel m =
      ConfusionModel::FromTsv("# c\n1\tI\t5\t-1.0\nrn\tm\t3\t-1.5\n");
  CHECK(m.SegmentLogP(U"1", U"I") == Approx(-1.0));
  CHECK(m.SegmentLogP(U"rn", U"m") == Approx(-1.5));
  CHECK(m.SegmentLogP(U"I", U"1") ==
        Approx(-1.0 + ConfusionModel::kReversedPenalty));
  CHECK(m.SegmentLogP(U"x", U"y") == ConfusionModel::kUnseenSubstitution);
}

}  // namespace
}  // namespace secx
