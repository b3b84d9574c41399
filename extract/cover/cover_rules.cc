#include "extract/cover/cover_rules.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <memory>

#include "extract/cover/layout.h"
#include "extract/states.h"
#include "extract/text_util.h"

namespace secx {
namespace cover {

// The caption table (data/captions.tsv, embedded at build time).
extern const char kCaptionsTsv[];

namespace {

struct CaptionRow {
  LabelKind kind = LabelKind::kNone;
  bool alone = false;  // recognised without parentheses
  ValuePlace place = ValuePlace::kAbove;
  std::string pattern;  // as the table writes it
  std::unique_ptr<RE2> re;
};

LabelKind KindForRole(std::string_view role) {
  static const std::pair<const char*, LabelKind> kRoles[] = {
      {"registrant_name", LabelKind::kName},
      {"registrant_name_english", LabelKind::kNameEnglish},
      {"state_of_incorporation", LabelKind::kState},
      {"commission_file_number", LabelKind::kFileNumber},
      {"irs_employer_id", LabelKind::kIrs},
      {"address", LabelKind::kAddress},
      {"zip_code", LabelKind::kZip},
      {"phone", LabelKind::kPhone},
      {"contact_name", LabelKind::kContact},
      {"report_date", LabelKind::kReportDate},
      {"auditor_name", LabelKind::kAuditor},
      {"address_part", LabelKind::kAddressPart},
      {"former", LabelKind::kFormer},
      {"other", LabelKind::kOther},
  };
  for (const auto& [name, kind] : kRoles) {
    if (role == name) return kind;
  }
  return LabelKind::kNone;
}

// A blank in a caption pattern stands for any run of blanks, hyphens and
// line breaks, or none: typos ("asspecified"), OCR'd hyphens ("BROKER -
// DEALER") and wrapped captions match as printed. It also takes one speck
// OCR read as a word of one or two marks between blanks ("ADDRESS ¢ OF
// PRINCIPAL"), or a stop after a word, with or without a blank after it
// ("OFFICIAL. USE ONLY", "(No..and Street)"). Not a word
// of letters: "name of an issuer" on a later page then read as a caption.
std::string LoosenBlanks(std::string_view pattern) {
  std::string out = "(?i)";
  for (char c : pattern) {
    if (c == ' ') {
      out += R"((?:[\s\-]*|[.,:;]\s*|\s+[^\s\w]{1,2}\s+))";
    } else {
      out += c;
    }
  }
  return out;
}

std::vector<CaptionRow> LoadCaptions() {
  std::vector<CaptionRow> rows;
  std::string_view data(kCaptionsTsv);
  size_t pos = 0;
  while (pos < data.size()) {
    size_t nl = data.find('\n', pos);
    if (nl == std::string_view::npos) nl = data.size();
    std::string_view line = data.substr(pos, nl - pos);
    pos = nl + 1;
    if (line.empty() || line[0] == '#') continue;
    std::string_view cols[4];
    for (int i = 0; i < 4; ++i) {
      size_t tab = line.find('\t');
      cols[i] = line.substr(0, tab);
      line = tab == std::string_view::npos ? std::string_view()
                                           : line.substr(tab + 1);
    }
    CaptionRow row;
    row.kind = KindForRole(cols[0]);
    row.alone = cols[1] == "yes";
    row.place = cols[2] == "below"    ? ValuePlace::kBelow
                : cols[2] == "either" ? ValuePlace::kEither
                                      : ValuePlace::kAbove;
    row.pattern = std::string(cols[3]);
    row.re = std::make_unique<RE2>(LoosenBlanks(cols[3]));
    // A bad row is a build-time data error; it is left out rather than
    // matching everything.
    if (row.kind == LabelKind::kNone || !row.re->ok()) continue;
    rows.push_back(std::move(row));
  }
  return rows;
}

// All caption patterns in one automaton: a cell is matched once against
// the whole table, and only the rows it matches are run again for their
// extent. Most cells are no caption at all.
std::unique_ptr<RE2::Set> CaptionSet(const std::vector<CaptionRow>& rows) {
  auto set = std::make_unique<RE2::Set>(RE2::Options(), RE2::ANCHOR_START);
  for (const CaptionRow& row : rows) {
    if (set->Add(row.re->pattern(), nullptr) < 0) return nullptr;
  }
  if (!set->Compile()) return nullptr;
  return set;
}

// The words the caption patterns spell out, six letters or longer and in
// lower case ("commission", "identification", "jurisdiction"): what a
// caption's misspelt word is mended to (MendCaptionWords).
std::vector<std::string> CaptionWords(const std::vector<CaptionRow>& rows) {
  std::vector<std::string> words;
  for (const CaptionRow& row : rows) {
    const std::string& p = row.pattern;
    std::string run;
    for (size_t i = 0; i <= p.size(); ++i) {
      const char c = i < p.size() ? p[i] : ' ';
      if (c == '\\') {  // an escape ("\b", "\d") is no letter of a word
        ++i;
      } else if (c >= 'a' && c <= 'z') {
        run += c;
        continue;
      }
      // A run cut by a class or a group ("numbe[a-z]") is no whole word.
      const bool whole = i >= p.size() || p[i] == ' ' || p[i] == '\\' ||
                         p[i] == ')' || p[i] == '|' || p[i] == '?';
      if (run.size() >= 6 && whole) words.push_back(run);
      run.clear();
    }
  }
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

struct Compiled {
  std::vector<CaptionRow> captions = LoadCaptions();
  std::unique_ptr<RE2::Set> caption_set = CaptionSet(captions);
  std::vector<std::string> caption_words = CaptionWords(captions);
  // (A colon is OCR's hyphen at times: "37: 6484161".)
  // (OCR reads the hyphen as a plus, a tilde, a dash or a point too:
  // "53+ 1783547", "48~7265990".)
  RE2 irs{
      R"((?i)(?:no\.?\s*)?(\d{2})\s?(?:[-:+~.]|\x{2013}|\x{2014})?\s?(\d{7}))"};
  RE2 file_number{R"((?i)(?:no\.?\s*)?(\d{1,4}-\d{1,8}(?:-\d{1,4})?))"};
  // Letters of any script ("Qu\u00e9bec"), and the typographic apostrophe
  // of "People\u2019s Republic of China".
  // (Unbounded: a counted class of all letters is too large a DFA; the
  // length is checked apart.)
  RE2 state{R"(\pL[\pL .,'\x{2019}&()\-]+)"};
  RE2 zip{
      R"(\d{5}(?:-\d{4})?|\d{3}-\d{4}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|\d{4}\s?[A-Z]{2})"};
  // Postal codes of other countries, for a cell under its own "(Zip
  // Code)" caption: British ("E14 5HP", "SW1A 1AA"), Bermudan ("HM 11"),
  // Caymanian and Virgin Islands' ("KY1-1106", "VG1110"), Irish ("D02
  // X285"), Brazilian ("01310-100"), Indian ("560 001") ones, and three to
  // seven digits with or without a country's letters ("5250606", "100020",
  // "2000", "L-1855", "CH-8001").
  RE2 foreign_zip{
      R"([A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}|[A-Z]{2} ?\d{2}|[A-Z]{2}\d-?\d{3,4}|[A-Z]\d{2} ?[A-Z\d]{4}|\d{5}-\d{3}|\d{3} \d{3}|(?:[A-Z]{1,3}-)?\d{3,7})"};
  // FindForeignZip's shapes; the code is group 1.
  RE2 foreign_zip_in_line{
      R"(\b([A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}|[A-Z]\d{2} [A-Z\d]{4}|HM ?\d{2}|KY\d-\d{4})\b|\bSingapore (\d{6})\b|\b(?:NSW|VIC|QLD|ACT|TAS|WA|SA|NT) (\d{4})\b)"};
  // (Brazil's CEP, "01414-003", before the US ZIP it begins like.) A
  // country's letters before the code are part of it as written
  // ("FIN-20100 Turku", "D-80331 M\u00fcnchen").
  RE2 zip_in_line{
      R"((?:\b[A-Z]{1,3}-)?(?:\b\d{5}-\d{3}\b|\b\d{5}(?:-\d{4})?\b|\b\d{3}-\d{4}\b|\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b))"};
  // Anchored at the start of an address part (see FindPostalCode).
  RE2 postal{
      R"(((?:[A-Z]{1,3}-)?\d{4}\s?[A-Z]{2}|[A-Z]{1,3}-\d{4,5})\s+[A-Z])"};
  RE2 postal_alone{R"((?:[A-Z]{1,3}-)?\d{4,7}|[A-Z]{2}\d{4})"};
  // A part "City 5250606" or "8001 Zurich" right before a country: the
  // code is group 1 or 2 (see FindPostalCode).
  RE2 postal_after_city{
      R"((?:\pL[\pL'.\-]*\s){1,3}(\d{4,7})|(\d{4,6})(?:\s\pL[\pL'.\-]*){1,3})"};
  // Words that a number follows or precedes in an address when it is no
  // postal code: a suite, floor or box; a street's number.
  RE2 unit_or_street{
      R"((?i)\b(?:suite|ste|floor|fl|unit|room|rm|box|building|bldg|tower|level|block|lot|apt|office|no|number|route|rte|highway|hwy|street|st|road|rd|avenue|ave|boulevard|blvd|drive|dr|way|lane|ln|place|pl|plaza|parkway|pkwy|court|ct|center|centre|square|sq|circle|terrace|trail|pike|post|p\.?o)\b)"};
  // International numbers ("+852 2555 0100", dialled from the US as
  // "011-44-20-7555-0100", or with the country code in parentheses, "(86)
  // 10 5555 0100"), North American ones, an extension after them.
  RE2 phone{
      R"((?:\+\d[\d\s().\-]{6,}\d|011[\s.\-]\d[\d\s.\-]{6,}\d|\(\d{2,3}\)[ \-]\d{1,4}[ \-]\d{3,4}[ \-]\d{4}|(?:1[\s.\-])?\(?\d{3}\)?:?(?:[\s.\-]*|/)\d{3}(?:[\s.\-]|-[ \t])\d{4}|\(\d ?\d ?\d\) ?\d ?\d ?\d ?- ?\d ?\d ?\d ?\d)(?:,?\s*(?:x|ext\.?|extension)\s*\d+)?)"};
  RE2 heading{
      R"((?i)\s*(?:form\s+[0-9A-Z\-/]+\s*$|part\s+(?:[ivx]{1,4}|\d)\b\s*(?:[-—–:.]|$)|current\s+report|for\s+the\s+(?:transition|fiscal|quarterly)\s+(?:period|year)|transition\s+report|\(?mark\s+one\b|report\s+of\s+foreign|pursuant\s+to|securities\s+(?:and\s+)?exchange|(?:the\s+)?securities\s+exchange\s+act|washington,?\s+d\.?\s?c\b|united\s+states|date\s+of\s+report|section\s+1[35]|specialized\s+disclosure|annual\s+report|quarterly\s+report|under\s+the\s+securities|check\s+the\s+appropriate|indicate\s+by\s+check))"};
};

const Compiled& Rules() {
  static const Compiled* const kRules = new Compiled();
  return *kRules;
}

bool ContainsNoCase(std::string_view s, std::string_view word) {
  if (word.size() > s.size()) return false;
  for (size_t i = 0; i + word.size() <= s.size(); ++i) {
    size_t k = 0;
    while (k < word.size() &&
           std::tolower(static_cast<unsigned char>(s[i + k])) == word[k]) {
      ++k;
    }
    if (k == word.size()) return true;
  }
  return false;
}

bool FullMatch(const RE2& re, std::string_view s) {
  return RE2::FullMatch(re2::StringPiece(s.data(), s.size()), re);
}

}  // namespace

bool HasDigit(std::string_view s) {
  for (char c : s) {
    if (c >= '0' && c <= '9') return true;
  }
  return false;
}

void AddHit(const char* field, std::string value, size_t start, size_t end,
            double confidence, std::string_view rule, int entity,
            std::vector<Hit>* out) {
  if (value.empty() || field[0] == '\0') return;
  Hit h;
  h.name = field;
  h.value = std::move(value);
  h.start = start;
  h.end = end;
  h.confidence = confidence;
  h.rule = std::string(rule);
  h.entity = entity;
  out->push_back(std::move(h));
}

namespace {

LabelInfo ClassifyCaption(std::string_view cell);

// A header cell naming several fields of the cell under it: "Exact name of
// registrant as specified in its charter, state of incorporation, address
// of principal executive offices and telephone number" (a combined
// filing's table, one registrant a row). True when every part between
// commas (or semicolons) and "and" is a caption of its own, so that a
// sentence is not.
bool CaptionList(std::string_view s) {
  static const RE2* const kJoin = new RE2(R"([,;]?\s+and\s+|[,;]\s*)");
  std::string text(s);
  RE2::GlobalReplace(&text, *kJoin, "\n");
  int parts = 0;
  for (size_t at = 0; at <= text.size();) {
    size_t nl = text.find('\n', at);
    if (nl == std::string::npos) nl = text.size();
    std::string_view part = Trim(std::string_view(text).substr(at, nl - at));
    at = nl + 1;
    if (part.empty()) continue;
    if (part.size() > 90 || ClassifyCaption(part).kind == LabelKind::kNone) {
      return false;
    }
    ++parts;
  }
  return parts >= 2;
}

// A long caption with a stamp's fragment read onto its end ("... IN
// REGARD TO THIS REPORT 904"): the caption without a last word of four
// characters at most, when 30 or more characters stand before it; the
// text as it is otherwise.
std::string_view StampTailless(std::string_view s) {
  s = Trim(s);
  size_t sp = s.rfind(' ');
  if (sp == std::string_view::npos || sp < 30 || s.size() - sp - 1 > 4) {
    return s;
  }
  return s.substr(0, sp);
}

// True when `a` becomes `b` by one edit: a letter left out, added, changed,
// or two neighbours swapped ("Commision", "Indentification", "Adress").
bool OneEditApart(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1) return false;
  size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (i == a.size()) return a.size() != b.size();
  if (a.size() == b.size()) {
    if (a.substr(i + 1) == b.substr(i + 1)) return true;  // changed
    return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] &&
           a.substr(i + 2) == b.substr(i + 2);  // swapped
  }
  return a.substr(i) == b.substr(i + 1);  // one letter more in b
}

// A caption with a misspelt word ("(Commision File Number)", "(I.R.S.
// Employer Indentification No.)"): each of its first words of six letters
// or more that no caption spells is replaced by the one caption word a
// single edit away, in the word's case. "" when no word was mended.
// `shifts` gets (offset in the mended text, length change) per word.
std::string MendCaptionWords(std::string_view s,
                             const std::vector<std::string>& vocabulary,
                             std::vector<std::pair<size_t, int>>* shifts) {
  std::string out;
  bool mended = false;
  int words = 0;
  size_t i = 0;
  while (i < s.size()) {
    if (!std::isalpha(static_cast<unsigned char>(s[i]))) {
      out += s[i++];
      continue;
    }
    size_t j = i;
    while (j < s.size() && std::isalpha(static_cast<unsigned char>(s[j]))) ++j;
    std::string_view word = s.substr(i, j - i);
    std::string lower(word);
    for (char& c : lower) c = static_cast<char>(std::tolower(c));
    const std::string* only = nullptr;
    int found = 0;
    if (++words <= 6 && lower.size() >= 6 &&
        !std::binary_search(vocabulary.begin(), vocabulary.end(), lower)) {
      for (const std::string& v : vocabulary) {
        // A plural is a word of its own ("Commissions paid"), no typo.
        if (lower == v + "s" || v == lower + "s") continue;
        if (OneEditApart(lower, v) && ++found == 1) only = &v;
      }
    }
    if (found == 1) {
      std::string fixed = *only;
      const bool caps = std::all_of(word.begin(), word.end(), [](char c) {
        return std::isupper(static_cast<unsigned char>(c)) != 0;
      });
      for (size_t k = 0; k < fixed.size(); ++k) {
        if (caps || (k == 0 && std::isupper(static_cast<unsigned char>(word[0])))) {
          fixed[k] = static_cast<char>(std::toupper(fixed[k]));
        }
      }
      shifts->push_back({out.size() + fixed.size(),
                         static_cast<int>(fixed.size()) -
                             static_cast<int>(word.size())});
      out += fixed;
      mended = true;
    } else {
      out += word;
    }
    i = j;
  }
  return mended ? out : std::string();
}

LabelInfo ClassifyExactCaption(std::string_view cell);


LabelInfo ClassifyCaption(std::string_view cell) {
  LabelInfo info = ClassifyExactCaption(cell);
  if (info.kind != LabelKind::kNone || cell.size() > 160) return info;
  std::vector<std::pair<size_t, int>> shifts;
  const std::string mended =
      MendCaptionWords(cell, Rules().caption_words, &shifts);
  if (mended.empty()) return info;
  info = ClassifyExactCaption(mended);
  // Back to the offsets of the cell as written.
  long end = static_cast<long>(info.caption_end);
  for (const auto& [at, change] : shifts) {
    if (at <= info.caption_end) end -= change;
  }
  info.caption_end = static_cast<size_t>(std::clamp(end, 0L,
                                                    static_cast<long>(cell.size())));
  return info;
}

LabelInfo ClassifyExactCaption(std::string_view cell) {
  std::string_view s = Trim(cell);
  // Specks OCR reads before a caption: ". ADDRESS OF ...", "* NAME",
  // "~ (Address of ...)", "‘NAME AND TELEPHONE ...".
  static const std::string_view kSpecks[] = {
      ".", "*", "-", "_", "'", ",", "[", "|", "~", "`", "\"", ";", ":",
      "\xE2\x80\x98", "\xE2\x80\x99", "\xE2\x80\x9C", "\xE2\x80\x9D",
      "\xE2\x80\x93", "\xE2\x80\x94",  // en and em dashes
      "\xE2\x80\xA2", "\xC2\xB0", "\xC2\xAB", "\xC2\xBB"};
  // The bytes a speck starts with: most cells start with none of them and
  // need no comparison.
  static const std::string_view kSpeckStarts(".*-_',[|~`\";:\xE2\xC2");
  for (bool stripped = true; stripped && !s.empty();) {
    stripped = false;
    if (kSpeckStarts.find(s[0]) == std::string_view::npos) break;
    for (std::string_view speck : kSpecks) {
      if (s.substr(0, speck.size()) == speck) {
        s = Trim(s.substr(speck.size()));
        stripped = true;
        break;
      }
    }
  }
  // OCR reads a parenthesis as a brace at times: "{Zip Code)".
  bool paren = !s.empty() && (s.front() == '(' || s.front() == '{');
  if (paren) {
    s.remove_prefix(1);
    s = Trim(s);
  } else {
    // A caption whose "(" OCR lost or misread (", Sue or other
    // Jurisdiction ... organization)") still closes: parenthesised. A
    // remark's parenthesis read as a brace still opens ("BUSINESS: {Do
    // not use P.O. Box No.)").
    size_t close = s.find(')'), open = s.find_first_of("({");
    paren = close != std::string_view::npos && close < open;
  }
  // An item number before the caption: "1. Name of issuer".
  size_t lead = 0;
  while (lead < s.size() && lead < 3 && s[lead] >= '0' && s[lead] <= '9') {
    ++lead;
  }
  if (lead > 0 && lead < s.size() && s[lead] == '.')
    s = Trim(s.substr(lead + 1));
  // Or a schedule's item: "Item 1(b). Address of Issuer's Principal
  // Executive Offices:".
  static const RE2* const kItem =
      new RE2(R"((?i)item\s+\d{1,2}\s*(?:\(\s*[a-z]\s*\))?\s*[.:]\s*)");
  re2::StringPiece item(s.data(), s.size());
  if (s.size() > 5 && (s[0] == 'I' || s[0] == 'i') &&
      RE2::Consume(&item, *kItem)) {
    s = std::string_view(item.data(), item.size());
  }
  re2::StringPiece input(s.data(), s.size());
  const Compiled& rules = Rules();
  std::vector<int> matched;
  if (rules.caption_set != nullptr) {
    if (!rules.caption_set->Match(input, &matched)) return {};
    std::sort(matched.begin(), matched.end());
  } else {
    for (size_t i = 0; i < rules.captions.size(); ++i) {
      matched.push_back(static_cast<int>(i));
    }
  }
  for (int index : matched) {
    const CaptionRow& row = rules.captions[static_cast<size_t>(index)];
    if (!paren && !row.alone) continue;
    if (!row.re->Match(input, 0, input.size(), RE2::ANCHOR_START, nullptr, 0)) {
      continue;
    }
    re2::StringPiece m;
    row.re->Match(input, 0, input.size(), RE2::ANCHOR_START, &m, 1);
    if (!paren) {
      // Unparenthesised, the caption must be the cell's text: short and
      // free of digits, or followed by a colon and its value.
      std::string_view words(m.data(), m.size());
      if (HasDigit(words)) return {};
      std::string_view rest = Trim(s.substr(m.size()));
      size_t colon = rest.find(':');
      // (The colon may be the caption's own last character: "Phone:".)
      bool colon_value =
          (colon != std::string_view::npos && ColonNear(m.size(), colon)) ||
          (!words.empty() && words.back() == ':') ||
          !TypedRestValue(row.kind, rest).empty();
      if (!colon_value && (HasDigit(StampTailless(s)) ||
                           (s.size() > 90 && !CaptionList(s)))) {
        return {};
      }
    }
    LabelInfo info;
    info.kind = row.kind;
    // A parenthesised caption is printed under its value whatever the row
    // says (X-17A-5's "(Area Code - Telephone No.)" too).
    info.place = paren ? ValuePlace::kAbove : row.place;
    info.caption_end = static_cast<size_t>(m.data() + m.size() - cell.data());
    // A colon after an unparenthesised caption points forward: the value
    // follows it ("Commission File Number: 0-1234", "NAME OF BROKER-DEALER:"
    // over the name).
    if (!paren) {
      std::string_view rest = Trim(cell.substr(info.caption_end));
      size_t colon = rest.find(':');
      if (colon != std::string_view::npos && ColonNear(m.size(), colon) &&
          rest.substr(0, colon).find('(') == std::string_view::npos) {
        info.place = ValuePlace::kBelow;
      }
    }
    if (info.kind == LabelKind::kAddress || info.kind == LabelKind::kContact) {
      info.with_zip = ContainsNoCase(s, "zip") || ContainsNoCase(s, "postal");
      info.with_phone = ContainsNoCase(s, "telephone");
      size_t close = s.find(')');
      if (close != std::string_view::npos) {
        std::string_view rest = s.substr(close);
        info.zip_separate =
            ContainsNoCase(rest, "zip") || ContainsNoCase(rest, "postal");
      }
    }
    return info;
  }
  return {};
}

}  // namespace

std::string_view TypedRestValue(LabelKind kind, std::string_view rest) {
  rest = Trim(rest);
  // The abbreviation's full stop the caption pattern left ("No. 000-55412").
  while (!rest.empty() && rest.front() == '.') rest = Trim(rest.substr(1));
  if (rest.empty() || rest.size() > 20) return {};
  bool value = false;
  switch (kind) {
    case LabelKind::kFileNumber:
      value = !NormalFileNumber(rest).empty() && NormalIrs(rest).empty();
      break;
    case LabelKind::kIrs:
      value = !NormalIrs(rest).empty();
      break;
    case LabelKind::kPhone:
      value = !NormalPhone(rest).empty();
      break;
    default:
      break;
  }
  return value ? rest : std::string_view();
}

LabelInfo ClassifyLabel(std::string_view cell) {
  LabelInfo info = ClassifyCaption(cell);
  if (info.kind != LabelKind::kNone) return info;
  // A speck OCR read as a short lower-case word before a form's capitals,
  // out of the margin or a stamp's edge: "ial ME OF BROKER-DEALER: ...",
  // "by AME AND TELEPHONE NUMBER ...".
  std::string_view s = Trim(cell);
  size_t n = 0;
  while (n < s.size() && n < 4 && s[n] >= 'a' && s[n] <= 'z') ++n;
  if (n == 0 || n > 3 || n + 3 > s.size() || s[n] != ' ' ||
      !std::isupper(static_cast<unsigned char>(s[n + 1])) ||
      !std::isupper(static_cast<unsigned char>(s[n + 2]))) {
    return info;
  }
  std::string_view rest = s.substr(n + 1);
  info = ClassifyCaption(rest);
  if (info.kind != LabelKind::kNone) {
    info.caption_end += static_cast<size_t>(rest.data() - cell.data());
  }
  return info;
}

const char* FieldFor(LabelKind kind) {
  switch (kind) {
    case LabelKind::kName:
      return "registrant_name";
    case LabelKind::kNameEnglish:
      return "registrant_name_english";
    case LabelKind::kState:
      return "state_of_incorporation";
    case LabelKind::kFileNumber:
      return "commission_file_number";
    case LabelKind::kIrs:
      return "irs_employer_id";
    case LabelKind::kAddress:
      return "address";
    case LabelKind::kZip:
      return "zip_code";
    case LabelKind::kPhone:
      return "phone";
    case LabelKind::kContact:
      return "contact_name";
    case LabelKind::kReportDate:
      return "report_date";
    case LabelKind::kAuditor:
      return "auditor_name";
    default:
      return "";
  }
}

std::string_view StripTrailingPunct(std::string_view s) {
  s = Trim(s);
  while (!s.empty() && (s.back() == ',' || s.back() == ';' || s.back() == ':' ||
                        s.back() == ' ')) {
    s.remove_suffix(1);
  }
  return s;
}

namespace {

// Specks OCR read before a number ("-25-0996816", "'25-0996816", "_-001-
// 38196"): marks right before its first digit, while more than `keep`
// characters are left.
std::string_view DropLeadingSpecks(std::string_view s, size_t keep) {
  // Marks of ASCII, or a dash, guillemet or quote of UTF-8
  // ("—«61-0089645", "“48- 7265990").
  auto mark_len = [](std::string_view t) -> size_t {
    if (t.empty()) return 0;
    if (std::strchr("-_.:;'`|~=\"/", t[0]) != nullptr) return 1;
    for (std::string_view m : {"\u2014", "\u2013", "\u00ab", "\u00bb", "\u201c",
                               "\u201d", "\u2018", "\u2019"}) {
      if (t.substr(0, m.size()) == m) return m.size();
    }
    return 0;
  };
  size_t d = 0;
  for (size_t n = mark_len(s); n > 0; n = mark_len(s.substr(d))) d += n;
  if (d == 0 || d >= s.size() || !(s[d] >= '0' && s[d] <= '9')) return s;
  // Whole marks, while at least `keep` characters are left.
  for (size_t n = mark_len(s); n > 0 && s.size() - n >= keep;
       n = mark_len(s)) {
    s.remove_prefix(n);
  }
  return s;
}

}  // namespace

std::string NormalIrs(std::string_view s) {
  s = StripTrailingPunct(s);
  s = DropLeadingSpecks(s, 10);
  // A speck after it: "26-8461023 -", "43- 8079114.".
  while (s.size() > 10 && std::strchr("-_.|", s.back()) != nullptr) {
    s = Trim(s.substr(0, s.size() - 1));
  }
  std::string a, b;
  if (!RE2::FullMatch(re2::StringPiece(s.data(), s.size()), Rules().irs, &a,
                      &b)) {
    return "";
  }
  return a + "-" + b;
}

bool ColonNear(size_t matched, size_t colon) {
  return colon < 40 || matched + colon < 64;
}

bool IsCoverHeading(std::string_view s) {
  re2::StringPiece input(s.data(), s.size());
  return Rules().heading.Match(input, 0, input.size(), RE2::ANCHOR_START,
                               nullptr, 0);
}

bool LooksLikeIrs(std::string_view s) { return !NormalIrs(s).empty(); }

namespace {

// A blank OCR put after a hyphen between digits: "433- 1121", "8- 69034".
void EraseBlanksAfterHyphens(std::string* s) {
  for (size_t at = s->find("- "); at != std::string::npos;
       at = s->find("- ", at)) {
    if (at == 0 || !std::isdigit(static_cast<unsigned char>((*s)[at - 1])) ||
        at + 2 >= s->size() ||
        !std::isdigit(static_cast<unsigned char>((*s)[at + 2]))) {
      ++at;
      continue;
    }
    s->erase(at + 1, 1);
  }
}

}  // namespace

std::string NormalFileNumber(std::string_view s) {
  s = DropLeadingSpecks(StripTrailingPunct(s), 3);
  // Specks after the digits ("8-40917.-", "8-40917 |"): no file number ends
  // in a mark. A hyphen alone may be a suffix cut off ("333-123456-"):
  // kept, and the number is not read.
  size_t keep = s.size();
  while (keep > 1 && std::strchr(".-_|' ", s[keep - 1]) != nullptr) --keep;
  if (s.substr(keep).find_first_not_of('-') != std::string_view::npos) {
    s = s.substr(0, keep);
  }
  // A blank OCR read beside the hyphen ("8- 69034", "8 -69034").
  std::string joined(s);
  for (size_t h = joined.find(" -"); h != std::string::npos;
       h = joined.find(" -", h + 1)) {
    if (h > 0 && std::isdigit(static_cast<unsigned char>(joined[h - 1]))) {
      joined.erase(h, 1);
    }
  }
  EraseBlanksAfterHyphens(&joined);
  // A registration number (333- and five or six digits since 1996) with a
  // blank OCR put among its digits: "333-2409 16".
  std::string head, tail;
  static const RE2 kCutRegistration(R"(333-(\d{2,4}) (\d{1,4}))");
  if (RE2::FullMatch(joined, kCutRegistration, &head, &tail) &&
      head.size() + tail.size() >= 5 && head.size() + tail.size() <= 6) {
    joined = "333-" + head + tail;
  }
  // A hyphen OCR read as a point: "1.6566", "000.25574" (a short prefix,
  // four to six digits after it).
  static const RE2 kPointForHyphen(R"((0|1|2|8|00[0-2]|33|333)\.(\d{4,6}))");
  std::string prefix, digits;
  if (RE2::FullMatch(joined, kPointForHyphen, &prefix, &digits)) {
    joined = prefix + "-" + digits;
  }
  std::string n;
  if (!RE2::FullMatch(joined, Rules().file_number, &n)) return "";
  // Two digits, a hyphen and seven is an IRS number's shape ("26-8461023"
  // in the file number's slot of a row read out of line): no SEC file
  // number has seven digits after a two-digit prefix.
  if (n.size() == 10 && n[2] == '-' && n.find('-', 3) == std::string::npos) {
    return "";
  }
  // An investment adviser's registration ("SEC File No. 801-997104" of a
  // fund's sub-adviser) is filed with no EDGAR submission: no registrant's
  // file number.
  if (n.rfind("801-", 0) == 0) return "";
  return n;
}

std::string TitleCase(std::string_view s) {
  bool has_lower = false;
  // Letters beyond ASCII ("QU\u00c9BEC") are kept as written: their case is
  // not folded here.
  for (char c : s) {
    has_lower |=
        (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
  }
  std::string out(s);
  if (has_lower) return out;
  bool word_start = true;
  for (size_t i = 0; i < out.size(); ++i) {
    unsigned char c = out[i];
    if (std::isalpha(c)) {
      if (!word_start) out[i] = static_cast<char>(std::tolower(c));
      word_start = false;
    } else {
      word_start = c == ' ' || c == '-' || c == '(';
    }
  }
  // Small words inside a name stay lower case: "District of Columbia".
  for (const char* w : {" Of ", " And ", " The "}) {
    size_t pos;
    while ((pos = out.find(w)) != std::string::npos) {
      out[pos + 1] = static_cast<char>(std::tolower(out[pos + 1]));
    }
  }
  return out;
}

namespace {

// A footnote's mark after a value: "Pennsylvania(1)", "Delaware *",
// "Maryland †".
std::string_view WithoutFootnoteMark(std::string_view s) {
  s = Trim(s);
  for (std::string_view mark : {"*", "\u2020", "\u2021"}) {
    while (s.size() > mark.size() && s.substr(s.size() - mark.size()) == mark) {
      s = Trim(s.substr(0, s.size() - mark.size()));
    }
  }
  if (s.size() > 4 && s.back() == ')') {
    size_t open = s.rfind('(');
    if (open != std::string_view::npos && s.size() - open <= 4 &&
        s.size() - open >= 3) {
      std::string_view inside = s.substr(open + 1, s.size() - open - 2);
      bool digits = !inside.empty();
      for (char c : inside) {
        digits &= std::isdigit(static_cast<unsigned char>(c)) != 0;
      }
      if (digits) s = Trim(s.substr(0, open));
    }
  }
  return s;
}

}  // namespace

bool SaysNotApplicable(std::string_view s) {
  s = Trim(s);
  while (!s.empty() && s.back() == '.') s.remove_suffix(1);
  for (std::string_view bad : {"n/a", "none", "not applicable"}) {
    if (s.size() == bad.size() && ContainsNoCase(s, bad)) return true;
  }
  return false;
}

std::string NormalState(std::string_view s) {
  std::string folded = FoldSpace(s);
  std::string_view t = StripTrailingPunct(WithoutFootnoteMark(folded));
  // "DE", "Del.", "N.Y.": the state's name, as an address or the SGML
  // header would be compared with ("De" is no state).
  std::string named = StateFromAbbreviation(t);
  if (!named.empty()) return named;
  while (!t.empty() && t.back() == '.') t.remove_suffix(1);
  if (t.size() < 2 || HasDigit(t)) return "";
  if (t.size() > 64 || !FullMatch(Rules().state, t)) return "";
  if (SaysNotApplicable(t)) return "";
  // The rest of a wrapped caption is not a state: "of", "or other",
  // "of incorporation)", "organization)". ("the Netherlands", "the
  // Cayman Islands", a place EDGAR knows, is one.)
  if (t.front() >= 'a' && t.front() <= 'z' &&
      !(t.substr(0, 4) == "the " && !StateCode(t).empty()))
    return "";
  for (std::string_view caption_word :
       {"incorporation", "organization", "jurisdiction", "employer", "number",
        "identification"}) {
    if (ContainsNoCase(t, caption_word)) return "";
  }
  // "State of Delaware", "Commonwealth of Massachusetts", "Province of
  // Ontario", "Incorporated in Delaware", "Delaware corporation": the
  // state, when EDGAR knows it.
  for (std::string_view lead : {"state of ", "commonwealth of ", "province of ",
                                "incorporated in ", "organized in "}) {
    if (t.size() > lead.size() &&
        ContainsNoCase(t.substr(0, lead.size()), lead) &&
        !StateCode(t.substr(lead.size())).empty()) {
      t.remove_prefix(lead.size());
      break;
    }
  }
  // "Delaware (Northwind Property Group, Inc.)": the state of one of the
  // registrants a combined cover names after it.
  size_t open = t.find(" (");
  if (open != std::string_view::npos && t.back() == ')' &&
      !StateCode(t.substr(0, open)).empty()) {
    t = t.substr(0, open);
  }
  for (std::string_view tail :
       {" limited liability company", " limited partnership",
        " exempted company", " corporation", " company"}) {
    if (t.size() > tail.size() &&
        ContainsNoCase(t.substr(t.size() - tail.size()), tail) &&
        !StateCode(t.substr(0, t.size() - tail.size())).empty()) {
      t.remove_suffix(tail.size());
      break;
    }
  }
  // A company's name is no state: "Harbor Lane Holdings, Inc." in the
  // state's cell of a row that does not hold the state.
  size_t last = t.find_last_of(" ,");
  std::string_view form =
      last == std::string_view::npos ? t : t.substr(last + 1);
  // ("Massachusetts business trust" is a state's kind of entity.)
  if (last != std::string_view::npos && IsLegalForm(form) &&
      !ContainsNoCase(form, "trust")) {
    return "";
  }
  return TitleCase(t);
}

std::string NormalZip(std::string_view s) {
  s = StripTrailingPunct(s);
  // Specks OCR read around the digits: "+07102", "~ 80202.", "\u00bb80202",
  // "94104 -".
  while (!s.empty() && s.back() == '.') s.remove_suffix(1);
  if (s.size() > 2 && s[s.size() - 2] == ' ' &&
      std::strchr("-_|.", s.back()) != nullptr) {
    s = Trim(s.substr(0, s.size() - 2));
  }
  for (bool more = true; more && !s.empty();) {
    more = false;
    if (std::strchr("+~*'`\"|.,:;_ ", s.front()) != nullptr) {
      s.remove_prefix(1);
      more = true;
    } else if (s.size() > 2 && static_cast<unsigned char>(s[0]) == 0xC2 &&
               (static_cast<unsigned char>(s[1]) == 0xBB ||
                static_cast<unsigned char>(s[1]) == 0xAB)) {
      s.remove_prefix(2);  // a guillemet
      more = true;
    }
  }
  if (!FullMatch(Rules().zip, s)) return "";
  return std::string(s);
}

std::string NormalPostalCode(std::string_view s) {
  std::string zip = NormalZip(s);
  if (!zip.empty()) return zip;
  s = StripTrailingPunct(s);
  return FullMatch(Rules().foreign_zip, s) ? std::string(s) : "";
}

std::string NormalPhone(std::string_view s) {
  std::string folded = FoldSpace(s);
  // An area code whose parentheses stand in cells of their own (an HTML
  // table's "(", "408", ")", "996-1010"): "( 408 )" is "(408)".
  for (size_t at = folded.find("( "); at != std::string::npos;
       at = folded.find("( ", at + 1)) {
    folded.erase(at + 1, 1);
  }
  for (size_t at = folded.find(" )"); at != std::string::npos;
       at = folded.find(" )", at)) {
    folded.erase(at, 1);
  }
  // A blank OCR put inside the area code's parentheses: "(2 14)".
  static const RE2* const kSplitArea = new RE2(R"(\((\d{1,2}) (\d{1,2})\))");
  re2::StringPiece m[3];  // the whole match, then the two runs of digits
  re2::StringPiece in(folded);
  if (kSplitArea->Match(in, 0, in.size(), RE2::UNANCHORED, m, 3) &&
      m[1].size() + m[2].size() == 3) {
    size_t blank = m[1].data() + m[1].size() - folded.data();
    folded.erase(blank, 1);
  }
  // A speck after the area code: "(615): 555-1472".
  static const RE2* const kAreaSpeck = new RE2(R"(^(\(\d{3}\)): ?)");
  RE2::Replace(&folded, *kAreaSpeck, "\\1 ");
  EraseBlanksAfterHyphens(&folded);  // "(412) 433- 1121"
  // An area code whose "(" OCR lost: "201) 391-9115".
  if (folded.size() > 4 && std::isdigit(static_cast<unsigned char>(folded[0])) &&
      std::isdigit(static_cast<unsigned char>(folded[1])) &&
      std::isdigit(static_cast<unsigned char>(folded[2])) && folded[3] == ')') {
    folded.insert(0, 1, '(');
  }
  // Blanks OCR put between the digits of each group: "(2 12) 6 17- 9217".
  static const RE2* const kSpacedDigits = new RE2(
      R"(^\((\d) ?(\d) ?(\d)\) ?(\d) ?(\d) ?(\d) ?- ?(\d) ?(\d) ?(\d) ?(\d)\W?$)");
  std::string d[10];
  if (RE2::FullMatch(folded, *kSpacedDigits, &d[0], &d[1], &d[2], &d[3], &d[4],
                     &d[5], &d[6], &d[7], &d[8], &d[9])) {
    folded = "(" + d[0] + d[1] + d[2] + ") " + d[3] + d[4] + d[5] + "-" + d[6] +
             d[7] + d[8] + d[9];
  }
  std::string_view t = StripTrailingPunct(folded);
  if (!FullMatch(Rules().phone, t)) return "";
  return std::string(t);
}

std::string_view DropEdgeMarks(std::string_view t) {
  while (t.size() > 2 && t[1] == ' ' &&
         (t[0] == '|' || t[0] == ';' || t[0] == ':' || t[0] == '.' ||
          t[0] == ',' || t[0] == '\'' || t[0] == '_')) {
    t.remove_prefix(2);
  }
  return t;
}

std::string JoinSpacedLetters(std::string_view s) {
  static const RE2 spaced_re(
      "\\s*(?:[A-Za-z0-9&.,'] )+[A-Za-z0-9&.,'](?:\\s{2,}(?:(?:[A-Za-z0-9&.,'] "
      ")*"
      "[A-Za-z0-9&.,']))+\\s*");
  if (!RE2::FullMatch(re2::StringPiece(s.data(), s.size()), spaced_re)) {
    return std::string(s);
  }
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != ' ') {
      out += s[i];
    } else if (i + 1 < s.size() && s[i + 1] == ' ') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string NormalName(std::string_view s) {
  if (SaysNotApplicable(s)) return "";
  // A form's heading that OCR broke ("CU RRENT REPORT Pursuant to Section
  // 13 or 15(d) of the ...") is no name.
  for (std::string_view heading : {"pursuant to", "exchange act of"}) {
    if (ContainsNoCase(s, heading)) return "";
  }
  std::string folded = FoldSpace(JoinSpacedLetters(s));
  // A word with a backslash is a speck OCR read ("Crescent Brands \s
  // Company"): no name has one.
  static const RE2* const kBackslashWord = new RE2(R"( \S*\\\S*( |$))");
  while (RE2::Replace(&folded, *kBackslashWord, "\\1")) {
  }
  folded = FoldSpace(folded);
  // A bar between the words is a speck ("Kestrel Point Capital Markets |
  // LLC"), as is a rule's underscore or a tilde on the first word
  // ("_Granite", "~Priya").
  for (size_t at = folded.find(" | "); at != std::string::npos;
       at = folded.find(" | ", at)) {
    folded.erase(at, 2);
  }
  while (folded.size() > 1 && (folded[0] == '_' || folded[0] == '~') &&
         std::isalpha(static_cast<unsigned char>(folded[1]))) {
    folded.erase(0, 1);
  }
  std::string_view t = StripTrailingPunct(folded);
  t = DropEdgeMarks(t);  // "| Deloitte & Touche LLP"
  // Specks OCR read after the name, a blank away: "KPMG \u2018", "Inc |".
  for (size_t sp = t.rfind(' '); sp != std::string_view::npos;
       sp = t.rfind(' ')) {
    std::string_view last = t.substr(sp + 1);
    // ASCII marks, or the quotes and dashes of Unicode's punctuation block
    // (E2 80 xx), never a letter of any script.
    bool ink = !last.empty() && last != "&";
    for (size_t i = 0; ink && i < last.size(); ++i) {
      unsigned char c = last[i];
      if (c == 0xE2 && i + 2 < last.size() &&
          static_cast<unsigned char>(last[i + 1]) == 0x80) {
        i += 2;
        continue;
      }
      ink = c < 0x80 && !std::isalnum(c);
    }
    // A short lower-case word after a capitalised one is a speck too
    // ("Marlow & Finch LLP soe", "Dana R. Whitfield os"): names end in a
    // capitalised word or a legal form, which some write in lower case
    // ("Holdings plc").
    if (!ink && last.size() <= 3 && sp > 0 && !IsLegalForm(last)) {
      bool lower = true;
      for (char c : last) lower &= std::islower(static_cast<unsigned char>(c)) != 0;
      size_t ps = t.rfind(' ', sp - 1);
      std::string_view before =
          t.substr(ps == std::string_view::npos ? 0 : ps + 1,
                   sp - (ps == std::string_view::npos ? 0 : ps + 1));
      ink = lower && !before.empty() &&
            std::isupper(static_cast<unsigned char>(before[0]));
    }
    // A lone digit after a legal form ("THERAPEUTICS corp. 7").
    if (!ink && last.size() == 1 && sp > 0 &&
        std::isdigit(static_cast<unsigned char>(last[0]))) {
      std::string_view before = StripTrailingPunct(Trim(t.substr(0, sp)));
      size_t ps = before.rfind(' ');
      std::string_view word =
          before.substr(ps == std::string_view::npos ? 0 : ps + 1);
      while (!word.empty() && word.back() == '.') word.remove_suffix(1);
      ink = IsLegalForm(word);
    }
    if (!ink) break;
    t = StripTrailingPunct(Trim(t.substr(0, sp)));
  }
  // A footnote mark glued to the name's end: "INC.*", "Corp.\u2020".
  for (bool more = true; more;) {
    more = false;
    for (std::string_view mark : {"*", "\u2020", "\u2021"}) {
      if (t.size() > mark.size() + 1 &&
          t.substr(t.size() - mark.size()) == mark) {
        t = StripTrailingPunct(Trim(t.substr(0, t.size() - mark.size())));
        more = true;
      }
    }
  }
  if (t.size() < 2 || t.size() > 160) return "";
  bool alpha = false;
  for (char c : t) alpha |= std::isalpha(static_cast<unsigned char>(c)) != 0;
  if (!alpha) return "";
  // A line that ends in a state and its ZIP code is an address's last
  // ("Ephrata, Pennsylvania 17522"), no name.
  {
    static const RE2* const kCityLine =
        new RE2(R"((?i),\s*[A-Za-z][A-Za-z. ]{1,30}\s+\d{5}(?:-\d{4})?)");
    re2::StringPiece in(t.data(), t.size());
    re2::StringPiece m;
    if (kCityLine->Match(in, 0, in.size(), RE2::UNANCHORED, &m, 1) &&
        m.data() + m.size() == t.data() + t.size()) {
      std::string_view state =
          Trim(std::string_view(m.data() + 1, m.size() - 1));
      size_t sp = state.find_last_of(' ');
      if (sp != std::string_view::npos &&
          !NormalState(Trim(state.substr(0, sp))).empty())
        return "";
    }
  }
  // A name has a word of its own: three letters or more ("UBS", "p.l.c."),
  // or letters with a digit ("3M"), other than a legal form alone. What
  // OCR makes of a handwritten name ("AC Ca", "LLP") has none.
  bool word = false;
  for (size_t i = 0; i < t.size() && !word;) {
    size_t j = t.find(' ', i);
    if (j == std::string_view::npos) j = t.size();
    std::string letters;
    bool digit = false;
    for (size_t k = i; k < j; ++k) {
      unsigned char c = t[k];
      if (std::isalpha(c) || c >= 0x80)
        letters += static_cast<char>(std::tolower(c));
      digit = digit || std::isdigit(c);
    }
    bool form = letters == "llp" || letters == "llc" || letters == "inc" ||
                letters == "corp" || letters == "ltd" || letters == "lp" ||
                letters == "co" || letters == "company" ||
                letters == "corporation" || letters == "incorporated" ||
                letters == "limited";
    word = !form && (letters.size() >= 3 || (digit && !letters.empty()));
    i = j + 1;
  }
  if (!word) return "";
  return OcrMendedName(t);
}

bool Specks(std::string_view t) {
  int n = 0;
  for (char c : t) n += std::isalnum(static_cast<unsigned char>(c)) ? 1 : 0;
  return n < 2;
}

bool SpeckRun(std::string_view t) {
  size_t word = 0;
  for (char c : t) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isupper(u) || std::isdigit(u) || u >= 0x80) return false;
    word = std::isalpha(u) ? word + 1 : 0;
    if (word > 3) return false;
  }
  return true;
}

