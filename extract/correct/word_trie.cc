#include "extract/correct/word_trie.h"

#include <cctype>
#include <string>

#include "extract/correct/embedded_data.h"
#include "extract/correct/lexicon.h"

namespace secx {
namespace {

char Fold(char c) {
  return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

// Calls f on each non-empty line of `text` that is not a comment or a
// section header (the SEC vocabulary's format; the word list has neither).
template <typename F>
void ForEachEntry(std::string_view text, F f) {
  while (!text.empty()) {
    size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    while (!line.empty() &&
           std::isspace(static_cast<unsigned char>(line.back()))) {
      line.remove_suffix(1);
    }
    if (!line.empty() && line[0] != '#' && line[0] != '[') f(line);
    if (nl == std::string_view::npos) break;
    text.remove_prefix(nl + 1);
  }
}

}  // namespace

WordTrie::WordTrie() { nodes_.emplace_back(); }

void WordTrie::Add(std::string_view word) {
  int32_t node = kRoot;
  for (char raw : word) {
    char c = Fold(raw);
    int32_t child = Child(node, c);
    if (child == kNoNode) {
      Node n;
      n.c = c;
      n.next_sibling = nodes_[node].first_child;
      child = static_cast<int32_t>(nodes_.size());
      nodes_.push_back(n);
      nodes_[node].first_child = child;
    }
    node = child;
  }
  nodes_[node].terminal = true;
}

int32_t WordTrie::Child(int32_t node, char c) const {
  c = Fold(c);
  for (int32_t k = nodes_[node].first_child; k != kNoNode;
       k = nodes_[k].next_sibling) {
    if (nodes_[k].c == c) return k;
  }
  return kNoNode;
}

const WordTrie& WordTrie::English() {
  static const WordTrie* trie = [] {
    auto* t = new WordTrie;
    t->nodes_.reserve(1 << 18);
    ForEachEnglishWord([t](std::string_view w) { t->Add(w); });
    ForEachEntry(kSecVocabulary, [t](std::string_view w) { t->Add(w); });
    return t;
  }();
  return *trie;
}

}  // namespace secx
