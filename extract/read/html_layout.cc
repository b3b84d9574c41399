#include "extract/read/html_layout.h"

#include <algorithm>
#include <cstdlib>

#include "extract/read/encoding.h"

namespace secx {

void HtmlSink::Text(const unsigned char* s, size_t n, bool pre) {
  for (size_t i = 0; i < n; ++i) {
    unsigned char c = s[i];
    if (c > 0x20 && c < 0x7F) {
      // A run of printable ASCII goes out in one append; visible_ still
      // counts its characters one by one.
      size_t run = i + 1;
      while (run < n && s[run] > 0x20 && s[run] < 0x7F) ++run;
      Visible(reinterpret_cast<const char*>(s + i), run - i);
      visible_ += run - i - 1;
      i = run - 1;
      continue;
    }
    if (c < 0x80) {
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
          c == '\v') {
        if (!pre) {
          pending_space_ = true;
        } else if (c == '\n') {
          if (line_start_) {
            BlankLine();
          } else {
            Newline();
          }
        } else if (c == '\f') {
          PageBreak();
        } else if (c != '\r') {
          Put(' ');
        }
        continue;
      }
      if (c < 0x20 || c == 0x7F) continue;  // other controls
      Visible(reinterpret_cast<const char*>(s + i), 1);
      continue;
    }
    size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    if (i + len > n) len = n - i;
    // Unicode spaces behave like ' '; zero-width characters and the soft
    // hyphen vanish, as they do on screen.
    if (len == 2 && c == 0xC2 && s[i + 1] == 0xA0) {
      pre ? Put(' ') : void(pending_space_ = true);
    } else if (len == 2 && c == 0xC2 && s[i + 1] >= 0x80 && s[i + 1] <= 0x9F) {
      // C1 controls come from references like "&#147;", which HTML reads
      // as Windows-1252 (raw bytes were converted before parsing).
      std::string cp;
      AppendUtf8(Windows1252ToUnicode(s[i + 1]), &cp);
      Visible(cp.data(), cp.size());
    } else if (len == 2 && c == 0xC2 && s[i + 1] == 0xAD) {
      // soft hyphen
    } else if (len == 3 && c == 0xE2 && s[i + 1] == 0x80 &&
               (s[i + 2] <= 0x8A || s[i + 2] == 0xAF)) {
      pre ? Put(' ') : void(pending_space_ = true);
    } else if (len == 3 && c == 0xE2 && s[i + 1] == 0x80 &&
               (s[i + 2] >= 0x8B && s[i + 2] <= 0x8D)) {
      // zero-width space / joiners
    } else if (len == 3 && c == 0xE2 && s[i + 1] == 0x80 &&
               (s[i + 2] >= 0x90 && s[i + 2] <= 0x92)) {
      // Hyphen, non-breaking hyphen and figure dash look like '-' and are
      // read as one ("(412) 555-0137", "25-1234567" typeset with them).
      Visible("-", 1);
    } else if (len == 3 && c == 0xE2 && s[i + 1] == 0x80 && s[i + 2] == 0x93 &&
               !pending_space_ && pending_marks_.empty() && !out_.empty() &&
               std::isdigit(static_cast<unsigned char>(out_.back()))) {
      // An en dash between two digits joins a number's groups as a hyphen
      // does ("555–0137", "15212–4102", "2021–2023"): Visible makes it
      // one if a digit follows right after it.
      Visible(reinterpret_cast<const char*>(s + i), len);
      en_dash_at_ = out_.size() - len;
    } else if (len == 3 && c == 0xE3 && s[i + 1] == 0x80 && s[i + 2] == 0x80) {
      pre ? Put(' ') : void(pending_space_ = true);
    } else if (len == 3 && c == 0xEF && s[i + 1] == 0xBB && s[i + 2] == 0xBF) {
      // byte-order mark
    } else {
      Visible(reinterpret_cast<const char*>(s + i), len);
    }
    i += len - 1;
  }
}

