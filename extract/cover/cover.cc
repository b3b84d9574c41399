// Cover extraction: picks the cover region of the primary document, runs
// the rule families over it (labels below values, labels beside values,
// multi-registrant tables, the signature block, the defined short name),
// keeps the most confident value per field and registrant, and turns the
// hits into Fields with spans, pages and rules.
#include "extract/cover/cover.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "extract/cover/above.h"
#include "extract/cover/beside.h"
#include "extract/cover/columns.h"
#include "extract/cover/cover_rules.h"
#include "extract/cover/layout.h"
#include "extract/cover/phones.h"
#include "extract/cover/registrants.h"
#include "extract/cover/signature.h"
#include "extract/cover/statement.h"
#include "extract/provenance.h"
#include "extract/states.h"
#include "extract/text_util.h"

namespace secx {
namespace {

using cover::Hit;

// The cover is on the first pages; 20 KB of text covers it with room to
// spare and bounds the work per document.
constexpr size_t kCoverBytes = 20 * 1024;
// The defined short name ("IIJ") may come after the cover, in the opening
// paragraphs.
constexpr size_t kAbbreviationBytes = 64 * 1024;

struct Region {
  size_t begin = 0;      // start of the primary document text
  size_t cover_end = 0;  // end of the cover region
  size_t end = 0;        // end of the primary document
};

bool IsHeaderSection(const Section& s) {
  return s.type == "SEC-HEADER" || s.type == "IMS-HEADER";
}

// Skips an EDGAR header and document preamble left in the section text
// (a reader that hands over a whole submission as one section).
void SkipSubmissionPreamble(std::string_view text, Region* r) {
  std::string_view probe =
      text.substr(r->begin, std::min<size_t>(r->end - r->begin, 256 * 1024));
  size_t h = probe.find("</SEC-HEADER>");
  if (h == std::string_view::npos) h = probe.find("</IMS-HEADER>");
  if (h == std::string_view::npos) return;
  size_t t = probe.find("<TEXT>", h);
  r->begin += t == std::string_view::npos ? h + 13 : t + 6;
  size_t doc_end = text.substr(0, r->end).find("</DOCUMENT>", r->begin);
  if (doc_end != std::string_view::npos) r->end = doc_end;
}

// The cover page ends where the report's items begin ("Item 2.02 ...",
// "ITEM 5. OTHER EVENTS"); cutting there keeps every later rule's scan
// short. The first kMinCoverBytes are always kept.
void CutAtFirstItem(std::string_view text, Region* r) {
  constexpr size_t kMinCoverBytes = 1500;
  static const RE2* const kItem =
      new RE2(R"((?m)^[ \t]*(?:ITEM|Item)[ \t]+\d{1,2}(?:\.\d{2})?\b)");
  size_t from = r->begin + kMinCoverBytes;
  if (from >= r->cover_end) return;
  re2::StringPiece in(text.data(), r->cover_end);
  re2::StringPiece m;
  if (kItem->Match(in, from, r->cover_end, RE2::UNANCHORED, &m, 1)) {
    r->cover_end = m.data() - text.data();
  }
}

Region CoverRegion(const Document& doc) {
  Region r;
  r.end = doc.text.size();
  bool found = doc.sections.empty();
  for (const Section& s : doc.sections) {
    if (IsHeaderSection(s) || s.end <= s.start) continue;
    r.begin = std::min(s.start, doc.text.size());
    r.end = std::min(s.end, doc.text.size());
    found = true;
    break;
  }
  // A header alone (no document) has no cover; the header's values are
  // the SGML reader's, never re-read here.
  if (!found) return Region();
  SkipSubmissionPreamble(doc.text, &r);
  r.cover_end = std::min(r.end, r.begin + kCoverBytes);
  CutAtFirstItem(doc.text, &r);
  size_t nl = doc.text.find('\n', r.cover_end);
  if (r.cover_end < r.end && nl != std::string::npos && nl < r.end) {
    r.cover_end = nl;
  }
  return r;
}

bool IsGenericTerm(std::string_view t) {
  static const char* const kGeneric[] = {
      "company",     "corporation", "registrant", "issuer",      "we",
      "us",          "our",         "bank",       "partnership", "trust",
      "fund",        "group",       "parent",     "borrower",    "seller",
      "buyer",       "purchaser",   "merger",     "agreement",   "corp",
      "partnership", "firm",        "holding",    "holdings"};
  for (const char* g : kGeneric) {
    if (t.size() == std::strlen(g) && strncasecmp(t.data(), g, t.size()) == 0) {
      return true;
    }
  }
  return false;
}

// True when the text just before `pos` ends with the name (case, blanks
// and punctuation aside): 'Internet Initiative Japan Inc. ('.
bool NameEndsAt(std::string_view text, size_t begin, size_t pos,
                const std::string& key) {
  size_t from =
      pos > begin + key.size() * 3 + 8 ? pos - key.size() * 3 - 8 : begin;
  std::string tail = cover::NameKey(text.substr(from, pos - from));
  return tail.size() >= key.size() &&
         tail.compare(tail.size() - key.size(), key.size(), key) == 0;
}

// A parenthesised defined term: '(herein referred to as "IIJ", ...',
// '("HHCA")', '(the "Company")'. One pattern for all filings; the name
// before it is checked separately, so nothing is compiled per document.
const RE2& DefinedTerm() {
  static const RE2* const kRe = new RE2(
      "\\(\\s*(?i:(?:herein(?:after)?\\s+(?:referred\\s+to\\s+as|called)\\s+)|"
      "hereinafter\\s+|the\\s+|collectively,?\\s+)?(?:\"|\xE2\x80\x9C)"
      "([A-Za-z0-9][A-Za-z0-9&.\\- ]{0,23}?)[,.]?(?:\"|\xE2\x80\x9D)");
  return *kRe;
}

void AbbreviationRule(std::string_view text, const Region& r,
                      std::vector<Hit>* hits) {
  size_t end = std::min(r.end, r.begin + kAbbreviationBytes);
  std::vector<std::string> keys;
  for (const Hit& h : *hits) {
    if (h.entity == 0 &&
        (h.name == "registrant_name" || h.name == "registrant_name_english")) {
      std::string k = cover::NameKey(h.value);
      if (k.size() >= 3) keys.push_back(k);
    }
  }
  if (keys.empty()) return;
  re2::StringPiece in(text.data(), end);
  re2::StringPiece g[2];
  size_t pos = r.begin;
  while (pos < end &&
         DefinedTerm().Match(in, pos, end, RE2::UNANCHORED, g, 2)) {
    size_t open = g[0].data() - text.data();
    pos = open + g[0].size();
    std::string_view t(g[1].data(), g[1].size());
    if (IsGenericTerm(t)) continue;
    for (const std::string& key : keys) {
      if (t.size() >= key.size() || !NameEndsAt(text, r.begin, open, key)) {
        continue;
      }
      Hit h;
      h.name = "registrant_abbreviation";
      h.value = std::string(t);
      h.start = g[1].data() - text.data();
      h.end = h.start + t.size();
      h.confidence = 0.8;
      h.rule = "cover.abbreviation.defined_term";
      hits->push_back(std::move(h));
      return;
    }
  }
}

// "Chesapeake Marine Products Corporation, a Maryland corporation (the
// "Company")", "Harborview Supermarkets, Inc. (the "Company"), a Maryland
// corporation", "Keel & Compass Funds Trust (the "Trust") was organized as
// a Delaware statutory trust", "Wissahickon Funds Trust (the "Trust") is an
// open-end management investment company organized as a Delaware
// statutory trust", "Braxton Ledge Financial Corporation is a
// Delaware corporation": the registrant's name followed by its legal
// form gives its state of incorporation, in the document's opening pages,
// when no cover caption gave one (a proxy statement, an 11-K, a 12b-25 print
// none). The name must end just before the phrase; a state named in an address
// never counts.
void StateAfterName(std::string_view text, const Region& r,
                    std::vector<Hit>* hits) {
  std::string key;
  for (const Hit& h : *hits) {
    if (h.entity != 0) continue;
    if (h.name == "state_of_incorporation") return;
    if (h.name == "registrant_name") key = cover::NameKey(h.value);
  }
  if (key.size() < 3) return;
  static const RE2* const kForm = new RE2(
      R"((?i)(?:\s*\((?:the\s+)?["\x{201C}][^"\x{201D}]{1,30}["\x{201D}]\))?(?:,|\s+(?:was|is)\s+(?:organized|formed|incorporated|established)\s+as|\s+is\s+an?\s+(?:(?:open|closed)-end\s+|(?:non-)?diversified\s+|management\s+)*investment\s+company,?\s+(?:organized|formed|established)\s+as|\s+is)?\s+an?\s+([A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,2})\s+(?:corporation|company|limited\s+liability\s+company|limited\s+partnership|business\s+trust|real\s+estate\s+investment\s+trust|statutory\s+trust|bank(?:ing)?\s+corporation)\b)");
  size_t end = std::min(r.end, r.begin + kAbbreviationBytes);
  re2::StringPiece in(text.data(), end);
  re2::StringPiece g[2];
  size_t pos = r.begin;
  while (pos < end && kForm->Match(in, pos, end, RE2::UNANCHORED, g, 2)) {
    size_t at = g[0].data() - text.data();
    pos = at + g[0].size();
    if (!NameEndsAt(text, r.begin, at, key)) continue;
    std::string state = cover::NormalState(std::string_view(g[1].data(), g[1].size()));
    if (state.empty()) continue;
    Hit h;
    h.name = "state_of_incorporation";
    h.value = state;
    h.start = g[1].data() - text.data();
    h.end = h.start + g[1].size();
    h.confidence = 0.55;
    h.rule = "cover.state.after_name";
    hits->push_back(std::move(h));
    return;
  }
}

