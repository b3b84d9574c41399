// Status and Result<T>: errors as values at library boundaries.
//
// A Status is either ok() or carries a code and a one-line message that
// names the cause. The code lets a caller tell a failing store (disk full,
// I/O error: stop, nothing later can be stored either) from a bad input
// (report it, go on with the next). "Not found in this filing" is never an
// error: extractors return empty results for that. Both types are plain
// values, safe to copy and to move between threads.
#ifndef SECX_EXTRACT_STATUS_H_
#define SECX_EXTRACT_STATUS_H_

#include <optional>
#include <string>
#include <utility>

namespace secx {

class [[nodiscard]] Status {
 public:
  enum class Code {
    kOk,
    kError,        // a bad input, query or argument: the next one may work
    kStoreFailed,  // the store could not write (disk full, I/O, locked)
  };

  Status() = default;
  static Status Ok() { return Status(); }
  static Status Error(std::string message) {
    return Status(Code::kError, std::move(message));
  }
  static Status StoreFailed(std::string message) {
    return Status(Code::kStoreFailed, std::move(message));
  }
  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  bool store_failed() const { return code_ == Code::kStoreFailed; }
  const std::string& error() const { return message_; }
  // The same code with `prefix` before the message ("PATH: ").
  Status Prefixed(const std::string& prefix) const {
    return ok() ? *this : Status(code_, prefix + message_);
  }

 private:
  Status(Code code, std::string message)
      : code_(code), message_(std::move(message)) {}
  Code code_ = Code::kOk;
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
