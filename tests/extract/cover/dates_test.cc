#include "extract/cover/dates.h"

#include <catch2/catch.hpp>

namespace secx {
namespace cover {
namespace {

TEST_CASE("dates as filings write them become ISO", "[cover][dates]") {
  struct Case {
    const char* text;
    const char* iso;
  };
  const Case cases[] = {
      {"May 27, 2016", "2016-05-27"},
      {"May 27 , 2016", "2016-05-27"},
      {"27 May 2016", "2016-05-27"},
      {"February 19,1998", "1998-02-19"},
      {"2016-05-27", "2016-05-27"},
      {"June 30 2005", "2005-06-30"},
      {"Sept. 3, 1997", "1997-09-03"},
      {"DECEMBER 31, 2015", "2015-12-31"},
      {"February 29, 2000", "2000-02-29"},
      {"5/27/2016", "2016-05-27"},
      {"the 1st day of March, 2004", "2004-03-01"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    std::optional<DateMatch> d = FindDate(c.text);
    REQUIRE(d.has_value());
    CHECK(d->iso == c.iso);
  }
}

TEST_CASE("dates that do not exist are refused", "[cover][dates]") {
  for (const char* text : {"February 30, 2001", "February 29, 1900",
                           "April 31, 2010", "2016-13-01", "Act of 1934"}) {
    INFO(text);
    CHECK_FALSE(FindDate(text).has_value());
  }
}

TEST_CASE("a later valid date is found after an invalid one",
          "[cover][dates]") {
  std::optional<DateMatch> d = FindDate("February 30, 2001 or March 1, 2001");
  REQUIRE(d);
  CHECK(d->iso == "2001-03-01");
  CHECK(d->start == 21);
}

TEST_CASE("FindDateNear is FindDate for dates near the start",
          "[cover][dates]") {
  const char* const texts[] = {
      "March 14, 2002 (March 6, 2002)",
      " May 27, 2016",
      "(1) 5/27/2016 and more",
      "xMay 27, 2016",  // no word boundary: not at 1
      "February 30, 2001 or March 1, 2001",
      "On January 10, 1997 we",  // too far
      "27 May 2016",
      "2016-05-27T00:00",
      "",
      "  ",
  };
  for (const char* t : texts) {
    for (size_t max_start : {0, 1, 3, 40}) {
      INFO(t << " max_start " << max_start);
      std::optional<DateMatch> all = FindDate(t);
      std::optional<DateMatch> near = FindDateNear(t, max_start);
      if (all && all->start <= max_start) {
        REQUIRE(near);
        CHECK(near->iso == all->iso);
        CHECK(near->start == all->start);
        CHECK(near->end == all->end);
      } else {
        CHECK_FALSE(near);
      }
    }
  }
}

TEST_CASE("ParseDate wants a date and nothing else", "[cover][dates]") {
  CHECK(ParseDate("  January 10, 1997 ").value_or("") == "1997-01-10");
  CHECK(ParseDate("May 19, 1995.").value_or("") == "1995-05-19");
  CHECK_FALSE(ParseDate("On January 10, 1997 we").has_value());
}

TEST_CASE("month and day take the year given", "[cover][dates]") {
  std::optional<DateMatch> d = FindMonthDay("January 1", 2015);
  REQUIRE(d);
  CHECK(d->iso == "2015-01-01");
}

TEST_CASE("dates OCR damaged in a phrase that names one", "[cover][dates]") {
  struct Case {
    const char* text;
    const char* iso;  // "" when none
  };
  const Case cases[] = {
      {"Marchi 31, 1996  ~ Commission", "1996-03-31"},
      {"Apri 30, 2000 Commission", "2000-04-30"},
      {"October 31, -1995", "1995-10-31"},
      {"February 28, 2 2008", "2008-02-28"},
      {" Sept. 30, 2004", "2004-09-30"},
      {"Ma 31, 1996", ""},          // too little of a month
      {"Marching 31, 1996", ""},    // another word
      {"February 30, 2008", ""},    // no such day
      {"the year 2008", ""},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    std::optional<DateMatch> d = FindDamagedDateNear(c.text, 2);
    CHECK((d ? d->iso : std::string()) == c.iso);
  }
}

}  // namespace
}  // namespace cover
}  // namespace secx
