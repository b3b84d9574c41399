#include "analyze/serve.h"

#include <httplib.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>

#include "analyze/page_source.h"
#include "analyze/search_snippet.h"
#include "analyze/store_reader.h"
#include "analyze/svg_plot.h"

namespace secx {

std::string HtmlEscape(const std::string& s) {
  // The five marks XML and HTML5 both name (&apos; included).
  return XmlEscape(s);
}

namespace {

using nlohmann::json;

const char kStyle[] =
    "body{font:14px/1.4 sans-serif;margin:0;color:#222}"
    "header{background:#234;color:#fff;padding:6px 12px}"
    "header a{color:#fff;margin-right:14px}"
    "main{padding:12px}"
    ".doc{display:flex;gap:16px;align-items:flex-start}"
    ".pages{flex:1 1 auto;min-width:0}"
    ".values{flex:0 0 380px;max-height:90vh;overflow:auto;font-size:13px}"
    ".values li{margin:2px 0}"
    ".page{position:relative;display:inline-block;margin-bottom:12px;"
    "border:1px solid #ccc}"
    ".page img{display:block;width:100%}"
    ".box{position:absolute;border:2px solid rgba(220,20,20,.7)}"
    ".box:hover,.box:target{border-color:#06f;background:rgba(0,100,255,.15)}"
    "pre{white-space:pre-wrap;border:1px solid #ddd;padding:8px;"
    "background:#fafafa}"
    "mark{background:#fe8}mark:target{background:#8cf}"
    "mark.rejected{background:#f99;text-decoration:line-through}"
    "table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:4px;"
    "vertical-align:top;text-align:left}"
    ".ctx{font-family:monospace;white-space:pre-wrap;max-width:640px}"
    "form.inline{display:inline}";

std::string Page(const std::string& title, const std::string& body) {
  return "<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>" +
         HtmlEscape(title) + " - secx</title><style>" + kStyle +
         "</style></head><body><header><a href=\"/\">secx</a>"
         "<a href=\"/queue\">review queue</a>"
         "<form class=inline action=\"/search\"><input name=q "
         "placeholder=search> <button>search</button></form></header><main>" +
         body + "</main></body></html>";
}

std::string Anchor(const StoredValue& v) {
  return v.table + "-" + std::to_string(v.rowid);
}

std::string Fixed(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

json ValueJson(const StoredValue& v) {
  json j = {{"table", v.table}, {"id", v.rowid},    {"document", v.document_id},
            {"label", v.label}, {"value", v.value}, {"page", v.page},
            {"start", v.start}, {"end", v.end},     {"rule", v.rule}};
  if (v.confidence) j["confidence"] = *v.confidence;
  if (v.box) j["bbox"] = {v.box->left, v.box->top, v.box->right, v.box->bottom};
  if (!v.review.empty()) j["review"] = v.review;
  if (!v.reviewed_value.empty()) j["reviewed_value"] = v.reviewed_value;
  return j;
}

// The review form of one value; `back` is where to return.
std::string ReviewForm(const StoredValue& v, const std::string& back) {
  const std::string hidden =
      "<input type=hidden name=table value=\"" + v.table +
      "\"><input type=hidden name=id value=\"" + std::to_string(v.rowid) +
      "\"><input type=hidden name=back value=\"" + HtmlEscape(back) + "\">";
  return "<form method=post action=\"/review\">" + hidden +
         "<input name=reviewer placeholder=\"your name\" required size=10> "
         "<button name=action value=accept>accept</button> "
         "<button name=action value=reject>reject</button> "
         "<input name=value placeholder=\"right value\" size=14 value=\"" +
         HtmlEscape(v.key) +
         "\"> <button name=action value=correct>correct</button></form>";
}

class Site {
 public:
  explicit Site(const ServeOptions& o) : o_(o) {}

  Result<std::unique_ptr<StoreReader>> Reader() {
    return StoreReader::Open(o_.db);
  }

  // All the values of one document, every table.
  Result<std::vector<StoredValue>> Values(StoreReader& r, int64_t id) {
    std::vector<StoredValue> all;
    for (const RecordTable& t : RecordTables()) {
      Result<std::vector<StoredValue>> v = r.Values(t.table, id);
      if (!v.ok()) return v.status();
      all.insert(all.end(), v.value().begin(), v.value().end());
    }
    return all;
  }

  void Index(const httplib::Request&, httplib::Response& res) {
    auto r = Reader();
    if (!r.ok()) return Fail(res, 500, r.error());
    Result<std::vector<StoredDocument>> docs = r.value()->Documents(5000);
    if (!docs.ok()) return Fail(res, 500, docs.error());
    std::string body =
        "<h1>Documents</h1><table><tr><th>id</th><th>path"
        "</th><th>kind</th><th>form</th></tr>";
    for (const StoredDocument& d : docs.value()) {
      body += "<tr><td>" + std::to_string(d.id) + "</td><td><a href=\"/doc/" +
              std::to_string(d.id) + "\">" + HtmlEscape(d.path) +
              "</a></td><td>" + HtmlEscape(d.kind) + "</td><td>" +
              HtmlEscape(d.form) + "</td></tr>";
    }
    res.set_content(Page("documents", body + "</table>"), "text/html");
  }

  void Document(const httplib::Request& req, httplib::Response& res,
                bool as_json) {
    const int64_t id = std::stoll(req.matches[1]);
    auto rd = Reader();
    if (!rd.ok()) return Fail(res, 500, rd.error());
    StoreReader& r = *rd.value();
    Result<StoredDocument> doc = r.Document(id);
    if (!doc.ok()) return Fail(res, 404, doc.error());
    Result<std::vector<StoredValue>> values = Values(r, id);
    if (!values.ok()) return Fail(res, 500, values.error());
    const std::string* text = nullptr;
    const std::vector<PageRecord>* pages = nullptr;
    Status text_status = r.Text(id, &text, &pages);
    if (as_json) {
      json j = {{"id", id},
                {"path", doc.value().path},
                {"kind", doc.value().kind},
                {"values", json::array()}};
      for (const StoredValue& v : values.value()) {
        j["values"].push_back(ValueJson(v));
      }
      if (text_status.ok()) {
        j["pages"] = json::array();
        for (const PageRecord& p : *pages) {
          j["pages"].push_back({{"number", p.page.number},
                                {"ocr", p.page.ocr},
                                {"width", p.page.width},
                                {"height", p.page.height}});
        }
      }
      res.set_content(j.dump(), "application/json");
      return;
    }
    std::string list = "<ol class=values>";
    for (const StoredValue& v : values.value()) {
      list +=
          "<li><a href=\"#" + Anchor(v) + "\">" + HtmlEscape(v.label) +
          "</a>: " + HtmlEscape(v.value) +
          (v.review.empty() ? "" : " <i>(" + HtmlEscape(v.review) + ")</i>") +
          "</li>";
    }
    list += "</ol>";
    // Hovering a value in the list lights its box or mark, in CSS alone
    // (:has): one rule per value.
    std::string hover = "<style>";
    for (const StoredValue& v : values.value()) {
      hover += ".doc:has(a[href=\"#" + Anchor(v) + "\"]:hover) #" + Anchor(v) +
               "{border-color:#06f;background:rgba(0,100,255,.25)}";
    }
    list = hover + "</style>" + list;
    std::string shown;
    if (!text_status.ok()) {
      shown = "<p>" + HtmlEscape(text_status.error()) + "</p>";
    } else {
      PageSource source(o_.sources);
      bool scanned = false;
      for (const PageRecord& p : *pages) scanned = scanned || p.page.ocr;
      Status input = scanned ? source.Available(doc.value()) : Status::Ok();
      if (!input.ok()) {
        shown += "<p>Page images: " + HtmlEscape(input.error()) + "</p>";
      }
      for (const PageRecord& p : *pages) {
        shown += "<h3>page " + std::to_string(p.page.number) + "</h3>";
        if (input.ok()) {
          shown += ImagePage(doc.value(), p, values.value(), &source);
        }
        shown += TextPage(*text, p, values.value());
      }
    }
    res.set_content(
        Page(doc.value().path, "<h1>" + HtmlEscape(doc.value().path) +
                                   "</h1><div class=doc>"
                                   "<div class=pages>" +
                                   shown + "</div>" + list + "</div>"),
        "text/html");
  }

  // A scanned page: its image with a box per value, when the input can be
  // read; otherwise nothing (the text follows).
  std::string ImagePage(const StoredDocument& doc, const PageRecord& p,
                        const std::vector<StoredValue>& values,
                        PageSource* source) {
    if (!p.page.ocr || p.page.binary < 0 || p.page.width <= 0 ||
        p.page.height <= 0) {
      return "";
    }
    std::string boxes;
    for (const StoredValue& v : values) {
      if (v.page != p.page.number || !v.box) continue;
      const Box& b = *v.box;
      char style[160];
      std::snprintf(style, sizeof style,
                    "left:%.3f%%;top:%.3f%%;width:%.3f%%;height:%.3f%%",
                    100.0 * b.left / p.page.width,
                    100.0 * b.top / p.page.height,
                    100.0 * (b.right - b.left) / p.page.width,
                    100.0 * (b.bottom - b.top) / p.page.height);
      boxes += "<a class=box id=\"" + Anchor(v) + "\" style=\"" + style +
               "\" title=\"" + HtmlEscape(v.label + ": " + v.value) + "\"></a>";
    }
    const std::string src = "/page/" + std::to_string(doc.id) + "/" +
                            std::to_string(p.page.number) + ".png";
    return "<div class=page><img src=\"" + src + "\" alt=\"page " +
           std::to_string(p.page.number) + "\">" + boxes + "</div>";
  }

  // A page's text with every value marked (overlapping values: the first).
  std::string TextPage(const std::string& text, const PageRecord& p,
                       const std::vector<StoredValue>& values) {
    std::vector<const StoredValue*> on_page;
    for (const StoredValue& v : values) {
      if (v.end > v.start && static_cast<size_t>(v.start) >= p.page.start &&
          static_cast<size_t>(v.end) <= p.page.end) {
        on_page.push_back(&v);
      }
    }
    std::stable_sort(on_page.begin(), on_page.end(),
                     [](const StoredValue* a, const StoredValue* b) {
                       return a->start < b->start;
                     });
    std::string out = "<pre>";
    size_t pos = std::min(p.page.start, text.size());
    const size_t end = std::min(p.page.end, text.size());
    for (const StoredValue* v : on_page) {
      if (static_cast<size_t>(v->start) < pos) continue;
      out += HtmlEscape(text.substr(pos, v->start - pos));
      const bool has_box = v->box.has_value() && p.page.ocr;
      out += std::string("<mark") +
             (v->review == "reject" ? " class=rejected" : "") +
             (has_box ? "" : " id=\"" + Anchor(*v) + "\"") + " title=\"" +
             HtmlEscape(v->label + ": " + v->value) + "\">" +
             HtmlEscape(text.substr(v->start, v->end - v->start)) + "</mark>";
      pos = v->end;
    }
    if (pos < end) out += HtmlEscape(text.substr(pos, end - pos));
    return out + "</pre>";
  }

  void PagePng(const httplib::Request& req, httplib::Response& res) {
    const int64_t id = std::stoll(req.matches[1]);
    const int number = std::stoi(req.matches[2]);
    auto rd = Reader();
    if (!rd.ok()) return Fail(res, 500, rd.error());
    StoreReader& r = *rd.value();
    Result<StoredDocument> doc = r.Document(id);
    if (!doc.ok()) return Fail(res, 404, doc.error());
    const std::string* text = nullptr;
    const std::vector<PageRecord>* pages = nullptr;
    if (Status st = r.Text(id, &text, &pages); !st.ok()) {
      return Fail(res, 404, st.error());
    }
    for (const PageRecord& p : *pages) {
      if (p.page.number != number) continue;
      PageSource source(o_.sources);
      // Boxes are drawn by the page (HTML) so that they can be pointed at.
      Result<std::string> png = source.Png(doc.value(), p, {}, o_.page_width);
      if (!png.ok()) return Fail(res, 404, png.error());
      res.set_content(png.value(), "image/png");
      return;
    }
    Fail(res, 404, "no page " + std::to_string(number));
  }

  void Queue(const httplib::Request&, httplib::Response& res, bool as_json) {
    auto rd = Reader();
    if (!rd.ok()) return Fail(res, 500, rd.error());
    StoreReader& r = *rd.value();
    Result<std::vector<QueueItem>> queue = r.Queue(o_.min_confidence, 500);
    if (!queue.ok()) return Fail(res, 500, queue.error());
    if (as_json) {
      json j = json::array();
      for (const QueueItem& q : queue.value()) {
        json v = ValueJson(q.value);
        v["reason"] = q.reason;
        j.push_back(v);
      }
      res.set_content(j.dump(), "application/json");
      return;
    }
    std::string body = "<h1>Review queue</h1><p>" +
                       std::to_string(queue.value().size()) +
                       " values to look at: low confidence (below " +
                       Fixed(o_.min_confidence) +
                       "), disagreements with the header or iXBRL, failed "
                       "dividend checks, OCR repairs.</p><table><tr><th>"
                       "value</th><th>why</th><th>in its text</th><th>review"
                       "</th></tr>";
    for (const QueueItem& q : queue.value()) {
      const StoredValue& v = q.value;
      std::string ctx;
      const std::string* text = nullptr;
      const std::vector<PageRecord>* pages = nullptr;
      if (v.end > v.start && r.Text(v.document_id, &text, &pages).ok()) {
        const std::string open = "\x01", close = "\x02";
        ctx = HtmlEscape(Context(*text, v.start, v.end, 1, 200, open, close));
        ctx.replace(ctx.find(open), 1, "<mark>");
        ctx.replace(ctx.find(close), 1, "</mark>");
      }
      body += "<tr><td><a href=\"/doc/" + std::to_string(v.document_id) + "#" +
              Anchor(v) + "\">" + HtmlEscape(v.label) + "</a>: <b>" +
              HtmlEscape(v.value) + "</b></td><td>" + HtmlEscape(q.reason) +
              "</td><td class=ctx>" + ctx + "</td><td>" +
              ReviewForm(v, "/queue") + "</td></tr>";
    }
    res.set_content(Page("review queue", body + "</table>"), "text/html");
  }

  void Search(const httplib::Request& req, httplib::Response& res,
              bool as_json) {
    const std::string q = req.get_param_value("q");
    auto rd = Reader();
    if (!rd.ok()) return Fail(res, 500, rd.error());
    StoreReader& r = *rd.value();
    json hits = json::array();
    std::string body = "<h1>Search: " + HtmlEscape(q) + "</h1><ol>";
    if (!q.empty()) {
      Result<std::vector<SearchHit>> found = r.Search(q, 50);
      if (!found.ok()) return Fail(res, 400, found.error());
      const std::vector<std::string> terms = SearchTerms(q);
      for (const SearchHit& h : found.value()) {
        Result<StoredDocument> doc = r.Document(h.document_id);
        if (!doc.ok()) continue;
        const std::string* text = nullptr;
        const std::vector<PageRecord>* pages = nullptr;
        std::string snippet;
        if (r.Text(h.document_id, &text, &pages).ok()) {
          for (const PageRecord& p : *pages) {
            if (p.page.number == h.page) {
              snippet = Snippet(*text, p.page.start, p.page.end, terms, 200,
                                "\x01", "\x02");
            }
          }
        }
        hits.push_back({{"document", h.document_id},
                        {"page", h.page},
                        {"path", doc.value().path},
                        {"snippet", snippet}});
        std::string shown = HtmlEscape(snippet);
        for (size_t at; (at = shown.find('\x01')) != std::string::npos;) {
          shown.replace(at, 1, "<mark>");
        }
        for (size_t at; (at = shown.find('\x02')) != std::string::npos;) {
          shown.replace(at, 1, "</mark>");
        }
        body += "<li><a href=\"/doc/" + std::to_string(h.document_id) + "\">" +
                HtmlEscape(doc.value().path) + "</a>, page " +
                std::to_string(h.page) + "<br>" + shown + "</li>";
      }
    }
    if (as_json) {
      res.set_content(hits.dump(), "application/json");
      return;
    }
    res.set_content(Page("search", body + "</ol>"), "text/html");
  }

  // The address pages of this site come from, once the port is bound.
  void SetOrigin(int port) {
    origin_ = "http://" + o_.host + ":" + std::to_string(port);
  }

  void PostReview(const httplib::Request& req, httplib::Response& res) {
    // A browser names the page a form was posted from: another site's page
    // must not write reviews through a reviewer's browser (CSRF). Tools
    // that send no Origin (curl, tests) are served.
    const std::string origin = req.get_header_value("Origin");
    if (!origin.empty() && origin != origin_ &&
        origin !=
            "http://localhost:" + origin_.substr(origin_.rfind(':') + 1)) {
      return Fail(res, 403,
                  "reviews are taken from this site's own pages only");
    }
    const std::string table = req.get_param_value("table");
    const std::string id_text = req.get_param_value("id");
    if (FindRecordTable(table) == nullptr) {
      return Fail(res, 400, "no record table \"" + table + "\"");
    }
    int64_t id = 0;
    try {
      size_t used = 0;
      id = std::stoll(id_text, &used);
      if (used != id_text.size() || id <= 0) throw std::invalid_argument("");
    } catch (const std::exception&) {
      return Fail(res, 400, "id must be a row number, not \"" + id_text + "\"");
    }
    Review review;
    review.action = req.get_param_value("action");
    review.value_after = req.get_param_value("value");
    review.reviewer = req.get_param_value("reviewer");
    review.note = req.get_param_value("note");
    if (review.reviewer.size() > 200 || review.value_after.size() > 10000 ||
        review.note.size() > 10000) {
      return Fail(res, 400, "reviewer, value or note too long");
    }
    // Read-write for this one insert.
    Result<std::unique_ptr<StoreReader>> rw = StoreReader::Open(o_.db, true);
    if (!rw.ok()) return Fail(res, 500, rw.error());
    Result<StoredValue> v = rw.value()->Value(table, id);
    if (!v.ok()) return Fail(res, 404, v.error());
    if (Status st = rw.value()->AddReview(v.value(), review); !st.ok()) {
      return Fail(res, 400, st.error());
    }
    if (req.get_param_value("format") == "json") {
      res.set_content(json{{"ok", true}}.dump(), "application/json");
      return;
    }
    std::string back = req.get_param_value("back");
    // Only a path of this site: never an open redirect.
    if (back.empty() || back[0] != '/' || back.rfind("//", 0) == 0) {
      back = "/queue";
    }
    res.status = 303;
    res.set_header("Location", back);
  }

  static void Fail(httplib::Response& res, int status,
                   const std::string& message) {
    res.status = status;
    res.set_content(Page("error", "<p>" + HtmlEscape(message) + "</p>"),
                    "text/html");
  }

 private:
  ServeOptions o_;
  std::string origin_;
};

}  // namespace

struct ReviewServer::Impl {
  ServeOptions options;
  httplib::Server server;
  Site site;
  int port = 0;
  explicit Impl(ServeOptions o) : options(std::move(o)), site(options) {}
};

ReviewServer::ReviewServer(ServeOptions options)
    : impl_(std::make_unique<Impl>(std::move(options))) {
  Site& s = impl_->site;
  httplib::Server& srv = impl_->server;
  using Req = httplib::Request;
  using Res = httplib::Response;
  srv.Get("/", [&s](const Req& q, Res& r) { s.Index(q, r); });
  srv.Get(R"(/doc/(\d{1,15}))",
          [&s](const Req& q, Res& r) { s.Document(q, r, false); });
  srv.Get(R"(/api/doc/(\d{1,15})\.json)",
          [&s](const Req& q, Res& r) { s.Document(q, r, true); });
  srv.Get(R"(/page/(\d{1,15})/(\d{1,7})\.png)",
          [&s](const Req& q, Res& r) { s.PagePng(q, r); });
  srv.Get("/queue", [&s](const Req& q, Res& r) { s.Queue(q, r, false); });
  srv.Get("/api/queue.json",
          [&s](const Req& q, Res& r) { s.Queue(q, r, true); });
  srv.Get("/search", [&s](const Req& q, Res& r) { s.Search(q, r, false); });
  srv.Get("/api/search.json",
          [&s](const Req& q, Res& r) { s.Search(q, r, true); });
  srv.Post("/review", [&s](const Req& q, Res& r) { s.PostReview(q, r); });
  srv.set_payload_max_length(1 << 20);
}

ReviewServer::~ReviewServer() { Stop(); }

Status ReviewServer::Bind() {
  // The store must be readable (and new enough) before serving anything.
  Result<std::unique_ptr<StoreReader>> r = StoreReader::Open(impl_->options.db);
  if (!r.ok()) return r.status();
  httplib::Server& srv = impl_->server;
  if (impl_->options.port == 0) {
    impl_->port = srv.bind_to_any_port(impl_->options.host.c_str());
  } else {
    impl_->port =
        srv.bind_to_port(impl_->options.host.c_str(), impl_->options.port)
            ? impl_->options.port
            : -1;
  }
  impl_->site.SetOrigin(impl_->port);
  if (impl_->port <= 0) {
    return Status::Error("cannot listen on " + impl_->options.host + ":" +
                         std::to_string(impl_->options.port) +
                         " (in use? try --port 0)");
  }
  return Status::Ok();
}

int ReviewServer::port() const { return impl_->port; }

Status ReviewServer::Run() {
  if (!impl_->server.listen_after_bind()) {
    return Status::Error("the server stopped with an error");
  }
  return Status::Ok();
}

void ReviewServer::Stop() { impl_->server.stop(); }

}  // namespace secx
