#include "extract/ocr/engine.h"

#include <dlfcn.h>
#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <utility>
#include <vector>

#include "extract/ocr/ink_runs.h"
#include "extract/text_util.h"

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

// Lone marks: text-sized ink the page reading left uncovered. Tesseract's
// page layout analysis drops a line made of one short glyph group far from
// other text, such as a page number centred under the body ("2"), and the
// lines of a block it took for a picture (a barcode beside a form's title
// makes the title and the file-number box beside it one "image"). The ink
// outside every word box, without the rules and box edges a form draws, is
// joined into line-sized patches, and each patch of text height is read on
// its own as a single line; what reads as letters or digits with good
// confidence becomes a word of a line of its own.
constexpr int kMaxLonePatches = 24;          // per page: bounds the cost
constexpr float kMinLoneConfidence = 75.0f;  // below: speckle, stamp, scrawl
// A group of digits (a file number in its box, a page number) has a shape
// no speckle or scrawl takes, and Tesseract doubts small digits in a box
// more than words: it is kept from this confidence.
constexpr float kMinLoneDigitsConfidence = 55.0f;
constexpr int kEdgeShare = 32;  // side edges: 1/32 of the width (~0.27 in)
// A "word" Tesseract read into a barcode, a logo or a picture: over twice
// the text height and doubted. It is no text, and its box hides none.
constexpr double kPictureWordHeight = 2.0;
constexpr float kPictureWordMaxConfidence = 30.0f;

void DropPictureWords(double median, Reading* r) {
  std::vector<OcrWord> kept;
  kept.reserve(r->words.size());
  double conf_sum = 0;
  size_t chars = 0;
  for (OcrWord& w : r->words) {
    if (w.box.bottom - w.box.top > kPictureWordHeight * median &&
        w.confidence < kPictureWordMaxConfidence) {
      continue;
    }
    conf_sum += static_cast<double>(w.confidence) * w.text.size();
    chars += w.text.size();
    kept.push_back(std::move(w));
  }
  r->words = std::move(kept);
  r->chars = chars;
  r->mean_confidence = chars > 0 ? static_cast<float>(conf_sum / chars) : 0;
}

// Four or more digits, joined by hyphens only: "8-43978", "2004".
bool IsDigitGroup(const std::string& text) {
  int digits = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = text[i];
    if (std::isdigit(c)) {
      ++digits;
    } else if (c != '-' || i == 0 || i + 1 == text.size()) {
      return false;
    }
  }
  return digits >= 4;
}

