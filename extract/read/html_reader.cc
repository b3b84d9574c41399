// HTML to text with libxml2's HTML parser, read as a stream of SAX events.
//
// Layout rules, chosen for the extractors that read the result line by line:
//  - block elements end the current line; an empty <p>/<div> (the usual
//    "<p>&nbsp;</p>" spacer) becomes one blank line, never more than one;
//  - a table is buffered and written row by row, cells joined by a tab.
//    Columns that are empty in every row (spacer columns) are dropped, other
//    empty cells keep their tab so that columns stay aligned between rows;
//    cells holding several lines are interleaved line by line, so that a
//    cover table "Delaware<br>(State ...) | 0-27062<br>(Commission ...)"
//    reads "Delaware\t0-27062" above "(State ...)\t(Commission ...)";
//  - <hr> and CSS page-break-before/after become a form feed;
//  - runs of white space (including no-break and other Unicode spaces)
//    collapse to one space, except inside <pre>.
// The walk keeps its own stack of open elements, so pathologically deep
// documents cannot overflow the call stack.
#include "extract/read/html_reader.h"

#include <libxml/HTMLparser.h>
#include <libxml/encoding.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/read/encoding.h"
#include "extract/read/html_layout.h"

namespace secx {
namespace {

// ---------------------------------------------------------------------------
// Character set

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
  }
  return out;
}

// The charset a <meta> tag or XML declaration names near the start, lower
// case, or "" when there is none.
std::string DeclaredCharset(std::string_view html) {
  std::string head = AsciiLower(html.substr(0, 8192));
  for (std::string_view key : {"charset", "encoding"}) {
    size_t at = head.find(key);
    while (at != std::string::npos) {
      size_t i = at + key.size();
      while (i < head.size() && head[i] == ' ') ++i;
      if (i < head.size() && head[i] == '=') {
        ++i;
        while (i < head.size() &&
               (head[i] == ' ' || head[i] == '"' || head[i] == '\'')) {
          ++i;
        }
        size_t b = i;
        while (i < head.size() &&
               (isalnum(static_cast<unsigned char>(head[i])) ||
                head[i] == '-' || head[i] == '_' || head[i] == '.' ||
                head[i] == ':')) {
          ++i;
        }
        if (i > b) return head.substr(b, i - b);
      }
      at = head.find(key, at + 1);
    }
  }
  return "";
}

// Charsets that EDGAR HTML declares but that browsers (and we) read as
// Windows-1252, a superset that also covers the curly quotes such files
// carry in the 0x80-0x9F range.
bool IsLatinFamily(const std::string& cs) {
  return cs == "iso-8859-1" || cs == "iso8859-1" || cs == "latin1" ||
         cs == "latin-1" || cs == "us-ascii" || cs == "ascii" ||
         cs == "windows-1252" || cs == "cp1252" || cs == "x-cp1252" ||
         cs == "iso_8859-1";
}

// ---------------------------------------------------------------------------
// Tree walk

enum class Kind : unsigned char {
  kInline,
  kBlock,      // ends lines
  kParagraph,  // ends lines; empty ones become a blank line
  kSkip,       // dropped with all its content
  kBr,
  kHr,
  kPre,
  kTable,
  kRow,
  kCell,
};

Kind Classify(const char* name) {
  static const auto* const kKinds =
      new std::unordered_map<std::string_view, Kind>{
          {"p", Kind::kParagraph},    {"div", Kind::kParagraph},
          {"h1", Kind::kParagraph},   {"h2", Kind::kParagraph},
          {"h3", Kind::kParagraph},   {"h4", Kind::kParagraph},
          {"h5", Kind::kParagraph},   {"h6", Kind::kParagraph},
          {"br", Kind::kBr},          {"hr", Kind::kHr},
          {"pre", Kind::kPre},        {"xmp", Kind::kPre},
          {"listing", Kind::kPre},    {"plaintext", Kind::kPre},
          {"table", Kind::kTable},    {"tr", Kind::kRow},
          {"td", Kind::kCell},        {"th", Kind::kCell},
          {"li", Kind::kBlock},       {"ul", Kind::kBlock},
          {"ol", Kind::kBlock},       {"dl", Kind::kBlock},
          {"dt", Kind::kBlock},       {"dd", Kind::kBlock},
          {"center", Kind::kBlock},   {"blockquote", Kind::kBlock},
          {"address", Kind::kBlock},  {"section", Kind::kBlock},
          {"article", Kind::kBlock},  {"header", Kind::kBlock},
          {"footer", Kind::kBlock},   {"nav", Kind::kBlock},
          {"aside", Kind::kBlock},    {"main", Kind::kBlock},
          {"form", Kind::kBlock},     {"fieldset", Kind::kBlock},
          {"figure", Kind::kBlock},   {"figcaption", Kind::kBlock},
          {"caption", Kind::kBlock},  {"thead", Kind::kBlock},
          {"tbody", Kind::kBlock},    {"tfoot", Kind::kBlock},
          {"body", Kind::kBlock},     {"html", Kind::kBlock},
          {"legend", Kind::kBlock},   {"menu", Kind::kBlock},
          {"dir", Kind::kBlock},      {"frameset", Kind::kBlock},
          {"head", Kind::kSkip},      {"script", Kind::kSkip},
          {"style", Kind::kSkip},     {"title", Kind::kSkip},
          {"noscript", Kind::kSkip},  {"template", Kind::kSkip},
          {"object", Kind::kSkip},    {"applet", Kind::kSkip},
          {"select", Kind::kSkip},    {"textarea", Kind::kSkip},
          {"iframe", Kind::kSkip},    {"svg", Kind::kSkip},
          {"ix:header", Kind::kSkip},  // inline XBRL hidden facts
      };
  auto it = kKinds->find(name);
  return it == kKinds->end() ? Kind::kInline : it->second;
}

