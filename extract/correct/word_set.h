// A read-only set of words kept as views into the bytes of the files they
// were read from: the Debian word lists (lexicon.h) as the
// corrector and the OCR-text check consult them.
//
// Why not a std::unordered_set<std::string>: every process that reads a
// plain-text filing loads the lists (three files, ~380,000 lines) for the
// OCR-text check, and a node and a string copy per word cost about 0.1 s
// a process; here loading is one read per file and one open-addressing
// table of 8-byte slots, and a look-up copies nothing. (A sorted array of
// views needs a sort, the lists not being in byte order, and ~18
// comparisons a look-up; the check looks up hundreds of words a filing.)
//
// Built by AddFile calls from one thread, then only read (thread-safe).
#ifndef SECX_EXTRACT_CORRECT_WORD_SET_H_
#define SECX_EXTRACT_CORRECT_WORD_SET_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace secx {

class WordSet {
 public:
  // Reads the file at `path` and adds each of its non-empty lines of at
  // least `min_length` bytes (no other trimming). False when it cannot be
  // read; the set is unchanged then.
  bool AddFile(const char* path, size_t min_length);

  bool Contains(std::string_view word) const;
  bool empty() const { return words_.empty(); }
  size_t size() const { return words_.size(); }
  // Every distinct word once, in the order first added (never in hash
  // order, so that callers that care see the same order on every run).
  const std::vector<std::string_view>& words() const { return words_; }

 private:
  void Insert(std::string_view word);
  // Sets the table to `slots` (a power of two) slots and re-inserts.
  void Rehash(size_t slots);

  // The files' bytes. Each file has its own buffer, never moved once read,
  // so the views stay valid.
  std::vector<std::unique_ptr<std::string>> files_;
  std::vector<std::string_view> words_;
  // Open addressing, linear probing; a slot holds 1 + the index in words_
  // (0: empty) in its low 32 bits and the upper half of the word's hash in
  // its high 32 bits, so most mismatches are seen without reading the word.
  std::vector<uint64_t> slots_;
};

}  // namespace secx

#endif  // SECX_EXTRACT_CORRECT_WORD_SET_H_
