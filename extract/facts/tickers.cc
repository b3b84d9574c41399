// Tickers: "(NASDAQ: IIJI, TSE1: 3774)", "(NYSE: WMT)", "listed on the
// Nasdaq Global Select Market under the symbol "SNDK"", and cover-page
// "Trading Symbol(s)" tables (TAB-separated cells, or one cell a line).
#include <re2/re2.h>

#include <algorithm>
#include <utility>

#include "extract/facts/exchanges.h"
#include "extract/facts/facts.h"
#include "extract/facts/text_scan.h"

namespace secx {
namespace {

using facts::ExchangeCode;
using facts::Lines;
using facts::MakeSpan;
using facts::Piece;

// "NASDAQ: IIJI", "TSE1: 3774", "Nasdaq:USHO".
const RE2& ColonRe() {
  static const RE2 re(
      "\\b(NASDAQ|Nasdaq(?:GS|GM|CM)?|NYSE(?:\\s+American|\\s+MKT|\\s+Arca)?|"
      "AMEX|Amex|TSE\\d?|TSX(?:-V)?|LSE|OTCBB|OTCQX|OTCQB|OTC|HKEX|SGX|ASX)"
      "\\s*:\\s*([A-Z0-9]{1,6}(?:[.\\-][A-Z0-9]{1,3})?)\\b");
  return re;
}

// "... New York Stock Exchange under the symbol "WMT"".
const RE2& SymbolRe() {
  static const RE2 re(
      "(?i:((?:the\\s+)?(?:nasdaq|new\\s+york|american|nyse|tokyo|toronto|"
      "london|pacific|chicago|boston|taiwan)[A-Za-z ,.\\-()]{0,60}?"
      "(?:market|exchange|board|nasdaq|nyse|\\([A-Z]{2,6}\\))))"
      "[^.;]{0,80}?\\bunder\\s+the\\s+(?i:(?:ticker|trading)\\s+)?"
      "(?i:symbols?)\\s*[\"\xE2\x80\x9C']?([A-Z0-9]{1,6}(?:[.\\-][A-Z0-9]{1,3})"
      "?)\\b");
  return re;
}

const RE2& SymbolCellRe() {
  static const RE2 re("[A-Z][A-Z0-9]{0,5}(?:[.\\-][A-Z0-9]{1,3})?");
  return re;
}

double SymbolConfidence(const std::string& exchange, const std::string& symbol,
                        double base) {
  bool digit = symbol.find_first_of("0123456789") != std::string::npos;
  if (digit && facts::LetterSymbolExchange(exchange)) return base * 0.4;
  return base;
}

std::vector<std::string> SplitTabs(std::string_view line) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (true) {
    size_t tab = line.find('\t', pos);
    std::string cell = facts::FoldSpace(
        line.substr(pos, tab == std::string_view::npos ? std::string_view::npos
                                                       : tab - pos));
    if (!cell.empty()) out.push_back(cell);
    if (tab == std::string_view::npos) break;
    pos = tab + 1;
  }
  return out;
}

void AddTicker(const Document& doc, std::string exchange, std::string symbol,
               std::string security, size_t start, size_t end, double conf,
               const char* rule, std::vector<Ticker>* out) {
  for (const Ticker& t : *out) {
    if (t.exchange == exchange && t.symbol == symbol) return;
  }
  Ticker t;
  conf = SymbolConfidence(exchange, symbol, conf);
  t.exchange = std::move(exchange);
  t.symbol = std::move(symbol);
  t.security = std::move(security);
  t.span = MakeSpan(doc, start, end, conf, rule);
  out->push_back(std::move(t));
}

// Rows after a "Trading Symbol(s)" heading: title, symbol, exchange.
void CoverTable(const Document& doc, Piece para, std::vector<Ticker>* out) {
  std::string_view text = doc.text;
  std::vector<Piece> lines = Lines(text, para);
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string_view head = text.substr(lines[i].start, lines[i].size());
    if (!facts::ContainsLower(head, "trading symbol")) continue;
    std::vector<std::string> heads = SplitTabs(head);
    int sym_col = -1, exch_col = -1, title_col = -1;
    for (size_t c = 0; c < heads.size(); ++c) {
      if (facts::ContainsLower(heads[c], "symbol"))
        sym_col = static_cast<int>(c);
      else if (facts::ContainsLower(heads[c], "exchange"))
        exch_col = static_cast<int>(c);
      else if (facts::ContainsLower(heads[c], "title"))
        title_col = static_cast<int>(c);
    }
    if (heads.size() >= 2 && sym_col >= 0) {
      for (size_t r = i + 1; r < lines.size() && r <= i + 8; ++r) {
        std::string_view row = text.substr(lines[r].start, lines[r].size());
        std::vector<std::string> cells = SplitTabs(row);
        if (cells.size() != heads.size()) break;
        const std::string& sym = cells[sym_col];
        if (!RE2::FullMatch(sym, SymbolCellRe())) continue;
        std::string exch = exch_col >= 0 ? ExchangeCode(cells[exch_col]) : "";
        std::string title = title_col >= 0 ? cells[title_col] : "";
        size_t at = text.find(sym, lines[r].start);
        AddTicker(doc, exch, sym, title, at, at + sym.size(), 0.95,
                  "tickers.cover_table", out);
      }
      continue;
    }
    // One cell a line: skip the remaining headings, then read triples.
    size_t r = i + 1;
    while (r < lines.size() &&
           facts::ContainsLower(text.substr(lines[r].start, lines[r].size()),
                                "exchange on which")) {
      ++r;
    }
    for (; r + 2 < lines.size(); r += 3) {
      std::string title =
          facts::FoldSpace(text.substr(lines[r].start, lines[r].size()));
      std::string sym = facts::FoldSpace(
          text.substr(lines[r + 1].start, lines[r + 1].size()));
      std::string exch = facts::FoldSpace(
          text.substr(lines[r + 2].start, lines[r + 2].size()));
      if (!RE2::FullMatch(sym, SymbolCellRe())) break;
      if (!facts::ContainsLower(exch, "exchange") &&
          !facts::ContainsLower(exch, "market") &&
          !facts::ContainsLower(exch, "nasdaq") &&
          !facts::ContainsLower(exch, "nyse")) {
        break;
      }
      AddTicker(doc, ExchangeCode(exch), sym, title, lines[r + 1].start,
                lines[r + 1].end, 0.85, "tickers.cover_lines", out);
    }
  }
}

}  // namespace

