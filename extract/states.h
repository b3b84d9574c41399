// EDGAR's state and country codes, in one table: the SGML header writes
// "PA", cover pages write "Pennsylvania", inline XBRL tags either (with the
// ixt-sec:stateprovnameen / countrynameen formats naming the text).
// Pure functions over a constant table; thread-safe.
#ifndef SECX_EXTRACT_STATES_H_
#define SECX_EXTRACT_STATES_H_

#include <string>
#include <string_view>

namespace secx {

// "PA" or "pennsylvania" -> "Pennsylvania"; anything else comes back as
// given.
std::string StateName(std::string_view code_or_name);

// "Pennsylvania" or "pa" -> "PA"; "" when neither a known name nor a code.
std::string StateCode(std::string_view name_or_code);

// Whether `name` is a country or a Canadian province in EDGAR's table
// ("Ireland", "The Netherlands", "Ontario"): its code holds a digit ("L2",
// "A6"), as no US state's or territory's does.
bool NamesForeignJurisdiction(std::string_view name);

// A US state written short on a cover, as its name: the postal code in
// capitals ("DE", "N.Y.") or a traditional abbreviation ("Del.", "Calif.",
// "Mass", "Pa."), or a Canadian province so written ("ON", "B.C.",
// "Que."). "" for anything else, EDGAR's country codes ("A6")
// included, and for a two-letter word of mixed case without its dot ("In",
// "Or", "Me" are words).
std::string StateFromAbbreviation(std::string_view written);

// The two-letter postal code of a US state or Canadian province, by name
// or code ("Manitoba" -> "MB", "Virginia" -> "VA"), as inline XBRL's
// stateprovnameen gives it; "" for anywhere else.
std::string PostalStateCode(std::string_view name);

// A state as a cover writes it: a name ("New York"), a code or an
// abbreviation (StateFromAbbreviation: "NY", "N.Y.", "Calif."), a name
// with dots OCR left in it: its two-letter code; "" for anything else.
std::string StateCodeOfWritten(std::string_view written);

// Whether a US ZIP code's first three digits lie in the ranges the Postal
// Service gives the state (a two-letter code): "10179", "NY" -> true;
// "60601", "NY" -> false. True when either is unknown (not five digits,
// a country, a territory): only a known disagreement says no.
bool ZipFitsState(std::string_view zip, std::string_view state_code);

}  // namespace secx

#endif  // SECX_EXTRACT_STATES_H_