// Attributes as libxml2's SAX callbacks pass them: name, value, name,
// value, ..., then nullptr; a value is nullptr when the attribute has none
// ("<td nowrap>"). The array is nullptr when the element has none.
using Attrs = const xmlChar**;

// The value of the first attribute called `name` (any case), or nullptr
// when there is none or it was written without a value.
const char* AttrValue(Attrs atts, const char* name) {
  if (atts == nullptr) return nullptr;
  for (size_t i = 0; atts[i] != nullptr; i += 2) {
    if (xmlStrcasecmp(atts[i], BAD_CAST name) != 0) continue;
    return reinterpret_cast<const char*>(atts[i + 1]);
  }
  return nullptr;
}

int IntAttr(Attrs atts, const char* name, int lo, int hi) {
  const char* v = AttrValue(atts, name);
  if (v == nullptr) return lo;
  return std::clamp(std::atoi(v), lo, hi);
}

// CSS declarations as the style rules read them: lower case, without the
// `blanks` ("Display: Flex" -> "display:flex").
void AppendFoldedCss(std::string_view css, std::string_view blanks,
                     std::string* out) {
  for (char c : css) {
    if (blanks.find(c) != std::string_view::npos) continue;
    out->push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A'))
                                        : c);
  }
}

// The class rules of a style sheet (".row{display:flex}", "p.pb,
// div.pb{break-after:page}"): each class a selector names alone, or after
// an element's name, takes the rule's declarations, lower case and
// without blanks. Other selectors, comments and at-rules ("@media {...}")
// are passed over.
void ReadStyleSheet(std::string_view css,
                    std::unordered_map<std::string, std::string>* out) {
  size_t i = 0;
  while (i < css.size()) {
    if (css.compare(i, 2, "/*") == 0) {
      size_t e = css.find("*/", i + 2);
      i = e == std::string_view::npos ? css.size() : e + 2;
      continue;
    }
    size_t open = css.find('{', i);
    if (open == std::string_view::npos) break;
    std::string_view selectors = css.substr(i, open - i);
    // The block, to its matching brace.
    int depth = 1;
    size_t j = open + 1;
    for (; j < css.size() && depth > 0; ++j) {
      if (css[j] == '{') ++depth;
      if (css[j] == '}') --depth;
    }
    std::string_view body =
        css.substr(open + 1, j - open - 2 < css.size() ? j - open - 2 : 0);
    i = j;
    size_t lead = selectors.find_first_not_of(" \t\r\n");
    if (lead == std::string_view::npos || selectors[lead] == '@' ||
        body.find('{') != std::string_view::npos) {
      continue;
    }
    std::string decls;
    AppendFoldedCss(body, " \t\r\n", &decls);
    size_t from = 0;
    while (from <= selectors.size()) {
      size_t comma = selectors.find(',', from);
      if (comma == std::string_view::npos) comma = selectors.size();
      std::string_view sel = selectors.substr(from, comma - from);
      from = comma + 1;
      size_t a = sel.find_first_not_of(" \t\r\n");
      size_t b = sel.find_last_not_of(" \t\r\n");
      if (a == std::string_view::npos) continue;
      sel = sel.substr(a, b - a + 1);
      size_t dot = sel.find('.');
      if (dot == std::string_view::npos ||
          sel.find('.', dot + 1) != std::string_view::npos) {
        continue;
      }
      bool simple = true;
      for (size_t k = 0; k < sel.size() && simple; ++k) {
        char c = sel[k];
        simple = k == dot || std::isalnum(static_cast<unsigned char>(c)) ||
                 c == '-' || c == '_';
      }
      if (!simple || dot + 1 >= sel.size()) continue;
      std::string& have = (*out)[std::string(sel.substr(dot + 1))];
      if (!have.empty()) have += ';';
      have += decls;
    }
  }
}

