#include "analyze/mismatch.h"

#include <map>
#include <utility>

namespace secx {
namespace {

bool IsHeaderRule(const std::string& rule) {
  return rule.compare(0, 5, "sgml.") == 0;
}

// Lower-case ASCII letters and digits only; other bytes (UTF-8 included)
// are kept as they are so non-Latin names still compare.
std::string Normalise(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (unsigned char c : s) {
    if (c >= 'A' && c <= 'Z') {
      out.push_back(static_cast<char>(c - 'A' + 'a'));
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

}  // namespace

bool ValuesAgree(const std::string& field, const std::string& header_value,
                 const std::string& text_value) {
  return Normalise(header_value) == Normalise(text_value);
}

std::vector<Mismatch> FindMismatches(const std::vector<Field>& fields) {
  // (name, entity) -> values from each side, in field order.
  using Key = std::pair<std::string, int>;
  std::map<Key, std::vector<const Field*>> header;
  std::map<Key, std::vector<const Field*>> text;
  for (const Field& f : fields) {
    Key key(f.name, f.entity);
    (IsHeaderRule(f.span.rule) ? header : text)[key].push_back(&f);
  }
  std::vector<Mismatch> out;
  for (const auto& [key, header_fields] : header) {
    auto it = text.find(key);
    if (it == text.end()) continue;
    for (const Field* h : header_fields) {
      bool agreed = false;
      for (const Field* t : it->second) {
        if (ValuesAgree(key.first, h->value, t->value)) {
          agreed = true;
          break;
        }
      }
      if (!agreed) {
        out.push_back({key.first, h->value, it->second.front()->value,
                       key.second});
      }
    }
  }
  return out;
}

}  // namespace secx
