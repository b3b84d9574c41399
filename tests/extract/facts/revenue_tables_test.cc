// Revenue shares written in tables (extract/facts/revenue_share_tables.cc),
// in layouts written from general knowledge of 10-K and 10-Q filings (no
// filing of the corpus): parts under a title that says the cells are
// percentages of the total, "Percentage of revenue" rows under a part's
// amounts, and the tables that are not shares of the total: common-size
// statements, expense lines, a part's own measure.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract/facts/facts.h"
#include "tests/extract/facts/test_util.h"

namespace secx {
namespace {

using testing::HtmlDoc;
using testing::TextDoc;

std::vector<RevenueShare> TableShares(const Document& doc) {
  std::vector<RevenueShare> got;
  for (RevenueShare& r : ExtractRevenueShares(doc)) {
    if (r.span.rule == "revenue_share.table") got.push_back(std::move(r));
  }
  return got;
}

// One share expected: percent, subject, metric and period end.
struct Want {
  const char *percent, *subject, *metric, *period;
};

// Checks the shares found against those expected, in order.
void Expect(const std::vector<RevenueShare>& got,
            const std::vector<Want>& want) {
  REQUIRE(got.size() == want.size());
  for (size_t i = 0; i < want.size(); ++i) {
    INFO(i);
    CHECK(got[i].percent == want[i].percent);
    CHECK(got[i].subject == want[i].subject);
    CHECK(got[i].metric == want[i].metric);
    CHECK(got[i].period_end == want[i].period);
  }
}

TEST_CASE("revenue share tables: parts under a title of percentages",
          "[facts][revenue]") {
  // The "%" on the first row only; a "Total" row; a threshold mark.
  auto got = TableShares(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>Net sales by product line as a percentage of consolidated net sales for the periods presented were:</p>
<table>
<tr><td></td><td>December 30, 2023</td><td>December 31, 2022</td></tr>
<tr><td>Sauces and dressings</td><td>34</td><td>%</td><td>31</td><td>%</td></tr>
<tr><td>Frozen meals (1)</td><td>22</td><td></td><td>23</td><td></td></tr>
<tr><td>Total</td><td>100</td><td>%</td><td>100</td><td>%</td></tr>
</table>
<p>Customers that represented 10% or more of total revenue:</p>
<table>
<tr><td></td><td>2023</td><td>2022</td></tr>
<tr><td>Customer A</td><td>15%</td><td>12%</td></tr>
<tr><td>Customer B</td><td>11%</td><td>*</td></tr>
</table></body></html>)"));
  Expect(got, {
      {"34", "Sauces and dressings", "net sales", "2023-12-30"},
      {"31", "Sauces and dressings", "net sales", "2022-12-31"},
      {"22", "Frozen meals", "net sales", "2023-12-30"},
      {"23", "Frozen meals", "net sales", "2022-12-31"},
      {"15", "Customer A", "revenue", "2023"},
      {"12", "Customer A", "revenue", "2022"},
      {"11", "Customer B", "revenue", "2023"}});
}

TEST_CASE("revenue share tables: a percentage row under its part's amounts",
          "[facts][revenue]") {
  // A change column beside the periods gives nothing; an expense line's
  // "Percentage of revenue" is a ratio to sales.
  auto got = TableShares(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>Our revenue by segment is summarized in the following table (in millions, except percentages):</p>
<table>
<tr><td></td><td colspan="4">Years Ended</td><td colspan="2">2024 vs. 2023</td></tr>
<tr><td></td><td colspan="2">July 27, 2024</td><td colspan="2">July 29, 2023</td><td colspan="2">Variance in Percent</td></tr>
<tr><td>Revenue:</td></tr>
<tr><td>Americas</td><td>$</td><td>31,971</td><td>$</td><td>33,447</td><td>(4)</td><td>%</td></tr>
<tr><td>Percentage of revenue</td><td>59.4</td><td>%</td><td>58.7</td><td>%</td><td></td><td></td></tr>
<tr><td>EMEA</td><td></td><td>14,117</td><td></td><td>15,135</td><td>(7)</td><td>%</td></tr>
<tr><td>Percentage of revenue</td><td>40.6</td><td>%</td><td>41.3</td><td>%</td><td></td><td></td></tr>
<tr><td>Total</td><td>$</td><td>46,088</td><td>$</td><td>48,582</td><td>(5)</td><td>%</td></tr>
</table>
<table>
<tr><td></td><td>July 27, 2024</td><td>July 29, 2023</td></tr>
<tr><td>Sales and marketing</td><td>$</td><td>9,000</td><td>$</td><td>8,500</td></tr>
<tr><td>Percentage of revenue</td><td>19.3</td><td>%</td><td>17.3</td><td>%</td></tr>
</table></body></html>)"));
  REQUIRE(got.size() == 4);
  CHECK(got[0].percent == "59.4");
  CHECK(got[0].subject == "Americas");
  CHECK(got[0].metric == "revenue");
  CHECK(got[0].period_end == "2024-07-27");
  CHECK(got[1].percent == "58.7");
  CHECK(got[1].period_end == "2023-07-29");
  CHECK(got[2].subject == "EMEA");
  CHECK(got[3].percent == "41.3");
}

TEST_CASE("revenue share tables: tables that hold no share of the total",
          "[facts][revenue]") {
  // A common-size statement, by its title or by its rows; a part's own
  // measure; a sentence with a share is no title of the table under it.
  const char* pages[] = {
      R"(<p>The following table sets forth our consolidated statements of operations data expressed as a percentage of revenue:</p>
<table><tr><td></td><td>2024</td><td>2023</td></tr>
<tr><td>Subscription</td><td>90</td><td>%</td><td>86</td><td>%</td></tr>
<tr><td>Professional services</td><td>10</td><td>14</td></tr></table>)",
      R"(<p>Items as a percentage of net sales:</p>
<table><tr><td></td><td>2024</td><td>2023</td></tr>
<tr><td>Net sales</td><td>100.0</td><td>%</td><td>100.0</td><td>%</td></tr>
<tr><td>Cost of sales</td><td>62.1</td><td>61.5</td></tr>
<tr><td>Gross profit</td><td>37.9</td><td>38.5</td></tr></table>)",
      R"(<table><tr><td></td><td>2024</td><td>2023</td></tr>
<tr><td>Hardware</td><td>$</td><td>5,000</td><td>$</td><td>4,800</td></tr>
<tr><td>Percentage of product revenue</td><td>59.0</td><td>%</td><td>58.0</td><td>%</td></tr></table>)",
      R"(<p>Our ten largest customers accounted for 45% of net sales in 2023.</p>
<table><tr><td></td><td>2023</td><td>2022</td></tr>
<tr><td>Stores</td><td>89</td><td>%</td><td>88</td><td>%</td></tr></table>)"};
  for (const char* body : pages) {
    INFO(body);
    CHECK(TableShares(HtmlDoc(std::string("<html><body><p>FORM 10-K</p>") +
                              body + "</body></html>"))
              .empty());
  }
}

