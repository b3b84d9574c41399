#include "extract/cover/phones.h"

#include <phonenumbers/geocoding/phonenumber_offline_geocoder.h>
#include <phonenumbers/phonenumberutil.h>
#include <unicode/locid.h>

#include <re2/re2.h>

#include <cctype>
#include <mutex>
#include <vector>

#include "extract/states.h"

namespace secx {
namespace cover {
namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberOfflineGeocoder;
using i18n::phonenumbers::PhoneNumberUtil;

// Digits OCR reads for one another on scanned covers: closed loops and
// open curves ("8" for "3", "6" for "5"), strokes ("1", "4", "7"). Each
// digit lists what it may have been printed as.
struct LookAlike {
  char read;
  const char* printed;
};
constexpr LookAlike kLookAlikes[] = {
    {'0', "689"}, {'1', "47"},   {'2', "7"},   {'3', "589"}, {'4', "19"},
    {'5', "368"}, {'6', "058"},  {'7', "12"},  {'8', "03569"}, {'9', "0358"},
};

const char* PrintedAs(char read) {
  for (const LookAlike& l : kLookAlikes) {
    if (l.read == read) return l.printed;
  }
  return "";
}

// The number the ten digits make in the plan, when it assigns it, with its
// region ("US", "CA", "BS").
bool PlanNumber(const std::string& ten_digits, PhoneNumber* n,
                std::string* region) {
  const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
  if (util->Parse("+1" + ten_digits, "US", n) !=
          PhoneNumberUtil::NO_PARSING_ERROR ||
      !util->IsValidNumber(*n)) {
    return false;
  }
  util->GetRegionCodeForNumber(*n, region);
  return true;
}

// Whether the plan places the number in `state_code`: the geocoder names
// a place ("Minneapolis, MN") or a state ("Connecticut").
bool InState(const PhoneNumber& n, std::string_view state_code) {
  static std::mutex mu;  // the geocoder loads its tables lazily
  static PhoneNumberOfflineGeocoder* geocoder = nullptr;
  std::string place;
  {
    std::lock_guard<std::mutex> lock(mu);
    if (geocoder == nullptr) geocoder = new PhoneNumberOfflineGeocoder();
    place = geocoder->GetDescriptionForNumber(n, icu::Locale("en", "US"));
  }
  size_t comma = place.rfind(", ");
  std::string_view last = comma == std::string::npos
                              ? std::string_view(place)
                              : std::string_view(place).substr(comma + 2);
  return !last.empty() && StateCode(last) == state_code;
}

}  // namespace

PhoneCheck CheckOcrPhone(std::string_view phone, std::string_view state_code) {
  PhoneCheck out;
  out.value = std::string(phone);
  // The plan's shape: three, three and four digits, the area code perhaps
  // in parentheses, perhaps after "1-" or "+1". Other numbers ("03-1234-
  // 5678") are not the plan's to judge.
  static const RE2* const kShape = new RE2(
      R"(^(?:\+?1[ .-]?)?(?:\(\d{3}\)|\d{3})[ .-]?\d{3}[ .-]?\d{4}$)");
  if (!RE2::FullMatch(phone, *kShape)) return out;
  std::vector<size_t> at;  // offsets of the digits in `phone`
  for (size_t i = 0; i < phone.size(); ++i) {
    if (std::isdigit(static_cast<unsigned char>(phone[i]))) at.push_back(i);
  }
  if (at.size() == 11 && phone[at[0]] == '1') at.erase(at.begin());
  if (at.size() != 10) return out;
  std::string digits;
  for (size_t i : at) digits.push_back(phone[i]);
  PhoneNumber n;
  std::string region;
  if (PlanNumber(digits, &n, &region)) return out;

  out.kind = PhoneCheck::kInvalid;
  size_t found_at = 0;
  char found_digit = 0;
  int count = 0;
  for (size_t k = 0; k < digits.size(); ++k) {
    for (const char* p = PrintedAs(digits[k]); *p; ++p) {
      std::string v = digits;
      v[k] = *p;
      if (!PlanNumber(v, &n, &region) || (region != "US" && region != "CA")) {
        continue;
      }
      if (!state_code.empty() && !InState(n, state_code)) continue;
      if (++count > 1) return out;
      found_at = k;
      found_digit = *p;
    }
  }
  if (count == 1) {
    out.kind = PhoneCheck::kRepaired;
    out.value[at[found_at]] = found_digit;
  }
  return out;
}

}  // namespace cover
}  // namespace secx
