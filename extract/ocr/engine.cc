#include "extract/ocr/engine.h"

#include <dlfcn.h>
#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <utility>
#include <vector>

namespace secx {
namespace {

// An initialised engine and the language it was loaded for.
struct Engine {
  std::string language;
  tesseract::TessBaseAPI api;
};

// Idle engines, initialised and ready. See engine.h for why this is a pool.
class EnginePool {
 public:
  static EnginePool& Get() {
    static EnginePool* pool = new EnginePool;  // never destroyed: engines
    return *pool;                              // may outlive static dtors
  }

  std::unique_ptr<Engine> Lease(const std::string& language) {
    {
      std::lock_guard<std::mutex> lock(mu_);
      for (size_t i = 0; i < idle_.size(); ++i) {
        if (idle_[i]->language == language) {
          std::unique_ptr<Engine> e = std::move(idle_[i]);
          idle_.erase(idle_.begin() + i);
          return e;
        }
      }
    }
    LimitOpenMpThreads();
    auto e = std::make_unique<Engine>();
    e->language = language;
    // Null datapath: Tesseract finds its default tessdata (or TESSDATA_PREFIX).
    if (e->api.Init(nullptr, language.c_str(), tesseract::OEM_DEFAULT) != 0) {
      return nullptr;
    }
    // Tesseract's progress and warnings go to stderr by default; secx
    // reports through Status and Document::warnings instead.
    e->api.SetVariable("debug_file", "/dev/null");
    return e;
  }

  void Return(std::unique_ptr<Engine> e) {
    std::lock_guard<std::mutex> lock(mu_);
    idle_.push_back(std::move(e));
  }

 private:
  std::mutex mu_;
  std::vector<std::unique_ptr<Engine>> idle_;
};

// Returns the engine to the pool however the page ends.
class Lease {
 public:
  explicit Lease(std::unique_ptr<Engine> e) : e_(std::move(e)) {}
  ~Lease() {
    if (e_) {
      e_->api.Clear();
      EnginePool::Get().Return(std::move(e_));
    }
  }
  Engine* get() { return e_.get(); }

 private:
  std::unique_ptr<Engine> e_;
};

Reading ReadIterator(tesseract::ResultIterator* it) {
  Reading r;
  if (it == nullptr) return r;
  int block = -1;
  double conf_sum = 0;
  it->Begin();
  do {
    if (it->IsAtBeginningOf(tesseract::RIL_BLOCK)) ++block;
    bool para = it->IsAtBeginningOf(tesseract::RIL_PARA);
    if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE) || r.lines.empty()) {
      OcrLine line;
      it->BoundingBox(tesseract::RIL_TEXTLINE, &line.box.left, &line.box.top,
                      &line.box.right, &line.box.bottom);
      line.block = std::max(block, 0);
      r.lines.push_back(line);
    }
    if (it->Empty(tesseract::RIL_WORD)) continue;
    std::unique_ptr<char[]> text(it->GetUTF8Text(tesseract::RIL_WORD));
    if (!text || text[0] == '\0') continue;
    OcrWord w;
    w.text = text.get();
    // Tesseract occasionally returns a word of blanks; it reads as nothing.
    if (w.text.find_first_not_of(" \t\n") == std::string::npos) continue;
    it->BoundingBox(tesseract::RIL_WORD, &w.box.left, &w.box.top, &w.box.right,
                    &w.box.bottom);
    w.confidence = it->Confidence(tesseract::RIL_WORD);
    w.line = static_cast<int>(r.lines.size()) - 1;
    w.block = std::max(block, 0);
    w.para_start = para;
    conf_sum += static_cast<double>(w.confidence) * w.text.size();
    r.chars += w.text.size();
    r.words.push_back(std::move(w));
  } while (it->Next(tesseract::RIL_WORD));
  if (r.chars > 0) r.mean_confidence = static_cast<float>(conf_sum / r.chars);
  return r;
}

}  // namespace

void LimitOpenMpThreads() {
  static std::once_flag once;
  std::call_once(once, [] {
    // Regions of libtesseract run through serial_openmp.cc; the settings
    // below keep any that reach libgomp on one thread too.
    (void)SerialOpenMpLinked();
    setenv("OMP_THREAD_LIMIT", "1", /*overwrite=*/0);
    // libtesseract's loops ask for num_threads(N) explicitly, which
    // overrides omp_set_num_threads; an active-level limit of 0 makes every
    // parallel region run on the thread that reaches it. Looked up at run
    // time because secx does not link OpenMP itself.
    using SetLevels = void (*)(int);
    auto set_levels = reinterpret_cast<SetLevels>(
        dlsym(RTLD_DEFAULT, "omp_set_max_active_levels"));
    if (set_levels != nullptr) set_levels(0);
  });
}

std::string TesseractVersion() { return tesseract::TessBaseAPI::Version(); }

Result<Reading> Recognize(Pix* image, int dpi, const OcrOptions& options) {
  Lease lease(EnginePool::Get().Lease(options.language));
  if (lease.get() == nullptr) {
    return Status::Error("Tesseract cannot load language '" + options.language +
                         "' (is tesseract-ocr-" + options.language +
                         " installed?)");
  }
  tesseract::TessBaseAPI& api = lease.get()->api;
  // Automatic page segmentation, as the tesseract CLI uses by default.
  api.SetPageSegMode(tesseract::PSM_AUTO);
  api.SetImage(image);
  if (dpi > 0) api.SetSourceResolution(dpi);
  tesseract::ETEXT_DESC monitor;
  if (options.page_timeout_ms > 0) {
    monitor.set_deadline_msecs(options.page_timeout_ms);
  }
  if (api.Recognize(&monitor) != 0) {
    if (monitor.deadline_exceeded()) {
      return Status::Error("recognition took over " +
                           std::to_string(options.page_timeout_ms / 1000) +
                           " s and was stopped");
    }
    return Status::Error("Tesseract could not recognise the page");
  }
  std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
  Reading r = ReadIterator(it.get());
  if (monitor.deadline_exceeded()) {
    return Status::Error("recognition took over " +
                         std::to_string(options.page_timeout_ms / 1000) +
                         " s and was stopped");
  }
  return r;
}

}  // namespace secx
