"""Our own asyncio event loop, driven by the run clock.

It is a plain BaseEventLoop whose selector never sees I/O: `select(timeout)`
waits on the run clock, so the virtual clock jumps straight to the next timer
and the real clock blocks as CPython would. Pyodide's WebLoop stays in place
for Pyodide itself; learners' code only ever meets this loop.
"""

from asyncio import base_events, events

import _pcr_clock


class _ClockSelector:
    def __init__(self, clock):
        self._clock = clock

    def select(self, timeout=None):
        if timeout is None:
            _pcr_clock.wait_forever(self._clock)
        elif timeout > 0:
            self._clock.wait(timeout)
        return []

    def get_map(self):
        return {}

    def close(self):
        pass


class RunLoop(base_events.BaseEventLoop):
    """An event loop whose time and waiting come from one run's clock."""

    def __init__(self, clock):
        super().__init__()
        self._clock = clock
        self._selector = _ClockSelector(clock)

    def time(self):
        return self._clock.monotonic()

    def _process_events(self, event_list):
        pass

    def _write_to_self(self):
        pass

    def run_in_executor(self, executor, func, *args):
        # There are no threads in Pyodide: the default executor runs the call
        # at once, as Pyodide's own loop does, so to_thread() still works.
        if executor is not None:
            return super().run_in_executor(executor, func, *args)
        self._check_closed()
        future = self.create_future()
        try:
            future.set_result(func(*args))
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as error:
            future.set_exception(error)
        return future


class RunPolicy(events._BaseDefaultEventLoopPolicy):
    """Makes `asyncio.run()` and `new_event_loop()` create a RunLoop on the run clock."""

    def __init__(self, clock):
        super().__init__()
        self._clock = clock

    def new_event_loop(self):
        return RunLoop(self._clock)


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

