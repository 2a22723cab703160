"""A stand-alone run clock, used when the engine does not pass its own.

The engine's clock (src/runners/python/py/pcr_clock.py) has the same shape:
`virtual`, `monotonic()` and `wait(seconds)`; the scheduler needs nothing more.
"""

import time

from . import host

_real_monotonic = time.monotonic
_real_perf = time.perf_counter


class SimpleClock:
    """Real or virtual time; virtual waits jump ahead instead of waiting."""

    def __init__(self, virtual, exact=False):
        self.virtual = virtual or exact
        self.skipped = 0.0
        # Exact: time moves only by waits, so tests can assert exact instants.
        self._frozen = _real_monotonic() if exact else None

    def monotonic(self):
        if self._frozen is not None:
            return self._frozen + self.skipped
        return _real_monotonic() + self.skipped

    def wait(self, seconds):
        """Blocks the whole interpreter for `seconds` of this clock."""
        if seconds <= 0:
            return
        if self.virtual:
            self.skipped += seconds
            return
        from pyodide.ffi import can_run_sync

        if can_run_sync():
            host.real_sleep(seconds)
            return
        end = _real_perf() + seconds
        while _real_perf() < end:
            pass

    def patch_time(self):
        """Points time.time/monotonic/perf_counter at this clock (virtual only)."""
        if not self.virtual:
            return
        wall = time.time
        wall_ns = time.time_ns
        mono_ns = time.monotonic_ns
        perf = time.perf_counter
        perf_ns = time.perf_counter_ns
        if self._frozen is not None:
            start_wall, start_perf = wall(), perf()
            wall = lambda: start_wall  # noqa: E731
            perf = lambda: start_perf  # noqa: E731
            wall_ns = lambda: int(start_wall * 1e9)  # noqa: E731
            perf_ns = lambda: int(start_perf * 1e9)  # noqa: E731
            mono_ns = lambda: int(self._frozen * 1e9)  # noqa: E731
        time.time = lambda: wall() + self.skipped
        time.time_ns = lambda: wall_ns() + int(self.skipped * 1e9)
        time.monotonic = self.monotonic
        time.monotonic_ns = lambda: mono_ns() + int(self.skipped * 1e9)
        time.perf_counter = lambda: perf() + self.skipped
        time.perf_counter_ns = lambda: perf_ns() + int(self.skipped * 1e9)
