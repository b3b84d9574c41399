// Dividend tables with column headings, as 10-K equity notes and Item 5
// lay them out (HTML, or fixed-width text in 1990s filings):
//
//   (In millions, except per share amounts)
//   Declaration Date   Record Date   Payment Date   Per Share   Amount
//   First Quarter
//   September 16, 2024 November 21, 2024 December 12, 2024 $0.83 $6,170
//
// One dividend a row. A value takes the role of the heading above it, and
// only that role: per_share only under a heading that says per share (never
// one that says millions), dates under their own date heading, the total
// under an amount/total heading, scaled by the unit the table states. Rows
// whose dates contradict their roles (record after payment, declaration
// after record) are dropped: the columns were misread. Within one table,
// total / per_share is the share count; a row whose implied count is off
// the table's median by more than 10% is marked.
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <map>

#include "extract/facts/dates.h"
#include "extract/facts/dividends_internal.h"
#include "extract/facts/money.h"
#include "extract/facts/table_grid.h"
#include "extract/facts/text_scan.h"

namespace secx {
namespace facts {
namespace {

enum class Role {
  kOther,
  kLabel,
  kDeclared,
  kRecord,
  kPayable,
  kPerShare,
  kTotal
};

// "Per Share", "Per-Share", "per Common Share", "per Depositary Share",
// "Per Class A Share", "per ADS", "per American Depositary Share", "per
// Unit".
bool PerShareWords(std::string_view s) {
  static const RE2 re(
      "(?i)\\bper[\\s-]+(?:(?:class\\s+[a-z]|[a-z]+)\\s+){0,3}"
      "(?:shares?|ads|adss|units?)\\b");
  return RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), re);
}

// Another measure per share: "Basic earnings per share", "Net income per
// share", "Book value per share", "Net asset value per unit", "Price per
// share".
bool OtherPerShareMeasure(std::string_view h) {
  static const RE2 re(
      "(?i)\\b(?:earnings|income|loss|eps|book\\s+value|net\\s+asset\\s+value|"
      "nav|price|revenues?|sales|cash\\s+flow|ffo|affo)\\b");
  return !ContainsLower(h, "dividend") && !ContainsLower(h, "distribution") &&
         RE2::PartialMatch(re2::StringPiece(h.data(), h.size()), re);
}

Role RoleOf(std::string_view h) {
  if (PerShareWords(h)) {
    return ContainsLower(h, "million") || ContainsLower(h, "thousand") ||
                   OtherPerShareMeasure(h)
               ? Role::kOther
               : Role::kPerShare;
  }
  // "Total Dividends Paid (in millions)", "Amount Declared": an amount,
  // though a verb of a date role is in it.
  if (!ContainsLower(h, "date") &&
      (ContainsLower(h, "total") || ContainsLower(h, "amount") ||
       ContainsLower(h, "aggregate"))) {
    return Role::kTotal;
  }
  // Other amounts in a unit: "Paid in Cash (000s)", "Reinvested (in
  // thousands)" are parts of the total, no dates.
  if (!ContainsLower(h, "date") &&
      (ContainsLower(h, "(000") || ContainsLower(h, "thousand") ||
       ContainsLower(h, "million"))) {
    return Role::kOther;
  }
  if (ContainsLower(h, "record")) return Role::kRecord;
  // ("Date determined": an Australian board determines its dividends.)
  // ("Date of Resolution": a Japanese board resolves its dividends.)
  if (ContainsLower(h, "declar") || ContainsLower(h, "approv") ||
      ContainsLower(h, "announc") || ContainsLower(h, "resolution") ||
      (ContainsLower(h, "date") && ContainsLower(h, "determined"))) {
    return Role::kDeclared;
  }
  if (ContainsLower(h, "payable") || ContainsLower(h, "payment") ||
      ContainsLower(h, "paid") || ContainsLower(h, "pay date") ||
      ContainsLower(h, "distribution date")) {
    return Role::kPayable;
  }
  if (ContainsLower(h, "amount") || ContainsLower(h, "total") ||
      ContainsLower(h, "aggregate")) {
    return Role::kTotal;
  }
  if (ContainsLower(h, "quarter") || ContainsLower(h, "period")) {
    return Role::kLabel;
  }
  return Role::kOther;
}

const char* const kRoleNames[] = {
    "",          "row",         "declared_date", "record_date", "payable_date",
    "per_share", "total_amount"};

// Raw lines (blank ones kept) of text[from, to).
std::vector<Piece> RawLines(std::string_view text, size_t from, size_t to) {
  std::vector<Piece> out;
  size_t pos = from;
  while (pos < to) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos || end > to) end = to;
    out.push_back({pos, end});
    pos = end + 1;
  }
  return out;
}

bool HasValue(const std::vector<GridCell>& cells) {
  for (const GridCell& c : cells) {
    if (c.cell.kind == TableCell::kDate || c.cell.kind == TableCell::kMoney)
      return true;
  }
  return false;
}

const RE2& QuarterRe() {
  static const RE2 re(
      "(?i)\\b(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)\\s+"
      "(?:fiscal\\s+)?quarter|q[1-4]|quarter\\s+ended)\\b");
  return re;
}

const RE2& YearGroupRe() {
  static const RE2 re("(?i)^(?:fiscal\\s+(?:year\\s+)?)?(?:19|20)\\d\\d:?$");
  return re;
}

// A year group's row as its year: "2023:" -> "2023".
std::string GroupYear(std::string_view row) {
  std::string f = FoldSpace(row);
  if (!f.empty() && f.back() == ':') f.pop_back();
  return f;
}

// Money cell with ".12" / "$.12" read as 0.12.
std::optional<Money> Amount(const TableCell& c) {
  std::string t = c.text;
  size_t dot = t.find('.');
  if (dot != std::string::npos &&
      (dot == 0 || !std::isdigit(static_cast<unsigned char>(t[dot - 1])))) {
    t.insert(dot, "0");
  }
  return ParseMoneyCell(t);
}

