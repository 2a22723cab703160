"""Pretend child processes started the way the "spawn" and "forkserver" methods do.

Each child is a fresh interpreter: it re-runs the parent's main file as
`__mp_main__` (multiprocessing itself uses runpy.run_path for this), then
looks the task up by name and calls it with its item.
"""

import runpy
import sys

import grader

top_level_runs = 0
_bootstrapping = False


class BrokenPool(RuntimeError):
    """A child died before it could run its task, as concurrent.futures' BrokenProcessPool reports."""


def load_catalogue():
    """The expensive top-level work of the learner's program: counts how often it runs."""
    global top_level_runs
    top_level_runs += 1
    where = sys._getframe(1).f_globals.get("__name__")
    grader.event("load-catalogue")
    print(f"loading the catalogue (in {where})")
    return {"pen": 1.5, "ink": 4.0, "pad": 2.25, "clip": 0.1}


def run_in_children(task, items):
    """Runs task(item) for every item, each in a freshly spawned pretend child; returns the results."""
    global _bootstrapping
    if _bootstrapping:
        raise RuntimeError(
            "An attempt has been made to start a new process before the current process "
            "has finished its bootstrapping phase. (Is the main module missing "
            "`if __name__ == '__main__':`?)"
        )
    main_file = sys._getframe(1).f_globals["__file__"]
    results = []
    for number, item in enumerate(items):
        grader.event(f"spawn:{number}")
        _bootstrapping = True
        try:
            child_globals = runpy.run_path(main_file, run_name="__mp_main__")
        except Exception as error:
            raise BrokenPool(f"child {number} died while importing the main module: {error}") from None
        finally:
            _bootstrapping = False
        child_task = child_globals.get(task.__name__)
        if child_task is None:
            raise BrokenPool(
                f"child {number}: Can't get attribute {task.__name__!r} on <module '__mp_main__'>"
            )
        results.append(child_task(item))
        grader.event(f"task-done:{number}")
    return results
