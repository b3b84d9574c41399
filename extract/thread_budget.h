// Threads lent across a batch. A batch runs one worker per core over its
// inputs; near the end, workers that find no input left would sit idle while
// the last documents still have pages to OCR. Such a worker gives its thread
// to a ThreadBudget instead, and the OCR stage of a document still running
// takes it to read another page at once (extract/ocr/ocr.h), returning it
// when its pages run out.
//
// Thread-safety: all members may be called from any thread.
#ifndef SECX_EXTRACT_THREAD_BUDGET_H_
#define SECX_EXTRACT_THREAD_BUDGET_H_

#include <atomic>

namespace secx {

class ThreadBudget {
 public:
  // Adds `n` idle threads' worth of CPU to the budget.
  void Give(int n = 1) { spare_.fetch_add(n, std::memory_order_relaxed); }

  // Takes one thread's worth when any is spare; the taker must Give() it
  // back when done.
  bool TryTake() {
    int s = spare_.load(std::memory_order_relaxed);
    while (s > 0) {
      if (spare_.compare_exchange_weak(s, s - 1, std::memory_order_relaxed)) {
        taken_.fetch_add(1, std::memory_order_relaxed);
        return true;
      }
    }
    return false;
  }

  int spare() const { return spare_.load(std::memory_order_relaxed); }
  // How many times a thread was taken so far.
  int taken() const { return taken_.load(std::memory_order_relaxed); }

 private:
  std::atomic<int> spare_{0};
  std::atomic<int> taken_{0};
};

}  // namespace secx

#endif  // SECX_EXTRACT_THREAD_BUDGET_H_
