#include "extract/ocr/image_source.h"

#include <jpeglib.h>
#include <leptonica/allheaders.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <csetjmp>
#include <cstring>
#include <mutex>
#include <set>
#include <vector>

#include "extract/ocr/page_text.h"

namespace secx {

void PixDeleter::operator()(Pix* pix) const { pixDestroy(&pix); }

namespace {

// Pixel buffers of Leptonica images, written before anything reads them.
// pixCreateNoInit, behind most Leptonica and Tesseract image operations,
// reads the last word of every raster line to set its pad bits. On fresh
// memory that read maps the kernel's shared zero page, and the write that
// follows replaces it: a copy-on-write fault, which must flush the TLB of
// every other core running one of secx's threads, by an interprocessor
// interrupt (costly in a virtual machine). With two page workers that was
// about 6% of OCR CPU. Writing one byte of each memory page of a buffer
// first turns its page faults into plain allocations. (The contents need
// no initialising: pixCreate clears them itself. And not a memset: the
// compiler turns malloc plus memset into calloc, which skips fresh pages.)
constexpr size_t kTouchPixelsFrom = 64 * 1024;  // smaller: reused heap
constexpr size_t kMemoryPage = 4096;

void* AllocPixels(size_t bytes) {
  void* p = std::malloc(bytes);
  if (p != nullptr && bytes >= kTouchPixelsFrom) {
    volatile char* c = static_cast<char*>(p);
    for (size_t i = 0; i < bytes; i += kMemoryPage) c[i] = 0;
  }
  return p;
}

void FreePixels(void* p) { std::free(p); }

// Once per process: Leptonica and poppler report every problem on stderr;
// secx reports its own one-line errors instead, so both are silenced. And
// Leptonica's pixel buffers come from AllocPixels.
void QuietLibraries() {
  static std::once_flag once;
  std::call_once(once, [] {
    setPixMemoryManager(AllocPixels, FreePixels);
    setMsgSeverity(L_SEVERITY_NONE);
    poppler::set_debug_error_function([](const std::string&, void*) {},
                                      nullptr);
  });
}

std::string Megapixels(long long pixels) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.0f Mpixel", pixels / 1e6);
  return buf;
}

std::string TooBig(int w, int h, const OcrOptions& options) {
  return "image is " + std::to_string(w) + "x" + std::to_string(h) +
         " pixels, over the " + Megapixels(options.max_pixels) + " limit";
}

// ---------------------------------------------------------------- images

uint32_t BigEndian32(const std::string& b, size_t at) {
  return (static_cast<uint32_t>(static_cast<unsigned char>(b[at])) << 24) |
         (static_cast<uint32_t>(static_cast<unsigned char>(b[at + 1])) << 16) |
         (static_cast<uint32_t>(static_cast<unsigned char>(b[at + 2])) << 8) |
         static_cast<uint32_t>(static_cast<unsigned char>(b[at + 3]));
}

// The chunk chain of a PNG, walked up to IEND without decoding. libpng
// prints its complaints about a truncated file on stderr before leptonica
// sees the failure; checked first, the cause comes out as one line.
Status CheckPngChunks(const std::string& b) {
  static const char kSignature[] = "\x89PNG\r\n\x1a\n";
  if (b.size() < 8 || b.compare(0, 8, kSignature, 8) != 0) {
    return Status::Error("not a png image (no PNG signature)");
  }
  size_t at = 8;
  while (at + 8 <= b.size()) {
    uint64_t length = BigEndian32(b, at);
    std::string type = b.substr(at + 4, 4);
    for (char& c : type) {
      if (!std::isalpha(static_cast<unsigned char>(c))) c = '?';
    }
    if (at + 12 + length > b.size()) {
      return Status::Error("truncated png image: the file ends inside its " +
                           type + " chunk (" + std::to_string(b.size()) +
                           " bytes)");
    }
    if (type == "IEND") return Status::Ok();
    at += 12 + length;
  }
  return Status::Error("truncated png image: no IEND chunk (" +
                       std::to_string(b.size()) + " bytes)");
}

// JPEG decoding with libjpeg directly, so that its messages ("Corrupt JPEG
// data: 12 extraneous bytes before marker 0xd9") become secx's page note
// instead of a line of its own on stderr (Leptonica leaves libjpeg's
// message printer in place). Gray and colour JPEGs; `reduction` 1, 2, 4 or
// 8 scales at decode time. Null on an error (`*message` says which), and
// for CMYK, which the caller leaves to Leptonica.
struct JpegErrors {
  jpeg_error_mgr mgr;
  std::jmp_buf jump;
  std::string messages;
};

// Adds libjpeg's current message to the ones gathered, "; " between them.
void AddJpegMessage(j_common_ptr cinfo, JpegErrors* e) {
  char text[JMSG_LENGTH_MAX];
  (*cinfo->err->format_message)(cinfo, text);
  if (!e->messages.empty()) e->messages += "; ";
  e->messages += text;
}

void JpegFail(j_common_ptr cinfo) {
  auto* e = reinterpret_cast<JpegErrors*>(cinfo->err);
  AddJpegMessage(cinfo, e);
  std::longjmp(e->jump, 1);
}

void JpegMessage(j_common_ptr cinfo) {
  auto* e = reinterpret_cast<JpegErrors*>(cinfo->err);
  if (e->messages.size() > 200) return;  // one is enough to say it
  AddJpegMessage(cinfo, e);
}

Pix* DecodeJpeg(const l_uint8* data, size_t size, int reduction,
                std::string* message) {
  jpeg_decompress_struct cinfo;
  JpegErrors errors;
  cinfo.err = jpeg_std_error(&errors.mgr);
  errors.mgr.error_exit = JpegFail;
  errors.mgr.output_message = JpegMessage;
  Pix* pix = nullptr;
  if (setjmp(errors.jump)) {
    jpeg_destroy_decompress(&cinfo);
    pixDestroy(&pix);
    *message = errors.messages;
    return nullptr;
  }
  jpeg_create_decompress(&cinfo);
  jpeg_mem_src(&cinfo, data, static_cast<unsigned long>(size));
  jpeg_read_header(&cinfo, TRUE);
  if (cinfo.jpeg_color_space == JCS_CMYK || cinfo.jpeg_color_space == JCS_YCCK) {
    jpeg_destroy_decompress(&cinfo);
    return nullptr;
  }
  bool gray = cinfo.num_components == 1;
  cinfo.out_color_space = gray ? JCS_GRAYSCALE : JCS_RGB;
  cinfo.scale_num = 1;
  cinfo.scale_denom = static_cast<unsigned int>(std::max(1, reduction));
  jpeg_start_decompress(&cinfo);
  const int w = static_cast<int>(cinfo.output_width);
  const int h = static_cast<int>(cinfo.output_height);
  pix = pixCreate(w, h, gray ? 8 : 32);
  if (pix == nullptr) {
    jpeg_destroy_decompress(&cinfo);
    *message = "no memory for the image";
    return nullptr;
  }
  // libjpeg's own pool: freed by jpeg_destroy_decompress, also after an
  // error's longjmp (which would skip a C++ destructor).
  JSAMPARRAY rows = (*cinfo.mem->alloc_sarray)(
      reinterpret_cast<j_common_ptr>(&cinfo), JPOOL_IMAGE,
      static_cast<JDIMENSION>(w * (gray ? 1 : 3)), 1);
  const JSAMPLE* row = rows[0];
  l_uint32* out = pixGetData(pix);
  const int wpl = pixGetWpl(pix);
  while (cinfo.output_scanline < cinfo.output_height) {
    int y = static_cast<int>(cinfo.output_scanline);
    jpeg_read_scanlines(&cinfo, rows, 1);
    l_uint32* line = out + static_cast<size_t>(y) * wpl;
    for (int x = 0; x < w; ++x) {
      if (gray) {
        SET_DATA_BYTE(line, x, row[x]);
      } else {
        composeRGBPixel(row[3 * x], row[3 * x + 1], row[3 * x + 2], line + x);
      }
    }
  }
  if (cinfo.density_unit == 1 || cinfo.density_unit == 2) {
    double per_inch = cinfo.density_unit == 2 ? 2.54 : 1.0;
    int xres = static_cast<int>(cinfo.X_density * per_inch / std::max(1, reduction) + 0.5);
    int yres = static_cast<int>(cinfo.Y_density * per_inch / std::max(1, reduction) + 0.5);
    pixSetResolution(pix, xres, yres);
  }
  jpeg_finish_decompress(&cinfo);
  jpeg_destroy_decompress(&cinfo);
  *message = errors.messages;
  return pix;
}

// A JPEG starts with SOI (FF D8) and ends with EOI (FF D9), give or take
// some padding a scanner may append. libjpeg decodes a truncated file with
// a warning on stderr and grey where the data ran out.
Status CheckJpegMarkers(const std::string& b) {
  if (b.size() < 4 || static_cast<unsigned char>(b[0]) != 0xFF ||
      static_cast<unsigned char>(b[1]) != 0xD8) {
    return Status::Error("not a jpeg image (no start-of-image marker)");
  }
  constexpr size_t kTailPadding = 4096;
  size_t from = b.size() > kTailPadding ? b.size() - kTailPadding : 2;
  for (size_t i = b.size() - 1; i > from; --i) {
    if (static_cast<unsigned char>(b[i]) == 0xD9 &&
        static_cast<unsigned char>(b[i - 1]) == 0xFF) {
      return Status::Ok();
    }
  }
  return Status::Error("truncated jpeg image: no end-of-image marker (" +
                       std::to_string(b.size()) + " bytes)");
}

// A single image, or every image of a multi-page TIFF.
class RasterSource : public ImageSource {
 public:
  RasterSource(const Binary& binary, const OcrOptions& options, int pages)
      : binary_(binary), options_(options), pages_(pages) {}

