// Text layout for the HTML reader: white-space folding, line, blank-line
// and page breaks (HtmlSink), and tables buffered until their end so that
// columns can be aligned across rows (HtmlTable).
//
// Internal to the read stage. Plain objects, one per conversion; not shared
// between threads.
#ifndef SECX_EXTRACT_READ_HTML_LAYOUT_H_
#define SECX_EXTRACT_READ_HTML_LAYOUT_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace secx {

// ---------------------------------------------------------------------------
// Span marks: control bytes the sink never writes otherwise (it drops
// control characters from text), "\x0E<id>\x0F" before a fact's first
// visible character and "\x10<id>\x0F" after its last. StripMarks removes
// them and reports where each fact's text lies in the result.

inline constexpr char kMarkStart = '\x0E';
inline constexpr char kMarkEnd = '\x10';
inline constexpr char kMarkClose = '\x0F';

struct MarkedSpan {
  size_t start = std::string::npos;  // npos: the fact left no visible text
  size_t end = std::string::npos;
};

// Removes the marks from *text; (*spans)[id] receives the span of mark `id`
// (the vector grows as needed).
void StripMarks(std::string* text, std::vector<MarkedSpan>* spans);

// ---------------------------------------------------------------------------
// Output with white-space folding

class HtmlSink {
 public:
  explicit HtmlSink(bool allow_page_breaks) : pages_(allow_page_breaks) {}

  // Inline text; `pre` keeps white space and line ends as written.
  void Text(const unsigned char* s, size_t n, bool pre);

  // Ends the current line when it holds anything.
  void Newline() {
    pending_space_ = false;
    if (line_start_) return;
    while (!out_.empty() && out_.back() == ' ') out_.pop_back();
    out_.push_back('\n');
    line_start_ = true;
  }

  // Ends the current line and leaves one empty line after it (never two).
  void BlankLine() {
    Newline();
    if (out_.empty() || out_.back() == '\f') return;
    if (out_.size() >= 2 && out_[out_.size() - 2] == '\n') return;
    if (out_.size() >= 2 && out_[out_.size() - 2] == '\f') return;
    out_.push_back('\n');
  }

  // <br>: a second one in a row makes an empty line.
  void LineBreak() {
    if (line_start_) {
      BlankLine();
    } else {
      Newline();
    }
  }

  // Form feed, unless nothing was written since the last one. In table
  // cells page breaks are plain line ends.
  void PageBreak();

  // A whole line written by a table.
  void Line(std::string_view line) {
    Newline();
    if (line.empty()) return;
    FlushMarks();
    out_.append(line.data(), line.size());
    ++visible_;
    content_since_page_ = true;
    line_start_ = false;
    Newline();
  }

  size_t visible() const { return visible_; }
  bool has_table = false;  // a nested table was written into this sink

  // Span marks for inline XBRL facts (see kMarkStart). A start mark waits
  // until the next visible character, so that it lands after any folded
  // space; an end mark goes before the trailing white space, where the
  // sink's own look-back (blank lines, page breaks, trimming) never sees
  // it. A fact that wrote nothing visible leaves no mark. Marks never count
  // as visible text, so the text without them is exactly the text the sink
  // writes when no marks are asked for.
  void MarkStart(unsigned id) { pending_marks_.push_back(id); }
  void MarkEnd(unsigned id);

  std::string Finish() {
    Newline();
    while (!out_.empty() && (out_.back() == '\n' || out_.back() == '\f')) {
      out_.pop_back();
    }
    if (!out_.empty()) out_.push_back('\n');
    return std::move(out_);
  }

 private:
  void Put(char c) {
    out_.push_back(c);
    line_start_ = false;
  }
  void Visible(const char* p, size_t n) {
    // A digit right after an en dash that followed a digit: the dash is
    // a hyphen (see Text).
    if (en_dash_at_ != std::string::npos) {
      if (!pending_space_ && pending_marks_.empty() &&
          out_.size() == en_dash_at_ + 3 && n > 0 && p[0] >= '0' &&
          p[0] <= '9') {
        out_.replace(en_dash_at_, 3, "-");
      }
      en_dash_at_ = std::string::npos;
    }
    if (pending_space_ && !line_start_) out_.push_back(' ');
    pending_space_ = false;
    if (!pending_marks_.empty()) FlushMarks();
    out_.append(p, n);
    line_start_ = false;
    content_since_page_ = true;
    ++visible_;
  }

  void FlushMarks();

  std::string out_;
  size_t en_dash_at_ = std::string::npos;  // see Visible
  std::vector<unsigned> pending_marks_;
  bool pages_;
  bool line_start_ = true;
  bool pending_space_ = false;
  bool content_since_page_ = false;
  size_t visible_ = 0;
};

// ---------------------------------------------------------------------------
// Tables

struct HtmlCell {
  int col = 0;
  std::vector<std::string> lines;  // non-empty, trimmed
  bool nested = false;             // holds a table of its own
};

class HtmlTable {
 public:
  void StartRow() {
    rows_.emplace_back();
    occupied_ = busy_;
    for (int& b : busy_) {
      if (b > 0) --b;
    }
    next_col_ = 0;
  }

  void AddCell(std::string text, bool nested, int colspan, int rowspan);

  // Writes the table into `out`, one line per row (or per line of the
  // tallest cell).
  void Render(HtmlSink* out) const;

  // A flex row's items as a row of cells: one item of several lines (at
  // most eight) beside items of one line each stays a cell of lines, as a
  // table's cell is ("001-36198 | Saltgrove Energy Corporation<br>
  // (Louisiana)<br>639 Loyola Avenue ... | 72-1490336"); two or more items
  // of several lines, or one longer, are columns of text, written one
  // after the other.
  void StackFlexItems();

 private:
  std::vector<std::vector<HtmlCell>> rows_;
  std::vector<int> busy_;      // rows each column stays covered by a rowspan
  std::vector<int> occupied_;  // snapshot for the current row
  int next_col_ = 0;
};

}  // namespace secx

#endif  // SECX_EXTRACT_READ_HTML_LAYOUT_H_
