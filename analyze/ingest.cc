#include "analyze/ingest.h"

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>

#include "analyze/archive_input.h"
#include "analyze/ordered_pool.h"
#include "analyze/text_store.h"
#include "extract/hash.h"
#include "extract/thread_budget.h"

namespace secx {
namespace {

// Read-only connections for the workers' "already stored?" checks, handed
// out one per in-flight input and reused.
class CheckerPool {
 public:
  CheckerPool(std::string path, std::string version)
      : path_(std::move(path)), version_(std::move(version)) {}

  // True when the bytes are stored under this version. A failing check
  // answers false: the input is then extracted and Put() decides.
  bool IsCurrent(const std::string& sha256) {
    std::unique_ptr<Store> store = Acquire();
    if (!store) return false;
    Result<bool> current = store->IsCurrent(sha256, version_);
    bool answer = current.ok() && current.value();
    std::lock_guard<std::mutex> lock(mu_);
    free_.push_back(std::move(store));
    return answer;
  }

 private:
  std::unique_ptr<Store> Acquire() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (!free_.empty()) {
        std::unique_ptr<Store> s = std::move(free_.back());
        free_.pop_back();
        return s;
      }
    }
    StoreOptions ro;
    ro.read_only = true;
    Result<std::unique_ptr<Store>> s = Store::Open(path_, ro);
    return s.ok() ? std::move(s).value() : nullptr;
  }

  std::string path_;
  std::string version_;
  std::mutex mu_;
  std::vector<std::unique_ptr<Store>> free_;
};

struct Item {
  Extraction x;
  std::optional<StoredText> text;  // compressed here, on the worker
  size_t bytes = 0;
  bool skipped = false;
};

// Drops what the store does not need, so queued results stay small.
void Slim(Extraction* x) {
  std::string().swap(x->document.text);
  std::vector<Word>().swap(x->document.words);
  std::vector<Binary>().swap(x->document.binaries);
}

Item Work(const InputFile& in, const IngestOptions& options,
          CheckerPool* checker) {
  Item item;
  item.x.source = in.path;
  item.x.document.source = in.path;
  if (!in.error.empty()) {
    item.x.errors.push_back(in.path + ": " + in.error);
    return item;
  }
  std::string bytes;
  Status st = ReadInput(in, options.extract.max_input_bytes, &bytes);
  if (!st.ok()) {
    item.x.errors.push_back(in.path + ": " + st.error());
    return item;
  }
  item.bytes = bytes.size();
  std::string sha = Sha256Hex(bytes);
  if (checker->IsCurrent(sha)) {
    item.skipped = true;
    item.x.sha256 = std::move(sha);
    return item;
  }
  item.x = ExtractBytes(bytes, in.path, options.extract);
  Result<StoredText> text = PackText(item.x.document);
  if (text.ok()) {
    item.text = std::move(text).value();
  } else {
    item.x.warnings.push_back(in.path + ": text not stored: " + text.error());
  }
  Slim(&item.x);
  return item;
}

}  // namespace

int EffectiveJobs(int jobs) {
  if (jobs > 0) return jobs;
  unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : static_cast<int>(n);
}

Result<IngestSummary> Ingest(const std::vector<InputFile>& inputs,
                             const std::string& db_path,
                             const IngestOptions& caller_options) {
  // Workers with no input left lend their threads to the OCR of the inputs
  // still being read.
  ThreadBudget spare;
  IngestOptions options = caller_options;
  options.extract.ocr.spare_threads = &spare;
  const auto t0 = std::chrono::steady_clock::now();
  auto elapsed = [&] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0)
        .count();
  };
  Result<std::unique_ptr<Store>> opened = Store::Open(db_path, options.store);
  if (!opened.ok()) return opened.status();
  Store& store = *opened.value();
  CheckerPool checker(db_path, options.version);

  IngestProgress progress;
  progress.files_total = inputs.size();
  for (const InputFile& in : inputs) progress.bytes_total += InputSize(in);

  IngestSummary sum;
  Status fatal;  // the store failed; the rest of the batch is not stored
  std::atomic<bool> stop{false};
  // What the documents of the open (uncommitted) batch added to `sum`, so
  // that a rolled-back batch can be taken out again: nothing is claimed
  // that is not stored.
  struct Uncommitted {
    size_t inserted = 0, replaced = 0, fields = 0, docs = 0;
  } open_batch;
  size_t rolled_back = 0;
  auto fail = [&](const Status& st) {
    fatal = st;
    stop.store(true);
    sum.inserted -= open_batch.inserted;
    sum.replaced -= open_batch.replaced;
    sum.fields -= open_batch.fields;
    rolled_back = open_batch.docs;
    open_batch = Uncommitted();
  };
  const int jobs = EffectiveJobs(options.jobs);
  const size_t window = options.window ? options.window : 4 * jobs;
  auto report = [&](const std::string& line) {
    if (options.error) options.error(line);
  };
  RunOrdered(
      inputs.size(), jobs, window,
      [&](size_t i) {
        if (stop.load()) {  // the store failed: drain quickly
          SkipInput(inputs[i]);
          return Item();
        }
        return Work(inputs[i], options, &checker);
      },
      [&](size_t i, Item item) {
        if (!fatal.ok()) return;
        ++sum.files;
        sum.bytes += item.bytes;
        const Extraction& x = item.x;
        for (const std::string& e : x.errors) report(e);
        if (!x.errors.empty()) ++sum.failed;
        if (item.skipped) {
          ++sum.skipped;
        } else {
          // Inputs with errors are stored too (documents.errors says why)
          // when their bytes were read, but count as failed, not new.
          Result<PutOutcome> put =
              store.Put(x, options.version,
                        item.text ? &*item.text : nullptr);
          if (!put.ok() && put.status().store_failed()) {
            // This input and the open batch are not stored; neither can
            // anything after them be.
            ++open_batch.docs;
            fail(put.status());
            return;
          }
          if (!put.ok()) {
            report(put.error());
            if (x.errors.empty()) ++sum.failed;
          } else if (!x.errors.empty()) {
            // counted above
          } else if (put.value() == PutOutcome::kInserted) {
            ++sum.inserted;
            ++open_batch.inserted;
            sum.fields += x.fields.size();
            open_batch.fields += x.fields.size();
          } else if (put.value() == PutOutcome::kReplaced) {
            ++sum.replaced;
            ++open_batch.replaced;
            sum.fields += x.fields.size();
            open_batch.fields += x.fields.size();
          } else if (put.value() == PutOutcome::kSkipped) {
            ++sum.skipped;
          }
          if (put.ok()) {
            // Pending() falls to 0 when Put() committed the batch.
            open_batch.docs = store.Pending();
            if (open_batch.docs == 0) open_batch = Uncommitted();
          }
        }
        progress.files_done = sum.files;
        progress.bytes_done += item.bytes;
        progress.seconds = elapsed();
        if (options.progress) options.progress(progress);
      },
      [&] { spare.Offer(); });
  if (fatal.ok()) {
    if (Status st = store.Flush(); !st.ok()) fail(st);
  }
  if (!fatal.ok()) {
    // The input being stored counts among the rolled-back ones; the inputs
    // never reached are those after it.
    const size_t not_stored = rolled_back + (inputs.size() - sum.files);
    return Status::StoreFailed(
        "ingest stopped: the store failed: " + fatal.error() + "; " +
        std::to_string(not_stored) + " of " + std::to_string(inputs.size()) +
        " inputs not stored (" + std::to_string(rolled_back) +
        " rolled back); run the ingest again to store them");
  }
  sum.seconds = elapsed();
  return sum;
}

}  // namespace secx
