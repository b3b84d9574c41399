#include "extract/cover/layout.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace secx {
namespace cover {
namespace {

constexpr int kTabStop = 8;

bool IsNbspAt(std::string_view s, size_t i) {
  return i + 1 < s.size() && s[i] == '\xC2' && s[i + 1] == '\xA0';
}

// Width in display columns of one byte of UTF-8 (continuation bytes add 0).
int ByteWidth(unsigned char c) { return (c & 0xC0) == 0x80 ? 0 : 1; }

}  // namespace

std::string_view Trim(std::string_view s) {
  size_t b = 0;
  size_t e = s.size();
  while (b < e) {
    char c = s[b];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f') {
      ++b;
    } else if (IsNbspAt(s, b)) {
      b += 2;
    } else {
      break;
    }
  }
  while (e > b) {
    char c = s[e - 1];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f') {
      --e;
    } else if (e - b >= 2 && s[e - 2] == '\xC2' && s[e - 1] == '\xA0') {
      e -= 2;
    } else {
      break;
    }
  }
  return s.substr(b, e - b);
}

std::string FoldSpace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    bool ws = c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f';
    if (!ws && IsNbspAt(s, i)) {
      ws = true;
      ++i;
    }
    if (ws) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

std::string NameKey(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      out.push_back(
          static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
  }
  return out;
}

bool IsRuleText(std::string_view s) {
  s = Trim(s);
  if (s.size() < 3) return false;
  // (A box's edge drawn in characters: "+------+------+".)
  int dashes = 0;
  for (char c : s) {
    if (c != '-' && c != '_' && c != '=' && c != '*' && c != ' ' && c != '\t' &&
        c != '+') {
      return false;
    }
    dashes += c != '+' && c != ' ' && c != '\t';
  }
  return s.find('+') == std::string_view::npos || dashes >= 3;
}

// A picture's placeholder alone on its line, as EDGAR conversions leave
// it: "[LOGO]", "[GRAPHIC OMITTED]", "[Company Logo]", "[PHOTO]".
bool IsPicturePlaceholder(std::string_view s) {
  s = Trim(s);
  if (s.size() < 6 || s.size() > 60 || s.front() != '[' || s.back() != ']') {
    return false;
  }
  static const RE2* const kPicture = new RE2(
      R"((?i)\[[a-z0-9 .,&'\-]{0,40}\b(?:logo|graphic|photo|picture|artwork|)"
      R"(image)s?\b[a-z0-9 .,&'\-]{0,40}\])");
  return RE2::FullMatch(re2::StringPiece(s.data(), s.size()), *kPicture);
}

bool IsMarkupText(std::string_view s) {
  s = Trim(s);
  if (s.size() < 3 || s.front() != '<' || s.back() != '>') return false;
  // Every character outside tags must be blank: "<S>   <C>".
  bool in_tag = false;
  for (char c : s) {
    if (c == '<') {
      in_tag = true;
    } else if (c == '>') {
      in_tag = false;
    } else if (!in_tag && c != ' ' && c != '\t') {
      return false;
    }
  }
  return true;
}

