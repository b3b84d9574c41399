#include "extract/correct/confusion_model.h"

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <queue>
#include <set>

#include "extract/correct/embedded_data.h"
#include "extract/correct/tokenizer.h"
#include "extract/correct/word_trie.h"

namespace secx {
namespace {

// The training data is ASCII and writes every glyph it could not encode as
// '?'; typographic quotes are its ASCII quotes. Map our text the same way
// before looking a pair up.
char32_t Normalize(char32_t c, bool ocr_side) {
  switch (c) {
    case U'\u2019':
    case U'\u2018':
    case U'`':
      return U'\'';
    case U'\u201C':
    case U'\u201D':
      return U'"';
    default:
      break;
  }
  if (c >= 0x80) return ocr_side ? U'?' : c;
  return c;
}

std::u32string NormalizeSeg(std::u32string_view s, bool ocr_side) {
  std::u32string out;
  for (char32_t c : s) out += Normalize(c, ocr_side);
  return out;
}

}  // namespace

const ConfusionModel& ConfusionModel::Default() {
  static const ConfusionModel* model =
      new ConfusionModel(FromTsv(kConfusionsTsv));
  return *model;
}

ConfusionModel ConfusionModel::FromTsv(std::string_view tsv) {
  ConfusionModel m;
  size_t pos = 0;
  while (pos < tsv.size()) {
    size_t nl = tsv.find('\n', pos);
    if (nl == std::string_view::npos) nl = tsv.size();
    std::string_view line = tsv.substr(pos, nl - pos);
    pos = nl + 1;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> f;
    size_t s = 0;
    for (size_t k = 0; k <= line.size(); ++k) {
      if (k == line.size() || line[k] == '\t') {
        f.push_back(line.substr(s, k - s));
        s = k + 1;
      }
    }
    if (f.size() < 4) continue;
    double lp = std::strtod(std::string(f[3]).c_str(), nullptr);
    std::u32string o = DecodeUtf8(f[0]), c = DecodeUtf8(f[1]);
    // '?' on the correct side is a glyph the data could not encode: no
    // use as a repair target.
    if (o == c || c.find(U'?') != std::u32string::npos) continue;
    m.table_[{o, c}] = lp;
    m.by_ocr_[o].push_back({c, lp});
  }
  // Reversed single-character pairs the data lacks (see kReversedPenalty).
  for (const auto& [key, lp] : m.table_) {
    const auto& [o, c] = key;
    if (o.size() == 1 && c.size() == 1 && !m.table_.count({c, o})) {
      m.by_ocr_[c].push_back({o, lp + kReversedPenalty});
    }
  }
  auto ascii = [](const std::u32string& s) {
    for (char32_t c : s) {
      if (c >= 0x80) return false;
    }
    return true;
  };
  for (auto& [o, v] : m.by_ocr_) {
    std::sort(v.begin(), v.end(),
              [](const auto& a, const auto& b) { return a.second > b.second; });
    if (o.empty() || o.size() > 2 || !ascii(o)) continue;
    Alternatives* alts =
        o.size() == 1 ? &m.ascii1_[o[0]]
                      : &m.ascii2_[static_cast<uint16_t>(o[0] << 8 | o[1])];
    for (const auto& [c, lp] : v) {
      if (ascii(c)) alts->push_back({EncodeUtf8(c), lp});
    }
  }
  return m;
}

double ConfusionModel::Lookup(const std::u32string& ocr,
                              const std::u32string& correct) const {
  auto it = table_.find({ocr, correct});
  if (it != table_.end()) return it->second;
  auto rev = table_.find({correct, ocr});
  if (rev != table_.end()) return rev->second + kReversedPenalty;
  return std::numeric_limits<double>::quiet_NaN();
}

double ConfusionModel::SegmentLogP(std::u32string_view ocr,
                                   std::u32string_view correct) const {
  if (ocr == correct) return 0.0;
  std::u32string o = NormalizeSeg(ocr, true);
  std::u32string c = NormalizeSeg(correct, false);
  if (o == c) return 0.0;
  double lp = Lookup(o, c);
  if (lp == lp) return lp;  // not NaN
  if (o.size() == 1 && c.size() == 1) return kUnseenSubstitution;
  if (o.empty() || c.empty()) {
    return kUnseenInsertDelete * static_cast<double>(o.size() + c.size());
  }
  // Unseen multi-character segments: as separate single-character edits.
  return kUnseenSubstitution *
         static_cast<double>(std::max(o.size(), c.size()));
}

double ConfusionModel::LogP(std::u32string_view ocr,
                            std::u32string_view correct) const {
  const double kNeg = -std::numeric_limits<double>::infinity();
  size_t n = ocr.size(), m = correct.size();
  std::vector<std::vector<double>> d(n + 1, std::vector<double>(m + 1, kNeg));
  d[0][0] = 0.0;
  for (size_t i = 0; i <= n; ++i) {
    for (size_t j = 0; j <= m; ++j) {
      if (d[i][j] == kNeg) continue;
      if (i < n && j < m && ocr[i] == correct[j]) {
        d[i + 1][j + 1] = std::max(d[i + 1][j + 1], d[i][j]);
      }
      for (size_t a = 0; a <= 2 && i + a <= n; ++a) {
        for (size_t b = 0; b <= 2 && j + b <= m; ++b) {
          if (a + b == 0) continue;
          // Multi-character segments only where the data has them.
          double lp = SegmentLogP(ocr.substr(i, a), correct.substr(j, b));
          if ((a == 2 || b == 2) && lp <= kUnseenSubstitution) continue;
          d[i + a][j + b] = std::max(d[i + a][j + b], d[i][j] + lp);
        }
      }
    }
  }
  return d[n][m];
}

std::vector<ConfusionModel::Candidate> ConfusionModel::Expand(
    std::u32string_view ocr, int max_edits, double min_edit,
    double min_total) const {
  // Best-first search: edits only lower the probability, so complete
  // strings come out most likely first and the search can stop early.
  struct State {
    size_t pos;
    std::u32string text;
    double lp;
    int edits;
    bool operator<(const State& o) const { return lp < o.lp; }
  };
  std::vector<Candidate> out;
  if (ocr.size() > kMaxExpandLength) return out;
  std::set<std::u32string> seen;
  std::priority_queue<State> queue;
  queue.push({0, U"", 0.0, 0});
  const size_t kMaxCandidates = 2000;
  const size_t kMaxPops = 50000;
  for (size_t pops = 0;
       !queue.empty() && pops < kMaxPops && out.size() < kMaxCandidates;
       ++pops) {
    State s = queue.top();
    queue.pop();
    if (s.pos == ocr.size()) {
      if (s.edits > 0 && seen.insert(s.text).second) {
        out.push_back({s.text, s.lp, s.edits});
      }
      continue;
    }
    queue.push({s.pos + 1, s.text + ocr[s.pos], s.lp, s.edits});
    if (s.edits >= max_edits) continue;
    for (size_t a = 1; a <= 2 && s.pos + a <= ocr.size(); ++a) {
      std::u32string seg = NormalizeSeg(ocr.substr(s.pos, a), true);
      auto it = by_ocr_.find(seg);
      if (it == by_ocr_.end()) continue;
      for (const auto& [c, lp] : it->second) {
        if (lp < min_edit) break;
        if (s.lp + lp < min_total) continue;
        queue.push({s.pos + a, s.text + c, s.lp + lp, s.edits + 1});
      }
    }
  }
  return out;
}

struct ConfusionModel::Walk {
  std::string_view ocr;
  const std::vector<const WordTrie*>* tries;
  int max_edits;
  double min_edit, min_total;
  std::string text;
  std::unordered_map<std::string, std::pair<double, int>> out;
  size_t steps = 0;
};

// Steps of one walk. A reading that is itself a long word of the tries
// (the document's own tokens are in its lexicon) can be walked with every
// letter case-swapped, which the folded tries cannot tell apart: about
// n^max_edits candidates (found by fuzz/fuzz_pipeline.cc: one 160-letter
// token took 90 s). Real words stay far below this bound.
constexpr size_t kMaxWalkSteps = 20000;

// Follows `seg` from `nodes` in every trie; false when no trie has it.
static bool Advance(const std::vector<const WordTrie*>& tries,
                    std::array<int32_t, ConfusionModel::kMaxTries>& nodes,
                    std::string_view seg) {
  bool alive = false;
  for (size_t t = 0; t < tries.size(); ++t) {
    for (char c : seg) {
      if (nodes[t] == WordTrie::kNoNode) break;
      nodes[t] = tries[t]->Child(nodes[t], c);
    }
    alive = alive || nodes[t] != WordTrie::kNoNode;
  }
  return alive;
}

void ConfusionModel::Step(Walk& w, size_t pos,
                          const std::array<int32_t, kMaxTries>& nodes,
                          double lp, int edits) const {
  if (++w.steps > kMaxWalkSteps) return;
  if (pos == w.ocr.size()) {
    if (edits == 0) return;
    for (size_t t = 0; t < w.tries->size(); ++t) {
      if (nodes[t] != WordTrie::kNoNode && (*w.tries)[t]->Terminal(nodes[t])) {
        auto [it, fresh] = w.out.try_emplace(w.text, lp, edits);
        if (!fresh && it->second.first < lp) it->second = {lp, edits};
        return;
      }
    }
    return;
  }
  // The glyph as read.
  std::array<int32_t, kMaxTries> next = nodes;
  if (Advance(*w.tries, next, w.ocr.substr(pos, 1))) {
    w.text.push_back(w.ocr[pos]);
    Step(w, pos + 1, next, lp, edits);
    w.text.pop_back();
  }
  if (edits >= w.max_edits) return;
  for (size_t a = 1; a <= 2 && pos + a <= w.ocr.size(); ++a) {
    unsigned char c0 = static_cast<unsigned char>(w.ocr[pos]) == '`'
                           ? '\''
                           : static_cast<unsigned char>(w.ocr[pos]);
    const Alternatives* alts = nullptr;
    if (a == 1) {
      alts = &ascii1_[c0];
    } else {
      auto it = ascii2_.find(static_cast<uint16_t>(
          c0 << 8 | static_cast<unsigned char>(w.ocr[pos + 1])));
      if (it == ascii2_.end()) continue;
      alts = &it->second;
    }
    for (const auto& [c, seg_lp] : *alts) {
      if (seg_lp < w.min_edit) break;
      if (lp + seg_lp < w.min_total) continue;
      next = nodes;
      if (!Advance(*w.tries, next, c)) continue;
      size_t len = w.text.size();
      w.text += c;
      Step(w, pos + a, next, lp + seg_lp, edits + 1);
      w.text.resize(len);
    }
  }
}

std::vector<ConfusionModel::WordCandidate> ConfusionModel::ExpandIn(
    std::string_view ocr, const std::vector<const WordTrie*>& tries,
    int max_edits, double min_edit, double min_total, size_t* cut) const {
  std::vector<WordCandidate> out;
  if (tries.empty() || tries.size() > kMaxTries) return out;
  for (char c : ocr) {
    if (static_cast<unsigned char>(c) >= 0x80) return out;
  }
  Walk w{ocr, &tries, max_edits, min_edit, min_total, {}, {}};
  std::array<int32_t, kMaxTries> nodes;
  nodes.fill(WordTrie::kNoNode);
  for (size_t t = 0; t < tries.size(); ++t) nodes[t] = WordTrie::kRoot;
  Step(w, 0, nodes, 0.0, 0);
  if (cut != nullptr && w.steps > kMaxWalkSteps) ++*cut;
  out.reserve(w.out.size());
  for (auto& [text, v] : w.out) out.push_back({text, v.first, v.second});
  // Most likely first, then by text: the order never depends on hashing.
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return a.log_p != b.log_p ? a.log_p > b.log_p : a.text < b.text;
  });
  return out;
}

}  // namespace secx
