#include "extract/correct/word_set.h"

#include <algorithm>
#include <cstring>
#include <fstream>

namespace secx {
namespace {

// Eight bytes at a time with a multiply to mix: the standard library's
// hash reads byte by byte, and hashing is most of the cost of a load.
inline uint64_t HashOf(std::string_view word) {
  constexpr uint64_t kMul = 0x9e3779b97f4a7c15;
  uint64_t h = word.size() * kMul;
  const char* p = word.data();
  size_t n = word.size();
  for (; n >= 8; p += 8, n -= 8) {
    uint64_t chunk;
    std::memcpy(&chunk, p, 8);
    h = (h ^ chunk) * kMul;
    h ^= h >> 29;
  }
  if (n > 0) {
    uint64_t chunk = 0;  // a loop: memcpy of a variable length is a call
    for (size_t k = 0; k < n; ++k) {
      chunk |= uint64_t{static_cast<unsigned char>(p[k])} << (8 * k);
    }
    h = (h ^ chunk) * kMul;
    h ^= h >> 29;
  }
  h *= kMul;
  return h ^ (h >> 32);
}

uint64_t TagOf(uint64_t hash) { return hash >> 32 << 32; }

}  // namespace

bool WordSet::AddFile(const char* path, size_t min_length) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return false;
  auto bytes = std::make_unique<std::string>();
  bytes->resize(static_cast<size_t>(std::max<std::streamoff>(0, in.tellg())));
  in.seekg(0);
  in.read(bytes->data(), static_cast<std::streamsize>(bytes->size()));
  bytes->resize(static_cast<size_t>(in.gcount()));
  // Room for all the file's lines with the table at most 3/4 full, made
  // in one step (each growth rehashes every word), and for their views.
  const size_t lines =
      static_cast<size_t>(std::count(bytes->begin(), bytes->end(), '\n')) + 1;
  size_t want = slots_.empty() ? 1024 : slots_.size();
  while (want / 4 * 3 < words_.size() + lines) want *= 2;
  if (want > slots_.size()) Rehash(want);
  words_.reserve(words_.size() + lines);
  const char* p = bytes->data();
  const char* end = p + bytes->size();
  files_.push_back(std::move(bytes));
  while (p < end) {
    const void* nl = std::memchr(p, '\n', static_cast<size_t>(end - p));
    const char* line_end = nl == nullptr ? end : static_cast<const char*>(nl);
    const size_t length = static_cast<size_t>(line_end - p);
    if (length > 0 && length >= min_length) Insert({p, length});
    p = line_end + 1;
  }
  return true;
}

bool WordSet::Contains(std::string_view word) const {
  if (slots_.empty()) return false;
  const uint64_t hash = HashOf(word);
  const uint64_t tag = TagOf(hash);
  const size_t mask = slots_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const uint64_t slot = slots_[i];
    if (slot == 0) return false;
    if ((slot & ~uint64_t{0xffffffff}) == tag &&
        words_[(slot & 0xffffffff) - 1] == word) {
      return true;
    }
  }
}

void WordSet::Insert(std::string_view word) {
  if (slots_.size() / 4 * 3 < words_.size() + 1) {
    Rehash(slots_.empty() ? 1024 : 2 * slots_.size());
  }
  const uint64_t hash = HashOf(word);
  const uint64_t tag = TagOf(hash);
  const size_t mask = slots_.size() - 1;
  size_t i = hash & mask;
  for (;; i = (i + 1) & mask) {
    const uint64_t slot = slots_[i];
    if (slot == 0) break;
    if ((slot & ~uint64_t{0xffffffff}) == tag &&
        words_[(slot & 0xffffffff) - 1] == word) {
      return;  // in an earlier line or list
    }
  }
  words_.push_back(word);
  slots_[i] = tag | static_cast<uint64_t>(words_.size());
}

void WordSet::Rehash(size_t slots) {
  std::vector<uint64_t> old = std::move(slots_);
  slots_.assign(slots, 0);
  const size_t mask = slots_.size() - 1;
  for (uint64_t slot : old) {
    if (slot == 0) continue;
    size_t i = HashOf(words_[(slot & 0xffffffff) - 1]) & mask;
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = slot;
  }
}

}  // namespace secx
