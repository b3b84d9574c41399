#include "analyze/progress.h"

#include <algorithm>

namespace secx {
namespace {

constexpr double kMinInterval = 0.2;  // seconds between redraws

std::string Clock(double seconds) {
  int s = static_cast<int>(std::max(0.0, seconds) + 0.5);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%d:%02d", s / 60, s % 60);
  return buf;
}

}  // namespace

ProgressLine::ProgressLine(std::FILE* out, bool enabled)
    : out_(out), enabled_(enabled), start_(std::chrono::steady_clock::now()) {}

ProgressLine::~ProgressLine() { Clear(); }

double ProgressLine::Seconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() -
                                       start_)
      .count();
}

void ProgressLine::Files(size_t done, size_t total, size_t bytes_done,
                         size_t bytes_total) {
  std::lock_guard<std::mutex> lock(mu_);
  files_done_ = done;
  files_total_ = total;
  bytes_done_ = bytes_done;
  bytes_total_ = bytes_total;
  ShowLocked(done == total);
}

void ProgressLine::PagesFound(int pages) {
  std::lock_guard<std::mutex> lock(mu_);
  if (first_page_seconds_ < 0) first_page_seconds_ = Seconds();
  pages_found_ += pages;
  ShowLocked(false);
}

void ProgressLine::PageRead() {
  std::lock_guard<std::mutex> lock(mu_);
  ++pages_read_;
  ShowLocked(false);
}

std::string OneLine(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char ch : text) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c >= 0x20 && c != 0x7F) {
      out += ch;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    }
  }
  return out;
}

void ProgressLine::Message(const std::string& line) {
  std::string safe = OneLine(line);
  std::lock_guard<std::mutex> lock(mu_);
  std::fprintf(out_, "%s%s\n", shown_ ? "\r\033[K" : "", safe.c_str());
  shown_ = false;
  last_shown_ = -1;  // redraw at the next event
}

void ProgressLine::Clear() {
  std::lock_guard<std::mutex> lock(mu_);
  if (shown_) std::fprintf(out_, "\r\033[K");
  shown_ = false;
}

std::string ProgressLine::Text() const {
  std::lock_guard<std::mutex> lock(mu_);
  return TextLocked(Seconds());
}

std::string ProgressLine::TextLocked(double seconds) const {
  char buf[160];
  std::string text = "secx: ";
  std::snprintf(buf, sizeof buf, "%zu/%zu files", files_done_, files_total_);
  text += buf;
  if (bytes_total_ > 0 && seconds > 0) {
    double rate = bytes_done_ / 1e6 / seconds;
    std::snprintf(buf, sizeof buf, ", %.1f MB/s", rate);
    text += buf;
    if (rate > 0 && pages_found_ == 0) {
      double left =
          (bytes_total_ - std::min(bytes_done_, bytes_total_)) / 1e6 / rate;
      text += ", ETA " + Clock(left);
    }
  }
  if (pages_found_ > 0) {
    double ocr_seconds = seconds - first_page_seconds_;
    double rate = ocr_seconds > 0 ? pages_read_ / ocr_seconds : 0;
    std::snprintf(buf, sizeof buf, "; OCR %ld/%ld pages, %.2f pages/s",
                  pages_read_, pages_found_, rate);
    text += buf;
    // Pages of inputs not opened yet are unknown: the estimate covers the
    // pages found so far.
    if (rate > 0) text += ", ETA " + Clock((pages_found_ - pages_read_) / rate);
  }
  return text;
}

void ProgressLine::ShowLocked(bool force) {
  if (!enabled_) return;
  double now = Seconds();
  if (!force && last_shown_ >= 0 && now - last_shown_ < kMinInterval) return;
  last_shown_ = now;
  std::fprintf(out_, "\r\033[K%s", TextLocked(now).c_str());
  std::fflush(out_);
  shown_ = true;
}

}  // namespace secx