  int PageCount() const override { return pages_; }

  Result<SourcePage> LoadPage(int index) const override {
    const auto* data = reinterpret_cast<const l_uint8*>(binary_.bytes.data());
    size_t size = binary_.bytes.size();
    SourcePage page;
    Pix* pix = nullptr;
    if (pages_ > 1) {
      pix = pixReadMemTiff(data, size, index);
    } else {
      l_int32 format = 0, w = 0, h = 0, bps = 0, spp = 0, cmap = 0;
      if (pixReadHeaderMem(data, size, &format, &w, &h, &bps, &spp, &cmap) !=
              0 ||
          w <= 0 || h <= 0) {
        return Status::Error("corrupt or unsupported " + binary_.format +
                             " image");
      }
      long long pixels = static_cast<long long>(w) * h;
      if (pixels > options_.max_pixels) {
        // JPEG can be decoded at 1/2, 1/4 or 1/8 size for free; anything
        // else that big is refused rather than risk gigabytes of memory.
        int reduction = 0;
        for (int r : {2, 4, 8}) {
          if (pixels / (static_cast<long long>(r) * r) <= options_.max_pixels) {
            reduction = r;
            break;
          }
        }
        if (format != IFF_JFIF_JPEG || reduction == 0) {
          return Status::Error(TooBig(w, h, options_));
        }
        std::string said;
        pix = DecodeJpeg(data, size, reduction, &said);
        page.note = TooBig(w, h, options_) + "; decoded at 1/" +
                    std::to_string(reduction) + " size";
        if (!said.empty()) page.note += "; jpeg: " + said;
      } else if (format == IFF_JFIF_JPEG) {
        std::string said;
        pix = DecodeJpeg(data, size, 1, &said);
        if (pix == nullptr && said.empty()) pix = pixReadMem(data, size);
        if (pix == nullptr && !said.empty()) {
          return Status::Error("corrupt jpeg image: " + said);
        }
        if (!said.empty()) page.note = "jpeg: " + said;
      } else {
        pix = pixReadMem(data, size);
      }
    }
    if (pix == nullptr) {
      return Status::Error(
          "corrupt or unsupported " + binary_.format + " image" +
          (pages_ > 1 ? " (page " + std::to_string(index + 1) + ")" : ""));
    }
    page.image.reset(pix);
    int w = pixGetWidth(pix), h = pixGetHeight(pix);
    if (static_cast<long long>(w) * h > options_.max_pixels) {
      return Status::Error(TooBig(w, h, options_));
    }
    page.dpi = pixGetXRes(pix);
    return page;
  }