// `ink` is the page's thresholded image (1 bpp, 1 = ink), ours to free.
void ReadLoneMarks(tesseract::TessBaseAPI& api, Pix* ink, Reading* r) {
  const double median = MedianTextHeight(*r);
  if (median <= 0 || ink == nullptr) {  // too little text to know its size
    pixDestroy(&ink);
    return;
  }
  const int h = std::max(4, static_cast<int>(median));
  DropPictureWords(median, r);

  const int width = pixGetWidth(ink), height = pixGetHeight(ink);
  // Whiten what the reading covered, with a margin for the parts of
  // glyphs a word box leaves out.
  const int margin = h / 3;
  for (const OcrWord& w : r->words) {
    BOX* box = boxCreate(w.box.left - margin, w.box.top - margin,
                         w.box.right - w.box.left + 2 * margin,
                         w.box.bottom - w.box.top + 2 * margin);
    pixClearInRect(ink, box);
    boxDestroy(&box);
  }
  // Rules and box edges: runs of ink longer than any glyph, across (four
  // text heights) or down (two).
  // (ink_runs.h: the pixels of Leptonica's brick openings and dilation,
  // from one reading of the ink instead of a page pass per brick pixel.)
  ClearLongRuns(ink, 4 * h, 2 * h);
  // Words of one line (gaps under the text height) become one patch.
  Pix* joined = DilateAcross(ink, std::max(1, h));
  Boxa* patches = joined ? pixConnComp(joined, nullptr, 8) : nullptr;
  std::vector<Box> candidates;
  for (int i = 0; patches != nullptr && i < boxaGetCount(patches); ++i) {
    l_int32 x, y, bw, bh;
    if (boxaGetBoxGeometry(patches, i, &x, &y, &bw, &bh) != 0) continue;
    // Text height, and no longer than a line: logos, signatures and
    // specks are not.
    if (bh < h / 2 || bh > h * 3 / 2 || bw < h / 4 || bw > 40 * h) continue;
    // Marks along the page's side edges are the scanner's or the paper's
    // (punched holes, the edge of the sheet), not text.
    if (x < width / kEdgeShare || x + bw > width - width / kEdgeShare) {
      continue;
    }
    Box b;
    b.left = std::max(0, x - margin);
    b.top = std::max(0, y - margin);
    b.right = std::min(width, x + bw + margin);
    b.bottom = std::min(height, y + bh + margin);
    candidates.push_back(b);
  }
  boxaDestroy(&patches);
  pixDestroy(&joined);
  pixDestroy(&ink);
  if (candidates.empty() ||
      static_cast<int>(candidates.size()) > kMaxLonePatches) {
    return;  // none, or so many that the page is noise, not lone marks
  }

  int block = 0;
  for (const OcrWord& w : r->words) block = std::max(block, w.block + 1);
  // A patch's rectangle takes in a margin round its ink, which may reach
  // into a word the page reading made, whose box left part of its ink out:
  // a word read there again ("One Liberty erty Plaza") overlaps that word
  // on its line and is not a new one. Words the page reading made come
  // first in r->words.
  const size_t page_words = r->words.size();
  auto read_before = [&](const Box& b) {
    for (size_t k = 0; k < page_words; ++k) {
      const Box& o = r->words[k].box;
      int ox = std::min(b.right, o.right) - std::max(b.left, o.left);
      int oy = std::min(b.bottom, o.bottom) - std::max(b.top, o.top);
      if (ox > 0 && 2 * oy > b.bottom - b.top) return true;
    }
    return false;
  };
  double conf_sum = static_cast<double>(r->mean_confidence) * r->chars;
  api.SetPageSegMode(tesseract::PSM_SINGLE_LINE);
  for (const Box& b : candidates) {
    api.SetRectangle(b.left, b.top, b.right - b.left, b.bottom - b.top);
    if (api.Recognize(nullptr) != 0) continue;
    std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
    Reading patch = ReadIterator(it.get());
    bool added = false;
    for (OcrWord& w : patch.words) {
      if (!HasAlnum(w.text) || read_before(w.box)) continue;
      if (w.confidence < (IsDigitGroup(w.text) ? kMinLoneDigitsConfidence
                                               : kMinLoneConfidence)) {
        continue;
      }
      if (!added) {
        OcrLine line;
        line.box = b;
        line.block = block;
        r->lines.push_back(line);
        added = true;
      }
      w.line = static_cast<int>(r->lines.size()) - 1;
      w.block = block;
      w.para_start = true;
      conf_sum += static_cast<double>(w.confidence) * w.text.size();
      r->chars += w.text.size();
      r->words.push_back(std::move(w));
    }
    if (added) ++block;
  }
  if (r->chars > 0) r->mean_confidence = static_cast<float>(conf_sum / r->chars);
}

// Digits at the edge of a number that the page reading left out: "0019"
// for a ZIP code "10019" whose "1" stands close to specks or a rule the
// layout analysis took it with. A word of digits only with glyph-sized
// ink right beside it (within its height's reach, as tall as half a
// digit, in no other word) is read again on its own with that ink; the
// new reading replaces it only when it is the same digits with one or two
// more at that edge, read with good confidence.
constexpr float kMinEdgeDigitsConfidence = 70.0f;
// Per page: each re-read is one single-line recognition, so a page of
// hundreds of numbers in wide boxes (a scanned schedule) costs at most
// this many; a cover or a form's head has a handful.
constexpr int kMaxEdgeRereads = 24;

// Whether `ink` holds, in [left, right) x [top, bottom), a glyph's worth of
// ink: as tall as half the text height.
bool GlyphInk(Pix* ink, int left, int top, int right, int bottom, int h) {
  if (right <= left || bottom <= top) return false;
  BOX* b = boxCreate(left, top, right - left, bottom - top);
  Pix* clip = pixClipRectangle(ink, b, nullptr);
  boxDestroy(&b);
  if (clip == nullptr) return false;
  BOX* fg = nullptr;
  bool glyph = false;
  if (pixClipToForeground(clip, nullptr, &fg) == 0 && fg != nullptr) {
    l_int32 x, y, w, hh;
    boxGetGeometry(fg, &x, &y, &w, &hh);
    glyph = hh * 2 >= h && w * 8 >= h && w < 2 * h;
    boxDestroy(&fg);
  }
  pixDestroy(&clip);
  return glyph;
}