// A rule narrower than the page (width="17%", width="65") underlines a
// heading or a signature; only full-width rules separate pages.
bool IsShortRule(Attrs atts) {
  const char* w = AttrValue(atts, "width");
  if (w == nullptr) return false;
  char* end = nullptr;
  double v = std::strtod(w, &end);
  if (end == w) return false;
  while (*end == ' ') ++end;
  if (*end == '%') return v < 90;
  return v < 400;  // pixels; EDGAR pages are 600-700 px wide
}

struct StyleFlags {
  bool hidden = false;
  bool break_before = false;
  bool break_after = false;
};

// True when `style` sets `property` (e.g. "page-break-before") to one of
// the values that force a page.
bool ForcesBreak(const std::string& style, std::string_view property) {
  size_t at = style.find(property);
  while (at != std::string::npos) {
    size_t i = at + property.size();
    while (i < style.size() && style[i] == ' ') ++i;
    if (i < style.size() && style[i] == ':') {
      ++i;
      while (i < style.size() && style[i] == ' ') ++i;
      std::string_view v(style.data() + i, style.size() - i);
      for (std::string_view yes : {"always", "page", "left", "right"}) {
        if (v.substr(0, yes.size()) == yes) return true;
      }
    }
    at = style.find(property, at + 1);
  }
  return false;
}

// `style` is the attribute lower-cased with its spaces removed.
StyleFlags ReadStyle(const std::string& style) {
  StyleFlags f;
  f.hidden = style.find("display:none") != std::string::npos;
  // Nearly every element of EDGAR HTML has a style and almost none breaks
  // a page: one search rules the four break tests out.
  if (style.find("break") == std::string::npos) return f;
  f.break_before = ForcesBreak(style, "page-break-before") ||
                   ForcesBreak(style, ";break-before") ||
                   style.compare(0, 12, "break-before") == 0;
  f.break_after = ForcesBreak(style, "page-break-after") ||
                  ForcesBreak(style, ";break-after") ||
                  style.compare(0, 11, "break-after") == 0;
  return f;
}

// Writes the text while libxml2 parses: the walk follows the parser's SAX
// events (start tag, text, end tag, with the tags HTML implies or closes
// already added), so no document tree is built, kept or freed. The events
// are the ones libxml2 builds its tree from, so the text is the same as a
// walk over that tree: text outside any element is dropped as the tree
// builder drops it, and text handed over in several pieces reads as one
// (HtmlSink::Text keeps its state between calls, and libxml2 never splits
// a UTF-8 character).
class Walker {
 public:
  // `ix`, when given, sees every element (the text's skipped ones too) and
  // collects the inline XBRL facts; their text is marked in the sinks.
  explicit Walker(IxbrlCollector* ix) : ix_(ix) {
    sinks_.push_back(std::make_unique<HtmlSink>(true));
  }

  // Points the parser context's SAX handler at this walker.
  void Attach(htmlParserCtxtPtr ctxt) {
    xmlSAXHandler* sax = ctxt->sax;
    std::memset(sax, 0, sizeof(*sax));
    sax->initialized = 1;
    sax->startDocument = [](void* ctx) { Of(ctx)->started_ = true; };
    sax->startElement = [](void* ctx, const xmlChar* name,
                           const xmlChar** atts) {
      Of(ctx)->Start(name, atts);
    };
    sax->endElement = [](void* ctx, const xmlChar*) { Of(ctx)->End(); };
    sax->characters = [](void* ctx, const xmlChar* ch, int len) {
      Of(ctx)->Characters(ch, len);
    };
    // Only <script> and <style> hand their content over as CDATA; both
    // are skipped, but a CDATA node would be text to the walk.
    sax->cdataBlock = sax->characters;
    ctxt->_private = this;
  }

  // False when the parser never began a document (nothing to read).
  bool started() const { return started_; }

  std::string Finish() {
    while (!frames_.empty()) Leave();
    FlushRow();
    return sinks_.front()->Finish();
  }

 private:
  struct Frame {
    Kind kind;
    bool break_after = false;
    bool pushed_sink = false;
    bool pushed_table = false;
    bool flex_row = false;   // display:flex in a row: its items are cells
    bool flex_item = false;  // a flex row's child, read as one of its cells
    bool placed = false;     // position:absolute, read into the placed row
    double top = 0, left = 0;
    const HtmlSink* sink = nullptr;
    size_t visible = 0;
    int colspan = 1;
    int rowspan = 1;
  };

