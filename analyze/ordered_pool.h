// Runs work on a pool of threads and hands the results back in input order,
// holding at most a fixed number of finished results at a time.
//
// Memory bound: at most `window` items are claimed but not yet handed to
// `emit` (those being computed included), so at most `window` + 1 results
// exist at once, whatever the number of inputs. A slow first item stalls the
// workers once they are `window` items ahead, which is the price of the bound.
//
// Thread-safety: `work` runs on the worker threads (several at once, one
// index each) and must be safe for that; `emit` runs on the calling thread
// only, one index at a time, in order 0, 1, 2, ...
#ifndef SECX_ANALYZE_ORDERED_POOL_H_
#define SECX_ANALYZE_ORDERED_POOL_H_

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace secx {

// Calls work(i) for every i in [0, n) on `jobs` threads and emit(i, result)
// on the calling thread in order. `window` >= 1 (raised to `jobs` if lower).
// Work may return any movable type; exceptions must not escape it.
// idle(k) is told, on a worker thread, that k threads have no input left to
// claim and are about to end (k = jobs - n at the start when there are more
// jobs than inputs); it lets the caller lend that CPU to the last inputs.
template <typename Work, typename Emit, typename Idle>
void RunOrdered(size_t n, int jobs, size_t window, Work work, Emit emit,
                Idle idle) {
  using T = decltype(work(size_t{0}));
  if (n == 0) return;
  jobs = std::max(1, jobs);
  if (static_cast<size_t>(jobs) > n) {
    idle(jobs - static_cast<int>(n));
    jobs = static_cast<int>(n);
  }
  window = std::max(window, static_cast<size_t>(jobs));
  if (jobs == 1) {  // no threads: simplest and easiest to debug
    for (size_t i = 0; i < n; ++i) emit(i, work(i));
    idle(1);
    return;
  }
  std::mutex mu;
  std::condition_variable ready;  // a result landed
  std::condition_variable room;   // the window moved on
  std::vector<std::optional<T>> slots(window);
  size_t next_claim = 0;
  size_t emitted = 0;

  auto worker = [&] {
    for (;;) {
      size_t i = n;
      {
        std::unique_lock<std::mutex> lock(mu);
        room.wait(lock, [&] {
          return next_claim >= n || next_claim < emitted + window;
        });
        if (next_claim < n) i = next_claim++;
      }
      if (i >= n) {
        idle(1);
        return;
      }
      T result = work(i);
      {
        std::lock_guard<std::mutex> lock(mu);
        slots[i % window].emplace(std::move(result));
      }
      ready.notify_one();
    }
  };
  std::vector<std::thread> threads;
  threads.reserve(jobs);
  for (int t = 0; t < jobs; ++t) threads.emplace_back(worker);
  for (size_t i = 0; i < n; ++i) {
    std::optional<T> result;
    {
      std::unique_lock<std::mutex> lock(mu);
      ready.wait(lock, [&] { return slots[i % window].has_value(); });
      result.emplace(std::move(*slots[i % window]));
      slots[i % window].reset();
      ++emitted;
    }
    room.notify_all();
    emit(i, std::move(*result));
  }
  for (std::thread& t : threads) t.join();
}

template <typename Work, typename Emit>
void RunOrdered(size_t n, int jobs, size_t window, Work work, Emit emit) {
  RunOrdered(n, jobs, window, work, emit, [](int) {});
}

}  // namespace secx

#endif  // SECX_ANALYZE_ORDERED_POOL_H_
