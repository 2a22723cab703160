"""`_multiprocessing` for process workers: SemLock on a shared-kernel semaphore.

The value lives in the kernel, so every process sees it; the owner and the
recursion count are per process, as in CPython's semaphore.c.
"""

import sys
import threading

from . import kernel

RECURSIVE_MUTEX = 0
SEMAPHORE = 1
SEM_VALUE_MAX = 2**31 - 1

flags = {"HAVE_SEM_OPEN": 1, "HAVE_SEM_TIMEDWAIT": 1}

# Names a process has not unlinked yet, as sem_open's namespace.
_names = {}


class SemLock:
    """The C type `_multiprocessing.SemLock`, on a kernel semaphore."""

    SEM_VALUE_MAX = SEM_VALUE_MAX

    def __init__(self, kind, value, maxvalue, name, unlink):
        if kind not in (RECURSIVE_MUTEX, SEMAPHORE):
            raise ValueError("unrecognized kind")
        if name is not None and name in _names:
            raise FileExistsError(17, "File exists")
        handle = kernel.create("semaphore")
        kernel.sem_init(handle, value)
        self._setup(handle, kind, maxvalue, None if unlink else name)
        if self.name is not None:
            _names[self.name] = handle

    def _setup(self, handle, kind, maxvalue, name):
        self.handle = handle
        self.kind = kind
        self.maxvalue = maxvalue
        self.name = name
        self._count_value = 0
        self._last_tid = 0

    @classmethod
    def _rebuild(cls, handle, kind, maxvalue, name):
        kernel.ensure(handle)
        self = cls.__new__(cls)
        self._setup(handle, kind, maxvalue, name)
        return self

    def _is_mine(self):
        return self._count_value > 0 and self._last_tid == threading.get_ident()

    def acquire(self, block=True, timeout=None):
        if self.kind == RECURSIVE_MUTEX and self._is_mine():
            self._count_value += 1
            return True
        handle = self.handle
        if not kernel.sem_try_acquire(handle):
            if not block or timeout is not None and timeout <= 0:
                kernel.pause()
                return False
            if timeout is not None:
                timeout = max(0.0, timeout)
            got = kernel.wait_until(
                lambda: kernel.sem_try_acquire(handle), [handle], ("semlock", self), timeout
            )
            if not got:
                return False
        self._count_value += 1
        self._last_tid = threading.get_ident()
        return True

    def release(self):
        if self.kind == RECURSIVE_MUTEX:
            if not self._is_mine():
                raise AssertionError("attempt to release recursive lock not owned by thread")
            if self._count_value > 1:
                self._count_value -= 1
                return
        if not kernel.sem_release(self.handle, self.maxvalue):
            raise ValueError("semaphore or lock released too many times")
        self._count_value -= 1

    __enter__ = acquire

    def __exit__(self, *args):
        self.release()

    def _count(self):
        return self._count_value

    def _get_value(self):
        value = int(kernel.sem_value(self.handle))
        if value == 0:
            kernel.pause()
        return value

    def _is_zero(self):
        return self._get_value() == 0

    def _after_fork(self):
        self._count_value = 0


def sem_unlink(name):
    _names.pop(name, None)


def closesocket(handle):  # pragma: no cover - only Windows' connection code calls it
    raise OSError("sockets are not available")


def reset():
    _names.clear()


__all__ = ["SemLock", "sem_unlink", "flags"]
del sys