  // The callbacks get the parser context, whose _private is the walker.
  static Walker* Of(void* ctx) {
    return static_cast<Walker*>(static_cast<htmlParserCtxtPtr>(ctx)->_private);
  }

  void Start(const xmlChar* name, Attrs atts) {
    if (ix_ != nullptr && name != nullptr) {
      int fact = ix_->Start(reinterpret_cast<const char*>(name),
                            reinterpret_cast<const char* const*>(atts));
      // A fact inside text that is not read leaves no mark.
      if (fact >= 0 && skip_ == 0) {
        if (marked_.size() <= static_cast<size_t>(fact)) {
          marked_.resize(fact + 1, false);
        }
        marked_[fact] = true;
        sink().MarkStart(static_cast<unsigned>(fact));
      }
    }
    ++open_;
    if (skip_ > 0) {
      ++skip_;
    } else if (!Enter(name, atts)) {
      skip_ = 1;  // its content is not read
    }
    // A style sheet's rules are kept (in a skipped <head> too): its
    // classes style the elements.
    if (skip_ > 0 && !in_style_sheet_ && name != nullptr &&
        KindOf(name) == Kind::kSkip && LocalName(name) == "style") {
      in_style_sheet_ = true;
      style_depth_ = skip_;
    }
  }

  void End() {
    if (ix_ != nullptr) {
      int fact = ix_->End();
      if (fact >= 0 && static_cast<size_t>(fact) < marked_.size() &&
          marked_[fact]) {
        sink().MarkEnd(static_cast<unsigned>(fact));
      }
    }
    if (open_ > 0) --open_;
    if (skip_ > 0) {
      --skip_;
      if (in_style_sheet_ && skip_ < style_depth_) {
        in_style_sheet_ = false;
        ReadStyleSheet(style_sheet_, &class_styles_);
        style_sheet_.clear();
      }
      return;
    }
    if (!frames_.empty()) Leave();
  }

  void Characters(const xmlChar* ch, int len) {
    if (ix_ != nullptr && len > 0) {
      ix_->Text(reinterpret_cast<const char*>(ch), static_cast<size_t>(len));
    }
    if (in_style_sheet_ && skip_ == style_depth_ && len > 0 &&
        style_sheet_.size() < kMaxStyleSheet) {
      style_sheet_.append(reinterpret_cast<const char*>(ch),
                          static_cast<size_t>(len));
    }
    if (skip_ > 0 || open_ == 0 || len <= 0) return;
    // Text beside the placed blocks, outside them, ends their row; white
    // space between them is none.
    if (!row_.empty() && frames_.size() <= row_depth_) {
      bool blank = true;
      for (int i = 0; i < len && blank; ++i) {
        blank = ch[i] == ' ' || ch[i] == '\n' || ch[i] == '\r' || ch[i] == '\t';
      }
      if (blank) return;
      FlushRow();
    }
    sink().Text(ch, static_cast<size_t>(len), pre_ > 0);
  }

  HtmlSink& sink() { return *sinks_.back(); }

  // The name libxml2's tree builder (xmlSAX2StartElement) gives the
  // element, which is what the layout rules were written against: it splits
  // a prefixed tag at its first colon ("o:p" is a p, "ix:header" a header)
  // unless the name starts or ends with the colon.
  static std::string LocalName(const xmlChar* name) {
    std::string n(reinterpret_cast<const char*>(name));
    size_t colon = n.find(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == n.size()) {
      return n;
    }
    return n.substr(colon + 1);
  }

  // Classify(LocalName(name)), remembered by name pointer: libxml2 hands
  // over tag names interned in its dictionary (or static strings for
  // implied tags), so one pointer is one name for the whole parse.
  Kind KindOf(const xmlChar* name) {
    auto [it, added] = kinds_.try_emplace(name, Kind::kInline);
    if (added) it->second = Classify(LocalName(name).c_str());
    return it->second;
  }

