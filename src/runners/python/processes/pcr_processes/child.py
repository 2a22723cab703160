"""What a spawned child runs: CPython's `multiprocessing.spawn._main`, minus the pipe.

The payload is what the parent's Popen pickled: the preparation data (which
makes the child import the main file as `__mp_main__`), then the Process object.
"""

import io
import sys
import traceback

from multiprocessing import process, spawn
from multiprocessing.context import reduction


def _report(error):
    if isinstance(error, SystemExit):
        code = error.code
        if code is None:
            return 0
        if isinstance(code, int):
            return code
        sys.stderr.write(f"{code}\n")
        return 1
    traceback.print_exception(error)
    return 1


def run(payload, parent_sentinel):
    """Unpickles and bootstraps the child's Process object; returns its exit code."""
    current = process.current_process()
    current._inheriting = True
    try:
        stream = io.BytesIO(payload)
        preparation_data = reduction.pickle.load(stream)
        spawn.prepare(preparation_data)
        child = reduction.pickle.load(stream)
    except BaseException as error:  # noqa: BLE001 - the child's interpreter would print it and exit
        return _report(error)
    finally:
        current.__dict__.pop("_inheriting", None)
    try:
        return child._bootstrap(parent_sentinel=parent_sentinel)
    except BaseException as error:  # noqa: BLE001
        return _report(error)
