// secx serve: the local review site (analyze/serve.h).
#include <csignal>
#include <cstdio>
#include <memory>
#include <string>

#include "analyze/cli_options.h"
#include "analyze/commands.h"
#include "analyze/progress.h"
#include "analyze/serve.h"

namespace secx {
namespace {

ReviewServer* g_server = nullptr;

void OnSignal(int) {
  if (g_server != nullptr) g_server->Stop();
}

int RunServe(const ServeOptions& options, bool quiet) {
  ReviewServer server(options);
  if (Status st = server.Bind(); !st.ok()) {
    std::fprintf(stderr, "secx: serve: %s\n", OneLine(st.error()).c_str());
    return kExitFailed;
  }
  // The address on standard output, first line, so scripts can read it.
  std::printf("http://%s:%d/\n", options.host.c_str(), server.port());
  std::fflush(stdout);
  if (!quiet) {
    std::fprintf(stderr, "secx: serving %s on http://%s:%d/ (Ctrl-C stops)\n",
                 OneLine(options.db).c_str(), options.host.c_str(),
                 server.port());
  }
  g_server = &server;
  std::signal(SIGINT, OnSignal);
  std::signal(SIGTERM, OnSignal);
  Status st = server.Run();
  g_server = nullptr;
  if (!st.ok()) {
    std::fprintf(stderr, "secx: serve: %s\n", OneLine(st.error()).c_str());
    return kExitFailed;
  }
  return kExitOk;
}

const char kAbout[] =
    "Serves a local web site over the store: each document's pages (the\n"
    "page image with a box per value for scans whose input is still at its\n"
    "stored path or under --source, else the text with the values marked),\n"
    "a review queue (low confidence, disagreements with the SGML header or\n"
    "iXBRL, failed dividend checks, OCR repairs) with accept / correct /\n"
    "reject, and full-text search. Reviews go to the `reviews` table; the\n"
    "views reviewed_fields, reviewed_dividends and reviewed_revenue_shares\n"
    "apply them, and secx trend reads those (rejected values left out).\n"
    "The store is opened read-only except to write a review. The first line\n"
    "on standard output is the address (with --port 0, a free port).\n";

}  // namespace

void AddServeCommand(CLI::App& app) {
  auto o = std::make_shared<ServeOptions>();
  o->db = "secx.db";
  auto quiet = std::make_shared<bool>(false);
  CLI::App* cmd = app.add_subcommand(
      "serve", "Local web pages to see and review the stored values");
  cmd->add_option("--db", o->db, "Database file")->capture_default_str();
  cmd->add_option("--port", o->port, "TCP port (0: any free one)")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  cmd->add_option("--host", o->host,
                  "Address to listen on (others can reach anything but "
                  "127.0.0.1)")
      ->capture_default_str();
  cmd->add_option("--min-confidence", o->min_confidence,
                  "Queue values below this confidence (0..1)")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  cmd->add_option("--source", o->sources,
                  "Where moved inputs are (file or directory; repeatable)");
  cmd->add_flag("-q,--quiet", *quiet, "Print only the address");
  cmd->footer(std::string("\n") + kAbout +
              "\nExamples:\n"
              "  secx serve --db secx.db            # then open "
              "http://127.0.0.1:8080/\n"
              "  secx serve --db secx.db --port 0 --source /mnt/scans\n");
  cmd->callback([o, quiet] { ExitWith(RunServe(*o, *quiet)); });
}

}  // namespace secx
