// Fields from an EDGAR submission header, in both of EDGAR's spellings:
//
//   colon style (<SEC-HEADER>, <IMS-HEADER>, 1993-today):
//     CONFORMED SUBMISSION TYPE:	8-K
//     FILER:
//       COMPANY DATA:
//         COMPANY CONFORMED NAME:	TESLA, INC.
//   tag style (.hdr.sgml and dissemination <SUBMISSION> files):
//     <TYPE>8-K
//     <FILER>
//     <COMPANY-DATA>
//     <CONFORMED-NAME>TESLA, INC.
//
// Internal to the read stage. Pure function; thread-safe.
#ifndef SECX_EXTRACT_READ_SGML_HEADER_H_
#define SECX_EXTRACT_READ_SGML_HEADER_H_

#include <string>
#include <vector>

#include "extract/document.h"

namespace secx {

// Parses the header held in text[begin, end) and appends its fields, with
// spans into `text` and rules "sgml.*". Submission-wide fields
// (accession_number, form_type, period_of_report, filed_date) have entity 0;
// each FILER / FILED BY / SUBJECT COMPANY / REPORTING-OWNER / ISSUER block
// is one entity, numbered from 0 in header order, and gives
// company_conformed_name, cik (leading zeros stripped), sic,
// irs_employer_id (NN-NNNNNNN), state_of_incorporation,
// fiscal_year_end_mmdd, commission_file_number, address (business address,
// else mail address, on one line), zip_code and phone.
void ParseSgmlHeader(const std::string& text, size_t begin, size_t end,
                     std::vector<Field>* fields);

}  // namespace secx

#endif  // SECX_EXTRACT_READ_SGML_HEADER_H_
