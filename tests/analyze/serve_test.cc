// secx serve over HTTP: pages and JSON, a review posted through the site
// written to `reviews`, and what the reviewed views and `secx trend` make
// of it.
#include "analyze/serve.h"

#include <httplib.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <thread>

#include "tests/analyze/test_util.h"

namespace secx {
namespace {

using testing::Quote;
using testing::RunResult;
using testing::RunSecx;
using testing::TempDir;

std::string Query(const std::string& db, const std::string& sql,
                  const TempDir& dir) {
  RunResult r =
      RunSecx("query -f csv --db " + Quote(db) + " " + Quote(sql), dir);
  INFO(r.err);
  REQUIRE(r.status == 0);
  return r.out;
}

// A server on a free port of 127.0.0.1, stopped on destruction.
class Running {
 public:
  explicit Running(const std::string& db) : server_(Options(db)) {
    Status st = server_.Bind();
    INFO(st.error());
    REQUIRE(st.ok());
    thread_ = std::thread([this] { (void)server_.Run(); });
  }
  ~Running() {
    server_.Stop();
    thread_.join();
  }
  httplib::Client Client() {
    httplib::Client c("127.0.0.1", server_.port());
    c.set_read_timeout(60, 0);
    return c;
  }

 private:
  static ServeOptions Options(const std::string& db) {
    ServeOptions o;
    o.db = db;
    o.port = 0;
    return o;
  }
  ReviewServer server_;
  std::thread thread_;
};

TEST_CASE("serve: pages, JSON and reviews", "[serve][cli]") {
  TempDir dir;
  const std::string db = dir / "s.db";
  const std::string src = SECX_SOURCE_DIR;
  RunResult ingest = RunSecx(
      "ingest -q --db " + Quote(db) + " " +
          Quote(src +
                "/corpus/dividends/1001258_8K_2004_0001125282-04-000620.txt") +
          " " +
          Quote(src +
                "/corpus/dividends/1001258_8K_2004_0001125282-04-000379.txt") +
          " " + Quote(src + "/corpus/scans/form-sd-cover.png"),
      dir);
  INFO(ingest.err);
  REQUIRE(ingest.status == 0);
  const std::string scan_id =
      testing::Lines(
          Query(db, "SELECT id FROM documents WHERE kind = 'image'", dir))
          .at(1);

  Running server(db);
  httplib::Client c = server.Client();

  auto index = c.Get("/");
  REQUIRE(index);
  CHECK(index->status == 200);
  CHECK_THAT(index->body, Catch::Contains("form-sd-cover.png"));

  // The scanned document: its page image with a box per value.
  auto doc = c.Get(("/doc/" + scan_id).c_str());
  REQUIRE(doc);
  CHECK(doc->status == 200);
  CHECK_THAT(doc->body, Catch::Contains("class=box"));
  CHECK_THAT(doc->body, Catch::Contains("/page/" + scan_id + "/1.png"));
  CHECK_THAT(doc->body, Catch::Contains("<mark"));
  auto png = c.Get(("/page/" + scan_id + "/1.png").c_str());
  REQUIRE(png);
  CHECK(png->status == 200);
  CHECK(png->get_header_value("Content-Type") == "image/png");
  CHECK(png->body.compare(1, 3, "PNG") == 0);

  auto doc_json = c.Get(("/api/doc/" + scan_id + ".json").c_str());
  REQUIRE(doc_json);
  nlohmann::json dj = nlohmann::json::parse(doc_json->body);
  CHECK(dj["values"].size() > 5);
  CHECK(dj["pages"][0]["ocr"] == true);

  auto missing = c.Get("/doc/999999");
  REQUIRE(missing);
  CHECK(missing->status == 404);

  auto queue = c.Get("/api/queue.json");
  REQUIRE(queue);
  CHECK(queue->status == 200);
  CHECK(nlohmann::json::parse(queue->body).is_array());
  auto queue_page = c.Get("/queue");
  REQUIRE(queue_page);
  CHECK(queue_page->status == 200);
  CHECK_THAT(queue_page->body, Catch::Contains("Review queue"));

  auto search = c.Get("/api/search.json?q=dividend");
  REQUIRE(search);
  nlohmann::json hits = nlohmann::json::parse(search->body);
  REQUIRE_FALSE(hits.empty());
  CHECK(hits[0]["snippet"].get<std::string>().find('\x01') !=
        std::string::npos);

  // Reject one dividend through the site.
  const std::string before_history =
      Query(db, "SELECT COUNT(*) FROM dividend_history", dir);
  const std::string dividend =
      testing::Lines(
          Query(db, "SELECT rowid FROM dividends ORDER BY rowid LIMIT 1", dir))
          .at(1);
  RunResult trend_before =
      RunSecx("trend dividends -f csv --db " + Quote(db), dir);
  httplib::Params reject = {{"table", "dividends"},
                            {"id", dividend},
                            {"action", "reject"},
                            {"reviewer", "Ann"},
                            {"back", "/queue"}};
  auto posted = c.Post("/review", reject);
  REQUIRE(posted);
  CHECK(posted->status == 303);
  CHECK(posted->get_header_value("Location") == "/queue");
  CHECK(Query(db, "SELECT action, reviewer, value_after IS NULL FROM reviews",
              dir) == "action,reviewer,value_after IS NULL\nreject,Ann,1\n");
  CHECK(Query(db, "SELECT COUNT(*) FROM dividend_history", dir) !=
        before_history);
  CHECK(Query(db,
              "SELECT COUNT(*) FROM reviewed_dividends WHERE dividend_id = " +
                  dividend,
              dir) == "COUNT(*)\n0\n");
  RunResult trend_after =
      RunSecx("trend dividends -f csv --db " + Quote(db), dir);
  CHECK(trend_after.out != trend_before.out);

  // Correct a field; the reviewed view carries the new value.
  const std::string field =
      testing::Lines(
          Query(
              db,
              "SELECT rowid FROM fields WHERE name = 'registrant_name' LIMIT 1",
              dir))
          .at(1);
  httplib::Params correct = {{"table", "fields"},   {"id", field},
                             {"action", "correct"}, {"value", "Right Name Inc"},
                             {"reviewer", "Bo"},    {"format", "json"}};
  auto corrected = c.Post("/review", correct);
  REQUIRE(corrected);
  CHECK(corrected->status == 200);
  CHECK(Query(db,
              "SELECT value, review FROM reviewed_fields WHERE field_id = " +
                  field,
              dir) == "value,review\nRight Name Inc,correct\n");

  // Inputs are validated.
  for (const httplib::Params& bad : {httplib::Params{{"table", "documents"},
                                                     {"id", "1"},
                                                     {"action", "accept"},
                                                     {"reviewer", "x"}},
                                     httplib::Params{{"table", "fields"},
                                                     {"id", "1; DROP TABLE x"},
                                                     {"action", "accept"},
                                                     {"reviewer", "x"}},
                                     httplib::Params{{"table", "fields"},
                                                     {"id", field},
                                                     {"action", "delete"},
                                                     {"reviewer", "x"}},
                                     httplib::Params{{"table", "fields"},
                                                     {"id", field},
                                                     {"action", "accept"},
                                                     {"reviewer", ""}},
                                     httplib::Params{{"table", "fields"},
                                                     {"id", field},
                                                     {"action", "correct"},
                                                     {"reviewer", "x"}}}) {
    auto r = c.Post("/review", bad);
    REQUIRE(r);
    CHECK(r->status == 400);
  }
  // An outside address in `back` is never followed.
  httplib::Params away = {{"table", "fields"},
                          {"id", field},
                          {"action", "accept"},
                          {"reviewer", "x"},
                          {"back", "//evil.example/"}};
  auto r = c.Post("/review", away);
  REQUIRE(r);
  CHECK(r->get_header_value("Location") == "/queue");
  CHECK(Query(db, "SELECT COUNT(*) FROM reviews", dir) == "COUNT(*)\n3\n");
  // Another site's page cannot post reviews through a browser.
  httplib::Headers foreign = {{"Origin", "http://evil.example"}};
  auto csrf = c.Post("/review", foreign, away);
  REQUIRE(csrf);
  CHECK(csrf->status == 403);
  CHECK(Query(db, "SELECT COUNT(*) FROM reviews", dir) == "COUNT(*)\n3\n");
}

// The command itself: the address on its first line of output, pages
// served, SIGTERM ends it with status 0.
TEST_CASE("secx serve prints its address and stops on SIGTERM",
          "[serve][cli]") {
  TempDir dir;
  const std::string db = dir / "s.db";
  RunResult ingest = RunSecx("ingest -q --db " + Quote(db) + " " +
                                 Quote(std::string(SECX_SOURCE_DIR) +
                                       "/corpus/seeds/iij-form-sd-2015.txt"),
                             dir);
  REQUIRE(ingest.status == 0);
  int out[2];
  REQUIRE(pipe(out) == 0);
  const pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    dup2(out[1], STDOUT_FILENO);
    close(out[0]);
    execl(SECX_BIN, SECX_BIN, "serve", "-q", "--db", db.c_str(), "--port", "0",
          static_cast<char*>(nullptr));
    _exit(127);
  }
  close(out[1]);
  std::string line;
  char c;
  while (read(out[0], &c, 1) == 1 && c != '\n') line += c;
  close(out[0]);
  INFO(line);
  REQUIRE(line.rfind("http://127.0.0.1:", 0) == 0);
  const int port = std::stoi(line.substr(17));
  httplib::Client client("127.0.0.1", port);
  auto page = client.Get("/doc/1");
  REQUIRE(page);
  CHECK(page->status == 200);
  CHECK_THAT(page->body, Catch::Contains("<mark"));
  kill(pid, SIGTERM);
  int status = 0;
  REQUIRE(waitpid(pid, &status, 0) == pid);
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);

  RunResult busy = RunSecx("serve --db " + Quote(dir / "none.db"), dir);
  CHECK(busy.status == 1);
  CHECK_THAT(busy.err, Catch::Contains("no such database"));
}

TEST_CASE("HTML escaping", "[serve]") {
  CHECK(HtmlEscape("<a href=\"x\">Tom & Jerry's</a>") ==
        "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;");
}

}  // namespace
}  // namespace secx