TEST_CASE("revenue share tables: fixed-width text", "[facts][revenue]") {
  auto got = TableShares(TextDoc(
      "FORM 10-K\n\n"
      "     Sales by region as a percentage of total net sales:\n\n"
      "                              1997        1996\n"
      "                              ----        ----\n"
      "     North America             61%         64%\n"
      "     Europe                    27          25\n"
      "     Total                    100%        100%\n"));
  REQUIRE(got.size() == 4);
  CHECK(got[0].subject == "North America");
  CHECK(got[0].period_end == "1997");
  CHECK(got[3].subject == "Europe");
  CHECK(got[3].percent == "25");
  CHECK(got[3].period_end == "1996");
  CHECK(got[3].metric == "net sales");
}

TEST_CASE("revenue share tables: share columns beside the amounts",
          "[facts][revenue]") {
  // "% of Net Sales" wrapped under "Fiscal 2023" beside "Net Sales"; a
  // bare "%" column whose total row says it is of revenue; "% of total"
  // after each year; a "%" column of another total (property) is none.
  auto got = TableShares(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>The following table presents net sales by department:</p>
<table>
<tr><td></td><td colspan="4">Fiscal</td><td colspan="4">Fiscal</td></tr>
<tr><td></td><td colspan="4">2023</td><td colspan="4">2022</td></tr>
<tr><td>dollars in millions</td><td colspan="2">Net</td><td colspan="2">% of</td><td colspan="2">Net</td><td colspan="2">% of</td></tr>
<tr><td></td><td colspan="2">Sales</td><td colspan="2">Net Sales</td><td colspan="2">Sales</td><td colspan="2">Net Sales</td></tr>
<tr><td>Appliances</td><td>$</td><td>13,863</td><td>9.1</td><td>%</td><td>$</td><td>14,461</td><td>9.2</td><td>%</td></tr>
<tr><td>Lumber</td><td></td><td>11,975</td><td>7.8</td><td></td><td></td><td>11,298</td><td>7.2</td><td></td></tr>
</table>
<p>Revenue by geography is as follows (in thousands, except percentages):</p>
<table>
<tr><td></td><td colspan="4">2023</td><td colspan="4">2022</td></tr>
<tr><td></td><td colspan="2">Amount</td><td colspan="2">%</td><td colspan="2">Amount</td><td colspan="2">%</td></tr>
<tr><td>United States</td><td>$</td><td>1,378,247</td><td>62</td><td>%</td><td>$</td><td>1,161,416</td><td>61</td><td>%</td></tr>
<tr><td>Total revenue</td><td>$</td><td>2,225,012</td><td>100</td><td>%</td><td>$</td><td>1,905,871</td><td>100</td><td>%</td></tr>
</table>
<table>
<tr><td></td><td colspan="4">2023</td></tr>
<tr><td></td><td colspan="2">Amount</td><td colspan="2">%</td></tr>
<tr><td>Japan</td><td>$</td><td>11,440</td><td>24</td><td>%</td></tr>
<tr><td>Total property and equipment, net</td><td>$</td><td>47,758</td><td>100</td><td>%</td></tr>
</table>
<table><tr><td></td><td>2023</td><td>% of total</td><td>2022</td><td>% of total</td></tr>
<tr><td>Beverages</td><td>$ 4,000</td><td>40%</td><td>$ 3,600</td><td>38%</td></tr>
<tr><td>Total net sales</td><td>$ 10,000</td><td>100%</td><td>$ 9,500</td><td>100%</td></tr></table>
</body></html>)"));
  Expect(got, {
      {"9.1", "Appliances", "net sales", "2023"},
      {"9.2", "Appliances", "net sales", "2022"},
      {"7.8", "Lumber", "net sales", "2023"},
      {"7.2", "Lumber", "net sales", "2022"},
      {"62", "United States", "revenue", "2023"},
      {"61", "United States", "revenue", "2022"},
      {"40", "Beverages", "net sales", "2023"},
      {"38", "Beverages", "net sales", "2022"}});
}

