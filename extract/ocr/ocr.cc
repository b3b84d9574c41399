// The OCR stage: opens every binary of a Document, spreads its pages over
// worker threads, and appends the text of each page, in order, as new pages
// of the Document.
//
// Files of this stage:
//   image_source  decode images, multi-page TIFF, PDF text layers and pages
//   preprocess    Leptonica: grey, resolution, deskew, borders, binarise
//   engine        pooled Tesseract engines, word-level results
//   page_text     words to text that keeps the page's columns
#include "extract/ocr/ocr.h"

#include <algorithm>
#include <atomic>
#include <memory>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

#include "extract/ocr/engine.h"
#include "extract/ocr/image_source.h"
#include "extract/ocr/page_text.h"
#include "extract/ocr/preprocess.h"

namespace secx {
namespace {

// What one page turned into; produced on a worker thread, appended to the
// Document on the calling thread in page order.
struct PageResult {
  Status status;
  bool ocr = false;
  std::string text;
  std::vector<Word> words;  // offsets relative to `text`, page unset
  int width = 0;
  int height = 0;
  int dpi = 0;
  float mean_confidence = 0;
  size_t chars = 0;
  std::string note;
};

struct PageJob {
  size_t binary = 0;
  int page = 0;
};

// Text-layer text as poppler lays it out, without trailing blanks on each
// line, form feeds (secx inserts its own between pages) or trailing
// blank lines.
std::string TidyTextLayer(const std::string& in) {
  std::string out;
  out.reserve(in.size());
  size_t pos = 0;
  while (pos < in.size()) {
    size_t nl = in.find('\n', pos);
    size_t end = nl == std::string::npos ? in.size() : nl;
    std::string line = in.substr(pos, end - pos);
    line.erase(std::remove(line.begin(), line.end(), '\f'), line.end());
    size_t last = line.find_last_not_of(" \t\r");
    line.erase(last == std::string::npos ? 0 : last + 1);
    out += line;
    out += '\n';
    pos = end + 1;
  }
  size_t last = out.find_last_not_of('\n');
  out.erase(last == std::string::npos ? 0 : last + 1);
  if (!out.empty()) out += '\n';
  return out;
}

// The second reading wins only when it is more confident without having
// lost a good part of the text (a binarisation that drops faint lines can
// be very sure of what little is left).
bool ReadsBetter(const Reading& second, const Reading& first) {
  if (first.chars == 0) return second.chars > 0;
  return second.mean_confidence > first.mean_confidence &&
         second.chars * 10 >= first.chars * 8;
}

// The words of a reading, in Tesseract's order, one blank apart.
std::string WordsOf(const Reading& reading) {
  std::string text;
  for (const OcrWord& w : reading.words) {
    text += w.text;
    text += ' ';
  }
  return text;
}

PageResult RecognisePage(SourcePage source, const OcrOptions& options) {
  PageResult out;
  out.note = std::move(source.note);
  Result<PreparedPage> prepared =
      PreparePage(source.image.get(), source.dpi, options);
  source.image.reset();  // the original pixels are no longer needed
  if (!prepared.ok()) {
    out.status = prepared.status();
    return out;
  }
  PreparedPage& page = prepared.value();
  out.ocr = true;
  out.width = page.width;
  out.height = page.height;
  out.dpi = page.dpi;
  if (page.blank) return out;

  Result<Reading> first =
      Recognize(page.grey.get(), page.prepared_dpi, options);
  if (!first.ok()) {
    out.status = first.status();
    return out;
  }
  Reading best = std::move(first).value();
  if (best.mean_confidence < options.retry_confidence) {
    PixPtr binary = AdaptiveBinarize(page);
    if (binary) {
      Result<Reading> second =
          Recognize(binary.get(), page.prepared_dpi, options);
      if (second.ok() && ReadsBetter(second.value(), best)) {
        best = std::move(second).value();
      }
    }
  }
  if (options.reread_covers && LooksLikeCover(WordsOf(best))) {
    Result<Reading> again = RecognizeDoubtful(
        page.grey.get(), page.prepared_dpi, options, best);
    if (again.ok()) MendFromSecondReading(again.value(), &best);
  }
  PageLayout layout = LayOutPage(best);
  out.text = std::move(layout.text);
  out.words.reserve(best.words.size());
  for (size_t i = 0; i < best.words.size(); ++i) {
    // Left out of the text by the layout (no text, e.g. marks read into a
    // drawn rule): not a word of the Document either.
    if (layout.word_spans[i].first == layout.word_spans[i].second) continue;
    Word w;
    w.start = layout.word_spans[i].first;
    w.end = layout.word_spans[i].second;
    w.box = ToOriginal(page, best.words[i].box);
    w.confidence = best.words[i].confidence;
    out.words.push_back(w);
  }
  // Text order (Document::words' promise, extract/provenance.h): the
  // layout puts words by rows, Tesseract reads them block by block, and
  // words read again from uncovered ink come last whatever their place.
  std::stable_sort(out.words.begin(), out.words.end(),
                   [](const Word& a, const Word& b) { return a.start < b.start; });
  out.mean_confidence = best.mean_confidence;
  out.chars = best.chars;
  return out;
}

PageResult ProcessPage(const ImageSource& source, int index,
                       const OcrOptions& options) {
  PageResult out;
  Result<SourcePage> page = source.LoadPage(index);
  if (!page.ok()) {
    out.status = page.status();
    return out;
  }
  if (page->from_text_layer) {
    out.text = TidyTextLayer(page->text);
    out.note = std::move(page->note);
    return out;
  }
  return RecognisePage(std::move(page).value(), options);
}

// The pages of one input, read by up to options.jobs threads of its own
// (the calling thread included), plus threads a batch lends
// (options.spare_threads): a spare thread taken while two or more pages
// are unclaimed, and any worker of the batch that runs out of inputs while
// pages are unclaimed (it helps directly; see ThreadBudget).
class PageQueue : public ThreadBudget::Helper {
 public:
  PageQueue(const std::vector<PageJob>& jobs,
            const std::vector<std::unique_ptr<ImageSource>>& sources,
            const OcrOptions& options, std::vector<PageResult>* results)
      : jobs_(jobs), sources_(sources), options_(options), results_(results) {
    results_->resize(jobs_.size());
  }