// A table may set column groups side by side, one per year:
//
//                  2023                              2022
//   Date Declared  Payment Date  Per Share  Date Declared  Payment Date ...
//
// A group starts where a value role repeats; each group of a row is its own
// dividend, with the group's year (from a line of years above the headings,
// one per group) as fiscal_year. Per-share columns of classes of shares
// ("Per Class A Share | Per Class B Share") are groups of their own that
// share the dates of the first: one dividend per class, each its class.
struct Table {
  std::vector<GridHeading> headings;
  std::vector<Role> roles;
  std::vector<int> group;          // per heading; -1 for label/other columns
  std::vector<std::string> years;  // per group, "" when not stated
  std::vector<int> base;           // per group: the group whose dates it shares
  std::vector<std::string> classes;  // per group: its per-share column's class
  // Per group: "special" or "variable" for a column of such dividends paid
  // with the regular ones ("Base Dividend per Share | Variable Dividend per
  // Share"), else "".
  std::vector<std::string> kinds;
  // Per group: its total column names its class ("Total common (R$
  // million)", "Total preferred"), so the total is that class's own.
  std::vector<bool> own_total;
  int groups = 1;
  int unit = 0;
  std::string per_share_heading;
  bool quarterly = false;
  bool preferred = false;  // a table of preferred-stock dividends
  // TAB-separated cells (HTML): a cell's place is its slot, so a cell
  // under no heading has none.
  bool tabbed = false;
  // Per share by a lead-in that does not say so: every amount must be
  // small and in cents.
  bool inferred = false;
  // The one year the lead-in names ("Cash dividends declared during the
  // first nine months of 2001 were as follows:"): the year of dates
  // written without theirs ("Feb. 6"); "" when it names none or several.
  std::string lead_year;
  // The record and payment dates a lead-in gives every row of a table
  // without date columns ("... declared the following dividends on the
  // Company's preferred stock ..., payable May 15, 2014 to holders of
  // record on May 1, 2014:").
  std::string lead_record, lead_payable;
};

// The class of shares a per-share heading names: "Per Class A Share" ->
// "Class A"; "" when none.
// A heading of a preferred stock's amounts ("4.40% Preferred per share")
// gives "Preferred".
std::string HeadingClass(const std::string& h) {
  static const RE2 re("(?i)\\b(class\\s+[a-c])\\b");
  static const RE2 preferred_re("(?i)\\bpreferred\\b");
  if (RE2::PartialMatch(h, preferred_re)) return "Preferred";
  std::string cls;
  if (!RE2::PartialMatch(h, re, &cls)) return "";
  cls[0] = 'C';
  cls.back() = static_cast<char>(std::toupper(static_cast<unsigned char>(cls.back())));
  return cls;
}

// A label or heading naming a special dividend: "Special", "Extra
// dividend", "One-time dividend".
bool NamesSpecial(const std::string& s) {
  static const RE2 special_re("(?i)\\b(?:special|extra|one-time)\\b");
  return RE2::PartialMatch(s, special_re);
}

// The kind of dividend a per-share heading names beside the regular one:
// "Variable Dividend per Share" -> "variable", "Special Dividend" ->
// "special"; "" for any other.
std::string HeadingKind(const std::string& h) {
  static const RE2 variable_re("(?i)\\b(?:variable|supplemental)\\b");
  if (RE2::PartialMatch(h, variable_re)) return "variable";
  if (NamesSpecial(h)) return "special";
  return "";
}

void SetGroups(Table* t) {
  t->group.assign(t->headings.size(), -1);
  int g = 0;
  std::vector<bool> seen(8, false);
  t->base.assign(1, -1);
  t->classes.assign(1, "");
  t->kinds.assign(1, "");
  t->own_total.assign(1, false);
  for (size_t h = 0; h < t->headings.size(); ++h) {
    Role r = t->roles[h];
    if (r == Role::kOther || r == Role::kLabel) continue;
    int ri = static_cast<int>(r);
    // A total column naming a class whose per-share column came before
    // ("Per common share | Total common | Per preferred share | Total
    // preferred"): the last group of that class, if its total is not
    // yet taken.
    if (r == Role::kTotal) {
      static const RE2 common_re("(?i)\\bcommon\\b");
      const std::string& text = t->headings[h].text;
      std::string named = HeadingClass(text);
      bool common = named.empty() && RE2::PartialMatch(text, common_re);
      int k = g;
      while ((!named.empty() || common) && k >= 0 &&
             !(t->classes[k] == named && (!common || t->base[k] < 0))) {
        --k;
      }
      bool taken = k < 0;
      for (size_t o = 0; !taken && o < h; ++o) {
        taken = t->group[o] == k && t->roles[o] == Role::kTotal;
      }
      if ((!named.empty() || common) && !taken) {
        t->group[h] = k;
        t->own_total[k] = true;
        if (k == g) seen[ri] = true;
        continue;
      }
    }
    std::string cls =
        r == Role::kPerShare ? HeadingClass(t->headings[h].text) : "";
    int b = t->base[g] < 0 ? g : t->base[g];
    // A second per-share column of another kind of dividend, paid with the
    // same dates: a group sharing the first's dates.
    std::string kind =
        r == Role::kPerShare ? HeadingKind(t->headings[h].text) : "";
    if (r == Role::kPerShare && seen[ri] && !kind.empty() && cls.empty() &&
        t->classes[g].empty() && t->kinds[g].empty()) {
      ++g;
      t->base.push_back(b);
      t->classes.push_back("");
      t->kinds.push_back(kind);
      t->own_total.push_back(false);
      t->group[h] = g;
      continue;
    }
    // ("Common per share | 4.40% Preferred per share": the preferred
    // stock's amounts of the same dates, beside the common's.)
    if (r == Role::kPerShare && seen[ri] && !cls.empty() &&
        (!t->classes[g].empty() || cls == "Preferred") &&
        cls != t->classes[g]) {
      ++g;  // another class's amount of the same dividends
      t->base.push_back(b);
      t->classes.push_back(cls);
      t->kinds.push_back("");
      t->own_total.push_back(false);
      t->group[h] = g;
      continue;
    }
    if (t->base[g] >= 0 && r != Role::kPerShare && !seen[ri]) {
      seen[ri] = true;  // a column after the classes': the dividends' own
      t->group[h] = b;
      continue;
    }
    if (seen[ri]) {
      ++g;
      seen.assign(8, false);
      t->base.push_back(-1);
      t->classes.push_back("");
      t->kinds.push_back("");
      t->own_total.push_back(false);
    }
    seen[ri] = true;
    if (r == Role::kPerShare) t->classes[g] = cls;
    t->group[h] = g;
  }
  t->groups = g + 1;
  t->years.assign(t->groups, "");
}

struct Row {
  Piece line;
  std::string label;
  std::string group;
  std::vector<GridCell> cells;
  // Under a section row naming a preferred stock ("Series C preferred
  // stock" over its quarters), until a section of common stock.
  bool preferred_section = false;
  // Under a section row of common stock ("Common Stock" over its
  // quarters, in a table whose lead-in speaks of preferred stock only).
  bool common_section = false;
};