TEST_CASE("revenue share tables: lead-ins that end with a full stop",
          "[facts][revenue]") {
  // A lead-in sentence with a threshold, not a share of its own.
  auto got = TableShares(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>Customers accounting for more than 10% of total revenues were as follows.</p>
<table><tr><td></td><td>2023</td><td>2022</td></tr>
<tr><td>Distributor X</td><td>14%</td><td>13%</td></tr></table>
</body></html>)"));
  REQUIRE(got.size() == 2);
  CHECK(got[0].subject == "Distributor X");
  CHECK(got[0].percent == "14");
  CHECK(got[1].period_end == "2022");
}

TEST_CASE("revenue share tables: a breakdown whose cells add up to the whole",
          "[facts][revenue]") {
  // A title that names the measure and its breakdown, cells with "%": the
  // cells are parts of the measure when each period's add up to 100. A
  // table of changes under such a title does not add up: nothing.
  auto got = TableShares(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>Worldwide net sales by product category were as follows:</p>
<table><tr><td></td><td>2023</td><td>2022</td></tr>
<tr><td>Kitchen</td><td>47%</td><td>45%</td></tr>
<tr><td>Garden</td><td>32%</td><td>33%</td></tr>
<tr><td>Tools</td><td>21%</td><td>22%</td></tr></table>
<p>Revenue by region changed as follows:</p>
<table><tr><td></td><td>2023</td><td>2022</td></tr>
<tr><td>Americas</td><td>5%</td><td>3%</td></tr>
<tr><td>Europe</td><td>(2)%</td><td>4%</td></tr></table>
</body></html>)"));
  REQUIRE(got.size() == 6);
  CHECK(got[0].percent == "47");
  CHECK(got[0].subject == "Kitchen");
  CHECK(got[0].metric == "net sales");
  CHECK(got[0].period_end == "2023");
  CHECK(got[5].percent == "22");
  CHECK(got[5].subject == "Tools");
  CHECK(got[5].period_end == "2022");
}

