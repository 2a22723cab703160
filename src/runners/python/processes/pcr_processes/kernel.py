"""Python's side of the shared kernel (src/runners/python/processes/kernel.ts).

Every process worker maps the same pipes, semaphores, shared memory and
process-status objects, named by integer handles. Blocking on one of them
parks the calling green thread: the scheduler polls `ready` and, when no
thread can run, sleeps until some watched object changes.
"""

import _pcr_host
import _pcr_kernel as _k
from pyodide.ffi import to_js

from pcr_threads import host, runtime

# A suspended wait cannot be interrupted (pyodide#2141): wait in slices.
_SLICE_MS = 50

def unavailable_reason():
    """Why this runtime cannot start processes here, or None when it can."""
    reason = _k.unavailableReason()
    return None if reason is None else str(reason)


def _check_available():
    reason = unavailable_reason()
    if reason is not None:
        raise OSError(reason)


def create(kind, size=0):
    _check_available()
    return int(_k.create(kind, size))


# How long a process waits for another one's object to be registered with the root.
_LOOKUP_LIMIT_S = 10.0


def ensure(handle):
    """Maps an object created by another process; waits (interruptibly) for its registration if needed."""
    waited = 0.0
    while not _k.has(handle):
        if waited >= _LOOKUP_LIMIT_S:
            raise OSError(f"no process has shared object {handle} any more")
        host.suspend_quietly(_k.lookup, handle, _SLICE_MS)
        waited += _SLICE_MS / 1000.0
        _pcr_host.checkInterrupt()


def to_bytes(data):
    return to_js(memoryview(data).cast("B"))


def bytes_from(js_array):
    return js_array.to_bytes()


pipe_write = _k.pipeWrite
pipe_read = _k.pipeRead
pipe_used = _k.pipeUsed
pipe_try_lock = _k.pipeTryLock
pipe_unlock = _k.pipeUnlock
sem_init = _k.semInit
sem_try_acquire = _k.semTryAcquire
sem_release = _k.semRelease
sem_value = _k.semValue
mem_read = _k.memRead
mem_write = _k.memWrite
ready = _k.ready
capacity = int(_k.pipeCapacity)


def pipe_ends(handle, writers, readers):
    ends = _k.pipeEnds(handle, writers, readers)
    return int(ends[0]), int(ends[1])


def exitcode(handle):
    code = _k.exitcode(handle)
    return None if code is None else int(code)


def pid():
    return int(_k.pid())


def ppid():
    return int(_k.ppid())


def own_status():
    return int(_k.ownStatus())


def cpu_count():
    return int(_k.cpuCount())


def pool_limit():
    return int(_k.poolLimit())


def spawn(payload, name):
    """Starts a process worker for the pickled process; returns (pid, status handle) or None when at the cap."""
    _check_available()
    started = _k.spawn(to_bytes(payload), name)
    if started is None:
        return None
    return int(started[0]), int(started[1])


def signal(target_pid, signum):
    _k.signal(target_pid, signum)


_last_turn = 0.0
# How long (ms) a polling loop may keep the worker's JavaScript from running.
_TURN_MS = 2.0


def pause():
    """A non-blocking kernel call that found nothing: let everyone else run.

    CPython would switch threads here sooner or later (the GIL's switch
    interval), and the other processes run anyway. Here the standard
    library's polling loops (ProcessPoolExecutor's shutdown, `is_alive()` in a
    loop) are never preempted, so they give way to other green threads, and
    now and then to this worker's JavaScript, which delivers messages from
    other processes (one that is still starting, say).
    """
    global _last_turn
    runtime.scheduler.yield_now()
    now = float(_k.now())
    if now - _last_turn >= _TURN_MS and host.can_switch():
        host.suspend_quietly(_k.turn)
        _last_turn = float(_k.now())
        _pcr_host.checkInterrupt()


def idle(externals, timeout):
    """Called by the scheduler when no thread can run: waits until a watched object changes.

    `externals` are (ready, handles) pairs of parked threads; returns at once
    when one is ready already. On the virtual clock, time spent waiting for
    another process counts as time passed, as the other process's work does.
    """
    handles = []
    for _, watched in externals:
        handles.extend(watched)
    versions = _k.versions(to_js(handles))
    for is_ready, _ in externals:
        if is_ready():
            return
    clock = runtime.scheduler.clock
    ms = _SLICE_MS if timeout is None else max(0.0, min(timeout * 1000.0, _SLICE_MS))
    before = clock.monotonic()
    started = _k.now()
    host.suspend_quietly(_k.waitForChange, to_js(handles), versions, ms)
    if clock.virtual:
        waited = (float(_k.now()) - started) / 1000.0
        if timeout is not None:
            waited = min(waited, timeout)
        lag = waited - (clock.monotonic() - before)
        if lag > 0:
            clock.skipped += lag
    _pcr_host.checkInterrupt()


def wait_until(is_ready, handles, waiting, timeout=None):
    """Parks the current thread until `is_ready()` is truthy (returns its value) or `timeout` passes.

    `is_ready` may act (take a semaphore, say) when it succeeds, so whoever
    polls it first, this thread or the scheduler, keeps the result for it.
    """
    sched = runtime.scheduler
    deadline = None if timeout is None else sched.now() + timeout
    got = []

    def check():
        if not got:
            result = is_ready()
            if result:
                got.append(result)
        return bool(got)

    if check():
        sched.yield_now()
        return got[0]
    while True:
        if check():
            return got[0]
        remaining = None
        if deadline is not None:
            remaining = deadline - sched.now()
            if remaining <= 0:
                return is_ready() if not got else got[0]
        sched.park_external(waiting, check, handles, remaining)
