"""Runs one program (and its harness) in a fresh namespace, then puts the interpreter back.

`run(request_json)` is the only entry point; it returns a JSON string so that
nothing but plain data crosses into JavaScript.
"""

import ast
import asyncio
import importlib
import importlib.abc
import importlib.util
import inspect
import json
import os
import re
import signal
import sys
import types

import _pcr_clock
import _pcr_grader
import _pcr_host
import _pcr_loop
import _pcr_state
import _pcr_traceback
import pcr_processes
import pcr_threads

WORKDIR = "/home/pyodide"
CHECK_FILE = "check.py"
_SAFE_FILENAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]*\.py$")


class _SupportFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Imports an exercise's support modules from source, each shown in tracebacks as `name.py`."""

    def __init__(self, modules):
        self._modules = modules

    @staticmethod
    def filename(name):
        return name.replace(".", "/") + ".py"

    def find_spec(self, fullname, path=None, target=None):
        if fullname not in self._modules:
            return None
        return importlib.util.spec_from_loader(fullname, self, origin=self.filename(fullname))

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        filename = self.filename(module.__name__)
        module.__file__ = filename
        exec(compile(self._modules[module.__name__], filename, "exec", dont_inherit=True), module.__dict__)


def _write_error(stream, text):
    if not text:
        return
    for out in (sys.stdout, sys.__stdout__):
        try:
            out.flush()
        except Exception:
            pass
    _pcr_host.flushOutput()
    stream.write(text)
    stream.flush()


def _outcome(error, files, main_file, stderr):
    """The result of a run that raised `error`, writing what CPython would print to stderr."""
    if isinstance(error, KeyboardInterrupt):
        return {"status": "stopped"}
    if isinstance(error, SystemExit):
        code = error.code
        if code is None or code == 0:
            return {"status": "ok"}
        if not isinstance(code, int):
            _write_error(stderr, f"{code}\n")
        return {
            "status": "error",
            "error": {"type": "SystemExit", "message": str(code), "traceback": "", "line": None},
        }
    described = _pcr_traceback.describe(error, files, main_file)
    _write_error(stderr, described["traceback"])
    return {"status": "error", "error": described}


def _fresh_module(name, path):
    module = types.ModuleType(name)
    module.__file__ = path
    module.__cached__ = None
    sys.modules[name] = module
    return module


def _run_main(source, filename, path, files, stderr):
    main = _fresh_module("__main__", path)
    try:
        flags = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
        code = compile(source, filename, "exec", flags=flags, dont_inherit=True)
        if code.co_flags & inspect.CO_COROUTINE:
            # Top-level await: drive the module body on our loop, like `python -m asyncio`.
            asyncio.run(eval(code, main.__dict__))
        else:
            exec(code, main.__dict__)
    except BaseException as error:
        return _outcome(error, files, filename, stderr)
    return {"status": "ok"}


async def _call_check(check, learner, grader):
    result = check(learner, grader)
    if inspect.isawaitable(result):
        await result


def _harness_error(error, files):
    return {"status": "ok", "harnessError": _pcr_traceback.describe(error, files | {CHECK_FILE}, CHECK_FILE)}


def _run_graded(source, filename, path, files, harness, recorder, grader, stderr):
    learner = _fresh_module("learner", path)
    try:
        exec(compile(source, filename, "exec", dont_inherit=True), learner.__dict__)
    except BaseException as error:
        return _outcome(error, files, filename, stderr)
    _pcr_traceback.register_source(CHECK_FILE, harness["code"])
    try:
        namespace = {"__name__": "_pcr_check", "__file__": CHECK_FILE}
        exec(compile(harness["code"], CHECK_FILE, "exec", dont_inherit=True), namespace)
        check = namespace.get("check")
        if not callable(check):
            raise TypeError("check.py must define `async def check(learner, grader)`")
    except KeyboardInterrupt:
        return {"status": "stopped"}
    except BaseException as error:
        return _harness_error(error, files)
    try:
        asyncio.run(_call_check(check, learner, grader))
    except BaseException as error:
        learner_failed = isinstance(error, (KeyboardInterrupt, SystemExit)) or (
            _pcr_traceback.passes_through(error, {filename})
        )
        if learner_failed:
            return _outcome(error, files, filename, stderr)
        return _harness_error(error, files)
    return {"status": "ok", "observations": recorder.observations()}


