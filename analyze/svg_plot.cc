#include "analyze/svg_plot.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "extract/text_util.h"

namespace secx {
namespace {

// Layout in SVG user units (pixels at 100%).
constexpr int kLeft = 90;  // room for y tick labels and the y title
constexpr int kRight = 30;
constexpr int kTop = 62;       // below the title and the first panel title
constexpr int kPanelGap = 42;  // x ticks, then the next panel title
constexpr int kLegendRow = 18;
constexpr double kCharWidth = 6.6;  // of 12px sans-serif, for layout only

// Tableau 10: distinct, readable on white and by most colour-blind readers.
const char* const kPalette[] = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2",
                                "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
                                "#9c755f", "#bab0ac"};
constexpr int kPaletteSize = sizeof(kPalette) / sizeof(kPalette[0]);

// Inverse of DaysFromIsoDate (H. Hinnant's civil_from_days).
void CivilFromDays(long z, int* y, int* m, int* d) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  *d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  *m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  *y = static_cast<int>(yoe + era * 400 + (*m <= 2));
}


std::string Fixed(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

std::string Px(double v) { return Fixed(v, 1); }

struct Tick {
  double at;  // days or value
  std::string label;
};

// Date ticks on Jan 1 (every 1, 2, 5, ... years), on the 1st of a month,
// or on days, whichever gives at most eight.
std::vector<Tick> DateTicks(long lo, long hi) {
  std::vector<Tick> ticks;
  int y0, m0, d0, y1, m1, d1;
  CivilFromDays(lo, &y0, &m0, &d0);
  CivilFromDays(hi, &y1, &m1, &d1);
  const double years = (hi - lo) / 365.25;
  if (years >= 3) {
    int step = 1;
    for (int s : {1, 2, 5, 10, 20, 50, 100}) {
      step = s;
      if (years / s <= 8) break;
    }
    for (int y = (y0 / step) * step; y <= y1; y += step) {
      long t = DaysFromCivil(y, 1, 1);
      if (t >= lo && t <= hi) ticks.push_back({double(t), std::to_string(y)});
    }
    return ticks;
  }
  if (hi - lo >= 60) {
    int step = 1;
    for (int s : {1, 2, 3, 6, 12}) {
      step = s;
      if ((hi - lo) / 30.4 / s <= 8) break;
    }
    for (int k = y0 * 12 + m0 - 1; k <= y1 * 12 + m1 - 1; ++k) {
      if (k % step) continue;
      long t = DaysFromCivil(k / 12, k % 12 + 1, 1);
      if (t < lo || t > hi) continue;
      char buf[16];
      std::snprintf(buf, sizeof buf, "%04d-%02d", k / 12, k % 12 + 1);
      ticks.push_back({double(t), buf});
    }
    return ticks;
  }
  const long step = std::max(1L, (hi - lo) / 5);
  for (long t = lo; t <= hi; t += step) {
    int y, m, d;
    CivilFromDays(t, &y, &m, &d);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    ticks.push_back({double(t), buf});
  }
  return ticks;
}

// "Nice" value ticks (steps of 1, 2 or 5 times a power of ten) covering
// [*lo, *hi]; widens the range to whole steps.
std::vector<Tick> ValueTicks(double* lo, double* hi) {
  if (*lo > 0) *lo = 0;  // amounts read best against a zero baseline
  if (*hi <= *lo) *hi = *lo + (*lo == 0 ? 1 : std::fabs(*lo));
  const double raw = (*hi - *lo) / 5;
  const double mag = std::pow(10, std::floor(std::log10(raw)));
  double step = 10 * mag;
  for (double f : {1.0, 2.0, 5.0}) {
    if (raw <= f * mag * 1.0000001) {
      step = f * mag;
      break;
    }
  }
  *lo = std::floor(*lo / step + 1e-9) * step;
  *hi = std::ceil(*hi / step - 1e-9) * step;
  const int decimals =
      std::max(0, -static_cast<int>(std::floor(std::log10(step) + 1e-9)));
  std::vector<Tick> ticks;
  for (double v = *lo; v <= *hi + step / 2; v += step) {
    ticks.push_back({v, Fixed(std::fabs(v) < step / 1e6 ? 0 : v, decimals)});
  }
  return ticks;
}

std::string Text(double x, double y, const std::string& text,
                 const std::string& attrs) {
  return "<text x=\"" + Px(x) + "\" y=\"" + Px(y) + "\" " + attrs + ">" +
         XmlEscape(text) + "</text>\n";
}

std::string Line(double x1, double y1, double x2, double y2,
                 const std::string& attrs) {
  return "<line x1=\"" + Px(x1) + "\" y1=\"" + Px(y1) + "\" x2=\"" + Px(x2) +
         "\" y2=\"" + Px(y2) + "\" " + attrs + "/>\n";
}

struct Dated {
  long day;
  const PlotPoint* point;
};

// What every panel needs to place points.
struct Frame {
  const PlotSpec* spec;
  const std::vector<std::vector<Dated>>* dated;
  long lo, hi;  // x range in days
  int plot_w;
  double X(double day) const {
    return kLeft + (day - lo) / double(hi - lo) * plot_w;
  }
};

// Marker of series `i`: shapes cycle so that series drawn over each other
// stay visible; `size` shrinks for later series in a panel for the same
// reason.
std::string Marker(size_t i, double x, double y, double s, const char* color,
                   const std::string& tip) {
  std::string el;
  switch (i % 4) {
    case 0:
      el = "<circle cx=\"" + Px(x) + "\" cy=\"" + Px(y) + "\" r=\"" + Px(s) +
           "\"";
      break;
    case 1:
      el = "<rect x=\"" + Px(x - 0.9 * s) + "\" y=\"" + Px(y - 0.9 * s) +
           "\" width=\"" + Px(1.8 * s) + "\" height=\"" + Px(1.8 * s) + "\"";
      break;
    case 2:
      el = "<polygon points=\"" + Px(x) + "," + Px(y - 1.3 * s) + " " +
           Px(x + 1.3 * s) + "," + Px(y) + " " + Px(x) + "," + Px(y + 1.3 * s) +
           " " + Px(x - 1.3 * s) + "," + Px(y) + "\"";
      break;
    default:
      el = "<polygon points=\"" + Px(x) + "," + Px(y - 1.3 * s) + " " +
           Px(x + 1.2 * s) + "," + Px(y + 0.8 * s) + " " + Px(x - 1.2 * s) +
           "," + Px(y + 0.8 * s) + "\"";
  }
  const std::string name = el.substr(1, el.find(' ') - 1);
  el += " class=\"marker\" fill=\"" + std::string(color) + "\"";
  if (tip.empty()) return el + "/>\n";
  return el + "><title>" + XmlEscape(tip) + "</title></" + name + ">\n";
}

// One panel: the series whose unit is `unit`, with its own y axis.
std::string Panel(const Frame& f, const std::string& unit, double top,
                  int panel_h, bool x_labels) {
  const PlotSpec& spec = *f.spec;
  const auto& dated = *f.dated;
  const double base = top + panel_h;
  double y_lo = 0, y_hi = 0;
  bool first = true;
  for (size_t i = 0; i < spec.series.size(); ++i) {
    if (spec.series[i].unit != unit) continue;
    for (const Dated& d : dated[i]) {
      y_lo = first ? d.point->value : std::min(y_lo, d.point->value);
      y_hi = first ? d.point->value : std::max(y_hi, d.point->value);
      first = false;
    }
  }
  const std::vector<Tick> y_ticks = ValueTicks(&y_lo, &y_hi);
  auto y_of = [&](double v) {
    return base - (v - y_lo) / (y_hi - y_lo) * panel_h;
  };
  std::string svg = "<g class=\"panel\">\n";
  for (const Tick& t : y_ticks) {
    svg += Line(kLeft, y_of(t.at), kLeft + f.plot_w, y_of(t.at),
                "stroke=\"#e4e4e4\"");
    svg += Text(kLeft - 6, y_of(t.at) + 4, t.label,
                "class=\"tick y\" text-anchor=\"end\"");
  }
  for (const Tick& t : DateTicks(f.lo, f.hi)) {
    svg += Line(f.X(t.at), top, f.X(t.at), base, "stroke=\"#f0f0f0\"");
    svg += Line(f.X(t.at), base, f.X(t.at), base + 4, "stroke=\"#333\"");
    if (x_labels) {
      svg += Text(f.X(t.at), base + 18, t.label,
                  "class=\"tick x\" text-anchor=\"middle\"");
    }
  }
  svg += Line(kLeft, top, kLeft, base, "stroke=\"#333\"");
  svg += Line(kLeft, base, kLeft + f.plot_w, base, "stroke=\"#333\"");
  // The y title runs along the axis when it fits; otherwise it goes above
  // the panel and the axis names just the unit.
  const std::string title =
      unit.empty() ? spec.y_title : spec.y_title + " (" + unit + ")";
  const bool fits = title.size() * kCharWidth < panel_h - 10;
  if (!fits) svg += Text(kLeft, top - 7, title, "class=\"panel-title\"");
  const std::string side = fits ? title : unit;
  const double mid = top + panel_h / 2.0;
  svg += "<text class=\"axis-title y\" x=\"22\" y=\"" + Px(mid) +
         "\" text-anchor=\"middle\" transform=\"rotate(-90 22 " + Px(mid) +
         ")\">" + XmlEscape(side) + "</text>\n";
  int k = 0;  // series drawn so far in this panel
  for (size_t i = 0; i < spec.series.size(); ++i) {
    if (spec.series[i].unit != unit || dated[i].empty()) continue;
    const char* color = kPalette[i % kPaletteSize];
    const std::string dash =
        i >= kPaletteSize ? " stroke-dasharray=\"6 3\"" : "";
    svg += "<g class=\"series\">\n<polyline fill=\"none\" stroke=\"" +
           std::string(color) + "\" stroke-width=\"" +
           Px(std::max(1.2, 4.0 - 1.2 * k)) + "\"" + dash + " points=\"";
    for (size_t p = 0; p < dated[i].size(); ++p) {
      svg += (p ? " " : "") + Px(f.X(dated[i][p].day)) + "," +
             Px(y_of(dated[i][p].point->value));
    }
    svg += "\"/>\n";
    for (const Dated& d : dated[i]) {
      std::string tip = spec.series[i].name + " " + d.point->date + ": " +
                        Fixed(d.point->value, 2);
      if (!d.point->note.empty()) tip += " " + d.point->note;
      svg += Marker(i, f.X(d.day), y_of(d.point->value),
                    std::max(2.0, 5.5 - 1.2 * k), color, tip);
    }
    svg += "</g>\n";
    ++k;
  }
  return svg + "</g>\n";
}

std::string Legend(const PlotSpec& spec, int top, int columns, int plot_w) {
  std::string svg = "<g class=\"legend\">\n";
  const double col_w = plot_w / double(columns);
  for (size_t i = 0; i < spec.series.size(); ++i) {
    const double x = kLeft + (i % columns) * col_w;
    const double y = top + (i / columns) * kLegendRow;
    const char* color = kPalette[i % kPaletteSize];
    svg += "<g class=\"legend-entry\">\n";
    svg += Line(x, y - 4, x + 22, y - 4,
                std::string("stroke=\"") + color + "\" stroke-width=\"2\"");
    svg += Marker(i, x + 11, y - 4, 4, color, "");
    svg += Text(x + 28, y, spec.series[i].name, "class=\"legend-label\"");
    svg += "</g>\n";
  }
  return svg + "</g>\n";
}

}  // namespace

