// secx search: full-text search over the texts kept in the store
// (analyze/text_store.h), printing document, page and a snippet with the
// words found marked.
#include <cctype>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "analyze/cli_options.h"
#include "analyze/commands.h"
#include "analyze/progress.h"
#include "analyze/search_snippet.h"
#include "analyze/store.h"
#include "analyze/store_reader.h"
#include "analyze/table_writer.h"

namespace secx {
namespace {

struct SearchFlags {
  std::string db = "secx.db";
  std::string query;
  int64_t limit = 20;
  int width = 160;
  bool reindex = false;
  OutputFlags output;
};

int Reindex(const SearchFlags& f) {
  Result<std::unique_ptr<Store>> store = Store::Open(f.db, StoreOptions());
  if (!store.ok()) {
    std::fprintf(stderr, "secx: %s\n", OneLine(store.error()).c_str());
    return kExitFailed;
  }
  int64_t pages = 0;
  if (Status st = store.value()->RebuildTextIndex(&pages); !st.ok()) {
    std::fprintf(stderr, "secx: %s: %s\n", OneLine(f.db).c_str(),
                 OneLine(st.error()).c_str());
    return kExitFailed;
  }
  if (!f.output.quiet) {
    std::fprintf(stderr, "secx: indexed %lld pages of %s\n",
                 static_cast<long long>(pages), OneLine(f.db).c_str());
  }
  return kExitOk;
}

int RunSearch(const SearchFlags& f) {
  if (f.reindex) {
    int rc = Reindex(f);
    if (rc != kExitOk || f.query.empty()) return rc;
  }
  if (f.query.empty()) {
    std::fprintf(stderr, "secx: search: give the terms to look for\n");
    return kExitUsage;
  }
  std::unique_ptr<StoreReader> reader = OpenStoreToPrint(f.db, f.output);
  if (reader == nullptr) return kExitFailed;
  StoreReader& r = *reader;
  if (!f.output.quiet) {
    Result<std::pair<int64_t, int64_t>> cover = r.IndexCoverage();
    if (cover.ok() && cover.value().first < cover.value().second) {
      std::fprintf(stderr,
                   "secx: the index holds %lld of %lld stored pages (a "
                   "merged store?); secx search --reindex fills it\n",
                   static_cast<long long>(cover.value().first),
                   static_cast<long long>(cover.value().second));
    }
  }
  Result<std::vector<SearchHit>> hits = r.Search(f.query, f.limit);
  if (!hits.ok()) {
    std::fprintf(stderr, "secx: %s\n", OneLine(hits.error()).c_str());
    return kExitFailed;
  }
  const std::vector<std::string> terms = SearchTerms(f.query);
  RowWriter out(stdout, f.output.format);
  out.Columns({"document", "page", "path", "snippet"});
  for (const SearchHit& h : hits.value()) {
    Result<StoredDocument> doc = r.Document(h.document_id);
    if (!doc.ok()) continue;  // a stale index row (see --reindex)
    const std::string* text = nullptr;
    const std::vector<PageRecord>* pages = nullptr;
    std::string snippet;
    if (r.Text(h.document_id, &text, &pages).ok()) {
      for (const PageRecord& p : *pages) {
        if (p.page.number != h.page) continue;
        snippet = Snippet(*text, p.page.start, p.page.end, terms, f.width, "**",
                          "**");
      }
    }
    out.Row(std::vector<std::string>{std::to_string(h.document_id),
                                     std::to_string(h.page), doc.value().path,
                                     snippet},
            {true, true, false, false});
  }
  out.End();
  return kExitOk;
}

const char kAbout[] =
    "Searches the text kept in the store (every document ingested by this\n"
    "secx) and prints one row per page found, best first: the document id,\n"
    "the page, the input path and a snippet with the words found between\n"
    "** and **. The terms use SQLite FTS5 syntax: words (all must occur on\n"
    "the page), \"a phrase\", OR, NOT, prefix*. Case and accents are\n"
    "ignored.\n"
    "--reindex rebuilds the index from the stored texts (needed after\n"
    "secx merge, which copies the texts but not the index).\n";

}  // namespace

void AddSearchCommand(CLI::App& app) {
  auto f = std::make_shared<SearchFlags>();
  CLI::App* cmd =
      app.add_subcommand("search", "Full-text search of the stored texts");
  cmd->add_option("--db", f->db, "Database file")->capture_default_str();
  AddOutputFlags(cmd, &f->output, {"table", "csv", "json"});
  cmd->add_option("--limit", f->limit, "Pages to print at most")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  cmd->add_option("--width", f->width, "Snippet length in characters")
      ->check(CLI::Range(20, 2000))
      ->capture_default_str();
  cmd->add_flag("--reindex", f->reindex,
                "Rebuild the full-text index from the stored texts first");
  cmd->add_option("terms", f->query, "What to look for (FTS5 syntax)");
  cmd->footer(std::string("\n") + kAbout +
              "\nExamples:\n"
              "  secx search --db secx.db \"cash dividend\"\n"
              "  secx search --db secx.db '\"record date\" AND payable'\n"
              "  secx search --db secx.db -f csv 'conflict mineral*'\n"
              "  secx search --db merged.db --reindex\n");
  cmd->callback([f] { ExitWith(RunSearch(*f)); });
}

}  // namespace secx
