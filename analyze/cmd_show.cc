// secx show: one stored value (or all of them) with the text around it,
// read from the store alone; --png draws its box on the page image.
#include <unistd.h>

#include <cstdio>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "analyze/cli_options.h"
#include "analyze/commands.h"
#include "analyze/page_source.h"
#include "analyze/progress.h"
#include "analyze/store_reader.h"

namespace secx {
namespace {

struct ShowFlags {
  std::string db = "secx.db";
  std::vector<int64_t> ids;  // one per record table, -1 unset
  std::string table;
  int64_t id = -1;
  bool all = false;
  int64_t document = 0;
  int lines = 2;
  std::string png;
  std::vector<std::string> sources;
  OutputFlags output;
};

std::string Fixed(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

// Prints one value; false when its context could not be shown.
bool Show(StoreReader& r, const StoredValue& v, const ShowFlags& f, bool json) {
  Result<StoredDocument> doc = r.Document(v.document_id);
  const std::string* text = nullptr;
  const std::vector<PageRecord>* pages = nullptr;
  Status text_status = r.Text(v.document_id, &text, &pages);
  const bool span = v.end > v.start;
  std::string context;
  if (text_status.ok() && span) {
    const bool tty = !json && isatty(fileno(stdout)) && f.output.output.empty();
    context = Context(*text, v.start, v.end, f.lines, 600,
                      tty ? "\x1b[7m" : "[[", tty ? "\x1b[0m" : "]]");
  }
  const std::string path = doc.ok() ? doc.value().path : "";
  if (json) {
    nlohmann::json j = {
        {"table", v.table}, {"id", v.rowid},    {"document", v.document_id},
        {"path", path},     {"label", v.label}, {"value", v.value},
        {"page", v.page},   {"start", v.start}, {"end", v.end},
        {"rule", v.rule}};
    if (v.confidence) j["confidence"] = *v.confidence;
    if (v.box) {
      j["bbox"] = {v.box->left, v.box->top, v.box->right, v.box->bottom};
    }
    if (!v.review.empty()) {
      j["review"] = v.review;
      if (!v.reviewed_value.empty()) j["reviewed_value"] = v.reviewed_value;
    }
    if (!text_status.ok()) {
      j["error"] = text_status.error();
    } else if (span) {
      j["context"] = context;
    }
    std::printf("%s\n", j.dump().c_str());
    return text_status.ok();
  }
  std::printf("%s %lld  %s: %s\n", v.table.c_str(),
              static_cast<long long>(v.rowid), v.label.c_str(),
              v.value.c_str());
  std::string where = "  document " + std::to_string(v.document_id) + " " +
                      OneLine(path) + ", page " + std::to_string(v.page) +
                      ", bytes " + std::to_string(v.start) + "-" +
                      std::to_string(v.end);
  if (v.confidence) where += ", confidence " + Fixed(*v.confidence);
  if (!v.rule.empty()) where += ", rule " + v.rule;
  if (v.box) {
    where += ", box " + std::to_string(v.box->left) + "," +
             std::to_string(v.box->top) + "-" + std::to_string(v.box->right) +
             "," + std::to_string(v.box->bottom) + " px";
  }
  std::printf("%s\n", where.c_str());
  if (!v.review.empty()) {
    std::printf("  reviewed: %s%s\n", v.review.c_str(),
                v.reviewed_value.empty()
                    ? ""
                    : (" to \"" + OneLine(v.reviewed_value) + "\"").c_str());
  }
  if (!text_status.ok()) {
    std::printf("  (%s)\n\n", OneLine(text_status.error()).c_str());
    return false;
  }
  if (!span) {
    std::printf(
        "  (no span: the value is not written in the text as such, e.g. a "
        "hidden iXBRL fact or a value put together from several places)\n\n");
    return true;
  }
  size_t pos = 0;
  while (pos <= context.size()) {
    size_t nl = context.find('\n', pos);
    if (nl == std::string::npos) nl = context.size();
    std::printf("  | %s\n", context.substr(pos, nl - pos).c_str());
    pos = nl + 1;
  }
  std::printf("\n");
  return true;
}

int WritePng(StoreReader& r, const StoredValue& v, const ShowFlags& f) {
  if (!v.box) {
    std::fprintf(stderr,
                 "secx: show --png: %s %lld has no pixel box (only values "
                 "read from scanned pages have one; OCR repairs have none)\n",
                 v.table.c_str(), static_cast<long long>(v.rowid));
    return kExitFailed;
  }
  Result<StoredDocument> doc = r.Document(v.document_id);
  if (!doc.ok()) {
    std::fprintf(stderr, "secx: %s\n", OneLine(doc.error()).c_str());
    return kExitFailed;
  }
  const std::string* text = nullptr;
  const std::vector<PageRecord>* pages = nullptr;
  if (Status st = r.Text(v.document_id, &text, &pages); !st.ok()) {
    std::fprintf(stderr, "secx: %s\n", OneLine(st.error()).c_str());
    return kExitFailed;
  }
  const PageRecord* page = nullptr;
  for (const PageRecord& p : *pages) {
    if (p.page.number == v.page) page = &p;
  }
  if (page == nullptr) {
    std::fprintf(stderr, "secx: document %lld has no page %d stored\n",
                 static_cast<long long>(v.document_id), v.page);
    return kExitFailed;
  }
  PageSource source(f.sources);
  Result<std::string> png = source.Png(doc.value(), *page, {*v.box});
  if (!png.ok()) {
    std::fprintf(stderr, "secx: %s\n", OneLine(png.error()).c_str());
    return kExitFailed;
  }
  std::FILE* out = std::fopen(f.png.c_str(), "wb");
  if (out == nullptr ||
      std::fwrite(png.value().data(), 1, png.value().size(), out) !=
          png.value().size() ||
      std::fclose(out) != 0) {
    std::fprintf(stderr, "secx: %s: cannot write the PNG\n",
                 OneLine(f.png).c_str());
    return kExitFailed;
  }
  if (!f.output.quiet) {
    std::fprintf(stderr, "secx: wrote page %d of document %lld to %s\n", v.page,
                 static_cast<long long>(v.document_id), OneLine(f.png).c_str());
  }
  return kExitOk;
}

int RunShow(const ShowFlags& f) {
  std::string table = f.table;
  int64_t id = f.id;
  int chosen = f.all ? 1 : 0;
  for (size_t i = 0; i < f.ids.size(); ++i) {
    if (f.ids[i] < 0) continue;
    ++chosen;
    table = RecordTables()[i].table;
    id = f.ids[i];
  }
  if (!f.table.empty()) {
    ++chosen;
    if (FindRecordTable(f.table) == nullptr) {
      std::fprintf(stderr, "secx: show: no record table %s\n",
                   OneLine(f.table).c_str());
      return kExitUsage;
    }
    if (id < 0) {
      std::fprintf(stderr, "secx: show: --table needs --id\n");
      return kExitUsage;
    }
  }
  if (chosen != 1) {
    std::fprintf(stderr,
                 "secx: show: name one value (--field ID, --dividend ID, ..., "
                 "or --table T --id ID) or --all\n");
    return kExitUsage;
  }
  if (f.all && !f.png.empty()) {
    std::fprintf(stderr, "secx: show: --png draws one value, not --all\n");
    return kExitUsage;
  }
  std::unique_ptr<StoreReader> reader = OpenStoreToPrint(f.db, f.output);
  if (reader == nullptr) return kExitFailed;
  StoreReader& r = *reader;
  const bool json = f.output.format == "json";
  if (!f.all) {
    Result<StoredValue> v = r.Value(table, id);
    if (!v.ok()) {
      std::fprintf(stderr, "secx: %s\n", OneLine(v.error()).c_str());
      return kExitFailed;
    }
    if (!f.png.empty()) return WritePng(r, v.value(), f);
    return Show(r, v.value(), f, json) ? kExitOk : kExitFailed;
  }
  size_t shown = 0, failed = 0;
  for (const RecordTable& t : RecordTables()) {
    Result<std::vector<StoredValue>> values = r.Values(t.table, f.document);
    if (!values.ok()) {
      std::fprintf(stderr, "secx: %s\n", OneLine(values.error()).c_str());
      return kExitFailed;
    }
    for (const StoredValue& v : values.value()) {
      ++shown;
      if (!Show(r, v, f, json)) ++failed;
    }
  }
  if (!f.output.quiet) {
    std::fprintf(stderr, "secx: %zu values shown, %zu without their text\n",
                 shown, failed);
  }
  return failed == 0 ? kExitOk : kExitFailed;
}

const char kAbout[] =
    "Prints a stored value with its provenance and the text around it, the\n"
    "value between [[ and ]] (reverse video on a terminal). Everything comes\n"
    "from the store: the inputs may have moved. ID is the row's rowid in\n"
    "its table (secx query \"SELECT rowid, * FROM fields\").\n"
    "--png FILE draws the value's pixel box on its page image, made again\n"
    "from the input (checked against the SHA-256 stored at ingest); when\n"
    "inputs moved, --source names the file or a directory holding it.\n";

}  // namespace

void AddShowCommand(CLI::App& app) {
  auto f = std::make_shared<ShowFlags>();
  f->ids.assign(RecordTables().size(), -1);
  CLI::App* cmd = app.add_subcommand(
      "show", "Show a stored value in its text (and on its page)");
  cmd->add_option("--db", f->db, "Database file")->capture_default_str();
  AddOutputFlags(cmd, &f->output, {"text", "json"});
  for (size_t i = 0; i < RecordTables().size(); ++i) {
    const RecordTable& t = RecordTables()[i];
    cmd->add_option(std::string("--") + t.flag, f->ids[i],
                    std::string("Row ID of ") + t.table);
  }
  cmd->add_option("--table", f->table,
                  "Record table (fields, dividends, tickers, revenue_shares, "
                  "facts, corrections), with --id");
  cmd->add_option("--id", f->id, "Row ID in --table");
  cmd->add_flag("--all", f->all, "Every stored value (of --document)");
  cmd->add_option("--document", f->document, "With --all: one document's");
  cmd->add_option("--lines", f->lines, "Lines of context above and below")
      ->check(CLI::Range(0, 50))
      ->capture_default_str();
  cmd->add_option("--png", f->png, "Write the page with the value's box");
  cmd->add_option("--source", f->sources,
                  "Where the inputs are now (file or directory; repeatable)");
  cmd->footer(std::string("\n") + kAbout +
              "\nExamples:\n"
              "  secx show --db secx.db --field 12\n"
              "  secx show --db secx.db --dividend 3 --lines 5\n"
              "  secx show --db secx.db --table corrections --id 7\n"
              "  secx show --db secx.db --field 40 --png page.png "
              "--source scans/\n"
              "  secx show --db secx.db --all --document 5 -f json\n");
  cmd->callback([f] { ExitWith(RunShow(*f)); });
}

}  // namespace secx
