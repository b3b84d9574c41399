// Other named facts:
//   release_date                 "TOKYO - May 24, 2018 -" -> 2018-05-24
//   shareholders_meeting_date    "... General Meeting of Shareholders ...
//                                 held on June 28, 2018" -> 2018-06-28
//   shareholders_meeting_number  "26th Ordinary General Meeting" -> 26
//   Form SD (only in documents that speak of conflict minerals):
//   conflict_mineral             tantalum, tin, tungsten, gold (one each)
//   reporting_rule               "Rule 13p-1"
//   direct_suppliers             "five direct suppliers" -> 5
//   due_diligence_framework      "OECD Guidance"
//   rcoi_conclusion, due_diligence_conclusion   the determining sentence
#include "extract/facts/facts.h"

#include <re2/re2.h>

#include <string>

#include "extract/facts/dates.h"
#include "extract/facts/dividends_internal.h"
#include "extract/facts/text_scan.h"

namespace secx {
namespace {

using facts::FoldSpace;
using facts::MakeSpan;
using facts::Piece;

void Add(const Document& doc, const char* name, std::string value, size_t start,
         size_t end, double conf, const char* rule, std::vector<Fact>* out) {
  for (const Fact& f : *out) {
    if (f.name == name && f.value == value) return;
  }
  Fact f;
  f.name = name;
  f.value = std::move(value);
  f.span = MakeSpan(doc, start, end, conf, rule);
  out->push_back(std::move(f));
}

// "26th Ordinary General Meeting of Shareholders that will be held on June
// 28, 2018", "Annual Meeting of Stockholders to be held on May 5, 2010".
// OCR reads ordinals loosely ("26w"), so any short suffix is accepted.
void Meetings(const Document& doc, const facts::KeywordHits& hits,
              std::vector<Fact>* out) {
  static const RE2 re(
      std::string("(?:\\b(\\d{1,3})[a-z]{1,2}\\s+)?"
                  "((?i:ordinary|annual|extraordinary|special)\\s+"
                  "(?i:general\\s+)?(?i:meeting)\\s+of\\s+"
                  "(?i:shareholders|stockholders))"
                  "[^.]{0,80}?\\b(?i:held|on|for)\\s+(") +
      facts::kDateRe + ")");
  std::string_view text = doc.text;
  for (Piece p : hits.ParagraphsWith({"Meeting", "meeting", "MEETING"})) {
    re2::StringPiece para(text.data() + p.start, p.size());
    re2::StringPiece m[4];
    size_t pos = 0;
    while (re.Match(para, pos, para.size(), RE2::UNANCHORED, m, 4)) {
      size_t s = m[0].data() - text.data();
      size_t ds = m[3].data() - text.data();
      Add(doc, "shareholders_meeting_date",
          facts::ParseDate(std::string_view(m[3].data(), m[3].size())), ds,
          ds + m[3].size(), 0.85, "facts.meeting", out);
      if (m[1].data() != nullptr) {
        Add(doc, "shareholders_meeting_number",
            std::string(m[1].data(), m[1].size()), s, s + m[1].size(), 0.8,
            "facts.meeting", out);
      }
      pos = m[0].data() - para.data() + m[0].size();
    }
  }
}

int NumberWord(const std::string& w) {
  static const char* const kWords[] = {
      "one",     "two",       "three",    "four",     "five",
      "six",     "seven",     "eight",    "nine",     "ten",
      "eleven",  "twelve",    "thirteen", "fourteen", "fifteen",
      "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
  std::string l;
  for (char c : w)
    l.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  for (int i = 0; i < 20; ++i) {
    if (l == kWords[i]) return i + 1;
  }
  return std::atoi(l.c_str());
}

void ConflictMinerals(const Document& doc, const facts::KeywordHits& hits,
                      std::vector<Fact>* out) {
  std::string_view text = doc.text;
  // Gate first: most documents never mention conflict minerals.
  if (!hits.ContainsAny({"flict mineral", "flict Mineral", "FLICT MINERAL"})) {
    return;
  }
  std::vector<Piece> paras = hits.ParagraphsWith(
      {"onflict mineral", "onflict Mineral", "ONFLICT MINERAL", "13p-1",
       "direct supplier", "OECD", "RCOI", "due diligence"});
  static const RE2 minerals(
      "\\b(tantalum|tin|tungsten|gold|columbite-tantalite|cassiterite|"
      "wolframite)\\b");
  static const RE2 rule("\\b(Rule\\s+13p-1)\\b");
  static const RE2 suppliers(
      "\\b(\\d+|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
      "twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
      "twenty))\\s+direct\\s+suppliers\\b");
  static const RE2 oecd(
      "(?:\\(the\\s+[\"\xE2\x80\x9C](OECD\\s+Guidance)[\"\xE2\x80\x9D]\\)|"
      "\\b(OECD\\s+(?:Due\\s+Diligence\\s+)?Guidance)\\b)");
  for (Piece p : paras) {
    re2::StringPiece para(text.data() + p.start, p.size());
    std::string_view pv(para.data(), para.size());
    re2::StringPiece m[3];
    size_t pos = 0;
    if (facts::ContainsLower(pv, "conflict mineral") ||
        facts::ContainsLower(pv, "3tg")) {
      while (minerals.Match(para, pos, para.size(), RE2::UNANCHORED, m, 2)) {
        size_t s = m[1].data() - text.data();
        Add(doc, "conflict_mineral", std::string(m[1].data(), m[1].size()), s,
            s + m[1].size(), 0.8, "facts.sd.mineral", out);
        pos = m[0].data() - para.data() + m[0].size();
      }
    }
    if (rule.Match(para, 0, para.size(), RE2::UNANCHORED, m, 2)) {
      size_t s = m[1].data() - text.data();
      Add(doc, "reporting_rule", "Rule 13p-1", s, s + m[1].size(), 0.95,
          "facts.sd.rule", out);
    }
    if (suppliers.Match(para, 0, para.size(), RE2::UNANCHORED, m, 2)) {
      size_t s = m[0].data() - text.data();
      Add(doc, "direct_suppliers",
          std::to_string(NumberWord(std::string(m[1].data(), m[1].size()))), s,
          s + m[0].size(), 0.85, "facts.sd.suppliers", out);
    }
    if (oecd.Match(para, 0, para.size(), RE2::UNANCHORED, m, 3)) {
      re2::StringPiece g = m[1].data() ? m[1] : m[2];
      size_t s = g.data() - text.data();
      Add(doc, "due_diligence_framework",
          FoldSpace(std::string_view(g.data(), g.size())), s, s + g.size(), 0.9,
          "facts.sd.framework", out);
    }
    // The determinations: the RCOI's and the due diligence's.
    for (Piece sen : facts::Sentences(text, p)) {
      std::string_view sv = text.substr(sen.start, sen.size());
      std::string folded = FoldSpace(sv);
      bool rcoi = facts::ContainsLower(folded, "based on the rcoi") ||
                  (facts::ContainsLower(folded, "reason to believe") &&
                   facts::ContainsLower(folded, "covered countries"));
      bool dd = facts::ContainsLower(folded, "due diligence") &&
                (facts::ContainsLower(folded, "determination") ||
                 facts::ContainsLower(folded, "drc conflict free") ||
                 facts::ContainsLower(folded, "undeterminable")) &&
                (facts::ContainsLower(folded, "result") ||
                 facts::ContainsLower(folded, "conclu") ||
                 facts::ContainsLower(folded, "determined"));
      if (rcoi) {
        Add(doc, "rcoi_conclusion", folded, sen.start, sen.end, 0.75,
            "facts.sd.rcoi_conclusion", out);
      } else if (dd) {
        Add(doc, "due_diligence_conclusion", folded, sen.start, sen.end, 0.7,
            "facts.sd.dd_conclusion", out);
      }
    }
  }
}

}  // namespace

std::vector<Fact> ExtractFacts(const Document& doc) {
  return ExtractFacts(doc, facts::KeywordHits(doc.text));
}

std::vector<Fact> ExtractFacts(const Document& doc,
                               const facts::KeywordHits& hits) {
  std::vector<Fact> out;
  facts::ReleaseDate r = facts::FindReleaseDate(doc);
  if (!r.iso.empty()) {
    Add(doc, "release_date", r.iso, r.start, r.end, 0.85, "facts.release_date",
        &out);
  }
  Meetings(doc, hits, &out);
  ConflictMinerals(doc, hits, &out);
  return out;
}

}  // namespace secx
