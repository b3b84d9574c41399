#include "analyze/ordered_pool.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <memory>
#include <thread>

#include "extract/thread_budget.h"

namespace secx {
namespace {

TEST_CASE("RunOrdered emits every result in input order", "[pool]") {
  for (int jobs : {1, 2, 5}) {
    for (size_t n : {0, 1, 3, 100}) {
      std::vector<size_t> seen;
      RunOrdered(
          n, jobs, 3,
          [](size_t i) {
            // Later items finish first, so order must be restored.
            std::this_thread::sleep_for(
                std::chrono::microseconds((i % 4) * 100));
            return i * 2;
          },
          [&](size_t i, size_t v) {
            CHECK(v == i * 2);
            seen.push_back(i);
          });
      REQUIRE(seen.size() == n);
      for (size_t i = 0; i < n; ++i) CHECK(seen[i] == i);
    }
  }
}

TEST_CASE("RunOrdered holds at most window + 1 results", "[pool]") {
  std::atomic<int> alive{0};
  std::atomic<int> peak{0};
  struct Tracked {
    std::atomic<int>* alive;
    explicit Tracked(std::atomic<int>* a) : alive(a) { ++*alive; }
    ~Tracked() { --*alive; }
  };
  const size_t window = 4;
  RunOrdered(
      200, 3, window,
      [&](size_t i) {
        auto t = std::make_unique<Tracked>(&alive);
        int now = alive.load();
        int p = peak.load();
        while (now > p && !peak.compare_exchange_weak(p, now)) {
        }
        if (i % 50 == 0) {  // a slow item makes the others run ahead
          std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        return t;
      },
      [&](size_t, std::unique_ptr<Tracked>) {});
  CHECK(alive.load() == 0);
  CHECK(peak.load() <= static_cast<int>(window) + 1);
}

}  // namespace
}  // namespace secx

namespace secx {
namespace {

TEST_CASE("RunOrdered reports every worker that runs out of inputs",
          "[pool]") {
  // idle() hears of each of the `jobs` threads once: those beyond the
  // number of inputs at the start, the others when no input is left.
  for (int jobs : {2, 3, 5}) {
    for (size_t n : {1, 3, 40}) {
      std::atomic<int> idle{0};
      RunOrdered(
          n, jobs, 4,
          [&](size_t i) {
            std::this_thread::sleep_for(std::chrono::microseconds(100));
            return i;
          },
          [](size_t, size_t) {}, [&] { ++idle; });
      INFO("jobs " << jobs << ", inputs " << n);
      CHECK(idle.load() == jobs);
    }
  }
}

}  // namespace
}  // namespace secx

namespace secx {
namespace {

// Units of work claimed one at a time, as the OCR stage claims pages.
class Units : public ThreadBudget::Helper {
 public:
  explicit Units(int n) : left_(n) {}
  bool HasWork() const override { return left_.load() > 0; }
  void Help() override {
    while (left_.fetch_sub(1) > 0) {
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
      ++done_;
    }
  }
  int done() const { return done_.load(); }

 private:
  std::atomic<int> left_;
  std::atomic<int> done_{0};
};

TEST_CASE("an offered thread helps registered work, then becomes spare",
          "[pool]") {
  ThreadBudget budget;
  Units units(50);
  budget.Register(&units);
  std::thread owner([&] { units.Help(); });   // the input's own thread
  std::thread idle([&] { budget.Offer(); });  // a worker out of inputs
  owner.join();
  idle.join();
  budget.Unregister(&units);
  CHECK(units.done() == 50);
  CHECK(budget.helped() == 1);
  CHECK(budget.spare() == 1);  // after helping, the thread is spare
  // Nothing registered: an offer only adds a spare thread.
  budget.Offer();
  CHECK(budget.helped() == 1);
  CHECK(budget.spare() == 2);
  CHECK(budget.TryTake());
  CHECK(budget.spare() == 1);
}

TEST_CASE("Unregister waits for threads still helping", "[pool]") {
  ThreadBudget budget;
  auto units = std::make_unique<Units>(20);
  budget.Register(units.get());
  std::thread idle([&] { budget.Offer(); });
  while (budget.helped() == 0) std::this_thread::yield();
  budget.Unregister(units.get());  // must not return while Help() runs
  CHECK_FALSE(units->HasWork());
  CHECK(units->done() == 20);
  units.reset();
  idle.join();
}

}  // namespace
}  // namespace secx
