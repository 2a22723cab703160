"""The `grader` module a harness (and learners' code) records observations through.

Observations leave Python as JSON through the runner's return value, never
through stdout, so printing cannot forge them.
"""

import asyncio
import inspect
import math
import types


def to_json(value, where):
    """A JSON copy of `value` (tuples become lists), or a TypeError/ValueError saying what is wrong."""
    if value is None or isinstance(value, (bool, str, int)):
        return value
    if isinstance(value, float):
        if math.isfinite(value):
            return value
        raise ValueError(f"{where}: {value!r} is not JSON (no NaN or infinity)")
    if isinstance(value, (list, tuple)):
        return [to_json(item, f"{where}[{index}]") for index, item in enumerate(value)]
    if isinstance(value, dict):
        result = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise TypeError(f"{where}: key {key!r} is not a string, and JSON keys must be")
            result[key] = to_json(item, f"{where}[{key!r}]")
        return result
    raise TypeError(
        f"{where} is a {type(value).__name__}, which is not JSON: record None, a bool,"
        " a number, a string, or a list, tuple or dict of those"
    )


def _name(name, call):
    if not isinstance(name, str) or not name:
        raise TypeError(f"grader.{call}() needs a non-empty string name, got {name!r}")
    return name


async def _resolve(target, call):
    if inspect.isawaitable(target):
        return await target
    if callable(target):
        result = target()
        if inspect.isawaitable(result):
            return await result
        return result
    raise TypeError(
        f"grader.{call}() needs an awaitable (such as learner.main()) or a callable,"
        f" got {type(target).__name__}"
    )


class Recorder:
    """Holds one run's observations; its bound methods make up the `grader` module."""

    def __init__(self, clock):
        self._clock = clock
        self.values = {}
        self.errors = {}
        self.events = []
        self.timings = {}

    def now(self):
        """Seconds since the run began, on the run's clock."""
        return self._clock.elapsed()

    def value(self, name, value):
        """Records a JSON-serialisable value (tuples become lists)."""
        name = _name(name, "value")
        self.values[name] = to_json(value, f"grader.value({name!r})")

    def event(self, label):
        """Records `label` stamped with now()."""
        self.events.append({"label": _name(label, "event"), "at": self.now()})

    def timing(self, name, seconds):
        """Records a duration in seconds."""
        name = _name(name, "timing")
        if isinstance(seconds, bool) or not isinstance(seconds, (int, float)) or not math.isfinite(seconds):
            raise TypeError(f"grader.timing({name!r}) needs a finite number of seconds, got {seconds!r}")
        self.timings[name] = float(seconds)

    async def measure(self, name, target):
        """Awaits (or calls) `target`, records how long it took, returns its result."""
        name = _name(name, "measure")
        start = self.now()
        try:
            return await _resolve(target, "measure")
        finally:
            self.timings[name] = self.now() - start

    async def attempt(self, name, target):
        """Like measure, but records the exception (or none) in errors and returns None on error."""
        name = _name(name, "attempt")
        start = self.now()
        outcome = {"type": None, "message": ""}
        try:
            return await _resolve(target, "attempt")
        except asyncio.CancelledError as error:
            task = asyncio.current_task()
            if task is not None and task.cancelling():
                raise  # the harness itself is being cancelled: do not swallow that
            outcome = {"type": type(error).__name__, "message": str(error)}
            return None
        except Exception as error:
            outcome = {"type": type(error).__name__, "message": str(error)}
            return None
        finally:
            self.timings[name] = self.now() - start
            self.errors[name] = outcome

    def observations(self):
        return {
            "values": self.values,
            "errors": self.errors,
            "events": self.events,
            "timings": self.timings,
        }


def make_module(recorder):
    """A fresh `grader` module bound to one run's recorder."""
    module = types.ModuleType("grader", "Records observations for the exercise's checks.")
    for name in ("value", "event", "timing", "now", "measure", "attempt"):
        setattr(module, name, getattr(recorder, name))
    return module