  // Returns true when the element's content is to be read (and Leave()
  // called at its end).
  bool Enter(const xmlChar* name, Attrs atts) {
    if (name == nullptr) return false;
    Kind kind = KindOf(name);
    if (kind == Kind::kSkip) return false;
    StyleFlags style;
    bool flex_row = false;
    bool styled = false;
    // The rules of a style sheet's classes the element names ("<div
    // class="row">" under ".row{display:flex}"), then its own style
    // attribute, which may override them.
    // (Lower case, spaces removed, written into a buffer that keeps its
    // capacity from element to element.)
    style_.clear();
    if (!class_styles_.empty()) {
      if (const char* classes = AttrValue(atts, "class"))
        AppendClassStyles(classes);
    }
    if (const char* css = AttrValue(atts, "style"))
      AppendFoldedCss(css, " ", &style_);
    if (!style_.empty()) {
      styled = true;
      style = ReadStyle(style_);
      // A flex container laid out in a row (a filing agent's cover table
      // drawn with <div>s) is a table row: its items are its cells.
      flex_row =
          (kind == Kind::kBlock || kind == Kind::kParagraph) &&
          style_.find("display:flex") != std::string::npos &&
          style_.find("flex-direction:column") == std::string::npos &&
          style_.find("flex-direction:column-reverse") == std::string::npos;
    }
    if (style.hidden) return false;
    // A block placed at a page position (position:absolute; top; left), as
    // some filing agents draw a cover: blocks side by side at one height
    // are a row of cells, in the order of their left edges. Each is read
    // into a sink of its own and kept until a block at another height, or
    // anything else, comes.
    // (So is a grid's cell placed by its row and column, "grid-row:2;
    // grid-column:1", whatever its place in the source.)
    double top = 0, left = 0;
    bool placed = (kind == Kind::kBlock || kind == Kind::kParagraph) &&
                  placed_open_ == 0 && styled &&
                  ((style_.find("position:absolute") != std::string::npos &&
                    CssPixels(style_, "top:", &top) &&
                    CssPixels(style_, "left:", &left)) ||
                   GridCell(style_, &top, &left)) &&
                  !(!frames_.empty() && frames_.back().flex_row);
    if (!row_.empty() && frames_.size() <= row_depth_ &&
        !(placed && frames_.size() == row_depth_ && !style.break_before)) {
      FlushRow();
    }
    if (style.break_before) sink().PageBreak();

    Frame f;
    f.kind = kind;
    f.break_after = style.break_after;
    if (placed) {
      sinks_.push_back(std::make_unique<HtmlSink>(false));
      f.pushed_sink = true;
      f.placed = true;
      f.top = top;
      f.left = left;
      ++placed_open_;
    }
    if (!frames_.empty() && frames_.back().flex_row && !tables_.empty() &&
        kind != Kind::kBr && kind != Kind::kHr && kind != Kind::kRow &&
        kind != Kind::kCell) {
      sinks_.push_back(std::make_unique<HtmlSink>(false));
      f.pushed_sink = true;
      f.flex_item = true;
    }
    if (flex_row) {  // (a block or paragraph: its line ends as theirs do)
      sink().Newline();
      tables_.push_back(std::make_unique<HtmlTable>());
      tables_.back()->StartRow();
      f.flex_row = true;
    }
    switch (kind) {
      case Kind::kBr:
        sink().LineBreak();
        return false;
      case Kind::kHr:
        if (IsShortRule(atts) && !style.break_after) {
          sink().Newline();
          return false;
        }
        sink().PageBreak();
        if (style.break_after) sink().PageBreak();
        return false;
      case Kind::kParagraph:
      case Kind::kBlock:
        sink().Newline();
        break;
      case Kind::kPre:
        sink().Newline();
        ++pre_;
        break;
      case Kind::kTable:
        sink().Newline();
        tables_.push_back(std::make_unique<HtmlTable>());
        f.pushed_table = true;
        break;
      case Kind::kRow:
        if (tables_.empty()) {
          sink().Newline();
        } else {
          tables_.back()->StartRow();
        }
        break;
      case Kind::kCell:
        if (tables_.empty()) {
          sink().Newline();  // a stray cell outside any table
        } else {
          f.colspan = IntAttr(atts, "colspan", 1, 64);
          f.rowspan = IntAttr(atts, "rowspan", 1, 1000);
          sinks_.push_back(std::make_unique<HtmlSink>(false));
          f.pushed_sink = true;
        }
        break;
      default:
        break;
    }
    f.sink = &sink();
    f.visible = sink().visible();
    frames_.push_back(f);
    return true;
  }

