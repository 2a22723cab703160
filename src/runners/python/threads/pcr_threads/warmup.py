"""A first, throwaway threaded run that warms the interpreter up.

Preemption counts every eval-breaker check, the standard library's included,
and CPython specializes that library code over its first few runs, which
changes how many checks it makes. Two short preempted runs before the first
real one make the first run switch where every later run with its seed does.
"""

import threading

_ROUNDS = 2
_THREADS = 4
_STEPS = 3000

_done = False


def _work(lock, done):
    total = 0
    for step in range(_STEPS):
        total += step
        if step % 1000 == 0:
            with lock:
                done.append(step)


def warm_up(begin_run, finish_run):
    """Runs the warm-up once per interpreter; later calls return at once."""
    global _done
    if _done:
        return
    _done = True
    for _ in range(_ROUNDS):
        begin_run(mode="exact", seed=0)
        try:
            lock = threading.Lock()
            done = []
            threads = [threading.Thread(target=_work, args=(lock, done)) for _ in range(_THREADS)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
        finally:
            finish_run()