void HtmlSink::FlushMarks() {
  for (unsigned id : pending_marks_) {
    out_.push_back(kMarkStart);
    out_ += std::to_string(id);
    out_.push_back(kMarkClose);
  }
  pending_marks_.clear();
}

void HtmlSink::MarkEnd(unsigned id) {
  auto it = std::find(pending_marks_.begin(), pending_marks_.end(), id);
  if (it != pending_marks_.end()) {
    pending_marks_.erase(it);  // nothing visible since its start
    return;
  }
  size_t at = out_.size();
  while (at > 0 && (out_[at - 1] == ' ' || out_[at - 1] == '\n' ||
                    out_[at - 1] == '\f')) {
    --at;
  }
  std::string mark(1, kMarkEnd);
  mark += std::to_string(id);
  mark.push_back(kMarkClose);
  out_.insert(at, mark);
}

void StripMarks(std::string* text, std::vector<MarkedSpan>* spans) {
  std::string& t = *text;
  size_t w = 0;
  for (size_t r = 0; r < t.size();) {
    char c = t[r];
    if (c != kMarkStart && c != kMarkEnd) {
      t[w++] = t[r++];
      continue;
    }
    size_t close = t.find(kMarkClose, r + 1);
    if (close == std::string::npos) break;  // cannot happen: marks are whole
    unsigned id =
        static_cast<unsigned>(std::strtoul(t.c_str() + r + 1, nullptr, 10));
    if (spans->size() <= id) spans->resize(id + 1);
    MarkedSpan& s = (*spans)[id];
    if (c == kMarkStart) {
      if (s.start == std::string::npos) s.start = w;
    } else {
      s.end = w;
    }
    r = close + 1;
  }
  t.resize(w);
}

void HtmlSink::PageBreak() {
  if (!pages_) {
    Newline();
    return;
  }
  Newline();
  if (!content_since_page_) return;
  while (!out_.empty() && out_.back() == '\n' && out_.size() >= 2 &&
         out_[out_.size() - 2] == '\n') {
    out_.pop_back();  // no blank line before a page break
  }
  out_.push_back('\f');
  content_since_page_ = false;
}

void HtmlTable::AddCell(std::string text, bool nested, int colspan,
                        int rowspan) {
  if (rows_.empty()) StartRow();
  while (next_col_ < static_cast<int>(occupied_.size()) &&
         occupied_[next_col_] > 0) {
    ++next_col_;
  }
  HtmlCell cell;
  cell.col = next_col_;
  cell.nested = nested;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    size_t b = pos, e = nl;
    while (b < e && (text[b] == ' ' || text[b] == '\f')) ++b;
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\f')) --e;
    if (e > b) cell.lines.emplace_back(text, b, e - b);
    pos = nl + 1;
  }
  if (rowspan > 1) {
    if (busy_.size() < static_cast<size_t>(next_col_ + colspan)) {
      busy_.resize(next_col_ + colspan, 0);
    }
    for (int j = next_col_; j < next_col_ + colspan; ++j) {
      busy_[j] = std::max(busy_[j], rowspan - 1);
    }
  }
  next_col_ += colspan;
  if (!cell.lines.empty()) rows_.back().push_back(std::move(cell));
}

namespace {

// Where a cell's closing caption starts: the last line that opens with
// "(" when the lines from it to the cell's end close it again ("(State or
// other jurisdiction of" over "incorporation)"); npos when the cell ends
// in no caption.
size_t CaptionStart(const std::vector<std::string>& lines) {
  if (lines.empty() || lines.back().back() != ')') return std::string::npos;
  int depth = 0;
  for (size_t k = lines.size(); k-- > 0;) {
    for (char ch : lines[k]) depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
    if (lines[k].front() == '(' && depth == 0) return k;
    if (depth > 0) break;
  }
  return std::string::npos;
}

}  // namespace

void HtmlTable::StackFlexItems() {
  for (std::vector<HtmlCell>& row : rows_) {
    int several = 0;
    bool long_item = false;
    for (const HtmlCell& c : row) {
      several += c.lines.size() > 1;
      long_item |= c.lines.size() > 8;
    }
    if (several <= 1 && !long_item) continue;
    for (HtmlCell& c : row) c.nested |= c.lines.size() > 1;
  }
}