  void Leave() {
    // The placed blocks' parent ends: so does their row.
    if (!row_.empty() && frames_.size() - 1 < row_depth_) FlushRow();
    Frame f = frames_.back();
    frames_.pop_back();
    if (f.flex_row) {
      std::unique_ptr<HtmlTable> table = std::move(tables_.back());
      tables_.pop_back();
      table->StackFlexItems();
      table->Render(&sink());
      if (sinks_.size() > 1) sink().has_table = true;
    } else {
      switch (f.kind) {
        case Kind::kParagraph:
          if (&sink() == f.sink && sink().visible() == f.visible) {
            sink().BlankLine();
          } else {
            sink().Newline();
          }
          break;
        case Kind::kBlock:
          sink().Newline();
          break;
        case Kind::kPre:
          --pre_;
          sink().Newline();
          break;
        case Kind::kCell:
          if (f.pushed_sink) {
            std::unique_ptr<HtmlSink> cell = std::move(sinks_.back());
            sinks_.pop_back();
            bool nested = cell->has_table;
            tables_.back()->AddCell(cell->Finish(), nested, f.colspan,
                                    f.rowspan);
          }
          break;
        case Kind::kTable:
          if (f.pushed_table) {
            std::unique_ptr<HtmlTable> table = std::move(tables_.back());
            tables_.pop_back();
            table->Render(&sink());
            if (sinks_.size() > 1) sink().has_table = true;
          }
          break;
        default:
          break;
      }
    }
    if (f.flex_item) {
      ItemText item = PopItem();
      tables_.back()->AddCell(std::move(item.text), item.nested, 1, 1);
    }
    if (f.placed) {
      --placed_open_;
      ItemText item = PopItem();
      row_.push_back({f.top, f.left, std::move(item.text), item.nested});
      row_depth_ = frames_.size();
      if (f.break_after) FlushRow();
    }
    if (f.break_after) sink().PageBreak();
  }

  // The text of a flex item or a placed block, read into a sink of its
  // own, which is taken off. An item of several lines is a column of its
  // own (captions over values, stacked): a row's items are then read one
  // after the other, as a layout table's cells are.
  struct ItemText {
    std::string text;
    bool nested;
  };
  ItemText PopItem() {
    std::unique_ptr<HtmlSink> cell = std::move(sinks_.back());
    sinks_.pop_back();
    ItemText item{cell->Finish(), cell->has_table};
    // (Whether an item of several lines is a cell of lines or a column of
    // text is told by the row's other items: HtmlTable::StackFlexItems.)
    return item;
  }

  // A CSS length after `property` in pixels ("top:326px", "left:96.5px",
  // "top:298.7pt"); false when there is none or it is relative ("em", "%").
  static bool CssPixels(const std::string& style, const char* property,
                        double* value) {
    size_t at = style.find(property);
    // (The property itself, not the end of another: "margin-top:".)
    while (at != std::string::npos && at > 0 && style[at - 1] != ';' &&
           style[at - 1] != '{') {
      at = style.find(property, at + 1);
    }
    if (at == std::string::npos) return false;
    const char* p = style.c_str() + at + std::strlen(property);
    char* end = nullptr;
    *value = std::strtod(p, &end);
    if (end == p) return false;
    // (Any absolute unit, in pixels: a PDF conversion places in points.)
    static constexpr struct {
      const char* unit;
      double px;
    } kUnits[] = {{"px", 1},
                  {"pt", 96.0 / 72},
                  {"in", 96},
                  {"cm", 96 / 2.54},
                  {"mm", 96 / 25.4}};
    for (const auto& u : kUnits) {
      if (std::strncmp(end, u.unit, 2) == 0) {
        *value *= u.px;
        return true;
      }
    }
    return false;
  }

  // A grid cell's place from its "grid-row" and "grid-column" (or their
  // "-start"): rows 100 pixels apart, columns in order. False without a
  // row line number.
  static bool GridCell(const std::string& style, double* top, double* left) {
    auto line = [&](const char* a, const char* b, double* v) {
      for (const char* property : {a, b}) {
        size_t at = style.find(property);
        while (at != std::string::npos && at > 0 && style[at - 1] != ';') {
          at = style.find(property, at + 1);
        }
        if (at == std::string::npos) continue;
        const char* p = style.c_str() + at + std::strlen(property);
        char* end = nullptr;
        long n = std::strtol(p, &end, 10);
        if (end == p || n < 1 || n > 10000) return false;
        *v = static_cast<double>(n);
        return true;
      }
      return false;
    };
    double row = 0, column = 0;
    if (!line("grid-row:", "grid-row-start:", &row)) return false;
    line("grid-column:", "grid-column-start:", &column);
    *top = row * 100;
    *left = column;
    return true;
  }