// `ink` is the page's thresholded image, taken before any rectangle is
// read again (reading a rectangle thresholds only that).
void ReadDigitEdges(tesseract::TessBaseAPI& api, Pix* ink, Reading* r) {
  if (ink == nullptr) return;
  int rereads = 0;
  for (size_t i = 0; i < r->words.size() && rereads < kMaxEdgeRereads; ++i) {
    OcrWord& w = r->words[i];
    if (w.text.size() < 3 || w.text.size() > 9 || !AllAsciiDigits(w.text)) continue;
    const int h = w.box.bottom - w.box.top;
    if (h < 8) continue;
    const int reach = h * 3 / 4;
    Box left{w.box.left - reach, w.box.top, w.box.left - 1, w.box.bottom};
    Box right{w.box.right + 1, w.box.top, w.box.right + reach, w.box.bottom};
    auto free_of_words = [&](const Box& b) {
      for (size_t k = 0; k < r->words.size(); ++k) {
        if (k == i) continue;
        const Box& o = r->words[k].box;
        if (std::min(b.right, o.right) > std::max(b.left, o.left) &&
            std::min(b.bottom, o.bottom) > std::max(b.top, o.top)) {
          return false;
        }
      }
      return true;
    };
    bool wl = free_of_words(left), wr = free_of_words(right);
    wl = wl && GlyphInk(ink, left.left, left.top, left.right, left.bottom, h);
    wr = wr && GlyphInk(ink, right.left, right.top, right.right, right.bottom, h);
    // Or room in the word's own box for a glyph more than its digits take
    // (a digit is at most about as wide as three quarters of its height):
    // the left-out digit is inside it, at either end.
    if (!wl && !wr && static_cast<int>(w.box.right - w.box.left) >
                          static_cast<int>(w.text.size() + 1) * h * 3 / 4) {
      wl = wr = true;
      left.left = w.box.left - 2;
      right.right = w.box.right + 2;
    }
    if (!wl && !wr) continue;
    const int x0 = std::max(0, wl ? left.left : w.box.left - 2);
    const int x1 = std::min(pixGetWidth(ink), wr ? right.right : w.box.right + 2);
    const int y0 = std::max(0, w.box.top - h / 4);
    const int y1 = std::min(pixGetHeight(ink), w.box.bottom + h / 4);
    api.SetPageSegMode(tesseract::PSM_SINGLE_LINE);
    api.SetRectangle(x0, y0, x1 - x0, y1 - y0);
    ++rereads;
    if (api.Recognize(nullptr) != 0) continue;
    std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
    Reading again = ReadIterator(it.get());
    // One number in the rectangle (specks beside it read as marks or a
    // letter are left as the page reading left them).
    const OcrWord* number = nullptr;
    int numbers = 0;
    for (const OcrWord& q : again.words) {
      if (q.text.find_first_of("0123456789") == std::string::npos) continue;
      ++numbers;
      number = &q;
    }
    if (numbers != 1) continue;
    const OcrWord& n = *number;
    if (n.confidence < kMinEdgeDigitsConfidence ||
        !DigitsGrownAtEdge(w.text, n.text, wl, wr)) {
      continue;
    }
    r->chars += n.text.size() - w.text.size();
    w.text = n.text;
    w.box.left = std::min(w.box.left, n.box.left);
    w.box.right = std::max(w.box.right, n.box.right);
    w.confidence = std::min(w.confidence, n.confidence);
  }
}

}  // namespace

bool DigitsGrownAtEdge(const std::string& was, const std::string& now,
                       bool left, bool right) {
  if (!AllAsciiDigits(was) || !AllAsciiDigits(now) || now.size() <= was.size() ||
      now.size() > was.size() + 2) {
    return false;
  }
  return (left && now.compare(now.size() - was.size(), was.size(), was) == 0) ||
         (right && now.compare(0, was.size(), was) == 0);
}

bool HasAlnum(const std::string& text) {
  for (unsigned char c : text) {
    if (std::isalnum(c)) return true;
  }
  return false;
}

double MedianTextHeight(const Reading& reading) {
  std::vector<double> heights;
  for (const OcrWord& w : reading.words) {
    if (HasAlnum(w.text)) heights.push_back(w.box.bottom - w.box.top);
  }
  if (heights.size() < 5) return 0;
  std::nth_element(heights.begin(), heights.begin() + heights.size() / 2,
                   heights.end());
  return heights[heights.size() / 2];
}

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

namespace {

// A word's form: digits as 9, letters as a, everything else as itself.
std::string WordForm(const std::string& text) {
  std::string form;
  form.reserve(text.size());
  for (unsigned char c : text) {
    form += std::isdigit(c) ? '9' : std::isalpha(c) ? 'a' : static_cast<char>(c);
  }
  return form;
}

std::string LettersAndDigits(const std::string& text) {
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c)) out += static_cast<char>(std::tolower(c));
  }
  return out;
}

