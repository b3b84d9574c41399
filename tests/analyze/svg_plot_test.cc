#include "analyze/svg_plot.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract/text_util.h"

namespace secx {
namespace {

size_t CountOf(const std::string& s, const std::string& needle) {
  size_t n = 0;
  for (size_t p = s.find(needle); p != std::string::npos;
       p = s.find(needle, p + needle.size())) {
    ++n;
  }
  return n;
}

// A small well-formedness check: tags balance, attribute values are
// quoted, no bare '<' or '&' in text, exactly one root element. Returns ""
// when fine, else what is wrong. Root element name in *root.
std::string CheckWellFormed(const std::string& xml, std::string* root) {
  std::vector<std::string> open;
  int roots = 0;
  for (size_t i = 0; i < xml.size(); ++i) {
    if (xml[i] == '&') {
      size_t semi = xml.find(';', i);
      if (semi == std::string::npos || semi - i > 8)
        return "bare & at " + std::to_string(i);
      continue;
    }
    if (xml[i] == '>') return "bare > at " + std::to_string(i);
    if (xml[i] != '<') continue;
    if (xml.compare(i, 2, "<?") == 0) {
      i = xml.find("?>", i);
      if (i == std::string::npos) return "unterminated <?";
      ++i;
      continue;
    }
    bool quoted = false;
    size_t j = i + 1;
    for (; j < xml.size() && (quoted || xml[j] != '>'); ++j) {
      if (xml[j] == '"') quoted = !quoted;
      if (!quoted && xml[j] == '<')
        return "< inside tag at " + std::to_string(j);
    }
    if (j >= xml.size()) return "unterminated tag";
    std::string tag = xml.substr(i + 1, j - i - 1);
    i = j;
    if (tag[0] == '/') {
      if (open.empty() || open.back() != tag.substr(1)) {
        return "unbalanced </" + tag.substr(1) + ">";
      }
      open.pop_back();
      continue;
    }
    const std::string name = tag.substr(0, tag.find_first_of(" \n/"));
    if (open.empty()) {
      ++roots;
      *root = name;
    }
    if (tag.back() != '/') open.push_back(name);
  }
  if (!open.empty()) return "unclosed <" + open.back() + ">";
  if (roots != 1) return "roots: " + std::to_string(roots);
  return "";
}

TEST_CASE("XmlEscape and dates", "[svg]") {
  CHECK(XmlEscape("A&B <x> \"q\" 'a'") ==
        "A&amp;B &lt;x&gt; &quot;q&quot; &apos;a&apos;");
  CHECK(DaysFromIsoDate("1970-01-01") == 0);
  CHECK(DaysFromIsoDate("2000-03-01") == 11017);
  CHECK(DaysFromIsoDate("2018-02-30").has_value());  // not a calendar check
  CHECK_FALSE(DaysFromIsoDate("2018-13-01"));
  CHECK_FALSE(DaysFromIsoDate("FY2017"));
  CHECK_FALSE(DaysFromIsoDate(""));
}

TEST_CASE("RenderSvg draws axes, one line per series and a legend", "[svg]") {
  PlotSpec spec;
  spec.title = "Dividends <per> share & more";
  spec.y_title = "Dividend per share";
  spec.series = {
      {"Asta Funding · USD",
       "USD",
       {{"2004-03-31", 0.03, ""}, {"2004-02-11", 0.06, "(declared)"}}},
      {"Est\xC3\xA9"
       "e <Class A> & \"B\"",
       "USD",
       {{"2013-02-28", 0.18, ""}, {"2013-11-29", 0.20, ""}}},
      {"IIJ · JPY", "JPY", {{"2018-03-31", 13.5, ""}, {"bad", 1, ""}}},
  };
  const std::string svg = RenderSvg(spec);
  std::string root;
  INFO(svg);
  CHECK(CheckWellFormed(svg, &root) == "");
  CHECK(root == "svg");
  CHECK(svg.find("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"900\" "
                 "height=\"") != std::string::npos);
  CHECK(svg.find("viewBox=\"0 0 900 ") != std::string::npos);
  CHECK(CountOf(svg, "<polyline") == 3);
  CHECK(CountOf(svg, "class=\"legend-entry\"") == 3);
  CHECK(CountOf(svg, "class=\"panel\"") == 2);  // USD and JPY
  CHECK(svg.find("class=\"tick x\" text-anchor=\"middle\">2004<") !=
        std::string::npos);
  CHECK(CountOf(svg, "class=\"tick y\"") >= 4);
  CHECK(svg.find(">Dividend per share (USD)</text>") != std::string::npos);
  CHECK(svg.find(">Dividend per share (JPY)</text>") != std::string::npos);
  CHECK(svg.find("class=\"axis-title x\"") != std::string::npos);
  CHECK(svg.find(">Dividends &lt;per&gt; share &amp; more</text>") !=
        std::string::npos);
  CHECK(svg.find("Est\xC3\xA9"
                 "e &lt;Class A&gt; &amp; &quot;B&quot;") != std::string::npos);
  // Markers: 5 dated points plus one per legend entry; shapes cycle.
  CHECK(CountOf(svg, "class=\"marker\"") == 5 + 3);
  CHECK(CountOf(svg, "<circle") == 2 + 1);
  CHECK(CountOf(svg, "<rect x=") == 2 + 1);
}

TEST_CASE("RenderSvg handles one point and no points", "[svg]") {
  PlotSpec one;
  one.series = {{"only", "USD", {{"2020-01-01", 1.0, ""}}}};
  std::string root;
  const std::string svg = RenderSvg(one);
  CHECK(CheckWellFormed(svg, &root) == "");
  CHECK(CountOf(svg, "<polyline") == 1);
  CHECK(svg.find("nan") == std::string::npos);

  PlotSpec none;
  none.title = "Empty";
  const std::string empty = RenderSvg(none);
  CHECK(CheckWellFormed(empty, &root) == "");
  CHECK(empty.find("No dated values to plot") != std::string::npos);
}

}  // namespace
}  // namespace secx
