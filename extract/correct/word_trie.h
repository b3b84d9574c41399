// A set of words as a trie over ASCII-case-folded bytes: the index the
// corrector's candidate search walks, so that only strings some lexicon
// holds are ever built (ConfusionModel::ExpandIn). A search over the
// confusion model alone builds thousands of strings per token and looks
// each up; walking the trie prunes a prefix as soon as no word starts so.
//
// English() (the word list and the SEC vocabulary) is built once on first
// use and immutable afterwards; other tries are built and owned by one
// CorrectOcr call. Reading a built trie is thread-safe.
#ifndef SECX_EXTRACT_CORRECT_WORD_TRIE_H_
#define SECX_EXTRACT_CORRECT_WORD_TRIE_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace secx {

class WordTrie {
 public:
  static constexpr int32_t kRoot = 0;
  static constexpr int32_t kNoNode = -1;

  WordTrie();

  // Adds `word` (folded to lower case).
  void Add(std::string_view word);
  // The node reached from `node` by byte `c` (folded), or kNoNode.
  int32_t Child(int32_t node, char c) const;
  // A word ends at `node`.
  bool Terminal(int32_t node) const { return nodes_[node].terminal; }
  size_t size() const { return nodes_.size(); }

  // The Debian word lists (lexicon.h) and the SEC vocabulary.
  static const WordTrie& English();

 private:
  struct Node {
    int32_t first_child = kNoNode;
    int32_t next_sibling = kNoNode;
    char c = 0;
    bool terminal = false;
  };
  std::vector<Node> nodes_;
};

}  // namespace secx

#endif  // SECX_EXTRACT_CORRECT_WORD_TRIE_H_
