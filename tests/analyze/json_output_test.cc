#include "analyze/json_output.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

namespace secx {
namespace {

TEST_CASE("extraction JSON follows the FIELDS.md shape", "[json]") {
  Extraction x;
  x.source = "a.txt";
  x.sha256 = "00";
  x.document.kind = "text";
  Field f;
  f.name = "commission_file_number";
  f.value = "0-30204";
  f.raw = "0-30204";
  f.span.start = 10;
  f.span.end = 17;
  f.span.page = 1;
  f.span.confidence = 0.9;
  f.span.rule = "cover.file_number";
  x.fields.push_back(f);
  auto j = nlohmann::json::parse(ExtractionToJson(x));
  CHECK(j["source"] == "a.txt");
  CHECK(j["kind"] == "text");
  REQUIRE(j["fields"].size() == 1);
  CHECK(j["fields"][0]["value"] == "0-30204");
  CHECK(j["fields"][0]["start"] == 10);
  CHECK(j["fields"][0]["rule"] == "cover.file_number");
  CHECK(j["fields"][0]["entity"] == 0);
  CHECK_FALSE(j["fields"][0].contains("bbox"));
  CHECK(j["errors"].is_array());
  CHECK_FALSE(j.contains("ocr"));
}

}  // namespace
}  // namespace secx
