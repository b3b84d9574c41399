// Dividends per share the filer tagged in inline XBRL (Document::
// tagged_numbers, extract/read/ixbrl.h): every 10-K and 10-Q since 2019
// tags the per-share dividends of its financial statements and notes
// with the period each covers, so the number, its period and whether it
// was declared or paid come with the filing instead of from a table's
// layout. One record per tagged amount and period (the same number tagged
// again, e.g. in the equity statement's retained-earnings column, is one
// record), of the registrant's own common or preferred shares: a context
// with any other dimension (a subsidiary, a co-registrant, a forecast
// scenario, a segment) is left out.
//
//   kind       a period of about a quarter is quarterly, of about a year
//              annual; six or nine months (a 10-Q's year to date) and
//              other lengths have none
//   status     declared (…DividendsPerShareDeclared), paid (…CashPaid)
//   fiscal_year  from the cover's fiscal year focus (TaggedNumber)
//   provenance   the concept and the context's period, e.g.
//              "ixbrl us-gaap:CommonStockDividendsPerShareDeclared,
//              2023-04-02 to 2023-07-01"
//   span       the visible number; rule "ixbrl.<prefix>.<concept>"
#include <set>
#include <string>
#include <string_view>

#include "extract/facts/dividends_internal.h"
#include "extract/facts/money.h"
#include "extract/facts/text_scan.h"
#include "extract/text_util.h"

namespace secx {
namespace facts {
namespace {

bool EndsWith(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() &&
         s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

bool Contains(std::string_view s, std::string_view part) {
  return s.find(part) != std::string_view::npos;
}

// Whether a context's dimensions leave the number the registrant's own
// shares' (no dimension but a share class that is common or preferred,
// an equity component or a subsequent event); `*preferred` says which.
// A filer's own axis of dividend types ("DividendTypeAxis" with
// "InterimDividendMember", "FinalDividendMember", "SpecialDividendMember")
// says which of a year's dividends the number is: `*type` is the record's
// kind, "interim", "year-end" or "special" ("" for any other member,
// which leaves the number out).
bool OwnShares(const TaggedNumber& n, bool* preferred, std::string* type) {
  *preferred = false;
  type->clear();
  for (const std::string& m : n.members) {
    const size_t eq = m.find('=');
    if (eq == std::string::npos) return false;
    const std::string_view axis = std::string_view(m).substr(0, eq);
    const std::string_view member = std::string_view(m).substr(eq + 1);
    if (axis == "StatementClassOfStockAxis") {
      if (Contains(member, "Preferred")) {
        *preferred = true;
      } else if (!Contains(member, "Common") && !Contains(member, "Ordinary")) {
        return false;  // treasury shares, warrants, units
      }
    } else if (Contains(axis, "Dividend") && !Contains(axis, "Equivalent")) {
      if (Contains(member, "Interim")) {
        *type = "interim";
      } else if (Contains(member, "Final")) {
        *type = "year-end";
      } else if (Contains(member, "Special")) {
        *type = "special";
      } else {
        return false;
      }
    } else if (axis != "StatementEquityComponentsAxis" &&
               axis != "SubsequentEventTypeAxis") {
      return false;
    }
  }
  return true;
}

}  // namespace

void TaggedDividends(const Document& doc, std::vector<Dividend>* out,
                     std::vector<std::string>* warnings) {
  std::set<std::string> read;  // value, period, status and class
  // A real filing tags tens of them; the bound keeps the pairing with the
  // text rules' records (numbers times records) small on any input.
  constexpr size_t kMaxTagged = 2000;
  if (doc.tagged_numbers.size() > kMaxTagged && warnings != nullptr) {
    warnings->push_back("dividends: " +
                        std::to_string(doc.tagged_numbers.size()) +
                        " tagged dividends per share; the first " +
                        std::to_string(kMaxTagged) + " were read");
  }
  for (size_t i = 0; i < doc.tagged_numbers.size() && i < kMaxTagged; ++i) {
    const TaggedNumber& n = doc.tagged_numbers[i];
    bool preferred = false;
    std::string type;
    if (!OwnShares(n, &preferred, &type)) continue;
    // A common-stock concept under a preferred class member, or the other
    // way round, is a tagging this rule does not guess at.
    const bool preferred_concept = Contains(n.concept, "PreferredStock");
    if (preferred && !preferred_concept) continue;
    const std::string cls = preferred_concept ? "Preferred" : "";
    // Already read by a table rule from the same cell.
    bool covered = false;
    for (const Dividend& o : *out) {
      covered = covered || (o.span.start < n.end && n.start < o.span.end);
    }
    if (covered) continue;
    auto micros = ToMicros(n.value);
    if (!micros || *micros <= 0 || n.currency.empty()) continue;
    const long start = DaysFromIsoDate(n.period_start).value_or(-1);
    const long end = DaysFromIsoDate(n.period_end).value_or(-1);
    std::string kind;
    if (start >= 0 && end >= start) {
      const long days = end - start + 1;
      if (days >= 80 && days <= 100) kind = "quarterly";
      if (days >= 350 && days <= 380) kind = "annual";
    }
    if (!type.empty()) kind = type;
    Dividend d;
    d.kind = kind;
    d.fiscal_year = kind.empty() ? "" : n.fiscal_year;
    // Dividends recognised in a year (IFRS) are its interim and the year
    // before's final: a final one is the earlier year's.
    if (type == "year-end" &&
        EndsWith(n.concept, "RecognisedAsDistributionsToOwnersPerShare") &&
        d.fiscal_year.size() == 4 && AllAsciiDigits(d.fiscal_year)) {
      d.fiscal_year = std::to_string(std::stoi(d.fiscal_year) - 1);
    }
    d.per_share = PerShareForm(n.value);
    d.currency = n.currency;
    d.status = EndsWith(n.concept, "Declared") ? "declared"
               : EndsWith(n.concept, "CashPaid") ? "paid"
                                                 : "";
    d.share_class = cls;
    if (!read.insert(d.per_share + " " + n.period_start + " " + n.period_end +
                     " " + d.status + " " + cls)
             .second) {
      continue;
    }
    d.provenance = "ixbrl " + n.concept + ", " +
                   (n.period_start.empty() ? n.period_end
                                           : n.period_start + " to " +
                                                 n.period_end) +
                   "; context '" + n.context + "'";
    const size_t colon = n.concept.find(':');
    d.span = MakeSpan(doc, n.start, n.end, 0.95,
                      "ixbrl." + n.concept.substr(0, colon) + "." +
                          n.concept.substr(colon + 1));
    out->push_back(std::move(d));
  }
}

}  // namespace facts
}  // namespace secx
