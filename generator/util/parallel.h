// Work spread over the machine's cores, with results that do not depend on how
// many there are: items are independent and each writes only its own result.
#pragma once
#include <cstddef>
#include <functional>

namespace ck {

using ItemFunction = std::function<void(std::size_t)>;

// How many workers "0" means for the whole process: `--jobs N` sets it once,
// before any stage runs; unset (0), one per core. Output never depends on it.
void set_default_threads(unsigned threads);
unsigned default_threads();

// Each of `threads` workers (0: default_threads(); never more than items) calls
// `make_worker` once — for state of its own, such as a template engine — then
// runs the returned function on items taken in any order until none are left.
// If items throw, the exception of the lowest item is rethrown here once all
// workers have stopped.
void run_parallel(std::size_t items, unsigned threads, const std::function<ItemFunction()>& make_worker);

// The same with no per-worker state.
void parallel_for(std::size_t items, unsigned threads, const ItemFunction& fn);

}  // namespace ck
