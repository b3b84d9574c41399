// Document-level context for the dividend rules: the press-release date
// line and whether a payout still awaits the shareholders' approval.
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cstring>

#include "extract/facts/dates.h"
#include "extract/facts/dividends_internal.h"
#include "extract/facts/text_scan.h"

namespace secx {
namespace facts {
namespace {

// "TOKYO - May 24, 2018 -", "ENGLEWOOD CLIFFS, NJ, February 11, 2004 --",
// "SAN JOSE, Calif., Jan. 5, 2010 /PRNewswire/ --",
// "NEW YORK--(BUSINESS WIRE)--Nov. 1, 2012--".
const RE2& DatelineRe() {
  static const RE2 re(
      std::string("(?m)^[ \\t]*[A-Z][A-Za-z.'&]+(?:[ \\t]+[A-Za-z.'&]+){0,3}"
                  "(?:,[ \\t]*[A-Za-z.]+(?:[ \\t]+[A-Za-z.]+)?){0,2}[ \\t]*"
                  "(?:,|-{1,2}|\xE2\x80\x93|\xE2\x80\x94|"
                  "--\\((?i:business wire|globe newswire)\\)--)[ \\t]*(") +
      kDateRe +
      ")[ \\t]*(?:-|\xE2\x80\x93|\xE2\x80\x94|/(?i:PR|Globe|Market))");
  return re;
}

bool YearBefore(std::string_view text, size_t pos) {
  while (pos > 0 && (text[pos - 1] == ' ' || text[pos - 1] == '\t')) --pos;
  if (pos < 4) return false;
  for (size_t i = pos - 4; i < pos; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
  }
  return true;
}

// Lines where a year is directly followed by a dash, an en/em dash or
// "/PR": one memchr pass per marker byte, no regex.
std::vector<Piece> DatelineCandidates(std::string_view text) {
  std::vector<Piece> out;
  auto add = [&](size_t pos) {
    size_t start = text.rfind('\n', pos);
    start = start == std::string_view::npos ? 0 : start + 1;
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    out.push_back({start, end});
  };
  for (char marker : {'-', '\xE2', '/'}) {
    const char* base = text.data();
    size_t pos = 0;
    while (pos < text.size()) {
      const void* hit = std::memchr(base + pos, marker, text.size() - pos);
      if (hit == nullptr) break;
      pos = static_cast<const char*>(hit) - base;
      if (YearBefore(text, pos)) add(pos);
      while (pos < text.size() && text[pos] == marker) ++pos;
    }
  }
  SortUniqueLines(&out);
  return out;
}

}  // namespace

ReleaseDate FindReleaseDate(const Document& doc) {
  std::string_view text = doc.text;
  // The dateline is one line: city, date and a dash or wire name.
  for (Piece p : DatelineCandidates(text)) {
    if (p.size() < 12) continue;
    re2::StringPiece para(text.data() + p.start, p.size());
    re2::StringPiece m[2];
    if (!DatelineRe().Match(para, 0, para.size(), RE2::ANCHOR_START, m, 2)) {
      continue;
    }
    ReleaseDate r;
    r.iso = ParseDate(std::string_view(m[1].data(), m[1].size()));
    if (r.iso.empty()) continue;
    r.start = m[1].data() - text.data();
    r.end = r.start + m[1].size();
    return r;
  }
  return {};
}

DividendContext ReadDividendContext(const Document& doc,
                                    const KeywordHits& hits) {
  DividendContext ctx;
  ctx.release_date = FindReleaseDate(doc).iso;
  std::string_view text = doc.text;
  {
    // The cover names the form on a line of its own ("FORM 10-K") or says
    // "ANNUAL REPORT PURSUANT TO SECTION 13 ..."; a press release that
    // mentions "our Annual Report on Form 10-K" is none.
    std::string_view head = text.substr(0, 4000);
    size_t pos = 0;
    while (pos < head.size() && !ctx.periodic_report) {
      size_t nl = head.find('\n', pos);
      if (nl == std::string_view::npos) nl = head.size();
      std::string line = FoldSpace(head.substr(pos, nl - pos));
      for (char& c : line) {
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - ('a' - 'A'));
      }
      pos = nl + 1;
      if (line == "FORM 10-K" || line == "FORM 10-Q" || line == "FORM 20-F" ||
          line.find("ANNUAL REPORT PURSUANT TO SECTION") != std::string::npos ||
          line.find("QUARTERLY REPORT PURSUANT TO SECTION") !=
              std::string::npos) {
        ctx.periodic_report = true;
      }
    }
  }
  for (Piece p : hits.ParagraphsWith({"vidend"})) {
    std::string_view raw = text.substr(p.start, p.size());
    if (!ContainsLower(raw, "variable") || !ContainsLower(raw, "base"))
      continue;
    static const RE2 parts_re(
        "(?i)\\b(?:composed|consisting|comprised|made\\s+up)\\s+of\\s+(?:a|the)"
        "\\s+"
        "(?:fixed\\s+)?base\\s+(?:quarterly\\s+)?dividend\\s+and\\s+(?:a|the)"
        "\\s+"
        "variable\\s+(?:quarterly\\s+)?dividend");
    if (RE2::PartialMatch(re2::StringPiece(raw.data(), raw.size()), parts_re)) {
      ctx.base_plus_variable = true;
      break;
    }
  }
  for (Piece p : hits.ParagraphsWith({"pproval", "resolved at"})) {
    // Words without a blank read the same before and after folding: they
    // are tested on the paragraph as it is, and only the paragraphs that
    // have them are folded for the two-word phrases.
    std::string_view raw = text.substr(p.start, p.size());
    if (!ContainsLower(raw, "meeting") ||
        !(ContainsLower(raw, "dividend") ||
          ContainsLower(raw, "distribution"))) {
      continue;
    }
    // Folded and lower-cased once; the tests are then plain searches.
    std::string para = FoldSpace(raw);
    for (char& c : para) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
    }
    auto has = [&para](std::string_view word) {
      return para.find(word) != std::string::npos;
    };
    if ((has("dividend") || has("distribution")) &&
        (has("subject to") || has("scheduled to be resolved")) &&
        has("meeting")) {
      ctx.approval_pending = true;
      break;
    }
  }
  return ctx;
}

}  // namespace facts
}  // namespace secx