// What the asterisk's footnote after a table (from `from`, within 1,500
// bytes) says its amount is: "special" for a special or extra dividend,
// "other" for a capital gain distribution, a return of capital or a
// supplemental dividend, "" for anything else or no footnote.
std::string StarNoteKind(std::string_view text, size_t from) {
  if (from >= text.size()) return "";
  re2::StringPiece rest(text.data() + from,
                        std::min<size_t>(1500, text.size() - from));
  static const RE2 note_re(
      "(?m)^[ \\t]*\\*(?:[ \\t]+|[A-Za-z])([^\\n]{1,160})");
  std::string note;
  if (!RE2::PartialMatch(rest, note_re, &note)) return "";
  static const RE2 special_re("(?i)\\b(?:special|extra)\\b");
  static const RE2 other_re(
      "(?i)\\bcapital\\s+gains?\\b|\\breturn\\s+of\\s+capital\\b|"
      "\\bsupplemental\\b");
  if (RE2::PartialMatch(note, special_re)) return "special";
  if (RE2::PartialMatch(note, other_re)) return "other";
  return "";
}

void EmitRows(const Document& doc, const Table& t, const std::vector<Row>& rows,
              std::vector<Dividend>* out) {
  std::string table_currency;
  for (const Row& r : rows) {
    for (const GridCell& c : r.cells) {
      if (c.cell.kind != TableCell::kMoney) continue;
      // (The per-share amounts' sign: not a translation's beside them.)
      int h = HeadingOf(t.headings, c);
      if (h >= 0 && t.roles[h] == Role::kOther) continue;
      auto m = Amount(c.cell);
      if (m && !m->currency.empty()) table_currency = m->currency;
    }
  }
  // Bare numbers under a heading that names their currency: "A$ per
  // share", "US$ per share", "\u20ac per share" (not a hundredth's, "Pence
  // per share": its amounts are not shifted here).
  if (table_currency.empty()) {
    static const RE2 sign_re(
        "(?i)^\\s*(a\\$|c\\$|us\\$|\\x{20AC}|\\x{A3}|\\x{A5}|euros?|yen)\\s+"
        "per\\b");
    std::string sign;
    int shift = 0;
    if (RE2::PartialMatch(t.per_share_heading, sign_re, &sign)) {
      if (sign == "\xC2\xA3") sign = "gbp";
      UnitCurrency(Lower(sign), &table_currency, &shift);
    } else {
      // Or in parentheses: "Dividend per share (\u20ac)".
      HeadingUnit(t.per_share_heading, &table_currency, &shift);
    }
    if (shift != 0) table_currency.clear();
  }
  // Bare numbers under a heading of a currency's hundredths ("Cents per
  // Share", "Pence per share"): the amounts in its units, the currency a
  // sign in another heading names ("Amount (A$ millions)"), else the
  // hundredths' own (cents: the filing's dollars, see DocumentDollars).
  std::string hundredths_currency;
  {
    static const RE2 hundredths_re("(?i)\\b(cents?|pence)\\b");
    std::string unit;
    if (RE2::PartialMatch(t.per_share_heading, hundredths_re, &unit)) {
      int shift = 0;
      UnitCurrency(Lower(unit), &hundredths_currency, &shift);
      static const RE2 sign_re(
          "(?i)(?:^|[\\s(])(a\\$|c\\$|us\\$|hk\\$|nz\\$|s\\$)");
      for (const GridHeading& h : t.headings) {
        std::string sign;
        if (h.text == t.per_share_heading ||
            !RE2::PartialMatch(h.text, sign_re, &sign)) {
          continue;
        }
        std::string c = CurrencyCode(sign);
        if (!c.empty()) hundredths_currency = c;
        break;
      }
    }
  }
  // A table of classes' columns ("Per Class A Share | Per Class B Share").
  bool classed = false;
  for (int g = 0; g < t.groups; ++g) classed |= t.base[g] >= 0;
  std::vector<Dividend> got;
  std::vector<std::pair<int, std::string>> got_written;  // group, per share
  for (const Row& r : rows) {
    bool quarter_label = RE2::PartialMatch(r.label, QuarterRe());
    std::vector<Dividend> ds(t.groups);
    std::vector<std::string> written(t.groups);
    // Per-share amounts marked by an asterisk ("$0.3500*").
    std::vector<bool> starred(t.groups, false);
    std::vector<std::string> provs(t.groups, "row '" + r.label + "'");
    // A month without its day under a date heading ("January 2024" under
    // "Date Declared") dates the row, though no date can be given.
    std::vector<bool> month_dated(t.groups, false);
    // Groups with a date given its year by the lead-in or the section.
    std::vector<bool> yearless(t.groups, false);
    std::string row_year = t.lead_year;
    {
      static const RE2 year_re("((?:19|20)\\d\\d)");
      std::string y;
      if (RE2::PartialMatch(r.group, year_re, &y)) row_year = y;
    }
    static const RE2 month_year_re(
        "(?i)\\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
        "\\.?,?\\s+(?:19|20)\\d\\d\\s*");
    // In an HTML table a cell under no heading is only near one; when
    // another cell of the row is under that heading, the heading is the
    // other's ("| Record Date | Payment Date" over "September 19, 2023 |
    // November 16, 2023 | December 14, 2023": the first date's column has
    // no heading). (Fixed-width and OCR'd rows stray from their headings'
    // columns: there the nearest heading stays.)
    auto under = [](const GridHeading& h, const GridCell& c) {
      return std::max(h.from, c.from) < std::min(h.to, c.to);
    };
    for (const GridCell& c : r.cells) {
      int h = HeadingOf(t.headings, c);
      if (h < 0 || t.group[h] < 0) continue;
      if (t.tabbed && !under(t.headings[h], c) &&
          std::any_of(r.cells.begin(), r.cells.end(), [&](const GridCell& o) {
            return &o != &c && under(t.headings[h], o);
          })) {
        continue;
      }
      Role role = t.roles[h];
      Dividend& d = ds[t.group[h]];
      if (c.cell.kind == TableCell::kWords &&
          (role == Role::kDeclared || role == Role::kRecord ||
           role == Role::kPayable) &&
          RE2::FullMatch(c.cell.text, month_year_re)) {
        month_dated[t.group[h]] = true;
        continue;
      }
      // A month and day without the year ("Feb. 6", "Sept. 14") in a
      // table whose lead-in names one year, or under a year's section
      // row ("1998" over its months): that year's date (a later date
      // before an earlier one rolls into the next year, below).
      static const RE2 month_day_re(
          "(?i)\\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
          "\\.?\\s+\\d{1,2}\\s*");
      if (c.cell.kind == TableCell::kWords && !row_year.empty() &&
          (role == Role::kDeclared || role == Role::kRecord ||
           role == Role::kPayable) &&
          RE2::FullMatch(c.cell.text, month_day_re)) {
        std::string* slot = role == Role::kDeclared ? &d.declared_date
                            : role == Role::kRecord ? &d.record_date
                                                    : &d.payable_date;
        std::string iso = ParseDate(FoldSpace(c.cell.text) + ", " + row_year);
        if (!slot->empty() || iso.empty()) continue;
        *slot = iso;
        yearless[t.group[h]] = true;
        provs[t.group[h]] += std::string("; ") +
                             kRoleNames[static_cast<int>(role)] + " '" +
                             t.headings[h].text + "'";
        continue;
      }
      if (c.cell.kind == TableCell::kDate) {
        std::string* slot = role == Role::kDeclared  ? &d.declared_date
                            : role == Role::kRecord  ? &d.record_date
                            : role == Role::kPayable ? &d.payable_date
                                                     : nullptr;
        if (!slot || !slot->empty()) continue;
        *slot = c.cell.iso;
      } else if (c.cell.kind == TableCell::kMoney) {
        auto m = Amount(c.cell);
        if (!m) continue;
        if (role == Role::kPerShare && d.per_share.empty() && !m->scaled) {
          written[t.group[h]] = c.cell.text;
          starred[t.group[h]] =
              (!c.cell.text.empty() && c.cell.text.back() == '*') ||
              (c.cell.end < doc.text.size() && doc.text[c.cell.end] == '*');
          d.per_share = PerShareForm(m->amount);
          d.currency = m->currency.empty() ? table_currency : m->currency;
          if (m->currency.empty() && !hundredths_currency.empty()) {
            d.per_share = FromHundredths(m->amount);
            d.currency = hundredths_currency;
          }
        } else if (role == Role::kTotal && d.total_amount.empty()) {
          d.total_amount = WholeUnits(
              m->scaled ? m->amount : ShiftDecimal(m->amount, t.unit));
        } else {
          continue;
        }
      } else {
        continue;
      }
      provs[t.group[h]] += std::string("; ") +
                           kRoleNames[static_cast<int>(role)] + " '" +
                           t.headings[h].text + "'";
    }
    // Dates in the lead-in's year run in order: declared, record,
    // payable; one before the date it follows is of the next year ("Dec.
    // 12 | Jan. 5 | Jan. 20").
    for (int g = 0; g < t.groups; ++g) {
      if (!yearless[g]) continue;
      {
        Dividend& d = ds[g];
        std::string* order[] = {&d.declared_date, &d.record_date,
                                &d.payable_date};
        for (int k = 1; k < 3; ++k) {
          if (order[k]->empty() || order[k - 1]->empty()) continue;
          if (*order[k] < *order[k - 1] && order[k]->substr(0, 4) == row_year) {
            *order[k] =
                std::to_string(std::stoi(row_year) + 1) + order[k]->substr(4);
          }
        }
      }
    }
    // A row without dates takes the lead-in's.
    for (int g = 0; g < t.groups; ++g) {
      Dividend& d = ds[g];
      if (t.lead_payable.empty() || d.per_share.empty() ||
          !d.record_date.empty() || !d.payable_date.empty()) {
        continue;
      }
      d.record_date = t.lead_record;
      d.payable_date = t.lead_payable;
      provs[g] += "; dates of the lead-in";
    }
    // Classes' groups take the dates of the group they share; a total of
    // all classes is no one class's.
    for (int g = 0; g < t.groups; ++g) {
      if (t.base[g] < 0) continue;
      const Dividend& b = ds[t.base[g]];
      ds[g].declared_date = b.declared_date;
      ds[g].record_date = b.record_date;
      ds[g].payable_date = b.payable_date;
      month_dated[g] = month_dated[t.base[g]];
    }
    for (int g = 0; g < t.groups; ++g) {
      Dividend& d = ds[g];
      if (d.per_share.empty()) continue;
      if (classed) {
        if (!t.own_total[g]) d.total_amount.clear();
        d.share_class = t.classes[g];
      }
      bool dated = !d.record_date.empty() || !d.payable_date.empty() ||
                   !d.declared_date.empty();
      if (!dated && !quarter_label && !month_dated[g]) continue;
      // A month's row ("January 2024", "March") is no quarter's, though
      // the table sits among quarterly dividends.
      static const RE2 month_re(
          "(?i)\\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?"
          "(?:\\s+(?:19|20)\\d\\d)?\\s*");
      if ((quarter_label || t.quarterly) &&
          !RE2::FullMatch(r.label, month_re)) {
        d.kind = "quarterly";
      }
      // A row of a special dividend among the quarters ("Special"), or
      // one a type column calls so ("Q4 | Special | November 5, 2024 |
      // ..."); a supplemental or variable one is no regular quarter's
      // ("Base" / "Supplemental" rows of a business development company).
      std::string row_kind = HeadingKind(r.label);
      for (size_t c = 1; c < r.cells.size(); ++c) {
        if (r.cells[c].cell.kind == TableCell::kWords &&
            FoldSpace(r.cells[c].cell.text).size() <= 24) {
          std::string k = HeadingKind(r.cells[c].cell.text);
          if (!k.empty()) row_kind = k;
        }
      }
      // An interim or final dividend's row ("Interim", "Final dividend")
      // of a half-yearly payer.
      static const RE2 part_re(
          "(?i)\\s*(interim|final)(?:\\s+dividends?)?\\s*");
      std::string part;
      if (RE2::FullMatch(r.label, part_re, &part)) {
        d.kind = Lower(part) == "interim" ? "interim" : "year-end";
      }
      if (row_kind == "special") d.kind = "special";
      if (row_kind == "variable") d.kind.clear();
      // A column of special or variable dividends: a variable dividend is
      // no regular quarter's, and the contract has no kind for it.
      if (t.kinds[g] == "special") d.kind = "special";
      if (t.kinds[g] == "variable") d.kind.clear();
      // An amount its footnote calls a capital gain distribution or a
      // special dividend ("$0.3500*" over "* Long-term capital gain
      // distribution.") is no regular quarter's.
      if (starred[g]) {
        std::string k = StarNoteKind(doc.text, rows.back().line.end);
        if (k == "special") d.kind = "special";
        if (k == "other") d.kind.clear();
      }
      // A row of a preferred series ("Series A Preferred", "Series B").
      static const RE2 series_re("(?i)\\bpreferred\\b|\\bseries\\s+[a-z]\\b");
      if ((t.preferred && !r.common_section) || r.preferred_section ||
          (RE2::PartialMatch(r.label, series_re) &&
           !ContainsLower(r.label, "common"))) {
        d.share_class = "Preferred";
      }
      if (!t.years[g].empty()) {
        d.fiscal_year = t.years[g];
        provs[g] += "; group '" + t.years[g] + "'";
      } else if (!r.group.empty()) {
        d.fiscal_year = r.group;
      } else if (t.groups > 1 && !classed) {
        continue;  // side-by-side groups without their years: which year?
      }
      d.status =
          ContainsLower(t.per_share_heading, "paid") ? "paid" : "declared";
      d.provenance = provs[g];
      d.span = MakeSpan(doc, r.line.start, r.line.end, 0.85,
                        "dividend.column_table");
      CheckDividendDates(&d);
      if (!d.check_failures.empty()) continue;  // roles misread: leave it out
      got.push_back(std::move(d));
      got_written.push_back({g, written[g]});
    }
  }
  if (t.inferred && !AllCents(got_written, got)) return;
  // Per-share amounts unlike the rest of their column are misreadings
  // (ColumnAgrees).
  {
    std::vector<bool> keep = ColumnAgrees(got_written, doc.ocr_text);
    std::vector<Dividend> kept;
    for (size_t k = 0; k < got.size(); ++k) {
      if (keep[k]) kept.push_back(std::move(got[k]));
    }
    got = std::move(kept);
  }
  // A total of fewer than a million shares' dividends (no listed
  // company's count) is in a unit the table does not state where it was
  // read ("(in thousands)" pages above, or a page header): the amount's
  // unit is unknown, so no total is claimed.
  for (Dividend& d : got) {
    // (As doubles: a rate of seven decimals, "0.4140625", has no micros.)
    double per = std::strtod(d.per_share.c_str(), nullptr);
    double total = std::strtod(d.total_amount.c_str(), nullptr);
    if (t.unit == 0 && per > 0 && total > 0 && total / per < 1e6) {
      d.total_amount.clear();
    }
  }
  // total / per_share: one share count for the table's rows of one class
  // (the common stock's; preferred series each have their own count).
  std::map<std::string, std::vector<long double>> implied;
  for (const Dividend& d : got) {
    auto per = ToMicros(d.per_share), total = ToMicros(d.total_amount);
    if (per && total && *per > 0 && d.share_class != "Preferred")
      implied[d.share_class].push_back((long double)*total / *per);
  }
  for (auto& [cls, counts] : implied) {
    if (counts.size() < 2) continue;
    std::vector<long double> sorted = counts;
    std::sort(sorted.begin(), sorted.end());
    long double median = sorted[sorted.size() / 2];
    for (Dividend& d : got) {
      if (d.share_class != cls) continue;
      auto per = ToMicros(d.per_share), total = ToMicros(d.total_amount);
      if (!per || !total || *per == 0) continue;
      long double n = (long double)*total / *per;
      if (n < 0.9L * median || n > 1.1L * median) {
        d.check_failures.push_back(
            "total_amount " + d.total_amount + " / per_share " + d.per_share +
            " is not the share count of the table's other rows");
        d.span.confidence *= 0.6;
      }
    }
  }
  for (Dividend& d : got) out->push_back(std::move(d));
}

