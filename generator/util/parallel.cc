#include "util/parallel.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <thread>
#include <vector>

namespace ck {

namespace {
std::atomic<unsigned> configured_threads{0};
}  // namespace

void set_default_threads(unsigned threads) { configured_threads.store(threads, std::memory_order_relaxed); }

unsigned default_threads() {
  unsigned n = configured_threads.load(std::memory_order_relaxed);
  return n ? n : std::max(1u, std::thread::hardware_concurrency());
}

void run_parallel(std::size_t items, unsigned threads, const std::function<ItemFunction()>& make_worker) {
  if (threads == 0) threads = default_threads();
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, std::max<std::size_t>(items, 1)));
  std::vector<std::exception_ptr> failures(items);
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    ItemFunction fn = make_worker();
    for (std::size_t i; (i = next.fetch_add(1, std::memory_order_relaxed)) < items;) {
      try {
        fn(i);
      } catch (...) {
        failures[i] = std::current_exception();
      }
    }
  };
  std::vector<std::thread> workers;
  for (unsigned t = 1; t < threads; ++t) workers.emplace_back(work);
  work();
  for (auto& w : workers) w.join();
  for (const auto& failure : failures)
    if (failure) std::rethrow_exception(failure);
}

void parallel_for(std::size_t items, unsigned threads, const ItemFunction& fn) {
  run_parallel(items, threads, [&] { return fn; });
}

}  // namespace ck
