#include "analyze/text_store.h"

#include <zstd.h>

#include <algorithm>
#include <memory>
#include <set>

namespace secx {
namespace {

using T = SqlType;

// Level 9: texts are written once and read often; 9 packs SEC text about
// 5-6 times at well over 20 MB/s, a small part of an extraction's time.
constexpr int kLevel = 9;

}  // namespace

const char kTextIndexSql[] =
    "CREATE VIRTUAL TABLE text_index USING fts5(text, content='',\n"
    "  tokenize='unicode61 remove_diacritics 2');\n";

const RecordType<TextRecord>& TextRecords() {
  using R = TextRecord;
  static const RecordType<R> kType = {
      "document_texts",
      "document_text",
      {
          {"codec", T::kText,
           [](const R& r) { return Value::TextAlways(r.codec); }, Json::kNone,
           nullptr, "NOT NULL"},
          {"size", T::kInteger, [](const R& r) { return Value::Int(r.size); },
           Json::kNone, nullptr, "NOT NULL"},
          {"data", T::kBlob, [](const R& r) { return Value::Blob(r.data); },
           Json::kNone, nullptr, "NOT NULL"},
      },
      nullptr,
      -1,
      {"document_id"},
  };
  return kType;
}

const RecordType<PageRecord>& PageRecords() {
  using R = PageRecord;
  static const RecordType<R> kType = {
      "pages",
      "page",
      {
          {"number", T::kInteger,
           [](const R& r) { return Value::Int(r.page.number); }, Json::kNone,
           nullptr, "NOT NULL"},
          {"start", T::kInteger,
           [](const R& r) {
             return Value::Int(static_cast<int64_t>(r.page.start));
           },
           Json::kNone},
          {"end", T::kInteger,
           [](const R& r) {
             return Value::Int(static_cast<int64_t>(r.page.end));
           },
           Json::kNone},
          {"ocr", T::kInteger,
           [](const R& r) { return Value::Int(r.page.ocr ? 1 : 0); },
           Json::kNone, nullptr, "NOT NULL DEFAULT 0"},
          {"width", T::kInteger,
           [](const R& r) {
             return r.page.width ? Value::Int(r.page.width) : Value::Null();
           },
           Json::kNone},
          {"height", T::kInteger,
           [](const R& r) {
             return r.page.height ? Value::Int(r.page.height) : Value::Null();
           },
           Json::kNone},
          {"dpi", T::kInteger,
           [](const R& r) {
             return r.page.dpi ? Value::Int(r.page.dpi) : Value::Null();
           },
           Json::kNone},
          // 0..1 like every confidence of the store.
          {"mean_confidence", T::kReal,
           [](const R& r) {
             return r.page.ocr ? Value::Real(r.page.mean_confidence / 100.0)
                               : Value::Null();
           },
           Json::kNone},
          {"image", T::kInteger,
           [](const R& r) {
             return r.page.binary >= 0 ? Value::Int(r.page.binary)
                                       : Value::Null();
           },
           Json::kNone},
          {"image_page", T::kInteger,
           [](const R& r) {
             return r.page.binary >= 0 ? Value::Int(r.page.binary_page)
                                       : Value::Null();
           },
           Json::kNone},
      },
      nullptr,
      -1,
      {"document_id"},
  };
  return kType;
}

Result<std::string> Compress(std::string_view text) {
  std::unique_ptr<ZSTD_CCtx, size_t (*)(ZSTD_CCtx*)> cctx(ZSTD_createCCtx(),
                                                          &ZSTD_freeCCtx);
  if (!cctx) return Status::Error("zstd: out of memory");
  ZSTD_CCtx_setParameter(cctx.get(), ZSTD_c_compressionLevel, kLevel);
  ZSTD_CCtx_setParameter(cctx.get(), ZSTD_c_checksumFlag, 1);
  std::string out(ZSTD_compressBound(text.size()), '\0');
  size_t n = ZSTD_compress2(cctx.get(), out.data(), out.size(), text.data(),
                            text.size());
  if (ZSTD_isError(n)) {
    return Status::Error(std::string("zstd: ") + ZSTD_getErrorName(n));
  }
  out.resize(n);
  return out;
}

Result<std::string> Decompress(std::string_view data, int64_t size) {
  if (size < 0) return Status::Error("stored text has a negative size");
  unsigned long long frame = ZSTD_getFrameContentSize(data.data(), data.size());
  if (frame == ZSTD_CONTENTSIZE_ERROR || frame == ZSTD_CONTENTSIZE_UNKNOWN ||
      frame != static_cast<unsigned long long>(size)) {
    return Status::Error("stored text is damaged (not a zstd frame of " +
                         std::to_string(size) + " bytes)");
  }
  std::string out(static_cast<size_t>(size), '\0');
  size_t n = ZSTD_decompress(out.data(), out.size(), data.data(), data.size());
  if (ZSTD_isError(n) || n != out.size()) {
    return Status::Error(
        std::string("stored text is damaged: zstd: ") +
        (ZSTD_isError(n) ? ZSTD_getErrorName(n) : "wrong size"));
  }
  return out;
}

Result<StoredText> PackText(const Document& doc) {
  StoredText out;
  Result<std::string> packed = Compress(doc.text);
  if (!packed.ok()) return packed.status();
  out.text.size = static_cast<int64_t>(doc.text.size());
  out.text.data = std::move(packed).value();
  for (const Page& p : doc.pages) out.pages.push_back({p});
  if (out.pages.empty()) {
    Page whole;
    whole.number = 1;
    whole.end = doc.text.size();
    out.pages.push_back({whole});
  }
  return out;
}

std::vector<std::pair<int64_t, std::string_view>> IndexRows(
    int64_t document_id, std::string_view text,
    const std::vector<PageRecord>& pages) {
  std::vector<std::pair<int64_t, std::string_view>> rows;
  std::set<int> seen;  // a rowid twice would fail the whole batch
  for (const PageRecord& p : pages) {
    if (!seen.insert(p.page.number).second) continue;
    const size_t start = std::min(p.page.start, text.size());
    const size_t end = std::min(std::max(p.page.end, start), text.size());
    if (end == start || p.page.number < 0 ||
        p.page.number >= kPagesPerDocument) {
      continue;
    }
    rows.emplace_back(document_id * kPagesPerDocument + p.page.number,
                      text.substr(start, end - start));
  }
  return rows;
}

}  // namespace secx