// The heading block around line `at`: word-only lines directly above and
// below (wrapped headings), stopping at blank lines and values.
// A table whose lead-in says its dividends are per share ("The following
// table summarizes the per share dividends declared") and whose one amount
// column is headed "Amount" (or "Dividend") alone: that column is per share,
// when nothing above the table or in the headings states a unit of totals.
bool AmountIsPerShare(std::string_view text, const std::vector<Piece>& lines,
                      size_t lo, size_t hi, Table* t) {
  static const RE2 amount_re(
      "(?i)\\s*(?:dividends?\\s+)?amounts?(?:\\s+of\\s+dividends?)?\\s*");
  // Or "Dividend" alone ("Date Declared | Record Date | Date Paid |
  // Dividend").
  static const RE2 dividend_re("(?i)\\s*(?:cash\\s+)?dividends?\\s*");
  int amount = -1;
  for (size_t k = 0; k < t->roles.size(); ++k) {
    bool bare = t->roles[k] == Role::kOther &&
                RE2::FullMatch(t->headings[k].text, dividend_re);
    if (t->roles[k] != Role::kTotal && !bare) continue;
    if (amount >= 0 ||
        (!bare && !RE2::FullMatch(t->headings[k].text, amount_re))) {
      return false;
    }
    amount = static_cast<int>(k);
  }
  if (amount < 0 || lo == 0) return false;
  bool lead_in = false;
  for (size_t i = lo > 3 ? lo - 3 : 0; i < hi; ++i) {
    std::string_view l = text.substr(lines[i].start, lines[i].size());
    if (UnitOf(l) || ContainsLower(l, "except per share")) return false;
    if (i < lo) {
      lead_in |= ContainsLower(l, "dividend") &&
                 (PerShareWords(l) || ContainsLower(l, "per share dividend") ||
                  ContainsLower(l, "per-share dividend"));
    }
  }
  if (!lead_in) {
    // A lead-in of the common stock's dividends without "per share" ("The
    // following table sets forth the dividends declared on our common
    // stock:"): per share only if every amount proves small (EmitRows).
    static const RE2 common_re(
        "(?i)dividends?\\s+(?:declared\\s+|paid\\s+)?(?:on|to\\s+holders\\s+of)\\s+"
        "(?:our|the\\s+company's|its)?\\s*(?:common|ordinary)\\s+(?:stock|shares)");
    for (size_t i = lo > 3 ? lo - 3 : 0; i < lo; ++i) {
      std::string_view l = text.substr(lines[i].start, lines[i].size());
      if (RE2::PartialMatch(re2::StringPiece(l.data(), l.size()), common_re) &&
          !ContainsLower(l, "preferred") && !ContainsLower(l, "subsidiar") &&
          !ContainsLower(l, "noncontrolling")) {
        t->inferred = true;
      }
    }
    if (!t->inferred) return false;
  }
  t->roles[amount] = Role::kPerShare;
  t->per_share_heading = t->headings[amount].text;
  return true;
}

