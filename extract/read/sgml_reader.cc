// EDGAR full-submission reader.
//
// The file is scanned with plain string searches (no regular expressions):
// EDGAR's tags sit at line starts in upper case, so finding "\n<DOCUMENT>"
// and "</TEXT>" with memchr-speed searches is both exact and fast. The
// header is parsed by sgml_header.cc; every document body is
// converted on its own (HTML, text, uuencoded binary or machine-readable
// data) because a submission mixes encodings and formats.
//
// Document::text layout: the header text (Section "SEC-HEADER"), then each
// document's text, sections separated by "\n\f" so that every section starts
// on a new page. Machine-readable documents (XBRL, XML, ZIP, Excel, JSON)
// and binaries keep a Section with an empty span: their content is either
// duplicated in the HTML or needs OCR, not text extraction.
#include "extract/read/sgml_reader.h"

#include <algorithm>
#include <cstring>
#include <utility>

#include "extract/read/encoding.h"
#include "extract/read/html_reader.h"
#include "extract/read/reader.h"
#include "extract/read/sgml_header.h"
#include "extract/read/uudecode.h"
#include "extract/text_util.h"

namespace secx {
namespace {

constexpr std::string_view kPemBegin =
    "-----BEGIN PRIVACY-ENHANCED MESSAGE-----";
constexpr std::string_view kPemEnd = "-----END PRIVACY-ENHANCED MESSAGE-----";

bool StartsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.compare(0, p.size(), p) == 0;
}

std::string_view TrimBlank(std::string_view s) {
  size_t b = 0;
  while (b < s.size() &&
         (s[b] == ' ' || s[b] == '\t' || s[b] == '\r' || s[b] == '\n')) {
    ++b;
  }
  size_t e = s.size();
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r' ||
                   s[e - 1] == '\n')) {
    --e;
  }
  return s.substr(b, e - b);
}

// Position of `tag` at the start of a line at or after `from`, or npos.
size_t FindLineTag(std::string_view in, std::string_view tag, size_t from) {
  while (from < in.size()) {
    size_t at = in.find(tag, from);
    if (at == std::string_view::npos) return at;
    if (at == 0 || in[at - 1] == '\n') return at;
    from = at + 1;
  }
  return std::string_view::npos;
}

// Offset just past the line holding `pos`.
size_t LineEnd(std::string_view in, size_t pos) {
  size_t nl = in.find('\n', pos);
  return nl == std::string_view::npos ? in.size() : nl + 1;
}

// Last occurrence of `needle` in `s`, as s.rfind(needle), but with memrchr
// looking for its first byte instead of a comparison at every offset.
size_t RFind(std::string_view s, std::string_view needle) {
  if (needle.empty() || needle.size() > s.size()) return s.rfind(needle);
  size_t end = s.size() - needle.size() + 1;  // candidates are [0, end)
  while (end > 0) {
    const void* p = memrchr(s.data(), needle[0], end);
    if (p == nullptr) break;
    size_t at = static_cast<const char*>(p) - s.data();
    if (s.compare(at, needle.size(), needle) == 0) return at;
    end = at;
  }
  return std::string_view::npos;
}

// Removes the PEM wrapper of 1990s submissions: everything up to the first
// empty line after the BEGIN line, and the END line with what follows.
std::string_view StripPem(std::string_view in) {
  std::string_view t = in;
  size_t lead = 0;
  while (lead < t.size() && (t[lead] == '\n' || t[lead] == '\r')) ++lead;
  if (!StartsWith(t.substr(lead), kPemBegin)) return in;
  size_t pos = LineEnd(t, lead);
  while (pos < t.size()) {
    size_t next = LineEnd(t, pos);
    std::string_view line = TrimBlank(t.substr(pos, next - pos));
    pos = next;
    if (line.empty()) break;
  }
  t = t.substr(pos);
  size_t end = RFind(t, kPemEnd);
  if (end != std::string_view::npos) t = t.substr(0, end);
  return t;
}

// Value of a one-line tag such as "<TYPE>8-K" at the start of `line`.
bool TagValue(std::string_view line, std::string_view tag,
              std::string_view* value) {
  if (!StartsWith(line, tag)) return false;
  *value = TrimBlank(line.substr(tag.size()));
  return true;
}