 private:
  const Binary& binary_;
  const OcrOptions& options_;
  int pages_;
};

// ------------------------------------------------------------------- PDF

// A lent poppler document: poppler objects must not be used by two threads
// at once, so each concurrent LoadPage takes its own parsed copy of the
// file from a small free list (parsing again costs milliseconds; the copies
// share the bytes).
// A PDF text layer laid out like an OCR page (page_text.h). Poppler's own
// physical layout puts each word on the baseline it was drawn at, and the
// text layers of scanned filings (OCR run by the filer's software) draw the
// words of one printed row at slightly different heights: a caption and its
// value, or the two halves of "SEC FILE NUMBER", land on separate lines.
// Rows grouped by vertical overlap, as for Tesseract's words, keep them
// together; x positions become character columns the same way.
std::string TextLayerLayout(poppler::page* page) {
  constexpr double kScale = 200.0 / 72.0;  // points to 200-dpi pixels
  std::vector<poppler::text_box> boxes = page->text_list();
  std::vector<OcrWord> words;
  for (poppler::text_box& tb : boxes) {
    poppler::byte_array utf8 = tb.text().to_utf8();
    std::string text(utf8.begin(), utf8.end());
    if (text.empty()) continue;
    poppler::rectf b = tb.bbox();
    if (!std::isfinite(b.x()) || !std::isfinite(b.y()) ||
        !(b.width() >= 0) || !(b.height() > 0)) {
      continue;
    }
    OcrWord w;
    w.text = std::move(text);
    w.box.left = static_cast<int>(std::lround(b.left() * kScale));
    w.box.top = static_cast<int>(std::lround(b.top() * kScale));
    w.box.right = static_cast<int>(std::lround(b.right() * kScale));
    w.box.bottom = static_cast<int>(std::lround(b.bottom() * kScale));
    w.confidence = 100;
    words.push_back(std::move(w));
  }
  // Lines chained left to right: each word joins the line whose last word
  // ends before it and sits at the nearest height, within half a word
  // height. Chaining neighbour to neighbour follows a skewed scan's rows
  // (the text layer keeps the skew) where one height for the whole row
  // would not.
  std::stable_sort(words.begin(), words.end(),
                   [](const OcrWord& a, const OcrWord& b) {
                     return a.box.left < b.box.left;
                   });
  struct Open {
    Box last;
    int line;
  };
  std::vector<Open> open;
  Reading r;
  for (OcrWord& w : words) {
    double centre = (w.box.top + w.box.bottom) / 2.0;
    int height = w.box.bottom - w.box.top;
    int best = -1;
    double best_d = 0;
    for (size_t k = 0; k < open.size(); ++k) {
      const Box& p = open[k].last;
      int slack = std::max(2, (p.bottom - p.top) / 4);
      if (p.right > w.box.left + slack) continue;
      double d = std::fabs((p.top + p.bottom) / 2.0 - centre);
      double tol = 0.5 * std::max(height, p.bottom - p.top);
      if (d <= tol && (best < 0 || d < best_d)) {
        best = static_cast<int>(k);
        best_d = d;
      }
    }
    if (best < 0) {
      OcrLine line;
      line.box = w.box;
      r.lines.push_back(line);
      open.push_back({w.box, static_cast<int>(r.lines.size()) - 1});
      best = static_cast<int>(open.size()) - 1;
    } else {
      open[best].last = w.box;
    }
    w.line = open[best].line;
    r.words.push_back(std::move(w));
  }
  return LayOutPage(r).text;
}

class PdfSource : public ImageSource {
 public:
  PdfSource(const Binary& binary, const OcrOptions& options,
            std::unique_ptr<poppler::document> first, int pages,
            bool scanned)
      : binary_(binary), options_(options), pages_(pages), scanned_(scanned) {
    free_.push_back(std::move(first));
  }