// An 11-K prints no employer number on its cover; the plan's Form 5500
// schedules name its sponsor's ("EIN 56-0687412   Plan Number 002",
// "EIN: 23-1187650, Plan No. 004"), the company whose shares the plan
// holds. Read when no caption gave a number, with low confidence.
void PlanScheduleEin(std::string_view text, const Region& r,
                     std::vector<Hit>* hits) {
  bool plan_report = false;
  for (const Hit& h : *hits) {
    // (Not the header's number: the check compares the two.)
    if (h.entity != 0 || h.rule.rfind("sgml.", 0) == 0) continue;
    if (h.name == "irs_employer_id") return;
    if (h.name == "form_type") plan_report = h.value.rfind("11-K", 0) == 0;
  }
  if (!plan_report) return;
  static const RE2* const kEin = new RE2(
      R"((?i)\bEIN\s*(?:no\.?|number)?\s*[:#]?\s*(\d{2}-\d{7})\b[ \t,;]{0,12}plan\s+(?:number|no\.?)\s*[:#]?\s*\d{3}\b)");
  re2::StringPiece in(text.data(), std::min(r.end, text.size()));
  re2::StringPiece g[2];
  if (!kEin->Match(in, r.begin, in.size(), RE2::UNANCHORED, g, 2)) return;
  Hit h;
  h.name = "irs_employer_id";
  h.value = std::string(g[1].data(), g[1].size());
  h.start = g[1].data() - text.data();
  h.end = h.start + g[1].size();
  h.confidence = 0.55;
  h.rule = "cover.irs.plan_schedule";
  hits->push_back(std::move(h));
}

// A cover that prints its name only over "(Translation of registrant's name
// into English)" (a 6-K, some 20-F and 40-F): that name is the one the
// registrant is known by here, and is its name too, below any reading of
// an exact name.
void EnglishNameOnly(std::vector<Hit>* hits) {
  const Hit* english = nullptr;
  for (const Hit& h : *hits) {
    if (h.entity != 0) continue;
    if (h.name == "registrant_name") return;
    if (h.name == "registrant_name_english") english = &h;
  }
  if (english == nullptr) return;
  Hit h = *english;
  h.name = "registrant_name";
  h.confidence = std::min(h.confidence, 0.6);
  h.rule = "cover.name.english_only";
  hits->push_back(std::move(h));
}