bool EndsWithCi(const std::string& upper, std::string_view suffix) {
  return upper.size() >= suffix.size() &&
         upper.compare(upper.size() - suffix.size(), suffix.size(), suffix) ==
             0;
}

// XBRL instance and schema files, XML data, spreadsheets and archives: no
// prose for the text extractors (the same facts are in the HTML).
bool IsDataDocument(const std::string& type, const std::string& filename,
                    std::string_view wrapper) {
  std::string t = Upper(type);
  std::string f = Upper(filename);
  if (wrapper == "<XML>" || wrapper == "<JSON>") return true;
  if (StartsWith(t, "EX-101") || t == "XML" || t == "ZIP" || t == "EXCEL" ||
      t == "JSON" || t == "XSD") {
    return true;
  }
  for (std::string_view ext :
       {".XML", ".XSD", ".JS", ".JSON", ".CSS", ".XLSX", ".XLS", ".ZIP"}) {
    if (EndsWithCi(f, ext)) return true;
  }
  return false;
}

// EDGAR's text-document markup: <TABLE>, <CAPTION>, <S>, <C>, <FN>, <F1>,
// <R> and their end tags. Returns the tag length at `p` or 0.
size_t EdgarMarkupLength(const char* p, size_t avail) {
  if (avail < 3 || p[0] != '<') return 0;
  size_t i = 1;
  if (p[i] == '/') ++i;
  size_t name = i;
  while (i < avail && i < 12 && isalnum(static_cast<unsigned char>(p[i]))) ++i;
  if (i >= avail || p[i] != '>' || i == name) return 0;
  std::string n = Upper(std::string_view(p + name, i - name));
  if (n == "S" || n == "C" || n == "FN" || n == "TABLE" || n == "CAPTION" ||
      n == "R" || n == "PAGE") {
    return i + 1;
  }
  if (n.size() >= 2 && n[0] == 'F' &&
      n.find_first_not_of("0123456789", 1) == std::string::npos) {
    return i + 1;
  }
  return 0;
}

// A text document: lone <PAGE> lines become form feeds, EDGAR markup tags
// become blanks of the same width (so <S>/<C> column layouts stay aligned),
// trailing blanks go.
std::string CleanText(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  size_t pos = 0;
  const size_t n = utf8.size();
  while (pos < n) {
    size_t nl = utf8.find('\n', pos);
    size_t end = nl == std::string::npos ? n : nl;
    size_t next = nl == std::string::npos ? n : nl + 1;
    std::string_view line(utf8.data() + pos, end - pos);
    // "<PAGE>" starts a page, alone or followed by the page number. Only a
    // line whose first non-blank byte is '<' can hold it; most lines hold
    // no '<' at all, which one memchr tells.
    const void* first_lt = memchr(line.data(), '<', line.size());
    std::string_view trimmed;
    if (first_lt != nullptr) {
      size_t lead = static_cast<const char*>(first_lt) - line.data();
      if (TrimBlank(line.substr(0, lead)).empty()) trimmed = TrimBlank(line);
    }
    if (trimmed.size() >= 6 && strncasecmp(trimmed.data(), "<PAGE>", 6) == 0) {
      while (!out.empty() && out.back() == '\n' && out.size() >= 2 &&
             out[out.size() - 2] == '\n') {
        out.pop_back();
      }
      if (!out.empty() && out.back() != '\f') out.push_back('\f');
      if (TrimBlank(trimmed.substr(6)).empty()) {
        pos = next;
        continue;
      }
    }
    size_t line_start = out.size();
    bool markup = false;
    size_t i = 0;
    while (i < line.size()) {
      const void* lt = memchr(line.data() + i, '<', line.size() - i);
      size_t at = lt == nullptr ? line.size()
                                : static_cast<const char*>(lt) - line.data();
      out.append(line.data() + i, at - i);
      i = at;
      if (i >= line.size()) break;
      size_t len = EdgarMarkupLength(line.data() + i, line.size() - i);
      if (len == 0) {
        out.push_back('<');
        ++i;
      } else {
        out.append(len, ' ');
        i += len;
        markup = true;
      }
    }
    while (out.size() > line_start &&
           (out.back() == ' ' || out.back() == '\t' || out.back() == '\r')) {
      out.pop_back();
    }
    // (Tabs set columns in typed text: blanks to the same columns.)
    if (out.find('\t', line_start) != std::string::npos) {
      std::string expanded =
          ExpandTabs(std::string_view(out).substr(line_start));
      out.resize(line_start);
      out += expanded;
    }
    // A line that held only markup ("<TABLE>", "<S>  <C>") goes entirely.
    bool markup_only = markup && out.size() == line_start;
    if (nl != std::string::npos && !markup_only) out.push_back('\n');
    pos = next;
  }
  return out;
}