  int PageCount() const override { return pages_; }

  Result<SourcePage> LoadPage(int index) const override {
    std::unique_ptr<poppler::document> doc = Borrow();
    if (!doc) return Status::Error("PDF cannot be parsed");
    Result<SourcePage> page = ReadPage(doc.get(), index);
    Return(std::move(doc));
    return page;
  }

 private:
  std::unique_ptr<poppler::document> Borrow() const {
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (!free_.empty()) {
        std::unique_ptr<poppler::document> doc = std::move(free_.back());
        free_.pop_back();
        return doc;
      }
    }
    return std::unique_ptr<poppler::document>(
        poppler::document::load_from_raw_data(
            binary_.bytes.data(), static_cast<int>(binary_.bytes.size())));
  }

  void Return(std::unique_ptr<poppler::document> doc) const {
    std::lock_guard<std::mutex> lock(mu_);
    free_.push_back(std::move(doc));
  }

  Result<SourcePage> ReadPage(poppler::document* doc, int index) const {
    std::unique_ptr<poppler::page> page(doc->create_page(index));
    if (!page) {
      return Status::Error("PDF page " + std::to_string(index + 1) +
                           " cannot be read");
    }
    SourcePage out;
    if (options_.mode != OcrMode::kAlways) {
      out.text = TextLayerLayout(page.get());
      // A scanned document's text layer is another program's OCR: read
      // the page image instead (see CountPageScans).
      if ((UsableTextLayer(out.text) && !scanned_) ||
          options_.mode == OcrMode::kNever) {
        out.from_text_layer = true;
        return out;
      }
      out.text.clear();
    }
    return Render(page.get(), index, std::move(out));
  }

