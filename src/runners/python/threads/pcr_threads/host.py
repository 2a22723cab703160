"""The few JavaScript helpers the green threads need, created once.

A green thread is a Python call entered through `callPromising`, so that it
can suspend with `run_sync`; parking waits on a promise that the scheduler
resolves when the thread's turn comes.
"""

from asyncio import events

import pyodide_js
from pyodide.code import run_js
from pyodide.ffi import can_run_sync, create_proxy
from pyodide.ffi import run_sync as _pyodide_run_sync

# Pyodide turns a JS promise into a future of its own WebLoop, so every
# suspension briefly puts Pyodide's loop back, whatever event loop (policy) the
# learner's program has installed. Captured at install, before any run.
_PYODIDE_LOOP = (events._get_event_loop_policy(), events._get_running_loop())


def suspend_on(js_function, *args):
    """Calls a JS function that returns a promise and suspends this stack until it settles.

    Pyodide wraps the returned promise with its own event loop, so both the
    call and the wait happen under Pyodide's loop policy, whatever the
    learner's program has installed. On waking, the caller's own policy and
    running loop come back, so each green thread sees its own running loop.
    """
    ours = (events._get_event_loop_policy(), events._get_running_loop())
    events._set_event_loop_policy(_PYODIDE_LOOP[0])
    events._set_running_loop(_PYODIDE_LOOP[1])
    try:
        return _pyodide_run_sync(js_function(*args))
    finally:
        events._set_event_loop_policy(ours[0])
        events._set_running_loop(ours[1])

_interrupts = run_js(
    """((api) => ({
  detach() {
    const buffer = api._module ? api._module.Py_EmscriptenSignalBuffer : undefined;
    api.setInterruptBuffer(undefined);
    return buffer;
  },
  attach(buffer) { api.setInterruptBuffer(buffer); },
}))"""
)(pyodide_js)


def suspend_quietly(js_function, *args):
    """`suspend_on` for long waits: a stop requested meanwhile is noticed after
    waking, in the caller's code, never in the Python that Pyodide runs to
    settle the promise (where a KeyboardInterrupt would be lost)."""
    buffer = _interrupts.detach()
    try:
        return suspend_on(js_function, *args)
    finally:
        _interrupts.attach(buffer)


# Resolvers stay on the JS side, keyed by thread ident: handing a resolver
# function to Python and calling it back costs several times more.
_host = run_js(
    """(() => {
const resolvers = new Map();
const spawn = (fn) => {
  // A microtask, not a nested call: the new stack starts only once the
  // spawning stack has suspended, so exactly one stack runs Python.
  queueMicrotask(() => {
    fn.callPromising()
      .catch((error) => console.error("pcr_threads: thread entry failed", error))
      .finally(() => fn.destroy());
  });
};
return {
  park(key) {
    return new Promise((resolve) => { resolvers.set(key, resolve); });
  },
  resume(key) {
    const resolve = resolvers.get(key);
    resolvers.delete(key);
    resolve();
  },
  spawn,
  // One call per switch: park the caller and wake (or start) the next thread.
  handoff(key, next) {
    const parked = new Promise((resolve) => { resolvers.set(key, resolve); });
    const resolve = resolvers.get(next);
    resolvers.delete(next);
    resolve();
    return parked;
  },
  handoffSpawn(key, fn) {
    const parked = new Promise((resolve) => { resolvers.set(key, resolve); });
    spawn(fn);
    return parked;
  },
  sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
  },
  jspi() {
    return typeof WebAssembly.Suspending === "function" && typeof WebAssembly.promising === "function";
  },
}; })()"""
)

JSPI_MESSAGE = (
    "can't start new thread: threads need WebAssembly stack switching (JSPI), "
    "which this browser lacks. It ships in Chrome and Edge 137+, Firefox 139+ "
    "and Safari 27+."
)
SYNC_ENTRY_MESSAGE = (
    "can't start new thread: the program was started synchronously; "
    "run it with runPythonAsync so that threads can suspend"
)


resume = _host.resume


def spawn(fn):
    """Starts `fn` on a new stack once the current stack suspends."""
    _host.spawn(create_proxy(fn))


def wait_parked(key):
    """Suspends this stack until `resume(key)`."""
    suspend_on(_host.park, key)


_handoff = _host.handoff
_handoff_spawn = _host.handoffSpawn


def switch_to(key, next_key):
    """Parks the stack `key` and resumes the parked stack `next_key`."""
    suspend_on(_handoff, key, next_key)


def switch_to_new(key, fn):
    """Parks the stack `key` and runs `fn` on a new stack."""
    suspend_on(_handoff_spawn, key, create_proxy(fn))


def real_sleep(seconds):
    """Suspends the current stack for `seconds` of wall-clock time."""
    suspend_quietly(_host.sleep, seconds * 1000.0)


def jspi_available():
    """True when the JS engine has stack switching at all."""
    return bool(_host.jspi())


def can_switch():
    """True when the current stack can suspend (it was entered asynchronously)."""
    return bool(can_run_sync())


def check_can_switch():
    """Raises RuntimeError, naming the cause, when this stack cannot suspend."""
    if can_run_sync():
        return
    if not jspi_available():
        raise RuntimeError(JSPI_MESSAGE)
    raise RuntimeError(SYNC_ENTRY_MESSAGE)

