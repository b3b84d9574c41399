#include "analyze/eval.h"

#include <catch2/catch.hpp>

namespace secx {
namespace {

TEST_CASE("edit distance counts byte edits", "[eval]") {
  CHECK(EditDistance("", "") == 0);
  CHECK(EditDistance("IIJ", "11J") == 2);
  CHECK(EditDistance("26th", "26w") == 2);
  CHECK(EditDistance("abc", "") == 3);
}

TEST_CASE("layout whitespace is folded before scoring", "[eval]") {
  CHECK(FoldSpace("  Japan\t\t0-30204\n\n98-1029639 ") ==
        "Japan 0-30204 98-1029639");
}

TEST_CASE("labels and answers compare after typographic folding", "[eval]") {
  CHECK(ComparableValue("IIJ\xE2\x80\x99s  Board.") == "IIJ's Board");
  CHECK(ComparableValue("Chiyoda-ku") != ComparableValue("Chiyoda ku"));
}

TEST_CASE("a wrong or missing answer is scored as such", "[eval]") {
  Sample s;
  s.filing_path = "f.txt";
  s.kind = "text";
  s.values = {{"zip_code", "19406", 0}, {"phone", "(610) 272-1717", 0}};
  Extraction x;
  Field zip;
  zip.name = "zip_code";
  zip.value = "19405";
  zip.span.rule = "cover.zip";
  x.fields.push_back(zip);
  EvalReport r = Summarise(CompareSample(s, x));
  CHECK(r.total.labelled == 2);
  CHECK(r.total.extracted == 1);
  CHECK(r.total.correct == 0);
  CHECK(r.by_field["zip_code"].Precision() == 0.0);
  CHECK(r.by_field["phone"].Recall() == 0.0);
}

}  // namespace
}  // namespace secx
