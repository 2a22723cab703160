"""The replacement `_thread` module: what CPython 3.14's `threading` imports.

`install` puts this module in `sys.modules["_thread"]`; `threading`, `queue`
and `concurrent.futures` then run unmodified on green threads.
"""

import sys
import traceback

import _thread as _c_thread

from . import host, interrupt, runtime
from .local import _local, forget_thread
from .locks import TIMEOUT_MAX, LockType, RLock, lock

from . import trace

error = RuntimeError
allocate_lock = allocate = LockType
_excepthook = _c_thread._excepthook
_ExceptHookArgs = _c_thread._ExceptHookArgs

__all__ = [
    "LockType", "RLock", "TIMEOUT_MAX", "_ExceptHookArgs", "_ThreadHandle",
    "_count", "_excepthook", "_get_main_thread_ident", "_is_main_interpreter",
    "_local", "_make_thread_handle", "_shutdown", "allocate", "allocate_lock",
    "daemon_threads_allowed", "error", "exit", "exit_thread", "get_ident",
    "get_native_id", "interrupt_main", "lock", "set_name", "stack_size",
    "start_joinable_thread", "start_new", "start_new_thread",
]

# Handles of live non-daemon threads, which `_shutdown` waits for.
_shutdown_handles = []
_names = {}


class _ThreadHandle:
    """What `threading.Thread` joins; done once the thread's function returned."""

    __slots__ = ("_ident", "_done", "_joiners", "__weakref__")

    def __init__(self):
        self._ident = None
        self._done = False
        self._joiners = []

    @property
    def ident(self):
        return self._ident

    def is_done(self):
        return self._done

    def _set_done(self):
        self._done = True
        joiners, self._joiners = self._joiners, []
        for thread in joiners:
            runtime.scheduler.wake(thread)

    def join(self, timeout=None):
        if self._done:
            return
        sched = runtime.scheduler
        if self._ident == sched.current.ident:
            raise RuntimeError("Cannot join current thread")
        if timeout is not None and timeout < 0:
            timeout = None
        deadline = None if timeout is None else sched.now() + timeout
        me = sched.current
        while not self._done:
            remaining = None
            if deadline is not None:
                remaining = deadline - sched.now()
                if remaining <= 0:
                    return
            self._joiners.append(me)
            try:
                sched.park(("join", self), remaining)
            finally:
                if me in self._joiners:
                    self._joiners.remove(me)

    def __repr__(self):
        return f"<_thread._ThreadHandle object: ident={self._ident}>"


def _make_thread_handle(ident):
    handle = _ThreadHandle()
    handle._ident = ident
    return handle


def _start(function, handle, daemon, on_error):
    host.check_can_switch()
    sched = runtime.scheduler

    def entry():
        me = sched.current
        if sched.preempting:
            interrupt.reset_phase()
        if trace.on:  # trace hook
            trace.record("thread_start", daemon=daemon)
        try:
            if not me.killed:
                function()
        except SystemExit:
            pass
        except BaseException as exc:  # noqa: BLE001 - reported like CPython does
            on_error(exc)
        finally:
            if trace.on:  # trace hook
                trace.record("thread_end", name=_names.get(me.ident))
            forget_thread(me.ident)
            _names.pop(me.ident, None)
            handle._set_done()
            if handle in _shutdown_handles:
                _shutdown_handles.remove(handle)
            sched.finish(me)

    thread = sched.spawn(entry, handle, daemon)
    handle._ident = thread.ident
    if not daemon:
        _shutdown_handles.append(handle)
    return handle


def start_joinable_thread(function, handle=None, daemon=True):
    """Starts `function` on a new green thread; returns its `_ThreadHandle`."""
    if handle is None:
        handle = _ThreadHandle()
    elif handle._ident is not None:
        raise RuntimeError("thread already started")
    return _start(function, handle, daemon, lambda exc: _print_ignored(function, exc))


def start_new_thread(function, args, kwargs=None):
    """Starts `function(*args, **kwargs)` on a new green thread; returns its ident."""
    if not callable(function):
        raise TypeError("first arg must be callable")
    if not isinstance(args, tuple):
        raise TypeError("2nd arg must be a tuple")
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError("optional 3rd arg must be a dictionary")
    kwargs = kwargs or {}
    handle = _ThreadHandle()
    _start(lambda: function(*args, **kwargs), handle, True, lambda exc: _print_ignored(function, exc))
    return handle._ident


start_new = start_new_thread


def _print_ignored(function, exc):
    stream = sys.stderr
    if stream is None:
        return
    print(f"Exception ignored in thread started by: {function!r}", file=stream)
    traceback.print_exception(exc, file=stream)


def get_ident():
    return runtime.scheduler.current.ident


def get_native_id():
    return runtime.scheduler.current.ident


def _get_main_thread_ident():
    return runtime.scheduler.main.ident


def _is_main_interpreter():
    return True


def daemon_threads_allowed():
    return True


def set_name(name):
    _names[get_ident()] = name
    if trace.on:  # trace hook
        trace.record("thread_name", name=name)


def _count():
    return runtime.scheduler.alive() - 1


def stack_size(size=0):
    if size != 0 and size < 32768:
        raise ValueError(f"size not valid: {size} bytes")
    return 0


def exit():
    raise SystemExit


exit_thread = exit


def interrupt_main(signum=2):
    """Raises KeyboardInterrupt in the main thread when it next runs."""
    sched = runtime.scheduler
    if sched.current is sched.main:
        raise KeyboardInterrupt
    sched.deliver(sched.main, KeyboardInterrupt())


def _shutdown():
    """Waits for every non-daemon thread, as the interpreter does at exit."""
    while _shutdown_handles:
        handle = _shutdown_handles[0]
        handle.join()
        if handle in _shutdown_handles:
            _shutdown_handles.remove(handle)
