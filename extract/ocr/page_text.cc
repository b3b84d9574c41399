#include "extract/ocr/page_text.h"

#include <algorithm>
#include <cmath>

namespace secx {
namespace {

// Gap between two words of one Tesseract line, in character widths, above
// which the second word is placed by its x position instead of after a
// single space (a tab stop or a column boundary, not a word space).
constexpr double kColumnGap = 2.5;
// Words whose glyphs are this many times the page's median character
// width are in a type of their own (typed values on a printed form).
constexpr double kWideType = 1.5;
// Vertical gap between rows, in line heights, that marks a blank line.
constexpr double kBlankLineGap = 0.8;
// A word with a letter or digit whose box is under this share of the
// median word height is no text: the shortest glyphs (x-height letters,
// "or", "we") are about 0.7 of the median, while the "words" Tesseract
// reads into a drawn rule ("=====" turned into "EE SSS e252", 5-15 px high
// among 35 px words) are flat. Only words Tesseract itself doubts are
// dropped.
constexpr double kMinTextHeight = 0.45;
constexpr float kRuleArtefactMaxConfidence = 80.0f;

size_t CodePoints(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

double Median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::nth_element(v.begin(), v.begin() + v.size() / 2, v.end());
  return v[v.size() / 2];
}

// Which words are text: all but letters and digits read into drawn rules
// (see kMinTextHeight).
std::vector<bool> TextWords(const Reading& r) {
  std::vector<bool> keep(r.words.size(), true);
  double median = MedianTextHeight(r);
  if (median <= 0) return keep;  // too few words to know the size
  for (size_t i = 0; i < r.words.size(); ++i) {
    const OcrWord& w = r.words[i];
    keep[i] = !(HasAlnum(w.text) &&
                w.box.bottom - w.box.top < kMinTextHeight * median &&
                w.confidence < kRuleArtefactMaxConfidence);
  }
  return keep;
}

// A visual row: Tesseract lines whose vertical extents mostly overlap.
struct Row {
  int top = 0;
  int bottom = 0;
  std::vector<size_t> words;  // indexes into Reading::words
  std::vector<size_t> lines;  // the Tesseract lines joined
};

// Two words share columns (more than a glyph's sliver). Lines of one
// visual row sit side by side, so lines with such words are stacked, not
// one row. (Line boxes would not do: Tesseract may read a row's outer
// cells as one line around a cell it read as another.)
bool SharesColumns(const Box& a, const Box& b) {
  int overlap = std::min(a.right, b.right) - std::max(a.left, b.left);
  int narrower = std::min(a.right - a.left, b.right - b.left);
  return narrower > 0 && overlap * 4 > narrower;
}

bool LinesStacked(const std::vector<size_t>& a, const std::vector<size_t>& b,
                  const Reading& r) {
  for (size_t i : a) {
    for (size_t j : b) {
      if (SharesColumns(r.words[i].box, r.words[j].box)) return true;
    }
  }
  return false;
}

// Vertical extent of each Tesseract line, from its words (the line box from
// the iterator includes blank words Tesseract dropped).
std::vector<Box> LineBoxes(const Reading& r, const std::vector<bool>& keep,
                           std::vector<bool>* used) {
  std::vector<Box> boxes(r.lines.size());
  used->assign(r.lines.size(), false);
  for (size_t i = 0; i < r.words.size(); ++i) {
    if (!keep[i]) continue;
    const OcrWord& w = r.words[i];
    Box& b = boxes[w.line];
    if (!(*used)[w.line]) {
      b = w.box;
      (*used)[w.line] = true;
    } else {
      b.left = std::min(b.left, w.box.left);
      b.top = std::min(b.top, w.box.top);
      b.right = std::max(b.right, w.box.right);
      b.bottom = std::max(b.bottom, w.box.bottom);
    }
  }
  return boxes;
}

std::vector<Row> GroupRows(const Reading& r, const std::vector<bool>& keep,
                           const std::vector<Box>& boxes,
                           const std::vector<bool>& used) {
  std::vector<size_t> order;
  for (size_t i = 0; i < boxes.size(); ++i) {
    if (used[i]) order.push_back(i);
  }
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return boxes[a].top + boxes[a].bottom < boxes[b].top + boxes[b].bottom;
  });
  std::vector<std::vector<size_t>> words_of(boxes.size());
  for (size_t i = 0; i < r.words.size(); ++i) {
    if (keep[i]) words_of[r.words[i].line].push_back(i);
  }
  std::vector<Row> rows;
  std::vector<int> row_of_line(boxes.size(), -1);
  Box anchor;  // first line of the current row: comparing with it, not with
               // the growing row, keeps a slight residual skew from
               // chaining consecutive rows together
  for (size_t li : order) {
    const Box& b = boxes[li];
    bool joined = false;
    if (!rows.empty()) {
      int overlap =
          std::min(anchor.bottom, b.bottom) - std::max(anchor.top, b.top);
      int smaller = std::min(anchor.bottom - anchor.top, b.bottom - b.top);
      Row& row = rows.back();
      // A small-print line beside a tall box ("FORM X-17A-5" beside two
      // lines of heading) overlaps the box's height, and so would two
      // stacked lines of the heading: the second starts its own row.
      bool stacked = false;
      for (size_t other : row.lines) {
        stacked = stacked || LinesStacked(words_of[other], words_of[li], r);
      }
      if (smaller > 0 && overlap * 2 >= smaller && !stacked) {
        row.lines.push_back(li);
        row.top = std::min(row.top, b.top);
        row.bottom = std::max(row.bottom, b.bottom);
        row_of_line[li] = static_cast<int>(rows.size()) - 1;
        joined = true;
      }
    }
    if (!joined) {
      Row row;
      row.top = b.top;
      row.bottom = b.bottom;
      row.lines.push_back(li);
      rows.push_back(row);
      anchor = b;
      row_of_line[li] = static_cast<int>(rows.size()) - 1;
    }
  }
  for (size_t i = 0; i < r.words.size(); ++i) {
    if (keep[i]) rows[row_of_line[r.words[i].line]].words.push_back(i);
  }
  for (Row& row : rows) {
    std::stable_sort(row.words.begin(), row.words.end(),
                     [&](size_t a, size_t b) {
                       return r.words[a].box.left < r.words[b].box.left;
                     });
  }
  return rows;
}

