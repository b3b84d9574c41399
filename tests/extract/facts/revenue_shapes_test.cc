// Revenue shares of 10-K and 10-Q filings written from general knowledge of
// such filings (made-up companies and values, no filing of the corpus):
// the registrant named in the possessive before the measure, lists of
// shares over a list of years without "respectively", amounts with their
// shares, lists of subjects, and thresholds that give nothing; and the
// table rules (percent-of-revenue columns, customers' tables), which are
// tested on their own as ExtractRevenueShares does not run them.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract/facts/facts.h"
#include "extract/facts/revenue_shares_internal.h"
#include "extract/facts/text_scan.h"
#include "tests/extract/facts/test_util.h"

namespace secx {
namespace {

using testing::HtmlDoc;
using testing::TextDoc;

struct Want {
  const char* percent;
  const char* subject;
  const char* metric;
  const char* period;
};

// The table rules alone (revenue_share_tables.cc): not part of
// ExtractRevenueShares, see there.
std::vector<RevenueShare> TableShares(const Document& doc) {
  std::vector<RevenueShare> out;
  facts::TableShares(doc, facts::KeywordHits(doc.text), &out);
  return out;
}

void Expect(const std::vector<RevenueShare>& got,
            const std::vector<Want>& want) {
  REQUIRE(got.size() == want.size());
  for (size_t i = 0; i < got.size(); ++i) {
    CHECK(got[i].percent == want[i].percent);
    CHECK(got[i].subject == want[i].subject);
    CHECK(got[i].metric == want[i].metric);
    CHECK(got[i].period_end == want[i].period);
  }
}

TEST_CASE("revenue shapes: the registrant's measure in the possessive",
          "[facts][revenue]") {
  Expect(ExtractRevenueShares(
             TextDoc("Sales outside of the United States in 2023 made up "
                     "approximately 61 percent of Brightwater's net sales.")),
         {{"61", "Sales outside of the United States", "net sales", "2023"}});
  // A curly apostrophe, as HTML filings write it.
  Expect(ExtractRevenueShares(TextDoc(
             "(1) The United States comprised 86 %, 79 % and 78 % of the "
             "Company\xE2\x80\x99s revenue in the fiscal years ended June 30, "
             "2024, 2023 and 2022, respectively.")),
         {{"86", "United States", "revenue", "2024-06-30"},
          {"79", "United States", "revenue", "2023-06-30"},
          {"78", "United States", "revenue", "2022-06-30"}});
  Expect(ExtractRevenueShares(TextDoc(
             "Sales to Walmart represented approximately 21% of Larkspur "
             "Foods\xE2\x80\x99 consolidated net sales in fiscal 2023.")),
         {{"21", "Sales to Walmart", "consolidated net sales", "2023"}});
  // Another's measure (a customer's, a segment's) is no share of ours.
  Expect(ExtractRevenueShares(
             TextDoc("Our products accounted for 4% of Walmart's net sales in "
                     "2023.")),
         {});
}

TEST_CASE("revenue shapes: shares over a list of years", "[facts][revenue]") {
  Expect(ExtractRevenueShares(TextDoc(
             "Sales to our largest customer comprised 86%, 79% and 78% of "
             "total revenues in 2023, 2022 and 2021.")),
         {{"86", "Sales to our largest customer", "revenues", "2023"},
          {"79", "Sales to our largest customer", "revenues", "2022"},
          {"78", "Sales to our largest customer", "revenues", "2021"}});
  Expect(ExtractRevenueShares(TextDoc(
             "International sales represented 35% and 31% of net sales in "
             "fiscal 2024 and 2023.")),
         {{"35", "International sales", "net sales", "2024"},
          {"31", "International sales", "net sales", "2023"}});
  // Counts that differ, or the years together: no period for each.
  Expect(ExtractRevenueShares(TextDoc(
             "Sales to our largest customer comprised 86% and 79% of total "
             "revenues in 2023, 2022 and 2021.")),
         {});
  Expect(ExtractRevenueShares(TextDoc(
             "Sales to Acme comprised 12% and 11% of net sales in 2023 and "
             "2022 combined.")),
         {});
}

TEST_CASE("revenue shapes: single shares of the report's shapes",
          "[facts][revenue]") {
  Expect(ExtractRevenueShares(TextDoc(
             "Customer A accounted for 14% of net revenues in fiscal 2023.")),
         {{"14", "Customer A", "net revenues", "2023"}});
  Expect(ExtractRevenueShares(TextDoc(
             "During 2023, sales to Walmart represented approximately 21% of "
             "our consolidated net sales.")),
         {{"21", "sales to Walmart", "consolidated net sales", "2023"}});
  Expect(ExtractRevenueShares(
             TextDoc("In 2023, no customer accounted for more than 10% of our "
                     "consolidated revenues.")),
         {});
  Expect(ExtractRevenueShares(TextDoc(
             "For the years ended December 31, 2023, 2022 and 2021, no "
             "single customer accounted for 10% or more of net revenues.")),
         {});
}

TEST_CASE("revenue shapes: a table's percent-of-revenue column",
          "[facts][revenue]") {
  // Not read by default: the labelled set counts shares stated in prose.
  Expect(ExtractRevenueShares(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<table>
<tr><td></td><td colspan="2">Year Ended December 31, 2023</td></tr>
<tr><td></td><td>Amount</td><td>% of Revenue</td></tr>
<tr><td>United States</td><td>$ 620.1</td><td>62%</td></tr>
<tr><td>International</td><td>380.0</td><td>38%</td></tr>
<tr><td>Total</td><td>$ 1,000.1</td><td>100%</td></tr>
</table></body></html>)")),
         {});
  // One year, an amount and a share of revenue for each region.
  Expect(TableShares(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>Revenue by geographic area was as follows (in millions):</p>
<table>
<tr><td></td><td colspan="2">Year Ended December 31, 2023</td></tr>
<tr><td></td><td>Amount</td><td>% of Revenue</td></tr>
<tr><td>United States</td><td>$ 620.1</td><td>62%</td></tr>
<tr><td>International</td><td>380.0</td><td>38%</td></tr>
<tr><td>Total</td><td>$ 1,000.1</td><td>100%</td></tr>
</table></body></html>)")),
         {{"62", "United States", "revenue", "2023-12-31"},
          {"38", "International", "revenue", "2023-12-31"}});
  // Two years, each with its "% of total net sales" column, the sign in a
  // cell of its own.
  Expect(TableShares(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<table>
<tr><td></td><td colspan="3">Fiscal 2024</td><td colspan="3">Fiscal 2023</td></tr>
<tr><td>(Dollars in thousands)</td><td>Net Sales</td><td>% of Total Net Sales</td><td></td><td>Net Sales</td><td>% of Total Net Sales</td><td></td></tr>
<tr><td>Americas</td><td>$ 412,300</td><td>55.0</td><td>%</td><td>$ 398,100</td><td>57.2</td><td>%</td></tr>
<tr><td>Europe</td><td>224,900</td><td>30.0</td><td>%</td><td>201,500</td><td>28.9</td><td>%</td></tr>
<tr><td>Asia Pacific</td><td>112,400</td><td>15.0</td><td>%</td><td>96,700</td><td>13.9</td><td>%</td></tr>
<tr><td>Total</td><td>$ 749,600</td><td>100.0</td><td>%</td><td>$ 696,300</td><td>100.0</td><td>%</td></tr>
</table></body></html>)")),
         {{"55.0", "Americas", "total net sales", "2024"},
          {"30.0", "Europe", "total net sales", "2024"},
          {"15.0", "Asia Pacific", "total net sales", "2024"},
          {"57.2", "Americas", "total net sales", "2023"},
          {"28.9", "Europe", "total net sales", "2023"},
          {"13.9", "Asia Pacific", "total net sales", "2023"}});
  // Columns headed "%" only: the total row names the measure.
  Expect(TableShares(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>Net sales by geographic region were as follows (dollars in millions):</p>
<table>
<tr><td></td><td>2023</td><td>%</td><td>2022</td><td>%</td></tr>
<tr><td>United States</td><td>$ 1,200</td><td>60%</td><td>$ 990</td><td>55%</td></tr>
<tr><td>Europe</td><td>500</td><td>25%</td><td>504</td><td>28%</td></tr>
<tr><td>Rest of world</td><td>300</td><td>15%</td><td>306</td><td>17%</td></tr>
<tr><td>Total net sales</td><td>$ 2,000</td><td>100%</td><td>$ 1,800</td><td>100%</td></tr>
</table></body></html>)")),
         {{"60", "United States", "net sales", "2023"},
          {"25", "Europe", "net sales", "2023"},
          {"15", "Rest of world", "net sales", "2023"},
          {"55", "United States", "net sales", "2022"},
          {"28", "Europe", "net sales", "2022"},
          {"17", "Rest of world", "net sales", "2022"}});
  // The measure in the amount column's heading beside "% of Total".
  Expect(TableShares(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<table>
<tr><td></td><td colspan="2">2023</td><td colspan="2">2022</td></tr>
<tr><td></td><td>Net Sales</td><td>% of Total</td><td>Net Sales</td><td>% of Total</td></tr>
<tr><td>Industrial</td><td>$ 1,500</td><td>75%</td><td>$ 1,320</td><td>73%</td></tr>
<tr><td>Consumer</td><td>500</td><td>25%</td><td>488</td><td>27%</td></tr>
<tr><td>Total</td><td>$ 2,000</td><td>100%</td><td>$ 1,808</td><td>100%</td></tr>
</table></body></html>)")),
         {{"75", "Industrial", "net sales", "2023"},
          {"25", "Consumer", "net sales", "2023"},
          {"73", "Industrial", "net sales", "2022"},
          {"27", "Consumer", "net sales", "2022"}});
  // ... of another measure (operating income) it is no share of revenue.
  Expect(TableShares(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<table>
<tr><td></td><td colspan="2">2023</td></tr>
<tr><td></td><td>Operating Income</td><td>% of Total</td></tr>
<tr><td>Industrial</td><td>$ 300</td><td>75%</td></tr>
<tr><td>Consumer</td><td>100</td><td>25%</td></tr>
<tr><td>Total</td><td>$ 400</td><td>100%</td></tr>
</table></body></html>)")),
         {});
  // ... and without such a total row (of another measure, or none), the
  // bare column says nothing of revenue.
  Expect(TableShares(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<table>
<tr><td></td><td>2023</td><td>%</td></tr>
<tr><td>United States</td><td>1,200</td><td>60%</td></tr>
<tr><td>Europe</td><td>800</td><td>40%</td></tr>
<tr><td>Total employees</td><td>2,000</td><td>100%</td></tr>
</table></body></html>)")),
         {});
  Expect(TableShares(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<table>
<tr><td></td><td>2023</td><td>%</td></tr>
<tr><td>United States</td><td>1,200</td><td>60%</td></tr>
<tr><td>Europe</td><td>800</td><td>40%</td></tr>
</table></body></html>)")),
         {});
  // The revenue lines at the top of an income statement with its
  // percent-of-revenue column: the lines of revenue are parts.
  Expect(TableShares(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<table>
<tr><td></td><td colspan="2">Year Ended December 31, 2023</td></tr>
<tr><td></td><td>Amount</td><td>% of Revenue</td></tr>
<tr><td>Revenue:</td></tr>
<tr><td>Product</td><td>$ 600.0</td><td>60%</td></tr>
<tr><td>Services</td><td>400.0</td><td>40%</td></tr>
<tr><td>Total revenue</td><td>1,000.0</td><td>100%</td></tr>
<tr><td>Cost of revenue</td><td>550.0</td><td>55%</td></tr>
<tr><td>Gross profit</td><td>450.0</td><td>45%</td></tr>
</table></body></html>)")),
         {{"60", "Product", "revenue", "2023-12-31"},
          {"40", "Services", "revenue", "2023-12-31"}});
  // An income statement's percent-of-sales column holds ratios (costs,
  // margins) that are no parts of revenue: its rows do not add up to the
  // whole, and nothing is read.
  Expect(TableShares(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<table>
<tr><td></td><td colspan="2">Year Ended December 31, 2023</td></tr>
<tr><td></td><td>Amount</td><td>% of Net Sales</td></tr>
<tr><td>Net sales</td><td>$ 1,000.0</td><td>100.0%</td></tr>
<tr><td>Cost of sales</td><td>610.0</td><td>61.0%</td></tr>
<tr><td>Gross profit</td><td>390.0</td><td>39.0%</td></tr>
<tr><td>Operating income</td><td>120.0</td><td>12.0%</td></tr>
</table></body></html>)")),
         {});
  // A percent column that says nothing of revenue (a change), or shares of
  // no stated period: nothing.
  Expect(TableShares(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<table>
<tr><td></td><td>2023</td><td>2022</td><td>% Change</td></tr>
<tr><td>United States</td><td>$ 620.1</td><td>$ 580.0</td><td>7%</td></tr>
<tr><td>International</td><td>380.0</td><td>400.0</td><td>(5)%</td></tr>
</table></body></html>)")),
         {});
  Expect(TableShares(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<table>
<tr><td></td><td>Amount</td><td>% of Revenue</td></tr>
<tr><td>United States</td><td>$ 620.1</td><td>62%</td></tr>
<tr><td>International</td><td>380.0</td><td>38%</td></tr>
</table></body></html>)")),
         {});
}

TEST_CASE("revenue shapes: generated outside a country, compared to a year",
          "[facts][revenue]") {
  Expect(ExtractRevenueShares(
             TextDoc("In fiscal 2023, approximately 42% of our net sales were "
                     "generated outside the United States.")),
         {{"42", "outside the United States", "net sales", "2023"}});
  // "generated" alone takes only a place outside: "were generated
  // primarily by" names no part.
  Expect(ExtractRevenueShares(
             TextDoc("In fiscal 2023, approximately 42% of our net sales were "
                     "generated primarily through our retail stores.")),
         {});
  Expect(ExtractRevenueShares(TextDoc(
             "Sales of our Premium brands represented 36% of net sales in "
             "2023, compared to 33% in 2022.")),
         {{"36", "Sales of our Premium brands", "net sales", "2023"},
          {"33", "Sales of our Premium brands", "net sales", "2022"}});
  Expect(ExtractRevenueShares(TextDoc(
             "Services revenue accounted for 22% of total revenue in fiscal "
             "2023, up from 19% in fiscal 2022.")),
         {{"22", "Services revenue", "revenue", "2023"},
          {"19", "Services revenue", "revenue", "2022"}});
  Expect(ExtractRevenueShares(TextDoc(
             "Approximately 70% of our revenues were generated from recurring "
             "sources in 2023.")),
         {{"70", "recurring sources", "revenues", "2023"}});
  // A comparison with an amount, or with the prior year without its
  // share, adds nothing.
  Expect(ExtractRevenueShares(TextDoc(
             "Sales of our Premium brands represented 36% of net sales in "
             "2023, compared to $1.2 billion in 2022.")),
         {{"36", "Sales of our Premium brands", "net sales", "2023"}});
  Expect(ExtractRevenueShares(TextDoc(
             "Gross profit represented 36% of net sales in 2023, compared to "
             "33% in 2022.")),
         {});
}

TEST_CASE("revenue shapes: each of two years, shares before their periods",
          "[facts][revenue]") {
  // A customer whose name starts with a ratio word ("cost") is a
  // customer; the cost itself is a ratio.
  Expect(ExtractRevenueShares(
             TextDoc("Selling costs were 12% of net sales in fiscal 2023.")),
         {});
  Expect(ExtractRevenueShares(TextDoc(
             "Cost of goods sold was 61% of net sales in fiscal 2023.")),
         {});
  Expect(ExtractRevenueShares(TextDoc(
             "Sales to Costco accounted for approximately 15% of net sales "
             "for each of fiscal 2023 and 2022.")),
         {{"15", "Sales to Costco", "net sales", "2023"},
          {"15", "Sales to Costco", "net sales", "2022"}});
  Expect(
      ExtractRevenueShares(TextDoc(
          "Approximately 38% and 36% of our revenues for the years ended "
          "December 31, 2023 and 2022, respectively, were derived from "
          "customers outside the United States.")),
      {{"38", "customers outside the United States", "revenues", "2023-12-31"},
       {"36", "customers outside the United States", "revenues",
        "2022-12-31"}});
  Expect(ExtractRevenueShares(TextDoc(
             "Approximately 38% and 36% of our net sales for fiscal 2024 and "
             "2023, respectively, were generated outside the United States.")),
         {{"38", "outside the United States", "net sales", "2024"},
          {"36", "outside the United States", "net sales", "2023"}});
  // Periods and shares that do not pair up, or a verb with no place.
  Expect(ExtractRevenueShares(TextDoc(
             "Approximately 38% and 36% of our revenues for the year ended "
             "December 31, 2023, respectively, were derived from customers "
             "outside the United States.")),
         {});
  Expect(ExtractRevenueShares(TextDoc(
             "Approximately 38% and 36% of our net sales for fiscal 2024 and "
             "2023, respectively, were generated through our stores.")),
         {});
}

TEST_CASE("revenue shapes: a table of customers' shares under a lead-in",
          "[facts][revenue]") {
  Expect(TableShares(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>Customers that accounted for 10% or more of total revenue were as follows:</p>
<table>
<tr><td></td><td colspan="3">Year Ended December 31,</td></tr>
<tr><td></td><td>2023</td><td>2022</td><td>2021</td></tr>
<tr><td>Customer A</td><td>23%</td><td>21%</td><td>*</td></tr>
<tr><td>Customer B</td><td>15%</td><td>*</td><td>12%</td></tr>
</table>
<p>* Less than 10% of total revenue.</p>
</body></html>)")),
         {{"23", "Customer A", "revenue", "2023"},
          {"21", "Customer A", "revenue", "2022"},
          {"15", "Customer B", "revenue", "2023"},
          {"12", "Customer B", "revenue", "2021"}});
  Expect(TableShares(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>The percentage of net sales to significant customers was as follows:</p>
<table>
<tr><td></td><td>Fiscal 2024</td><td>Fiscal 2023</td></tr>
<tr><td>Home Depot</td><td>31%</td><td>29%</td></tr>
<tr><td>Lowe's</td><td>14%</td><td>15%</td></tr>
</table></body></html>)")),
         {{"31", "Home Depot", "net sales", "2024"},
          {"29", "Home Depot", "net sales", "2023"},
          {"14", "Lowe's", "net sales", "2024"},
          {"15", "Lowe's", "net sales", "2023"}});
  // Shares of revenue and of receivables side by side: not read.
  Expect(TableShares(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>Customers that accounted for 10% or more of total revenue or accounts receivable were as follows:</p>
<table>
<tr><td></td><td>Revenue</td><td></td><td>Accounts Receivable</td></tr>
<tr><td></td><td>2023</td><td>2022</td><td>2023</td><td>2022</td></tr>
<tr><td>Customer A</td><td>23%</td><td>21%</td><td>30%</td><td>28%</td></tr>
</table></body></html>)")),
         {});
  // No period over the columns: nothing.
  Expect(TableShares(HtmlDoc(R"(<html><body><p>FORM 10-K</p>
<p>The following customers accounted for 10% or more of net sales:</p>
<table>
<tr><td>Customer A</td><td>23%</td></tr>
<tr><td>Customer B</td><td>15%</td></tr>
</table></body></html>)")),
         {});
}

TEST_CASE("revenue shapes: a group of customers over several years",
          "[facts][revenue]") {
  Expect(ExtractRevenueShares(TextDoc(
             "Our five largest customers accounted for 52%, 48% and 45% of "
             "revenue in 2023, 2022 and 2021, respectively.")),
         {{"52", "five largest customers together", "revenue", "2023"},
          {"48", "five largest customers together", "revenue", "2022"},
          {"45", "five largest customers together", "revenue", "2021"}});
  // As many shares as customers: each customer's, not each year's.
  Expect(ExtractRevenueShares(TextDoc(
             "Two customers accounted for 21% and 13% of revenue in 2023.")),
         {{"21", "customer 1 of 2", "revenue", "2023"},
          {"13", "customer 2 of 2", "revenue", "2023"}});
  // Neither per customer nor per year: nothing.
  Expect(ExtractRevenueShares(TextDoc(
             "Our five largest customers accounted for 52%, 48% and 45% of "
             "revenue in 2023.")),
         {});
}

TEST_CASE("revenue shapes: an amount, or a share of the measure",
          "[facts][revenue]") {
  Expect(ExtractRevenueShares(TextDoc(
             "Sales to Acme, our largest customer, were approximately $412 "
             "million, or 19% of net sales, in 2023.")),
         {{"19", "Sales to Acme", "net sales", "2023"}});
  Expect(
      ExtractRevenueShares(TextDoc(
          "Sales through our e-commerce channel were $210.5 million, or "
          "22.5% of net sales, in fiscal 2023, compared to $180.1 million, "
          "or 20.1% of net sales, in fiscal 2022.")),
      {{"22.5", "Sales through our e-commerce channel", "net sales", "2023"},
       {"20.1", "Sales through our e-commerce channel", "net sales", "2022"}});
  Expect(ExtractRevenueShares(TextDoc(
             "Revenue from Customer A was $45.2 million and $40.1 million, "
             "representing 15% and 14% of total revenue for 2023 and 2022, "
             "respectively.")),
         {{"15", "Revenue from Customer A", "revenue", "2023"},
          {"14", "Revenue from Customer A", "revenue", "2022"}});
  // A subject that points back to a part named before it.
  Expect(ExtractRevenueShares(TextDoc(
             "A significant portion of our revenue comes from our five "
             "largest customers. In 2023, the revenue from these customers was "
             "approximately $2.1 billion, or 18%, of total revenue.")),
         {});
  // Costs and expenses as a share of the measure are ratios.
  Expect(ExtractRevenueShares(TextDoc(
             "Research and development expenses were $120.4 million, or 12% of "
             "revenue, in 2023.")),
         {});
  Expect(ExtractRevenueShares(TextDoc(
             "Freight on sales to customers was $31.0 million, or 3% of net "
             "sales, in 2023.")),
         {});
  Expect(ExtractRevenueShares(TextDoc(
             "Warranty claims were $4.2 million, or 1% of net sales, in "
             "2023.")),
         {});
  Expect(ExtractRevenueShares(TextDoc(
             "Net income was $88.0 million, or 9% of net sales, in 2023.")),
         {});
  // Drivers of the year's revenue are no parts by customer, product or
  // place.
  Expect(ExtractRevenueShares(TextDoc(
             "Revenue recognized from deferred revenue was $120.0 million, or "
             "15% of revenue, in 2023.")),
         {});
  Expect(ExtractRevenueShares(TextDoc(
             "Net sales from acquired businesses were $45.0 million, or 5% of "
             "net sales, in 2023.")),
         {});
}

TEST_CASE("revenue shapes: lists of subjects, 'attributable to'",
          "[facts][revenue]") {
  Expect(ExtractRevenueShares(TextDoc(
             "Sales in the United States, Europe and Asia represented 55%, 30% "
             "and 15% of net sales in 2023, respectively.")),
         {{"55", "Sales in the United States", "net sales", "2023"},
          {"30", "Europe", "net sales", "2023"},
          {"15", "Asia", "net sales", "2023"}});
  Expect(ExtractRevenueShares(TextDoc(
             "Walmart and Target accounted for approximately 22% and 12%, "
             "respectively, of our net sales in fiscal 2023.")),
         {{"22", "Walmart", "net sales", "2023"},
          {"12", "Target", "net sales", "2023"}});
  Expect(ExtractRevenueShares(TextDoc(
             "For 2023, Customer A and Customer B accounted for 14% and 11% of "
             "total revenues, respectively.")),
         {{"14", "Customer A", "revenues", "2023"},
          {"11", "Customer B", "revenues", "2023"}});
  // Without "respectively", or with as many years as shares: whose share
  // is which is not said.
  Expect(ExtractRevenueShares(TextDoc(
             "Walmart and Target accounted for approximately 22% and 12% of "
             "our net sales in fiscal 2023.")),
         {});
  Expect(ExtractRevenueShares(TextDoc(
             "Sales to Acme and Beta comprised 14% and 11% of revenue in 2023 "
             "and 2022.")),
         {});
  Expect(ExtractRevenueShares(TextDoc(
             "Approximately 45% of our net sales in 2023 were attributable to "
             "customers outside the U.S.")),
         {{"45", "customers outside the U.S.", "net sales", "2023"}});
  // ... also when the next paragraph follows on the next line.
  Expect(ExtractRevenueShares(TextDoc(
             "Approximately 45% of our net sales in 2023 were attributable to "
             "customers outside the U.S.\nOur business is seasonal.")),
         {{"45", "customers outside the U.S.", "net sales", "2023"}});
}

TEST_CASE("revenue shapes: a second subject's shares of the same periods",
          "[facts][revenue]") {
  Expect(ExtractRevenueShares(TextDoc(
             "For the three months ended March 31, 2024 and 2023, Customer A "
             "represented 18% and 16% of net revenue, respectively, and "
             "Customer B represented 11% and 12% of net revenue, "
             "respectively.")),
         {{"18", "Customer A", "net revenue", "2024-03-31"},
          {"16", "Customer A", "net revenue", "2023-03-31"},
          {"11", "Customer B", "net revenue", "2024-03-31"},
          {"12", "Customer B", "net revenue", "2023-03-31"}});
  // Without its own "respectively", the second clause is not paired.
  Expect(ExtractRevenueShares(TextDoc(
             "For the three months ended March 31, 2024 and 2023, Customer A "
             "represented 18% and 16% of net revenue, respectively, and "
             "Customer B represented 11% and 12% of net revenue.")),
         {{"18", "Customer A", "net revenue", "2024-03-31"},
          {"16", "Customer A", "net revenue", "2023-03-31"}});
}

TEST_CASE("revenue shapes: a 10-Q table of amounts and shares by year",
          "[facts][revenue]") {
  Expect(TableShares(HtmlDoc(R"(<html><body><p>FORM 10-Q</p>
<table>
<tr><td></td><td colspan="4">Three Months Ended March 31,</td></tr>
<tr><td></td><td colspan="2">2024</td><td colspan="2">2023</td></tr>
<tr><td>(in millions)</td><td>Amount</td><td>% of Revenue</td><td>Amount</td><td>% of Revenue</td></tr>
<tr><td>Subscription</td><td>$ 80.0</td><td>80%</td><td>$ 70.0</td><td>78%</td></tr>
<tr><td>Professional services</td><td>20.0</td><td>20%</td><td>19.7</td><td>22%</td></tr>
<tr><td>Total revenue</td><td>$ 100.0</td><td>100%</td><td>$ 89.7</td><td>100%</td></tr>
</table></body></html>)")),
         {{"80", "Subscription", "revenue", "2024"},
          {"20", "Professional services", "revenue", "2024"},
          {"78", "Subscription", "revenue", "2023"},
          {"22", "Professional services", "revenue", "2023"}});
}

TEST_CASE("revenue shapes: the present tense with a named period",
          "[facts][revenue]") {
  Expect(ExtractRevenueShares(TextDoc(
             "Sales to Walmart represent approximately 21% of our net sales "
             "in fiscal 2023.")),
         {{"21", "Sales to Walmart", "net sales", "2023"}});
  Expect(ExtractRevenueShares(TextDoc(
             "Our two largest customers account for 19% and 12% of net sales "
             "in 2023.")),
         {{"19", "customer 1 of 2", "net sales", "2023"},
          {"12", "customer 2 of 2", "net sales", "2023"}});
  // No period, a hypothesis, a threshold: nothing.
  Expect(ExtractRevenueShares(
             TextDoc("Sales to Walmart represent approximately 21% of our net "
                     "sales.")),
         {});
  Expect(ExtractRevenueShares(TextDoc(
             "We expect international sales to represent 40% of net sales in "
             "2025.")),
         {});
  Expect(ExtractRevenueShares(TextDoc(
             "No customer accounts for more than 10% of our net sales in "
             "2023.")),
         {});
  Expect(ExtractRevenueShares(TextDoc("Rent is 4% of net sales in 2023.")), {});
}

TEST_CASE("revenue shapes: one share named for several periods",
          "[facts][revenue]") {
  Expect(
      ExtractRevenueShares(TextDoc(
          "For the years ended December 30, 2023 and December 31, 2022, "
          "approximately 2% of consolidated net sales, net income and "
          "Adjusted EBITDA were generated from our business in Brazil.")),
      {{"2", "our business in Brazil", "consolidated net sales", "2023-12-30"},
       {"2", "our business in Brazil", "consolidated net sales",
        "2022-12-31"}});
  Expect(
      ExtractRevenueShares(TextDoc(
          "For the six months ended July 1, 2023 and the year ended "
          "December 31, 2022, approximately 2% of consolidated net sales "
          "were generated from our business in Brazil.")),
      {{"2", "our business in Brazil", "consolidated net sales", "2023-07-01"},
       {"2", "our business in Brazil", "consolidated net sales",
        "2022-12-31"}});
}

}  // namespace
}  // namespace secx
