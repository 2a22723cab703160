"""Points the already-imported standard library at the green-thread `_thread`.

Pyodide imports `threading`, `asyncio`, `concurrent.futures._base` and
`logging` while it starts, so installing before them is impossible, and
re-importing them would split class identities (`asyncio.wrap_future` checks
`concurrent.futures.Future`). Instead the module globals that cached the C
`_thread` are replaced in place, and every module-level C lock is swapped for
a green one: a contended C lock hangs the interpreter.
"""

import itertools
import sys
import time

from . import thread_module as green
from .locks import RLock, lock


def _patch_threading(monotonic):
    import threading

    threading._start_joinable_thread = green.start_joinable_thread
    threading._daemon_threads_allowed = green.daemon_threads_allowed
    threading._allocate_lock = green.allocate_lock
    threading._LockType = green.LockType
    threading.Lock = green.LockType
    threading._thread_shutdown = green._shutdown
    threading._make_thread_handle = green._make_thread_handle
    threading._ThreadHandle = green._ThreadHandle
    threading.get_ident = green.get_ident
    threading.get_native_id = green.get_native_id
    threading._get_main_thread_ident = green._get_main_thread_ident
    threading._is_main_interpreter = green._is_main_interpreter
    threading._set_name = green.set_name
    threading._CRLock = RLock
    threading.local = green._local
    threading.stack_size = green.stack_size
    threading._time = monotonic
    threading._active_limbo_lock = RLock()
    threading._thread_local_info = green._local()
    main = threading._main_thread
    main._os_thread_handle = green._make_thread_handle(main._ident)
    main._started = threading.Event()
    main._started.set()
    return threading


def _patch_others():
    bootstrap = sys.modules.get("_frozen_importlib")
    if bootstrap is not None:
        bootstrap._thread = green
    reprlib = sys.modules.get("reprlib")
    if reprlib is not None:
        reprlib.get_ident = green.get_ident
    tempfile = sys.modules.get("tempfile")
    if tempfile is not None:
        tempfile._allocate_lock = green.allocate_lock
        tempfile._once_lock = lock()
    warnings = sys.modules.get("_py_warnings")
    if warnings is not None and hasattr(warnings, "_lock"):
        warnings._lock = RLock()
    events = sys.modules.get("asyncio.events")
    if events is not None:
        events._lock = lock()
    mixins = sys.modules.get("asyncio.mixins")
    if mixins is not None:
        mixins._global_lock = lock()
    logging = sys.modules.get("logging")
    if logging is not None:
        logging._lock = RLock()
        for ref in list(logging._handlerList):
            handler = ref()
            if handler is not None:
                handler.createLock()
        if logging.lastResort is not None:
            logging.lastResort.createLock()


def install(monotonic):
    """Swaps `_thread` everywhere; `monotonic` is the run clock the stdlib should read."""
    sys.modules["_thread"] = green
    # Without `_queue`, queue.py uses its pure-Python SimpleQueue, which parks.
    sys.modules["_queue"] = None
    _patch_threading(monotonic)
    _patch_others()
    import concurrent.futures.thread  # noqa: F401 - created now with green locks
    import queue

    queue.time = monotonic


class RunState:
    """What one run changed in `threading` and friends, undone by `restore`."""

    def __init__(self):
        import threading

        self.atexits = list(threading._threading_atexits)
        self.excepthook = threading.excepthook

    def restore(self):
        import concurrent.futures.thread as pool
        import threading

        threading.excepthook = self.excepthook
        threading._SHUTTING_DOWN = False
        threading._threading_atexits[:] = self.atexits
        main = threading._main_thread
        main._os_thread_handle = green._make_thread_handle(main._ident)
        with threading._active_limbo_lock:
            threading._active.clear()
            threading._active[main._ident] = main
            threading._limbo.clear()
        threading._counter = itertools.count(1).__next__
        pool._shutdown = False
        pool._threads_queues.clear()
        pool.ThreadPoolExecutor._counter = itertools.count().__next__
        green._shutdown_handles.clear()


def patch_sleep(sleep):
    """Makes time.sleep park the calling green thread; returns the previous one."""
    previous = time.sleep
    time.sleep = sleep
    return previous