// The record and payment dates of a lead-in's last sentence ("The Board
// also declared the following dividends on the Company's preferred stock
// ..., payable May 15, 2014 to holders of record on May 1, 2014"): both,
// or false.
bool LeadDates(std::string_view l, std::string* record, std::string* payable) {
  std::string last(SentenceTail(l));
  static const RE2 pay_re(std::string("(?i)\\bpayable\\s+(?:on\\s+)?(") +
                          kDateRe + ")");
  static const RE2 rec_re(
      std::string("(?i)\\brecord\\s+(?:on\\s+|as\\s+of\\s+|at\\s+the\\s+"
                  "close\\s+of\\s+business\\s+on\\s+)?(") +
      kDateRe + ")");
  std::string pay, rec;
  if (!ContainsLower(last, "dividend") ||
      !RE2::PartialMatch(last, pay_re, &pay) ||
      !RE2::PartialMatch(last, rec_re, &rec)) {
    return false;
  }
  *payable = ParseDate(pay);
  *record = ParseDate(rec);
  return !payable->empty() && !record->empty();
}

// Whether line `l` is a lead-in ending in a colon whose last sentence
// dates the dividends below it (LeadDates, which fills the dates).
bool LeadDated(std::string_view l, std::string* record, std::string* payable) {
  size_t colon = l.find_last_not_of(" \t");
  if (colon == std::string_view::npos || l[colon] != ':') return false;
  return LeadDates(l.substr(0, colon), record, payable);
}

