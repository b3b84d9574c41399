#include "analyze/reviews.h"

namespace secx {

const RecordType<Review>& ReviewRecords() {
  using R = Review;
  using T = SqlType;
  static const RecordType<R> kType = {
      "reviews",
      "review",
      {
          {"record_table", T::kText,
           [](const R& r) { return Value::TextAlways(r.record_table); },
           Json::kAlways, nullptr, "NOT NULL"},
          {"record_start", T::kInteger,
           [](const R& r) { return Value::Int(r.record_start); }, Json::kAlways,
           nullptr, "NOT NULL"},
          {"record_end", T::kInteger,
           [](const R& r) { return Value::Int(r.record_end); }, Json::kAlways,
           nullptr, "NOT NULL"},
          {"action", T::kText,
           [](const R& r) { return Value::TextAlways(r.action); },
           Json::kAlways, nullptr, "NOT NULL"},
          {"value_before", T::kText,
           [](const R& r) { return Value::TextAlways(r.value_before); },
           Json::kAlways, nullptr, "NOT NULL"},
          {"value_after", T::kText,
           [](const R& r) { return Value::Text(r.value_after); }},
          {"reviewer", T::kText,
           [](const R& r) { return Value::TextAlways(r.reviewer); },
           Json::kAlways, nullptr, "NOT NULL"},
          {"reviewed_at", T::kText,
           [](const R& r) { return Value::TextAlways(r.reviewed_at); },
           Json::kAlways, nullptr, "NOT NULL"},
          {"note", T::kText, [](const R& r) { return Value::Text(r.note); }},
      },
      nullptr,
      -1,
      {"document_id, record_table, record_start"},
  };
  return kType;
}

bool IsReviewAction(const std::string& action) {
  return action == "accept" || action == "correct" || action == "reject";
}

}  // namespace secx