def _prepare(request, clock):
    filename = os.path.basename(str(request.get("filename") or ""))
    if not _SAFE_FILENAME.match(filename) or filename == CHECK_FILE:
        filename = "main.py"
    harness = request.get("harness")
    support = dict(request.get("support") or {})
    if harness:
        support.update(harness.get("support") or {})
    os.makedirs(WORKDIR, exist_ok=True)
    os.chdir(WORKDIR)
    path = os.path.join(WORKDIR, filename)
    with open(path, "w", encoding="utf-8") as file:
        file.write(request["code"])
    sys.path.insert(0, WORKDIR)
    sys.meta_path.insert(0, _SupportFinder(support))
    importlib.invalidate_caches()
    sys.argv = [filename, *(str(arg) for arg in request.get("argv") or [])]
    files = {filename} | {_SupportFinder.filename(name) for name in support}
    _pcr_traceback.register_source(filename, request["code"])
    for name, text in support.items():
        _pcr_traceback.register_source(_SupportFinder.filename(name), text)
    import random

    # A fresh CPython process draws a new seed; a seeded run is reproducible.
    random.seed(request.get("seed"))
    clock.patch_time()
    return filename, path, files, harness


def _at_exit(stderr):
    """The interpreter's atexit work: multiprocessing joins (or terminates) children."""

    def run_hooks():
        try:
            pcr_processes.exit_function()
        except (KeyboardInterrupt, pcr_threads.DeadlockError):
            raise
        except BaseException as error:  # noqa: BLE001 - CPython reports and goes on
            _write_error(stderr, f"Exception ignored in atexit callback: {error!r}\n")

    return run_hooks


def _finish_threads(outcome, files, main_file, stderr):
    """Waits for non-daemon threads as CPython does at exit, runs the exit hooks,
    and unwinds the remaining threads.

    A deadlock among the remaining threads becomes the run's error, with the
    scheduler's report of who waits for what.
    """
    try:
        pcr_threads.finish_run(join=outcome.get("status") != "stopped", at_exit=_at_exit(stderr))
    except pcr_threads.DeadlockError as error:
        _write_error(stderr, f"{error}\n")
        message = str(error).splitlines()[0] if str(error) else "deadlock"
        return {"status": "error", "error": {"type": "DeadlockError", "message": message, "traceback": str(error), "line": None}}
    except KeyboardInterrupt:
        pcr_threads.finish_run(join=False)
        return {"status": "stopped"}
    return outcome


def _run(request, clock, stderr):
    filename, path, files, harness = _prepare(request, clock)
    outcome = {"status": "stopped"}
    tracing = bool(request.get("trace"))
    if tracing:
        pcr_threads.trace.start()
    try:
        pcr_threads.begin_run(clock, seed=request.get("seed") or 0)
        pcr_processes.begin_run()
        recorder = _pcr_grader.Recorder(clock)
        grader = _pcr_grader.make_module(recorder)
        sys.modules["grader"] = grader
        if harness is None:
            outcome = _run_main(request["code"], filename, path, files, stderr)
        else:
            outcome = _run_graded(request["code"], filename, path, files, harness, recorder, grader, stderr)
        outcome = _finish_threads(outcome, files, filename, stderr)
        if tracing:
            outcome["trace"] = pcr_threads.trace.chrome_json(pcr_threads.trace.stop())
        return outcome
    except BaseException:
        pcr_threads.finish_run(join=False)
        raise
    finally:
        pcr_processes.end_run()
        # Never leave tracing on for the next run, whatever happened.
        pcr_threads.trace.stop()
        for name in files | {CHECK_FILE}:
            _pcr_traceback.forget_source(name)


def run(request_json):
    """Runs one RunRequest (as JSON); returns the Python half of a RunResult as JSON."""
    request = json.loads(request_json)
    snapshot = _pcr_state.Snapshot()
    clock = _pcr_clock.Clock(request.get("clock", "real"))
    loop_state = None
    try:
        loop_state = _pcr_loop.install(clock)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        result = _run(request, clock, snapshot.hooks["stderr"])
    except KeyboardInterrupt:
        result = {"status": "stopped"}
    finally:
        # A stop request that lands while we tidy up must not break the tidying.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        if loop_state is not None:
            _pcr_loop.uninstall(loop_state)
        snapshot.restore()
    return json.dumps(result)


def run_process(request_json, payload):
    """Runs one spawned process (see pcr_processes.child) in a process worker; returns its exit code."""
    request = json.loads(request_json)
    snapshot = _pcr_state.Snapshot()
    clock = _pcr_clock.Clock(request.get("clock", "real"))
    loop_state = None
    exitcode = 1
    try:
        loop_state = _pcr_loop.install(clock)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        _, _, files, _ = _prepare(request, clock)
        try:
            pcr_threads.begin_run(clock, seed=request.get("seed") or 0)
            pcr_processes.begin_run()
            exitcode = pcr_processes.run_child(payload.to_bytes(), request["parentStatus"])
            pcr_threads.finish_run(join=True, at_exit=_at_exit(sys.stderr))
        except BaseException:
            pcr_threads.finish_run(join=False)
            raise
        finally:
            pcr_processes.end_run()
            for name in files:
                _pcr_traceback.forget_source(name)
    except KeyboardInterrupt:
        exitcode = -2
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        if loop_state is not None:
            _pcr_loop.uninstall(loop_state)
        snapshot.restore()
    return exitcode