  void Run() {
    ThreadBudget* budget = options_.spare_threads;
    if (budget != nullptr) budget->Register(this);
    size_t threads = std::min<size_t>(std::max(1, options_.jobs), jobs_.size());
    std::vector<std::thread> pool;
    for (size_t t = 1; t < threads; ++t) pool.emplace_back([this] { Work(); });
    Work();
    for (std::thread& t : pool) t.join();
    // Waits for helping threads still reading a page; whatever they
    // started is in `lent_` once they are out.
    if (budget != nullptr) budget->Unregister(this);
    // Borrowed threads may start others until the last page is claimed,
    // and each is in `lent_` before the thread that started it ends.
    for (;;) {
      std::thread t;
      {
        std::lock_guard<std::mutex> lock(mu_);
        if (lent_.empty()) break;
        t = std::move(lent_.back());
        lent_.pop_back();
      }
      t.join();
    }
  }

  bool HasWork() const override { return next_.load() < jobs_.size(); }
  void Help() override { Work(); }

 private:
  void Work() {
    ThreadBudget* budget = options_.spare_threads;
    for (;;) {
      size_t i = next_++;
      if (i >= jobs_.size()) break;
      // A page is left for another thread: borrow one if the batch has it.
      if (budget != nullptr && i + 1 < jobs_.size() && budget->TryTake()) {
        std::lock_guard<std::mutex> lock(mu_);
        lent_.emplace_back([this, budget] {
          Work();
          budget->Give();
        });
      }
      const PageJob& job = jobs_[i];
      (*results_)[i] = ProcessPage(*sources_[job.binary], job.page, options_);
      if (options_.progress != nullptr) options_.progress->PageRead();
    }
  }