// A word's mean glyph width, for words of three characters or more (0
// otherwise: a short word's box is mostly side bearing).
double GlyphWidth(const OcrWord& w) {
  size_t n = CodePoints(w.text);
  return n >= 3 ? double(w.box.right - w.box.left) / n : 0.0;
}

}  // namespace

PageLayout LayOutPage(const Reading& r) {
  PageLayout out;
  out.word_spans.assign(r.words.size(), {0, 0});
  if (r.words.empty()) return out;

  // Character column width: the median glyph width over words of two or
  // more characters, so that one wide heading does not stretch the grid.
  std::vector<bool> keep = TextWords(r);
  std::vector<double> glyph_w, heights;
  int margin = -1;
  for (size_t i = 0; i < r.words.size(); ++i) {
    if (!keep[i]) continue;
    const OcrWord& w = r.words[i];
    if (margin < 0) margin = w.box.left;
    size_t n = CodePoints(w.text);
    if (n >= 2) glyph_w.push_back(double(w.box.right - w.box.left) / n);
    heights.push_back(w.box.bottom - w.box.top);
    margin = std::min(margin, w.box.left);
  }
  double line_h = std::max(1.0, Median(heights));
  double cw = Median(glyph_w);
  if (cw <= 0) cw = line_h * 0.5;
  out.char_width = cw;

  std::vector<bool> used;
  std::vector<Box> boxes = LineBoxes(r, keep, &used);
  std::vector<Row> rows = GroupRows(r, keep, boxes, used);

  std::string& t = out.text;
  int prev_bottom = -1;
  for (const Row& row : rows) {
    if (prev_bottom >= 0 && row.top - prev_bottom > kBlankLineGap * line_h) {
      t += '\n';
    }
    prev_bottom = row.bottom;
    size_t cursor = 0;  // columns used on this row
    const OcrWord* prev = nullptr;
    for (size_t wi : row.words) {
      const OcrWord& w = r.words[wi];
      size_t col = static_cast<size_t>(
          std::max(0.0, std::round((w.box.left - margin) / cw)));
      if (prev == nullptr) {
        t.append(col, ' ');
        cursor = col;
      } else {
        // Character widths of the words' own type when both are in a much
        // wider one: a typewriter's glyphs among a form's small print
        // space their words wider than the page's median character.
        double own = std::min(GlyphWidth(*prev), GlyphWidth(w));
        if (own < kWideType * cw) own = cw;
        bool word_space = prev->line == w.line &&
                          w.box.left - prev->box.right < kColumnGap * own;
        size_t pad = 1;
        // A column boundary: at least two blanks, so it stays visible even
        // when the text before it ran wider than its pixels.
        if (!word_space) pad = col > cursor + 2 ? col - cursor : 2;
        t.append(pad, ' ');
        cursor += pad;
      }
      out.word_spans[wi] = {t.size(), t.size() + w.text.size()};
      t += w.text;
      cursor += CodePoints(w.text);
      prev = &w;
    }
    t += '\n';
  }
  return out;
}

}  // namespace secx