bool ReadTable(std::string_view text, const std::vector<Piece>& lines,
               size_t at, Table* t, size_t* first_row, size_t* block_start) {
  bool tabbed = text.substr(lines[at].start, lines[at].size()).find('\t') !=
                std::string_view::npos;
  t->tabbed = tabbed;
  auto heading_line = [&](size_t i) {
    std::string_view l = text.substr(lines[i].start, lines[i].size());
    if (BlankText(l) || l.size() > 300) return false;
    if (tabbed && l.find('\t') == std::string_view::npos) return false;
    std::vector<GridCell> cells = GridLine(text, lines[i]);
    return !cells.empty() && !HasValue(cells);
  };
  size_t lo = at, hi = at + 1;
  while (lo > 0 && at - lo < 3 && heading_line(lo - 1)) --lo;
  // (A rule under the headings ends them: "Fiscal 1997" under it is the
  // first rows' year.)
  while (hi < lines.size() && hi - at < 4 && heading_line(hi)) {
    ++hi;
    if (RuleLine(text.substr(lines[hi - 1].start, lines[hi - 1].size()))) break;
  }
  std::vector<Piece> block(lines.begin() + lo, lines.begin() + hi);
  t->headings = GridHeadings(text, block);
  if (tabbed && hi < lines.size())
    SeatHeadings(FirstRows(text, lines[hi].start), &t->headings);
  // A unit alone under a title that spans its column and others
  // ("Dividend per ordinary share" over "(Lire) | (US$)"): the title's
  // words with the unit.
  {
    for (GridHeading& h : t->headings) {
      if (!UnitsOnly(h.text)) continue;
      bool joined = false;
      for (const Piece& l : block) {
        if (joined || RuleLine(text.substr(l.start, l.size()))) continue;
        for (const GridCell& c : GridLine(text, l)) {
          if (c.cell.kind == TableCell::kWords && c.from < h.to &&
              c.to > h.from && c.to - c.from > h.to - h.from &&
              !UnitsOnly(c.cell.text)) {
            h.text = FoldSpace(c.cell.text + " " + h.text);
            joined = true;
            break;
          }
        }
      }
    }
  }
  bool per_share = false;
  for (const GridHeading& h : t->headings) {
    Role r = RoleOf(h.text);
    t->roles.push_back(r);
    per_share |= r == Role::kPerShare;
    if (r == Role::kLabel && ContainsLower(h.text, "quarter"))
      t->quarterly = true;  // rows labelled by quarter ("First")
    if (r == Role::kTotal && UnitOf(h.text)) t->unit = UnitOf(h.text);
  }
  // "Per Share | Per Depositary Share": one dividend on two bases; the
  // share's is the dividend's, the depositary share's column is not read.
  {
    static const RE2 depositary_re("(?i)\\bdepositary\\b|\\bads\\b");
    bool share = false, depositary = false;
    for (size_t h = 0; h < t->headings.size(); ++h) {
      if (t->roles[h] != Role::kPerShare) continue;
      (RE2::PartialMatch(t->headings[h].text, depositary_re) ? depositary
                                                             : share) = true;
    }
    for (size_t h = 0; share && depositary && h < t->headings.size(); ++h) {
      if (t->roles[h] == Role::kPerShare &&
          RE2::PartialMatch(t->headings[h].text, depositary_re)) {
        t->roles[h] = Role::kOther;
      }
    }
  }
  // "Dividend per ordinary share (Lire) | ... (US$)": the dollars are the
  // lire's translation, not read.
  {
    bool foreign = false;
    std::vector<std::string> currency(t->headings.size());
    // ("Dividend per registered share | US$ per registered share": the
    // dollars named before the words, the other column's unit in its
    // cells.)
    static const RE2 dollars_first_re(
        "(?i)^\\s*(?:us\\$|u\\.\\s?s\\.\\s?\\$|u\\.\\s?s\\.\\s+dollars?|us\\s+"
        "dollars?)"
        "\\s+(?:equivalent\\s+)?per\\b");
    size_t read = 0, dollars_first = 0;
    for (size_t h = 0; h < t->headings.size(); ++h) {
      if (t->roles[h] != Role::kPerShare) continue;
      ++read;
      int shift = 0;
      if (HeadingUnit(t->headings[h].text, &currency[h], &shift)) {
        foreign |= currency[h] != "USD";
      } else if (RE2::PartialMatch(t->headings[h].text, dollars_first_re)) {
        currency[h] = "USD";
        ++dollars_first;
      }
    }
    foreign |= dollars_first > 0 && dollars_first < read;
    for (size_t h = 0; foreign && h < t->headings.size(); ++h) {
      if (t->roles[h] == Role::kPerShare && currency[h] == "USD") {
        t->roles[h] = Role::kOther;
      }
    }
    // The heading read for the amounts' unit: the last one still read.
    for (size_t h = 0; h < t->headings.size(); ++h) {
      if (t->roles[h] == Role::kPerShare)
        t->per_share_heading = t->headings[h].text;
    }
  }
  if (!per_share) per_share = AmountIsPerShare(text, lines, lo, hi, t);
  if (!per_share) return false;
  SetGroups(t);
  if (t->groups > 1 && lo > 0) {
    // The years of the groups: the nearest non-blank line above the
    // headings, one year cell per group and nothing else.
    size_t y = lo - 1;
    while (y > 0 && BlankText(text.substr(lines[y].start, lines[y].size()))) --y;
    std::vector<GridCell> cells = GridLine(text, lines[y]);
    if (static_cast<int>(cells.size()) == t->groups) {
      bool years = true;
      for (const GridCell& c : cells) {
        years &= RE2::FullMatch(c.cell.text, YearGroupRe());
      }
      if (years) {
        for (int g = 0; g < t->groups; ++g) t->years[g] = cells[g].cell.text;
      }
    }
  }
  // Unit stated above the table: "(In millions, except per share amounts)".
  if (t->unit == 0) {
    size_t from = lo > 4 ? lo - 4 : 0;
    for (size_t i = from; i < hi; ++i) {
      int u = UnitOf(text.substr(lines[i].start, lines[i].size()));
      if (u) t->unit = u;
    }
  }
  // "dividends declared on our Series A Preferred Stock" above the table
  // (and no common stock there): every row is a preferred dividend.
  bool preferred = false, common = false;
  for (size_t i = (lo > 3 ? lo - 3 : 0); i < hi; ++i) {
    std::string_view l = text.substr(lines[i].start, lines[i].size());
    if (ContainsLower(l, "quarterly")) t->quarterly = true;
    preferred |= ContainsLower(l, "preferred");
    common |= ContainsLower(l, "common");
  }
  t->preferred = preferred && !common;
  // The lead-in's last sentence, right above the heading, says whose rows
  // they are even when the paragraph compares them with the common ones:
  // "... rank senior to our common units. Distributions paid on the Series
  // A Preferred Units during 2023 were as follows:".
  if (preferred && common && lo > 0) {
    std::string_view l = text.substr(lines[lo - 1].start, lines[lo - 1].size());
    size_t colon = l.rfind(':');
    if (colon != std::string_view::npos && colon + 3 >= l.size()) {
      std::string_view last = SentenceTail(l.substr(0, colon));
      t->preferred = ContainsLower(last, "preferred") &&
                     !ContainsLower(last, "common");
    }
  }
  // The one year of the lead-in, the line or two right above the
  // headings (a short lead-in line may have joined the heading block).
  {
    static const RE2 year_re("\\b((?:19|20)\\d\\d)\\b");
    std::string one;
    bool several = false;
    size_t from = lo;
    for (int k = 0; k < 2 && from > 0;) {
      --from;
      k += !BlankText(text.substr(lines[from].start, lines[from].size()));
    }
    for (size_t i = from; i < at; ++i) {
      re2::StringPiece l(text.data() + lines[i].start, lines[i].size());
      std::string y;
      while (RE2::FindAndConsume(&l, year_re, &y)) {
        several |= !one.empty() && y != one;
        one = y;
      }
    }
    if (!several) t->lead_year = one;
  }
  bool date_columns = false;
  for (Role r : t->roles) {
    date_columns |=
        r == Role::kDeclared || r == Role::kRecord || r == Role::kPayable;
  }
  if (!date_columns && lo > 0) {
    LeadDated(text.substr(lines[lo - 1].start, lines[lo - 1].size()),
              &t->lead_record, &t->lead_payable);
  }
  *first_row = hi;
  *block_start = lines[lo].start;
  // Rows without a date need a quarter label (EmitRows).
  return true;
}

}  // namespace

