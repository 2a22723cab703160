"""The preemption clock: a stand-in for Pyodide's interrupt buffer.

CPython built for Emscripten reads element 0 of the interrupt buffer once
every 50 eval-breaker checks (backward jumps, calls) and trips that signal
number. While preemption is armed, Pyodide reads this module's object instead
of the engine's stop buffer: its getter passes a stop request on, and
otherwise counts reads down to a preemption. Counting reads, not time, is
what makes a seed give the same switches on every run.
"""

import pyodide_js
from pyodide.code import run_js

_clock = run_js(
    """((api, SIGNAL) => {
  const module = api._module;
  let stop = null;
  let armed = false;
  let countdown = 0;
  let stopped = false;
  const combined = {
    get 0() {
      if (stop !== null && stop[0] === 2) {
        stop[0] = 0;
        stopped = true;
        return SIGNAL;
      }
      if (countdown > 0 && --countdown === 0) return SIGNAL;
      return 0;
    },
    // Pyodide writes 0 back after each read; the stop flag is cleared above.
    set 0(_value) {},
  };
  // CPython's own count to 50 runs on through the runtime's code, whose
  // checks vary with how warm its specializations are; restarting the count
  // whenever the runtime hands control back keeps only the program's checks.
  const resetPhase = () => {
    const address = module ? module.__Py_emscripten_signal_clock : undefined;
    if (typeof address === "number" && module.HEAP32) module.HEAP32[address >> 2] = 50;
  };
  const current = () => (module ? module.Py_EmscriptenSignalBuffer : undefined);
  return {
    arm(on) {
      if (on === armed) return;
      armed = on;
      if (on) {
        // Whatever the engine installed (the page's stop flag) keeps working.
        const installed = current();
        if (installed !== undefined && installed !== combined) stop = installed;
        api.setInterruptBuffer(combined);
        resetPhase();
      } else {
        countdown = 0;
        api.setInterruptBuffer(stop ?? undefined);
      }
    },
    setStop(buffer) {
      stop = buffer ?? null;
      if (!armed) api.setInterruptBuffer(stop ?? undefined);
    },
    countdown(reads) {
      countdown = reads;
      resetPhase();
    },
    resetPhase,
    takeStop() { const was = stopped; stopped = false; return was; },
    installed() { return armed && current() === combined; },
    installedBuffer() { return current(); },
  };
})"""
)


PREEMPT_SIGNAL = 26
"""SIGVTALRM: the signal number the preemption clock trips (unused on Emscripten)."""

_preempt_clock = _clock(pyodide_js, PREEMPT_SIGNAL)
arm_clock = _preempt_clock.arm
"""`arm_clock(on)`: installs (True) or removes (False) the counting interrupt buffer."""
set_countdown = _preempt_clock.countdown
"""`set_countdown(reads)`: trips PREEMPT_SIGNAL after that many buffer reads (0: never),
counted from now."""
take_stop = _preempt_clock.takeStop
"""`take_stop()`: True once after the stop buffer asked to stop while armed."""
clock_installed = _preempt_clock.installed
installed_buffer = _preempt_clock.installedBuffer
"""`installed_buffer()`: the object Pyodide reads now (JS), for tests and diagnostics."""
reset_phase = _preempt_clock.resetPhase
"""`reset_phase()`: restarts CPython's count of checks to the next read."""


def set_stop_buffer(buffer):
    """The engine's stop flag (a TypedArray the page writes 2 into), or None."""
    _preempt_clock.setStop(buffer)