bool EndsInLegalForm(std::string_view t) {
  t = StripTrailingPunct(t);
  while (!t.empty() && t.back() == '.') t.remove_suffix(1);
  size_t sp = t.find_last_of(" ,");
  return IsLegalForm(sp == std::string_view::npos ? t : t.substr(sp + 1));
}

bool IsLegalForm(std::string_view word) {
  std::string w;
  for (char c : word) {
    if (c != '.')
      w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  for (std::string_view f :
       {"inc", "incorporated", "corp", "corporation", "co", "company", "llc",
        "lp", "llp", "ltd", "limited", "plc", "nv", "sa", "ag", "trust",
        "bancorp",
        // Foreign companies' forms: "A/S", "ASA",
        // "AB", "Oyj", "S.p.A.", "B.V.", "GmbH".
        "a/s", "asa", "ab", "oyj", "spa", "bv", "gmbh", "kgaa"}) {
    if (w == f) return true;
  }
  return false;
}

bool AddressEndingInZip(std::string_view a, size_t* zs, size_t* ze) {
  // (A line break inside an address, "Pullman,\nWashington 99163", is a
  // blank.)
  return FindZip(a, zs, ze) && Trim(a.substr(*ze)).empty() && *zs > 0 &&
         !GarbledAddress(FoldSpace(a));
}

bool IsJobTitle(std::string_view s) {
  for (std::string_view word :
       {"officer", "president", "director", "secretary", "treasurer", "counsel",
        "controller", "manager", "chairman", "head of", "relations",
        "partner"}) {
    if (ContainsNoCase(s, word)) return true;
  }
  return false;
}

std::string PersonName(std::string_view s) {
  std::string out = NormalName(s);
  // "Ingrid Solberg, Chief Financial Officer": the person, not the title.
  size_t comma = out.find(", ");
  if (comma != std::string::npos && comma > 0 &&
      IsJobTitle(std::string_view(out).substr(comma + 2))) {
    out.resize(comma);
  }
  for (size_t i = 4; i + 3 < out.size(); ++i) {
    if (out[i] == ',' && out[i + 1] == ' ' && out[i - 2] == ' ' &&
        std::isupper(static_cast<unsigned char>(out[i - 1])) &&
        std::isupper(static_cast<unsigned char>(out[i + 2])) &&
        std::islower(static_cast<unsigned char>(out[i + 3])) &&
        std::islower(static_cast<unsigned char>(out[i - 3]))) {
      // "Fund V, Inc.": a legal form after the comma is a company's.
      std::string_view next = std::string_view(out).substr(i + 2);
      if (!IsLegalForm(next.substr(0, next.find_first_of(" ,")))) {
        out[i] = '.';
      }
    }
  }
  // A middle initial I read as a bar or a one ("Samuel |. Hartwell").
  static const RE2* const kBarInitial = new RE2(R"((\pL) [|1l]\. (\pL))");
  RE2::GlobalReplace(&out, *kBarInitial, "\\1 I. \\2");
  return out;
}

// Misreadings OCR makes in names that no name is spelled with: a bracket
// or bar for the "l" after lower-case letters ("Chery]", with no "[" to
// close), and "Ine"/"lnc" for the legal form "Inc", "Lt."/"Lid" for
// "Ltd.", at the end.
std::string OcrMendedName(std::string_view t) {
  std::string out(t);
  if (out.find('[') == std::string::npos) {
    for (size_t i = 1; i < out.size(); ++i) {
      if ((out[i] == ']' || out[i] == '|') &&
          std::islower(static_cast<unsigned char>(out[i - 1])) &&
          (i + 1 == out.size() || out[i + 1] == ' ' || out[i + 1] == ',' ||
           out[i + 1] == '.' ||
           std::islower(static_cast<unsigned char>(out[i + 1])))) {
        out[i] = 'l';
      }
    }
  }
  size_t sp = out.rfind(' ');
  if (sp != std::string::npos) {
    std::string_view last = std::string_view(out).substr(sp + 1);
    if (last == "Ine" || last == "Ine." || last == "lnc" || last == "lnc.") {
      out.replace(sp + 1, 3, "Inc");
    } else if (last == "Lt." || last == "Lid" || last == "Lid.") {
      out.replace(sp + 1, std::string::npos, "Ltd.");
    }
  }
  return out;
}

char LookAlikeDigit(char c) {
  if (c == 0) return 0;
  if (std::strchr("OoDQ", c)) return '0';
  if (std::strchr("lI|][}!iJ", c)) return '1';
  if (std::strchr("Zz", c)) return '2';
  if (std::strchr("Ss$", c)) return '5';
  if (std::strchr("Gb", c)) return '6';
  if (c == 'B') return '8';
  if (std::strchr("gq", c)) return '9';
  return 0;
}

std::string DigitsRead(std::string_view s) {
  s = Trim(s);
  std::string out;
  int digits = 0, fixes = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c >= '0' && c <= '9') {
      out += c;
      ++digits;
      continue;
    }
    if (c == '-' || c == ' ') {
      out += c;
      continue;
    }
    char d = 0;
    if (c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA7') {
      d = '5';  // the section sign
      ++i;
    } else if (c != 'J') {  // "J" for "1" only where a state checks it
      d = LookAlikeDigit(c);
    }
    if (d == 0 || c == 0) return "";
    out += d;
    ++fixes;
  }
  if (fixes == 0 || fixes > 2 || digits < 2 * fixes) return "";
  return out;
}

