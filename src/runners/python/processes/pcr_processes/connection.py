"""`multiprocessing.connection` ends on kernel pipes, and `wait` over them.

A Connection reads from one kernel pipe and writes into another (a one-way
Pipe has only one of them). Messages are framed as CPython frames them (a
4-byte big-endian length), the pipe holds 64 KiB like Linux's, so a writer
blocks when the reader falls behind, and the last writer closing means EOF.
"""

import io
import struct
import weakref
from multiprocessing import connection as _stdlib
from multiprocessing import reduction

from . import kernel

_HEADER = struct.Struct("!i")
_open = weakref.WeakSet()


class Connection(_stdlib._ConnectionBase):
    """A Connection whose handle is a pair of kernel pipes."""

    def __init__(self, rx, tx, counted=False):
        super().__init__(rx if rx is not None else tx, readable=rx is not None, writable=tx is not None)
        self._rx = rx
        self._tx = tx
        if not counted:
            _count_ends(rx, tx, 1)
        _open.add(self)

    def _close(self):
        _open.discard(self)
        if self._rx is not None:
            kernel.pipe_ends(self._rx, 0, -1)
        if self._tx is not None:
            kernel.pipe_ends(self._tx, -1, 0)

    def _detach(self):
        _open.discard(self)
        self._handle = None

    # -- sending -------------------------------------------------------

    def _lock(self, handle, slot):
        owner = kernel.pid()
        if not kernel.pipe_try_lock(handle, slot, owner):
            kernel.wait_until(lambda: kernel.pipe_try_lock(handle, slot, owner), [handle], ("pipe", self))

    def _send_bytes(self, buf):
        data = kernel.to_bytes(_HEADER.pack(len(buf)) + bytes(buf))
        tx = self._tx
        self._lock(tx, 0)
        try:
            sent = int(kernel.pipe_write(tx, data))
            while sent < data.length:
                if kernel.pipe_ends(tx, 0, 0)[1] == 0:
                    raise BrokenPipeError(32, "Broken pipe")
                kernel.wait_until(
                    lambda: kernel.pipe_used(tx) < kernel.capacity or kernel.pipe_ends(tx, 0, 0)[1] == 0,
                    [tx],
                    ("pipe", self),
                )
                sent += int(kernel.pipe_write(tx, data.subarray(sent)))
        finally:
            kernel.pipe_unlock(tx, 0)

    # -- receiving -----------------------------------------------------

    def _read_exactly(self, size, message_started):
        rx = self._rx
        parts = []
        missing = size
        while missing > 0:
            chunk = kernel.pipe_read(rx, missing)
            if chunk.length:
                parts.append(kernel.bytes_from(chunk))
                missing -= chunk.length
                continue
            if kernel.pipe_ends(rx, 0, 0)[0] == 0:
                if missing == size and not message_started:
                    raise EOFError
                raise OSError("got end of file during message")
            kernel.wait_until(lambda: kernel.ready(rx), [rx], ("pipe", self))
        return b"".join(parts)

    def _recv_bytes(self, maxsize=None):
        rx = self._rx
        self._lock(rx, 1)
        try:
            (size,) = _HEADER.unpack(self._read_exactly(4, False))
            if maxsize is not None and size > maxsize:
                return None
            return io.BytesIO(self._read_exactly(size, True))
        finally:
            kernel.pipe_unlock(rx, 1)

    def _poll(self, timeout):
        rx = self._rx
        if kernel.ready(rx):
            return True
        if timeout is not None and timeout <= 0:
            kernel.pause()
            return False
        return bool(kernel.wait_until(lambda: kernel.ready(rx), [rx], ("pipe", self), timeout))


def Pipe(duplex=True):
    """Returns the two ends of a new pipe, like `multiprocessing.Pipe`."""
    if duplex:
        a, b = kernel.create("pipe"), kernel.create("pipe")
        return Connection(a, b), Connection(b, a)
    one_way = kernel.create("pipe")
    return Connection(one_way, None), Connection(None, one_way)


def _count_ends(rx, tx, delta):
    if rx is not None:
        kernel.pipe_ends(rx, 0, delta)
    if tx is not None:
        kernel.pipe_ends(tx, delta, 0)


def _rebuild(rx, tx):
    for handle in (rx, tx):
        if handle is not None:
            kernel.ensure(handle)
    return Connection(rx, tx, counted=True)


def _reduce(conn):
    """Pickles an end for another process. Like a descriptor duplicated at
    spawn, the copy counts from now on, so the sender may close its own at once."""
    if conn.closed:
        raise OSError("handle is closed")
    _count_ends(conn._rx, conn._tx, 1)
    return _rebuild, (conn._rx, conn._tx)


def _handles(obj):
    if isinstance(obj, Connection):
        return [obj._rx] if obj._rx is not None else []
    if isinstance(obj, int):
        return [obj]
    fileno = getattr(obj, "fileno", None)
    return [fileno()] if fileno is not None else []


def _is_ready(obj):
    return any(kernel.ready(handle) for handle in _handles(obj))


def wait(object_list, timeout=None):
    """Waits until some of `object_list` (connections, sentinels) are ready; returns those."""
    objects = list(object_list)
    for obj in objects:
        for handle in _handles(obj):
            kernel.ensure(handle)
    handles = [handle for obj in objects for handle in _handles(obj)]

    def ready_objects():
        return [obj for obj in objects if _is_ready(obj)]

    if timeout is not None and timeout <= 0:
        ready = ready_objects()
        if not ready:
            kernel.pause()
        return ready
    return kernel.wait_until(ready_objects, handles, ("wait", objects), timeout) or []


def close_all():
    """Closes every end this process still holds (what exiting does to its descriptors)."""
    for conn in list(_open):
        conn.close()


def install():
    _stdlib.Pipe = Pipe
    _stdlib.wait = wait
    _stdlib.Connection = Connection
    reduction.register(Connection, _reduce)
