"""Preemption: switch threads every so often while more than one is alive.

When: CPython on Emscripten reads the interrupt buffer once per 50
eval-breaker checks (backward jumps, calls). While a second thread is alive,
`interrupt` installs a buffer that counts those reads down from a seeded gap and
then trips PREEMPT_SIGNAL, whose handler runs here in the interrupted thread.
With one thread alive the buffer is the engine's own and nothing is counted.

Where: eval-breaker checks never fall inside `counter += 1`, so yielding in
the handler would never show a lost update. The handler instead counts a
seeded handful of instructions of the learner's code with `sys.monitoring`
local INSTRUCTION events on that one code object, and yields there. The same
seed gives the same switches, because both counts follow the program, not time.

Runtime code (this package, asyncio, Pyodide, the engine) is never preempted;
a signal landing there is retried a little later.
"""

import os
import random
import signal
import sys

from . import interrupt, runtime

_mon = sys.monitoring
_INSTRUCTION = _mon.events.INSTRUCTION
# Eval-breaker checks per second of switch interval: 0.005 s -> 5000 checks,
# about 0.2 ms of a tight Pyodide loop: often enough that races show in
# loops of a few thousand steps, rarely enough that switches stay cheap.
_CHECKS_PER_SECOND = 1_000_000
# How often CPython reads the buffer (PY_EMSCRIPTEN_SIGNAL_INTERVAL).
_CHECKS_PER_READ = 50
# A landing point is drawn among this many instructions after the check.
_LANDING_SPAN = 24
# How far up the stack a signal looks for the learner's code.
_MAX_WALK = 64

_rng = random.Random(0)
_armed = False
_tool = None
_landing_code = None
_landing_left = 0
_kinds = {}
_runtime_prefixes = ()
_library_prefixes = ()

USER, LIBRARY, RUNTIME = 0, 1, 2


def _mean_gap():
    """Mean buffer reads between two preemptions, after sys.setswitchinterval."""
    checks = sys.getswitchinterval() * _CHECKS_PER_SECOND
    return max(1, round(checks / _CHECKS_PER_READ))


def _next_gap():
    mean = _mean_gap()
    return _rng.randint(1, 2 * mean - 1) if mean > 1 else 1


def _kind(code):
    kind = _kinds.get(code)
    if kind is None:
        name = code.co_filename
        if name.startswith(_runtime_prefixes):
            kind = RUNTIME
        elif name.startswith(_library_prefixes):
            kind = LIBRARY
        else:
            kind = USER
        _kinds[code] = kind
    return kind


def is_learner_code(code):
    """True for code the learner (not the stdlib or the runtime) wrote."""
    return _kind(code) == USER


def _target(frame):
    """The learner's code object to land in, or None when runtime code is running."""
    depth = 0
    while frame is not None and depth < _MAX_WALK:
        kind = _kind(frame.f_code)
        if kind == USER:
            return frame.f_code
        if kind == RUNTIME:
            return None
        frame = frame.f_back
        depth += 1
    return None


def _on_signal(signum, frame):
    if interrupt.take_stop():
        _stop(frame)
    if not _armed:
        return
    sched = runtime.scheduler
    if not sched.ready and not sched.timers:
        # Nobody to switch to: only the clock moves on.
        interrupt.set_countdown(_next_gap())
        return
    code = _target(frame)
    if code is None:
        interrupt.set_countdown(1)
        return
    interrupt.set_countdown(_next_gap())
    if _tool is None:
        sched.yield_now()
        return
    global _landing_code, _landing_left
    if _landing_code is not None and _landing_code is not code:
        _mon.set_local_events(_tool, _landing_code, 0)
    _landing_code = code
    _landing_left = _rng.randint(1, _LANDING_SPAN)
    _mon.set_local_events(_tool, code, _INSTRUCTION)


def _on_instruction(code, offset):
    global _landing_code, _landing_left
    if code is not _landing_code:
        return _mon.DISABLE
    _landing_left -= 1
    if _landing_left > 0:
        return None
    _mon.set_local_events(_tool, code, 0)
    _landing_code = None
    runtime.scheduler.yield_now()
    return None


def _stop(frame):
    """A stop request runs the SIGINT handler in the main thread, as CPython does."""
    handler = signal.getsignal(signal.SIGINT)
    if handler in (signal.SIG_IGN, None):
        return
    if not callable(handler):
        handler = signal.default_int_handler
    sched = runtime.scheduler
    if sched.current is sched.main:
        handler(signal.SIGINT, frame)
        return
    if handler is signal.default_int_handler:
        sched.deliver(sched.main, KeyboardInterrupt())
    else:
        sched.deliver(sched.main, lambda: handler(signal.SIGINT, None))
    # The main thread handles it at the next preemption; make that soon.
    interrupt.set_countdown(1)


def setup(stdlib_dir, runtime_prefixes):
    """Names the code never preempted (`runtime_prefixes`) and the library passed through."""
    global _runtime_prefixes, _library_prefixes
    _runtime_prefixes = ("<frozen", os.path.dirname(__file__), *runtime_prefixes)
    _library_prefixes = (stdlib_dir,)
    _kinds.clear()
    install_handler()


def install_handler():
    """(Re)claims PREEMPT_SIGNAL, in case a program replaced its handler."""
    signal.signal(interrupt.PREEMPT_SIGNAL, _on_signal)


def reseed(seed):
    """Restarts the switch-point sequence; the same seed gives the same switches."""
    _rng.seed(seed)
    # The handler's own checks count too: a warm cache would shift them.
    _kinds.clear()
    if _armed:
        _clear_landing()
        interrupt.reset_phase()
        interrupt.set_countdown(_next_gap())


def _claim_tool():
    global _tool
    if _tool is not None:
        return
    for tool in (4, 3, 5, 1):
        if _mon.get_tool(tool) is None:
            _mon.use_tool_id(tool, "pcr_threads")
            _mon.register_callback(tool, _INSTRUCTION, _on_instruction)
            _tool = tool
            return


def _clear_landing():
    global _landing_code
    if _landing_code is not None and _tool is not None:
        _mon.set_local_events(_tool, _landing_code, 0)
    _landing_code = None


def on_count_change(alive):
    """Arms preemption while more than one thread is alive, and only then."""
    global _armed, _tool
    want = alive > 1
    if want == _armed:
        return
    _armed = want
    runtime.scheduler.preempting = want
    if want:
        # Without a free tool id, threads still switch, at eval-breaker checks only.
        _claim_tool()
        interrupt.set_countdown(_next_gap())
        interrupt.arm_clock(True)
        return
    interrupt.arm_clock(False)
    _clear_landing()
    # The tool id itself is kept, with no event switched on: freeing it
    # re-instruments every code object, which crashed Pyodide ("memory access
    # out of bounds") while other threads' frames were parked mid-call.


def state():
    """What is instrumented now, for tests: (armed, clock installed, monitoring tool id)."""
    return (_armed, bool(interrupt.clock_installed()), _tool)