std::string XmlEscape(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      default:
        out += c;
    }
  }
  return out;
}


std::string RenderSvg(const PlotSpec& spec) {
  // Dated points per series, the units in order of first use, the x range.
  std::vector<std::vector<Dated>> dated(spec.series.size());
  std::vector<std::string> units;
  long x_lo = 0, x_hi = 0;
  bool any = false;
  for (size_t i = 0; i < spec.series.size(); ++i) {
    for (const PlotPoint& p : spec.series[i].points) {
      std::optional<long> day = DaysFromIsoDate(p.date);
      if (!day || !std::isfinite(p.value)) continue;
      dated[i].push_back({*day, &p});
      x_lo = any ? std::min(x_lo, *day) : *day;
      x_hi = any ? std::max(x_hi, *day) : *day;
      any = true;
    }
    std::stable_sort(
        dated[i].begin(), dated[i].end(),
        [](const Dated& a, const Dated& b) { return a.day < b.day; });
    if (!dated[i].empty() && std::find(units.begin(), units.end(),
                                       spec.series[i].unit) == units.end()) {
      units.push_back(spec.series[i].unit);
    }
  }
  const int n_panels = std::max<int>(1, units.size());
  const int panel_h = std::max(110, 380 / n_panels);
  const int plot_w = spec.width - kLeft - kRight;
  const int bottom = kTop + n_panels * panel_h + (n_panels - 1) * kPanelGap;

  // Legend: two columns when every name fits in half the width.
  size_t longest = 0;
  for (const PlotSeries& s : spec.series) {
    longest = std::max(longest, s.name.size());
  }
  const int columns = (longest + 4) * kCharWidth < plot_w / 2.0 ? 2 : 1;
  const int rows =
      (static_cast<int>(spec.series.size()) + columns - 1) / columns;
  const int legend_top = bottom + 66;
  const int height = legend_top + rows * kLegendRow + 10;

  std::string svg =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" +
      std::to_string(spec.width) + "\" height=\"" + std::to_string(height) +
      "\" viewBox=\"0 0 " + std::to_string(spec.width) + " " +
      std::to_string(height) +
      "\" font-family=\"DejaVu Sans, Liberation Sans, Arial, sans-serif\" "
      "font-size=\"12\">\n"
      "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n";
  svg += Text(spec.width / 2.0, 28, spec.title,
              "class=\"title\" text-anchor=\"middle\" font-size=\"17\" "
              "font-weight=\"bold\"");
  if (!any) {
    svg +=
        Text(spec.width / 2.0, kTop + panel_h / 2.0, "No dated values to plot",
             "text-anchor=\"middle\" fill=\"#666\"");
    return svg + "</svg>\n";
  }
  // Pad x so that end points do not sit on the axes.
  const long pad = x_hi == x_lo ? 30 : std::max(1L, (x_hi - x_lo) / 30);
  const Frame frame{&spec, &dated, x_lo - pad, x_hi + pad, plot_w};
  for (int u = 0; u < n_panels; ++u) {
    svg += Panel(frame, units[u], kTop + u * (panel_h + kPanelGap), panel_h,
                 u == n_panels - 1);
  }
  svg += Text(kLeft + plot_w / 2.0, bottom + 40, spec.x_title,
              "class=\"axis-title x\" text-anchor=\"middle\"");
  return svg + Legend(spec, legend_top, columns, plot_w) + "</svg>\n";
}

}  // namespace secx
