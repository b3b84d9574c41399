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
#include <cctype>
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

// Two made-up X-17A-5 facing pages (the 1991 form and the 2021 form, in
// tests/golden/data/), typeset in serif and sans at 10 pt with specks
// (--noise) and read by OCR: in serif every value is read; in sans no value
// may be wrong (letters and digits compared), though some may be missing.
std::string Comparable(const std::string& v) {
  std::string out;
  for (char c : v) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    }
  }
  return out;
}

TEST_CASE("made-up facing pages typeset with specks", "[ocr][golden]") {
  const std::string data = std::string(SECX_SOURCE_DIR) + "/tests/golden/data/";
  const fs::path dir = fs::path(SECX_SCAN_DIR) / "typeset";
  if (std::system("/usr/bin/python3 -c 'import PIL' 2>/dev/null") != 0) {
    WARN("skipped: python3-pil missing (run scripts/setup.sh)");
    return;
  }
  fs::create_directories(dir);
  struct Page {
    const char* file;
    std::map<std::string, std::string> truth;
  };
  const Page pages[] = {
      {"facing-page-1997.txt",
       {{"registrant_name", "Granite Ridge Securities Corporation"},
        {"commission_file_number", "8-31244"},
        {"reporting_period_start", "1996-10-01"},
        {"reporting_period_end", "1997-09-30"},
        {"address", "1717 Main Street, Suite 2900, Dallas Texas 75201"},
        {"zip_code", "75201"},
        {"contact_name", "Harold P. Nguyen"},
        {"phone", "(214) 555-0147"},
        {"auditor_name", "Pemberton, Shaw & Company, L.L.P."}}},
      {"facing-page-2022.txt",
       {{"registrant_name", "Kestrel Point Capital Markets LLC"},
        {"commission_file_number", "8-67123"},
        {"reporting_period_start", "2022-01-01"},
        {"reporting_period_end", "2022-12-31"},
        {"address", "200 Clarendon Street, 21st Floor, Boston MA 02116"},
        {"zip_code", "02116"},
        {"contact_name", "Dana R. Whitfield"},
        {"phone", "(617) 555-0199"},
        {"auditor_name", "Marlow & Finch LLP"}}},
  };
  for (const Page& page : pages) {
    for (const char* font : {"serif", "sans"}) {
      const std::string prefix =
          (dir / (std::string(page.file) + "-" + font)).string();
      std::string render = "/usr/bin/python3 " + std::string(SECX_SOURCE_DIR) +
                           "/scripts/typeset.py --font " + font +
                           " --size 10 --dpi 200 --noise " + data + page.file +
                           " " + prefix + " > /dev/null";
      REQUIRE(std::system(render.c_str()) == 0);
      Extraction x = ExtractFile(prefix + "-p1.png", ExtractOptions());
      REQUIRE(x.errors.empty());
      std::map<std::string, std::string> got;
      for (const Field& f : x.fields) {
        if (f.entity == 0 && !got.count(f.name)) got[f.name] = f.value;
      }
      for (const auto& [name, value] : page.truth) {
        INFO(page.file << " " << font << " " << name << ": " << got[name]);
        if (std::string(font) == "serif" || !got[name].empty()) {
          CHECK(Comparable(got[name]) == Comparable(value));
        }
      }
      for (const auto& [name, value] : got) {
        INFO(page.file << " " << font << " " << name << ": " << value);
        CHECK((page.truth.count(name) > 0 || name == "form_type"));
      }
    }
  }
}

}  // namespace
}  // namespace secx
