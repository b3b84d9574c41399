// Status and Result<T>: errors as values at library boundaries.
//
// A Status is either ok() or carries a one-line message that names the
// cause. "Not found in this filing" is never an error: extractors return
// empty results for that. Both types are plain values, safe to copy and to
// move between threads.
#ifndef SECX_EXTRACT_STATUS_H_
#define SECX_EXTRACT_STATUS_H_

#include <optional>
#include <string>
#include <utility>

namespace secx {

class [[nodiscard]] Status {
 public:
  Status() = default;
  static Status Ok() { return Status(); }
  static Status Error(std::string message) {
    Status s;
    s.ok_ = false;
    s.message_ = std::move(message);
    return s;
  }
  bool ok() const { return ok_; }
  const std::string& error() const { return message_; }

 private:
  bool ok_ = true;
  std::string message_;
};

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {}  // NOLINT
  bool ok() const { return status_.ok() && value_.has_value(); }
  const std::string& error() const { return status_.error(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace secx

#endif  // SECX_EXTRACT_STATUS_H_