  Result<SourcePage> Render(poppler::page* page, int index,
                            SourcePage out) const {
    poppler::rectf rect = page->page_rect(poppler::media_box);
    double area_in2 = (rect.width() / 72.0) * (rect.height() / 72.0);
    if (!(area_in2 > 0) || !std::isfinite(area_in2)) {
      return Status::Error("PDF page " + std::to_string(index + 1) +
                           " has no size");
    }
    // Lower the resolution of huge pages so the raster stays in budget.
    double dpi = options_.pdf_dpi;
    double max_dpi = std::sqrt(options_.max_pixels / area_in2);
    if (dpi > max_dpi) {
      dpi = std::floor(max_dpi);
      out.note = "PDF page " + std::to_string(index + 1) + " rendered at " +
                 std::to_string(static_cast<int>(dpi)) +
                 " dpi to stay under the pixel limit";
    }
    if (dpi < 20) {
      return Status::Error("PDF page " + std::to_string(index + 1) +
                           " is too large to render");
    }
    poppler::page_renderer renderer;
    renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
    renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
    renderer.set_image_format(poppler::image::format_gray8);
    poppler::image img = renderer.render_page(page, dpi, dpi);
    if (!img.is_valid() || img.width() <= 0 || img.height() <= 0) {
      return Status::Error("PDF page " + std::to_string(index + 1) +
                           " cannot be rendered");
    }
    int w = img.width(), h = img.height();
    Pix* pix = pixCreate(w, h, 8);
    if (pix == nullptr)
      return Status::Error("out of memory rendering PDF page");
    l_uint32* data = pixGetData(pix);
    int wpl = pixGetWpl(pix);
    const char* src = img.const_data();
    int stride = img.bytes_per_row();
    for (int y = 0; y < h; ++y) {
      l_uint32* line = data + static_cast<size_t>(y) * wpl;
      const auto* row = reinterpret_cast<const unsigned char*>(
          src + static_cast<size_t>(y) * stride);
      for (int x = 0; x < w; ++x) SET_DATA_BYTE(line, x, row[x]);
    }
    int idpi = static_cast<int>(std::lround(dpi));
    pixSetResolution(pix, idpi, idpi);
    out.image.reset(pix);
    out.dpi = idpi;
    return out;
  }

  const Binary& binary_;
  const OcrOptions& options_;
  int pages_;
  bool scanned_;  // as many page scans as pages
  mutable std::mutex mu_;
  mutable std::vector<std::unique_ptr<poppler::document>> free_;
};

