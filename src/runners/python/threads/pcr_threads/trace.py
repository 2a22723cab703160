"""A structured trace of one run: who ran when, and what each thread waited for.

The scheduler, `_thread` and the locks call `record` behind `if trace.on:`, so
a run without a trace pays one attribute read per hook. Times are seconds on
the run clock since `start()` (since `begin_run` when started before it), so
an "exact" or "virtual" run gives the same trace every time for one seed.

    trace.start(); ...run...; events = trace.stop()
    json_text = trace.chrome_json(events)   # chrome://tracing, ui.perfetto.dev
"""

import json
import os
import sys
import threading

from . import runtime

__all__ = ["on", "start", "stop", "record", "lock_event", "chrome_json"]

# Read by every hook; True only between start() and stop().
on = False
_events = []
_t0 = 0.0
# id(lock) -> (trace number, label, the lock). Holding the lock keeps its id
# from being reused by another object while the trace lasts.
_locks = {}
# Set by run_end: finish_run is about to put the run's clock away.
_end_t = None


def _now():
    if _end_t is not None:
        return _end_t
    return runtime.scheduler.clock.monotonic() - _t0


def start():
    """Starts recording (forgetting any earlier trace); the caller is running."""
    global on, _events, _t0, _end_t
    _events = []
    _locks.clear()
    _end_t = None
    _t0 = runtime.scheduler.clock.monotonic()
    on = True
    record("trace_start")


def rebase():
    """A run began on a new clock: times count from now on it."""
    global _t0, _end_t
    _t0 = runtime.scheduler.clock.monotonic()
    _end_t = None
    # What came before happened before the run's clock existed: time zero.
    for event in _events:
        event["t"] = 0.0
    record("run_start")


def run_end():
    """The run is over; later events (finish_run's tidying) share its last instant."""
    global _end_t
    record("run_end")
    _end_t = _events[-1]["t"]


def stop():
    """Stops recording; returns the events (a list of plain dicts) in order."""
    global on, _events
    if on:
        record("trace_stop")
    on = False
    events, _events = _events, []
    _locks.clear()
    return events


def record(kind, /, **fields):
    """Appends one event by the running thread: {"ev", "t" (seconds), "tid", **fields}."""
    event = {"ev": kind, "t": _now(), "tid": runtime.scheduler.current.ident}
    event.update(fields)
    _events.append(event)


def switch(me, nxt, reason):
    """The running thread `me` hands over to `nxt`; `reason` says why."""
    if reason == "ready":
        # switch <- _switch <- _run_others <- yield_now <- who yielded
        caller = sys._getframe(4).f_code.co_filename
        reason = "preempted" if caller.endswith("preempt.py") else "yield"
    fields = {"src": me.ident, "dst": nxt.ident, "reason": reason}
    if reason == "blocked" and me.waiting is not None:
        fields["on"] = me.waiting[0]
    record("switch", **fields)


def lock_event(kind, lock, **fields):
    """`lock_wait`, `lock_acquire`, `lock_release`, `lock_timeout` on one of our locks."""
    key = id(lock)
    known = _locks.get(key)
    if known is None:
        known = _locks[key] = (len(_locks) + 1, _label(lock, sys._getframe(2)), lock)
    record(kind, lock=known[0], addr=key, kind=type(lock).__name__, label=known[1], **fields)


# Frames in these files belong to a stdlib object built on our lock; the
# outermost one names what the learner actually used (Queue, Semaphore, ...).
# (queue.py is named, not imported: importing it before patch.install would
# bind it to the C SimpleQueue, which cannot park a green thread.)
_WRAPPER_FILES = {
    os.path.realpath(threading.__file__),
    os.path.realpath(os.path.join(os.path.dirname(threading.__file__), "queue.py")),
    os.path.realpath(__file__).replace("trace.py", "locks.py"),
}


_wrapper_file = {}


def _label(lock, frame):
    """What the learner calls this lock: "Lock", "RLock", "Condition", "Event waiter"..."""
    # The innermost owner that is not a Condition: a Semaphore's or a Queue's
    # Condition is an implementation detail, a learner's own Condition is not.
    label = "Lock"
    waiter = False
    depth = 0
    while frame is not None and depth < 12:
        filename = frame.f_code.co_filename
        wraps = _wrapper_file.get(filename)
        if wraps is None:
            wraps = _wrapper_file[filename] = os.path.realpath(filename) in _WRAPPER_FILES
        if not wraps:
            break
        owner = frame.f_locals.get("self")
        if frame.f_locals.get("waiter") is lock:
            waiter = True
        if owner is not None and owner is not lock and not isinstance(owner, type(lock)):
            label = type(owner).__name__
            if not isinstance(owner, threading.Condition):
                break
        frame = frame.f_back
        depth += 1
    return label + " waiter" if waiter else label


def chrome_json(events):
    """The events as Chrome trace-event JSON: running slices ("X") per thread,
    instants ("i") for locks, sleeps, starts and ends, and thread names ("M")."""
    out = [{"ph": "M", "pid": 1, "tid": 0, "name": "process_name", "args": {"name": "python"}}]
    names = {}
    running = None
    since = 0.0
    last = 0.0

    def us(seconds):
        return round(seconds * 1e6, 3)

    def close(tid, end, why):
        if tid is not None:
            out.append({"ph": "X", "pid": 1, "tid": tid, "name": "running", "ts": us(since),
                        "dur": us(max(end - since, 0.0)), "args": {"until": why}})

    for event in events:
        kind, t, tid = event["ev"], event["t"], event["tid"]
        last = t
        names.setdefault(tid, f"Thread {tid}")
        if kind == "trace_start":
            running, since = tid, t
            if tid == runtime.scheduler.main.ident:
                names[tid] = "MainThread"
        elif kind == "switch":
            close(event["src"], t, event["reason"])
            running, since = event["dst"], t
            names.setdefault(running, f"Thread {running}")
        elif kind in ("thread_start", "thread_end", "thread_name") and event.get("name"):
            names[tid] = event["name"]
        if kind not in ("switch", "trace_start", "trace_stop"):
            args = {k: v for k, v in event.items() if k not in ("ev", "t", "tid")}
            out.append({"ph": "i", "s": "t", "pid": 1, "tid": tid, "name": kind, "ts": us(t), "args": args})
    close(running, last, "trace_stop")
    for tid, name in names.items():
        out.append({"ph": "M", "pid": 1, "tid": tid, "name": "thread_name", "args": {"name": name}})
    return json.dumps({"traceEvents": out, "displayTimeUnit": "ms"})
