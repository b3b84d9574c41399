#include "extract/correct/tokenizer.h"

#include <re2/re2.h>

#include <cctype>

#include "extract/correct/lexicon.h"

namespace secx {
namespace {

bool IsSpace(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// Bytes of the UTF-8 character starting at s[i].
size_t CharLen(std::string_view s, size_t i) {
  unsigned char c = s[i];
  size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  return i + n <= s.size() ? n : s.size() - i;
}

// Start of the UTF-8 character that ends at s[end - 1].
size_t PrevCharStart(std::string_view s, size_t end) {
  size_t i = end - 1;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return i;
}

bool IsLeadingPunct(std::string_view ch) {
  static constexpr std::string_view kSet[] = {"(", "[", "{", "\"", "'", "<",
                                              "“", "‘", "«", "*",  "•"};
  for (std::string_view p : kSet) {
    if (ch == p) return true;
  }
  return false;
}

bool IsTrailingPunct(std::string_view ch) {
  static constexpr std::string_view kSet[] = {")", "]", "}", "\"", ",",
                                              ";", ":", "!", "?",  ">",
                                              "”", "»", "*", "'",  "’"};
  for (std::string_view p : kSet) {
    if (ch == p) return true;
  }
  return false;
}

bool HasAlnum(std::string_view s) {
  for (char c : s) {
    if (std::isalnum(static_cast<unsigned char>(c))) return true;
  }
  return false;
}

// Possessive suffix: one or more apostrophe-like glyphs then "s" at the end
// of a token. OCR reads the apostrophe as ’, ', ° or a run of them.
size_t PossessiveStart(std::string_view core) {
  if (core.size() < 3 || core.back() != 's') return core.size();
  size_t i = core.size() - 1;
  size_t marks = 0;
  while (i > 0) {
    size_t p = PrevCharStart(core, i);
    std::string_view ch = core.substr(p, i - p);
    if (ch == "'" || ch == "’" || ch == "°" || ch == "`" || ch == "‘") {
      ++marks;
      i = p;
    } else {
      break;
    }
  }
  return marks > 0 && i > 0 ? i : core.size();
}

Slot ShapeSlot(const std::string& t) {
  static const RE2 kOrdinal("[0-9]{1,3}[a-z]{1,2}");
  static const RE2 kIdentifier("\\+?[0-9OolIS]{1,4}(?:-[0-9OolIS]{1,8}){1,4}");
  static const RE2 kNumber("[$€£¥]?[0-9OolISB.,]*[0-9][0-9OolISB.,%]*");
  // kOrdinal needs 2-5 bytes from a digit to a lower-case letter: most
  // tokens are told apart without running it.
  if (t.size() >= 2 && t.size() <= 5 &&
      std::isdigit(static_cast<unsigned char>(t.front())) && t.back() >= 'a' &&
      t.back() <= 'z' && RE2::FullMatch(t, kOrdinal)) {
    return Slot::kOrdinal;
  }
  size_t digits = 0;
  for (char c : t) digits += std::isdigit(static_cast<unsigned char>(c)) != 0;
  if (digits * 2 >= t.size() && RE2::FullMatch(t, kIdentifier)) {
    return Slot::kIdentifier;
  }
  if (digits * 2 > t.size() && RE2::FullMatch(t, kNumber)) {
    return Slot::kNumber;
  }
  for (char c : t) {
    if (std::isupper(static_cast<unsigned char>(c)) ||
        std::isdigit(static_cast<unsigned char>(c))) {
      return Slot::kName;
    }
  }
  return Slot::kWord;
}

}  // namespace

const char* SlotName(Slot slot) {
  switch (slot) {
    case Slot::kWord:
      return "word";
    case Slot::kName:
      return "name";
    case Slot::kNumber:
      return "number";
    case Slot::kDate:
      return "date";
    case Slot::kIdentifier:
      return "identifier";
    case Slot::kOrdinal:
      return "ordinal";
    case Slot::kTicker:
      return "ticker";
  }
  return "word";
}

std::vector<Token> Tokenize(std::string_view text, size_t begin, size_t end) {
  std::vector<Token> out;
  size_t i = begin;
  while (i < end) {
    while (i < end && IsSpace(text[i])) ++i;
    size_t chunk_start = i;
    while (i < end && !IsSpace(text[i])) ++i;
    if (chunk_start == i) break;
    size_t s = chunk_start, e = i;
    while (s < e && IsLeadingPunct(text.substr(s, CharLen(text, s)))) {
      s += CharLen(text, s);
    }
    while (e > s) {
      size_t p = PrevCharStart(text, e);
      std::string_view ch = text.substr(p, e - p);
      // A period ends the token unless the token is an abbreviation with
      // inner periods ("U.S.", "I.R.S.").
      bool period = ch == "." &&
                    text.substr(s, p - s).find('.') == std::string_view::npos;
      if (!IsTrailingPunct(ch) && !period) break;
      e = p;
    }
    if (s >= e || !HasAlnum(text.substr(s, e - s))) continue;
    Token t;
    t.start = s;
    t.end = e;
    t.text = std::string(text.substr(s, e - s));
    t.raw = std::string(text.substr(chunk_start, i - chunk_start));
    t.stem_end = s + PossessiveStart(t.text);
    t.slot = ShapeSlot(t.text.substr(0, t.stem_end - s));
    out.push_back(std::move(t));
  }
  // Context: tickers after "<exchange>:", days after month names.
  for (size_t k = 1; k < out.size(); ++k) {
    const Token& prev = out[k - 1];
    Token& t = out[k];
    if (!prev.raw.empty() && prev.raw.back() == ':') {
      std::string name = prev.text;
      if (k >= 2 && IsExchangeName(out[k - 2].text + " " + prev.text)) {
        name = out[k - 2].text + " " + prev.text;
      }
      if (IsExchangeName(name)) {
        t.slot = Slot::kTicker;
        t.exchange = name;
        t.letters_only = IsLetterExchange(name);
        continue;
      }
    }
    int month = MonthNumber(prev.text);
    // "May 3l": a day; "May 1st" stays an ordinal.
    static const RE2 kOrdinalDay("[0-9]{1,2}(?:st|nd|rd|th)");
    if (month > 0 && t.text.size() <= 2 && prev.raw.back() != ',' &&
        t.slot != Slot::kIdentifier && t.slot != Slot::kTicker &&
        !RE2::FullMatch(t.text, kOrdinalDay) &&
        std::isdigit(static_cast<unsigned char>(t.text[0]))) {
      t.slot = Slot::kDate;
      t.month = month;
    }
  }
  return out;
}

int MonthNumber(std::string_view word) {
  static constexpr std::string_view kMonths[] = {"jan", "feb", "mar", "apr",
                                                 "may", "jun", "jul", "aug",
                                                 "sep", "oct", "nov", "dec"};
  static constexpr std::string_view kFull[] = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  // Called for every token: a fixed buffer and an early length check keep
  // it from allocating.
  if (word.size() < 3 || word.size() > 10) return 0;
  // Most words are ruled out by their first letter (dots are skipped).
  size_t first = word.find_first_not_of('.');
  if (first == std::string_view::npos) return 0;
  const char initial =
      static_cast<char>(std::tolower(static_cast<unsigned char>(word[first])));
  if (std::string_view("jfmasond").find(initial) == std::string_view::npos) {
    return 0;
  }
  char w[11];
  size_t n = 0;
  for (char c : word) {
    if (c != '.') {
      w[n++] = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  std::string_view v(w, n);
  for (int m = 0; m < 12; ++m) {
    if (v == kFull[m] || v == kMonths[m] || (m == 8 && v == "sept")) {
      return m + 1;
    }
  }
  return 0;
}

std::u32string DecodeUtf8(std::string_view s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = s[i];
    size_t n = c < 0x80         ? 1
               : (c >> 5) == 6  ? 2
               : (c >> 4) == 14 ? 3
               : (c >> 3) == 30 ? 4
                                : 0;
    if (n == 0 || i + n > s.size()) {
      out += U'\uFFFD';
      ++i;
      continue;
    }
    char32_t cp = n == 1 ? c : c & (0x7F >> n);
    bool ok = true;
    for (size_t k = 1; k < n; ++k) {
      unsigned char cc = s[i + k];
      if ((cc & 0xC0) != 0x80) ok = false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    out += ok ? cp : U'\uFFFD';
    i += ok ? n : 1;
  }
  return out;
}

std::string EncodeUtf8(std::u32string_view s) {
  std::string out;
  for (char32_t cp : s) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  return out;
}

}  // namespace secx
