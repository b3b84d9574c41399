#include "extract/read/reader.h"

#include <cstring>

#include "extract/read/encoding.h"
#include "extract/read/html_reader.h"
#include "extract/read/sgml_reader.h"

namespace secx {
namespace {

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

// True when the line is a <PAGE> marker (any case, blanks around it
// allowed), alone or followed by a page number.
bool IsPageMarker(std::string_view line) {
  // Most lines hold no '<' at all: one memchr rules them out before the
  // (often long) indentation is walked.
  if (std::memchr(line.data(), '<', line.size()) == nullptr) return false;
  size_t b = 0;
  while (b < line.size() && (line[b] == ' ' || line[b] == '\t')) ++b;
  if (b == line.size() || line[b] != '<') return false;
  size_t e = line.size();
  while (e > b &&
         (line[e - 1] == ' ' || line[e - 1] == '\t' || line[e - 1] == '\r')) {
    --e;
  }
  if (e - b < 6 || strncasecmp(line.data() + b, "<PAGE>", 6) != 0) {
    return false;
  }
  // EDGAR often writes the page number after the marker: "<PAGE>   2".
  for (size_t i = b + 6; i < e; ++i) {
    char c = line[i];
    if (c != ' ' && c != '\t' && (c < '0' || c > '9')) return false;
  }
  return true;
}

}  // namespace

std::string SniffImageFormat(std::string_view b) {
  if (StartsWith(b, "\xFF\xD8\xFF")) return "jpeg";
  if (StartsWith(b, "\x89PNG\r\n\x1A\n")) return "png";
  if (StartsWith(b, "GIF87a") || StartsWith(b, "GIF89a")) return "gif";
  if (StartsWith(b, std::string_view("II*\0", 4)) ||
      StartsWith(b, std::string_view("MM\0*", 4))) {
    return "tiff";
  }
  if (b.size() > 2 && b[0] == 'P' && b[1] >= '1' && b[1] <= '6' &&
      (b[2] == '\n' || b[2] == ' ' || b[2] == '\r' || b[2] == '\t')) {
    return "pnm";
  }
  if (StartsWith(b, "BM") && b.size() > 26) return "bmp";
  return "";
}

std::string SniffKind(std::string_view bytes) {
  if (StartsWith(bytes, "%PDF-")) return "pdf";
  if (!SniffImageFormat(bytes).empty()) return "image";
  if (LooksBinary(bytes)) return "binary";
  if (LooksLikeSgml(bytes)) return "sgml";
  if (LooksLikeHtml(bytes)) return "html";
  return "text";
}

void SplitPages(Document* doc) {
  doc->pages.clear();
  const std::string& t = doc->text;
  Page page;
  page.number = 1;
  page.start = 0;
  size_t pos = 0;
  size_t ff = t.find('\f');  // the next form feed at or after pos
  while (pos < t.size()) {
    size_t nl = t.find('\n', pos);
    size_t line_end = nl == std::string::npos ? t.size() : nl;
    std::string_view line(t.data() + pos, line_end - pos);
    size_t next = nl == std::string::npos ? t.size() : nl + 1;
    if (ff != std::string::npos && ff < pos) ff = t.find('\f', pos);
    // A form feed anywhere on the line ends the page before it.
    if (ff != std::string::npos && ff < line_end) {
      size_t brk = ff;
      if (brk > page.start) {
        page.end = brk;
        doc->pages.push_back(page);
        page.number++;
      }
      page.start = brk + 1;
      pos = brk + 1;
      continue;
    }
    if (IsPageMarker(line) && pos > page.start) {
      page.end = pos;
      doc->pages.push_back(page);
      page.number++;
      page.start = pos;
    }
    pos = next;
  }
  page.end = t.size();
  if (page.end > page.start || doc->pages.empty()) doc->pages.push_back(page);
}

Document ReadText(std::string_view bytes, const std::string& source) {
  Document doc;
  doc.source = source;
  doc.kind = "text";
  doc.encoding = DetectEncoding(bytes);
  size_t replaced = 0;
  doc.text = ToUtf8(bytes, doc.encoding, &replaced);
  if (replaced > 0) {
    doc.warnings.push_back(std::to_string(replaced) +
                           " invalid UTF-8 sequences replaced by U+FFFD");
  }
  Section all;
  all.type = "TEXT";
  all.format = "text";
  all.end = doc.text.size();
  doc.sections.push_back(all);
  SplitPages(&doc);
  return doc;
}

Result<Document> ReadDocument(std::string_view bytes,
                              const std::string& source) {
  if (bytes.empty()) return Status::Error("empty file");
  // UTF-16 and UTF-32 text (with a BOM) is read as its UTF-8 conversion:
  // offsets are UTF-8 offsets anyway, and every reader then sees text.
  std::string decoded, encoding;
  size_t replaced = 0;
  if (DecodeUnicodeBom(bytes, &decoded, &encoding, &replaced)) {
    if (decoded.empty()) return Status::Error("empty file (" + encoding + ")");
    Result<Document> doc = ReadDocument(decoded, source);
    if (!doc.ok()) return doc;
    doc->encoding = encoding;
    if (replaced > 0) {
      doc->warnings.push_back(std::to_string(replaced) + " invalid " +
                              encoding + " units replaced by U+FFFD");
    }
    return doc;
  }
  std::string kind = SniffKind(bytes);
  if (kind == "binary") {
    return Status::Error("binary data that is not a filing, image or PDF");
  }
  if (kind == "sgml") return ReadSgml(bytes, source);
  if (kind == "html") {
    std::vector<IxbrlFact> facts;
    Result<std::string> text = HtmlToText(bytes, false, &facts);
    if (!text.ok()) return text.status();
    Document doc;
    doc.source = source;
    doc.kind = "html";
    doc.encoding = "utf-8";
    doc.text = std::move(text).value();
    Section all;
    all.type = "TEXT";
    all.format = "html";
    all.end = doc.text.size();
    doc.sections.push_back(all);
    SplitPages(&doc);
    // The inline XBRL cover facts are metadata, kept beside the SGML
    // header's (Document::header_fields).
    doc.header_fields = IxbrlFields(facts, doc.text);
    doc.tagged_numbers = IxbrlNumbers(facts);
    for (Field& f : doc.header_fields) {
      if (f.span.end > f.span.start) f.span.page = doc.PageAt(f.span.start);
    }
    return doc;
  }
  if (kind == "pdf" || kind == "image") {
    Document doc;
    doc.source = source;
    doc.kind = kind;
    Section all;
    all.type = kind == "pdf" ? "PDF" : "GRAPHIC";
    all.format = kind;
    doc.sections.push_back(all);
    Binary bin;
    bin.filename = source;
    bin.format = kind == "pdf" ? "pdf" : SniffImageFormat(bytes);
    bin.section = 0;
    bin.bytes.assign(bytes.data(), bytes.size());
    doc.binaries.push_back(std::move(bin));
    return doc;
  }
  return ReadText(bytes, source);
}

}  // namespace secx
