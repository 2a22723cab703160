"""Processes for Pyodide: the unmodified stdlib `multiprocessing` and
`concurrent.futures.ProcessPoolExecutor` on process workers.

Each process is a separate Pyodide interpreter in its own worker, so processes
run in parallel and share nothing but what the kernel (kernel.ts) gives them:
pipes, semaphores, shared memory and exit statuses. What CPython builds on the
OS is rebuilt here on that kernel: `_multiprocessing.SemLock`, pipe
Connections and `connection.wait`, the spawn Popen, and Value/Array storage.
Everything above that layer is CPython 3.14's own code.

Engine contract: `install()` once, after pcr_threads; `begin_run(child=None)`
before each run; `exit_function()` where CPython's interpreter would exit;
`end_run()` after it, whatever happened.
"""

import itertools
import os
import sys
import types
import weakref

from pcr_threads import runtime

from . import kernel

_saved_os = {}
_installed = False
# multiprocessing.process deletes its _MainProcess class; kept from the first one.
_main_process_class = None


def _no_resource_tracker(*args, **kwargs):
    """Named semaphores and shared memory die with the kernel; there is nothing to track."""
    return None


def _current_pid():
    return os.getpid()


def install():
    """Plugs the kernel into the already-importable stdlib; safe to call twice."""
    global _installed, _main_process_class
    if _installed:
        return
    _installed = True
    runtime.scheduler.idle_external = kernel.idle
    from . import semlock

    sys.modules["_multiprocessing"] = semlock
    # The stdlib's tracker is a process of its own that needs POSIX shared memory.
    tracker = types.ModuleType("multiprocessing.resource_tracker", _no_resource_tracker.__doc__)
    for name in ("register", "unregister", "ensure_running", "getfd"):
        setattr(tracker, name, _no_resource_tracker)
    sys.modules[tracker.__name__] = tracker
    import multiprocessing
    import multiprocessing.context as context
    import multiprocessing.popen_spawn_posix as popen_spawn_posix
    import multiprocessing.process as process

    _main_process_class = type(process._current_process)

    multiprocessing.resource_tracker = tracker
    import multiprocessing.util as util

    # Finalize.__call__ bound os.getpid as a default at import; each process has its own pid here.
    call = util.Finalize.__call__
    call.__defaults__ = tuple(_current_pid if value is os.getpid else value for value in call.__defaults__)
    from . import connection, popen, shared

    popen_spawn_posix.Popen = popen.Popen
    # Without fork, spawn is the only start method, as on Windows.
    spawn_context = context._concrete_contexts["spawn"]
    for method in ("fork", "forkserver"):
        context._concrete_contexts.pop(method, None)
    context._default_context._default_context = spawn_context
    context.DefaultContext.get_all_start_methods = lambda self: ["spawn"]
    connection.install()
    shared.install()
    os.cpu_count = kernel.cpu_count
    if hasattr(os, "process_cpu_count"):
        os.process_cpu_count = kernel.cpu_count
    # Imported now, so that its exit hook is part of every run's baseline.
    import concurrent.futures.process
    import multiprocessing.pool

    _cap_pool_sizes(multiprocessing.pool, concurrent.futures.process)
    import multiprocessing.queues  # noqa: F401
    import multiprocessing.synchronize  # noqa: F401


def _capped(requested, kind):
    limit = kernel.pool_limit()
    if requested is None or requested <= limit:
        return requested
    import warnings

    warnings.warn(
        f"{kind} asked for {requested} processes; this device runs at most {limit} at once "
        f"(each is a separate Python of 65-85 MiB), so it gets {limit}",
        RuntimeWarning,
        stacklevel=3,
    )
    return limit


def _cap_pool_sizes(pool, futures_process):
    """Pools bigger than the limit get the limit (with a warning), to protect the device's memory."""
    pool_init = pool.Pool.__init__
    executor_init = futures_process.ProcessPoolExecutor.__init__

    def init_pool(self, processes=None, *args, **kwargs):
        if not isinstance(self, pool.ThreadPool):
            processes = _capped(processes, "Pool")
        pool_init(self, processes, *args, **kwargs)

    def init_executor(self, max_workers=None, *args, **kwargs):
        executor_init(self, _capped(max_workers, "ProcessPoolExecutor"), *args, **kwargs)

    pool.Pool.__init__ = init_pool
    futures_process.ProcessPoolExecutor.__init__ = init_executor


def _reset_stdlib_state():
    import concurrent.futures.process as futures_process
    from multiprocessing import context, process, spawn, util

    from . import semlock

    process._current_process = _main_process_class()
    process._parent_process = None
    process._children = set()
    process._process_counter = itertools.count(1)
    process._dangling = weakref.WeakSet()
    util._exiting = False
    util._finalizer_registry.clear()
    util._afterfork_registry.clear()
    context._default_context._actual_context = None
    spawn.old_main_modules.clear()
    futures_process._global_shutdown = False
    futures_process._threads_wakeups.clear()
    semlock.reset()


def begin_run():
    """Fresh multiprocessing state for a run (a parent or a spawned child)."""
    _reset_stdlib_state()
    pid, ppid = kernel.pid(), kernel.ppid()
    _saved_os.update(getpid=os.getpid, getppid=os.getppid)
    os.getpid = lambda: pid
    os.getppid = lambda: ppid


def exit_function():
    """What the interpreter's exit does for multiprocessing: terminate daemonic
    children, join the others, run finalizers."""
    from multiprocessing import util

    util._exit_function()


def end_run():
    """Closes what the run left open and puts the stdlib back."""
    from . import connection

    connection.close_all()
    for name, value in _saved_os.items():
        setattr(os, name, value)
    _saved_os.clear()
    _reset_stdlib_state()


def run_child(payload, parent_sentinel):
    from . import child

    return child.run(payload, parent_sentinel)