bool FindPhone(std::string_view s, size_t* start, size_t* end) {
  re2::StringPiece input(s.data(), s.size());
  re2::StringPiece m;
  if (!Rules().phone.Match(input, 0, input.size(), RE2::UNANCHORED, &m, 1)) {
    return false;
  }
  *start = m.data() - s.data();
  *end = *start + m.size();
  // A "1" right after a digit is the end of that number, no country code:
  // "Portland, ME 04101 (207) 555-0171".
  if (*start > 0 && s[*start] == '1' &&
      std::isdigit(static_cast<unsigned char>(s[*start - 1])) &&
      *start + 2 < *end) {
    *start += 2;
  }
  return true;
}

std::string CleanAddressMarks(std::string_view s) {
  std::string v(s);
  static const RE2* const kQuotes = new RE2("\u2018|\u2019|\u201c|\u201d|\"|`");
  RE2::GlobalReplace(&v, *kQuotes, "");
  // Parts set apart by stars, dots or bullets ("Rural Route 3, Box 118 *
  // Henryetta, Oklahoma 74437"): a comma between them.
  static const RE2* const kPartMark =
      new RE2(R"(\s+(?:\*|\||\x{00B7}|\x{2022})\s+)");
  RE2::GlobalReplace(&v, *kPartMark, ", ");
  static const RE2* const kSemicolon = new RE2(R"(([A-Za-z.]);\s)");
  RE2::GlobalReplace(&v, *kSemicolon, "\\1, ");
  static const RE2* const kDashZip = new RE2(
      R"(([A-Za-z.])\s+(?:-|\x{2013}|\x{2014}|~)\s+(\d{5}(?:-\d{4})?)$)");
  RE2::Replace(&v, *kDashZip, "\\1 \\2");
  // (The dash left when the ZIP went to its own caption: "MO -".)
  static const RE2* const kDashEnd =
      new RE2(R"(([A-Za-z.])\s+(?:-|\x{2013}|\x{2014}|~)\s*$)");
  RE2::Replace(&v, *kDashEnd, "\\1");
  // A scan's echo of a glyph beside it: a lone capital before a word that
  // opens with it ("L Los Angeles"), a lone digit after a number that ends
  // with it ("4567 7 Lexington Boulevard").
  std::vector<std::string_view> words;
  std::string folded = FoldSpace(Trim(v));
  for (size_t i = 0; i < folded.size();) {
    size_t j = std::min(folded.find(' ', i), folded.size());
    words.emplace_back(folded.data() + i, j - i);
    i = j + 1;
  }
  std::string out;
  for (size_t k = 0; k < words.size(); ++k) {
    std::string_view w = words[k];
    std::string_view prev = k > 0 ? words[k - 1] : std::string_view();
    std::string_view next =
        k + 1 < words.size() ? words[k + 1] : std::string_view();
    bool echo = false;
    if (w.size() == 1 && next.size() >= 3) {
      unsigned char c = static_cast<unsigned char>(w[0]);
      echo = (std::isupper(c) && next[0] == w[0] &&
              std::islower(static_cast<unsigned char>(next[1]))) ||
             (std::isdigit(c) && !prev.empty() && prev.back() == w[0] &&
              AllAsciiDigits(prev) &&
              std::isalpha(static_cast<unsigned char>(next[0])));
    }
    if (!echo) out += (out.empty() ? "" : " ") + std::string(w);
  }
  return out;
}

