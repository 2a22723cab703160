"""Our own asyncio event loop, driven by the run clock.

It is a plain BaseEventLoop whose selector never sees I/O: `select(timeout)`
parks the loop's thread in the green-thread scheduler, which runs other
threads meanwhile and otherwise waits on the run clock, so the virtual clock
jumps straight to the next timer and the real clock blocks as CPython would. Pyodide's WebLoop stays in place
for Pyodide itself; learners' code only ever meets this loop.
"""

import itertools
import math
from asyncio import base_events, events

import pcr_threads


class _ClockSelector:
    """Waits through the green-thread scheduler, so other threads run while the loop is idle.

    A thread that hands the loop work (`call_soon_threadsafe`, an executor's
    result) sets `wakeup`, ending the wait early, as the self-pipe does in CPython.
    """

    def __init__(self):
        self.wakeup = pcr_threads.Signal()

    def select(self, timeout=None):
        if timeout is not None and timeout > 0:
            # Like epoll on Linux, wait in whole milliseconds, rounded up: timers
            # due within the same millisecond then fire in the same loop pass,
            # as they do under CPython, on the virtual clock too.
            timeout = math.ceil(timeout * 1e3) * 1e-3
        if timeout is None or timeout > 0:
            self.wakeup.wait(timeout)
        return []

    def get_map(self):
        return {}

    def close(self):
        pass


class RunLoop(base_events.BaseEventLoop):
    """An event loop whose time and waiting come from one run's clock."""

    def __init__(self, clock, task_names):
        super().__init__()
        self._clock = clock
        self._selector = _ClockSelector()
        self._task_names = task_names
        # Timers due within the millisecond the selector waits in fire in the
        # same pass. On a real machine the time that passes while waking does
        # that; on the virtual clock almost no time passes, and two timers set
        # microseconds apart would otherwise fire in separate passes.
        self._clock_resolution = 1e-3

    def create_task(self, coro, **kwargs):
        # Number unnamed tasks per run (Task-1, Task-2, …) as a fresh CPython process would;
        # the C task counter would otherwise keep counting across runs.
        if kwargs.get("name") is None and self._task_factory is None:
            kwargs["name"] = f"Task-{next(self._task_names)}"
        return super().create_task(coro, **kwargs)

    def time(self):
        return self._clock.monotonic()

    def _process_events(self, event_list):
        pass

    def _write_to_self(self):
        self._selector.wakeup.set()


class RunPolicy(events._BaseDefaultEventLoopPolicy):
    """Makes `asyncio.run()` and `new_event_loop()` create a RunLoop on the run clock."""

    def __init__(self, clock):
        super().__init__()
        self._clock = clock
        self._task_names = itertools.count(1)

    def new_event_loop(self):
        return RunLoop(self._clock, self._task_names)


def install(clock):
    """Installs the policy and hides Pyodide's running loop; returns what `uninstall` needs."""
    saved = (events._get_event_loop_policy(), events._get_running_loop())
    events._set_event_loop_policy(RunPolicy(clock))
    events._set_running_loop(None)
    return saved


def uninstall(saved):
    policy, running = saved
    events._set_event_loop_policy(policy)
    events._set_running_loop(running)

