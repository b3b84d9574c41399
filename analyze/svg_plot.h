// Line charts of dated values as self-contained SVG text.
//
// No plotting library: the chart is a few hundred lines of SVG written by
// hand, which any browser opens and which diffs well in tests. Series that
// share a unit share a panel (one y axis each); panels are stacked and
// share the x (date) axis, so JPY and USD amounts are never drawn on one
// scale. Every name is XML-escaped.
//
// Pure functions on plain values; safe to call from several threads.
#ifndef SECX_ANALYZE_SVG_PLOT_H_
#define SECX_ANALYZE_SVG_PLOT_H_

#include <string>
#include <vector>

namespace secx {

struct PlotPoint {
  std::string date;  // ISO yyyy-mm-dd; points with other dates are skipped
  double value = 0;
  std::string note;  // shown as the marker's tooltip after date and value
};

struct PlotSeries {
  std::string name;               // legend entry
  std::string unit;               // series with equal units share a panel
  std::vector<PlotPoint> points;  // drawn in date order
};

struct PlotSpec {
  std::string title;
  std::string x_title = "Date";
  std::string y_title;  // per panel: "<y_title> (<unit>)"
  std::vector<PlotSeries> series;
  int width = 900;
};

// The chart as an SVG document (UTF-8). Never fails: no points yields a
// chart that says so.
std::string RenderSvg(const PlotSpec& spec);

// `text` with & < > " ' replaced by entities.
std::string XmlEscape(const std::string& text);


}  // namespace secx

#endif  // SECX_ANALYZE_SVG_PLOT_H_
