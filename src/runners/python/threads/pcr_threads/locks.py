"""`_thread.lock` and `_thread.RLock` whose blocking acquire parks the green thread.

Release does not hand the lock over: it wakes the first waiter, which then
competes for it like any other thread, as with CPython's locks.
"""

from collections import deque

from . import runtime

from . import trace

TIMEOUT_MAX = 9223372036.0


def _check_args(blocking, timeout):
    if not blocking:
        if timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        return None
    if timeout == -1:
        return None
    if timeout < 0:
        raise ValueError("timeout value must be a non-negative number")
    if timeout > TIMEOUT_MAX:
        raise OverflowError("timeout value is too large")
    return timeout


class lock:
    """A non-reentrant lock (`threading.Lock`)."""

    __slots__ = ("_locked", "_owner", "_waiters", "__weakref__")

    def __init__(self):
        self._locked = False
        self._owner = None
        self._waiters = deque()

    def acquire(self, blocking=True, timeout=-1):
        timeout = _check_args(blocking, timeout)
        sched = runtime.scheduler
        if not self._locked:
            self._locked = True
            self._owner = sched.current.ident
            if trace.on:  # trace hook
                trace.lock_event("lock_acquire", self)
            return True
        if not blocking:
            return False
        if trace.on:  # trace hook
            trace.lock_event("lock_wait", self)
        me = sched.current
        deadline = None if timeout is None else sched.now() + timeout
        while True:
            remaining = None
            if deadline is not None:
                remaining = deadline - sched.now()
                if remaining <= 0:
                    if trace.on:  # trace hook
                        trace.lock_event("lock_timeout", self)
                    return False
            self._waiters.append(me)
            try:
                sched.park(("lock", self), remaining)
            finally:
                try:
                    self._waiters.remove(me)
                except ValueError:
                    pass
            if not self._locked:
                self._locked = True
                self._owner = me.ident
                if trace.on:  # trace hook
                    trace.lock_event("lock_acquire", self, waited=True)
                return True

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        if trace.on:  # trace hook
            trace.lock_event("lock_release", self)
        self._locked = False
        self._owner = None
        if self._waiters:
            runtime.scheduler.wake(self._waiters.popleft())

    def locked(self):
        return self._locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def _at_fork_reinit(self):
        self._locked = False
        self._owner = None
        self._waiters.clear()

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked

    def __repr__(self):
        state = "locked" if self._locked else "unlocked"
        return f"<{state} _thread.lock object at {id(self):#x}>"


lock.__module__ = "_thread"
LockType = lock


class RLock:
    """A reentrant lock with the private methods `threading.Condition` uses."""

    __slots__ = ("_block", "_owner", "_count", "__weakref__")

    def __init__(self):
        self._block = lock()
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = runtime.scheduler.current.ident
        if self._owner == me:
            self._count += 1
            return True
        if self._block.acquire(blocking, timeout):
            self._owner = me
            self._count = 1
            return True
        return False

    __enter__ = acquire

    def release(self):
        if self._owner != runtime.scheduler.current.ident or not self._count:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = None
            self._block.release()

    def __exit__(self, *exc):
        self.release()

    def locked(self):
        return self._block.locked()

    def _is_owned(self):
        return self._owner == runtime.scheduler.current.ident

    def _recursion_count(self):
        return self._count if self._is_owned() else 0

    def _release_save(self):
        if not self._count:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        return state

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def _at_fork_reinit(self):
        self._block._at_fork_reinit()
        self._owner = None
        self._count = 0

    def __repr__(self):
        state = "locked" if self._block.locked() else "unlocked"
        return (
            f"<{state} _thread.RLock object owner={self._owner or 0} "
            f"count={self._count} at {id(self):#x}>"
        )


RLock.__module__ = "_thread"
