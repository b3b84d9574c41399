#include "extract/states.h"

#include <cctype>

#include "extract/text_util.h"

namespace secx {
namespace {

struct StateEntry {
  const char* code;
  const char* name;
};

// EDGAR state and country codes (the ones filers commonly use).
const StateEntry kStates[] = {
    {"AL", "Alabama"},
    {"AK", "Alaska"},
    {"AZ", "Arizona"},
    {"AR", "Arkansas"},
    {"CA", "California"},
    {"CO", "Colorado"},
    {"CT", "Connecticut"},
    {"DE", "Delaware"},
    {"DC", "District of Columbia"},
    {"FL", "Florida"},
    {"GA", "Georgia"},
    {"HI", "Hawaii"},
    {"ID", "Idaho"},
    {"IL", "Illinois"},
    {"IN", "Indiana"},
    {"IA", "Iowa"},
    {"KS", "Kansas"},
    {"KY", "Kentucky"},
    {"LA", "Louisiana"},
    {"ME", "Maine"},
    {"MD", "Maryland"},
    {"MA", "Massachusetts"},
    {"MI", "Michigan"},
    {"MN", "Minnesota"},
    {"MS", "Mississippi"},
    {"MO", "Missouri"},
    {"MT", "Montana"},
    {"NE", "Nebraska"},
    {"NV", "Nevada"},
    {"NH", "New Hampshire"},
    {"NJ", "New Jersey"},
    {"NM", "New Mexico"},
    {"NY", "New York"},
    {"NC", "North Carolina"},
    {"ND", "North Dakota"},
    {"OH", "Ohio"},
    {"OK", "Oklahoma"},
    {"OR", "Oregon"},
    {"PA", "Pennsylvania"},
    {"RI", "Rhode Island"},
    {"SC", "South Carolina"},
    {"SD", "South Dakota"},
    {"TN", "Tennessee"},
    {"TX", "Texas"},
    {"UT", "Utah"},
    {"VT", "Vermont"},
    {"VA", "Virginia"},
    {"WA", "Washington"},
    {"WV", "West Virginia"},
    {"WI", "Wisconsin"},
    {"WY", "Wyoming"},
    {"PR", "Puerto Rico"},
    {"VI", "Virgin Islands"},
    {"GU", "Guam"},
    {"A0", "Alberta"},
    {"A1", "British Columbia"},
    {"A2", "Manitoba"},
    {"A3", "New Brunswick"},
    {"A4", "Newfoundland"},
    {"A5", "Nova Scotia"},
    {"A6", "Ontario"},
    {"A7", "Prince Edward Island"},
    {"A8", "Quebec"},
    {"A9", "Saskatchewan"},
    {"B0", "Yukon"},
    {"Z4", "Canada"},
    {"M0", "Japan"},
    {"X0", "United Kingdom"},
    {"E9", "Cayman Islands"},
    {"D0", "Bermuda"},
    {"V8", "Switzerland"},
    {"P7", "Netherlands"},
    {"L2", "Ireland"},
    {"2M", "Germany"},
    {"I0", "France"},
    {"L3", "Israel"},
    {"C1", "Argentina"},
    {"C3", "Australia"},
    {"C4", "Austria"},
    {"C5", "Bahamas"},
    {"C9", "Belgium"},
    {"D5", "Brazil"},
    {"D8", "British Virgin Islands"},
    {"F3", "Chile"},
    {"F4", "China"},
    {"F5", "Taiwan"},
    {"G4", "Cyprus"},
    {"G7", "Denmark"},
    {"H9", "Finland"},
    {"J3", "Greece"},
    {"K3", "Hong Kong"},
    {"K7", "India"},
    {"L6", "Italy"},
    {"M5", "Korea"},
    {"N0", "Liberia"},
    {"N4", "Luxembourg"},
    {"O5", "Mexico"},
    {"Q2", "New Zealand"},
    {"Q8", "Norway"},
    {"R1", "Panama"},
    {"S1", "Portugal"},
    {"T3", "South Africa"},
    {"U0", "Singapore"},
    {"U3", "Spain"},
    {"V7", "Sweden"},
    {"Y7", "Guernsey"},
    {"Y8", "Isle of Man"},
    {"Y9", "Jersey"},
    {"1T", "Marshall Islands"},
};

// ZIP code prefixes (first three digits) by state, from the Postal
// Service's sectional centers; military and territory prefixes are left out.
struct ZipRange {
  int from;
  int to;
  const char* code;
};
const ZipRange kZipRanges[] = {
    {5, 5, "NY"},     {10, 27, "MA"},   {28, 29, "RI"},   {30, 38, "NH"},
    {39, 49, "ME"},   {50, 54, "VT"},   {55, 55, "MA"},   {56, 59, "VT"},
    {60, 69, "CT"},   {70, 89, "NJ"},   {100, 149, "NY"}, {150, 196, "PA"},
    {197, 199, "DE"}, {200, 200, "DC"}, {201, 201, "VA"}, {202, 205, "DC"},
    {206, 219, "MD"}, {220, 246, "VA"}, {247, 268, "WV"}, {270, 289, "NC"},
    {290, 299, "SC"}, {300, 319, "GA"}, {320, 339, "FL"}, {341, 349, "FL"},
    {350, 369, "AL"}, {370, 385, "TN"}, {386, 397, "MS"}, {398, 399, "GA"},
    {400, 427, "KY"}, {430, 459, "OH"}, {460, 479, "IN"}, {480, 499, "MI"},
    {500, 528, "IA"}, {530, 549, "WI"}, {550, 567, "MN"}, {569, 569, "DC"},
    {570, 577, "SD"}, {580, 588, "ND"}, {590, 599, "MT"}, {600, 629, "IL"},
    {630, 658, "MO"}, {660, 679, "KS"}, {680, 693, "NE"}, {700, 714, "LA"},
    {716, 729, "AR"}, {730, 732, "OK"}, {733, 733, "TX"}, {734, 749, "OK"},
    {750, 799, "TX"}, {800, 816, "CO"}, {820, 831, "WY"}, {832, 838, "ID"},
    {840, 847, "UT"}, {850, 865, "AZ"}, {870, 884, "NM"}, {885, 885, "TX"},
    {889, 898, "NV"}, {900, 961, "CA"}, {967, 968, "HI"}, {970, 979, "OR"},
    {980, 994, "WA"}, {995, 999, "AK"},
};

// Traditional (GPO style) abbreviations of state names, dots dropped.
const StateEntry kAbbreviations[] = {
    {"AL", "ALA"},   {"AZ", "ARIZ"}, {"AR", "ARK"},  {"CA", "CAL"},
    {"CA", "CALIF"}, {"CO", "COLO"}, {"CT", "CONN"}, {"DE", "DEL"},
    {"FL", "FLA"},   {"IL", "ILL"},  {"IN", "IND"},  {"KS", "KAN"},
    {"KS", "KANS"},  {"MA", "MASS"}, {"MI", "MICH"}, {"MN", "MINN"},
    {"MS", "MISS"},  {"MT", "MONT"}, {"NE", "NEB"},  {"NE", "NEBR"},
    {"NV", "NEV"},   {"NM", "NMEX"}, {"ND", "NDAK"}, {"OK", "OKLA"},
    {"OR", "ORE"},   {"OR", "OREG"}, {"PA", "PENN"}, {"PA", "PENNA"},
    {"SD", "SDAK"},  {"TN", "TENN"}, {"TX", "TEX"},  {"WA", "WASH"},
    {"WV", "WVA"},   {"WI", "WIS"},  {"WI", "WISC"}, {"WY", "WYO"},
};

// Canadian provinces as covers abbreviate them (Canada Post's codes and
// the older abbreviations, dots dropped), with their names.
const StateEntry kProvinces[] = {
    {"AB", "Alberta"},
    {"BC", "British Columbia"},
    {"MB", "Manitoba"},
    {"NB", "New Brunswick"},
    {"NL", "Newfoundland and Labrador"},
    {"NS", "Nova Scotia"},
    {"ON", "Ontario"},
    {"PE", "Prince Edward Island"},
    {"QC", "Quebec"},
    {"SK", "Saskatchewan"},
    {"YT", "Yukon"},
    {"ONT", "Ontario"},
    {"QUE", "Quebec"},
    {"ALTA", "Alberta"},
    {"SASK", "Saskatchewan"},
};

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) {
    s.remove_prefix(1);
  }
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) {
    s.remove_suffix(1);
  }
  return s;
}