std::vector<Ticker> ExtractTickers(const Document& doc) {
  return ExtractTickers(doc, facts::KeywordHits(doc.text));
}

std::vector<Ticker> ExtractTickers(const Document& doc,
                                   const facts::KeywordHits& hits) {
  std::vector<Ticker> out;
  std::string_view text = doc.text;
  for (Piece p :
       hits.ParagraphsWith({"NASDAQ", "Nasdaq", "NYSE", "AMEX", "Amex", "TSE",
                            "TSX", "OTC", "LSE", "ymbol", "YMBOL"})) {
    re2::StringPiece para(text.data() + p.start, p.size());
    re2::StringPiece m[3];
    size_t pos = 0;
    while (ColonRe().Match(para, pos, para.size(), RE2::UNANCHORED, m, 3)) {
      size_t s = m[2].data() - text.data();
      AddTicker(doc, ExchangeCode(std::string(m[1].data(), m[1].size())),
                std::string(m[2].data(), m[2].size()), "", s, s + m[2].size(),
                0.9, "tickers.exchange_colon", &out);
      pos = m[0].data() - para.data() + m[0].size();
    }
    pos = 0;
    while (SymbolRe().Match(para, pos, para.size(), RE2::UNANCHORED, m, 3)) {
      size_t s = m[2].data() - text.data();
      // "Taiwan OTC Exchange (TWO)": the abbreviation after the name wins.
      static const RE2 abbr("^\\s*(\\([A-Z]{2,6}\\))");
      std::string name(m[1].data(), m[1].size());
      size_t name_end = m[1].data() - para.data() + m[1].size();
      re2::StringPiece after(m[1].data() + m[1].size(),
                             std::min<size_t>(12, para.size() - name_end));
      std::string paren;
      if (RE2::PartialMatch(after, abbr, &paren)) name += paren;
      AddTicker(doc, ExchangeCode(name), std::string(m[2].data(), m[2].size()),
                "", s, s + m[2].size(), 0.85, "tickers.under_symbol", &out);
      pos = m[0].data() - para.data() + m[0].size();
    }
    // Cover rows may run past a blank line after the heading.
    CoverTable(doc, {p.start, std::min(text.size(), p.end + 1500)}, &out);
  }
  return out;
}

}  // namespace secx
