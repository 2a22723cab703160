"""The green-thread scheduler: who runs, who waits, and the clock they share.

Exactly one green thread runs Python at a time (it holds the "GIL"). A thread
that blocks parks: it names the next runnable thread, resolves that thread's
promise, and suspends on its own. When nothing can run, the parking thread
waits for the earliest timer itself: on the virtual clock by jumping to it, on
the real clock by sleeping for real. When nothing can run and no timer is
pending, the program is deadlocked and the main thread gets a DeadlockError.
"""

import heapq
import sys
from collections import deque
from itertools import count

from . import gc_guard, host, interrupt
from .clock import SimpleClock

from . import trace

NEW = "new"
READY = "ready"
RUNNING = "running"
BLOCKED = "blocked"
DONE = "done"

# How many times a killed thread may swallow the exit before it is abandoned.
_MAX_KILLS = 50

try:
    from asyncio.events import _get_running_loop, _set_running_loop
except ImportError:  # pragma: no cover - asyncio is part of the stdlib
    _get_running_loop = _set_running_loop = None


class DeadlockError(RuntimeError):
    """Every thread is blocked and no timer can wake any of them."""


class GreenThread:
    """One green thread's bookkeeping; `entry` runs on its own JS-entered stack."""

    __slots__ = (
        "ident", "state", "entry", "resolver", "handle", "daemon", "waiting",
        "wait_seq", "woken", "pending", "killed", "kills", "frame", "loop",
    )

    def __init__(self, ident, entry, handle, daemon):
        self.ident = ident
        self.entry = entry
        self.handle = handle
        self.daemon = daemon
        self.state = NEW
        self.resolver = False
        self.waiting = None
        self.wait_seq = -1
        self.woken = False
        self.pending = None
        self.killed = False
        self.kills = 0
        self.frame = None
        self.loop = None