std::vector<LayoutCell> SplitCells(std::string_view line, size_t start,
                                   bool box_sides) {
  std::vector<LayoutCell> cells;
  int col = 0;
  int tab_index = 0;
  size_t i = 0;
  LayoutCell cur;
  bool open = false;
  int blanks = 0;  // blanks seen since the last non-blank inside `cur`
  size_t last_end = 0;
  int last_col_end = 0;
  auto close = [&]() {
    if (!open) return;
    cur.end = start + last_end;
    cur.col_end = last_col_end;
    cur.text = line.substr(cur.start - start, cur.end - cur.start);
    cells.push_back(cur);
    open = false;
  };
  while (i < line.size()) {
    char c = line[i];
    if (c == '\t') {
      close();
      ++tab_index;
      col = (col / kTabStop + 1) * kTabStop;
      ++i;
      continue;
    }
    // A bar standing alone is the side of a box drawn in characters
    // ("|      1140 Parkway, Suite 5        |"): a blank.
    bool bar = box_sides && c == '|' &&
               (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t') &&
               (i + 1 == line.size() || line[i + 1] == ' ' ||
                line[i + 1] == '\t' || line[i + 1] == '\r');
    bool blank = c == ' ' || c == '\r' || c == '\f' || bar || IsNbspAt(line, i);
    size_t len = IsNbspAt(line, i) ? 2 : 1;
    if (blank) {
      if (open && ++blanks >= 2) close();
      col += 1;
      i += len;
      continue;
    }
    // A dot leader between a value and its caption ("October 14, 2003
    // ...................... Date of Report"): a gap between two cells.
    if (c == '.' && i > 0 && line[i - 1] == ' ' && i + 3 < line.size() &&
        line.compare(i, 4, "....") == 0) {
      close();
      while (i < line.size() && line[i] == '.') {
        ++col;
        ++i;
      }
      continue;
    }
    // So is a leader of underscores between a caption and its value
    // ("Commission file number ________________ 000-89002"), text on both
    // sides (a blank to fill in, "333-______" or one ending the line,
    // stays).
    if (c == '_' && i > 0 && line[i - 1] == ' ' && (open || !cells.empty()) &&
        i + 3 < line.size() && line.compare(i, 4, "____") == 0) {
      size_t j = i;
      while (j < line.size() && line[j] == '_') ++j;
      size_t k = j;
      while (k < line.size() && line[k] == ' ') ++k;
      if (j < line.size() && line[j] == ' ' && k < line.size() &&
          line[k] != '\r' && line[k] != '_') {
        close();
        col += static_cast<int>(j - i);
        i = j;
        continue;
      }
    }
    if (!open) {
      cur = LayoutCell();
      cur.start = start + i;
      cur.col_start = col;
      cur.tab_index = tab_index;
      open = true;
    }
    blanks = 0;
    col += ByteWidth(static_cast<unsigned char>(c));
    i += len;
    last_end = i;
    last_col_end = col;
  }
  close();
  // A line of words spaced out letter by letter ("C U M B E R L A N D
  // P L A T E A U   E N E R G Y"), words three blanks apart: one cell,
  // not a cell a word.
  if (cells.size() >= 2) {
    static const RE2 spaced_re("(?:[A-Z0-9&.,'] )+[A-Z0-9&.,']|&");
    size_t letters = 0;
    bool spaced = true;
    for (const LayoutCell& c : cells) {
      spaced &= RE2::FullMatch(c.text, spaced_re);
      letters += (c.text.size() + 1) / 2;
    }
    if (spaced && letters >= 8) {
      LayoutCell one = cells.front();
      one.end = cells.back().end;
      one.col_end = cells.back().col_end;
      one.text = line.substr(one.start - start, one.end - one.start);
      cells.assign(1, one);
    }
  }
  return cells;
}

std::vector<Line> SplitLines(std::string_view text, size_t begin, size_t end) {
  std::vector<Line> lines;
  end = std::min(end, text.size());
  size_t pos = begin;
  while (pos < end) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos || nl > end) nl = end;
    size_t e = nl;
    if (e > pos && text[e - 1] == '\r') --e;
    Line line;
    line.start = pos;
    line.end = e;
    line.text = text.substr(pos, e - pos);
    line.has_tab = line.text.find('\t') != std::string_view::npos;
    line.cells = SplitCells(line.text, pos);
    if (line.cells.empty() || IsPicturePlaceholder(line.text)) {
      line.cells.clear();
      line.kind = LineKind::kBlank;
    } else if (IsRuleText(line.text)) {
      line.kind = LineKind::kRule;
    } else if (IsMarkupText(line.text)) {
      line.kind = LineKind::kMarkup;
    }
    lines.push_back(std::move(line));
    pos = nl + 1;
  }
  return lines;
}

int Overlap(const LayoutCell& a, const LayoutCell& b) {
  int lo = std::max(a.col_start, b.col_start);
  int hi = std::min(a.col_end, b.col_end);
  return hi > lo ? hi - lo : 0;
}

int CentreDistance(const LayoutCell& a, const LayoutCell& b) {
  return std::abs((a.col_start + a.col_end) - (b.col_start + b.col_end)) / 2;
}

}  // namespace cover
}  // namespace secx