bool GarbledAddress(std::string_view s) {
  static const char* const kShortWords[] = {"of", "de", "la", "le", "du", "di",
                                            "da", "am", "an", "at", "en", "y",
                                            "e",  "to", "on", "im", "a"};
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == ',')) ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != ',') ++j;
    std::string_view w = s.substr(i, j - i);
    i = j;
    if (w.empty()) continue;
    bool lower = true;
    for (char c : w) {
      unsigned char u = static_cast<unsigned char>(c);
      if (u >= 0x80 || std::isalnum(u)) {
        lower = lower && (u >= 0x80 || std::islower(u));
        continue;
      }
      if (std::strchr(".&'#/()-_", c) == nullptr) return true;
      lower = false;
    }
    if (lower && w.size() <= 2) {
      bool known = false;
      for (const char* k : kShortWords) known = known || w == k;
      if (!known) return true;
    }
    // A capital and a small letter: a street word's abbreviation or a
    // state's code; anything else is OCR's reading of a stamp over the
    // address ("Street SON Op"). (Two capitals may be a postal code's
    // letters: "1096 BC".)
    if (w.size() == 2 && std::isupper(static_cast<unsigned char>(w[0])) &&
        std::islower(static_cast<unsigned char>(w[1]))) {
      static const char* const kTwoLetters[] = {"St", "Rd", "Dr", "Ct", "Ln",
                                                "Pl", "Ft", "Mt", "Av", "Sq",
                                                "Pk", "Wy", "Fl", "No", "Co"};
      bool known = !StateCode(w).empty();
      for (const char* k : kTwoLetters) known = known || w == k;
      if (!known) return true;
    }
  }
  return false;
}

