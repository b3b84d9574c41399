#include "extract/facts/table_cells.h"

#include <re2/re2.h>

#include <cctype>

#include "extract/facts/dates.h"
#include "extract/facts/money.h"
#include "extract/facts/text_scan.h"

namespace secx {
namespace facts {
namespace {

const RE2& TokenRe() {
  static const RE2 re(
      std::string("(") + kDateRe +
      ")"
      "|((?:US\\$|C\\$|\\$|\\bUSD|\\bJPY|\\bEUR|\xC2\xA5|\xEF\xBF\xA5|"
      "\xE2\x82\xAC|\xC2\xA3)?\\s?\\(?\\d[\\d,]*(?:\\.\\d+)?\\)?"
      "(?:\\s*(?i:million|billion|thousand|yen|cents?))?"
      "(?:\\s*\\((?i:paid|forecast|plan|planned|expected|estimate)\\))?)"
      "|(-{1,2}|\xE2\x80\x93|\xE2\x80\x94|N/A|n/a|NA)(?:\\s|$)"
      "|([A-Za-z(][A-Za-z0-9'.():,&\\-]*(?: "
      "[A-Za-z(][A-Za-z0-9'.():,&\\-]*)*)");
  return re;
}

TableCell MakeCell(std::string_view text, size_t start, size_t end) {
  TableCell c;
  while (start < end && std::isspace(static_cast<unsigned char>(text[start])))
    ++start;
  while (end > start && std::isspace(static_cast<unsigned char>(text[end - 1])))
    --end;
  c.start = start;
  c.end = end;
  c.text = FoldSpace(text.substr(start, end - start));
  c.iso = ParseDate(c.text);
  if (!c.iso.empty()) {
    c.kind = TableCell::kDate;
  } else if (c.text == "-" || c.text == "--" || c.text == "\xE2\x80\x93" ||
             c.text == "\xE2\x80\x94" || c.text == "N/A" || c.text == "n/a" ||
             c.text == "NA") {
    c.kind = TableCell::kDash;
  } else if (ParseMoneyCell(c.text)) {
    c.kind = TableCell::kMoney;
  }
  return c;
}

}  // namespace

TableCell CellOf(std::string_view text, size_t start, size_t end) {
  return MakeCell(text, start, end);
}

std::vector<TableCell> SplitCells(std::string_view text, size_t start,
                                  size_t end) {
  std::vector<TableCell> out;
  std::string_view s = text.substr(start, end - start);
  if (s.find('\t') != std::string_view::npos) {
    size_t pos = 0;
    while (pos <= s.size()) {
      size_t tab = s.find('\t', pos);
      if (tab == std::string_view::npos) tab = s.size();
      TableCell c = MakeCell(text, start + pos, start + tab);
      if (!c.text.empty()) out.push_back(c);
      pos = tab + 1;
    }
    return out;
  }
  re2::StringPiece whole(text.data(), end);
  re2::StringPiece m[5];
  size_t pos = start;
  while (pos < end) {
    while (pos < end && std::isspace(static_cast<unsigned char>(text[pos])))
      ++pos;
    if (pos >= end) break;
    if (!TokenRe().Match(whole, pos, end, RE2::ANCHOR_START, m, 5) ||
        m[0].empty()) {
      ++pos;
      continue;
    }
    size_t tok_end = m[0].data() - text.data() + m[0].size();
    if (m[3].data() != nullptr)
      tok_end = m[3].data() - text.data() + m[3].size();
    out.push_back(MakeCell(text, pos, tok_end));
    pos = tok_end;
  }
  return out;
}

}  // namespace facts
}  // namespace secx
