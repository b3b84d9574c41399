// Tolerant uudecode. EDGAR's uuencoded exhibits have passed through many
// mail and conversion tools, so the decoder accepts what they leave behind:
// CR LF line ends, trailing blanks stripped from lines (missing characters
// decode as zero bits), backquote or blank for zero, an empty line instead
// of the "`" terminator, odd file names (blanks, paths) on the begin line,
// and a missing "end" line in a truncated submission.
#include "extract/read/uudecode.h"

#include <cctype>

namespace secx {
namespace {

// Value of one uuencoded character; both ' ' and '`' stand for zero.
inline unsigned UuValue(unsigned char c) { return (c - 0x20) & 0x3F; }

inline bool IsUuChar(unsigned char c) { return c >= 0x20 && c <= 0x60; }

// Next line of `text` from *pos, without its line end; advances *pos.
std::string_view NextLine(std::string_view text, size_t* pos) {
  size_t start = *pos;
  size_t nl = text.find('\n', start);
  size_t end = nl == std::string_view::npos ? text.size() : nl;
  *pos = nl == std::string_view::npos ? text.size() : nl + 1;
  while (end > start && (text[end - 1] == '\r')) --end;
  return text.substr(start, end - start);
}

// Parses "begin <octal mode> <name>"; leading blanks allowed.
bool ParseBeginLine(std::string_view line, std::string* name) {
  size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  if (line.compare(i, 6, "begin ") != 0) return false;
  i += 6;
  while (i < line.size() && line[i] == ' ') ++i;
  size_t digits = i;
  while (i < line.size() && line[i] >= '0' && line[i] <= '7') ++i;
  if (i == digits || i - digits > 4) return false;
  if (i < line.size() && line[i] != ' ' && line[i] != '\t') return false;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  size_t e = line.size();
  while (e > i && (line[e - 1] == ' ' || line[e - 1] == '\t')) --e;
  name->assign(line.data() + i, e - i);
  return true;
}

bool IsEndLine(std::string_view line) {
  size_t e = line.size();
  while (e > 0 && (line[e - 1] == ' ' || line[e - 1] == '\t')) --e;
  return e == 3 && line.compare(0, 3, "end") == 0;
}

}  // namespace

Result<UuFile> UuDecode(std::string_view text) {
  UuFile file;
  size_t pos = 0;
  bool found = false;
  while (pos < text.size()) {
    if (ParseBeginLine(NextLine(text, &pos), &file.name)) {
      found = true;
      break;
    }
  }
  if (!found) return Status::Error("no uuencode begin line");

  // Upper bound: 45 bytes per 62-character line.
  file.bytes.reserve((text.size() - pos) / 62 * 45 + 64);
  int line_no = 0;
  while (pos < text.size()) {
    std::string_view line = NextLine(text, &pos);
    ++line_no;
    if (IsEndLine(line)) break;
    if (line.empty()) continue;  // a blank zero-length terminator line
    const auto* p = reinterpret_cast<const unsigned char*>(line.data());
    if (!IsUuChar(p[0])) {
      // A line that is no uuencoded data at all ends the block: it is the
      // start of whatever follows a truncated encoding (e.g. "</TEXT>").
      if (p[0] == '<') break;
      return Status::Error("uuencoded line " + std::to_string(line_no) +
                           " starts with an invalid character");
    }
    size_t count = UuValue(p[0]);
    if (count == 0) continue;  // "`" terminator; "end" should follow
    size_t needed = (count + 2) / 3 * 4;
    // '<' is a valid length character, but a short "<...>" line is the SGML
    // end tag of a block whose "end" line was lost.
    if (p[0] == '<' && line.back() == '>' && line.size() < needed + 1) break;
    // Characters past what the count needs are trailing garbage (some
    // encoders append a checksum character); absent ones were blanks that a
    // tool stripped, which decode as zero.
    unsigned char quad[4];
    size_t written = 0;
    for (size_t q = 0; q < needed && written < count; q += 4) {
      for (size_t k = 0; k < 4; ++k) {
        size_t at = 1 + q + k;
        unsigned char c = at < line.size() ? p[at] : ' ';
        if (!IsUuChar(c)) {
          if (c == ' ' || c == '\t')
            c = ' ';
          else
            return Status::Error("uuencoded line " + std::to_string(line_no) +
                                 " has a character outside the uu range");
        }
        quad[k] = static_cast<unsigned char>(UuValue(c));
      }
      unsigned char out[3] = {
          static_cast<unsigned char>((quad[0] << 2) | (quad[1] >> 4)),
          static_cast<unsigned char>((quad[1] << 4) | (quad[2] >> 2)),
          static_cast<unsigned char>((quad[2] << 6) | quad[3])};
      for (int k = 0; k < 3 && written < count; ++k, ++written) {
        file.bytes.push_back(static_cast<char>(out[k]));
      }
    }
  }
  return file;
}

}  // namespace secx
