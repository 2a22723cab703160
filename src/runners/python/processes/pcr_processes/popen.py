"""The spawn start method on process workers: `multiprocessing.popen_spawn_posix.Popen`.

As with CPython's spawn, the parent pickles its preparation data and the
Process object; the child (a fresh interpreter in another worker) imports the
main file as `__mp_main__`, unpickles, and runs `_bootstrap`.
"""

import errno
import io
import os
import signal

from multiprocessing import spawn, util
from multiprocessing.context import reduction, set_spawning_popen

from pcr_threads import trace

from . import kernel


class _DupFd:
    def __init__(self, fd):
        self.fd = fd

    def detach(self):
        return self.fd


class Popen:
    method = "spawn"
    DupFd = _DupFd

    def __init__(self, process_obj):
        util._flush_std_streams()
        self.returncode = None
        self.finalizer = None
        self._launch(process_obj)

    def duplicate_for_child(self, fd):
        return fd

    def _launch(self, process_obj):
        prep_data = spawn.get_preparation_data(process_obj._name)
        fp = io.BytesIO()
        set_spawning_popen(self)
        try:
            reduction.dump(prep_data, fp)
            reduction.dump(process_obj, fp)
        finally:
            set_spawning_popen(None)
        started = kernel.spawn(fp.getbuffer(), process_obj._name)
        if started is None:
            # What fork() says when the system will not make another process.
            raise BlockingIOError(errno.EAGAIN, os.strerror(errno.EAGAIN))
        self.pid, self.sentinel = started
        if trace.on:  # trace hook
            trace.record("process_start", pid=self.pid, name=process_obj._name)

    def poll(self, flag=os.WNOHANG):
        if self.returncode is None:
            self.returncode = kernel.exitcode(self.sentinel)
            if self.returncode is None:
                kernel.pause()
            elif trace.on:  # trace hook: when this process learns of the exit
                trace.record("process_end", pid=self.pid, exitcode=self.returncode)
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is None:
            sentinel = self.sentinel
            kernel.wait_until(
                lambda: kernel.exitcode(sentinel) is not None, [sentinel], ("process", self.pid), timeout
            )
        return self.poll()

    def _send_signal(self, sig):
        if self.returncode is None and self.poll() is None:
            kernel.signal(self.pid, sig)

    def interrupt(self):
        self._send_signal(signal.SIGINT)

    def terminate(self):
        self._send_signal(signal.SIGTERM)

    def kill(self):
        self._send_signal(signal.SIGKILL)

    def close(self):
        if self.finalizer is not None:
            self.finalizer()