TEST_CASE("revenue share tables: a capitalised title reached from its rows, "
          "read once",
          "[facts][revenue]") {
  // "Percentage of Total Revenue" holds neither "%" nor "percent": the
  // table is found from its rows; a table found from its title and from
  // its rows gives each share once.
  auto got = TableShares(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>Percentage of Total Revenue</p>
<table><tr><td></td><td>2023</td><td>2022</td></tr>
<tr><td>Cloud</td><td>64%</td><td>58%</td></tr>
<tr><td>License</td><td>36%</td><td>42%</td></tr></table>
<p>Customers that represented 10% or more of total revenue:</p>
<table><tr><td></td><td>2023</td><td>2022</td></tr>
<tr><td>Customer A</td><td>15%</td><td>12%</td></tr></table>
</body></html>)"));
  REQUIRE(got.size() == 6);
  CHECK(got[0].subject == "Cloud");
  CHECK(got[0].metric == "revenue");
  CHECK(got[3].subject == "License");
  CHECK(got[3].percent == "42");
  CHECK(got[4].subject == "Customer A");
  CHECK(got[5].period_end == "2022");
}

TEST_CASE("revenue share tables: a 10-Q breakdown adds up per column",
          "[facts][revenue]") {
  // Three- and six-month columns end on the same day: each column adds
  // up to 100 on its own.
  auto got = TableShares(HtmlDoc(R"(<html><body><p>FORM 10-Q</p>
<p>Worldwide net sales by product category were as follows:</p>
<table><tr><td></td><td colspan="2">Three Months Ended June 30,</td><td colspan="2">Six Months Ended June 30,</td></tr>
<tr><td></td><td>2023</td><td>2022</td><td>2023</td><td>2022</td></tr>
<tr><td>Kitchen</td><td>47%</td><td>45%</td><td>46%</td><td>45%</td></tr>
<tr><td>Garden</td><td>53%</td><td>55%</td><td>54%</td><td>55%</td></tr></table>
</body></html>)"));
  REQUIRE(got.size() == 8);
  CHECK(got[0].percent == "47");
  CHECK(got[2].percent == "46");
  CHECK(got[2].subject == "Kitchen");
  CHECK(got[7].percent == "55");
  CHECK(got[7].subject == "Garden");
}

TEST_CASE("revenue share tables: a bare Total row under a title that names "
          "the measure",
          "[facts][revenue]") {
  // "% of Total" columns whose total row says only "Total": the title
  // over the headings names revenue. A title that names a ratio
  // (operating income) gives nothing.
  auto got = TableShares(HtmlDoc(R"(<html><body><p>FORM 10-Q</p>
<p>Revenue by geographic area was as follows (in millions):</p>
<table><tr><td></td><td colspan="4">Three Months Ended June 30, 2023</td><td colspan="4">Three Months Ended June 30, 2022</td></tr>
<tr><td></td><td colspan="2">Amount</td><td colspan="2">% of Total</td><td colspan="2">Amount</td><td colspan="2">% of Total</td></tr>
<tr><td>United States</td><td>$</td><td>1,200</td><td>60</td><td>%</td><td>$</td><td>1,100</td><td>61</td><td>%</td></tr>
<tr><td>International</td><td></td><td>800</td><td>40</td><td></td><td></td><td>700</td><td>39</td><td></td></tr>
<tr><td>Total</td><td>$</td><td>2,000</td><td>100</td><td>%</td><td>$</td><td>1,800</td><td>100</td><td>%</td></tr></table>
<p>Operating income by segment and as a share of the total:</p>
<table><tr><td></td><td colspan="2">2023</td><td colspan="2">%</td></tr>
<tr><td>Segment A</td><td>$</td><td>100</td><td>60</td><td>%</td></tr>
<tr><td>Total</td><td>$</td><td>200</td><td>100</td><td>%</td></tr></table>
</body></html>)"));
  REQUIRE(got.size() == 4);
  CHECK(got[0].subject == "United States");
  CHECK(got[0].metric == "revenue");
  CHECK(got[0].period_end == "2023-06-30");
  CHECK(got[3].subject == "International");
  CHECK(got[3].percent == "39");
  CHECK(got[3].period_end == "2022-06-30");
}

TEST_CASE("revenue share tables: layouts of filing agents' HTML",
          "[facts][revenue]") {
  // A title in the last sentence of a long paragraph; "Three Months Ended"
  // over "March 31," over the years; the "%" on the first row only.
  std::string para(320, 'x');
  auto currency = TableShares(HtmlDoc(R"(<html><body><p>FORM 10-Q</p>
<p>Revenue is earned from fees )" + para + R"(. The following table presents revenue by currency as a percentage of total revenue:</p>
<table>
<tr><td></td><td colspan="4">Three Months Ended</td></tr>
<tr><td></td><td colspan="4">March 31,</td></tr>
<tr><td></td><td colspan="2">2024</td><td colspan="2">2023</td></tr>
<tr><td>U.S. dollar</td><td>64</td><td>%</td><td>67</td><td>%</td></tr>
<tr><td>Euro</td><td>36</td><td></td><td>33</td><td></td></tr>
<tr><td>Total</td><td>100</td><td>%</td><td>100</td><td>%</td></tr>
</table></body></html>)"));
  // (The day joins the first column's heading only.)
  Expect(currency, {{"64", "U.S. dollar", "revenue", "2024-03-31"},
                    {"67", "U.S. dollar", "revenue", "2023"},
                    {"36", "Euro", "revenue", "2024-03-31"},
                    {"33", "Euro", "revenue", "2023"}});
  // A title that says percentages over "Amount | % of Total" columns: each
  // cell once; a part's amount under 100 beside its "8.5 %" is no share.
  auto segments = TableShares(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>The following table presents revenue by segment and each segment's percentage of total revenue:</p>
<table>
<tr><td></td><td colspan="4">Year Ended December 31, 2023</td></tr>
<tr><td>(in millions)</td><td>Amount</td><td></td><td>% of Total</td><td></td></tr>
<tr><td>Instruments</td><td>$ 512.4</td><td></td><td>91.5</td><td>%</td></tr>
<tr><td>Services</td><td>47.6</td><td></td><td>8.5</td><td>%</td></tr>
<tr><td>Total revenue</td><td>$ 560.0</td><td></td><td>100.0</td><td>%</td></tr>
</table></body></html>)"));
  Expect(segments, {{"91.5", "Instruments", "revenue", "2023-12-31"},
                    {"8.5", "Services", "revenue", "2023-12-31"}});
  // "% of total net sales" rows under a titled table are their parts'.
  auto rows = TableShares(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>Net sales by segment, and each segment's net sales as a percentage of total net sales, were as follows:</p>
<table>
<tr><td>(In millions)</td><td>2023</td><td>2022</td></tr>
<tr><td>Industrial</td><td>$ 1,842.0</td><td>$ 1,760.0</td></tr>
<tr><td>% of total net sales</td><td>60.3%</td><td>61.5%</td></tr>
<tr><td>Medical</td><td>1,215.0</td><td>1,102.0</td></tr>
<tr><td>% of total net sales</td><td>39.7%</td><td>38.5%</td></tr>
<tr><td>Total net sales</td><td>$ 3,057.0</td><td>$ 2,862.0</td></tr>
</table></body></html>)"));
  for (const RevenueShare& r : rows) CHECK(r.subject != "% of total net sales");
  REQUIRE(rows.size() == 4);
  CHECK(rows[0].subject == "Industrial");
  CHECK(rows[3].subject == "Medical");
  // "Percent of" over "Net Sales" beside the amounts; the sentence leading
  // into the table names no column's period.
  auto category = TableShares(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>Net sales by merchandise category for the years ended August 30, 2024 and September 1, 2023:</p>
<table>
<tr><td></td><td colspan="3">Fiscal 2024</td><td colspan="3">Fiscal 2023</td></tr>
<tr><td>(Dollars in millions)</td><td>Amount</td><td>Percent of</td><td></td><td>Amount</td><td>Percent of</td><td></td></tr>
<tr><td></td><td></td><td>Net Sales</td><td></td><td></td><td>Net Sales</td><td></td></tr>
<tr><td>Consumables</td><td>$ 9,842.1</td><td>80.2</td><td>%</td><td>$ 9,215.7</td><td>79.1</td><td>%</td></tr>
<tr><td>Seasonal</td><td>2,430.0</td><td>19.8</td><td>%</td><td>2,434.9</td><td>20.9</td><td>%</td></tr>
<tr><td>Net sales</td><td>$ 12,272.1</td><td>100.0</td><td>%</td><td>$ 11,650.6</td><td>100.0</td><td>%</td></tr>
</table></body></html>)"));
  Expect(category, {{"80.2", "Consumables", "net sales", "2024"},
                    {"79.1", "Consumables", "net sales", "2023"},
                    {"19.8", "Seasonal", "net sales", "2024"},
                    {"20.9", "Seasonal", "net sales", "2023"}});
}

TEST_CASE("revenue share tables: a section of percentages under the amounts",
          "[facts][revenue]") {
  // "Percentage of total revenue:" opens a section under the periods'
  // headings at the table's top; "Advertising" sold is a part; the next
  // section ("Segment operating margin:") is no share.
  auto got = TableShares(HtmlDoc(R"(<html><body><p>FORM 10-Q</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended</td></tr>
<tr><td></td><td colspan="2">June 30,</td></tr>
<tr><td></td><td>2025</td><td>2024</td></tr>
<tr><td>Revenue:</td></tr>
<tr><td>Subscriptions</td><td>$ 157.6</td><td>$ 151.9</td></tr>
<tr><td>Advertising</td><td>27.5</td><td>22.9</td></tr>
<tr><td>Total revenue</td><td>$ 185.1</td><td>$ 174.8</td></tr>
<tr><td>Percentage of total revenue:</td></tr>
<tr><td>Subscriptions</td><td>85 %</td><td>87 %</td></tr>
<tr><td>Advertising</td><td>15 %</td><td>13 %</td></tr>
<tr><td>Segment operating margin:</td></tr>
<tr><td>Subscriptions</td><td>24.7 %</td><td>22.9 %</td></tr>
</table></body></html>)"));
  Expect(got, {{"85", "Subscriptions", "revenue", "2025-06-30"},
               {"87", "Subscriptions", "revenue", "2024"},
               {"15", "Advertising", "revenue", "2025-06-30"},
               {"13", "Advertising", "revenue", "2024"}});
}

}  // namespace
}  // namespace secx