Result<std::unique_ptr<ImageSource>> OpenPdf(const Binary& binary,
                                             const OcrOptions& options) {
  if (binary.bytes.size() > static_cast<size_t>(INT32_MAX)) {
    return Status::Error("PDF is over 2 GiB");
  }
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(
      binary.bytes.data(), static_cast<int>(binary.bytes.size())));
  if (!doc) {
    // poppler cannot tell a password-protected file from a broken one
    // through this API; the encryption dictionary can.
    if (binary.bytes.find("/Encrypt") != std::string::npos) {
      return Status::Error("PDF is encrypted and needs a password");
    }
    return Status::Error("PDF cannot be parsed (damaged or truncated)");
  }
  if (doc->is_locked()) {
    return Status::Error("PDF is encrypted and needs a password");
  }
  int pages = doc->pages();
  if (pages <= 0) return Status::Error("PDF has no pages");
  bool scanned = CountPageScans(binary.bytes) >= pages;
  return std::unique_ptr<ImageSource>(
      new PdfSource(binary, options, std::move(doc), pages, scanned));
}

uint32_t ReadU32(const std::string& b, size_t at, bool le) {
  auto c = [&](size_t i) {
    return static_cast<uint32_t>(static_cast<unsigned char>(b[at + i]));
  };
  return le ? c(0) | c(1) << 8 | c(2) << 16 | c(3) << 24
            : c(3) | c(2) << 8 | c(1) << 16 | c(0) << 24;
}

uint32_t ReadU16(const std::string& b, size_t at, bool le) {
  auto c = [&](size_t i) {
    return static_cast<uint32_t>(static_cast<unsigned char>(b[at + i]));
  };
  return le ? c(0) | c(1) << 8 : c(1) | c(0) << 8;
}

}  // namespace

int CountTiffPages(const std::string& b) {
  if (b.size() < 8) return 0;
  bool le;
  if (b.compare(0, 2, "II") == 0) {
    le = true;
  } else if (b.compare(0, 2, "MM") == 0) {
    le = false;
  } else {
    return 0;
  }
  uint32_t magic = ReadU16(b, 2, le);
  if (magic == 43) return 1;  // BigTIFF: let libtiff read the first image
  if (magic != 42) return 0;
  std::set<uint32_t> seen;
  int count = 0;
  uint32_t ifd = ReadU32(b, 4, le);
  // Offsets in 64 bits: an IFD offset near 4 GiB must not wrap around
  // (found by fuzz/fuzz_image.cc).
  while (ifd != 0 && uint64_t{ifd} + 2 <= b.size() && seen.insert(ifd).second) {
    uint64_t entries = ReadU16(b, ifd, le);
    uint64_t next_at = uint64_t{ifd} + 2 + entries * 12;
    ++count;
    if (next_at + 4 > b.size()) break;
    ifd = ReadU32(b, next_at, le);
  }
  return count;
}

