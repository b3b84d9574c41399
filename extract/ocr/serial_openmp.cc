// A serial stand-in for the OpenMP runtime entry points libtesseract calls.
//
// Debian's libtesseract is built with OpenMP: its LSTM runs a parallel
// region per time step, over 100,000 per page. secx keeps those regions on
// the calling thread (see LimitOpenMpThreads), yet libgomp still sets up a
// one-thread team for each and ends it with a futex wake-up system call.
// That costs about 5% of the CPU of a page, and with several page workers
// the system calls contend in the kernel, which costs more than the
// workers gain. Defined in the executable, these functions take precedence
// over libgomp's for every library of the process (ELF symbol
// interposition) and run each region directly, as libgomp does for a team
// of one, without the bookkeeping:
//   GOMP_parallel, GOMP_parallel_sections   run the outlined body once;
//   GOMP_sections_next                      hands out sections 1..count in
//                                           order, then 0;
//   omp_get_num_threads, omp_get_thread_num 1 and 0, as in a team of one.
// Any other entry point still goes to libgomp, whose behaviour with one
// thread is the same, so a libtesseract using more of OpenMP stays correct.
//
// Only the secx executables link this file's symbols (the library target
// secx_extract pulls it in through LimitOpenMpThreads).
#include "extract/ocr/engine.h"

namespace {

// The sections construct being run on this thread (nested ones restore it).
thread_local unsigned next_section = 0;
thread_local unsigned section_count = 0;

}  // namespace

extern "C" {

__attribute__((visibility("default"))) void GOMP_parallel(
    void (*fn)(void*), void* data, unsigned /*num_threads*/,
    unsigned /*flags*/) {
  fn(data);
}

__attribute__((visibility("default"))) void GOMP_parallel_sections(
    void (*fn)(void*), void* data, unsigned /*num_threads*/, unsigned count,
    unsigned /*flags*/) {
  const unsigned outer_next = next_section, outer_count = section_count;
  next_section = 1;
  section_count = count;
  fn(data);
  next_section = outer_next;
  section_count = outer_count;
}

__attribute__((visibility("default"))) unsigned GOMP_sections_next() {
  return next_section <= section_count ? next_section++ : 0;
}

__attribute__((visibility("default"))) void GOMP_sections_end_nowait() {}

__attribute__((visibility("default"))) int omp_get_num_threads() { return 1; }

__attribute__((visibility("default"))) int omp_get_thread_num() { return 0; }

}  // extern "C"

namespace secx {

bool SerialOpenMpLinked() { return true; }

}  // namespace secx