const StateEntry* Find(std::string_view name_or_code) {
  std::string u = Upper(Trim(name_or_code));
  // A jurisdiction's formal style names the same place: "State of
  // Delaware", "Commonwealth of Pennsylvania", "Republic of the Marshall
  // Islands", "the Netherlands", "Grand Duchy of Luxembourg".
  static const char* const kStyles[] = {
      "THE ",           "STATE OF ",           "COMMONWEALTH OF ",
      "REPUBLIC OF ",   "PEOPLE'S REPUBLIC OF ", "KINGDOM OF ",
      "GRAND DUCHY OF ", "PRINCIPALITY OF ",   "PROVINCE OF ",
      "FEDERATIVE REPUBLIC OF ", "FEDERAL REPUBLIC OF "};
  for (bool again = true; again;) {
    again = false;
    for (const char* style : kStyles) {
      std::string_view st(style);
      if (u.size() > st.size() + 2 && u.compare(0, st.size(), st) == 0) {
        u.erase(0, st.size());
        again = true;
      }
    }
  }
  // A country's formal name that is no style of its short one.
  if (u == "UNITED MEXICAN STATES") u = "MEXICO";
  // The territory, as EDGAR's "VI" names it ("U.S. Virgin Islands").
  for (const char* us : {"U.S. ", "US ", "UNITED STATES "}) {
    if (u == std::string(us) + "VIRGIN ISLANDS") u = "VIRGIN ISLANDS";
  }
  for (const StateEntry& s : kStates) {
    if (u == s.code || u == Upper(s.name)) return &s;
  }
  // A province, then the country it is in: "British Columbia, Canada",
  // "Ontario, Canada" (a country's EDGAR code, unlike a US state's, holds
  // a digit).
  size_t comma = u.rfind(", ");
  if (comma != std::string::npos) {
    const StateEntry* country = Find(std::string_view(u).substr(comma + 2));
    const StateEntry* inner = Find(std::string_view(u).substr(0, comma));
    if (country != nullptr && inner != nullptr && inner != country &&
        std::isdigit(static_cast<unsigned char>(country->code[1]))) {
      return inner;
    }
  }
  return nullptr;
}

}  // namespace

