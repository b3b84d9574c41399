#include "extract/read/html_reader.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>

namespace secx {
namespace {

std::string Text(std::string_view html) {
  Result<std::string> r = HtmlToText(html);
  REQUIRE(r.ok());
  return r.value();
}

std::string ReadFile(const std::string& rel) {
  std::ifstream in(std::string(SECX_SOURCE_DIR) + "/" + rel, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST_CASE("text the parser hands over in pieces reads as one", "[read][html]") {
  // Comments, entities and long runs make libxml2 deliver one text in
  // several callbacks; the result is the text written in one piece.
  CHECK(Text("<p>a<!-- c -->b &amp; c&#160;d</p>") == "ab & c d\n");
  std::string word(3000, 'x');
  CHECK(Text("<p>" + word + " " + word + "</p>") == word + " " + word + "\n");
  CHECK(Text("<div>caf&eacute;<span> \n x</span></div>") == "caf\u00e9 x\n");
  // Text after the root element closes has no element to belong to.
  CHECK(Text("<html><body><p>a</p></body></html>") == "a\n");
}

TEST_CASE("HTML becomes lines of text", "[read][html]") {
  struct Case {
    const char* what;
    std::string html;
    std::string text;
  };
  const Case cases[] = {
      {"entities decoded",
       "<p>AT&amp;T &lt;NYSE&gt; &quot;T&quot; caf&eacute; &#8220;q&#8221;</p>",
       "AT&T <NYSE> \"T\" caf\u00e9 \u201cq\u201d\n"},
      {"numeric references 128-159 read as Windows-1252",
       "<p>&#147;Company&#148; &#150; it&#146;s</p>",
       "\u201cCompany\u201d \u2013 it\u2019s\n"},
      {"white space and no-break spaces fold",
       "<p>&nbsp;Item&nbsp;&nbsp;2.02\n   Results&#160;of\tOperations </p>",
       "Item 2.02 Results of Operations\n"},
      {"inline elements do not break words",
       "<p><b>Form</b> <font>8</font>-<i>K</i></p>", "Form 8-K\n"},
      {"head, script and style dropped",
       "<html><head><title>T</title><style>p{color:red}</style></head>"
       "<body><script>var x = 1;</script><p>Body</p></body></html>",
       "Body\n"},
      {"a flex row of one-line items reads as a table row",
       "<div style=\"display:flex\"><div>Exact name of registrant</div>"
       "<div>Commission File Number</div></div>"
       "<div style=\"display: flex; flex-direction: row\"><div>Acme Corp."
       "</div><div>001-12345</div></div>",
       "Exact name of registrant\tCommission File Number\n"
       "Acme Corp.\t001-12345\n"},
      {"a flex row of stacked items reads item after item",
       "<div style=\"display:flex\"><div><p>Name</p><p>Acme Corp.</p></div>"
       "<div><p>Phone</p><p>(212) 555-0100</p></div></div>",
       "Name\nAcme Corp.\nPhone\n(212) 555-0100\n"},
      {"a flex row's items may be tables and preformatted text",
       "<div style=\"display:flex\"><table><tr><td>A</td><td>B</td></tr>"
       "</table><pre>x\ny</pre><span>C</span></div><p>after</p>",
       "A\tB\nx\ny\nC\nafter\n"},
      {"a flex column is no row",
       "<div style=\"display:flex;flex-direction:column\"><div>A</div>"
       "<div>B</div></div>",
       "A\nB\n"},
      {"blocks placed side by side at one height read as a table row",
       "<div style=\"position:absolute;left:96px;top:326px\">Nova Scotia"
       "</div><div style=\"position:absolute;left:507px;top:326px\">"
       "98-1544720</div><div style=\"position:absolute;left:300px;"
       "top:327px\">1040</div>"
       "<div style=\"position:absolute;left:96px;top:346px\">(Province)"
       "</div><div style=\"position:absolute;left:300px;top:346px\">(SIC)"
       "</div><p>after</p>",
       "Nova Scotia\t1040\t98-1544720\n(Province)\t(SIC)\nafter\n"},
      {"placed blocks read top to bottom whatever their order in the source,"
       " in points too; a rule placed between them is no line",
       "<div style=\"position:absolute;left:36pt;top:298.7pt\">Hawaii</div>"
       "<div style=\"position:absolute;left:36pt;top:311.7pt;"
       "border-top:1pt solid\"></div>"
       "<div style=\"position:absolute;left:306pt;top:298.7pt\">99-0387214"
       "</div><div style=\"position:absolute;left:36pt;top:313.7pt\">"
       "(State)</div><div style=\"position:absolute;left:306pt;"
       "top:313.7pt\">(I.R.S. No.)</div>",
       "Hawaii\t99-0387214\n(State)\t(I.R.S. No.)\n"},
      {"a grid's cells read by row and column, not in the source's order",
       "<div style=\"display:grid\">"
       "<div style=\"grid-row:1;grid-column:2\">001-41027</div>"
       "<div style=\"grid-row:2;grid-column:2\">Delaware</div>"
       "<div style=\"grid-row:1;grid-column:1\">Commission File Number</div>"
       "<div style=\"grid-row:2;grid-column:1\">State of incorporation</div>"
       "</div><p>after</p>",
       "Commission File Number\t001-41027\nState of incorporation\tDelaware\n"
       "after\n"},
      {"two cells of captioned fields out of step are written one after "
       "the other",
       "<table><tr><td><div>Acme Foods, Inc.</div><div>(Exact name)</div>"
       "<div>1 Main Street, Boise, Idaho 83702</div><div>(Address)</div></td>"
       "<td><div>(State)</div><div>Nevada</div><div>(I.R.S. No.)</div>"
       "<div>87-2277914</div></td></tr></table>",
       "Acme Foods, Inc.\n(Exact name)\n1 Main Street, Boise, Idaho 83702\n"
       "(Address)\n(State)\nNevada\n(I.R.S. No.)\n87-2277914\n"},
      {"a stack of captioned fields beside lines without captions is "
       "written line by line",
       "<table><tr><td><div>An Illinois Corporation</div><div>100 Park "
       "Road</div></td><td><div>36-0698440</div><div>(I.R.S. No.)</div>"
       "<div>(224) 667-6100</div><div>(telephone number)</div></td></tr>"
       "</table>",
       "An Illinois Corporation\t36-0698440\n100 Park Road\t(I.R.S. No.)\n"
       "\t(224) 667-6100\n\t(telephone number)\n"},
      {"a placed block alone, or one inside another, reads as before",
       "<div style=\"position:absolute;left:0px;top:10px\">One<br>two"
       "<div style=\"position:absolute;left:5px;top:10px\">in</div></div>"
       "<div style=\"position:absolute;left:0px;top:40px\">three</div>",
       "One\ntwo\nin\nthree\n"},
      {"hidden inline XBRL header dropped",
       "<div style=\"display: none\"><ix:header>dei facts</ix:header></div>"
       "<p>Shown</p>",
       "Shown\n"},
      {"block elements and <br> end lines",
       "<div>Two Jericho Plaza<br>Jericho, New York</div><div>11753</div>",
       "Two Jericho Plaza\nJericho, New York\n11753\n"},
      {"an empty paragraph is one blank line, never more",
       "<p>a</p><p>&nbsp;</p><p>&nbsp;</p><p>b</p>", "a\n\nb\n"},
      {"<hr> and CSS page breaks become form feeds, never doubled",
       "<p>one</p><hr><p>two</p>"
       "<div style=\"page-break-before: always\"><hr></div><p>three</p>"
       "<p style=\"page-break-after:always\">four</p>",
       "one\n\ftwo\n\fthree\nfour\n"},
      {"a rule narrower than the page is no page break",
       "<p>Name</p><hr width=\"17%\"><p>Title</p><hr width=\"65\">"
       "<p>Date</p><hr width=\"100%\"><p>Next</p>",
       "Name\nTitle\nDate\n\fNext\n"},
      {"pre keeps its layout", "<pre>Revenue     100\n  Costs      40</pre>",
       "Revenue     100\n  Costs      40\n"},
      {"table rows are lines with tab-separated cells; spacer columns go",
       "<table><tr><td>Delaware</td><td>&nbsp;</td><td>0-27062</td>"
       "<td></td><td>91-1695422</td></tr>"
       "<tr><td>(State of incorporation)</td><td></td>"
       "<td>(Commission File Number)</td><td>&nbsp;</td>"
       "<td>(IRS Employer Identification No.)</td></tr></table>",
       "Delaware\t0-27062\t91-1695422\n"
       "(State of incorporation)\t(Commission File Number)\t"
       "(IRS Employer Identification No.)\n"},
      {"cells with several lines are interleaved line by line",
       "<table><tr><td>Delaware<br>(State)</td><td>0-27062<br>(File No.)</td>"
       "</tr></table>",
       "Delaware\t0-27062\n(State)\t(File No.)\n"},
      {"cells each ending in a caption align at their captions",
       "<table><tr><td>200 Park Avenue<p>New York, New York</p>"
       "<p>(Address of principal executive offices)</p></td>"
       "<td>10166<p>(Zip Code)</p></td></tr></table>",
       "200 Park Avenue\nNew York, New York\t10166\n"
       "(Address of principal executive offices)\t(Zip Code)\n"},
      {"a caption wrapped in its cell counts from its first line",
       "<table><tr><td>Delaware<br>(State or other<br>jurisdiction)</td>"
       "<td>Suite 100<br>12-3456789<br>(IRS No.)</td></tr></table>",
       "\tSuite 100\nDelaware\t12-3456789\n(State or other\t(IRS No.)\n"
       "jurisdiction)\n"},
      {"a cell ending in no caption keeps the rows top-aligned",
       "<table><tr><td>Net loss<br>per share</td><td>(0.12)</td></tr></table>",
       "Net loss\t(0.12)\nper share\n"},
      {"an empty cell inside a used column keeps its tab",
       "<table><tr><td>A</td><td>B</td><td>C</td></tr>"
       "<tr><td>X</td><td></td><td>Z</td></tr>"
       "<tr><td></td><td>M</td></tr></table>",
       "A\tB\tC\nX\t\tZ\n\tM\n"},
      {"colspan and rowspan keep columns aligned",
       "<table><tr><td colspan=\"2\">Name</td><td>Value</td></tr>"
       "<tr><td rowspan=\"2\">R</td><td>a</td><td>1</td></tr>"
       "<tr><td>b</td><td>2</td></tr></table>",
       "Name\t\tValue\nR\ta\t1\n\tb\t2\n"},
      {"a nested table keeps its own rows",
       "<table><tr><td><table><tr><td>x</td><td>y</td></tr></table></td>"
       "<td>side</td></tr></table>",
       "x\ty\nside\n"},
      {"unterminated tags still yield the text",
       "<html><body><p>open <b>bold <table><tr><td>cell", "open bold\ncell\n"},
      {"plain text without tags", "just words", "just words\n"},
      {"white space only", " \n\t ", ""},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    CHECK(Text(c.html) == c.text);
  }
}

TEST_CASE("HTML charset is declared or sniffed", "[read][html]") {
  struct Case {
    const char* what;
    std::string html;
    std::string text;
  };
  const Case cases[] = {
      {"undeclared Windows-1252 bytes", "<p>\x93quoted\x94 \xA7 5 caf\xE9</p>",
       "\u201cquoted\u201d \u00a7 5 caf\u00e9\n"},
      {"declared iso-8859-1 carrying Windows-1252 quotes",
       "<html><head><meta http-equiv=\"Content-Type\" "
       "content=\"text/html; charset=iso-8859-1\"></head>"
       "<body><p>it\x92s</p></body></html>",
       "it\u2019s\n"},
      {"valid UTF-8 wins over a wrong declaration",
       "<meta charset=\"windows-1252\"><p>caf\xC3\xA9</p>", "caf\u00e9\n"},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    CHECK(Text(c.html) == c.text);
  }
}

TEST_CASE("HTML is sniffed from the bytes", "[read][html]") {
  struct Case {
    const char* bytes;
    bool html;
  };
  const Case cases[] = {
      {"<html><body>x</body></html>", true},
      {"\n<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\">", true},
      {"<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">",
       true},
      {"<div>a</div>", true},
      {"Some text<p>and a paragraph<br>with a break", true},
      // EDGAR text markup is not HTML.
      {"<TABLE>\n<CAPTION>\n<S>      <C>\nRevenue   100\n</TABLE>\n", false},
      {"FORM 8-K\nCURRENT REPORT\n<PAGE>\n", false},
      {"plain text", false},
  };
  for (const Case& c : cases) {
    INFO(c.bytes);
    CHECK(LooksLikeHtml(c.bytes) == c.html);
  }
}

TEST_CASE("HTML reader survives hostile input", "[read][html]") {
  SECTION("a 12 MB text node without white space") {
    std::string big(12 << 20, 'x');
    std::string text = Text("<p>" + big + "</p>");
    CHECK(text.size() == big.size() + 1);
  }
  SECTION("100000 unclosed nested elements") {
    std::string html;
    for (int i = 0; i < 100000; ++i) html += "<div><b>";
    html += "deep";
    CHECK(Text(html).find("deep") != std::string::npos);
  }
  SECTION("binary garbage") {
    std::string junk;
    for (int i = 0; i < 5000; ++i) junk.push_back(static_cast<char>(i * 7919));
    Result<std::string> r = HtmlToText("<html>" + junk);
    CHECK(r.ok());
  }
}

TEST_CASE("real two-registrant 8-K cover reads as rows", "[read][html]") {
  std::string html = ReadFile("corpus/html/0001104659-03-004925.html");
  REQUIRE_FALSE(html.empty());
  std::string text = Text(html);
  CHECK(
      text.find("2-26720\tLouisville Gas and Electric Company\t61-0264150\n") !=
      std::string::npos);
  CHECK(text.find("1-3464\tKentucky Utilities Company\t61-0247570\n") !=
        std::string::npos);
  CHECK(text.find("Date of Report (Date of earliest event reported): March 25, "
                  "2003\n") != std::string::npos);
  CHECK(text.find('\f') != std::string::npos);
  CHECK(text.find("&nbsp;") == std::string::npos);
  CHECK(text.find("<") == std::string::npos);
}

TEST_CASE("a style sheet's class rules style the elements", "[read][html]") {
  // A flex row and a page break drawn by classes of the sheet in <head>.
  std::string html =
      "<html><head><style type=\"text/css\">/* cover */\n"
      ".row{display:flex;flex-direction:row}\n"
      "div.pb, p.pb { break-after: page }\n"
      "@media print { .row { display:block } }\n"
      ".Hide{display:none}</style></head><body>"
      "<div class=\"row\"><div>Exact name of registrant</div>"
      "<div>Commission File Number</div></div>"
      "<div class=\"row x\"><div>Acme Corp.</div><div>001-12345</div></div>"
      "<div class=\"pb\">1</div><p class=\"Hide\">hidden</p>"
      "<p>Item 1</p></body></html>";
  std::string t = Text(html);
  CHECK(t.find("Exact name of registrant\tCommission File Number\n"
               "Acme Corp.\t001-12345\n") != std::string::npos);
  CHECK(t.find('\f') != std::string::npos);
  CHECK(t.find('\f') < t.find("Item 1"));
  CHECK(t.find("hidden") == std::string::npos);
  // Without the sheet the same classes style nothing.
  std::string plain = Text(
      "<div class=\"row\"><div>A</div><div>B</div></div><p class=\"Hide\">"
      "shown</p>");
  CHECK(plain.find('\t') == std::string::npos);
  CHECK(plain.find("shown") != std::string::npos);
}

}  // namespace
}  // namespace secx
