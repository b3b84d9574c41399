// X-17A-5: the heading of the audited statements that follow the facing
// page names the broker-dealer and its SEC file number:
//
//   BEAR, STEARNS & CO. INC.
//   AND SUBSIDIARIES
//
//   (SEC I.D. No. 8-35008)
//
// A facing page whose file number is handwritten, stamped over or left
// blank still has it there. When the facing page gave the registrant's
// name, the number is read only under that name (a filing may bind the
// statements of an affiliate, under its own number); and only when the
// filing's headings give one number.
#ifndef SECX_EXTRACT_COVER_STATEMENT_H_
#define SECX_EXTRACT_COVER_STATEMENT_H_

#include <string_view>
#include <vector>

#include "extract/cover/cover_rules.h"

namespace secx {
namespace cover {

// Adds a commission_file_number hit (entity 0) read from a statement
// heading in text[from, to), when `hits` hold none; `registrant` is the
// name the facing page gave, or empty.
void StatementHeadingRules(std::string_view text, size_t from, size_t to,
                           std::string_view registrant,
                           std::vector<Hit>* hits);

// X-17A-5: the same heading's name line, when the facing page gave no
// registrant name (the name typed faintly, or stamped over): the line
// above "(SEC I.D. No. ...)" past remarks in parentheses and a line of
// "AND SUBSIDIARIES", without "& Subsidiaries", when it ends in a legal
// form and every such heading in text[from, to) gives the same name.
void StatementNameRules(std::string_view text, size_t from, size_t to,
                        std::vector<Hit>* hits);

// X-17A-5: a broker-dealer's SEC file number has a shape of its own,
// "8-" and four to six digits. A stamp over the facing page's "SEC FILE
// NUMBER" caption leaves its box's number alone in the form's head:
// read, when `hits` hold no file number, as the one number of that shape
// standing in a cell of its own in text[from, to) before the period line
// ("REPORT FOR THE PERIOD") or the registrant's part, when the head holds
// one such number.
void LoneFileNumber(std::string_view text, size_t from, size_t to,
                    std::vector<Hit>* hits);

// X-17A-5's oath or affirmation, signed on the form's second page:
//
//   I, John Egan, swear (or affirm) that ... the accompanying financial
//   statement and supporting schedules pertaining to the firm of ING
//   Financial Markets LLC, as of December 31, 2008, are true and correct.
//
// The date the statements are "as of" (or "for the year ended") is the end
// of the period the report covers: read when `hits` hold no
// reporting_period_end (a stamp over the facing page's date), when every
// oath in text[from, to) gives the same date, and when it falls after a
// known start, within thirteen months of it.
void OathRules(std::string_view text, size_t from, size_t to,
               std::vector<Hit>* hits);

// X-17A-5's audited statement of financial condition, on the title page
// of the statements after the facing page, is dated the day the period
// ends:
//
//   Consolidated Statement of Financial Condition
//   and Independent Auditors' Report
//   November 30, 2002
//
// A date alone on a line (or "As of" one) among the eight lines under
// such a title, a month's last day, is the period's end: read when
// `hits` hold none after the oath was looked at, when every title gives
// the same date, and when it falls after a known start, within thirteen
// months of it.
void StatementTitleRules(std::string_view text, size_t from, size_t to,
                         std::vector<Hit>* hits);

}  // namespace cover
}  // namespace secx

#endif  // SECX_EXTRACT_COVER_STATEMENT_H_