class Scheduler:
    """Run queue, timer heap and clock for the green threads of one interpreter."""

    def __init__(self, main_ident):
        self.main = GreenThread(main_ident, None, None, False)
        self.main.state = RUNNING
        self.current = self.main
        self.threads = {main_ident: self.main}
        self.ready = deque()
        self.timers = []
        self.clock = SimpleClock(virtual=False)
        self._seq = count()
        self._idents = count(main_ident + 1)
        # Stack switches so far; cheap, and what a cost measurement needs.
        self.switches = 0
        # True while preemption counts checks (set by the preempt module).
        self.preempting = False
        # Called with the number of live threads whenever it changes.
        self.on_count_change = None
        # Build the deadlock report; set from the report module.
        self.describe = None
        self.locate = None
        # Threads parked on another process (a pipe, a semaphore, an exit):
        # thread -> (ready, handles). Polled when no thread can run, and
        # `idle_external(externals, timeout)` sleeps until a handle changes.
        self.externals = {}
        self.idle_external = None

    # -- clock -----------------------------------------------------------

    def now(self):
        """Seconds on the run clock (monotonic)."""
        return self.clock.monotonic()

    def sleep(self, seconds):
        """Parks the current thread for `seconds` of run-clock time."""
        if seconds <= 0:
            self.yield_now()
            return
        if trace.on:  # trace hook
            trace.record("sleep", seconds=seconds)
        deadline = self.now() + seconds
        remaining = seconds
        while remaining > 0:
            self.park(("sleep", seconds), remaining)
            remaining = deadline - self.now()

    # -- threads ---------------------------------------------------------

    def spawn(self, entry, handle, daemon):
        """Registers a new thread; it first runs when the scheduler picks it."""
        thread = GreenThread(next(self._idents), entry, handle, daemon)
        self.threads[thread.ident] = thread
        thread.state = READY
        self.ready.append(thread)
        self._count_changed()
        return thread

    def alive(self):
        return len(self.threads)

    def _count_changed(self):
        if self.on_count_change is not None:
            self.on_count_change(len(self.threads))

    def wake(self, thread):
        """Makes a parked thread runnable; `park` then returns True in it."""
        if thread.state == BLOCKED:
            thread.woken = True
            thread.state = READY
            self.ready.append(thread)

    def deliver(self, thread, exc):
        """Raises `exc` (or calls it, if not an exception) in `thread` when it
        next runs, waking it if parked."""
        thread.pending = exc
        self.wake(thread)

    def park(self, waiting, timeout=None):
        """Blocks the current thread until `wake` (True) or `timeout` seconds (False).

        `waiting` describes what it waits for, for the deadlock report.
        """
        me = self.current
        me.state = BLOCKED
        me.waiting = waiting
        me.woken = False
        me.wait_seq = seq = next(self._seq)
        if timeout is not None:
            heapq.heappush(self.timers, (self.now() + max(timeout, 0.0), seq, me))
        # Located now: a parked stack's frames are not reliable to walk later.
        # A thread with a timer is never part of a deadlock, so it need not be.
        if self.locate is not None and timeout is None:
            me.frame = self.locate(sys._getframe(1))
        try:
            self._run_others(me)
        finally:
            me.waiting = None
            me.frame = None
        return me.woken

    def park_external(self, waiting, ready, handles, timeout=None):
        """`park` until another process changes one of `handles` so that `ready()` holds.

        Returns True when woken (ready, or woken by a thread), False on timeout.
        """
        me = self.current
        self.externals[me] = (ready, handles)
        try:
            return self.park(waiting, timeout)
        finally:
            self.externals.pop(me, None)

    def _poll_externals(self):
        for thread, (ready, _) in list(self.externals.items()):
            if thread.state == BLOCKED and ready():
                self.wake(thread)

    def _idle(self, me):
        """Waits for a timer or another process; False when nothing can ever wake anyone."""
        deadline = self.timers[0][0] if self.timers else None
        # Only parked threads count: one woken otherwise (or abandoned) must not
        # make the wait return at once, over and over.
        waiting = [entry for thread, entry in self.externals.items() if thread.state == BLOCKED]
        if waiting:
            timeout = None if deadline is None else max(0.0, deadline - self.now())
            self.idle_external(waiting, timeout)
            return True
        if deadline is not None:
            self._idle_until(deadline)
            return True
        return False

    def yield_now(self):
        """Lets every other runnable thread run once (preemption, sleep(0))."""
        me = self.current
        self._fire_timers()
        if self.externals:
            self._poll_externals()
        if not self.ready:
            return
        me.state = READY
        self.ready.append(me)
        self._run_others(me)

    def _run_others(self, me):
        while True:
            self._fire_timers()
            if self.externals:
                self._poll_externals()
            if self.ready:
                nxt = self.ready.popleft()
                if nxt is not me:
                    self._switch(me, nxt)
                me.state = RUNNING
                self.current = me
                break
            if self._idle(me):
                continue
            self._deadlock(me)
        self._after_resume(me)

    def _switch(self, me, nxt):
        if trace.on:  # trace hook: me is BLOCKED (parked) or READY (yielded/preempted)
            trace.switch(me, nxt, "blocked" if me.state == BLOCKED else "ready")
        self.switches += 1
        me.resolver = True
        if _get_running_loop is not None:
            me.loop = _get_running_loop()
        self.current = nxt
        nxt.state = RUNNING
        if nxt.resolver:
            nxt.resolver = False
            host.switch_to(me.ident, nxt.ident)
        else:
            entry, nxt.entry = nxt.entry, None
            host.switch_to_new(me.ident, entry)
        if self.preempting:
            interrupt.reset_phase()
        if _set_running_loop is not None:
            _set_running_loop(me.loop)

    def _resume(self, thread):
        if trace.on:  # trace hook: the current thread has finished
            trace.switch(self.current, thread, "finished")
        self.current = thread
        thread.state = RUNNING
        if thread.resolver:
            thread.resolver = False
            host.resume(thread.ident)
        else:
            entry, thread.entry = thread.entry, None
            host.spawn(entry)

    def _after_resume(self, me):
        if me.killed:
            me.kills += 1
            if me.kills <= _MAX_KILLS:
                raise SystemExit
            self._abandon(me)
        if me.pending is not None:
            exc, me.pending = me.pending, None
            if isinstance(exc, BaseException):
                raise exc
            exc()

    def _abandon(self, me):
        """A killed thread that keeps swallowing SystemExit is left suspended for good."""
        me.killed = False
        gc_guard.hold_forever()
        if me.handle is not None:
            me.handle._set_done()
        self.finish(me)
        host.wait_parked(-me.ident)

    def finish(self, me):
        """Ends the current thread's turn for good and starts the next one.

        Called last on a thread's stack, which then returns to JavaScript.
        """
        me.state = DONE
        self.threads.pop(me.ident, None)
        self._count_changed()
        while True:
            self._fire_timers()
            if self.externals:
                self._poll_externals()
            if self.ready:
                self._resume(self.ready.popleft())
                return
            if self._idle(me):
                continue
            if self.main.state == BLOCKED:
                self.deliver(self.main, DeadlockError(self.report()))
                continue
            return

    # -- timers ----------------------------------------------------------

    def _drop_stale(self):
        timers = self.timers
        while timers:
            _, seq, thread = timers[0]
            if thread.state == BLOCKED and thread.wait_seq == seq:
                return
            heapq.heappop(timers)

    def _fire_timers(self):
        self._drop_stale()
        if not self.timers:
            return
        now = self.now()
        timers = self.timers
        while timers and timers[0][0] <= now:
            _, seq, thread = heapq.heappop(timers)
            if thread.state == BLOCKED and thread.wait_seq == seq:
                thread.state = READY
                self.ready.append(thread)
            self._drop_stale()

    def _idle_until(self, deadline):
        delta = deadline - self.now()
        if delta > 0:
            self.clock.wait(delta)

    def next_deadline(self):
        """Run-clock time of the earliest pending timer, or None."""
        self._drop_stale()
        return self.timers[0][0] if self.timers else None

    # -- deadlock --------------------------------------------------------

    def report(self):
        if self.describe is None:
            return "deadlock: every thread is blocked"
        return self.describe(self)

    def _deadlock(self, me):
        message = self.report()
        if me is self.main or self.main.state != BLOCKED:
            raise DeadlockError(message)
        self.deliver(self.main, DeadlockError(message))

    # -- end of a run ----------------------------------------------------

    def reset(self, clock):
        """Forgets every other thread; the caller must be the main thread."""
        self.threads = {self.main.ident: self.main}
        self.ready.clear()
        self.timers.clear()
        self.externals.clear()
        self.main.pending = None
        self.main.killed = False
        self.current = self.main
        self.clock = clock
        self._count_changed()
