// Threads lent across a batch. A batch runs one worker per core over its
// inputs; near the end, workers that find no input left would sit idle while
// the last documents still have pages to OCR. Such a worker offers its
// thread here instead:
//   - if an input's OCR stage has pages nobody has claimed yet (it
//     registered a Helper), the worker reads them itself, at once;
//   - otherwise the thread is kept as spare, and the OCR stage of an input
//     that reaches its pages later takes it (TryTake) to start a thread of
//     its own, giving it back (Give) when its pages run out.
//
// Thread-safety: all members may be called from any thread.
#ifndef SECX_EXTRACT_THREAD_BUDGET_H_
#define SECX_EXTRACT_THREAD_BUDGET_H_

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <vector>

namespace secx {

class ThreadBudget {
 public:
  // Work an idle thread can join.
  class Helper {
   public:
    virtual ~Helper() = default;
    virtual bool HasWork() const = 0;  // something left to claim
    virtual void Help() = 0;           // claims and does work until none left
  };

  // Adds `n` idle threads' worth of CPU to the spare count.
  void Give(int n = 1) { spare_.fetch_add(n, std::memory_order_relaxed); }

  // For a thread that has nothing left to do: helps registered work while
  // any has some, then adds the thread to the spare count.
  void Offer() {
    for (;;) {
      Helper* h = nullptr;
      {
        std::lock_guard<std::mutex> lock(mu_);
        for (Entry& e : helpers_) {
          if (e.helper->HasWork()) {
            ++e.active;
            h = e.helper;
            break;
          }
        }
      }
      if (h == nullptr) break;
      helped_.fetch_add(1, std::memory_order_relaxed);
      h->Help();
      {
        std::lock_guard<std::mutex> lock(mu_);
        for (Entry& e : helpers_) {
          if (e.helper == h) --e.active;
        }
      }
      done_.notify_all();
    }
    Give();
  }

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

  // Makes `h` available to Offer() until Unregister(h), which returns once
  // no thread is inside h->Help() any more.
  void Register(Helper* h) {
    std::lock_guard<std::mutex> lock(mu_);
    helpers_.push_back({h, 0});
  }
  void Unregister(Helper* h) {
    std::unique_lock<std::mutex> lock(mu_);
    done_.wait(lock, [&] {
      for (const Entry& e : helpers_) {
        if (e.helper == h && e.active > 0) return false;
      }
      return true;
    });
    helpers_.erase(std::remove_if(helpers_.begin(), helpers_.end(),
                                  [&](const Entry& e) { return e.helper == h; }),
                   helpers_.end());
  }

  int spare() const { return spare_.load(std::memory_order_relaxed); }
  // How many times a spare thread was taken, and how many times an offered
  // thread helped registered work, so far.
  int taken() const { return taken_.load(std::memory_order_relaxed); }
  int helped() const { return helped_.load(std::memory_order_relaxed); }

 private:
  struct Entry {
    Helper* helper;
    int active;  // threads inside helper->Help()
  };

  std::atomic<int> spare_{0};
  std::atomic<int> taken_{0};
  std::atomic<int> helped_{0};
  std::mutex mu_;
  std::condition_variable done_;
  std::vector<Entry> helpers_;
};

}  // namespace secx

#endif  // SECX_EXTRACT_THREAD_BUDGET_H_
