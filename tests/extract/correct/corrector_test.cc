// The corrector end to end: the dividend seed against its hand-checked
// expected text, repairs per slot type, clean text left alone, and spans
// moved with the text.
#include "extract/correct/corrector.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>
#include <string>

namespace secx {
namespace {

std::string ReadFile(const std::string& rel) {
  std::ifstream in(std::string(SECX_SOURCE_DIR) + "/" + rel, std::ios::binary);
  REQUIRE(in);
  return std::string(std::istreambuf_iterator<char>(in),
                     std::istreambuf_iterator<char>());
}

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

TEST_CASE("dividend seed: golden corrected text", "[correct][golden]") {
  std::string seed = ReadFile("corpus/seeds/iij-dividend-2018-ocr.txt");
  std::string want =
      ReadFile("corpus/seeds/iij-dividend-2018-ocr.expected-corrected.txt");
  Document d = TextDoc(seed);
  CHECK(LooksLikeOcrText(d));
  // Not forced: the error profile alone must trigger correction.
  std::vector<Correction> repairs = CorrectOcr(&d, CorrectOptions());
  CHECK(d.text == want);
  CHECK(repairs.size() == 17);
  for (const Correction& c : repairs) {
    INFO(c.from << " -> " << c.to << " (" << c.rule << ")");
    CHECK(d.text.substr(c.start, c.end - c.start) == c.to);
    CHECK(c.page == 1);
    CHECK(c.confidence > 0.5);
    CHECK(c.confidence <= 1.0);
  }
  CHECK(d.pages[0].end == d.text.size());
  CHECK(d.sections[0].end == d.text.size());
}

TEST_CASE("a token too long to search fully is said, not silent",
          "[correct]") {
  // A 160-letter token the document also prints as a word (an input the
  // pipeline fuzzer found): its candidate search meets the step bound.
  std::string text = ReadFile("fuzz/crashes/pipeline/slow-160-letter-token.txt");
  Document d = TextDoc(text);
  CorrectOptions o;
  o.force = true;
  CorrectOcr(&d, o);
  bool said = false;
  for (const std::string& w : d.warnings) {
    said = said || w.find("stopped at their step bound") != std::string::npos;
  }
  CHECK(said);
  // Ordinary text meets no bound.
  Document plain = TextDoc("The Board declared a dividend of $0.25 per share.\n");
  CorrectOcr(&plain, o);
  CHECK(plain.warnings.empty());
}

TEST_CASE("clean filings are not OCR text and get no repairs",
          "[correct][clean]") {
  std::string sd = ReadFile("corpus/seeds/iij-form-sd-2015.txt");
  Document d = TextDoc(sd);
  CHECK_FALSE(LooksLikeOcrText(d));
  CHECK(CorrectOcr(&d, CorrectOptions()).empty());
  std::vector<Correction> forced;
  CHECK(Fix(sd, &forced) == sd);
  CHECK(forced.empty());
}

TEST_CASE("corrected expected text is a fixed point", "[correct][clean]") {
  std::string want =
      ReadFile("corpus/seeds/iij-dividend-2018-ocr.expected-corrected.txt");
  CHECK(Fix(want) == want);
}

// One row per slot type and confusion class. Each input carries enough of
// a filing for the lexicon (a company name) where the rule needs one.
TEST_CASE("repairs by slot", "[correct][slots]") {
  struct Case {
    const char* in;
    const char* out;
  };
  const Case cases[] = {
      // name slot, lexicon = initials of the company name
      {"Lima India Lake Inc. said L1L was fine.",
       "Lima India Lake Inc. said LIL was fine."},
      {"Blue Lake Gold Corp. reports. 8LG sold more.",
       "Blue Lake Gold Corp. reports. BLG sold more."},
      // letters only: an undefined abbreviation one confusion from the
      // filing's own (initials of its name, used more often than the
      // reading)
      {"Lima India Lake Inc. (\"LIL\"). LIL sells. LIL buys. LL said.",
       "Lima India Lake Inc. (\"LIL\"). LIL sells. LIL buys. LIL said."},
      {"Lima India Lake Inc. LIL sells. LIL buys. LlL said.",
       "Lima India Lake Inc. LIL sells. LIL buys. LIL said."},
      // ticker slot after a letter exchange
      {"Blue Lake Gold Corp. (NYSE: 8LG) reports.",
       "Blue Lake Gold Corp. (NYSE: BLG) reports."},
      // ordinal
      {"at the 3w Annual Meeting", "at the 3rd Annual Meeting"},
      {"at the 21x Annual Meeting", "at the 21st Annual Meeting"},
      // date: a day must exist
      {"on May 3l, 2018 the", "on May 31, 2018 the"},
      {"on June 1O, 2018 the", "on June 10, 2018 the"},
      // number and identifier
      {"in fiscal 2O18 revenue", "in fiscal 2018 revenue"},
      {"EIN 98-1O29639 and", "EIN 98-1029639 and"},
      // apostrophe
      {"Acme Widget Inc. and Acme°s board",
       "Acme Widget Inc. and Acme’s board"},
  };
  for (const Case& c : cases) {
    INFO(c.in);
    CHECK(Fix(c.in) == c.out);
  }
}

TEST_CASE("left alone", "[correct][clean]") {
  const char* cases[] = {
      "H1N1 and COVID-19 affected 3M and the 10-K filed under Rule 10b5-1.",
      "our 401k plan, the 5G network, the 3D printer and Form S-1",
      "NASDAQ: AAPL and NYSE: IBM and TSE1: 3774",
      "on February 30, 2018 nothing",  // impossible, but digits: no evidence
      "the 2nd and 3rd and 11th and 21st and 112th",
      "Japan's and IIJ’s and IIJ's",
      "degrees 45° and 90°",
      "E-mail: ir@iij.ad.jp URL.: https://www.iij.ad.jp/en/ir",
      // plurals and real mixed-case abbreviations of a defined term
      "Restricted Stock Units (\"RSU\"). RSU grants and RSUs vest.",
      // an abbreviation the filing does not define, or one that is a word
      "Lima India Lake Inc. and the CIA and LL and IT.",
      "Lima India Lake Inc. (\"LIL\") and LI and IL.",
      // codes whose digits are no letter's twin, and mixed-case names
      "the M66 engine, IL6 levels, P2P and B2C sales of the LLC",
      "vCPU and vGPU hours, SaaS and OEMs, BlackRock and eScription",
  };
  for (const char* c : cases) {
    INFO(c);
    CHECK(Fix(c) == c);
  }
}

// Names and abbreviations the filing itself explains (name_repairs.h and
// the abbreviation rule).
TEST_CASE("repairs the filing's own names explain", "[correct][names]") {
  struct Case {
    const char* in;
    const char* out;
  };
  const Case cases[] = {
      // a lower-case reading of a name the filing writes capitalised
      {"Westell Technologies, Inc. said. Shares of Westell rose. westell buys.",
       "Westell Technologies, Inc. said. Shares of Westell rose. Westell "
       "buys."},
      {"Westell Technologies, Inc. and Westell and westell's stock",
       "Westell Technologies, Inc. and Westell and Westell's stock"},
      // one letter read in both cases
      {"Westell Technologies, Inc. said. Westell sells. wWestell buys.",
       "Westell Technologies, Inc. said. Westell sells. Westell buys."},
      // "l" for "I" opening a run of capitalised words
      {"Address:\nlidabashi Grand Bloom, Tokyo",
       "Address:\nIidabashi Grand Bloom, Tokyo"},
      // a digit in one part of a slash compound the filing uses
      {"the (EICC/GeSI) template and the EICC/GeS1 survey",
       "the (EICC/GeSI) template and the EICC/GeSI survey"},
      // a misread quoted definition of the company's initials
      {"Internet Initiative Japan Inc. (\"IJ\"). IIJ sells. IIJ buys. IIJ "
       "said. IIJ paid. IJ ended.",
       "Internet Initiative Japan Inc. (\"IIJ\"). IIJ sells. IIJ buys. IIJ "
       "said. IIJ paid. IIJ ended."},
      // a letter for the first digit of a commission file number
      {"      Q-26906\n(Commission File Number)",
       "      0-26906\n(Commission File Number)"},
      {"File No. O-30204", "File No. 0-30204"},
  };
  for (const Case& c : cases) {
    INFO(c.in);
    CHECK(Fix(c.in) == c.out);
  }
}

TEST_CASE("names left alone", "[correct][names][clean]") {
  const char* cases[] = {
      // the capitalised form is used once only (in the name itself)
      "Westell Technologies, Inc. said westell once.",
      // an English word
      "Apple Computer Inc. sells Apple and apple juice.",
      // capitalised only in headings and names, never amid lower-case words
      "Unaudited New Line Cinema Corporation statements. Unaudited Pro Forma "
      "Data. The unaudited statements.",
      // not in a run of capitalised words, or known either way
      "the lidabashi Grand Bloom",
      "lidabashi is grand",
      "Address:\nlimited Grand Bloom",
      // a quoted term one confusion from initials the text never writes
      // twice
      "Lima India Lake Inc. (\"LL\"). LL sells. LL buys. LIL said.",
      // a code with no file number label near it
      "part Q-26906 of the kit",
      // a compound the filing does not otherwise use
      "the A/B1C switch",
  };
  for (const char* c : cases) {
    INFO(c);
    CHECK(Fix(c) == c);
  }
}

// Punctuation and blanks (text_repairs.h).
TEST_CASE("punctuation repairs", "[correct][punctuation]") {
  struct Case {
    const char* in;
    const char* out;
  };
  // Straight quotes and apostrophes dominate this text.
  const std::string straight =
      "He said \"yes\" and it's \"fine\"; the Registrant's \"Plan\".\n";
  const Case cases[] = {
      {"{ ]  Written communications\n[ ]  Soliciting material",
       "[ ]  Written communications\n[ ]  Soliciting material"},
      {"  {[ ] Pre-commencement", "  [ ] Pre-commencement"},
      {"[ }  Written communications", "[ ]  Written communications"},
      {"website (http://www. iij.ad.jp/en/ir).",
       "website (http://www.iij.ad.jp/en/ir)."},
      {"see www. example.com today", "see www.example.com today"},
      {"under the Exchange Act (17CFR 240.14d-2(b)\n\n[ ] Next",
       "under the Exchange Act (17CFR 240.14d-2(b))\n\n[ ] Next"},
      {"     Exchange Act (17CFR 240.14d-2(b) )\n",
       "     Exchange Act (17CFR 240.14d-2(b))\n"},
      {"ITEM 5S. OTHER EVENTS", "ITEM 5. OTHER EVENTS"},
      {"were $2. 80, $2.69 and $2. 57 for the years",
       "were $2.80, $2.69 and $2.57 for the years"},
      {"a dividend of $1,234. 56 in total.", "a dividend of $1,234.56 in total."},
  };
  for (const Case& c : cases) {
    INFO(c.in);
    CHECK(Fix(c.in) == c.out);
  }
  const Case quotes[] = {
      {"America, Inc. (the \u201cCompany\")",
       "America, Inc. (the \"Company\")"},
      {"as \"IIJ\", \"the Company\u201d, \"we\"",
       "as \"IIJ\", \"the Company\", \"we\""},
      {"Inc. (\"\u201cWestell\") released", "Inc. (\"Westell\") released"},
      {"Corporation (the \"Company\u201d\")", "Corporation (the \"Company\")"},
      {"of the Merger Agreement\u2019 by Teltrend's holders",
       "of the Merger Agreement by Teltrend's holders"},
  };
  for (const Case& c : quotes) {
    INFO(c.in);
    CHECK(Fix(straight + c.in) == straight + c.out);
  }
}

TEST_CASE("punctuation left alone", "[correct][punctuation][clean]") {
  const char* cases[] = {
      "the set { } is empty and [ ] is a box",
      "a { ] inside a line",
      "visit www. The site is down",
      // three digits after the blank are no cents
      "We paid $3. 125 shares were sold",
      // the parenthesis closes on a later line of the paragraph
      "(as defined in Rule 12b-2(a)\nof the Act) and",
      // a blank before ")" occurs in clean text where a quote was lost
      "convert (the Conversion ) and (IRS No. ) and (a) )",
      // item numbers with a letter A to C, and no item number at all
      "Item 1A. Risk Factors and Item 9B. Other and Item 7A and Model 5S.",
      // the inner parenthesis is not attached to a reference
      "the Registration Statement (except for (i)\nfinancial statements",
      "the Registration Statement (except for (i)\n\nfinancial statements",
      // typographic quotes throughout
      "the \u201cCompany\u201d and \u201cwe\u201d and it\u2019s and the "
      "holders\u2019 \u201cPlan\u201d (the \u201cCompany\")",
  };
  for (const char* c : cases) {
    INFO(c);
    CHECK(Fix(c) == c);
  }
  // Plural possessives and quoted words keep their curly marks even in a
  // straight-quote document.
  const std::string straight =
      "He said \"yes\" and it's \"fine\"; the Registrant's \"Plan\".\n";
  const std::string kept = "the holders\u2019 rights and \u2018Plan\u2019 B";
  CHECK(Fix(straight + kept) == straight + kept);
}

TEST_CASE("spans follow the corrected text", "[correct][spans]") {
  std::string text = "Blue Lake Gold Corp. 8LG°s 26w May 3l x";
  Document d = TextDoc(text);
  Word w;
  w.start = text.find("May");
  w.end = w.start + 3;
  w.page = 1;
  w.confidence = 50;
  d.words.push_back(w);
  Field f;
  f.name = "x";
  f.span.start = text.find("3l");
  f.span.end = f.span.start + 2;
  f.raw = "3l";
  d.header_fields.push_back(f);
  CorrectOptions o;
  o.force = true;
  std::vector<Correction> c = CorrectOcr(&d, o);
  REQUIRE(!c.empty());
  CHECK(d.text.substr(d.words[0].start, d.words[0].end - d.words[0].start) ==
        "May");
  CHECK(d.header_fields[0].raw ==
        d.text.substr(
            d.header_fields[0].span.start,
            d.header_fields[0].span.end - d.header_fields[0].span.start));
  CHECK(d.pages[0].end == d.text.size());
}

TEST_CASE("only OCR pages are touched", "[correct][pages]") {
  std::string clean = "Blue Lake Gold Corp. 8LG is here.\n";
  std::string text = clean + clean;
  Document d = TextDoc(text);
  d.pages[0].end = clean.size();
  Page p2;
  p2.number = 2;
  p2.start = clean.size();
  p2.end = text.size();
  p2.ocr = true;
  d.pages.push_back(p2);
  std::vector<Correction> c = CorrectOcr(&d, CorrectOptions());
  REQUIRE(c.size() == 1);
  CHECK(c[0].page == 2);
  CHECK(d.text == clean + "Blue Lake Gold Corp. BLG is here.\n");
}

TEST_CASE("confident OCR words need stronger evidence",
          "[correct][confidence]") {
  std::string text = "Blue Lake Gold Corp. 8LG is here.";
  Document d = TextDoc(text);
  d.pages[0].ocr = true;
  Word w;
  w.start = text.find("8LG");
  w.end = w.start + 3;
  w.page = 1;
  w.confidence = 99.0f;
  d.words.push_back(w);
  CHECK(CorrectOcr(&d, CorrectOptions()).empty());
  d.words[0].confidence = 30.0f;
  CHECK(CorrectOcr(&d, CorrectOptions()).size() == 1);
}

TEST_CASE("known entities are a lexicon", "[correct][known]") {
  KnownEntities known;
  known.tickers.push_back("QRSX");
  std::string text = "shares trade on NASDAQ: QR5X today";
  Document d = TextDoc(text);
  CorrectOptions o;
  o.force = true;
  o.known = &known;
  CorrectOcr(&d, o);
  CHECK(d.text == "shares trade on NASDAQ: QRSX today");
}

}  // namespace
}  // namespace secx
