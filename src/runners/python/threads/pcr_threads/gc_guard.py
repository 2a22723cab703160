"""Keeps CPython's automatic garbage collection off while a green thread is parked.

CPython 3.14's incremental collector (`mark_stacks`) walks the frame chain of
every thread state. A parked green thread's chain runs through entry frames
that live on the C stack, and Pyodide's stack switching copies a parked stack
away and lets the running one overwrite that memory. A collection that starts
while any other thread is parked therefore follows garbage pointers and
corrupts the heap ("memory access out of bounds", "table index is out of
bounds" some runs later). With only one thread alive nothing is parked, so
collection is switched back on; an explicit `gc.collect()` (a full collection)
does not walk frames and stays allowed.
"""

import gc

_paused = False
_was_enabled = True
_held = False


def on_count_change(alive):
    """Pauses automatic collection while more than one thread is alive."""
    global _paused, _was_enabled
    want = alive > 1 or _held
    if want == _paused:
        return
    _paused = want
    if want:
        _was_enabled = gc.isenabled()
        gc.disable()
    elif _was_enabled:
        gc.enable()


def hold_forever():
    """A thread left parked for good keeps its stale frames: never collect automatically again."""
    global _held
    _held = True
    on_count_change(2)


def paused():
    """True while this module keeps automatic collection off (for tests)."""
    return _paused