  const std::vector<PageJob>& jobs_;
  const std::vector<std::unique_ptr<ImageSource>>& sources_;
  const OcrOptions& options_;
  std::vector<PageResult>* results_;
  std::atomic<size_t> next_{0};
  std::mutex mu_;
  std::vector<std::thread> lent_;  // threads started on borrowed budget
};

// Appends one page's text (after a form feed, the page break secx's text
// readers use) and its words to the Document.
void AppendPage(PageResult& r, const PageJob& job, Document* doc,
                size_t* first_start) {
  if (!doc->text.empty()) {
    if (doc->text.back() != '\n') doc->text += '\n';
    doc->text += '\f';
  }
  Page page;
  page.number = doc->pages.empty() ? 1 : doc->pages.back().number + 1;
  page.start = doc->text.size();
  if (*first_start == std::string::npos) *first_start = page.start;
  doc->text += r.text;
  page.end = doc->text.size();
  page.ocr = r.ocr;
  page.width = r.width;
  page.height = r.height;
  page.dpi = r.dpi;
  page.mean_confidence = r.mean_confidence;
  page.binary = static_cast<int>(job.binary);
  page.binary_page = job.page;
  for (Word& w : r.words) {
    w.start += page.start;
    w.end += page.start;
    w.page = page.number;
    doc->words.push_back(w);
  }
  doc->pages.push_back(page);
  if (r.ocr) doc->ocr_text = true;
}

// "ex99-1.jpg page 2: " for parts of a submission; nothing for a file given
// directly, whose name the caller already puts in front of every message.
std::string Where(const Binary& b, const Document& doc, int page, int pages) {
  std::string where;
  if (!b.filename.empty() && b.filename != doc.source) where = b.filename;
  if (pages > 1) {
    where += (where.empty() ? "page " : " page ") + std::to_string(page + 1);
  }
  return where.empty() ? where : where + ": ";
}

// --ocr-pages cover: reads page 1 of every binary, then the next page of
// those whose page did not look like a cover, and so on, at most
// cover_search pages each. Jobs and results come back in binary and page
// order, as RunOcr appends them.
void ReadUntilCover(const std::vector<int>& page_counts,
                    const std::vector<std::unique_ptr<ImageSource>>& sources,
                    const OcrOptions& options, std::vector<PageJob>* jobs,
                    std::vector<PageResult>* results) {
  std::vector<std::vector<std::pair<PageJob, PageResult>>> read(
      page_counts.size());
  std::vector<size_t> looking;
  for (size_t b = 0; b < page_counts.size(); ++b) {
    if (page_counts[b] > 0) looking.push_back(b);
  }
  for (int page = 0; page < options.pages.cover_search && !looking.empty();
       ++page) {
    std::vector<PageJob> round;
    for (size_t b : looking) {
      if (page < page_counts[b]) round.push_back({b, page});
    }
    if (round.empty()) break;
    if (options.progress != nullptr) {
      options.progress->PagesFound(static_cast<int>(round.size()));
    }
    std::vector<PageResult> out;
    PageQueue(round, sources, options, &out).Run();
    looking.clear();
    for (size_t i = 0; i < round.size(); ++i) {
      const bool cover = out[i].status.ok() && LooksLikeCover(out[i].text);
      if (!cover) looking.push_back(round[i].binary);
      read[round[i].binary].emplace_back(round[i], std::move(out[i]));
    }
  }
  jobs->clear();
  results->clear();
  for (auto& pages : read) {
    for (auto& [job, result] : pages) {
      jobs->push_back(job);
      results->push_back(std::move(result));
    }
  }
}

// One warning per binary whose pages were not all read by the policy.
void NoteUnread(const std::vector<int>& page_counts,
                const std::vector<PageJob>& jobs, const Document& doc,
                const OcrOptions& options, std::vector<std::string>* warnings) {
  if (options.pages.kind == OcrPagePolicy::Kind::kAll) return;
  std::vector<int> read(page_counts.size(), 0);
  for (const PageJob& j : jobs) ++read[j.binary];
  for (size_t b = 0; b < page_counts.size(); ++b) {
    if (read[b] >= page_counts[b]) continue;
    warnings->push_back(
        Where(doc.binaries[b], doc, 0, 1) + std::to_string(read[b]) + " of " +
        std::to_string(page_counts[b]) + " pages read (--ocr-pages " +
        (options.pages.kind == OcrPagePolicy::Kind::kCover ? "cover"
                                                           : "range") +
        ")");
  }
}

}  // namespace

Status RunOcr(Document* doc, const OcrOptions& options, OcrInfo* info) {
  if (doc->binaries.empty()) return Status::Ok();
  const bool had_text = !doc->text.empty();
  std::vector<std::unique_ptr<ImageSource>> sources(doc->binaries.size());
  std::vector<PageJob> jobs;
  std::vector<int> page_counts(doc->binaries.size(), 0);  // pages to consider
  std::string first_error;
  for (size_t b = 0; b < doc->binaries.size(); ++b) {
    const Binary& bin = doc->binaries[b];
    if (options.mode == OcrMode::kNever && bin.format != "pdf") {
      doc->warnings.push_back(Where(bin, *doc, 0, 1) +
                              "image not read: OCR is off");
      continue;
    }
    Result<std::unique_ptr<ImageSource>> src = ImageSource::Open(bin, options);
    if (!src.ok()) {
      std::string msg = Where(bin, *doc, 0, 1) + src.error();
      if (first_error.empty()) first_error = msg;
      doc->warnings.push_back(msg);
      continue;
    }
    sources[b] = std::move(src).value();
    int pages = sources[b]->PageCount();
    int limit = std::max(0, options.max_pages);
    if (pages > limit) {
      doc->warnings.push_back(Where(bin, *doc, 0, 1) + std::to_string(pages) +
                              " pages; only the first " +
                              std::to_string(limit) + " were read (max pages)");
      pages = limit;
    }
    page_counts[b] = pages;
    for (int p = 0; p < pages; ++p) {
      if (options.pages.Selects(p)) jobs.push_back({b, p});
    }
  }

  std::vector<PageResult> results;
  if (options.pages.kind == OcrPagePolicy::Kind::kCover) {
    ReadUntilCover(page_counts, sources, options, &jobs, &results);
  } else {
    if (options.progress != nullptr && !jobs.empty()) {
      options.progress->PagesFound(static_cast<int>(jobs.size()));
    }
    PageQueue(jobs, sources, options, &results).Run();
  }
  NoteUnread(page_counts, jobs, *doc, options, &doc->warnings);

  int ocr_pages = 0, read_pages = 0;
  double conf_sum = 0;
  size_t conf_chars = 0;
  size_t section_start = std::string::npos;
  for (size_t i = 0; i < jobs.size(); ++i) {
    const Binary& bin = doc->binaries[jobs[i].binary];
    PageResult& r = results[i];
    std::string where =
        Where(bin, *doc, jobs[i].page, sources[jobs[i].binary]->PageCount());
    if (!r.note.empty()) doc->warnings.push_back(where + r.note);
    if (!r.status.ok()) {
      std::string msg = where + r.status.error();
      if (first_error.empty()) first_error = msg;
      doc->warnings.push_back(msg);
    } else {
      AppendPage(r, jobs[i], doc, &section_start);
      ++read_pages;
      if (r.ocr) {
        ++ocr_pages;
        conf_sum += static_cast<double>(r.mean_confidence) * r.chars;
        conf_chars += r.chars;
      }
    }
    // The binary's Section covers the text read from it. Sections of a
    // submission are otherwise in file order; OCR text is appended at the
    // end of Document::text, so a GRAPHIC section may point past later
    // sections (changing earlier offsets would break the header spans).
    bool last_of_binary =
        i + 1 == jobs.size() || jobs[i + 1].binary != jobs[i].binary;
    if (last_of_binary) {
      if (section_start != std::string::npos && bin.section >= 0 &&
          static_cast<size_t>(bin.section) < doc->sections.size()) {
        Section& s = doc->sections[bin.section];
        if (s.start == s.end) {
          s.start = section_start;
          s.end = doc->text.size();
        }
      }
      section_start = std::string::npos;
    }
  }
  doc->binaries.clear();

  if (ocr_pages > 0) {
    info->engine = OcrEngineVersion();
    info->pages = ocr_pages;
    info->mean_confidence = conf_chars > 0 ? conf_sum / conf_chars : 0;
  }
  if (read_pages == 0 && !had_text && !first_error.empty()) {
    // The input was nothing but this binary: its failure is the error,
    // not a warning as well.
    auto& w = doc->warnings;
    w.erase(std::remove(w.begin(), w.end(), first_error), w.end());
    return Status::Error(first_error);
  }
  return Status::Ok();
}

std::string OcrEngineVersion() { return "tesseract " + TesseractVersion(); }

}  // namespace secx