// Fields a multi-registrant table owns; single-registrant rules reading the
// same table would pair its cells wrongly.
bool IsRegistrantField(const std::string& name) {
  static const char* const kNames[] = {"registrant_name",
                                       "state_of_incorporation",
                                       "commission_file_number",
                                       "irs_employer_id",
                                       "address",
                                       "zip_code",
                                       "phone"};
  for (const char* n : kNames) {
    if (name == n) return true;
  }
  return false;
}

int FieldOrder(const std::string& name) {
  static const char* const kOrder[] = {"form_type",
                                       "registrant_name",
                                       "registrant_name_english",
                                       "registrant_abbreviation",
                                       "state_of_incorporation",
                                       "commission_file_number",
                                       "irs_employer_id",
                                       "address",
                                       "zip_code",
                                       "phone",
                                       "contact_name",
                                       "report_date",
                                       "reporting_period_start",
                                       "reporting_period_end",
                                       "fiscal_year_end",
                                       "auditor_name",
                                       "signature_date",
                                       "signatory_name",
                                       "signatory_title"};
  for (size_t i = 0; i < sizeof kOrder / sizeof kOrder[0]; ++i) {
    if (name == kOrder[i]) return static_cast<int>(i);
  }
  return 100;
}

// One value per (field, registrant, index): the most confident, then the
// first.
std::vector<Hit> Best(std::vector<Hit> hits) {
  std::map<std::tuple<int, std::string, int>, Hit> best;
  for (Hit& h : hits) {
    if (h.value.empty() || h.end <= h.start) continue;
    auto key = std::make_tuple(h.entity, h.name, h.index);
    auto it = best.find(key);
    if (it == best.end() || h.confidence > it->second.confidence ||
        (h.confidence == it->second.confidence && h.start < it->second.start)) {
      best[key] = std::move(h);
    }
  }
  // Each hit's field order is looked up once, not in every comparison.
  std::vector<std::pair<int, Hit>> ordered;
  ordered.reserve(best.size());
  for (auto& kv : best) {
    int order = FieldOrder(kv.second.name);
    ordered.emplace_back(order, std::move(kv.second));
  }
  std::sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) {
    if (a.second.entity != b.second.entity) {
      return a.second.entity < b.second.entity;
    }
    // Signers in order, each name followed by its title.
    if (a.second.index != b.second.index) {
      return a.second.index < b.second.index;
    }
    return a.first < b.first;
  });
  std::vector<Hit> out;
  out.reserve(ordered.size());
  for (auto& oh : ordered) out.push_back(std::move(oh.second));
  return out;
}

Field ToField(const Document& doc, const Hit& h) {
  Field f;
  f.name = h.name;
  f.value = h.value;
  f.raw = doc.text.substr(h.start, h.end - h.start);
  f.span = MakeSpan(doc, h.start, h.end, h.confidence, h.rule);
  f.entity = h.entity;
  return f;
}

// The accountant's block (X-17A-5, 11-K) prints an address, a zip and a
// phone under the same part captions as the registrant's: those are never
// the registrant's.
void DropOtherParty(const std::vector<std::pair<size_t, size_t>>& ranges,
                    std::vector<Hit>* hits) {
  if (ranges.empty()) return;
  hits->erase(std::remove_if(hits->begin(), hits->end(),
                             [&](const Hit& h) {
                               if (h.name != "address" && h.name != "zip_code" &&
                                   h.name != "phone" &&
                                   h.name != "state_of_incorporation") {
                                 return false;
                               }
                               for (const auto& [from, to] : ranges) {
                                 if (h.end > from && h.start < to) return true;
                               }
                               return false;
                             }),
              hits->end());
}

// An address of more than kMaxAddress bytes is lines of other text read as
// one (a caption OCR damaged, a remark): none rather than a wrong one.
constexpr size_t kMaxAddress = 120;

void DropImplausible(std::vector<Hit>* hits) {
  hits->erase(std::remove_if(hits->begin(), hits->end(),
                             [](const Hit& h) {
                               return h.name == "address" &&
                                      h.value.size() > kMaxAddress;
                             }),
              hits->end());
}

// Whether the text at `at` was read by OCR.
bool OcrText(const Document& doc, size_t at) {
  for (const Page& p : doc.pages) {
    if (at >= p.start && at < p.end) return p.ocr || doc.ocr_text;
  }
  return doc.ocr_text;
}

// An address that ends in a US ZIP code ("..., New York, New York 10179"):
// the state it names before the ZIP (a name, a code or an abbreviation such
// as "Calif.") and the ZIP's five digits. `state` is empty when no state
// stands in the last words before the ZIP; [junk_from, junk_to) are the
// bytes of the value between the state and the ZIP when they are only
// specks OCR read there ("Texas — OS 75201").
struct UsAddressEnd {
  bool us = false;  // ends in a five-digit ZIP (or ZIP+4)
  std::string state;
  std::string zip;
  size_t junk_from = 0, junk_to = 0;
};