// (dividends_internal.h)
int UnitOf(std::string_view s) {
  // Also a currency's sign before the word: "Total A$ million", "US$
  // millions", "\u20ac thousands".
  static const RE2 re(
      "(?i)(?:\\bin|\\((?:[a-z]{0,2}\\$|\\x{20AC}|\\x{A3}|[a-z]{3}\\b)?\\s*(?:"
      "in\\b)?)"
      "\\s*(thousands|millions|billions)\\b|(?:\\b[a-z]{1,2}\\$|\\x{20AC}|\\x{"
      "A3})"
      "[ \\t]*(thousand|million|billion)s?\\b"
      // "(Yen mil.)", "(\u00a5 mil.)".
      "|\\((?:[a-z]{3}|\\x{A5})\\s*(mil)\\.\\)");
  std::string unit, sign_unit, abbreviated;
  if (!RE2::PartialMatch(s, re, &unit, &sign_unit, &abbreviated)) return 0;
  if (unit.empty()) unit = sign_unit;
  if (unit.empty()) unit = abbreviated;
  switch (std::tolower(static_cast<unsigned char>(unit[0]))) {
    case 'b': return 9;
    case 'm': return 6;
    default: return 3;
  }
}

void ColumnTables(const Document& doc, const KeywordHits& hits,
                  std::vector<Dividend>* out, std::vector<Piece>* regions) {
  std::string_view text = doc.text;
  size_t done = 0;
  // Heading lines with a date role, and those of per-share columns only
  // right under a lead-in that dates every row (LeadDated).
  std::vector<Piece> heads =
      hits.LinesWith({"ecord", "ECORD", "ayable", "AYABLE", "ayment", "AYMENT",
                      "eclar", "ECLAR", "ate paid", "ate Paid", "ATE PAID"});
  // (A dating lead-in names its record and payment dates, so it is among
  // the keyword lines itself.)
  std::vector<size_t> dated;  // starts of the lines under dating lead-ins
  for (size_t k = 0, n = heads.size(); k < n; ++k) {
    std::string r, p;
    if (heads[k].end + 1 < text.size() &&
        LeadDated(text.substr(heads[k].start, heads[k].size()), &r, &p)) {
      heads.push_back(LineAt(text, heads[k].end + 1));
      dated.push_back(heads.back().start);
    }
  }
  SortUniqueLines(&heads);
  for (Piece hit : heads) {
    if (hit.start < done || hit.size() > 300) continue;
    if (!MayHaveSeveralCells(text, hit)) continue;  // prose
    // A heading line: at least two columns, a date role among them, no
    // values; the per-share heading may sit on a wrapped line. (Or
    // per-share columns under a dating lead-in.)
    std::vector<GridCell> cells = GridLine(text, hit);
    if (cells.size() < 2 || HasValue(cells)) continue;
    int date_roles = 0, per_share_roles = 0;
    for (const GridCell& c : cells) {
      Role r = RoleOf(c.cell.text);
      date_roles +=
          r == Role::kDeclared || r == Role::kRecord || r == Role::kPayable;
      per_share_roles += r == Role::kPerShare;
      if (c.cell.text.size() > 60) date_roles = -100;  // prose
    }
    if (date_roles < 1 &&
        (date_roles < 0 || per_share_roles < 1 ||
         std::find(dated.begin(), dated.end(), hit.start) == dated.end())) {
      continue;
    }
    size_t from = hit.start > 600 ? hit.start - 600 : 0;
    size_t to = std::min(text.size(), hit.end + 6000);
    // Start the window at a line boundary.
    if (from > 0) {
      size_t nl = text.find('\n', from);
      from =
          nl == std::string_view::npos || nl >= hit.start ? hit.start : nl + 1;
    }
    std::vector<Piece> lines = RawLines(text, from, to);
    size_t at = 0;
    while (at < lines.size() && lines[at].start != hit.start) ++at;
    if (at == lines.size()) continue;
    Table t;
    size_t i = 0, block_start = 0;
    if (!ReadTable(text, lines, at, &t, &i, &block_start)) continue;
    std::vector<Row> rows;
    std::string group, pending_label;
    bool after_total = false, preferred_section = false, common_section = false;
    int blanks = 0;
    bool tabbed =
        text.substr(hit.start, hit.size()).find('\t') != std::string_view::npos;
    for (; i < lines.size() && rows.size() < 60; ++i) {
      std::string_view rl = text.substr(lines[i].start, lines[i].size());
      if (BlankText(rl)) {
        if (++blanks > 2) break;
        continue;
      }
      if (RuleLine(rl)) continue;
      blanks = 0;
      // Prose after the table ends it, though it has dates and amounts: a
      // line without TABs under a TAB-separated (HTML) heading and longer
      // than a cell ("Fiscal Year 2025" spanning the table stays a row), or
      // a run of words longer than any cell.
      if (tabbed && rl.find('\t') == std::string_view::npos &&
          FoldSpace(rl).size() > 80) {
        break;
      }
      std::vector<GridCell> rc = GridLine(text, lines[i]);
      // A year alone on its line is the year of the rows under it ("1997"
      // over its quarters, after the total of 1998's), in any table.
      if (rc.size() == 1 && RE2::FullMatch(FoldSpace(rl), YearGroupRe())) {
        group = GroupYear(rl);
        after_total = false;
        continue;
      }
      // Under a TAB-separated (HTML) heading, a line of one cell is placed
      // by its characters, not by slots: a value there ("2004" opening the
      // next table) has no column of this table.
      if (tabbed && rl.find('\t') == std::string_view::npos && HasValue(rc)) {
        std::string f = FoldSpace(rl);
        if (!RE2::FullMatch(f, YearGroupRe())) break;
        group = GroupYear(f);  // a year row over its dividends: "2021"
        continue;
      }
      // (An HTML row's label cell may be longer when the row holds values:
      // "6.50% Series C Cumulative Preferred Stock ($25 liquidation
      // preference, per share) | $ 0.40625 | March 1, 2014 | ...".)
      bool prose = false;
      const bool valued = tabbed && HasValue(rc);
      for (const GridCell& c : rc) {
        size_t most = valued && &c == &rc.front() ? 200 : 80;
        prose |= c.cell.kind == TableCell::kWords && c.cell.text.size() > most;
      }
      if (prose) break;
      if (!HasValue(rc)) {
        std::string f = FoldSpace(rl);
        // Prose after the table; in an HTML table a section title may be
        // longer ("Dividends determined after 30 June 2023 (not recognised
        // as a liability)"): prose there is longer than a cell (above).
        if (f.size() > (tabbed ? 80u : 60u)) break;
        // A year sub-heading "Fiscal 2024:" names the year without its colon.
        while (!f.empty() && (f.back() == ':' || f.back() == ' ')) f.pop_back();
        // A row of months without a dividend ("April \u2013 August |
        // Suspended | \u2014 | \u2014 | $ \u2014", "April | No distribution |
        // \u2014"): skipped, the table goes on.
        {
          static const RE2 none_re(
              "(?i)\\s*(?:suspended|none|omitted|n/"
              "?a|nil|\\$|no\\s+(?:dividends?|"
              "distributions?)(?:\\s+(?:declared|paid))?)\\s*");
          bool empty_row = rc.size() >= 3;
          for (size_t k = 1; k < rc.size() && empty_row; ++k) {
            empty_row = rc[k].cell.kind == TableCell::kDash ||
                        RE2::FullMatch(rc[k].cell.text, none_re);
          }
          if (empty_row) continue;
        }
        // Another heading row ("Per Share | Amount" of the next table):
        // its columns are not this table's.
        bool heading = false;
        for (const GridCell& c : rc) {
          Role role = RoleOf(c.cell.text);
          heading |= c.cell.kind == TableCell::kWords && role != Role::kOther &&
                     role != Role::kLabel;
        }
        // A row of several cells without a value is a heading too ("High |
        // Low | Dividend" of a market-price table after this one): this
        // table's own rows all hold a date or an amount.
        if (heading || rc.size() >= 2) break;
        static const RE2 preferred_re(
            "(?i)\\bpreferred\\b|^series\\s+[a-z]\\b");
        if (RE2::FullMatch(f, YearGroupRe())) {
          group = GroupYear(f);
          after_total = false;  // the next year's section, after a total
        } else if (RE2::PartialMatch(f, preferred_re)) {
          preferred_section = true;  // "Series C preferred stock"
          common_section = false;
          after_total = false;
        } else if (ContainsLower(f, "common stock") ||
                   ContainsLower(f, "common shares")) {
          preferred_section = false;  // "Common stock"
          common_section = true;
          after_total = false;
        } else if (RE2::PartialMatch(f, QuarterRe())) {
          pending_label = f;  // label on its own line above its values
        } else if (ContainsLower(f, "total")) {
          break;
        } else {
          // (A long section title names no year: none is known under it.)
          static const RE2 digits4("\\d{4}");
          if (f.size() > 60) {
            group.clear();
          } else if (RE2::PartialMatch(f, digits4)) {
            group = f;
          }
        }
        continue;
      }
      Row r;
      r.line = lines[i];
      r.group = group;
      r.preferred_section = preferred_section;
      r.common_section = common_section;
      for (const GridCell& c : rc) {
        if (c.cell.kind == TableCell::kWords && HeadingOf(t.headings, c) < 0) {
          r.label += (r.label.empty() ? "" : " ") + c.cell.text;
        } else if (c.cell.kind == TableCell::kWords &&
                   t.roles[HeadingOf(t.headings, c)] == Role::kLabel) {
          r.label += (r.label.empty() ? "" : " ") + c.cell.text;
        } else if (c.cell.kind == TableCell::kWords && r.label.empty() &&
                   c.from == rc.front().from) {
          r.label = c.cell.text;
        }
      }
      if (r.label.empty()) r.label = pending_label;
      pending_label.clear();
      // A row of depositary shares ("Depositary shares, each representing
      // a 1/1,000th interest in a share of Series D Preferred Stock, per
      // depositary share"): its amount is a depositary share's, no
      // share's.
      // (A preferred stock's label that says what its depositary shares
      // represent, "(...; each depositary share represents a 1/40th
      // interest)", is the preferred share's row.)
      static const RE2 depositary_row_re(
          "(?i)^\\s*(?:depositary\\s+shares?|american\\s+depositary|ads)\\b|"
          "\\bper\\s+(?:depositary\\s+share|ads)\\b");
      if (RE2::PartialMatch(r.label, depositary_row_re)) continue;
      // A total row is no dividend; a dated row after it still is ("Total
      // regular dividends" above "Special dividend | 12/13/2023 | ...").
      if (ContainsLower(r.label, "total")) {
        after_total = true;
        continue;
      }
      if (after_total) {
        bool dated = false;
        for (const GridCell& c : rc) dated |= c.cell.kind == TableCell::kDate;
        if (!dated) break;
      }
      r.cells = std::move(rc);
      rows.push_back(std::move(r));
    }
    size_t end = i < lines.size() ? lines[i].start : to;
    size_t before = out->size();
    EmitRows(doc, t, rows, out);
    if (out->size() > before || !rows.empty()) {
      regions->push_back({block_start, end});
    }
    done = end;
  }
}

}  // namespace facts
}  // namespace secx
