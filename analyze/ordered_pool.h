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
// idle() is called once by each of the `jobs` threads when it finds no
// input left to claim, on that thread, just before it ends (with one job,
// on the calling thread after the last input): the caller may use the
// thread for the inputs still running (RunInputs in cli_options.h). With
// more jobs than inputs, the threads without an input call it at once.
template <typename Work, typename Emit, typename Idle>
void RunOrdered(size_t n, int jobs, size_t window, Work work, Emit emit,
                Idle idle) {
  using T = decltype(work(size_t{0}));
  if (n == 0) return;
  jobs = std::max(1, jobs);
  window = std::max(window, static_cast<size_t>(jobs));
  if (jobs == 1) {  // no threads: simplest and easiest to debug
    for (size_t i = 0; i < n; ++i) emit(i, work(i));
    idle();
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
        idle();
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
  RunOrdered(n, jobs, window, work, emit, [] {});
}

}  // namespace secx

#endif  // SECX_ANALYZE_ORDERED_POOL_H_