UsAddressEnd ReadUsAddressEnd(std::string_view address) {
  static const RE2* const kZip = new RE2(R"((?:^|[\s,])(\d{5})(?:-\d{4})?\s*$)");
  UsAddressEnd out;
  re2::StringPiece in(address.data(), address.size());
  re2::StringPiece m[2];
  if (!kZip->Match(in, 0, in.size(), RE2::UNANCHORED, m, 2)) return out;
  out.us = true;
  out.zip = std::string(m[1].data(), m[1].size());
  size_t zip_at = m[1].data() - address.data();
  // Words before the ZIP, right to left, with their offsets.
  std::vector<std::pair<size_t, size_t>> words;
  size_t e = zip_at;
  while (words.size() < 6) {
    while (e > 0 && (address[e - 1] == ' ' || address[e - 1] == ',')) --e;
    if (e == 0) break;
    size_t b = e;
    while (b > 0 && address[b - 1] != ' ' && address[b - 1] != ',') --b;
    words.emplace_back(b, e);
    e = b;
  }
  auto speck = [&](size_t k) {
    std::string_view w = address.substr(words[k].first,
                                        words[k].second - words[k].first);
    int alnum = 0;
    for (char c : w) alnum += std::isalnum(static_cast<unsigned char>(c)) ? 1 : 0;
    return alnum == 0 || (w.size() <= 2 && !std::islower(static_cast<unsigned char>(w[0])));
  };
  // The state may sit after up to two specks; it is one to three words.
  for (size_t skip = 0; skip <= 2 && skip < words.size(); ++skip) {
    if (skip > 0 && !speck(skip - 1)) break;
    for (size_t n = std::min<size_t>(3, words.size() - skip); n >= 1; --n) {
      size_t from = words[skip + n - 1].first, to = words[skip].second;
      std::string_view run = address.substr(from, to - from);
      std::string code = StateCodeOfWritten(run);
      if (code.empty()) continue;
      // A two-letter code after specks could be a speck itself.
      if (skip > 0 && run.size() <= 2) continue;
      out.state = code;
      if (skip > 0) {
        out.junk_from = to;
        out.junk_to = words[0].second;
      }
      return out;
    }
  }
  return out;
}

// Addresses that end in a US ZIP code are checked against their state: a
// ZIP outside the state's ranges is a digit misread (or a value of another
// line), and on a scan an address without a state before its ZIP lost a
// part (a wrapped or stamped state cell); both leave the address out, and
// the first the ZIP as well. Specks between state and ZIP are dropped.
void CheckUsAddresses(const Document& doc, std::vector<Hit>* hits) {
  // A speck OCR read as a period between a state's code and its ZIP, or
  // after the ZIP: "Red Bank, NJ.07701." is "Red Bank, NJ 07701".
  static const RE2* const kGluedZip =
      new RE2(R"(([\s,][A-Z]{2})\.(\d{5}(?:-\d{4})?)\.?$)");
  std::vector<std::pair<int, std::string>> bad_zip;  // entity, ZIP
  for (Hit& h : *hits) {
    if (h.name != "address") continue;
    if (OcrText(doc, h.start)) {
      RE2::Replace(&h.value, *kGluedZip, "\\1 \\2");
      // A state's capital I read as a small l ("Des Moines, lowa 50309"):
      // the state, which its ZIP is checked against below.
      static const RE2* const kSmallL = new RE2(
          R"(\b(?:l|1)(owa|daho|ndiana)\b|\b(?:l|1)(llinois)\b|\b(llinois)\b)");
      RE2::GlobalReplace(&h.value, *kSmallL, "I\\1\\2\\3");
    }
    UsAddressEnd end = ReadUsAddressEnd(h.value);
    if (!end.us) continue;
    if (end.state.empty() && OcrText(doc, h.start)) {
      // A speck read as a capital glued before the state's code, "New
      // York. ONY 10019": the code, when the ZIP fits its state.
      static const RE2* const kSpeckedCode =
          new RE2(R"(([\s,])[A-Z]([A-Z]{2})(\s+\d{5}(?:-\d{4})?\s*)$)");
      re2::StringPiece in(h.value);
      std::string lead, code, tail;
      if (RE2::PartialMatch(in, *kSpeckedCode, &lead, &code, &tail) &&
          StateCodeOfWritten(code) == code &&
          ZipFitsState(end.zip, code)) {
        RE2::Replace(&h.value, *kSpeckedCode, "\\1\\2\\3");
        end = ReadUsAddressEnd(h.value);
      }
    }
    // Typed covers may end a foreign address in a five-digit postcode
    // ("Seoul, Korea 06164"); a lost state cell is a scan's failure.
    if (end.state.empty() && OcrText(doc, h.start)) {
      h.value.clear();
      continue;
    }
    if (!ZipFitsState(end.zip, end.state)) {
      bad_zip.emplace_back(h.entity, end.zip);
      h.value.clear();
      continue;
    }
    if (end.junk_to > end.junk_from) {
      h.value.erase(end.junk_from, end.junk_to - end.junk_from);
    }
  }
  hits->erase(std::remove_if(hits->begin(), hits->end(),
                             [&](const Hit& h) {
                               if (h.name == "address") return h.value.empty();
                               if (h.name != "zip_code") return false;
                               for (const auto& [entity, zip] : bad_zip) {
                                 if (h.entity == entity &&
                                     h.value.compare(0, 5, zip) == 0) {
                                   return true;
                                 }
                               }
                               return false;
                             }),
              hits->end());
}

// Telephone numbers OCR read are checked against the numbering plan
// (phones.h): a number the plan does not assign takes the one repair a
// look-alike digit gives, in the state of the registrant's address when
// it names one, or is left out.
void CheckOcrPhones(const Document& doc, std::vector<Hit>* hits) {
  // Entity -> its address's state, read before the ZIP code (the
  // address's own, or the one a cover prints in a cell of its own).
  std::map<int, std::string> zips, states;
  for (const Hit& h : *hits) {
    if (h.name == "zip_code") zips[h.entity] = h.value;
  }
  for (const Hit& h : *hits) {
    if (h.name != "address") continue;
    std::string state = ReadUsAddressEnd(h.value).state;
    auto zip = zips.find(h.entity);
    if (state.empty() && zip != zips.end()) {
      state = ReadUsAddressEnd(h.value + " " + zip->second).state;
    }
    states[h.entity] = state;
  }
  for (Hit& h : *hits) {
    if (h.name != "phone" || !OcrText(doc, h.start)) continue;
    auto it = states.find(h.entity);
    cover::PhoneCheck c = cover::CheckOcrPhone(
        h.value, it == states.end() ? std::string_view() : it->second);
    if (c.kind == cover::PhoneCheck::kValid) continue;
    h.value = c.kind == cover::PhoneCheck::kRepaired ? c.value : std::string();
    h.confidence *= 0.8;
    h.rule += ".plan_repair";
  }
  hits->erase(std::remove_if(hits->begin(), hits->end(),
                             [](const Hit& h) {
                               return h.name == "phone" && h.value.empty();
                             }),
              hits->end());
}

