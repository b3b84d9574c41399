// The Form SD seed printed as a word processor prints it: Liberation Serif
// 11 pt at 200 dpi, tab-separated cells at half-inch tab stops (so a row of
// values does not line up with the row of captions under it) and long
// lines wrapped at the right margin (the reporting period's sentence and
// the signatory's title run over two lines). scripts/typeset.py renders
// the pages; secx's whole pipeline (OCR, correction, cover rules) must give
// every one of the seed's 16 labelled cover values, exactly. Skipped, with
// a message, only when the renderer's tools are missing (scripts/setup.sh
// installs them, so CI runs it).
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "extract/pipeline.h"

namespace secx {
namespace {

namespace fs = std::filesystem;

TEST_CASE("the Form SD seed typeset in a serif font gives every cover value",
          "[ocr][golden]") {
  const std::string src = std::string(SECX_SOURCE_DIR) + "/corpus/seeds/";
  const fs::path dir = fs::path(SECX_SCAN_DIR) / "typeset";
  if (std::system("/usr/bin/python3 -c 'import PIL' 2>/dev/null") != 0 ||
      std::system("command -v img2pdf >/dev/null 2>&1") != 0) {
    WARN("skipped: python3-pil or img2pdf missing (run scripts/setup.sh)");
    return;
  }
  fs::create_directories(dir);
  const std::string prefix = (dir / "form-sd-serif").string();
  std::string render = "/usr/bin/python3 " + std::string(SECX_SOURCE_DIR) +
                       "/scripts/typeset.py --font serif --size 11 --dpi 200 " +
                       src + "iij-form-sd-2015.txt " + prefix +
                       " > /dev/null && img2pdf -o " + prefix + ".pdf " +
                       prefix + "-p*.png";
  REQUIRE(std::system(render.c_str()) == 0);

  Extraction x = ExtractFile(prefix + ".pdf", ExtractOptions());
  REQUIRE(x.errors.empty());
  std::map<std::string, std::string> got;
  for (const Field& f : x.fields) {
    if (f.entity == 0 && f.span.rule.rfind("sgml.", 0) != 0 &&
        !got.count(f.name)) {
      got[f.name] = f.value;
    }
  }
  std::ifstream in(src + "iij-form-sd-2015.txt.expected.json");
  nlohmann::json label = nlohmann::json::parse(in);
  int labelled = 0;
  for (const auto& f : label["fields"]) {
    std::string name = f["name"].get<std::string>();
    INFO(name);
    CHECK(got[name] == f["value"].get<std::string>());
    ++labelled;
  }
  CHECK(labelled == 16);
}

}  // namespace
}  // namespace secx
