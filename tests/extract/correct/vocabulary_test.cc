// The general vocabulary repair: one-glyph confusions of words the filing
// prints cleanly elsewhere, or that the word list holds, repaired in the
// reading's own case; right words and real names left alone.
#include "extract/correct/vocabulary.h"

#include <catch2/catch.hpp>
#include <string>

#include "extract/correct/corrector.h"
#include "extract/correct/letter_model.h"
#include "extract/correct/lexicon.h"
#include "extract/correct/repair_scorer.h"

namespace secx {
namespace {

Document TextDoc(const std::string& text) {
  Document d;
  d.kind = "text";
  d.text = text;
  Page p;
  p.number = 1;
  p.start = 0;
  p.end = text.size();
  d.pages.push_back(p);
  Section s;
  s.type = "TEXT";
  s.format = "text";
  s.start = 0;
  s.end = text.size();
  d.sections.push_back(s);
  return d;
}

std::string Fix(const std::string& text,
                std::vector<Correction>* out = nullptr) {
  Document d = TextDoc(text);
  CorrectOptions o;
  o.force = true;
  std::vector<Correction> c = CorrectOcr(&d, o);
  if (out != nullptr) *out = c;
  return d.text;
}

// A filing that prints its name, in both cases, several times.
const std::string kFiling =
    "STOCKWALK.COM GROUP, INC.\nZyvantic Clinical Solutions Group, Inc.\n"
    "Zyvantic Clinical Solutions Group, Inc. (the \"Company\") is an "
    "innovative provider. Zyvantic Clinical Solutions makes innovative "
    "products. The Zyvantic Clinical Solutions Group sells through "
    "STOCKWALK.COM and the Zyvantic Group. ";

TEST_CASE("one-glyph confusions of the filing's words", "[correct][vocab]") {
  struct Case {
    const char* in;
    const char* out;
  };
  const Case cases[] = {
      {"Zyvantic Clinica1 said.", "Zyvantic Clinical said."},
      {"the So1utions unit", "the Solutions unit"},
      {"ZYVANTIC 5OLUTIONS GROUP", "ZYVANTIC SOLUTIONS GROUP"},
      {"shares of ST0CKWALK.COM rose", "shares of STOCKWALK.COM rose"},
      {"ZYVANTIC 6ROUP", "ZYVANTIC GROUP"},
      {"ZYVANTIC GR0UP", "ZYVANTIC GROUP"},
      {"the Zyvantic Gr0up", "the Zyvantic Group"},
  };
  for (const Case& c : cases) {
    INFO(c.in);
    CHECK(Fix(kFiling + c.in) == kFiling + c.out);
  }
}

TEST_CASE("digit-like letters in numbers with separators",
          "[correct][vocab][numbers]") {
  struct Case {
    const char* in;
    const char* out;
  };
  const Case cases[] = {
      {"Tokyo I02-0071 Japan", "Tokyo 102-0071 Japan"},
      {"paid $1,00O in cash", "paid $1,000 in cash"},
      {"in fiscal 20i6 the", "in fiscal 2016 the"},
      {"paid $95S in", "paid $955 in"},
      {"filed 3/8/202I with", "filed 3/8/2021 with"},
      {"on 2/l6/2021 the", "on 2/16/2021 the"},
      {"total I,359,269 shares", "total 1,359,269 shares"},
      {"in fiscal 201o the", "in fiscal 2010 the"},
  };
  for (const Case& c : cases) {
    INFO(c.in);
    CHECK(Fix(c.in) == c.out);
  }
  const char* kept[] = {
      "Rule 10b5-1 plan",     "part 4980B and S1643", "Form 10-D and Form 10-Q",
      "Series 2021-1A notes", "the 1990s and FY2023", "open 24/7 on 1/2/3",
      "a 401k plan",          "THE 2ND AMENDMENT"};
  for (const char* c : kept) {
    INFO(c);
    CHECK(Fix(c) == c);
  }
}

TEST_CASE("vocabulary repairs record a calibrated confidence",
          "[correct][vocab]") {
  std::vector<Correction> out;
  Fix(kFiling + "Zyvantic Clinica1 said.", &out);
  REQUIRE(out.size() == 1);
  CHECK(out[0].rule == "vocabulary");
  CHECK(out[0].log_odds >= Calibration::Default().Margin(ReadingClass::kMixed));
  CHECK(out[0].confidence > 0.5);
  CHECK(out[0].confidence < 1.0);
}

TEST_CASE("case is kept and right words are not re-cased",
          "[correct][vocab][clean]") {
  // Never a mixed-case result the filing does not print.
  std::string out = Fix(kFiling + "the Soluti0ns unit");
  CHECK(out.find("SolutiOns") == std::string::npos);
  const char* cases[] = {
      // right words, in any case
      "Zyvantic Clinical Solutions Group and ZYVANTIC and zyvantic.com",
      // a name the filing prints is never lowered or raised
      "Clinical and CLINICAL and Solutions",
      // real codes with digits
      "COVID-19 and H1N1 and CO2 and the 10-K and FY2023",
      // an unknown name repeated in the filing is taken as real
      "Zyvantix and Zyvantix and Zyvantix and Zyvantix",
  };
  for (const char* c : cases) {
    INFO(c);
    CHECK(Fix(kFiling + c) == kFiling + c);
  }
}

// `text` as one OCR page whose word "lidabashi" Tesseract read with
// `confidence`, in `box`.
Document OcrPageWithLidabashi(const std::string& text, float confidence,
                              Box box = Box{}) {
  Document d = TextDoc(text);
  d.pages[0].ocr = true;
  Word w;
  w.start = text.find("lidabashi");
  w.end = w.start + 9;
  w.page = 1;
  w.confidence = confidence;
  w.box = box;
  d.words.push_back(w);
  return d;
}

// Tesseract is as sure of "l" as of "I" in a serif face: its confidence
// does not raise the bar for a repair between look-alike glyphs, and does
// for any other.
TEST_CASE("confidence and look-alike glyphs", "[correct][confidence]") {
  std::string text = "Address:\nlidabashi Grand Bloom, Tokyo 8LG\n";
  for (float conf : {30.0f, 95.0f}) {
    Document d = OcrPageWithLidabashi(text, conf);
    CorrectOcr(&d, CorrectOptions());
    INFO(conf);
    CHECK(d.text.find("Iidabashi Grand") != std::string::npos);
  }
}

TEST_CASE("a repair carries the page-image box of the word it changed",
          "[correct][confidence]") {
  std::string text = "Address:\nlidabashi Grand Bloom, Tokyo 8LG\n";
  Document d = OcrPageWithLidabashi(text, 90.0f, Box{301, 1466, 454, 1496});
  std::vector<Correction> repairs = CorrectOcr(&d, CorrectOptions());
  REQUIRE(repairs.size() == 1);
  CHECK(repairs[0].to == "Iidabashi");
  REQUIRE(repairs[0].bbox.has_value());
  CHECK(repairs[0].bbox->left == 301);
  CHECK(repairs[0].bbox->bottom == 1496);
  // Text that was never an image has no box.
  Document plain = TextDoc(text);
  CorrectOptions forced;
  forced.force = true;
  for (const Correction& c : CorrectOcr(&plain, forced)) {
    CHECK_FALSE(c.bbox.has_value());
  }
}

TEST_CASE("the calibration table parses", "[correct][vocab]") {
  Calibration c = Calibration::FromTsv(
      "# comment\nvocabulary_margin\t2.5\nconfidence_slope\t2\n"
      "confidence_intercept\t-1\n");
  CHECK(c.vocabulary_margin == Approx(2.5));
  CHECK(c.Confidence(0.5) == Approx(0.5));
  CHECK(c.Confidence(3.0) > 0.99);
  const Calibration& d = Calibration::Default();
  CHECK(d.vocabulary_margin > 0.0);
  CHECK(d.Confidence(d.vocabulary_margin) > 0.5);
}

TEST_CASE("the learned scorer parses and weighs its inputs",
          "[correct][vocab]") {
  RepairScorer s = RepairScorer::FromTsv(
      "# comment\nscorer_bias\t-1\nscorer_threshold\t0.5\n"
      "scorer_w_log_odds\t2\nscorer_w_channel\t1\nscorer_w_unknown\t9\n");
  CHECK(s.trained);
  CHECK(s.threshold == Approx(0.5));
  std::vector<double> f(kVocabularyFeatures, 0.0);
  f[static_cast<size_t>(VocabularyFeature::kLogOdds)] = 1.5;
  f[static_cast<size_t>(VocabularyFeature::kChannel)] = -1.0;
  f[static_cast<size_t>(VocabularyFeature::kEdits)] = 7.0;  // weight 0
  CHECK(s.Logit(f) == Approx(-1 + 3 - 1));
  CHECK_FALSE(RepairScorer::FromTsv("vocabulary_margin\t2\n").trained);
  // The embedded table holds a fitted scorer, and every input has a name.
  CHECK(RepairScorer::Default().trained);
  for (std::string_view name : VocabularyFeatureNames()) {
    CHECK_FALSE(name.empty());
  }
}

TEST_CASE("vocabulary repairs report the scorer's inputs", "[correct][vocab]") {
  Document d = TextDoc(
      "The Company filed its Annual Report on Form 10-K. The Foundcr of the "
      "Company signed the Forrn 10-K.\n");
  CorrectOptions o;
  o.force = true;
  std::vector<Correction> c = CorrectOcr(&d, o);
  REQUIRE(!c.empty());
  bool any = false;
  for (const Correction& r : c) {
    if (r.rule != "vocabulary") continue;
    any = true;
    CHECK(r.features.size() == kVocabularyFeatures);
    CHECK(r.confidence > 0.5);
  }
  CHECK(any);
  CHECK(d.text.find("Form 10-K.\n") != std::string::npos);
}

TEST_CASE("the letter model tells misread letter sequences from words",
          "[correct][vocab]") {
  if (!EnglishWordsLoaded()) return;  // no word lists: every score is 0
  CHECK(LetterLogProb("help") > LetterLogProb("hclp"));
  CHECK(LetterLogProb("well") > LetterLogProb("wcll"));
  CHECK(LetterLogProb("Clinical") > LetterLogProb("Clinlcal"));
  CHECK(LetterLogProb("Clinical") == Approx(LetterLogProb("CLINICAL")));
  // A pronounceable name or jargon word scores like a word.
  CHECK(LetterLogProb("vishing") > LetterLogProb("hclp"));
  CHECK(LetterLogProb("1234") == 0.0);
}

}  // namespace
}  // namespace secx