// A person's name that ends in an initial ("Margaret W."), without the
// comma of "Doe, John A.": a stamp or a speck took the surname.
bool CutAtInitial(std::string_view name) {
  if (name.find(',') != std::string_view::npos) return false;
  size_t sp = name.rfind(' ');
  if (sp == std::string_view::npos) return false;
  std::string_view last = name.substr(sp + 1);
  return (last.size() == 1 || (last.size() == 2 && last[1] == '.')) &&
         std::isupper(static_cast<unsigned char>(last[0]));
}

// On a scan, a name whose first word is all in lower case ("mor thgate
// Execution Services, L.P.") lost its capital to a speck or a misreading:
// names are printed with a capital first (a brand's "eBay" keeps one
// inside the word). Left out rather than reported misspelt, as is a
// contact's name cut at an initial.
void CheckOcrNames(const Document& doc, std::vector<Hit>* hits) {
  hits->erase(
      std::remove_if(hits->begin(), hits->end(),
                     [&](const Hit& h) {
                       if (h.name != "registrant_name" &&
                           h.name != "auditor_name" &&
                           h.name != "contact_name") {
                         return false;
                       }
                       if (!OcrText(doc, h.start)) return false;
                       if (h.name == "contact_name" && CutAtInitial(h.value)) {
                         return true;
                       }
                       size_t n = 0;
                       for (char c : h.value) {
                         if (c == ' ') break;
                         if (!std::islower(static_cast<unsigned char>(c))) {
                           return false;
                         }
                         ++n;
                       }
                       return n >= 1;
                     }),
      hits->end());
}

// Words of one or two letters a cover prints ("of", "St"): what OCR reads
// as such a word is no speck.
bool IsShortWord(std::string_view t) {
  static const std::string_view kWords[] = {
      "a",  "of", "in", "to", "by", "at", "on", "or", "an", "as", "is", "it",
      "no", "de", "la", "le", "du", "am", "St", "Rd", "Dr", "Ct", "Ln", "Mt",
      "Ft"};
  return std::find(std::begin(kWords), std::end(kWords), t) != std::end(kWords);
}

// Ink OCR read as a cell of its own between a form's values and captions:
// marks ("—", "._", ":") or two letters no word or state code is made of
// ("ee", "oO"). On a scanned cover they are specks, and they would split
// an address from its zip or a caption from the next one.
bool SpeckCell(std::string_view t) {
  t = cover::Trim(t);
  if (t.empty()) return true;
  int alnum = 0, lower = 0;
  for (unsigned char c : t) {
    alnum += std::isalnum(c) ? 1 : 0;
    lower += std::islower(c) ? 1 : 0;
  }
  // What OCR left of a part caption ("(City)  (State)  )") is no speck.
  if (alnum == 0) {
    return t.size() <= 3 && t.find_first_of("(){}") == std::string_view::npos;
  }
  // A lone lower-case letter or digit ("a" far right of a name, "7" after
  // an IRS number) is a speck: no cover value is one character.
  if (t.size() == 1) {
    return lower == 1 || std::isdigit(static_cast<unsigned char>(t[0]));
  }
  if (t.size() != 2 || alnum != 2 || lower == 0) return false;
  return !IsShortWord(t);
}

// Marks OCR read a blank before a cell's first word or after its last
// ("_ 89501", "Suite 400 |"): the cell is its words.
void TrimSpecks(cover::LayoutCell* c) {
  // One to three marks: ASCII punctuation, or symbols of Latin-1's
  // punctuation ("»", "©", "¢") and of the general punctuation and symbol
  // blocks ("—", "•"); "_—-" is one speck.
  auto mark = [](std::string_view w) {
    int marks = 0;
    for (size_t i = 0; i < w.size(); ++marks) {
      const unsigned char ch = static_cast<unsigned char>(w[i]);
      if (ch == 0xC2 || ch == 0xE2) {
        i += ch == 0xC2 ? 2 : 3;
        continue;
      }
      if (std::isalnum(ch) || ch == '(' || ch == ')' || ch == '&' ||
          ch == '$' || ch == '#' || ch >= 0x80) {
        return false;
      }
      ++i;
    }
    return marks >= 1 && marks <= 3;
  };
  // A speck read as an opening quote on the first word ("“200
  // Clarendon Street"), with no closing quote in the cell.
  static const std::string_view kQuotes[] = {
      "\xE2\x80\x98", "\xE2\x80\x99", "\xE2\x80\x9C", "\xE2\x80\x9D", "\""};
  for (std::string_view q : kQuotes) {
    std::string_view t = c->text;
    if (t.size() <= q.size() || t.substr(0, q.size()) != q ||
        !std::isalnum(static_cast<unsigned char>(t[q.size()]))) {
      continue;
    }
    bool closed = false;
    for (std::string_view other : kQuotes) {
      closed |= t.find(other, q.size()) != std::string_view::npos;
    }
    if (closed) break;
    c->text.remove_prefix(q.size());
    c->start += q.size();
    c->col_start += 1;
    break;
  }
  for (;;) {
    std::string_view t = c->text;
    size_t sp = t.find(' ');
    if (sp == std::string_view::npos || !mark(t.substr(0, sp))) break;
    size_t next = t.find_first_not_of(' ', sp);
    if (next == std::string_view::npos) break;
    c->text.remove_prefix(next);
    c->start += next;
    c->col_start += static_cast<int>(next);
  }
  for (;;) {
    std::string_view t = c->text;
    size_t sp = t.rfind(' ');
    if (sp == std::string_view::npos) break;
    // One or two small letters after a ZIP code that ends the cell
    // ("Boston, MA 02110 ee"): a speck OCR read as a word.
    std::string_view tail = t.substr(sp + 1);
    if (tail.size() <= 2 &&
        std::all_of(tail.begin(), tail.end(),
                    [](char ch) { return ch >= 'a' && ch <= 'z'; }) &&
        !IsShortWord(tail)) {
      size_t last = t.find_last_not_of(' ', sp);
      size_t digits = 0;
      while (last != std::string_view::npos && digits <= last &&
             std::isdigit(static_cast<unsigned char>(t[last - digits]))) {
        ++digits;
      }
      // "02110", or the "-5556" of a ZIP+4.
      if (digits == 5 ||
          (digits == 4 && last >= 9 && t[last - 4] == '-' &&
           std::isdigit(static_cast<unsigned char>(t[last - 5])))) {
        c->col_end -= static_cast<int>(t.size() - (last + 1));
        c->end -= t.size() - (last + 1);
        c->text = t.substr(0, last + 1);
        continue;
      }
    }
    if (!mark(tail)) break;
    size_t last = t.find_last_not_of(' ', sp);
    if (last == std::string_view::npos) break;
    // After digits a bar or bracket may be a digit of a boxed number
    // ("8-454] |"): only marks after words go, or after the digits of a
    // cell with words ("1717 Main Street, Suite 2900 |"), or symbols no
    // digit is read as ("(732) 555-9669 ©").
    const unsigned char before = static_cast<unsigned char>(t[last]);
    bool words = std::any_of(t.begin(), t.begin() + sp, [](char ch) {
      return std::isalpha(static_cast<unsigned char>(ch)) != 0;
    });
    // (Marks OCR reads for a "1" or a box's edge: "|", "]", "!", "/".)
    const bool symbol = t.find_first_of("|[]{}!/\\()", sp + 1) ==
                        std::string_view::npos;
    if (!std::isalpha(before) && before != '.' && before != ')' &&
        !(words && std::isdigit(before)) && !symbol) {
      break;
    }
    c->col_end -= static_cast<int>(t.size() - (last + 1));
    c->end -= t.size() - (last + 1);
    c->text = t.substr(0, last + 1);
  }
}