// The part of a submission before its documents that holds the header.
struct HeaderRegion {
  std::string_view text;
  bool found = false;
  bool closed = true;
};

HeaderRegion FindHeader(std::string_view in, size_t first_doc) {
  HeaderRegion h;
  std::string_view before =
      first_doc == std::string_view::npos ? in : in.substr(0, first_doc);
  for (std::string_view open : {"<SEC-HEADER>", "<IMS-HEADER>"}) {
    size_t at = FindLineTag(before, open, 0);
    if (at == std::string_view::npos) continue;
    size_t start = LineEnd(in, at);
    std::string close = "</" + std::string(open.substr(1));
    size_t end = FindLineTag(before, close, start);
    if (end == std::string_view::npos) {
      end = before.size();
      h.closed = false;
    }
    h.text = in.substr(start, end - start);
    h.found = true;
    return h;
  }
  // Bare headers (.hdr.sgml files, dissemination <SUBMISSION> files): the
  // header is what precedes the first document, minus the opening tag.
  size_t start = 0;
  std::string_view lead = TrimBlank(before.substr(0, 64));
  if (StartsWith(lead, "<SEC-DOCUMENT>") ||
      StartsWith(lead, "<IMS-DOCUMENT>") || StartsWith(lead, "<SUBMISSION>")) {
    start = LineEnd(before, before.find('<'));
  }
  std::string_view rest = before.substr(start);
  if (rest.find("ACCESSION NUMBER:") != std::string_view::npos ||
      rest.find("<ACCESSION-NUMBER>") != std::string_view::npos ||
      rest.find("CONFORMED SUBMISSION TYPE:") != std::string_view::npos) {
    h.text = rest;
    h.found = true;
  }
  return h;
}

struct Part {
  Section section;
  std::string text;
  std::vector<IxbrlFact> facts;  // inline XBRL dei: facts of an HTML part
};

