// `secx serve`: a small local web site over a store, to see where values
// came from and to review them (cpp-httplib, plain HTML, no JavaScript).
//
//   GET  /                     documents, search box, link to the queue
//   GET  /doc/ID               a document: its pages (image with every
//                              value's box for scanned pages whose input is
//                              still there, else the text with values
//                              marked) and the list of its values
//   GET  /page/ID/N.png        page N drawn again from the input
//   GET  /queue                values to review, each in its text, with
//                              accept / correct / reject
//   GET  /search?q=TERMS       full-text search
//   POST /review               table, id, action, value, reviewer, note:
//                              writes one row of `reviews`; then back to
//                              the page it came from (303) or, with
//                              format=json, {"ok":true}
//   GET  /api/doc/ID.json, /api/queue.json, /api/search.json?q=...
//
// The store is opened read-only for every request; the review handler
// alone opens it read-write, to insert into `reviews`. Binds 127.0.0.1
// unless told otherwise.
//
// Thread-safety: Start() and Stop() from one thread; requests are served
// on the server's own threads, each with its own connections.
#ifndef SECX_ANALYZE_SERVE_H_
#define SECX_ANALYZE_SERVE_H_

#include <memory>
#include <string>
#include <vector>

#include "extract/status.h"

namespace secx {

struct ServeOptions {
  std::string db;
  std::string host = "127.0.0.1";
  int port = 8080;              // 0: any free port (see ReviewServer::port())
  double min_confidence = 0.6;  // queue values below this confidence
  std::vector<std::string> sources;  // where moved inputs are (PageSource)
  int page_width = 1000;             // pixels of page images in the browser
};

class ReviewServer {
 public:
  explicit ReviewServer(ServeOptions options);
  ~ReviewServer();  // stops
  ReviewServer(const ReviewServer&) = delete;
  ReviewServer& operator=(const ReviewServer&) = delete;

  // Checks the store, binds the port; serving starts with Run().
  Status Bind();
  int port() const;
  // Serves until Stop() (from another thread or a signal handler's
  // thread).
  Status Run();
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Text for HTML: & < > " ' escaped.
std::string HtmlEscape(const std::string& s);

}  // namespace secx

#endif  // SECX_ANALYZE_SERVE_H_