double BoxOverlap(const Box& a, const Box& b) {
  const int ox = std::min(a.right, b.right) - std::max(a.left, b.left);
  const int oy = std::min(a.bottom, b.bottom) - std::max(a.top, b.top);
  if (ox <= 0 || oy <= 0) return 0;
  const double both = static_cast<double>(ox) * oy;
  const double area_a =
      static_cast<double>(a.right - a.left) * (a.bottom - a.top);
  const double area_b =
      static_cast<double>(b.right - b.left) * (b.bottom - b.top);
  return both / (area_a + area_b - both);
}

constexpr double kMendOverlap = 0.8;
constexpr size_t kMaxDoubtful = 40;
constexpr float kMendConfidence = 85.0f;
constexpr float kMendMargin = 30.0f;

}  // namespace

int MendFromSecondReading(const Reading& other, Reading* reading) {
  std::vector<bool> mended(reading->words.size(), false);
  int count = 0;
  for (const OcrWord& w : other.words) {
    if (!HasAlnum(w.text) || w.confidence < kMendConfidence) continue;
    const std::string form = WordForm(w.text);
    const std::string letters = LettersAndDigits(w.text);
    for (size_t k = 0; k < reading->words.size(); ++k) {
      OcrWord& o = reading->words[k];
      if (mended[k] || o.text == w.text ||
          w.confidence < o.confidence + kMendMargin ||
          BoxOverlap(o.box, w.box) < kMendOverlap) {
        continue;
      }
      const std::string own = LettersAndDigits(o.text);
      if (WordForm(o.text) == form ||
          (own.size() > letters.size() &&
           own.find(letters) != std::string::npos)) {
        continue;
      }
      double conf_sum = static_cast<double>(reading->mean_confidence) *
                        static_cast<double>(reading->chars);
      conf_sum += static_cast<double>(w.confidence) * w.text.size() -
                  static_cast<double>(o.confidence) * o.text.size();
      reading->chars = reading->chars - o.text.size() + w.text.size();
      reading->mean_confidence =
          reading->chars > 0 ? static_cast<float>(conf_sum / reading->chars)
                             : 0;
      o.text = w.text;
      o.confidence = w.confidence;
      mended[k] = true;
      ++count;
      break;
    }
  }
  return count;
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
  it.reset();
  if (!monitor.deadline_exceeded()) {
    Pix* ink = api.GetThresholdedImage();  // before any rectangle is read
    ReadDigitEdges(api, ink, &r);
    ReadLoneMarks(api, ink, &r);  // frees ink
  }
  if (monitor.deadline_exceeded()) {
    return Status::Error("recognition took over " +
                         std::to_string(options.page_timeout_ms / 1000) +
                         " s and was stopped");
  }
  return r;
}

Result<Reading> RecognizeDoubtful(Pix* image, int dpi,
                                  const OcrOptions& options,
                                  const Reading& reading) {
  const double median = MedianTextHeight(reading);
  if (median <= 0) return Reading();
  const int h = static_cast<int>(median);
  std::vector<const OcrWord*> doubtful;
  for (const OcrWord& w : reading.words) {
    const int wh = w.box.bottom - w.box.top;
    if (w.confidence <= 70.0f && HasAlnum(w.text) && wh >= h / 2 &&
        wh <= 3 * h) {
      doubtful.push_back(&w);
    }
  }
  if (doubtful.empty()) return Reading();
  // The least sure first, at most kMaxDoubtful of them.
  std::stable_sort(doubtful.begin(), doubtful.end(),
                   [](const OcrWord* a, const OcrWord* b) {
                     return a->confidence < b->confidence;
                   });
  if (doubtful.size() > kMaxDoubtful) doubtful.resize(kMaxDoubtful);
  Lease lease(EnginePool::Get().Lease(options.language));
  if (lease.get() == nullptr) {
    return Status::Error("Tesseract cannot load language '" + options.language +
                         "'");
  }
  tesseract::TessBaseAPI& api = lease.get()->api;
  api.SetPageSegMode(tesseract::PSM_SPARSE_TEXT);
  api.SetImage(image);
  if (dpi > 0) api.SetSourceResolution(dpi);
  const int width = pixGetWidth(image), height = pixGetHeight(image);
  Reading out;
  for (const OcrWord* w : doubtful) {
    const int left = std::max(0, w->box.left - h);
    const int top = std::max(0, w->box.top - h / 2);
    const int right = std::min(width, w->box.right + h);
    const int bottom = std::min(height, w->box.bottom + h / 2);
    if (right <= left || bottom <= top) continue;
    api.SetRectangle(left, top, right - left, bottom - top);
    if (api.Recognize(nullptr) != 0) continue;
    std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
    Reading part = ReadIterator(it.get());
    for (OcrWord& x : part.words) out.words.push_back(std::move(x));
  }
  return out;
}

}  // namespace secx