bool FindZip(std::string_view s, size_t* start, size_t* end) {
  re2::StringPiece input(s.data(), s.size());
  re2::StringPiece m;
  bool found = false;
  size_t from = 0;
  // A telephone number's last seven digits ("(604) 684-2181") have the
  // shape of a Japanese postal code: inside a phone, no zip.
  size_t ps = 0, pe = 0;
  const bool phone = FindPhone(s, &ps, &pe);
  while (from < s.size() && Rules().zip_in_line.Match(input, from, input.size(),
                                                      RE2::UNANCHORED, &m, 1)) {
    size_t ms = m.data() - s.data();
    from = ms + m.size();
    if (phone && ms < pe && from > ps) continue;
    // A post office box's number ("P.O. Box 20210") is no zip.
    {
      static const RE2* const kBox = new RE2(R"((?i)\bbox(?:\s+no\.?)?\s*$)");
      std::string_view before = s.substr(0, ms);
      if (RE2::PartialMatch(re2::StringPiece(before.data(), before.size()),
                            *kBox)) {
        continue;
      }
    }
    *start = ms;
    *end = from;
    found = true;
  }
  if (found) return true;
  // ZIP+4 with its hyphen lost ("New York NY 100172070"): nine digits only
  // after a state, where no other number fits.
  static const RE2* const kNine =
      new RE2(R"(\b([A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)[ \t,]+(\d{9})\b)");
  re2::StringPiece state, digits;
  if (RE2::PartialMatch(input, *kNine, &state, &digits) &&
      !StateCode(std::string_view(state.data(), state.size())).empty()) {
    *start = digits.data() - s.data();
    *end = *start + digits.size();
    return true;
  }
  return false;
}

