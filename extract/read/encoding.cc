#include "extract/read/encoding.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace secx {
namespace {

// Windows-1252 0x80..0x9F; 0 marks the five undefined bytes.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// Length of the valid UTF-8 sequence at `p`, or 0 when invalid.
size_t Utf8SeqLen(const unsigned char* p, size_t avail) {
  unsigned char c = p[0];
  if (c < 0x80) return 1;
  size_t n;
  uint32_t cp;
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
    cp = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    cp = c & 0x0F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    cp = c & 0x07;
  } else {
    return 0;
  }
  if (avail < n) return 0;
  for (size_t i = 1; i < n; ++i) {
    if ((p[i] & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (p[i] & 0x3F);
  }
  if (n == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) return 0;
  if (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) return 0;
  return n;
}

}  // namespace

char32_t Windows1252ToUnicode(unsigned char c) {
  if (c >= 0x80 && c <= 0x9F && kCp1252High[c - 0x80] != 0) {
    return kCp1252High[c - 0x80];
  }
  return c;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool IsValidUtf8(std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  size_t n = bytes.size();
  size_t i = 0;
  while (i < n) {
    // Fast path over ASCII runs, eight bytes at a time.
    while (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, p + i, 8);
      if (w & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= n) break;
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    size_t len = Utf8SeqLen(p + i, n - i);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

std::string DetectEncoding(std::string_view bytes) {
  if (IsValidUtf8(bytes)) return "utf-8";
  // Bytes 0x80..0x9F are C1 controls in Latin-1 and never appear in real
  // Latin-1 text; when present they are Windows-1252 punctuation.
  for (unsigned char c : bytes) {
    if (c >= 0x80 && c <= 0x9F) return "windows-1252";
  }
  return "iso-8859-1";
}

std::string ToUtf8(std::string_view bytes, const std::string& encoding,
                   size_t* replaced) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 16);
  size_t bad = 0;
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  size_t n = bytes.size();
  if (encoding == "utf-8") {
    size_t i = 0;
    // Skip a byte-order mark.
    if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) i = 3;
    while (i < n) {
      size_t run = i;
      // ASCII runs, eight bytes at a time, are copied in one append.
      while (run + 8 <= n) {
        uint64_t w;
        std::memcpy(&w, p + run, 8);
        if (w & 0x8080808080808080ULL) break;
        run += 8;
      }
      while (run < n && p[run] < 0x80) ++run;
      out.append(bytes.data() + i, run - i);
      i = run;
      if (i >= n) break;
      size_t len = Utf8SeqLen(p + i, n - i);
      if (len == 0) {
        AppendUtf8(0xFFFD, &out);
        ++bad;
        ++i;
      } else {
        out.append(bytes.data() + i, len);
        i += len;
      }
    }
  } else {
    bool cp1252 = encoding == "windows-1252";
    for (size_t i = 0; i < n; ++i) {
      unsigned char c = p[i];
      if (c < 0x80) {
        out.push_back(static_cast<char>(c));
      } else if (cp1252 && c <= 0x9F && kCp1252High[c - 0x80] != 0) {
        AppendUtf8(kCp1252High[c - 0x80], &out);
      } else {
        AppendUtf8(c, &out);
      }
    }
  }
  if (replaced != nullptr) *replaced = bad;
  return out;
}

bool LooksBinary(std::string_view bytes) {
  size_t n = std::min<size_t>(bytes.size(), 8192);
  if (n == 0) return false;
  size_t control = 0;
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  for (size_t i = 0; i < n; ++i) {
    // Eight bytes at a time while none is below 0x20 (the usual case);
    // (w - 0x20..20) & ~w & 0x80..80 is non-zero when some byte is.
    while (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, p + i, 8);
      if ((w - 0x2020202020202020ULL) & ~w & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= n) break;
    unsigned char c = p[i];
    if (c == 0) return true;
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' &&
        c != 0x1B) {
      ++control;
    }
  }
  return control * 20 > n;  // more than 5% control bytes
}

bool DecodeUnicodeBom(std::string_view bytes, std::string* utf8,
                      std::string* encoding, size_t* replaced) {
  auto starts = [&](std::string_view bom) {
    return bytes.size() >= bom.size() && bytes.compare(0, bom.size(), bom) == 0;
  };
  int unit = 0;
  bool little = false;
  // UTF-32LE's BOM begins with UTF-16LE's: test it first.
  if (starts(std::string_view("\xFF\xFE\0\0", 4))) {
    unit = 4, little = true, *encoding = "utf-32le";
  } else if (starts(std::string_view("\0\0\xFE\xFF", 4))) {
    unit = 4, little = false, *encoding = "utf-32be";
  } else if (starts("\xFF\xFE")) {
    unit = 2, little = true, *encoding = "utf-16le";
  } else if (starts("\xFE\xFF")) {
    unit = 2, little = false, *encoding = "utf-16be";
  } else {
    return false;
  }
  auto read = [&](size_t i) -> char32_t {
    char32_t v = 0;
    for (int k = 0; k < unit; ++k) {
      unsigned char b =
          static_cast<unsigned char>(bytes[i + (little ? unit - 1 - k : k)]);
      v = (v << 8) | b;
    }
    return v;
  };
  size_t bad = 0;
  utf8->clear();
  utf8->reserve(bytes.size());
  size_t i = unit;
  for (; i + unit <= bytes.size(); i += unit) {
    char32_t cp = read(i);
    if (unit == 2 && cp >= 0xD800 && cp <= 0xDBFF && i + 4 <= bytes.size()) {
      char32_t lo = read(i + 2);
      if (lo >= 0xDC00 && lo <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
        i += 2;
      }
    }
    if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
      cp = 0xFFFD;
      ++bad;
    }
    AppendUtf8(cp, utf8);
  }
  if (i < bytes.size()) {  // a truncated last unit
    AppendUtf8(0xFFFD, utf8);
    ++bad;
  }
  if (replaced) *replaced = bad;
  return true;
}

}  // namespace secx
