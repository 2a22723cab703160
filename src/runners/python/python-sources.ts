/**
 * The runner's own Python modules, in the order they must be installed
 * (each imports only the ones before it). Names start with `_pcr_` so they
 * never clash with a learner's module.
 */
import clock from "./py/pcr_clock.py?raw";
import grader from "./py/pcr_grader.py?raw";
import loop from "./py/pcr_loop.py?raw";
import runner from "./py/pcr_runner.py?raw";
import state from "./py/pcr_state.py?raw";
import traceback from "./py/pcr_traceback.py?raw";

export const PYTHON_MODULES: readonly (readonly [name: string, source: string])[] = [
  ["_pcr_clock", clock],
  ["_pcr_loop", loop],
  ["_pcr_grader", grader],
  ["_pcr_traceback", traceback],
  ["_pcr_state", state],
  ["_pcr_runner", runner],
];