bool FindForeignZip(std::string_view s, size_t* start, size_t* end) {
  re2::StringPiece input(s.data(), s.size());
  re2::StringPiece g[4];
  bool found = false;
  size_t from = 0;
  while (from < s.size() &&
         Rules().foreign_zip_in_line.Match(input, from, input.size(),
                                           RE2::UNANCHORED, g, 4)) {
    from = g[0].data() + g[0].size() - s.data();
    for (int k = 1; k < 4; ++k) {
      if (g[k].data() == nullptr) continue;
      *start = g[k].data() - s.data();
      *end = *start + g[k].size();
      found = true;
    }
  }
  return found;
}

namespace {

// Whether the rest of an address line, from a comma on, is one part that
// names a country ("Israel", "People's Republic of China", "The
// Netherlands"): its last one to three words are a country in EDGAR's
// table (whose codes for countries and provinces hold a digit).
bool CountryPart(std::string_view rest) {
  rest = StripTrailingPunct(Trim(rest));
  if (rest.empty() || rest.find(',') != std::string_view::npos) return false;
  for (int words = 1; words <= 3; ++words) {
    size_t from = rest.size();
    for (int w = 0; w < words && from != std::string_view::npos; ++w) {
      from = from == 0 ? std::string_view::npos : rest.rfind(' ', from - 1);
    }
    std::string_view tail =
        from == std::string_view::npos ? rest : rest.substr(from + 1);
    if (NamesForeignJurisdiction(tail)) return true;
    if (from == std::string_view::npos) break;
  }
  return false;
}

}  // namespace