// Reads one <DOCUMENT> whose metadata and body are [meta, body_end).
// `utf8`: the whole submission is valid UTF-8, and so is every part of it
// (parts are cut at ASCII tags), which then need no second check.
Part ReadPart(std::string_view in, size_t meta, size_t body_end, int index,
              bool utf8, Document* doc) {
  Part part;
  Section& s = part.section;
  size_t pos = LineEnd(in, meta);  // past "<DOCUMENT>"
  size_t body = body_end;
  while (pos < body_end) {
    size_t next = LineEnd(in, pos);
    std::string_view line = in.substr(pos, next - pos);
    std::string_view v;
    if (StartsWith(line, "<TEXT>")) {
      body = next;
      break;
    }
    if (TagValue(line, "<TYPE>", &v)) {
      s.type = std::string(v);
    } else if (TagValue(line, "<SEQUENCE>", &v)) {
      s.sequence = std::atoi(std::string(v).c_str());
    } else if (TagValue(line, "<FILENAME>", &v)) {
      s.filename = ToUtf8(v, DetectEncoding(v));
    } else if (TagValue(line, "<DESCRIPTION>", &v)) {
      s.description = ToUtf8(v, DetectEncoding(v));
    }
    pos = next;
  }
  std::string_view content = in.substr(body, body_end - body);
  std::string name =
      s.filename.empty() ? "document " + std::to_string(index + 1) : s.filename;

  // Wrappers inside <TEXT>: <XBRL> around inline-XBRL HTML, <XML> around
  // data, <PDF> around a uuencoded PDF.
  std::string_view trimmed = TrimBlank(content);
  std::string_view wrapper;
  for (std::string_view w : {"<XBRL>", "<XML>", "<PDF>", "<JSON>"}) {
    if (StartsWith(trimmed, w)) {
      wrapper = w;
      trimmed = trimmed.substr(w.size());
      std::string close = "</" + std::string(w.substr(1));
      size_t c = RFind(trimmed, close);
      if (c != std::string_view::npos) trimmed = trimmed.substr(0, c);
      trimmed = TrimBlank(trimmed);
      break;
    }
  }

  if (StartsWith(trimmed, "begin ")) {
    Result<UuFile> file = UuDecode(trimmed);
    if (!file.ok()) {
      doc->warnings.push_back(name + ": " + file.error());
      s.format = "binary";
      return part;
    }
    std::string format = SniffImageFormat(file->bytes);
    if (StartsWith(file->bytes, "%PDF-")) format = "pdf";
    if (format.empty()) {
      s.format = "binary";  // spreadsheets, archives: nothing to OCR
      return part;
    }
    s.format = format == "pdf" ? "pdf" : "image";
    Binary bin;
    bin.filename = file->name.empty() ? s.filename : file->name;
    bin.format = format;
    bin.section = -2;  // set by the caller once the index is known
    bin.bytes = std::move(file->bytes);
    doc->binaries.push_back(std::move(bin));
    return part;
  }
  if (IsDataDocument(s.type, s.filename, wrapper)) {
    s.format = "data";
    return part;
  }
  if (LooksLikeHtml(trimmed)) {
    s.format = "html";
    Result<std::string> text = HtmlToText(trimmed, utf8, &part.facts);
    if (text.ok()) {
      part.text = std::move(text).value();
    } else {
      doc->warnings.push_back(name + ": " + text.error());
    }
    return part;
  }
  s.format = "text";
  std::string encoding = utf8 ? "utf-8" : DetectEncoding(content);
  size_t replaced = 0;
  // Valid UTF-8 without a byte-order mark is its own conversion: cleaned
  // straight from the input, without a copy first.
  if (encoding == "utf-8" && !StartsWith(content, "\xEF\xBB\xBF")) {
    part.text = CleanText(content);
  } else {
    part.text = CleanText(ToUtf8(content, encoding, &replaced));
  }
  if (replaced > 0) {
    doc->warnings.push_back(name + ": " + std::to_string(replaced) +
                            " invalid UTF-8 sequences replaced by U+FFFD");
  }
  // Blank lines around the body are layout, not content.
  size_t b = part.text.find_first_not_of("\n\f");
  if (b == std::string::npos) {
    part.text.clear();
  } else {
    part.text.erase(0, b);
  }
  while (!part.text.empty() &&
         (part.text.back() == '\n' || part.text.back() == '\f')) {
    part.text.pop_back();
  }
  if (!part.text.empty()) part.text.push_back('\n');
  return part;
}

// Appends a section's text to the document, separated from what precedes
// it by a form feed.
void AppendSection(Part part, Document* doc) {
  if (!part.text.empty() && !doc->text.empty()) doc->text += "\n\f";
  part.section.start = doc->text.size();
  doc->text += part.text;
  part.section.end = doc->text.size();
  // The first part that tags dei: facts is the primary document; exhibits
  // that tag their own (rare) would only repeat them.
  bool tagged = std::any_of(
      doc->header_fields.begin(), doc->header_fields.end(),
      [](const Field& f) { return f.span.rule.rfind("ixbrl.", 0) == 0; });
  if (!part.facts.empty() && !tagged) {
    for (Field& f : IxbrlFields(part.facts, part.text)) {
      if (f.span.end > f.span.start) {
        f.span.start += part.section.start;
        f.span.end += part.section.start;
      }
      doc->header_fields.push_back(std::move(f));
    }
  }
  // Tagged numbers (dividends per share) of the primary document only,
  // for the same reason.
  if (!part.facts.empty() && doc->tagged_numbers.empty() && !tagged) {
    for (TaggedNumber& n : IxbrlNumbers(part.facts)) {
      n.start += part.section.start;
      n.end += part.section.start;
      doc->tagged_numbers.push_back(std::move(n));
    }
  }
  for (Binary& b : doc->binaries) {
    if (b.section == -2) b.section = static_cast<int>(doc->sections.size());
  }
  doc->sections.push_back(std::move(part.section));
}

}  // namespace

