#include "extract/correct/text_repairs.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>

namespace secx {
namespace {

// Log10 odds of each repair over the text as read. The readings are shapes
// that typed or typeset text does not have (a box "{ ]", a blank inside a
// web address, a curly quote closing a straight one in a document that
// uses straight quotes); what is left is how sure the repair itself is.
constexpr double kCheckboxLogOdds = 4.0;
constexpr double kUrlLogOdds = 4.0;
constexpr double kQuoteLogOdds = 3.0;
constexpr double kParenLogOdds = 2.5;
constexpr double kCentsLogOdds = 4.0;
// A document writes straight quotes when it has at least this many
// straight quote marks and apostrophes, and four times as many as curly.
constexpr int kMinStraightMarks = 4;
constexpr int kStraightPerCurly = 4;

constexpr std::string_view kOpenCurly = "\u201C";    // “
constexpr std::string_view kCloseCurly = "\u201D";   // ”
constexpr std::string_view kCloseSingle = "\u2019";  // ’

Repair Make(std::string_view text, size_t start, size_t end, std::string to,
            const char* rule, double log_odds) {
  Repair r;
  r.start = start;
  r.end = end;
  r.from = std::string(text.substr(start, end - start));
  r.to = std::move(to);
  r.rule = rule;
  r.log_odds = log_odds;
  r.confidence = 1.0 - std::pow(10.0, -log_odds);
  return r;
}

size_t Count(std::string_view text, std::string_view what) {
  size_t n = 0;
  for (size_t p = text.find(what); p != std::string_view::npos;
       p = text.find(what, p + what.size())) {
    ++n;
  }
  return n;
}

bool StraightQuoteStyle(std::string_view text) {
  size_t straight = Count(text, "\"") + Count(text, "'");
  size_t curly = Count(text, kOpenCurly) + Count(text, kCloseCurly) +
                 Count(text, "\u2018") + Count(text, kCloseSingle);
  return straight >= static_cast<size_t>(kMinStraightMarks) &&
         curly * kStraightPerCurly <= straight;
}

// "{ ]", "[ }", "{[ ]": a check box whose brackets do not match.
void Checkbox(std::string_view text, size_t at, std::string_view line,
              std::vector<Repair>* out) {
  static const RE2 kBox("((?:\\{\\[|\\[\\{|\\{|\\[)( {0,3})(?:\\]|\\}))");
  re2::StringPiece input(line.data(), line.size());
  re2::StringPiece box, blanks;
  while (RE2::FindAndConsume(&input, kBox, &box, &blanks)) {
    std::string_view b(box.data(), box.size());
    bool square = b.front() == '[' && b.back() == ']';
    bool curly = b.front() == '{' && b.back() == '}';
    // "[ ]" as it should be; "{ }" is a matched pair, whatever it is.
    if ((square || curly) && b.size() == blanks.size() + 2) continue;
    // A box opens its line (after indentation or a bullet column).
    size_t offset = box.data() - line.data();
    if (line.substr(0, offset).find_first_not_of(" \t") !=
        std::string_view::npos) {
      continue;
    }
    size_t start = at + offset;
    out->push_back(Make(text, start, start + box.size(),
                        "[" + std::string(blanks.data(), blanks.size()) + "]",
                        "checkbox", kCheckboxLogOdds));
  }
}

// Each match of `re` in `line` (group 1 the span to repair, group 2 the
// blanks inside it that go) as a repair named `rule`.
void DropBlanks(std::string_view text, size_t at, std::string_view line,
                const RE2& re, const char* rule, double log_odds,
                std::vector<Repair>* out) {
  re2::StringPiece input(line.data(), line.size());
  re2::StringPiece span, blanks;
  while (RE2::FindAndConsume(&input, re, &span, &blanks)) {
    size_t start = at + (span.data() - line.data());
    std::string to(span.data(), blanks.data() - span.data());
    to.append(blanks.data() + blanks.size(),
              span.data() + span.size() - (blanks.data() + blanks.size()));
    out->push_back(
        Make(text, start, start + span.size(), to, rule, log_odds));
  }
}

// "$2. 80": a blank after the decimal point of a dollar amount, before
// its two cents digits, goes ("$2.80"). Typed text never splits an amount
// there; OCR reads a wide gap after the point as a blank.
void CentsBlank(std::string_view text, size_t at, std::string_view line,
                std::vector<Repair>* out) {
  static const RE2 kSplit(
      "(\\$ ?\\d{1,3}(?:,\\d{3})*\\.( +)\\d\\d)(?:[^\\d.,]|[.,](?:\\s|$)|$)");
  DropBlanks(text, at, line, kSplit, "cents", kCentsLogOdds, out);
}

// "http://www. iij.ad.jp": the blank after the scheme or "www." goes.
void UrlBlank(std::string_view text, size_t at, std::string_view line,
              std::vector<Repair>* out) {
  static const RE2 kSplit(
      "((?:[Hh][Tt][Tt][Pp][Ss]?://(?:www\\.)?|www\\.)( +))[A-Za-z0-9-]+\\.["
      "A-Za-z]");
  DropBlanks(text, at, line, kSplit, "url", kUrlLogOdds, out);
}

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

// A "‘", or a "'" at the start of a word: an opening single quote.
bool OpensSingleQuote(std::string_view line) {
  if (line.find("\u2018") != std::string_view::npos) return true;
  for (size_t i = 0; i + 1 < line.size(); ++i) {
    if (line[i] == '\'' && (i == 0 || IsBlank(line[i - 1]) ||
                            line[i - 1] == '(' || line[i - 1] == '"')) {
      return true;
    }
  }
  return false;
}

// Curly quotes in a straight-quote document (see the header).
void Quotes(std::string_view text, size_t at, std::string_view line,
            std::vector<Repair>* out) {
  for (size_t i = 0; i < line.size(); ++i) {
    std::string_view rest = line.substr(i);
    bool open = rest.substr(0, 3) == kOpenCurly;
    bool close = rest.substr(0, 3) == kCloseCurly;
    bool single = rest.substr(0, 3) == kCloseSingle;
    if (!open && !close && !single) continue;
    size_t start = at + i, end = start + 3;
    char before = i > 0 ? line[i - 1] : ' ';
    char after = i + 3 < line.size() ? line[i + 3] : ' ';
    if (single) {
      // "Agreement’ by": after a letter other than the "s" of a plural
      // possessive, before a blank, with no opening quote on the line.
      if (std::isalpha(static_cast<unsigned char>(before)) && before != 's' &&
          IsBlank(after) && !OpensSingleQuote(line)) {
        out->push_back(Make(text, start, end, "", "quote", kQuoteLogOdds));
      }
      i += 2;
      continue;
    }
    // Doubled with a straight quote: `"“Westell"`, `"Company”")`.
    if ((open && before == '"') || (close && after == '"')) {
      out->push_back(Make(text, start, end, "", "quote", kQuoteLogOdds));
      i += 2;
      continue;
    }
    // Pairs with a straight quote: an opening curly quote whose quoted
    // words end in a straight one, or a closing curly quote whose words
    // start after one, on the same line and within a few words.
    bool pairs = false;
    if (open && !IsBlank(after)) {
      size_t q = line.find('"', i + 3);
      size_t c = line.find(kCloseCurly, i + 3);
      pairs = q != std::string_view::npos && q - i < 60 && c > q &&
              !IsBlank(line[q - 1]);
    } else if (close && !IsBlank(before) && i > 0) {
      size_t q = line.rfind('"', i - 1);
      size_t c = line.rfind(kOpenCurly, i - 1);
      pairs = q != std::string_view::npos && i - q < 60 &&
              (c == std::string_view::npos || c < q) && q + 1 < i &&
              !IsBlank(line[q + 1]);
    }
    if (pairs) {
      out->push_back(Make(text, start, end, "\"", "quote", kQuoteLogOdds));
    }
    i += 2;
  }
}

int Balance(std::string_view line) {
  int b = 0;
  for (char c : line) b += c == '(' ? 1 : c == ')' ? -1 : 0;
  return b;
}

// True when the lines after a line, up to the end of the paragraph (a
// blank line, at most 20 lines), close a parenthesis left open before.
bool ClosedLater(std::string_view after) {
  int balance = 0;
  size_t pos = 0;
  for (int n = 0; n < 20 && pos < after.size(); ++n) {
    size_t nl = after.find('\n', pos);
    if (nl == std::string_view::npos) nl = after.size();
    std::string_view line = after.substr(pos, nl - pos);
    if (line.find_first_not_of(" \t\f") == std::string_view::npos) break;
    for (char c : line) {
      balance += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (balance < 0) return true;
    }
    pos = nl + 1;
  }
  return false;
}

// "(17 CFR 240.14d-2(b)" in a paragraph that closes nothing after it.
void Parens(std::string_view text, size_t at, std::string_view line,
            std::string_view after, std::vector<Repair>* out) {
  size_t last = line.find_last_not_of(" \t");
  if (last != std::string_view::npos && Balance(line) == 1 &&
      !ClosedLater(after) && last >= 2 && line[last] == ')' &&
      line[last - 1] != '(') {
    // The last ")" closes a "(" opened inside another one.
    size_t inner = line.rfind('(', last);
    size_t outer =
        inner == std::string_view::npos ? inner : line.rfind('(', inner - 1);
    // "240.14d-2(b)": the inner parenthesis is a suffix of a reference,
    // attached to it, and the outer one holds nothing else that closes.
    if (inner != std::string_view::npos && outer != std::string_view::npos &&
        inner > 0 && !IsBlank(line[inner - 1]) && line[inner - 1] != '(' &&
        line.find(')', outer) == last &&
        line.find_first_of(" \t", inner) > last) {
      size_t pos = at + last;
      out->push_back(Make(text, pos, pos + 1, "))", "paren", kParenLogOdds));
    }
  }
}

// "(17CFR 240.14d-2(b) )": a blank between the ")" of a reference suffix
// and the ")" of the parenthesis around it.
void SplitClose(std::string_view text, size_t at, std::string_view line,
                std::vector<Repair>* out) {
  static const RE2 kSplit("\\([^()]*[^\\s()]\\([^()\\s]*\\)( \\))");
  re2::StringPiece input(line.data(), line.size());
  re2::StringPiece gap;
  while (RE2::FindAndConsume(&input, kSplit, &gap)) {
    size_t start = at + (gap.data() - line.data());
    out->push_back(
        Make(text, start, start + gap.size(), ")", "paren", kParenLogOdds));
  }
}

}  // namespace

std::vector<Repair> ProposeTextRepairs(std::string_view text, size_t begin,
                                       size_t end) {
  std::vector<Repair> out;
  bool straight = StraightQuoteStyle(text);
  size_t pos = begin;
  while (pos < end) {
    size_t nl = std::min(text.find('\n', pos), end);
    std::string_view line = text.substr(pos, nl - pos);
    size_t next = nl < end ? nl + 1 : end;
    std::string_view after = text.substr(next, end - next);
    Checkbox(text, pos, line, &out);
    UrlBlank(text, pos, line, &out);
    CentsBlank(text, pos, line, &out);
    if (straight) Quotes(text, pos, line, &out);
    Parens(text, pos, line, after, &out);
    SplitClose(text, pos, line, &out);
    pos = nl + 1;
  }
  std::sort(out.begin(), out.end(),
            [](const Repair& a, const Repair& b) { return a.start < b.start; });
  std::vector<Repair> kept;
  for (Repair& r : out) {
    if (!kept.empty() && r.start < kept.back().end) continue;
    kept.push_back(std::move(r));
  }
  return kept;
}

}  // namespace secx
