#include "extract/cover/signature.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <string>

#include "extract/cover/layout.h"
#include "extract/cover/signer.h"

namespace secx {
namespace cover {
namespace {

struct Compiled {
  RE2 heading{R"((?im)^[ \t]*signatures?[ \t]*:?[ \t\r]*$)"};
  RE2 boilerplate{
      R"((?i)pursuant\s+to\s+the\s+requirements\s+of\s+the\s+securities)"};
  RE2 by{R"((?i)\bBy\s*:)"};
};

const Compiled& Rules() {
  static const Compiled* const kRules = new Compiled();
  return *kRules;
}

// A block signs for at most this many people; more "/s/" lines are a
// 10-K style signature table, read only as far as this.
constexpr size_t kMaxSigners = 6;
constexpr size_t kBlockBytes = 4000;

// Start of the signature block: after the first SIGNATURE(S) heading that
// has a signer ("/s/", "By:") below it (a table of contents may list the
// heading first), else at the "Pursuant to the requirements" boilerplate;
// `end` when neither.
size_t BlockStart(std::string_view text, size_t begin, size_t end) {
  re2::StringPiece in(text.data(), end);
  re2::StringPiece m;
  size_t pos = begin;
  for (int n = 0;
       n < 5 && Rules().heading.Match(in, pos, end, RE2::UNANCHORED, &m, 1);
       ++n) {
    size_t after = m.data() - text.data() + m.size();
    size_t stop = std::min(end, after + kBlockBytes);
    std::string_view block = text.substr(after, stop - after);
    if (block.find("/s/") != std::string_view::npos ||
        block.find("/S/") != std::string_view::npos ||
        RE2::PartialMatch(re2::StringPiece(block.data(), block.size()),
                          Rules().by)) {
      return after;
    }
    pos = after;
  }
  if (Rules().boilerplate.Match(in, begin, end, RE2::UNANCHORED, &m, 1)) {
    return m.data() - text.data();
  }
  return end;
}

// The registrant whose name is written last in `above` (the company line
// over "By: /s/ ..."), or -1.
int RegistrantAbove(std::string_view above,
                    const std::vector<std::string>& registrants) {
  std::string key = NameKey(above);
  int best = -1;
  size_t best_at = 0;
  for (size_t e = 0; e < registrants.size(); ++e) {
    std::string name = NameKey(registrants[e]);
    if (name.size() < 4) continue;
    size_t at = key.rfind(name);
    if (at != std::string::npos && (best < 0 || at > best_at)) {
      best = static_cast<int>(e);
      best_at = at;
    }
  }
  return best;
}

}  // namespace

void SignatureRules(std::string_view text, size_t begin, size_t end,
                    const std::vector<std::string>& registrants,
                    std::vector<Hit>* out) {
  end = std::min(end, text.size());
  size_t start = BlockStart(text, begin, end);
  if (start >= end) return;
  size_t stop = std::min(end, start + kBlockBytes);
  // One region per signer: from its "/s/" line to the next one. The first
  // region also holds what comes before its signature (company, "By:").
  std::vector<size_t> cuts = SignerLines(text, start, stop);
  if (cuts.size() > kMaxSigners) cuts.resize(kMaxSigners);
  if (cuts.size() < 2) cuts.clear();
  std::vector<std::pair<size_t, size_t>> regions;
  for (size_t k = 0; k < cuts.size(); ++k) {
    regions.push_back(
        {k == 0 ? start : cuts[k], k + 1 < cuts.size() ? cuts[k + 1] : stop});
  }
  if (regions.empty()) regions.push_back({start, stop});

  // Which registrant each signer signs for: the name written between the
  // previous signer and this one. A lone signer, or signers with no name
  // above them, sign for every registrant.
  std::vector<int> entity(regions.size(), -1);
  bool any = false;
  if (registrants.size() > 1 && regions.size() > 1) {
    for (size_t k = 0; k < regions.size(); ++k) {
      size_t from = k == 0 ? start : cuts[k - 1];
      entity[k] =
          RegistrantAbove(text.substr(from, cuts[k] - from), registrants);
      any |= entity[k] >= 0;
    }
  }
  std::vector<int> count(std::max<size_t>(1, registrants.size()), 0);
  std::vector<size_t> first_region(count.size(), std::string_view::npos);
  std::vector<std::string> seen;
  int last = 0;
  for (size_t k = 0; k < regions.size(); ++k) {
    int e = entity[k] >= 0 ? entity[k] : last;
    last = e;
    std::vector<int> targets;
    if (any || registrants.size() <= 1) {
      targets.push_back(e);
    } else {
      for (size_t i = 0; i < count.size(); ++i) targets.push_back(int(i));
    }
    for (int t : targets) {
      std::vector<Hit> hits;
      size_t at = ReadSigner(text, regions[k].first, regions[k].second,
                             {t, count[t]}, &hits);
      if (at == std::string_view::npos && k > 0) continue;
      // The same person signing twice for one registrant is one signer.
      std::string who = std::to_string(t) + "|";
      for (const Hit& h : hits) {
        if (h.name == "signatory_name") who += h.value;
      }
      if (std::find(seen.begin(), seen.end(), who) != seen.end()) continue;
      seen.push_back(who);
      if (first_region[t] == std::string_view::npos) first_region[t] = k;
      ++count[t];
      out->insert(out->end(), hits.begin(), hits.end());
    }
  }
  // One signature date per registrant, from the block (entity 0) or from
  // the region of that registrant's first signer.
  for (size_t t = 0; t < count.size(); ++t) {
    if (t > 0 && first_region[t] == std::string_view::npos) continue;
    size_t k = t == 0 ? 0 : first_region[t];
    size_t from = t == 0 ? start : regions[k].first;
    std::vector<Hit> probe;
    size_t near = ReadSigner(text, regions[k].first, regions[k].second,
                             {int(t), 0}, &probe);
    if (near == std::string_view::npos) near = from;
    ReadSignatureDate(text, from, stop, near, {int(t), 0}, out);
  }
}

}  // namespace cover
}  // namespace secx