bool FindPostalCode(std::string_view s, size_t* start, size_t* end) {
  size_t part = 0;
  while (part <= s.size()) {
    size_t comma = s.find(',', part);
    if (comma == std::string_view::npos) comma = s.size();
    std::string_view p = Trim(s.substr(part, comma - part));
    re2::StringPiece in(p.data(), p.size());
    re2::StringPiece g[2];
    size_t len = 0;
    size_t at = 0;
    if (FullMatch(Rules().postal_alone, p)) {
      len = p.size();
    } else if (Rules().postal.Match(in, 0, in.size(), RE2::ANCHOR_START, g,
                                    2)) {
      len = g[1].size();
    } else if (comma < s.size() && CountryPart(s.substr(comma + 1)) &&
               !RE2::PartialMatch(in, Rules().unit_or_street)) {
      re2::StringPiece c[3];
      if (Rules().postal_after_city.Match(in, 0, in.size(), RE2::ANCHOR_BOTH,
                                          c, 3)) {
        const re2::StringPiece& code = c[1].data() != nullptr ? c[1] : c[2];
        at = code.data() - p.data();
        len = code.size();
      }
    } else if (comma == s.size()) {
      // The code after the country, ending the address: "Shanghai,
      // People's Republic of China 201203".
      static const RE2 after_country(R"((\D*\pL)\s+(\d{4,7}))");
      re2::StringPiece country, code;
      if (RE2::FullMatch(in, after_country, &country, &code) &&
          CountryPart(std::string_view(country.data(), country.size()))) {
        at = code.data() - p.data();
        len = code.size();
      }
    }
    if (len > 0) {
      *start = p.data() - s.data() + at;
      *end = *start + len;
      return true;
    }
    part = comma + 1;
  }
  return false;
}

}  // namespace cover
}  // namespace secx
