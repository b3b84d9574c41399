// Inline XBRL cover facts: the `dei:` facts (document and entity
// information) that 10-K, 10-Q, 8-K, 20-F, ... covers tag since 2019, read
// as the filer's own machine-readable cover.
//
//   <ix:nonNumeric name="dei:EntityRegistrantName" contextRef="c-1">
//     <b>ACME CORP</b></ix:nonNumeric>
//
// IxbrlCollector follows the HTML reader's parse events (every element,
// including those the text leaves out: ix:header, ix:hidden, display:none)
// and gathers each dei: fact's name, context, format and text (nested
// markup read through, ix:exclude left out, ix:continuation chains
// joined), and the dei:LegalEntityAxis member of each context, which tells
// co-registrants apart. The reader records where a visible fact's text lies
// in Document::text; IxbrlFields turns the facts into Fields with rules
// "ixbrl.dei.<LocalName>".
//
// Internal to the read stage. A collector is one parse's scratch, used from
// one thread; IxbrlFields and IxbrlTransform are pure and thread-safe.
#ifndef SECX_EXTRACT_READ_IXBRL_H_
#define SECX_EXTRACT_READ_IXBRL_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/document.h"

namespace secx {

struct IxbrlFact {
  std::string name;          // as tagged, "dei:EntityRegistrantName"
  std::string context;       // contextRef
  std::string format;        // "ixt:date-monthname-day-year-en", or ""
  std::string text;          // white space folded
  std::string legal_entity;  // dei:LegalEntityAxis member, "" for the filer
  // The context's dimension members, every fact's, once Finish has
  // resolved them ("StatementClassOfStockAxis=CommonStockMember",
  // "EntityAddressesAddressTypeAxis=BusinessContactMember").
  std::vector<std::string> members;
  bool hidden = false;  // inside ix:hidden / ix:header
  // Numbers (ix:nonFraction): the unitRef, scale and sign attributes, and
  // from the context and unit, once Finish has resolved them, the period
  // and the unit's currency ("USD" for iso4217:USD per share).
  bool number = false;
  std::string unit;
  int scale = 0;
  bool negative = false;
  std::string period_start;  // ISO; "" for an instant
  std::string period_end;    // ISO; the instant for an instant context
  std::string currency;
  // Span of the fact's own element in the produced text; start == npos
  // when it left no visible text there.
  size_t start = std::string::npos;
  size_t end = std::string::npos;
  bool visible() const { return !hidden && start != std::string::npos; }
};

class IxbrlCollector {
 public:
  // An element starts; `name` as the HTML parser gives it, `atts` as
  // name, value, ..., nullptr (or nullptr for none). Returns the index of
  // the fact this element starts, or -1.
  int Start(const char* name, const char* const* atts);
  // The innermost open element ends. Returns the index of the fact it
  // ends, or -1.
  int End();
  void Text(const char* s, size_t n);

  // The facts in document order, continuations joined, texts folded and
  // legal entities resolved. Spans are left for the caller to fill.
  std::vector<IxbrlFact> Finish();

 private:
  enum class Role : unsigned char {
    kOther,
    kFact,
    kContinuation,
    kHidden,
    kExclude,
    kContext,
    kMember,
    kBreak,  // a block element inside a fact: a word break
    kStartDate,
    kEndDate,
    kUnit,
    kMeasure,
  };
  struct Open {
    Role role;
    int index;  // fact or continuation index
  };
  struct Piece {
    std::string text;
    std::string next;  // continuedAt
  };

  void Append(const char* s, size_t n);

  std::vector<Open> open_;
  std::vector<IxbrlFact> facts_;
  std::vector<std::string> fact_next_;  // continuedAt of each fact
  std::vector<int> capturing_facts_;    // open facts
  std::vector<int> capturing_pieces_;   // open wanted continuations
  std::vector<Piece> pieces_;
  std::unordered_map<std::string, int> piece_by_id_;
  std::unordered_set<std::string> wanted_;  // continuation ids to keep
  std::unordered_map<std::string, std::string> context_entity_;
  std::unordered_map<std::string, std::vector<std::string>> context_members_;
  std::unordered_map<std::string, std::pair<std::string, std::string>>
      context_period_;  // start (or ""), end (or the instant)
  std::unordered_map<std::string, std::string> unit_currency_;
  std::string context_;  // id of the open xbrli:context
  std::string unit_;     // id of the open xbrli:unit
  std::string simple_;   // text of the open period date or unit measure
  bool in_simple_ = false;
  std::string member_dimension_;
  std::string member_text_;
  int hidden_ = 0;
  int exclude_ = 0;
  bool in_member_ = false;
};

// Applies an inline XBRL transformation format to the text as tagged:
// dates to ISO (ixt:date-monthname-day-year-en, ixt:datemonthdayyearen,
// ixt:date-day-monthname-year-en, ixt:date-month-day-year, ...; month-day
// formats to "--MM-DD"), state and country names to their EDGAR codes
// (ixt-sec:stateprovnameen, ixt-sec:countrynameen), exchange names to their
// codes (ixt-sec:exchnameen). Unknown formats return the text unchanged;
// a known format that does not fit returns "".
std::string IxbrlTransform(std::string_view format, std::string_view text);

// Whether a number tagged with `name` is one the extractors read (and the
// collector keeps): common and preferred dividends per share, declared
// and paid (us-gaap), and dividends per share recognised as distributions
// (ifrs-full).
bool IsTaggedNumberConcept(std::string_view name);

// The visible numbers among `facts` (IsTaggedNumberConcept), their text read
// by its ixt: number format ("1,234.5", "1.234,5", "—" as zero) with scale
// and sign applied, and the fiscal year each period ends in, counted back
// from the dei:DocumentFiscalYearFocus and dei:DocumentPeriodEndDate of the
// same facts. A number whose text its format does not read is left out.
std::vector<TaggedNumber> IxbrlNumbers(const std::vector<IxbrlFact>& facts);

// Fields from the dei: facts of one document whose text is `text`, with
// rules "ixbrl.dei.<LocalName>": registrant_name, commission_file_number,
// irs_employer_id (NN-NNNNNNN), state_of_incorporation (code as tagged),
// address (one line) and zip_code, phone, form_type, reporting_period_end
// (ISO), fiscal_year_end_mmdd (MMDD), cik (no leading zeros),
// trading_symbol, security_exchange_name, auditor_name. Per field and
// entity the first visible fact wins, else the first hidden one; a hidden
// fact's field has an empty span (start == end == 0) and raw. Entity 0 is
// the filer (no legal-entity member), co-registrants follow in order of
// appearance.
std::vector<Field> IxbrlFields(const std::vector<IxbrlFact>& facts,
                               const std::string& text);

}  // namespace secx

#endif  // SECX_EXTRACT_READ_IXBRL_H_