  // Writes the placed blocks kept so far in reading order, top to bottom
  // (a PDF conversion writes a row's blocks and the rules under them in
  // any order): blocks at one height (within 2 pixels) are a row, one
  // alone written as its lines, several as one row of a table, left to
  // right. Blocks of no text (rules, boxes) are dropped.
  void FlushRow() {
    if (row_.empty()) return;
    std::vector<Placed> placed = std::move(row_);
    row_.clear();
    placed.erase(std::remove_if(placed.begin(), placed.end(),
                                [](const Placed& p) {
                                  return p.text.find_first_not_of(" \n") ==
                                         std::string::npos;
                                }),
                 placed.end());
    std::stable_sort(
        placed.begin(), placed.end(),
        [](const Placed& a, const Placed& b) { return a.top < b.top; });
    for (size_t i = 0; i < placed.size();) {
      size_t j = i + 1;
      while (j < placed.size() && placed[j].top - placed[i].top <= 2) ++j;
      WriteRow(placed.begin() + i, placed.begin() + j);
      i = j;
    }
  }

  // One row of placed blocks: one alone as its lines, several as one row
  // of a table, left to right.
  template <typename It>
  void WriteRow(It first, It last) {
    if (last - first == 1) {
      sink().Newline();
      std::string_view text = first->text;
      while (!text.empty()) {
        size_t nl = text.find('\n');
        sink().Line(text.substr(0, nl));
        text = nl == std::string_view::npos ? std::string_view()
                                            : text.substr(nl + 1);
      }
      return;
    }
    std::stable_sort(first, last, [](const Placed& a, const Placed& b) {
      return a.left < b.left;
    });
    HtmlTable table;
    table.StartRow();
    for (It p = first; p != last; ++p) {
      table.AddCell(std::move(p->text), p->nested, 1, 1);
    }
    table.Render(&sink());
    if (sinks_.size() > 1) sink().has_table = true;
  }

  struct Placed {
    double top, left;
    std::string text;
    bool nested;
  };
  std::vector<Placed> row_;  // placed blocks at one height, not yet written
  size_t row_depth_ = 0;     // their depth in frames_
  int placed_open_ = 0;      // placed blocks open (one inside another is
                             // read as part of it)

  std::vector<std::unique_ptr<HtmlSink>> sinks_;
  std::vector<std::unique_ptr<HtmlTable>> tables_;
  std::vector<Frame> frames_;
  std::unordered_map<const xmlChar*, Kind> kinds_;
  IxbrlCollector* ix_;
  std::vector<bool> marked_;  // facts whose start was marked in a sink
  std::string style_;  // scratch for the style attribute being read
  // A style sheet's class rules: class name -> declarations (lower case,
  // no blanks), and the sheet's text while it is read.
  std::unordered_map<std::string, std::string> class_styles_;
  std::string style_sheet_;
  bool in_style_sheet_ = false;
  size_t style_depth_ = 0;  // skip_ inside the <style> element
  static constexpr size_t kMaxStyleSheet = 1 << 20;

  // Appends to style_ the declarations of each class in `classes` (a
  // class attribute's blank-separated names) that the sheet styles.
  void AppendClassStyles(const char* classes) {
    std::string name;
    for (const char* p = classes;; ++p) {
      if (*p == '\0' || *p == ' ' || *p == '\t' || *p == '\n') {
        if (!name.empty()) {
          auto it = class_styles_.find(name);
          if (it != class_styles_.end()) {
            style_ += it->second;
            style_ += ';';
          }
          name.clear();
        }
        if (*p == '\0') break;
        continue;
      }
      name.push_back(*p);
    }
  }
  size_t open_ = 0;    // elements open in the parser
  size_t skip_ = 0;    // > 0 inside an element whose content is not read
  int pre_ = 0;
  bool started_ = false;
};

void IgnoreGenericError(void*, const char*, ...) {}
void IgnoreStructuredError(void*, xmlErrorPtr) {}

void InitLibxml() {
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
  // libxml2 keeps error handlers per thread; silence them on this thread.
  xmlSetGenericErrorFunc(nullptr, IgnoreGenericError);
  xmlSetStructuredErrorFunc(nullptr, IgnoreStructuredError);
}

bool OnlyWhiteSpace(std::string_view s) {
  for (char c : s) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
      return false;
    }
  }
  return true;
}

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f'; }

// "<ix:" near anywhere: inline XBRL headers sit after the cover page in
// some documents, so the whole input is searched (memchr-fast).
bool HasInlineXbrl(std::string_view html) {
  for (size_t at = html.find('<'); at != std::string_view::npos;
       at = html.find('<', at + 1)) {
    if (at + 4 <= html.size() && (html[at + 1] | 0x20) == 'i' &&
        (html[at + 2] | 0x20) == 'x' && html[at + 3] == ':') {
      return true;
    }
  }
  return false;
}

}  // namespace

