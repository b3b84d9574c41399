#include "extract/cover/above.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "extract/cover/columns.h"
#include "extract/cover/dates.h"
#include "extract/states.h"

namespace secx {
namespace cover {
namespace {

// How many non-blank lines under a caption may hold its value, and how far
// an address block reaches.
constexpr int kValueLines = 3;
constexpr int kAddressLines = 4;
// How far right of its caption an address line may start.
constexpr int kAddressIndent = 60;
// A caption names the cells starting under it; a short caption ("SEC FILE
// NUMBER") still names a value a little wider than itself.
constexpr int kMinSpan = 24;
// Cells a spaced-out caption may span.
constexpr size_t kMergeCells = 4;

struct Caption {
  size_t line = 0;
  LayoutCell cell;  // the caption's cell, or its cells when spaced out
  LabelInfo info;
  bool tabbed = false;  // its line is TAB-separated cells (an HTML row)
};

// Cell `first` joined with the cells after it on its line up to `last`:
// the text spans the original bytes between them.
LayoutCell Joined(const LayoutCell& first, const LayoutCell& last) {
  LayoutCell j = first;
  j.end = last.end;
  j.col_end = last.col_end;
  j.text = std::string_view(
      first.text.data(), last.text.data() + last.text.size() - first.text.data());
  return j;
}

bool Blankish(const Line& l) {
  return l.kind == LineKind::kBlank || l.kind == LineKind::kRule ||
         l.kind == LineKind::kMarkup;
}

LabelKind KindOf(std::string_view text) { return ClassifyLabel(text).kind; }

// Columns between a caption and a remark that continues it.
constexpr int kRemarkGap = 20;

// A form-box caption wrapped in its narrow box ("SEC FILE" over "NUMBER"):
// the cell and the cell under it on the next line, when together (and not
// the lower alone) they are a caption of a field with its value below. The
// caption then stands on the lower line, so its value is looked for under
// that, and it spans both cells' columns.
Caption WrappedCaption(const std::vector<Line>& lines, size_t i,
                       const LayoutCell& upper) {
  Caption none{i, upper, {}};
  if (i + 1 >= lines.size() || Trim(upper.text).size() < 3) return none;
  const Line& next = lines[i + 1];
  for (const LayoutCell& lower : next.cells) {
    if (lower.col_start >= upper.col_end || lower.col_end <= upper.col_start) {
      continue;
    }
    if (ClassifyLabel(lower.text).kind != LabelKind::kNone) return none;
    std::string joined = std::string(Trim(upper.text)) + " " +
                         std::string(Trim(lower.text));
    LabelInfo info = ClassifyLabel(joined);
    if (info.kind == LabelKind::kNone || info.kind == LabelKind::kOther ||
        (info.place != ValuePlace::kBelow &&
         info.place != ValuePlace::kEither)) {
      return none;
    }
    // The whole lower cell is caption: no value after it.
    if (info.caption_end < joined.size()) return none;
    Caption cap{i + 1, lower, info};
    cap.cell.col_start = std::min(upper.col_start, lower.col_start);
    cap.cell.col_end = std::max(upper.col_end, lower.col_end);
    cap.info.caption_end = lower.text.size();
    return cap;
  }
  return none;
}

// The captions on line i, a caption spaced out over several cells ("NAME
// OF BROKER       DEALER" from a PDF text layer) read as one.
std::vector<Caption> CaptionsOf(const std::vector<Line>& lines, size_t i) {
  std::vector<Caption> out;
  const std::vector<LayoutCell>& cells = lines[i].cells;
  for (size_t k = 0; k < cells.size(); ++k) {
    if (Trim(cells[k].text).empty()) continue;
    Caption cap{i, cells[k], ClassifyLabel(cells[k].text)};
    for (size_t m = k + 1; cap.info.kind == LabelKind::kNone &&
                           m < cells.size() && m < k + kMergeCells;
         ++m) {
      LayoutCell merged = Joined(cells[k], cells[m]);
      LabelInfo info = ClassifyLabel(FoldSpace(merged.text));
      if (info.kind == LabelKind::kNone) continue;
      // Offsets into the folded text do not hold in the original.
      info.caption_end = merged.text.size();
      cap.cell = merged;
      cap.info = info;
      k = m;
    }
    if (cap.info.kind == LabelKind::kNone) {
      cap = WrappedCaption(lines, i, cells[k]);
    }
    if (cap.info.kind == LabelKind::kNone) continue;
    cap.tabbed = lines[i].has_tab;
    // A form-box caption's remark spaced out after it ("INDEPENDENT PUBLIC
    // ACCOUNTANT   whose opinion is contained   in this Report") belongs
    // to it: the caption spans it, so the value under the remark is under
    // the caption and the remark's words are never its value.
    if (!out.empty() && cap.info.kind == LabelKind::kOther &&
        out.back().info.kind != LabelKind::kOther &&
        out.back().info.place != ValuePlace::kAbove &&
        cap.cell.col_start - out.back().cell.col_end <= kRemarkGap &&
        out.back().cell.end <= cap.cell.start) {
      out.back().cell = Joined(out.back().cell, cap.cell);
      continue;
    }
    out.push_back(cap);
  }
  return out;
}

// A caption that only names parts of a block, or a form box: it neither
// holds a value nor ends the block above it.
bool IsPartCaption(LabelKind k) {
  return k == LabelKind::kAddressPart || k == LabelKind::kZip ||
         k == LabelKind::kOther || k == LabelKind::kPhone;
}

// True when line i holds a caption of a field (not a part caption or a
// form box).
bool HasFieldCaption(const std::vector<Line>& lines, size_t i) {
  for (const Caption& c : CaptionsOf(lines, i)) {
    if (!IsPartCaption(c.info.kind)) return true;
  }
  return false;
}

// A cell of line `l` under the caption: in the caption's slot when both
// lines are TAB-separated cells (an HTML table's rows align by cell, not
// by text width), else by column overlap.
bool Under(const Line& l, const LayoutCell& c, const Caption& cap) {
  if (l.has_tab && cap.tabbed) return c.tab_index == cap.cell.tab_index;
  int from = cap.cell.col_start - 4;
  int to = std::max(cap.cell.col_end, cap.cell.col_start + kMinSpan);
  return c.col_start < to && c.col_end > from;
}

// A cell joined with the cells after it on its line, for text a PDF text
// layer or OCR spaced out ("RBC Capital     Markets     Corporation"):
// cells follow while they are not captions and the gap before each is at
// most kRunGap columns. The text spans the original bytes.
constexpr int kRunGap = 20;
// How far along a colon caption's line its value may be when nothing is
// under the caption.
constexpr int kFarGap = 40;
LayoutCell NameRun(const Line& l, const LayoutCell* first) {
  LayoutCell run = *first;
  bool after = false;
  for (const LayoutCell& c : l.cells) {
    if (&c == first) {
      after = true;
      continue;
    }
    if (!after) continue;
    if (c.col_start - run.col_end > kRunGap ||
        KindOf(c.text) != LabelKind::kNone) {
      break;
    }
    run = Joined(run, c);
  }
  return run;
}

void Emit(const char* field, std::string value, size_t start, size_t end,
          double confidence, const std::string& rule, std::vector<Hit>* out) {
  AddHit(field, std::move(value), start, end, confidence, rule, 0, out);
}


// A remark after a caption, its parenthesis perhaps read as a brace ("(Do
// not use P.O. Box No.)", "{Do not use").
bool Remark(std::string_view rest) {
  return !rest.empty() && (rest.front() == '(' || rest.front() == '{');
}

// A value of the caption's typed field that opens with a parenthesis: the
// area code of "Telephone: (503) 555-0108".
bool TypedValue(const Caption& cap, std::string_view rest) {
  return TypedKind(cap.info.kind) && cap.info.kind != LabelKind::kState &&
         !NormalFor(cap.info.kind, rest.substr(0, rest.find(';'))).empty();
}

// The value printed after the caption's words in its own cell:
// "NAME OF BROKER-DEALER: Acme Securities, Inc.". Only after a colon; a
// remark such as "(Do not use P.O. Box No.)" is not a value.
std::string_view TailValue(const Caption& cap) {
  std::string_view t = cap.cell.text;
  if (cap.info.caption_end >= t.size()) return {};
  std::string_view rest = t.substr(cap.info.caption_end);
  // A caption whose words end in their colon ("Telephone:") has its value
  // right after it, not after a later colon ("Telephone: +81-3-5909-0123;
  // Facsimile: +81-3-5909-0124"); a value of a typed field ends at a
  // semicolon.
  std::string_view words = Trim(t.substr(0, cap.info.caption_end));
  if (!words.empty() && words.back() == ':') {
    rest = Trim(rest);
    if (TypedKind(cap.info.kind) && cap.info.kind != LabelKind::kState) {
      rest = Trim(rest.substr(0, rest.find(';')));
    }
    if (rest.empty() || (Remark(rest) && !TypedValue(cap, rest))) return {};
    return rest;
  }
  size_t colon = rest.find(':');
  // "File No. 000-55412": a typed field's value right after its caption,
  // without a colon, when the rest of the cell is that value and nothing
  // more.
  if (colon == std::string_view::npos) {
    std::string_view typed = TypedRestValue(cap.info.kind, rest);
    if (!typed.empty()) return typed;
  }
  if (colon == std::string_view::npos ||
      !ColonNear(cap.info.caption_end, colon)) {
    // A form box's name typed right after its caption, as a text layer
    // gives it ("NAME OF BROKER-DEALER Morgan Stanley Co LLC"): the rest of
    // the cell, when it opens like a name and is no caption or remark.
    if (cap.info.kind != LabelKind::kName ||
        cap.info.place != ValuePlace::kBelow) {
      return {};
    }
    rest = Trim(rest);
    if (rest.empty() ||
        !(std::isupper(static_cast<unsigned char>(rest.front())) ||
          std::isdigit(static_cast<unsigned char>(rest.front()))) ||
        KindOf(rest) != LabelKind::kNone) {
      return {};
    }
    return rest;
  }
  rest = Trim(rest.substr(colon + 1));
  if (rest.empty() || (Remark(rest) && !TypedValue(cap, rest))) return {};
  return rest;
}

// Lines under the caption that may hold its value: up to `max` non-blank
// lines, stopping at a line that opens another field's caption.
std::vector<const Line*> LinesBelow(const std::vector<Line>& lines,
                                    const Caption& cap, int max) {
  std::vector<const Line*> out;
  int blanks = 0;
  for (size_t j = cap.line + 1; j < lines.size(); ++j) {
    const Line& l = lines[j];
    if (Blankish(l)) {
      if (++blanks > 2) break;
      continue;
    }
    blanks = 0;
    if (HasFieldCaption(lines, j)) break;
    out.push_back(&l);
    if (static_cast<int>(out.size()) >= max) break;
  }
  return out;
}

// The first cell under the caption that is not itself a caption, nor
// specks of ink ("|", "i") beside the value.
const LayoutCell* ValueCellUnder(const Line& l, const Caption& cap) {
  for (const LayoutCell& c : l.cells) {
    if (Under(l, c, cap) && !Specks(Trim(c.text)) &&
        KindOf(c.text) == LabelKind::kNone) {
      return &c;
    }
  }
  return nullptr;
}

// The last words of a caption wrapped onto the next line ("OFFICIAL USE"
// over "ONLY"): the cell, put after the last cell of the line above, makes
// a caption that the cell above alone is not, or is only when nothing
// follows it (a caption row that knows the wrap: "OFFICIAL USE" ending
// the text). A caption followed by its value ("NAME OF BROKER-DEALER:"
// over the name) stays a caption with any word after it.
bool WrappedCaptionTail(const std::vector<Line>& lines, const Line& l,
                        const LayoutCell& c) {
  size_t j = static_cast<size_t>(&l - lines.data());
  while (j-- > 0) {
    if (Blankish(lines[j])) continue;
    if (lines[j].cells.empty()) return false;
    std::string last(Trim(lines[j].cells.back().text));
    if (KindOf(last) != LabelKind::kNone &&
        KindOf(last + " Value") != LabelKind::kNone) {
      return false;
    }
    return KindOf(last + " " + std::string(Trim(c.text))) != LabelKind::kNone;
  }
  return false;
}

// A value read beside its caption runs up to the next caption on the line
// ("on | OFFICIAL USE ONLY" after "NAME OF BROKER-DEALER:" is a speck and a
// form box's caption): the words before it, with the marks at its end.
std::string_view CutAtCaption(std::string_view v) {
  for (size_t i = 1; i < v.size(); ++i) {
    if (v[i - 1] != ' ' && v[i - 1] != '|') continue;
    if (v[i] == ' ') continue;
    if (KindOf(v.substr(i)) != LabelKind::kNone) {
      std::string_view head = v.substr(0, i);
      while (!head.empty() && (head.back() == ' ' || head.back() == '|')) {
        head.remove_suffix(1);
      }
      return head;
    }
  }
  return v;
}

// For captions whose value may be above them: true when the nearest text
// line above holds a value of the field's form under the caption, which
// makes this the usual value-over-caption layout.
bool ValueAbove(const std::vector<Line>& lines, const Caption& cap) {
  for (size_t j = cap.line, seen = 0; j-- > 0 && seen < 2;) {
    if (Blankish(lines[j])) continue;
    // A caption right above: the value is not above it (Workiva's covers
    // set "(Exact name ...)" over "(Address ..., including zip code)" over
    // the address).
    if (lines[j].kind == LineKind::kLabel) return false;
    ++seen;
    for (const LayoutCell& c : lines[j].cells) {
      if (!Under(lines[j], c, cap)) continue;
      std::string v = NormalFor(cap.info.kind, c.text);
      // A state's loose form fits a name too: only one EDGAR knows says
      // the value is above. An address has a number and a word ("Nevada"
      // and "88-1904526" above it are the state's and the IRS number's).
      static const RE2 address_re("\\d.*[A-Za-z]{3}|[A-Za-z]{3}.*\\d");
      if (!v.empty() &&
          (cap.info.kind != LabelKind::kState || !StateCode(v).empty()) &&
          (cap.info.kind != LabelKind::kAddress ||
           RE2::PartialMatch(c.text, address_re))) {
        return true;
      }
    }
  }
  return false;
}

// "8 43978" under a file-number caption: OCR read the hyphen as a blank
// (one blank between a short prefix and the number); "8-454 11": a blank
// read into the number's digits (boxes drawn between handwritten digits).
// The whole cell must be the number. "" otherwise.
std::string SpacedFileNumber(std::string_view s) {
  static const RE2* const kSpaced = new RE2(R"(\s*(\d{1,3}) (\d{3,8})\s*)");
  static const RE2* const kSplit =
      new RE2(R"(\s*(\d{1,3})-(\d{2,5}) (\d{1,3})\s*)");
  std::string a, b, c;
  re2::StringPiece in(s.data(), s.size());
  if (RE2::FullMatch(in, *kSpaced, &a, &b)) return a + "-" + b;
  if (RE2::FullMatch(in, *kSplit, &a, &b, &c) && b.size() + c.size() >= 5 &&
      b.size() + c.size() <= 8) {
    return a + "-" + b + c;
  }
  // A broker-dealer's "8-" whose hyphen OCR lost or read as a stop or a
  // comma: "843978", "8.43978".
  static const RE2* const kBrokerDealer =
      new RE2(R"(\s*8(?:[.,] ?(\d{3,6})|(\d{5}))\s*)");
  if (RE2::FullMatch(in, *kBrokerDealer, &a, &b)) return "8-" + a + b;
  return "";
}

// "8-45" over "411" in a narrow file-number box: a number whose part after
// the hyphen is too short for one (three digits or fewer) goes on with the
// digits alone under it (or starting where it ends) on the next line, when
// that makes a number of five to eight digits. Returns the value's end
// offset.
size_t WrappedDigits(const std::vector<Line>& lines, const Line& l,
                     const LayoutCell& c, std::string* value) {
  size_t hyphen = value->rfind('-');
  if (hyphen == std::string::npos || value->size() - hyphen - 1 > 3) {
    return c.end;
  }
  const Line* next = &l + 1;
  if (next >= lines.data() + lines.size()) return c.end;
  for (const LayoutCell& d : next->cells) {
    std::string_view t = Trim(d.text);
    // Under it, or starting where it ends.
    bool under = d.col_start <= c.col_end + 1 && d.col_end > c.col_start;
    if (!under || t.empty() || t.size() > 4) continue;
    if (t.find_first_not_of("0123456789") != std::string_view::npos) continue;
    size_t digits = value->size() - hyphen - 1 + t.size();
    if (digits < 5 || digits > 8) continue;
    *value += std::string(t);
    return d.end;
  }
  return c.end;
}

// A file number or zip typed in its form box, with the glyphs OCR read for
// its digits mapped back (DigitsRead). "" otherwise.
std::string BoxedDigits(LabelKind kind, std::string_view s) {
  if (kind != LabelKind::kFileNumber && kind != LabelKind::kZip) return "";
  std::string read = DigitsRead(s);
  if (read.empty()) return "";
  std::string value = NormalFor(kind, read);
  if (value.empty() && kind == LabelKind::kFileNumber) {
    value = SpacedFileNumber(read);
  }
  return value;
}

// A phone a form prints in two boxes, area code and number, with its
// punctuation lost: "212       5529886". [*start, *end) into `s`.
bool SplitPhone(std::string_view s, size_t* start, size_t* end) {
  static const RE2* const kSplit =
      new RE2(R"((?:^|[ \t])(\(?\d{3}\)?[ \t]+\d{3}[ \t.\-]?\d{4})(?:$|[ \t]))");
  re2::StringPiece in(s.data(), s.size());
  re2::StringPiece m;
  if (!RE2::PartialMatch(in, *kSplit, &m)) return false;
  *start = m.data() - s.data();
  *end = *start + m.size();
  return true;
}

// "NAME AND TELEPHONE NUMBER OF PERSON TO CONTACT": the name, then the
// phone on the same line (its area code may be a cell of its own).
void ReadContactLine(const Line& l, const Caption& cap, std::vector<Hit>* out) {
  const LayoutCell* cell = ValueCellUnder(l, cap);
  if (!cell) return;
  LayoutCell run = NameRun(l, cell);
  const LayoutCell* first = &run;
  std::string_view rest(first->text.data(),
                        l.text.data() + l.text.size() - first->text.data());
  size_t ps = 0, pe = 0;
  std::string_view name = first->text;
  if (FindPhone(rest, &ps, &pe) || SplitPhone(rest, &ps, &pe)) {
    std::string phone = FoldSpace(rest.substr(ps, pe - ps));
    if (std::string normal = NormalPhone(phone); !normal.empty()) {
      phone = normal;  // "201) 391-9115" -> "(201) 391-9115"
    }
    size_t base = first->start;
    Emit("phone", phone, base + ps, base + pe, 0.8, "cover.phone.contact_below",
         out);
    if (ps < name.size()) name = name.substr(0, ps);
  }
  name = StripTrailingPunct(name);
  while (!name.empty() && (name.back() == '-' || name.back() == ' ')) {
    name.remove_suffix(1);
  }
  if (IsCoverHeading(name) || FindDate(name)) return;
  // A caption spaced out over cells on a blank form: "B. ACCOUNTANT
  // IDENTIFICATION" under an unfilled contact line.
  if (KindOf(FoldSpace(name)) != LabelKind::kNone) return;
  // A person's name has no digit: "J2ffrey" is a letter OCR misread.
  if (HasDigit(name)) return;
  // Nor does it open in lower case: "and communications from the
  // Securities and Exchange Commission:" is the caption's second line.
  if (!name.empty() && std::islower(static_cast<unsigned char>(name.front())))
    return;
  size_t start = first->start + (name.data() - first->text.data());
  Emit("contact_name", PersonName(name), start, start + name.size(), 0.8,
       "cover.contact.caption_above", out);
}

// True for a line made of part captions only: "(No. and Street)",
// "(City)   (State)   (Zip Code)".
// The label kind of a parts-line cell, past a speck OCR read just before
// its parenthesis ("ws (No. and Street)") or for it ("- State)").
LabelKind PartKindOf(std::string_view text) {
  LabelKind k = KindOf(text);
  if (k != LabelKind::kNone) return k;
  std::string_view t = Trim(text);
  if (!t.empty() && (t.front() == '{' || t.front() == '[')) {
    // "{No. and Street)": the parenthesis read as a brace or bracket.
    return KindOf("(" + std::string(t.substr(1)));
  }
  size_t paren = t.find('(');
  if (paren == std::string_view::npos || paren == 0 || paren > 4 ||
      t[paren - 1] != ' ') {
    // Marks OCR read for the parenthesis itself ("- State)").
    size_t from = 0;
    while (from < t.size() && from < 3 &&
           std::strchr("-_~.,:;'`\" ", t[from]) != nullptr) {
      ++from;
    }
    if (from == 0 || from == t.size()) return k;
    return KindOf(t.substr(from));
  }
  return KindOf(t.substr(paren));
}

// A word of three letters at most, not all capitals (a state's code, "NY",
// "USA"): what OCR reads from specks ("Soe", "oe"), not an address part.
bool SpeckWord(std::string_view t) {
  if (t.size() > 3) return false;
  bool lower = false;
  for (char c : t) {
    if (!std::isalpha(static_cast<unsigned char>(c))) return false;
    lower |= std::islower(static_cast<unsigned char>(c)) != 0;
  }
  return lower;
}

// What OCR left of a part caption: a short word closing its parenthesis
// ("cry)" for "(City)"), no digit in it.
bool ClosedSpeck(std::string_view t) {
  if (t.size() > 7 || (t.back() != ')' && t.back() != '}')) return false;
  for (char c : t) {
    if (std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

bool IsPartsLine(const Line& l) {
  int parts = 0, fragments = 0;
  for (const LayoutCell& c : l.cells) {
    LabelKind k = PartKindOf(c.text);
    std::string_view t = Trim(c.text);
    if (k == LabelKind::kAddressPart || k == LabelKind::kZip) {
      ++parts;
    } else if (k == LabelKind::kNone && t.size() > 2 && !Specks(t) &&
               !GarbledAddress(t) && !SpeckWord(t) && !ClosedSpeck(t)) {
      // A value, or more than specks of ink (a stamp's fragment OCR
      // garbled, "__\ FINANCIAL", is ink) ...
      if (t.size() > 5 || HasDigit(t)) return false;
      ++fragments;
    }
  }
  // ... except one short word between two or more part captions: the
  // edge of a stamp ("(State)   PROU   (Zip Code)").
  return parts > 0 && (fragments == 0 || (fragments == 1 && parts >= 2));
}

// A part caption naming the city or the zip: "(City)", "(Zip Code)",
// "City, State and Zip Code".
bool NamesCityOrZip(std::string_view t) {
  t = Trim(t);
  if (KindOf(t) == LabelKind::kZip) return true;
  if (!t.empty() && (t.front() == '(' || t.front() == '{')) t.remove_prefix(1);
  return t.size() >= 4 && (t[0] == 'C' || t[0] == 'c') &&
         (t[1] == 'i' || t[1] == 'I') && (t[2] == 't' || t[2] == 'T') &&
         (t[3] == 'y' || t[3] == 'Y');
}

// The parts line under the last line of an address: it names the city
// or the zip.
bool ClosesAddress(const Line& parts) {
  for (const LayoutCell& c : parts.cells) {
    if (NamesCityOrZip(c.text)) return true;
  }
  return false;
}

bool Aligned(const LayoutCell& a, const LayoutCell& b) {
  return Overlap(a, b) > 0 || CentreDistance(a, b) < 12;
}

// A remark printed in an address block ("(Do not use P.O. Box No.)", a
// part caption): a parenthesis (or a brace OCR read for one) and a word.
// "(1717 Main Street" is a street with a speck read as a parenthesis.
bool IsRemark(std::string_view t) {
  return !t.empty() && (t.front() == '(' || t.front() == '{') &&
         !(t.size() > 1 && std::isdigit(static_cast<unsigned char>(t[1])));
}

// A zip typed left in its box, under the end of the line rather than
// under its centred "(Zip Code)" caption: the line's last cell, a zip,
// right of every other part caption and starting before the end of the
// zip caption, which is the parts line's last caption.
bool ZipUnderLastCaption(const Line& l, const LayoutCell& c,
                         const Line& parts) {
  if (NormalZip(c.text).empty()) return false;
  for (const LayoutCell& o : l.cells) {
    if (o.col_start > c.col_start && !Specks(Trim(o.text))) return false;
  }
  const LayoutCell* zip = nullptr;
  int before = 0;  // where the part captions before the zip's end
  for (const LayoutCell& p : parts.cells) {
    LabelKind k = PartKindOf(p.text);
    if (k == LabelKind::kZip) {
      zip = &p;
    } else if (k == LabelKind::kAddressPart) {
      if (zip) return false;  // the zip caption is not the last
      before = std::max(before, p.col_end);
    }
  }
  return zip && before > 0 && c.col_start > before &&
         c.col_start < zip->col_end;
}

// A zip typed in its box whose digits OCR read as letters beyond what
// BoxedDigits takes ("JO167" for "10167", a "1" read with its foot as a
// "J"): five characters, three or more of them digits and the others
// letters shaped like digits, kept only when another cell of the line is
// a state whose zip ranges hold the digits so read. "" otherwise.
std::string ZipInState(const Line& l, const LayoutCell& c) {
  std::string_view t = Trim(c.text);
  if (t.size() != 5) return "";
  std::string zip;
  int digits = 0;
  for (char ch : t) {
    char d = ch;
    if (ch >= '0' && ch <= '9') {
      ++digits;
    } else {
      d = LookAlikeDigit(ch);
    }
    if (d == 0) return "";
    zip += d;
  }
  if (digits < 3) return "";
  for (const LayoutCell& o : l.cells) {
    if (&o == &c) continue;
    std::string code = StateCodeOfWritten(StripTrailingPunct(Trim(o.text)));
    if (code.empty()) continue;
    // A known state and five digits: ZipFitsState says whether they fit.
    return ZipFitsState(zip, code) ? zip : "";
  }
  return "";
}

// The ZIP code a cell of line `l` under a "(Zip Code)" caption holds: as
// typed (confidence 0.8), read back from a form box's digits, or from
// look-alike letters the state on its line vouches for (0.6); "" for
// none.
std::string ZipCellValue(const Line& l, const LayoutCell& c,
                         double* confidence = nullptr) {
  std::string zip = NormalZip(c.text);
  double conf = 0.8;
  if (zip.empty()) {
    zip = BoxedDigits(LabelKind::kZip, c.text);
    conf = 0.6;
  }
  if (zip.empty()) zip = ZipInState(l, c);
  if (confidence != nullptr) *confidence = conf;
  return zip;
}

// The cells of an address line that are the address: the first one, and
// those under a part caption of the parts line below it. Stamps and form
// boxes printed beside the address are left out.
std::vector<const LayoutCell*> AddressCells(const Line& l, const Line* parts,
                                            const Caption& cap) {
  std::vector<const LayoutCell*> out;
  bool run = true;
  for (const LayoutCell& c : l.cells) {
    std::string_view t = Trim(c.text);
    if (t.empty() || IsRemark(t) || Specks(t)) continue;
    if (KindOf(t) != LabelKind::kNone) continue;
    if (c.col_start < cap.cell.col_start - 8) continue;
    // The first cell and the run of cells close after it (words a text
    // layer spaced out), then cells under a part caption.
    bool keep = out.empty() || (run && c.col_start - out.back()->col_end <= kRunGap);
    run = keep;
    if (!keep && parts) {
      // Under a part caption (or what OCR left of one, its parenthesis),
      // not under a stamp's letters beside them.
      for (const LayoutCell& p : parts->cells) {
        keep |= (PartKindOf(p.text) != LabelKind::kNone ||
                 p.text.find_first_of("(){}") != std::string_view::npos) &&
                Aligned(c, p);
      }
      keep |= ZipUnderLastCaption(l, c, *parts);
    }
    if (keep) out.push_back(&c);
  }
  return out;
}

// Words of an address line that are only specks between its words: quote
// marks, bars, colons and the like standing alone ("1717 Main Street, '
// Suite 2900"); dashes and "&" stay.
std::string DropMarkWords(const std::string& line) {
  std::string out;
  size_t i = 0;
  while (i < line.size()) {
    size_t j = line.find(' ', i);
    if (j == std::string::npos) j = line.size();
    std::string_view w(line.data() + i, j - i);
    bool mark = !w.empty();
    for (size_t k = 0; mark && k < w.size(); ++k) {
      unsigned char c = w[k];
      if (c == 0xE2 && k + 2 < w.size() &&
          static_cast<unsigned char>(w[k + 1]) == 0x80 &&
          (static_cast<unsigned char>(w[k + 2]) & 0xF8) == 0x98) {
        k += 2;  // a typographic quote mark
        continue;
      }
      mark = std::strchr("'`\"|;:_~", c) != nullptr;
    }
    if (!mark && !w.empty()) {
      if (!out.empty()) out += ' ';
      out.append(w);
    }
    i = j + 1;
  }
  return out;
}

// The address block under its caption. In a form box the part captions
// ("(No. and Street)", "(City) (State) (Zip Code)") are under its lines and
// the last of them closes the block; a zip caption says which cell is the
// zip, which stays part of the address, as the box prints it. Without part
// captions the block is the run of lines up to the first blank line.
void ReadAddressBlock(const std::vector<Line>& lines, const Caption& cap,
                      std::vector<Hit>* out) {
  // A form box: a closing parts line comes before the next caption.
  bool form_box = false;
  for (size_t j = cap.line + 1, seen = 0; j < lines.size() && seen < 8; ++j) {
    if (Blankish(lines[j])) continue;
    ++seen;
    if (IsPartsLine(lines[j]) && ClosesAddress(lines[j])) {
      form_box = true;
      break;
    }
    if (HasFieldCaption(lines, j)) break;
  }
  std::vector<const Line*> values;
  const Line* closing = nullptr;
  bool parts_seen = false;
  int blanks = 0;
  // The caption's own words wrapped under it ("Address of principal" over
  // "executive offices," over "including zip code   1020 East Platt
  // Street"): no address line. Their value stands beside them, with its
  // further lines under it in its column, ending in the zip.
  std::string caption(Trim(cap.cell.text));
  for (size_t j = cap.line + 1; j < lines.size(); ++j) {
    const Line& l = lines[j];
    if (Blankish(l)) {
      if (!form_box && !values.empty()) break;
      if (++blanks > 2) break;
      continue;
    }
    blanks = 0;
    if (values.empty() && !l.cells.empty()) {
      std::string_view head = Trim(l.cells[0].text);
      std::string longer = caption + " " + std::string(head);
      if (!head.empty() && std::islower(static_cast<unsigned char>(head[0])) &&
          KindOf(longer) == LabelKind::kAddress) {
        caption = std::move(longer);
        if (l.cells.size() > 1) {
          const LayoutCell& first = l.cells[1];
          std::string value = FoldSpace(first.text);
          const LayoutCell* last = &first;
          for (size_t k = j + 1; k < lines.size() && k <= j + 3; ++k) {
            const Line& n = lines[k];
            if (Blankish(n) || n.cells.size() != 1 ||
                std::abs(n.cells[0].col_start - first.col_start) > 2 ||
                KindOf(n.cells[0].text) != LabelKind::kNone) {
              break;
            }
            value += ", " + FoldSpace(n.cells[0].text);
            last = &n.cells[0];
          }
          size_t zs = 0, ze = 0;
          if (last != &first && FindZip(last->text, &zs, &ze) &&
              Trim(last->text.substr(ze)).empty() && !GarbledAddress(value)) {
            Emit("address", value, first.start, last->end, 0.8,
                 "cover.address.caption_beside", out);
            Emit("zip_code", std::string(last->text.substr(zs, ze - zs)),
                 last->start + zs, last->start + ze, 0.75,
                 "cover.zip.caption_beside", out);
          }
          return;
        }
        continue;
      }
    }
    if (IsPartsLine(l)) {
      parts_seen = true;
      if (ClosesAddress(l) && !values.empty()) {
        closing = &l;
        break;
      }
      continue;
    }
    if (HasFieldCaption(lines, j)) break;
    // So does a phone's caption with its number beside it ("Registrant's
    // telephone number, including area code | (340) 555-0123").
    bool phone_caption = false, phone = false;
    for (const LayoutCell& c : l.cells) {
      phone_caption |= KindOf(c.text) == LabelKind::kPhone;
      phone |= !NormalPhone(Trim(c.text)).empty();
    }
    if (phone_caption && phone) break;
    // An address line starts near the caption's left edge, with text that
    // is not a remark: a line of stamp text far right, or a part caption
    // OCR damaged ("(No. av Street)"), is not part of it.
    // Or it stands over a part caption of the parts line just below it:
    // "One Liberty Plaza" centred over "(No. and Street)".
    const Line* parts_below = nullptr;
    for (size_t n = j + 1; n < lines.size() && n <= j + 2; ++n) {
      if (Blankish(lines[n])) continue;
      if (IsPartsLine(lines[n])) parts_below = &lines[n];
      break;
    }
    bool text = false;
    for (const LayoutCell& c : l.cells) {
      std::string_view t = Trim(c.text);
      if (Specks(t) || IsRemark(t)) continue;
      text = c.col_start <= cap.cell.col_start + kAddressIndent;
      if (!text && parts_below) {
        for (const LayoutCell& p : parts_below->cells) {
          if (KindOf(p.text) == LabelKind::kAddressPart && Aligned(c, p)) {
            text = true;
          }
        }
      }
      break;
    }
    if (!text) continue;
    if (static_cast<int>(values.size()) >= kAddressLines) return;
    values.push_back(&l);
  }
  // A form box that never closed ran into other text: no address.
  if (values.empty() || (parts_seen && !closing)) return;
  std::string value;
  size_t start = 0, end = 0;
  const LayoutCell* zip = nullptr;
  int parts_read = 0;
  for (size_t v = 0; v < values.size(); ++v) {
    // The parts line under this value line, if the next line is one.
    const Line* parts = nullptr;
    const Line* next = v + 1 < values.size() ? values[v + 1] : closing;
    for (const Line* l = values[v] + 1; l <= next && l < lines.data() + lines.size();
         ++l) {
      if (IsPartsLine(*l)) {
        parts = l;
        break;
      }
      if (!Blankish(*l)) break;
    }
    std::string part;
    for (const LayoutCell* c : AddressCells(*values[v], parts, cap)) {
      // Typed on a rule: "New_York", "1585 Broadway _".
      std::string typed(c->text);
      std::replace(typed.begin(), typed.end(), '_', ' ');
      // A speck OCR read as a quote mark before or after the words.
      std::string folded = FoldSpace(Trim(typed));
      if (folded.size() > 1 && folded.front() == '(' &&
          std::isdigit(static_cast<unsigned char>(folded[1]))) {
        folded.erase(0, 1);  // "(1717 Main Street": a speck
      }
      while (!folded.empty() &&
             std::strchr("\"`~*'", folded.front()) != nullptr) {
        folded = FoldSpace(folded.substr(1));  // "_~3 Wacker Road"
      }
      folded = std::string(DropEdgeMarks(folded));  // "| 60 South ..."
      folded = DropMarkWords(folded);  // "1717 Main Street, ' Suite 2900"
      // A colon after a word is a speck ("Three: Gateway Center"), a
      // semicolon a comma misread.
      for (size_t k = 1; k < folded.size(); ++k) {
        if ((folded[k] == ':' || folded[k] == ';') &&
            std::isalnum(static_cast<unsigned char>(folded[k - 1])) &&
            (k + 1 == folded.size() || folded[k + 1] == ' ')) {
          if (folded[k] == ';') {
            folded[k] = ',';
          } else {
            folded.erase(k, 1);
          }
        }
      }
      while (!folded.empty() && (folded.back() == '"' || folded.back() == '`')) {
        folded.pop_back();
        folded = FoldSpace(folded);
      }
      if (folded.empty()) continue;
      if (!part.empty()) part += ' ';
      part += folded;
      if (value.empty() && part.size() == folded.size()) {
        start = c->start;
      }
      end = c->end;
      if (parts == closing && closing) {
        for (const LayoutCell& p : closing->cells) {
          if (KindOf(p.text) == LabelKind::kZip &&
              ((Aligned(*c, p) && !ZipCellValue(*values[v], *c).empty()) ||
               ZipUnderLastCaption(*values[v], *c, *closing))) {
            zip = c;
          }
        }
      }
    }
    part = std::string(StripTrailingPunct(part));
    if (part.empty()) continue;
    if (!value.empty()) value += ", ";
    value += part;
    ++parts_read;
  }
  if (value.size() < 5) return;
  // A form box prints street and city on lines of their own: one line
  // read alone is the city line, its street lost (unless it opens with
  // the street's number: the whole address on one line).
  if (form_box && parts_read == 1 &&
      !std::isdigit(static_cast<unsigned char>(value[0]))) {
    return;
  }
  // A form box's last line ends in the zip its caption names; without it
  // the lines read are not the box (a stamp, a misread caption).
  // The block's last line ends in the zip its caption names (a form box)
  // or at least holds a postal code: without it the lines read are not the
  // whole address (a stamp over it, a misread caption, a line lost).
  if (!zip) {
    size_t zs = 0, ze = 0;
    if (!FindZip(values.back()->text, &zs, &ze)) return;
  }
  // A zip under its own "(Zip Code)" caption stands even when OCR garbled
  // the rest of the address.
  if (zip) {
    double confidence = 0;
    std::string typed = ZipCellValue(*values.back(), *zip, &confidence);
    // The address prints the zip as read back too, without the specks
    // around it ("+07102").
    std::string read = FoldSpace(Trim(zip->text));
    size_t at = value.rfind(read);
    if (read != typed && at != std::string::npos) {
      value.replace(at, read.size(), typed);
    }
    Emit("zip_code", typed, zip->start, zip->end, confidence,
         "cover.zip.caption_above", out);
  }
  if (GarbledAddress(value)) return;
  const Line* last = values.back();
  size_t zs = 0, ze = 0;
  bool line_zip = !zip && FindZip(last->text, &zs, &ze);
  // The cells taken from the last line must reach its zip: cells passed
  // over for specks between them ("Boston  a  MA  ;  02116") leave an
  // address without its state and zip, which is no address.
  std::string_view zip_text =
      line_zip ? last->text.substr(zs, ze - zs) : std::string_view();
  if (zip || value.size() < zip_text.size() ||
      value.compare(value.size() - zip_text.size(), zip_text.size(),
                    zip_text) == 0) {
    Emit("address", value, start, end, 0.8, "cover.address.caption_above",
         out);
  }
  if (line_zip) {
    Emit("zip_code", std::string(zip_text), last->start + zs,
         last->start + ze, 0.75, "cover.zip.caption_above", out);
  }
}

// A street under its caption or beside it, then a caption of the city's
// line with the city under or beside it, ending in its postal code (Form
// 12b-25: "Address of Principal Executive Office (Street and Number)" over
// "4100 Gulf Boulevard" over "City, State and Zip Code" over "St. Pete
// Beach, Florida 33706"; or each caption in a row's first cell and its
// value in the next). `beside` is the street when it stands beside the
// caption. True when the address was read.
bool StreetThenCity(const std::vector<Line>& lines, const Caption& cap,
                    std::string_view beside, std::vector<Hit>* out) {
  struct Piece {
    std::string_view text;
    size_t start = 0;
  };
  // The first line with text after line `from`, within two lines.
  auto next_line = [&](size_t from) -> size_t {
    for (size_t j = from + 1; j < lines.size() && j <= from + 3; ++j) {
      if (!Blankish(lines[j])) return j;
    }
    return lines.size();
  };
  // A cell's value, without the blanks and marks around it.
  auto piece_of = [](const LayoutCell& c) {
    Piece p;
    p.text = StripTrailingPunct(Trim(c.text));
    p.start = c.start + (p.text.data() - c.text.data());
    return p;
  };
  // A value alone on its line, no caption.
  auto value_line = [&](size_t j, Piece* p) {
    if (j >= lines.size() || lines[j].kind == LineKind::kLabel ||
        lines[j].cells.size() != 1 ||
        KindOf(lines[j].cells[0].text) != LabelKind::kNone) {
      return false;
    }
    *p = piece_of(lines[j].cells[0]);
    return !p->text.empty();
  };
  Piece street, city;
  size_t after = cap.line;
  // A row of two cells: the caption's and the street's.
  const std::vector<LayoutCell>& row = lines[cap.line].cells;
  if (beside.empty() && row.size() == 2 && row[0].start == cap.cell.start &&
      KindOf(row[1].text) == LabelKind::kNone) {
    beside = row[1].text;
  }
  if (!beside.empty()) {
    const Line& l = lines[cap.line];
    street.text = StripTrailingPunct(Trim(beside));
    street.start = l.start + (street.text.data() - l.text.data());
  } else {
    after = next_line(cap.line);
    if (!value_line(after, &street)) return false;
  }
  size_t zs = 0, ze = 0;
  if (street.text.empty() || GarbledAddress(street.text) ||
      AddressEndingInZip(street.text, &zs, &ze)) {
    return false;
  }
  size_t k = next_line(after);
  if (k >= lines.size() || lines[k].cells.empty()) return false;
  const LayoutCell& caption = lines[k].cells[0];
  if (KindOf(caption.text) != LabelKind::kAddressPart ||
      !NamesCityOrZip(caption.text)) {
    return false;
  }
  if (lines[k].cells.size() == 2) {
    const LayoutCell& c = lines[k].cells[1];
    if (KindOf(c.text) != LabelKind::kNone) return false;
    city = piece_of(c);
  } else if (lines[k].cells.size() != 1 || !value_line(next_line(k), &city)) {
    return false;
  }
  if (!AddressEndingInZip(city.text, &zs, &ze)) return false;
  const char* how = beside.empty() ? "caption_above" : "caption_beside";
  Emit("address", FoldSpace(street.text) + ", " + FoldSpace(city.text),
       street.start, city.start + city.text.size(), 0.8,
       RuleName(LabelKind::kAddress, how), out);
  Emit("zip_code", std::string(city.text.substr(zs, ze - zs)),
       city.start + zs, city.start + ze, 0.8, "cover.zip.in_address", out);
  return true;
}

void ReadCaption(const std::vector<Line>& lines, const Caption& cap,
                 std::vector<Hit>* out) {
  LabelKind kind = cap.info.kind;
  const char* field = FieldFor(kind);
  // The value after a colon in the caption's own cell, or in the next cell.
  std::string_view tail = TailValue(cap);
  const std::vector<LayoutCell>& cells = lines[cap.line].cells;
  // A cell further along a colon caption's line: its value when nothing
  // is below the caption (read last, at lower confidence).
  const LayoutCell* far = nullptr;
  if (tail.empty()) {
    for (size_t k = 0; k < cells.size(); ++k) {
      // The first cell after the caption's (merged) cell.
      if (cells[k].start < cap.cell.end) continue;
      const LayoutCell& next = cells[k];
      std::string_view t = Trim(cap.cell.text);
      // A form-box caption ("NAME OF BROKER-DEALER") has its value beside
      // it when not below; other captions need a colon to point at it.
      // Without a colon the value must sit close to the caption: a stamp
      // or a form box further along the line is not it.
      bool close = next.col_start - cap.cell.col_end <= kRunGap;
      bool colon = close && ((!t.empty() && t.back() == ':') ||
                             cap.info.place == ValuePlace::kBelow);
      // In a list of colon captions each beside its value (dot leaders
      // mended into a colon and blanks: "Name of Issuer .......... Hiwassee
      // Boxboard Corporation" over "Title of Class of Securities .....
      // Common Stock"), the value is beside its caption however far.
      if (!colon && !t.empty() && t.back() == ':' &&
          next.col_start - cap.cell.col_end <= kFarGap) {
        for (size_t j = cap.line + 1; j < lines.size() && j <= cap.line + 2;
             ++j) {
          if (Blankish(lines[j])) continue;
          const std::vector<LayoutCell>& below = lines[j].cells;
          std::string_view b = below.empty() ? "" : Trim(below[0].text);
          colon = below.size() >= 2 && !b.empty() && b.back() == ':' &&
                  below[0].col_start == cap.cell.col_start;
          break;
        }
      }
      bool typed = TypedKind(kind) && kind != LabelKind::kState;
      if ((colon || typed) && KindOf(next.text) == LabelKind::kNone) {
        tail = next.text;
      } else if (!t.empty() && t.back() == ':' &&
                 next.col_start - cap.cell.col_end <= kFarGap &&
                 KindOf(next.text) == LabelKind::kNone) {
        far = &next;
      }
      break;
    }
  }
  // "Address of principal executive offices:   100 Main Street, ...
  // 62701": an address on the caption's line, after its colon, when it ends
  // in its postal code and reads as an address.
  if (!tail.empty() && kind == LabelKind::kAddress) {
    std::string_view a = StripTrailingPunct(Trim(tail));
    size_t zs = 0, ze = 0;
    if (AddressEndingInZip(a, &zs, &ze)) {
      const Line& line = lines[cap.line];
      size_t s = line.start + (a.data() - line.text.data());
      Emit("address", FoldSpace(a), s, s + a.size(), 0.8,
           RuleName(kind, "caption_beside"), out);
      Emit("zip_code", std::string(a.substr(zs, ze - zs)), s + zs, s + ze,
           0.8, "cover.zip.in_address", out);
      return;
    }
    // The address goes on under its first line, in the same column
    // ("offices:  300 Chestnut Street" over "         Philadelphia, PA
    // 19106"), and ends in its postal code there.
    // (Or at the caption's left edge, under the caption itself: "Address
    // of principal executive offices: 1107 Poydras Street, Suite 2950"
    // over "New Orleans, Louisiana 70163", a converted page's lines.)
    const LayoutCell* first = nullptr;
    for (const LayoutCell& c : cells) {
      if (c.text.data() == tail.data()) first = &c;
    }
    LayoutCell inside;
    if (first == nullptr && tail.data() > cap.cell.text.data() &&
        tail.data() < cap.cell.text.data() + cap.cell.text.size()) {
      const size_t off = tail.data() - cap.cell.text.data();
      inside = cap.cell;
      inside.start = cap.cell.start + off;
      inside.col_start = cap.cell.col_start + static_cast<int>(off);
      first = &inside;
    }
    // (A blank line may stand between the parts of a converted page; a
    // foreign postal code may end the city's line, the country's line
    // after it: "Galway, H91 X2F7" over "Ireland".)
    std::string joined = FoldSpace(a);
    for (size_t j = cap.line + 1, parts = 0, blanks = 0;
         first != nullptr && j < lines.size() && parts < 3; ++j) {
      const Line& l = lines[j];
      if (Blankish(l)) {
        if (++blanks > 1) break;
        continue;
      }
      blanks = 0;
      ++parts;
      // (In a table's row, the same column: the cell's slot.)
      bool same_column =
          l.cells.size() == 1 &&
          ((l.has_tab && lines[cap.line].has_tab
                ? l.cells[0].tab_index == first->tab_index
                : std::abs(l.cells[0].col_start - first->col_start) <= 1) ||
           l.cells[0].col_start <= cap.cell.col_start);
      if (!same_column || KindOf(l.cells[0].text) != LabelKind::kNone) break;
      std::string_view part = StripTrailingPunct(Trim(l.cells[0].text));
      joined += ", " + FoldSpace(part);
      bool foreign = false;
      if (!AddressEndingInZip(part, &zs, &ze)) {
        foreign = part.find(',') != std::string_view::npos &&
                  FindForeignZip(part, &zs, &ze) && ze == part.size();
        if (!foreign) continue;
      }
      const size_t s = l.cells[0].start + (part.data() - l.cells[0].text.data());
      size_t end = s + part.size();
      if (foreign) {
        for (size_t k = j + 1; k < lines.size() && k <= j + 2; ++k) {
          if (Blankish(lines[k])) continue;
          if (lines[k].cells.size() != 1) break;
          std::string_view country =
              StripTrailingPunct(Trim(lines[k].cells[0].text));
          if (!NamesForeignJurisdiction(country)) break;
          joined += ", " + FoldSpace(country);
          end = lines[k].cells[0].start +
                (country.data() - lines[k].cells[0].text.data()) +
                country.size();
          break;
        }
      }
      Emit("address", joined, first->start, end, 0.75,
           RuleName(kind, "caption_beside"), out);
      Emit("zip_code", std::string(part.substr(zs, ze - zs)), s + zs, s + ze,
           0.75, "cover.zip.in_address", out);
      return;
    }
    if (StreetThenCity(lines, cap, tail, out)) return;
  }
  if (!tail.empty() && kind != LabelKind::kAddress &&
      kind != LabelKind::kContact) {
    if (kind == LabelKind::kName || kind == LabelKind::kAuditor) {
      // The value's words may be spaced out over cells.
      for (const LayoutCell& c : cells) {
        if (c.text.data() == tail.data()) {
          tail = NameRun(lines[cap.line], &c).text;
        } else if (tail.data() > c.text.data() &&
                   tail.data() < c.text.data() + c.text.size()) {
          // The value opens inside the caption's cell: it runs on over
          // the cells after it.
          LayoutCell run = NameRun(lines[cap.line], &c);
          tail = std::string_view(
              tail.data(), run.text.data() + run.text.size() - tail.data());
        }
      }
    }
    if (kind == LabelKind::kName || kind == LabelKind::kAuditor) {
      tail = CutAtCaption(tail);
      // What is left of a speck ("on", "."), or one word of three letters
      // at most beside a form box's caption ("Coe"), or a run of short
      // lower-case words ("a .  coe"), is no name: the value is looked for
      // below.
      bool short_word = tail.size() <= 3 &&
                        cap.info.place == ValuePlace::kBelow;
      if (Specks(tail) || short_word || SpeckRun(tail) ||
          (tail.size() <= 3 && std::islower(static_cast<unsigned char>(tail[0])))) {
        tail = {};
      }
    }
    std::string value = tail.empty() ? "" : NormalFor(kind, tail);
    if (!value.empty()) {
      size_t s = cap.cell.start + (tail.data() - cap.cell.text.data());
      if (tail.data() < cap.cell.text.data() ||
          tail.data() >= cap.cell.text.data() + cap.cell.text.size()) {
        // The next cell: its own offsets.
        for (const LayoutCell& c : cells) {
          if (c.text.data() == tail.data()) s = c.start;
        }
      }
      Emit(field, value, s, s + tail.size(), 0.8,
           RuleName(kind, "caption_beside"), out);
      return;
    }
  }
  if (cap.info.place == ValuePlace::kEither && ValueAbove(lines, cap)) return;
  if (kind == LabelKind::kAddress) {
    if (StreetThenCity(lines, cap, {}, out)) return;
    return ReadAddressBlock(lines, cap, out);
  }
  bool typed = TypedKind(kind);
  for (const Line* l : LinesBelow(lines, cap, kValueLines)) {
    if (typed) {
      // Specks and stamp fragments may sit under the caption too: the
      // first cell of the field's form is the value.
      for (const LayoutCell& c : l->cells) {
        if (!Under(*l, c, cap)) continue;
        std::string value = NormalFor(kind, c.text);
        if (kind == LabelKind::kFileNumber && value.empty()) {
          value = SpacedFileNumber(c.text);
        }
        double confidence = 0.8;
        if (value.empty()) {
          value = BoxedDigits(kind, c.text);
          confidence = 0.6;
        }
        if (value.empty()) continue;
        size_t end = c.end;
        if (kind == LabelKind::kFileNumber) {
          end = WrappedDigits(lines, *l, c, &value);
        }
        Emit(field, value, c.start, end, confidence,
             RuleName(kind, "caption_above"), out);
        return;
      }
      continue;
    }
    const LayoutCell* c = ValueCellUnder(*l, cap);
    if (!c || WrappedCaptionTail(lines, *l, *c)) continue;
    // "(Name -- if individual, state last, first, middle name)": a remark
    // printed under the caption, above the value.
    std::string_view t = Trim(c->text);
    if (t.front() == '(' || t.front() == '{') continue;
    // A caption's last word wrapped under it ("... person to contact in
    // regard to this" over "notification"): one or two words in lower
    // case are no value; the value is on a line below.
    if (std::islower(static_cast<unsigned char>(t.front())) &&
        std::count(t.begin(), t.end(), ' ') <= 1) {
      continue;
    }
    if (kind == LabelKind::kContact) return ReadContactLine(*l, cap, out);
    LayoutCell whole = NameRun(*l, c);
    bool free_text = kind == LabelKind::kName || kind == LabelKind::kAuditor;
    // A line of specks between a form box's caption and its name ("   .
    // ari"): the name is on a line below.
    std::string_view run = Trim(whole.text);
    if (free_text && (Specks(run) || SpeckRun(run) ||
                      (!run.empty() && run.size() <= 3 &&
                       std::islower(static_cast<unsigned char>(run[0]))))) {
      continue;
    }
    if (free_text) c = &whole;
    std::string value = NormalFor(kind, c->text);
    if (value.empty()) break;
    Emit(field, value, c->start, c->end, 0.8, RuleName(kind, "caption_above"),
         out);
    return;
  }
  if (far && (kind == LabelKind::kName || kind == LabelKind::kAuditor)) {
    LayoutCell run = NameRun(lines[cap.line], far);
    std::string value = NormalFor(kind, run.text);
    Emit(field, value, run.start, run.end, 0.7, RuleName(kind, "caption_beside"),
         out);
  }
}

// A cover laid out as a table of two columns, each row a caption and its
// value ("Exact name of registrant as specified in its charter | Marlowe
// Precision Instruments, Inc.", "State or other jurisdiction of
// incorporation or organization | Connecticut", "Address of principal
// executive offices | 80 Commerce Drive" over "| Shelton, Connecticut
// 06484"). A row is a TAB-separated line of two cells: a caption with no
// parenthesis or digit, and a value no caption reads. The table needs three
// such rows of different fields, so a lone caption beside a stray cell is
// never read this way.
struct LabelValueRow {
  size_t line;
  LabelKind kind;
};

std::vector<LabelValueRow> LabelValueRows(const std::vector<Line>& lines) {
  std::vector<LabelValueRow> rows;
  for (size_t i = 0; i < lines.size(); ++i) {
    const Line& l = lines[i];
    if (!l.has_tab || l.cells.size() != 2) continue;
    std::string_view caption = Trim(l.cells[0].text);
    if (caption.empty() || caption.size() > 120 ||
        caption.find_first_of("()0123456789") != std::string_view::npos) {
      continue;
    }
    LabelKind kind = KindOf(caption);
    if (kind == LabelKind::kNone || FieldFor(kind)[0] == '\0' ||
        KindOf(l.cells[1].text) != LabelKind::kNone) {
      continue;
    }
    rows.push_back({i, kind});
  }
  std::vector<LabelKind> kinds;
  for (const LabelValueRow& r : rows) {
    if (std::find(kinds.begin(), kinds.end(), r.kind) == kinds.end()) {
      kinds.push_back(r.kind);
    }
  }
  if (kinds.size() < 3) rows.clear();
  return rows;
}

void LabelValueTable(const std::vector<Line>& lines, std::vector<Hit>* out) {
  for (const LabelValueRow& row : LabelValueRows(lines)) {
    const Line& l = lines[row.line];
    const LayoutCell& v = l.cells[1];
    std::string_view text = StripTrailingPunct(Trim(v.text));
    if (text.empty()) continue;
    const size_t s = v.start + (text.data() - v.text.data());
    const std::string rule = RuleName(row.kind, "caption_left");
    if (row.kind == LabelKind::kAddress) {
      // The address goes on in the value column of the lines under it,
      // until its postal code.
      std::string joined = FoldSpace(text);
      std::string_view part = text;
      size_t part_start = s;
      size_t zs = 0, ze = 0;
      for (size_t j = row.line + 1;
           !AddressEndingInZip(part, &zs, &ze) && j < lines.size() &&
           j <= row.line + 2;
           ++j) {
        const Line& n = lines[j];
        if (n.cells.size() != 1 || n.cells[0].tab_index != v.tab_index ||
            KindOf(n.cells[0].text) != LabelKind::kNone) {
          break;
        }
        part = StripTrailingPunct(Trim(n.cells[0].text));
        part_start = n.cells[0].start + (part.data() - n.cells[0].text.data());
        joined += ", " + FoldSpace(part);
      }
      if (!AddressEndingInZip(part, &zs, &ze)) continue;
      Emit("address", joined, s, part_start + part.size(), 0.75, rule, out);
      Emit("zip_code", std::string(part.substr(zs, ze - zs)),
           part_start + zs, part_start + ze, 0.75, "cover.zip.in_address", out);
      continue;
    }
    if (row.kind == LabelKind::kContact) continue;
    std::string value = NormalFor(row.kind, text);
    if (value.empty()) continue;
    Emit(FieldFor(row.kind), value, s, s + text.size(), 0.75, rule, out);
  }
}

}  // namespace

void CaptionAboveRules(const std::vector<Line>& lines, std::vector<Hit>* out) {
  for (size_t i = 0; i < lines.size(); ++i) {
    if (Blankish(lines[i])) continue;
    for (const Caption& cap : CaptionsOf(lines, i)) {
      if (cap.cell.text.front() == '(' ||
          cap.info.place == ValuePlace::kAbove ||
          FieldFor(cap.info.kind)[0] == '\0') {
        continue;
      }
      ReadCaption(lines, cap, out);
    }
  }
  LabelValueTable(lines, out);
}

// "B. ACCOUNTANT IDENTIFICATION": the X-17A-5 part heading over the
// accountant's block, which opens it even when OCR damaged the caption
// under it ("INDEPENDENT PI PUBLIC ACCOUNTANT"). With a stamp over both,
// the caption's tail ("whose opinion is contained in this Report") or the
// accountant's name caption ("(Name - if individual, state last, first,
// middle name)") still opens it.
bool AccountantHeading(std::string_view cell) {
  static const RE2* const kHeading = new RE2(
      R"((?i)^\W{0,3}(?:[a-c][.,]\s?)?accountant\s+identification\b)"
      R"(|pinion\s+is\s+contained\b|\bif\s+individual,?\s+state\s+last\b)");
  return RE2::PartialMatch(re2::StringPiece(cell.data(), cell.size()),
                           *kHeading);
}

std::vector<std::pair<size_t, size_t>> OtherPartyRanges(
    const std::vector<Line>& lines) {
  std::vector<std::pair<size_t, size_t>> out;
  bool open = false;
  size_t from = 0;
  for (const Line& l : lines) {
    for (const LayoutCell& c : l.cells) {
      LabelKind k = KindOf(c.text);
      if ((k == LabelKind::kAuditor || AccountantHeading(c.text)) && !open) {
        open = true;
        from = l.start;
      } else if (open && (k == LabelKind::kName || k == LabelKind::kFileNumber ||
                          k == LabelKind::kIrs || k == LabelKind::kState)) {
        out.emplace_back(from, l.start);
        open = false;
      }
    }
  }
  if (open) out.emplace_back(from, lines.back().end);
  return out;
}

}  // namespace cover
}  // namespace secx
