"""The run clock: what time.* and the event loop see during one run.

Real mode follows the wall clock. Virtual mode adds the time that sleeps and
timers skipped to the real elapsed time, so computation still costs what it
costs but waiting costs nothing.
"""

import operator
import time
from asyncio import events

import _pcr_host
from pcr_threads import host

# The functions a run may replace, captured before any run patches them.
ORIGINAL = {
    "time": time.time,
    "time_ns": time.time_ns,
    "monotonic": time.monotonic,
    "monotonic_ns": time.monotonic_ns,
    "perf_counter": time.perf_counter,
    "perf_counter_ns": time.perf_counter_ns,
    "sleep": time.sleep,
}
_perf = time.perf_counter
_monotonic = time.monotonic
_wall = time.time

# A real wait is cut into slices so that a stop request is noticed quickly:
# Pyodide cannot interrupt a suspended wait (pyodide#2141).
_SLICE = 0.05


def _can_suspend():
    try:
        from pyodide.ffi import can_run_sync
    except ImportError:
        return False
    return can_run_sync()


def _real_wait(seconds):
    """Blocks the whole interpreter for `seconds`, without burning CPU when JSPI allows."""
    deadline = _perf() + seconds
    suspend = _can_suspend()
    while True:
        remaining = deadline - _perf()
        if remaining <= 0:
            return
        step = min(remaining, _SLICE)
        if suspend:
            host.real_sleep(step)
        else:
            end = _perf() + step
            while _perf() < end:
                pass
        _pcr_host.checkInterrupt()


def _seconds(value):
    if not isinstance(value, (int, float)) and not hasattr(type(value), "__float__"):
        # Same TypeError as CPython: "'str' object cannot be interpreted as an integer".
        value = operator.index(value)
    seconds = float(value)
    if seconds != seconds:
        raise ValueError("Invalid value NaN (not a number)")
    if seconds < 0:
        raise ValueError("sleep length must be non-negative")
    return seconds


class Clock:
    """One run's clock; `virtual` decides whether waiting takes real time.

    On the virtual clock, now = the moment the run began + the computation
    done since (the host's work clock: this thread's CPU time where the host
    can tell, so a busy machine does not stretch it) + the time waits skipped.
    """

    def __init__(self, mode):
        self.virtual = mode == "virtual"
        self.skipped = 0.0
        self._work = _pcr_host.workSeconds if self.virtual else _perf
        self._work_start = self._work()
        self._perf_start = _perf()
        self._monotonic_start = _monotonic()
        self._wall_start = _wall()
        self._ns_start = {name: ORIGINAL[name]() for name in ("time_ns", "monotonic_ns", "perf_counter_ns")}

    def _since_start(self):
        return self._work() - self._work_start + self.skipped

    def elapsed(self):
        """Seconds since the run began, on this clock."""
        return self._since_start()

    def monotonic(self):
        if not self.virtual:
            return _monotonic()
        return self._monotonic_start + self._since_start()

    def wait(self, seconds):
        """Blocks the caller (and so the event loop) for `seconds` of this clock."""
        if seconds <= 0:
            return
        if self.virtual:
            self.skipped += seconds
        else:
            _real_wait(seconds)

    def sleep(self, secs):
        self.wait(_seconds(secs))

    def _ns(self, name):
        return self._ns_start[name] + int(self._since_start() * 1e9)

    def patch_time(self):
        """Points the time module at this clock; `restore_time` undoes it."""
        time.sleep = self.sleep
        if not self.virtual:
            return
        time.time = lambda: self._wall_start + self._since_start()
        time.monotonic = self.monotonic
        time.perf_counter = lambda: self._perf_start + self._since_start()
        time.time_ns = lambda: self._ns("time_ns")
        time.monotonic_ns = lambda: self._ns("monotonic_ns")
        time.perf_counter_ns = lambda: self._ns("perf_counter_ns")


def capture_time():
    return {name: getattr(time, name) for name in ORIGINAL}


def restore_time(saved):
    for name, value in saved.items():
        setattr(time, name, value)