// The text the cover rules read: OCR'd parts with a quote mark at a
// word's start blanked (a speck read as "‘ended", "“Florida"), byte for
// byte in place, so every offset still points into Document::text.
std::string RuleText(const Document& doc, const Region& r) {
  std::string t = doc.text;
  static const std::string_view kQuotes[] = {"\u2018", "\u2019", "\u201C",
                                             "\u201D", "\"", "'", "`"};
  for (size_t i = r.begin; i < r.end && i < t.size(); ++i) {
    if (i > 0 && t[i - 1] != ' ' && t[i - 1] != '\n' && t[i - 1] != '\t') {
      continue;
    }
    for (std::string_view q : kQuotes) {
      size_t after = i + q.size();
      if (t.compare(i, q.size(), q) != 0 || after >= t.size() ||
          !std::isalnum(static_cast<unsigned char>(t[after])) ||
          !OcrText(doc, i)) {
        continue;
      }
      t.replace(i, q.size(), q.size(), ' ');
      break;
    }
  }
  return t;
}

std::vector<Hit> CoverHits(const Document& doc, const std::string& text,
                           const Region& r) {
  std::vector<cover::Line> lines =
      cover::SplitLines(text, r.begin, r.cover_end);
  for (cover::Line& l : lines) {
    if (!OcrText(doc, l.start)) {
      // Typed text: a form drawn in boxes of characters ("| Full Name of
      // Registrant |"), its bars no part of the cells.
      if (l.kind == cover::LineKind::kText &&
          l.text.find('|') != std::string_view::npos) {
        l.cells = cover::SplitCells(l.text, l.start, /*box_sides=*/true);
        if (l.cells.empty()) l.kind = cover::LineKind::kBlank;
        // A rule inside a box ("|  -------------  |") under its value.
        if (l.cells.size() == 1 && cover::IsRuleText(l.cells[0].text)) {
          l.kind = cover::LineKind::kRule;
        }
      }
      continue;
    }
    for (cover::LayoutCell& c : l.cells) TrimSpecks(&c);
    if (l.cells.size() < 2) continue;
    // A caption OCR spaced apart ("(Exact name of registrant as specified
    // |  its charter)"): a cell that opens a parenthesis and the next that
    // only closes it are one.
    for (size_t k = 0; k + 1 < l.cells.size();) {
      cover::LayoutCell& a = l.cells[k];
      const cover::LayoutCell& b = l.cells[k + 1];
      // Or a caption wrapped after a gap: the line's last cell goes on
      // in small letters and closes on the next line ("(Address, including
      // zip code,  and telephone number, ... principal" over "executive
      // offices)"; a quote speck blanked there).
      const bool closes = !b.text.empty() && b.text.back() == ')' &&
                          std::count(b.text.begin(), b.text.end(), ')') == 1;
      const bool goes_on = k + 2 == l.cells.size() && !b.text.empty() &&
                           std::islower(static_cast<unsigned char>(b.text[0])) &&
                           b.text.find(')') == std::string_view::npos;
      if (!a.text.empty() && a.text.front() == '(' &&
          a.text.find(')') == std::string_view::npos &&
          b.text.find('(') == std::string_view::npos && (closes || goes_on)) {
        a.text = std::string_view(a.text.data(), b.end - a.start);
        a.end = b.end;
        a.col_end = b.col_end;
        l.cells.erase(l.cells.begin() + static_cast<long>(k) + 1);
        continue;
      }
      ++k;
    }
    l.cells.erase(std::remove_if(l.cells.begin(), l.cells.end(),
                                 [](const cover::LayoutCell& c) {
                                   return SpeckCell(c.text);
                                 }),
                  l.cells.end());
  }
  cover::ClassifyLines(&lines);
  std::vector<Hit> hits;
  cover::LabelBelowRules(lines, &hits);
  cover::MixedColumns(lines, &hits);
  cover::CaptionAboveRules(lines, &hits);
  cover::BesideRules(text, r.begin, r.cover_end, lines, &hits);
  // A block under the registrant's name, when nothing else read its
  // address: the name a caption gave.
  const Hit* named = nullptr;
  bool has_address = false;
  for (const Hit& h : hits) {
    if (h.entity != 0) continue;
    has_address = has_address || h.name == "address";
    // (Or a name alone over its street and city, a letterhead block whose
    // one caption for name, address and phone stands further down, under
    // other fields: the block is read only as the name's.)
    if (h.name == "registrant_name" &&
        (h.confidence >= 0.85 || h.rule == "cover.name.alone") &&
        (!named || h.confidence > named->confidence)) {
      named = &h;
    }
  }
  if (named && !has_address) {
    const std::string name = named->value;
    cover::AddressUnderName(lines, name, &hits);
  }
  // A value right of a caption that has the first registrant's value left
  // of it (label_between) is the second registrant's: no other rule reads
  // it as the first's.
  {
    std::vector<std::pair<std::string, size_t>> seconds;
    for (const Hit& h : hits) {
      if (h.entity == 1 && h.rule.size() > 14 &&
          h.rule.compare(h.rule.size() - 14, 14, ".label_between") == 0) {
        seconds.push_back({h.name, h.start});
      }
    }
    hits.erase(std::remove_if(hits.begin(), hits.end(),
                              [&](const Hit& h) {
                                return h.entity == 0 &&
                                       std::find(
                                           seconds.begin(), seconds.end(),
                                           std::make_pair(h.name, h.start)) !=
                                           seconds.end();
                              }),
               hits.end());
  }
  DropOtherParty(cover::OtherPartyRanges(lines), &hits);
  // A name without a caption is read on typed text only: on a scan the
  // caption under the name may be what OCR lost, and the line alone may
  // be anything the page prints in capitals.
  hits.erase(std::remove_if(hits.begin(), hits.end(),
                            [&](const Hit& h) {
                              return h.rule == "cover.name.alone" &&
                                     OcrText(doc, h.start);
                            }),
             hits.end());
  DropImplausible(&hits);
  std::vector<Hit> table = cover::RegistrantTableRules(lines);
  if (!table.empty()) {
    // The table's fields replace the other rules' readings of them, a
    // registrant's each; a field it has none of for a registrant (the
    // address block all registrants share, under the table) stays as they
    // read it.
    // Other rules' readings inside the table's rows are its values read
    // as something else (a row of an additional registrant's read as the
    // values under the captions of the table's header).
    size_t table_start = table.front().start, table_end = table.front().end;
    for (const Hit& t : table) {
      table_start = std::min(table_start, t.start);
      table_end = std::max(table_end, t.end);
    }
    auto in_table = [&](const Hit& h) {
      if (h.start >= table_start && h.start < table_end) return true;
      return std::any_of(table.begin(), table.end(), [&](const Hit& t) {
        return t.name == h.name && t.entity == h.entity;
      });
    };
    hits.erase(std::remove_if(hits.begin(), hits.end(),
                              [&](const Hit& h) {
                                return IsRegistrantField(h.name) && in_table(h);
                              }),
               hits.end());
    hits.insert(hits.end(), table.begin(), table.end());
  }
  return hits;
}

