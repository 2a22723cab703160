"""Interpreter state a run may change, captured before it and put back after it."""

import builtins
import importlib
import os
import signal
import sys
import warnings

import _pcr_clock

_STDLIB = os.path.dirname(os.__file__) + os.sep
_SYS_HOOKS = ("stdout", "stderr", "stdin", "displayhook", "excepthook", "unraisablehook", "argv")


def _is_stdlib(module):
    spec = getattr(module, "__spec__", None)
    origin = getattr(spec, "origin", None)
    if origin in ("built-in", "frozen"):
        return True
    return isinstance(origin, str) and origin.startswith(_STDLIB)


class Snapshot:
    """What `restore()` puts back: modules, paths, streams, hooks, time, cwd, limits."""

    def __init__(self):
        self.modules = set(sys.modules)
        self.main = sys.modules.get("__main__")
        self.path = list(sys.path)
        self.meta_path = list(sys.meta_path)
        self.hooks = {name: getattr(sys, name) for name in _SYS_HOOKS}
        self.recursion_limit = sys.getrecursionlimit()
        self.sigint = signal.getsignal(signal.SIGINT)
        self.time = _pcr_clock.capture_time()
        self.builtins = dict(builtins.__dict__)
        self.warning_filters = list(warnings.filters)
        self.cwd = os.getcwd()

    def restore(self):
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except Exception:
                pass
        for name, value in self.hooks.items():
            setattr(sys, name, value)
        sys.settrace(None)
        sys.setprofile(None)
        sys.setrecursionlimit(self.recursion_limit)
        _pcr_clock.restore_time(self.time)
        sys.path[:] = self.path
        sys.meta_path[:] = self.meta_path
        for name in set(sys.modules) - self.modules:
            # Standard-library modules stay loaded (they are the same on every
            # run); everything the learner wrote or created is forgotten.
            if not _is_stdlib(sys.modules[name]):
                del sys.modules[name]
        if self.main is not None:
            sys.modules["__main__"] = self.main
        current = builtins.__dict__
        for name in [name for name in current if name not in self.builtins]:
            del current[name]
        for name, value in self.builtins.items():
            if current.get(name) is not value:
                current[name] = value
        warnings.filters[:] = self.warning_filters
        warnings._filters_mutated()
        try:
            os.chdir(self.cwd)
        except OSError:
            pass
        importlib.invalidate_caches()
        signal.signal(signal.SIGINT, self.sigint)
