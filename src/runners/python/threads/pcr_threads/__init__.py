"""Green threads for Pyodide: the unmodified stdlib `threading` on JSPI stack switching.

Engine contract (see install-threads.ts):
- `install(excluded_prefixes)` once per interpreter, from an async entry;
- `begin_run(clock, seed)` before the learner's code, on the main stack;
- `finish_run(join)` after it (also after an error), on the same stack;
- the engine's event loop waits through `sleep`/`Signal` so threads run meanwhile;
- the page's stop flag goes through `interrupt.set_stop_buffer` (TS:
  `setThreadsInterruptBuffer`), since preemption swaps Pyodide's interrupt buffer.
The first `begin_run` on a stack that can switch also runs a short warm-up.
"""

import os
import sys
import threading
import time

from . import gc_guard, host, patch, preempt, report, runtime, warmup
from .clock import SimpleClock
from .scheduler import DeadlockError, Scheduler

from . import trace

__all__ = [
    "DeadlockError", "Signal", "begin_run", "finish_run", "install", "jspi_available",
    "now", "sleep", "active_threads",
]

_run = None


def _monotonic():
    return runtime.scheduler.clock.monotonic()


def install(excluded_prefixes=()):
    """Replaces `_thread` and patches the loaded stdlib; safe to call twice."""
    if runtime.scheduler is not None:
        return
    import _thread as c_thread

    sched = Scheduler(c_thread.get_ident())
    sched.describe = report.describe
    sched.locate = report.locate
    sched.on_count_change = _on_count_change
    runtime.scheduler = sched
    stdlib = os.path.dirname(threading.__file__)
    import asyncio
    import pyodide
    import _pyodide

    runtime_dirs = (os.path.dirname(m.__file__) + os.sep for m in (asyncio, pyodide, _pyodide))
    preempt.setup(stdlib + os.sep, (*runtime_dirs, *excluded_prefixes))
    patch.install(_monotonic)


def _on_count_change(alive):
    gc_guard.on_count_change(alive)
    preempt.on_count_change(alive)


class _Run:
    def __init__(self, clock, own_clock_saved):
        self.clock = clock
        self.saved_time = own_clock_saved
        self.state = patch.RunState()
        self.previous_sleep = patch.patch_sleep(sleep)


def begin_run(clock=None, seed=0, mode="real"):
    """Starts a run: the scheduler follows `clock` (or a new one) and preemption `seed`.

    `clock` needs `monotonic()` and `wait(seconds)`; the engine passes the run's
    clock after patching time.* with it. Without one, a SimpleClock in `mode`
    ("real", "virtual", or "exact": time moves only by waits) is made, time.*
    is patched here and restored by `finish_run`.
    """
    global _run
    if _run is not None:
        finish_run(join=False)
    if host.can_switch():
        warmup.warm_up(begin_run, finish_run)
    saved = None
    if clock is None:
        if mode not in ("real", "virtual", "exact"):
            raise ValueError(f"mode must be 'real', 'virtual' or 'exact', not {mode!r}")
        clock = SimpleClock(mode != "real", exact=mode == "exact")
        saved = {name: getattr(time, name) for name in
                 ("time", "time_ns", "monotonic", "monotonic_ns", "perf_counter", "perf_counter_ns")}
        clock.patch_time()
    runtime.scheduler.reset(clock)
    preempt.install_handler()
    preempt.reseed(seed)
    _run = _Run(clock, saved)
    if trace.on:  # trace hook: times count from the run's start, on its clock
        trace.rebase()


def finish_run(join=True, at_exit=None):
    """Ends a run on the main thread: waits for non-daemon threads (if `join`),
    calls `at_exit` (the interpreter's atexit work, while daemon threads still
    run), unwinds every thread still alive, and restores `threading`.

    Raises DeadlockError when the non-daemon threads can never finish.
    """
    global _run
    sched = runtime.scheduler
    error = None
    if join:
        try:
            threading._shutdown()
            if at_exit is not None:
                at_exit()
        except DeadlockError as exc:
            error = exc
    # Threads still alive now are daemons (or stuck): CPython freezes them at
    # exit without reporting anything, so a program's own excepthook must not
    # hear about the unwinding. The default hook ignores the SystemExit it uses.
    threading.excepthook = threading.__excepthook__
    _unwind_others(sched)
    if trace.on:  # trace hook: last event on the run's clock (reset swaps it)
        trace.run_end()
    run, _run = _run, None
    if run is not None:
        run.state.restore()
        time.sleep = run.previous_sleep
        if run.saved_time is not None:
            for name, value in run.saved_time.items():
                setattr(time, name, value)
    else:
        patch.RunState().restore()
    sched.reset(SimpleClock(False))
    if error is not None:
        raise error


def _unwind_others(sched):
    others = [t for t in sched.threads.values() if t is not sched.main]
    for thread in others:
        if thread.state == "new":
            sched.ready.remove(thread)
            sched.threads.pop(thread.ident, None)
            thread.handle._set_done()
            continue
        thread.killed = True
        thread.pending = None
        sched.wake(thread)
    for thread in others:
        if thread.handle is not None:
            thread.handle.join()


def sleep(seconds):
    """`time.sleep` for green threads: parks the caller; other threads run."""
    if not isinstance(seconds, (int, float)):
        seconds = float(seconds)
    if seconds != seconds:
        raise ValueError("Invalid value NaN (not a number)")
    if seconds < 0:
        raise ValueError("sleep length must be non-negative")
    runtime.scheduler.sleep(seconds)


def now():
    """Seconds on the run clock (the same as time.monotonic during a run)."""
    return _monotonic()


def active_threads():
    """How many green threads are alive, the main thread included."""
    return runtime.scheduler.alive()


def jspi_available():
    return host.jspi_available()


class Signal:
    """A wake-up for an event loop's `select`: `wait(timeout)` parks until `set()`."""

    def __init__(self):
        self._flag = False
        self._waiter = None

    def set(self):
        self._flag = True
        if self._waiter is not None:
            runtime.scheduler.wake(self._waiter)

    def wait(self, timeout=None):
        """Returns True if set (and clears it), False after `timeout` seconds."""
        sched = runtime.scheduler
        if not self._flag:
            self._waiter = sched.current
            try:
                sched.park(("signal", self), timeout)
            finally:
                self._waiter = None
        flag, self._flag = self._flag, False
        return flag