void HtmlTable::Render(HtmlSink* out) const {
  int ncols = 0;
  for (const auto& row : rows_) {
    for (const HtmlCell& c : row) ncols = std::max(ncols, c.col + 1);
  }
  // Only columns where some cell with text starts are kept.
  std::vector<int> index(ncols, -1);
  for (const auto& row : rows_) {
    for (const HtmlCell& c : row) index[c.col] = 0;
  }
  int kept = 0;
  for (int& i : index) {
    if (i == 0) i = kept++;
  }
  std::vector<const HtmlCell*> slots(kept);
  std::vector<size_t> shift(kept);  // blank lines over each slot's cell
  std::string line;
  for (const auto& row : rows_) {
    if (row.empty()) continue;
    bool nested = false;
    size_t height = 0;
    for (const HtmlCell& c : row) {
      nested |= c.nested;
      height = std::max(height, c.lines.size());
    }
    // Cells each holding a stack of fields with their captions, out of
    // step ("Petravale Foods, Inc." over "(Exact name ...)" over the
    // address beside "(State ...)" over "Nevada"): written line by line,
    // captions would stand beside other fields' values, so each stack is
    // written whole. (A stack beside lines without captions, or stacks in
    // step, are written line by line as ever.)
    if (row.size() >= 2 && !nested) {
      std::vector<std::vector<size_t>> at;  // caption lines, per cell
      size_t most = 0;
      for (const HtmlCell& c : row) {
        std::vector<size_t> k;
        for (size_t i = 0; i < c.lines.size(); ++i) {
          const std::string& l = c.lines[i];
          if (!l.empty() && l.front() == '(' && l.back() == ')') k.push_back(i);
        }
        most = std::max(most, k.size());
        if (!k.empty()) at.push_back(std::move(k));
      }
      nested =
          most >= 2 && at.size() >= 2 &&
          std::any_of(at.begin(), at.end(), [&](const std::vector<size_t>& k) {
            return k != at.front();
          });
    }
    if (nested) {
      // A layout table around another table: rows of the inner table
      // already carry tabs, so cells are written one after the other.
      for (const HtmlCell& c : row) {
        for (const std::string& l : c.lines) out->Line(l);
      }
      continue;
    }
    std::fill(slots.begin(), slots.end(), nullptr);
    std::fill(shift.begin(), shift.end(), 0);
    for (const HtmlCell& c : row) slots[index[c.col]] = &c;
    // A row of values each over its caption, the captions of unequal
    // height ("200 Park Avenue<p>New York, New York<p>(Address ...)" beside
    // "10166<p>(Zip Code)"): the cells are aligned at their captions'
    // first lines, so that each value stays over its caption as printed.
    // (`shift` holds each caption's first line until the top one is
    // known.)
    if (row.size() >= 2) {
      size_t top = 0;
      bool all = true;
      for (const HtmlCell& c : row) {
        size_t k = CaptionStart(c.lines);
        all = all && k != std::string::npos;
        if (!all) break;
        shift[index[c.col]] = k;
        top = std::max(top, k);
      }
      if (all) {
        height = 0;
        for (const HtmlCell& c : row) {
          size_t& s = shift[index[c.col]];
          s = top - s;
          height = std::max(height, s + c.lines.size());
        }
      } else {
        std::fill(shift.begin(), shift.end(), 0);
      }
    }
    for (size_t k = 0; k < height; ++k) {
      line.clear();
      size_t tabs = 0;
      for (size_t s = 0; s < slots.size(); ++s) {
        const HtmlCell* c = slots[s];
        if (c != nullptr && k >= shift[s] && k - shift[s] < c->lines.size()) {
          line.append(tabs, '\t');
          tabs = 0;
          line += c->lines[k - shift[s]];
        }
        ++tabs;
      }
      out->Line(line);
    }
  }
}

}  // namespace secx
