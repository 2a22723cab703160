"""Preemption: switch threads every few bytecode instructions of learners' code.

`sys.monitoring` INSTRUCTION events count instructions, and only while more
than one thread is alive. The gap between two switches is drawn from a seeded
PRNG whose mean follows `sys.getswitchinterval()` (the default 5 ms becomes
1000 instructions), so a race loses the same updates on every run with the
same seed. Runtime code (this package, the stdlib, Pyodide, the engine) is
never preempted: its instruction events are disabled on first sight.
"""

import random
import sys

from . import runtime

_mon = sys.monitoring
_EVENT = _mon.events.INSTRUCTION
_DISABLE = _mon.DISABLE
# Instructions per second of switch interval: 0.005 s -> 1000 instructions,
# often enough that `counter += 1` races show in a 1000-step loop, rarely
# enough that switches (~0.1 ms each) stay a small part of the run.
_INSTRUCTIONS_PER_SECOND = 200_000

_tool = None
_enabled = False
_rng = random.Random(0)
_countdown = 100
_preemptible = {}
_excluded_prefixes = ()


def _mean_gap():
    return max(1, round(sys.getswitchinterval() * _INSTRUCTIONS_PER_SECOND))


def _next_gap():
    return _rng.randint(1, 2 * _mean_gap() - 1) if _mean_gap() > 1 else 1


def _is_preemptible(code):
    name = code.co_filename
    if name.startswith("<frozen") or name.startswith(_excluded_prefixes):
        return False
    return True


def _on_instruction(code, offset):
    ok = _preemptible.get(code)
    if ok is None:
        ok = _preemptible[code] = _is_preemptible(code)
    if not ok:
        return _DISABLE
    global _countdown
    _countdown -= 1
    if _countdown > 0:
        return None
    _countdown = _next_gap()
    runtime.scheduler.yield_now()
    return None


def setup(excluded_prefixes):
    """Claims a free sys.monitoring tool id; `excluded_prefixes` are never preempted."""
    global _tool, _excluded_prefixes
    _excluded_prefixes = tuple(excluded_prefixes)
    if _tool is not None:
        return
    for tool in (4, 3, 5, 1):
        if _mon.get_tool(tool) is None:
            _mon.use_tool_id(tool, "pcr_threads")
            _mon.register_callback(tool, _EVENT, _on_instruction)
            _tool = tool
            return
    raise RuntimeError("pcr_threads: no free sys.monitoring tool id for preemption")


def reseed(seed):
    """Restarts the switch-point sequence; the same seed gives the same switches."""
    global _countdown
    _rng.seed(seed)
    _countdown = _next_gap()


def on_count_change(alive):
    """Instruments only while more than one thread is alive."""
    global _enabled
    want = alive > 1
    if want == _enabled or _tool is None:
        return
    _enabled = want
    _mon.set_events(_tool, _EVENT if want else 0)
