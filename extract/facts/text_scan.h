// Shared scanning helpers for the disclosure extractors: cheap keyword
// prefilters that find the few paragraphs worth running RE2 on, sentence
// splitting, whitespace folding, and Span construction (page + OCR box).
//
// The prefilter is what keeps extraction fast: one keyword scan (or plain
// substring search) finds candidate paragraphs and the RE2 tables only
// ever see those. Stateless and thread-safe.
#ifndef SECX_EXTRACT_FACTS_TEXT_SCAN_H_
#define SECX_EXTRACT_FACTS_TEXT_SCAN_H_

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "extract/document.h"
#include "extract/provenance.h"
#include "extract/text_util.h"

namespace secx {
namespace facts {

// A byte range [start, end) of Document::text.
struct Piece {
  size_t start = 0;
  size_t end = 0;
  size_t size() const { return end - start; }
};

// Paragraphs (runs of non-blank lines, at most ~kMaxParagraph bytes around
// the hit) that contain any of `needles` (case-sensitive; list the case
// variants you need). Sorted, non-overlapping.
inline constexpr size_t kMaxParagraph = 4000;
std::vector<Piece> ParagraphsWith(
    std::string_view text, std::initializer_list<std::string_view> needles);

// True when any of `needles` occurs in `text`: the same answer as
// !ParagraphsWith(text, needles).empty(), without reading past the first
// hit.
bool ContainsAny(std::string_view text,
                 std::initializer_list<std::string_view> needles);

// Lines gathered from several searches, put in order of their starts,
// each line once.
void SortUniqueLines(std::vector<Piece>* lines);

// Lines (without the newline) that contain any of `needles`; sorted,
// each line once.
std::vector<Piece> LinesWith(std::string_view text,
                             std::initializer_list<std::string_view> needles);

// Where the keywords of the disclosure extractors (tickers, dividends,
// revenue shares, meetings, Form SD) occur in one text, found in a single
// RE2 pass; the extractors' searches then read the hit list instead of each
// reading the whole text again. The searches return exactly what the free
// functions of the same name return for text(); a needle outside the
// keyword table (text_scan.cc) is searched for in the text instead.
// Keeps a view of the text, which must outlive it. Immutable once built,
// so one object may be read from several threads.
class KeywordHits {
 public:
  explicit KeywordHits(std::string_view text);

  std::string_view text() const { return text_; }
  std::vector<Piece> ParagraphsWith(
      std::initializer_list<std::string_view> needles) const;
  std::vector<Piece> LinesWith(
      std::initializer_list<std::string_view> needles) const;
  bool ContainsAny(std::initializer_list<std::string_view> needles) const;

 private:
  struct Hit {
    size_t pos;     // where one or more keywords start
    uint64_t mask;  // bit i: keyword i of the table starts here
  };
  // The first hit at or after `pos` of a keyword in `mask`, scanning on
  // from hits_[*i]; npos when none is left.
  size_t Next(uint64_t mask, size_t pos, size_t* i) const;

  std::string_view text_;
  std::vector<Hit> hits_;
};


// Sentences of `text[piece]`, split at . ! ? followed by space and a capital,
// digit or quote, except after common abbreviations (Inc., Mr., No., ...).
std::vector<Piece> Sentences(std::string_view text, Piece piece);

// Lines of `text[piece]` without their newline; blank lines are skipped.
std::vector<Piece> Lines(std::string_view text, Piece piece);

// The line that starts at `start` (to its newline or the text's end), and
// the line before the one starting at `start` (an empty piece at the top).
// A line is blank when it holds only spaces, tabs and carriage returns.
Piece LineAt(std::string_view text, size_t start);
Piece LineBefore(std::string_view text, size_t start);
bool BlankText(std::string_view line);

// Collapses runs of whitespace to one space and trims.
using secx::FoldSpace;  // extract/text_util.h

// Case-insensitive substring test; `needle` must be lower case ASCII.
bool ContainsLower(std::string_view hay, std::string_view needle);

// Span for doc.text[start, end) with page, OCR box and confidence: the
// shared helper of extract/provenance.h, so facts and cover fields trace
// to OCR words the same way.
using ::secx::MakeSpan;

}  // namespace facts
}  // namespace secx

#endif  // SECX_EXTRACT_FACTS_TEXT_SCAN_H_