Result<std::string> HtmlToText(std::string_view html, bool valid_utf8,
                               std::vector<IxbrlFact>* facts) {
  if (facts != nullptr) facts->clear();
  if (OnlyWhiteSpace(html)) return std::string();
  if (html.size() > static_cast<size_t>(INT_MAX)) {
    return Status::Error("HTML document over 2 GiB");
  }
  InitLibxml();

  // Decide the encoding ourselves: EDGAR declares iso-8859-1 for
  // Windows-1252 bytes, and often declares nothing. Valid UTF-8 is taken as
  // UTF-8 whatever the declaration says (Latin-1 text is practically never
  // valid UTF-8); Latin-family bytes are converted here; other declared
  // charsets (Shift_JIS, ...) are left to libxml2's converters.
  std::string converted;
  std::string_view input = html;
  std::string encoding = "UTF-8";
  if (!valid_utf8 && !IsValidUtf8(html)) {
    std::string declared = DeclaredCharset(html);
    xmlCharEncodingHandlerPtr handler =
        declared.empty() || IsLatinFamily(declared) || declared == "utf-8"
            ? nullptr
            : xmlFindCharEncodingHandler(declared.c_str());
    if (handler != nullptr) {
      xmlCharEncCloseFunc(handler);
      encoding = declared;
    } else {
      converted = ToUtf8(html, DetectEncoding(html));
      input = converted;
    }
  }

  int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_NODEFDTD |
                HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE;
  htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
  if (ctxt == nullptr) return Status::Error("libxml2: out of memory");
  // Only documents that tag inline XBRL pay for the collector.
  std::unique_ptr<IxbrlCollector> ix;
  if (facts != nullptr && HasInlineXbrl(input)) {
    ix = std::make_unique<IxbrlCollector>();
  }
  Walker walker(ix.get());
  walker.Attach(ctxt);
  htmlDocPtr doc =
      htmlCtxtReadMemory(ctxt, input.data(), static_cast<int>(input.size()),
                         nullptr, encoding.c_str(), options);
  if (doc != nullptr) xmlFreeDoc(doc);  // none is built; the walker reads
  htmlFreeParserCtxt(ctxt);
  if (!walker.started()) {
    return Status::Error("libxml2 could not parse the HTML");
  }
  std::string text = walker.Finish();
  if (ix != nullptr) {
    *facts = ix->Finish();
    std::vector<MarkedSpan> spans;
    StripMarks(&text, &spans);
    for (size_t i = 0; i < facts->size() && i < spans.size(); ++i) {
      IxbrlFact& f = (*facts)[i];
      size_t b = spans[i].start, e = spans[i].end;
      if (b == std::string::npos || e == std::string::npos || e <= b ||
          e > text.size()) {
        continue;
      }
      while (b < e && IsBlank(text[b])) ++b;
      while (e > b && IsBlank(text[e - 1])) --e;
      if (b < e) {
        f.start = b;
        f.end = e;
      }
    }
  }
  return text;
}

// True when `s` starts with `lower` (lower-case ASCII), case aside.
bool StartsWithLower(std::string_view s, std::string_view lower) {
  if (s.size() < lower.size()) return false;
  for (size_t i = 0; i < lower.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
    if (c != lower[i]) return false;
  }
  return true;
}

bool LooksLikeHtml(std::string_view bytes) {
  static constexpr std::string_view kStrong[] = {"<html", "<!doctype html",
                                                 "<body", "<head>", "<meta "};
  // EDGAR's own text markup uses <TABLE>, <CAPTION>, <S>, <C>, <FN> and
  // <PAGE>, so those say nothing; these tags only occur in HTML.
  static constexpr std::string_view kWeak[] = {
      "<div", "<p>", "<p ", "<font", "<br>",    "<br/",     "<br ", "<td",
      "<tr",  "<b>", "<i>", "<span", "<a href", "<center>", "<hr"};
  std::string_view head = bytes.substr(0, 8192);
  // Every tag starts with '<': one pass over those, each tested against
  // the lists, instead of a search of the whole head per tag.
  bool seen[std::size(kWeak)] = {};
  int weak = 0;
  for (size_t at = head.find('<'); at != std::string_view::npos;
       at = head.find('<', at + 1)) {
    std::string_view rest = head.substr(at);
    for (std::string_view strong : kStrong) {
      if (StartsWithLower(rest, strong)) return true;
    }
    for (size_t k = 0; k < std::size(kWeak); ++k) {
      if (!seen[k] && StartsWithLower(rest, kWeak[k])) {
        seen[k] = true;
        ++weak;
      }
    }
  }
  size_t first = head.find_first_not_of(" \t\r\n");
  bool starts_with_tag = first != std::string::npos && head[first] == '<';
  return weak >= 2 || (weak >= 1 && starts_with_tag);
}

}  // namespace secx