bool LooksLikeSgml(std::string_view bytes) {
  std::string_view in = StripPem(bytes.substr(0, 8192));
  std::string_view head = in.substr(0, 4096);
  // One pass over the '<' of the head (dense in HTML), each tested
  // against the tags, instead of one search of the head per tag.
  for (size_t at = head.find('<'); at != std::string_view::npos;
       at = head.find('<', at + 1)) {
    std::string_view rest = head.substr(at);
    for (std::string_view tag :
         {"<SEC-DOCUMENT>", "<IMS-DOCUMENT>", "<SEC-HEADER>", "<IMS-HEADER>"}) {
      if (StartsWith(rest, tag)) return true;
    }
  }
  std::string_view lead = TrimBlank(head);
  if (StartsWith(lead, "<SUBMISSION>") ||
      StartsWith(lead, "<ACCEPTANCE-DATETIME>") ||
      StartsWith(lead, "ACCESSION NUMBER:")) {
    return true;
  }
  // A bare document such as "<DOCUMENT>\n<TYPE>6-K\n...".
  return StartsWith(lead, "<DOCUMENT>") &&
         lead.find("\n<TYPE>") != std::string_view::npos;
}

Result<Document> ReadSgml(std::string_view bytes, const std::string& source) {
  Document doc;
  doc.source = source;
  doc.kind = "sgml";
  doc.encoding = DetectEncoding(bytes);
  const bool utf8 = doc.encoding == "utf-8";
  std::string_view in = StripPem(bytes);

  size_t first_doc = FindLineTag(in, "<DOCUMENT>", 0);
  HeaderRegion header = FindHeader(in, first_doc);
  if (header.found) {
    if (!header.closed) {
      doc.warnings.push_back("SGML header has no closing tag (truncated?)");
    }
    Part part;
    part.section.type = "SEC-HEADER";
    part.section.format = "text";
    std::string text =
        ToUtf8(header.text, utf8 ? "utf-8" : DetectEncoding(header.text));
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r' ||
                             text.back() == ' ' || text.back() == '\t')) {
      text.pop_back();
    }
    if (!text.empty()) text.push_back('\n');
    part.text = std::move(text);
    AppendSection(std::move(part), &doc);
    ParseSgmlHeader(doc.text, doc.sections[0].start, doc.sections[0].end,
                    &doc.header_fields);
  }

  int index = 0;
  bool truncated = false;
  // The next end tag at or after `pos`, searched again only once the
  // documents have moved past the last hit: searching afresh from every
  // document read the rest of the file once per document, quadratic in a
  // file of many documents without end tags.
  constexpr size_t kUnsearched = std::string_view::npos - 1;
  size_t next_text_end = kUnsearched, next_doc_end = kUnsearched;
  auto find_from = [&](std::string_view tag, size_t pos, size_t* hit) {
    if (*hit == kUnsearched || (*hit != std::string_view::npos && *hit < pos)) {
      *hit = in.find(tag, pos);
    }
    return *hit;
  };
  for (size_t pos = first_doc; pos != std::string_view::npos; ++index) {
    size_t next = FindLineTag(in, "<DOCUMENT>", LineEnd(in, pos));
    size_t limit = next == std::string_view::npos ? in.size() : next;
    size_t text_end = find_from("</TEXT>", pos, &next_text_end);
    if (text_end == std::string_view::npos || text_end > limit) {
      // No </TEXT> before the next document: cut at </DOCUMENT> if there is
      // one, else the file was truncated.
      size_t doc_end = find_from("</DOCUMENT>", pos, &next_doc_end);
      if (doc_end != std::string_view::npos && doc_end < limit) {
        text_end = doc_end;
      } else {
        text_end = limit;
        truncated = true;
      }
    }
    AppendSection(ReadPart(in, pos, text_end, index, utf8, &doc), &doc);
    pos = next;
  }
  if (truncated) {
    doc.warnings.push_back(
        "SGML document has no </TEXT> end tag (truncated?); read to the end");
  }

  if (doc.sections.empty()) {
    doc.warnings.push_back("no SGML header or <DOCUMENT> found; read as text");
    Document text = ReadText(in, source);
    text.kind = "sgml";
    text.warnings.insert(text.warnings.begin(), doc.warnings.begin(),
                         doc.warnings.end());
    return text;
  }
  // A lone <DOCUMENT> without a header is a primary document as EDGAR
  // serves it (.htm or .txt with its SGML wrapper): its kind is its body's.
  if (!header.found && doc.sections.size() == 1 &&
      (doc.sections[0].format == "html" || doc.sections[0].format == "text")) {
    doc.kind = doc.sections[0].format;
  }
  SplitPages(&doc);
  for (Field& f : doc.header_fields) {
    if (f.span.end > f.span.start) f.span.page = doc.PageAt(f.span.start);
  }
  return doc;
}

}  // namespace secx