int CountPageScans(std::string_view b) {
  static const RE2 kWidth(R"(/Width\s+(\d{1,6})\b)");
  static const RE2 kHeight(R"(/Height\s+(\d{1,6})\b)");
  constexpr size_t kDictReach = 1024;  // bytes around "/Subtype /Image"
  // An image's soft mask (or stencil mask) is an image of its own, of the
  // image's size: a page holding one image with a mask is one page scan,
  // not two. Masks are named by reference ("/SMask 12 0 R").
  static const RE2 kMaskRef(R"(/S?Mask\s*(\d{1,9})\s+\d{1,5}\s+R)");
  std::set<long> masks;
  {
    re2::StringPiece in(b.data(), b.size());
    long n = 0;
    while (RE2::FindAndConsume(&in, kMaskRef, &n)) masks.insert(n);
  }
  int count = 0;
  for (size_t at = b.find("/Image"); at != std::string_view::npos;
       at = b.find("/Image", at + 6)) {
    // "/Subtype /Image" (or "/Subtype/Image"), not "/ImageB" or "/ImageMask".
    if (at + 6 < b.size() && std::isalnum(static_cast<unsigned char>(b[at + 6]))) {
      continue;
    }
    size_t k = at;
    while (k > 0 && (b[k - 1] == ' ' || b[k - 1] == '\n' || b[k - 1] == '\r')) --k;
    if (k < 8 || b.compare(k - 8, 8, "/Subtype") != 0) continue;
    // The dictionary: from its object's start to its stream, at most
    // kDictReach bytes either side.
    size_t from = at > kDictReach ? at - kDictReach : 0;
    size_t obj = b.rfind("obj", at);
    if (obj != std::string_view::npos && obj > from) {
      from = obj;
      // "12 0 obj": the image's object number, skipped when a mask's.
      size_t q = obj;
      while (q > 0 && b[q - 1] == ' ') --q;
      while (q > 0 && std::isdigit(static_cast<unsigned char>(b[q - 1]))) --q;
      while (q > 0 && b[q - 1] == ' ') --q;
      size_t e = q;
      while (q > 0 && std::isdigit(static_cast<unsigned char>(b[q - 1]))) --q;
      if (q < e && e - q <= 9 &&
          masks.count(std::strtol(std::string(b.substr(q, e - q)).c_str(),
                                  nullptr, 10)) != 0) {
        continue;
      }
    }
    size_t to = std::min(b.size(), at + kDictReach);
    size_t stream = b.find("stream", at);
    if (stream != std::string_view::npos && stream < to) to = stream;
    re2::StringPiece dict(b.data() + from, to - from);
    long w = 0, h = 0;
    if (!RE2::PartialMatch(dict, kWidth, &w) ||
        !RE2::PartialMatch(dict, kHeight, &h)) {
      continue;
    }
    double aspect = static_cast<double>(std::min(w, h)) / std::max(w, h);
    // Letter 0.77, A4 0.71, legal 0.61, either way up.
    if (w * h >= kPageScanPixels && aspect >= 0.6 && aspect <= 0.85) ++count;
  }
  return count;
}

bool UsableTextLayer(const std::string& s) {
  size_t visible = 0, wordlike = 0, bad = 0;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = s[i];
    uint32_t cp;
    size_t len;
    if (c < 0x80) {
      cp = c;
      len = 1;
    } else if ((c >> 5) == 6 && i + 1 < s.size()) {
      cp = (c & 0x1F) << 6 | (s[i + 1] & 0x3F);
      len = 2;
    } else if ((c >> 4) == 14 && i + 2 < s.size()) {
      cp = (c & 0x0F) << 12 | (s[i + 1] & 0x3F) << 6 | (s[i + 2] & 0x3F);
      len = 3;
    } else {
      cp = 0x10000;  // 4-byte or broken: neither letter nor garbage marker
      len = (c >> 3) == 30 ? 4 : 1;
    }
    i += len;
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f') {
      continue;
    }
    ++visible;
    if (cp < 0x20 || cp == 0xFFFD || (cp >= 0xE000 && cp <= 0xF8FF)) {
      ++bad;
    } else if ((cp < 0x80 && std::isalnum(static_cast<int>(cp))) ||
               (cp >= 0xC0 && cp < 0x10000)) {
      ++wordlike;
    }
  }
  // A scanned page often carries a stamped page number or Bates label and
  // nothing else: that is not a text layer worth trusting.
  if (visible < 20) return false;
  if (bad * 10 > visible) return false;
  return wordlike * 2 >= visible;
}

Result<std::unique_ptr<ImageSource>> ImageSource::Open(
    const Binary& binary, const OcrOptions& options) {
  QuietLibraries();
  if (binary.bytes.empty())
    return Status::Error("empty " + binary.format + " data");
  if (binary.format == "pdf") return OpenPdf(binary, options);
  if (binary.format == "png") {
    if (Status st = CheckPngChunks(binary.bytes); !st.ok()) return st;
  } else if (binary.format == "jpeg") {
    if (Status st = CheckJpegMarkers(binary.bytes); !st.ok()) return st;
  }
  int pages = 1;
  if (binary.format == "tiff") {
    pages = CountTiffPages(binary.bytes);
    if (pages == 0) return Status::Error("corrupt or unsupported tiff image");
  }
  return std::unique_ptr<ImageSource>(new RasterSource(binary, options, pages));
}

}  // namespace secx