std::string StateName(std::string_view code_or_name) {
  const StateEntry* s = Find(code_or_name);
  return s == nullptr ? std::string(code_or_name) : s->name;
}

std::string StateFromAbbreviation(std::string_view written) {
  written = Trim(written);
  bool dotted = written.find('.') != std::string_view::npos;
  std::string key;  // capitals, dots and blanks dropped: "N. Y." -> "NY"
  bool lower = false;
  for (char c : written) {
    unsigned char u = static_cast<unsigned char>(c);
    if (c == '.' || c == ' ') continue;
    if (!std::isalpha(u)) return "";
    lower = lower || std::islower(u);
    key += static_cast<char>(std::toupper(u));
  }
  if (key.size() < 2) return "";
  if (key.size() == 2 && (dotted || !lower)) {
    for (const StateEntry& s : kStates) {
      // A US code: two letters (EDGAR's country codes carry a digit).
      // A territory's undotted code is a word too often ("Fund VI",
      // "GU"): only "V.I." and "G.U." say it.
      if (!dotted && (key == "VI" || key == "GU")) break;
      if (key == s.code &&
          std::isalpha(static_cast<unsigned char>(s.code[1]))) {
        return s.name;
      }
    }
  }
  bool bare_word = key.size() == 2 && !dotted && lower;  // "On", "Ab"
  for (const StateEntry& p : kProvinces) {
    if (key == p.code && !bare_word) return p.name;
  }
  if (key.size() == 2 && !dotted) return "";
  for (const StateEntry& a : kAbbreviations) {
    if (key == a.name) return StateName(a.code);
  }
  return "";
}

std::string StateCode(std::string_view name_or_code) {
  const StateEntry* s = Find(name_or_code);
  return s == nullptr ? "" : s->code;
}

bool NamesForeignJurisdiction(std::string_view name) {
  return StateCode(name).find_first_of("0123456789") != std::string::npos;
}

std::string PostalStateCode(std::string_view name) {
  const StateEntry* s = Find(name);
  if (s != nullptr && std::isalpha(static_cast<unsigned char>(s->code[1]))) {
    return s->code;  // a US state's (EDGAR's codes are the Postal Service's)
  }
  std::string u = Upper(Trim(name));
  for (const StateEntry& p : kProvinces) {
    if (std::string_view(p.code).size() == 2 &&
        (u == p.code || u == Upper(p.name))) {
      return p.code;
    }
  }
  return "";
}

std::string StateCodeOfWritten(std::string_view written) {
  std::string code = StateCode(StateFromAbbreviation(written));
  if (!code.empty()) return code;
  std::string name;
  for (char c : written) {
    if (c != '.') name.push_back(c);
  }
  return StateCode(name);
}

bool ZipFitsState(std::string_view zip, std::string_view state_code) {
  if (zip.size() < 5) return true;
  int prefix = 0;
  for (size_t i = 0; i < 5; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(zip[i]))) return true;
    if (i < 3) prefix = prefix * 10 + (zip[i] - '0');
  }
  bool known_state = false;
  for (const ZipRange& r : kZipRanges) {
    if (state_code != r.code) continue;
    known_state = true;
    if (prefix >= r.from && prefix <= r.to) return true;
  }
  return !known_state;
}

}  // namespace secx