// The pages after a broker-dealer's facing page repeat two of its values
// (statement.h): the audited statements print its SEC file number under
// its name, and the form's oath the date the statements are as of. Read
// there, in the first pages of the document, when the cover gave none.
constexpr size_t kStatementHeadingBytes = 24 * 1024;

void StatementPages(std::string_view text, const Region& r,
                    std::vector<Hit>* hits) {
  std::string name;
  bool facing_page = false;
  for (const Hit& h : *hits) {
    if (h.entity != 0) continue;
    if (h.name == "registrant_name") name = h.value;
    if (h.name == "form_type" && h.value == "X-17A-5") facing_page = true;
  }
  size_t to = std::min(r.end, r.begin + kStatementHeadingBytes);
  cover::StatementHeadingRules(text, r.begin, to, name, hits);
  if (facing_page) {
    cover::StatementNameRules(text, r.begin, to, hits);
    cover::LoneFileNumber(text, r.begin, to, hits);
    cover::OathRules(text, r.begin, to, hits);
    cover::StatementTitleRules(text, r.begin, to, hits);
  }
}

// The cover's one "Date of Report" is every registrant's report date.
void ShareReportDate(size_t registrants, std::vector<Hit>* hits) {
  const Hit* date = nullptr;
  for (const Hit& h : *hits) {
    if (h.name == "report_date" && h.entity == 0) date = &h;
  }
  if (!date) return;
  Hit copy = *date;
  for (size_t e = 1; e < registrants; ++e) {
    copy.entity = static_cast<int>(e);
    hits->push_back(copy);
  }
}

}  // namespace

std::string_view CoverRegionText(const Document& doc) {
  Region r = CoverRegion(doc);
  if (r.begin >= r.cover_end) return {};
  return std::string_view(doc.text).substr(r.begin, r.cover_end - r.begin);
}

// Dot leaders between a caption and its value on one line, as some typed
// covers set them:
//
//   Commission File Number ..................... 0-19876
//   Registrant ................................. BAYBERRY INSTRUMENTS CORP
//
// The leaders of text[begin, end), each as the offsets of its first dot
// and of the end of its run. A leader before a page number (a table of
// contents) is none.
std::vector<std::pair<size_t, size_t>> Leaders(std::string_view t, size_t begin,
                                               size_t end) {
  static const RE2 leader_re(
      "([A-Za-z][^\\n.]{0,78}?[A-Za-z)]) ((?:\\.\\s?){3,}) ?[^\\s.][^\\n]*");
  static const RE2 page_re("\\s*[0-9ivxlc]{1,4}\\s*");
  std::vector<std::pair<size_t, size_t>> out;
  end = std::min(end, t.size());
  size_t pos = begin;
  while (pos < end) {
    size_t le = t.find('\n', pos);
    if (le == std::string_view::npos || le > end) le = end;
    re2::StringPiece line(t.data() + pos, le - pos), m[3];
    if (line.find("...") != re2::StringPiece::npos &&
        leader_re.Match(line, 0, line.size(), RE2::UNANCHORED, m, 3)) {
      size_t dots = m[2].data() - t.data();
      size_t after = dots + m[2].size();
      if (!RE2::FullMatch(re2::StringPiece(t.data() + after, le - after),
                          page_re)) {
        out.emplace_back(dots, after);
      }
    }
    pos = le + 1;
  }
  return out;
}

// Each leader becomes the caption's colon and blanks, byte for byte in
// place (every offset still points into the document), so the value is a
// cell of its own after a colon caption.
void MendLeaders(const std::vector<std::pair<size_t, size_t>>& leaders,
                 std::string* t) {
  for (const auto& [dots, after] : leaders) {
    (*t)[dots - 1] = ':';  // the blank before the leader takes the colon
    for (size_t i = dots; i < after; ++i) (*t)[i] = ' ';
  }
}

// A file number printed on the cover's first page is the document's,
// though one on a later page reads more surely: a prospectus supplement's
// "Registration No. 333-208114" over an annex that reproduces a quarterly
// report's cover ("Commission File Number: 000-55871"). Later pages' file
// numbers go when the first page's is at most 0.05 less sure.
void FirstPageFileNumber(const Document& doc, std::vector<Hit>* hits) {
  std::map<int, std::pair<int, double>> first;  // entity -> page, confidence
  std::map<int, double> best;
  for (const Hit& h : *hits) {
    if (h.name != "commission_file_number" || h.value.empty()) continue;
    int page = doc.PageAt(h.start);
    auto it = first.find(h.entity);
    if (it == first.end() || page < it->second.first) {
      first[h.entity] = {page, h.confidence};
    } else if (page == it->second.first) {
      it->second.second = std::max(it->second.second, h.confidence);
    }
    best[h.entity] = std::max(best[h.entity], h.confidence);
  }
  hits->erase(std::remove_if(hits->begin(), hits->end(),
                             [&](const Hit& h) {
                               if (h.name != "commission_file_number")
                                 return false;
                               auto it = first.find(h.entity);
                               if (it == first.end()) return false;
                               return doc.PageAt(h.start) > it->second.first &&
                                      best[h.entity] - it->second.second <=
                                          0.05 + 1e-9;
                             }),
              hits->end());
}

// A combined filing's cover that stacks one block a registrant, each a
// name over "(Exact name of registrant as specified in its charter)" and
// its own state, file number and employer number ("PEMBINA RAIL
// HOLDINGS, INC." block over "PEMBINA AND RED RIVER RAILWAY COMPANY"
// block): the k-th name and the k-th of each field that the cover prints
// as many times as it prints names are the k-th registrant's. Only when
// the file numbers or employer numbers come once a name, and no other rule
// has told the registrants apart.
void StackedRegistrants(std::vector<Hit>* hits) {
  for (const Hit& h : *hits) {
    if (h.entity != 0) return;
  }
  // Each field's hits, grouped by where they are (rules that read the same
  // value agree on its place).
  auto places = [&](const std::string& field, bool captioned_name) {
    std::vector<size_t> at;
    for (const Hit& h : *hits) {
      if (h.name != field || h.value.empty()) continue;
      if (captioned_name && h.rule != "cover.name.label_below") continue;
      at.push_back(h.start);
    }
    std::sort(at.begin(), at.end());
    at.erase(std::unique(at.begin(), at.end()), at.end());
    return at;
  };
  std::vector<size_t> names = places("registrant_name", true);
  if (names.size() < 2 || names.size() > 4) return;
  std::set<std::string> distinct;
  for (const Hit& h : *hits) {
    if (h.name == "registrant_name" &&
        std::binary_search(names.begin(), names.end(), h.start)) {
      distinct.insert(Lower(h.value));
    }
  }
  if (distinct.size() != names.size()) return;
  std::map<std::string, std::vector<size_t>> fields;
  bool numbers = false;
  for (const char* f : {"commission_file_number", "irs_employer_id",
                        "state_of_incorporation"}) {
    std::vector<size_t> at = places(f, false);
    if (at.size() != names.size()) continue;
    numbers |= std::string_view(f) != "state_of_incorporation";
    fields[f] = std::move(at);
  }
  if (!numbers) return;
  fields["registrant_name"] = names;
  for (Hit& h : *hits) {
    auto it = fields.find(h.name);
    if (it == fields.end()) continue;
    const std::vector<size_t>& at = it->second;
    auto p = std::find(at.begin(), at.end(), h.start);
    if (p != at.end()) h.entity = static_cast<int>(p - at.begin());
  }
}

std::vector<Field> ExtractCover(const Document& doc) {
  Region r = CoverRegion(doc);
  if (r.begin >= r.cover_end) return {};
  const bool ocr = doc.ocr_text ||
                   std::any_of(doc.pages.begin(), doc.pages.end(),
                               [](const Page& p) { return p.ocr; });
  // (A copy of the text only for an OCR'd page or a cover with leaders.)
  std::string cleaned = ocr ? RuleText(doc, r) : std::string();
  const auto leaders = Leaders(ocr ? cleaned : doc.text, r.begin, r.cover_end);
  if (!ocr && !leaders.empty()) cleaned = doc.text;
  MendLeaders(leaders, &cleaned);
  const std::string& text = cleaned.empty() ? doc.text : cleaned;
  std::vector<Hit> raw = CoverHits(doc, text, r);
  FirstPageFileNumber(doc, &raw);
  StackedRegistrants(&raw);
  std::vector<Hit> hits = Best(std::move(raw));
  EnglishNameOnly(&hits);
  std::vector<std::string> registrants;
  for (const Hit& h : hits) {
    if (h.name != "registrant_name") continue;
    if (registrants.size() <= static_cast<size_t>(h.entity)) {
      registrants.resize(h.entity + 1);
    }
    registrants[h.entity] = h.value;
  }
  ShareReportDate(registrants.size(), &hits);
  cover::SignatureRules(text, r.begin, r.end, registrants, &hits);
  hits = Best(std::move(hits));
  AbbreviationRule(text, r, &hits);
  StateAfterName(text, r, &hits);
  PlanScheduleEin(text, r, &hits);
  StatementPages(text, r, &hits);
  hits = Best(std::move(hits));
  CheckUsAddresses(doc, &hits);
  CheckOcrPhones(doc, &hits);
  CheckOcrNames(doc, &hits);
  std::vector<Field> fields;
  for (const Hit& h : hits) fields.push_back(ToField(doc, h));
  return fields;
}

}  // namespace secx
