"""Learner-facing tracebacks: only frames from the learner's files, formatted like CPython."""

import linecache
import traceback


def register_source(filename, source):
    """Lets tracebacks and inspect show lines of code that was compiled from a string."""
    lines = source.splitlines(True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    # An mtime of None keeps linecache.checkcache() from dropping the entry.
    linecache.cache[filename] = (len(source), None, lines, filename)


def forget_source(filename):
    linecache.cache.pop(filename, None)


def _keep_only(summary, files, seen):
    if summary is None or id(summary) in seen:
        return
    seen.add(id(summary))
    summary.stack = traceback.StackSummary.from_list(
        [frame for frame in summary.stack if frame.filename in files]
    )
    _keep_only(summary.__cause__, files, seen)
    _keep_only(summary.__context__, files, seen)
    for child in summary.exceptions or ():
        _keep_only(child, files, seen)


def _frames(error, seen=None):
    """Every (filename, line) the error passed through, sub-exceptions included."""
    seen = seen if seen is not None else set()
    if error is None or id(error) in seen:
        return []
    seen.add(id(error))
    found = [(frame.f_code.co_filename, line) for frame, line in traceback.walk_tb(error.__traceback__)]
    for child in getattr(error, "exceptions", ()) or ():
        found += _frames(child, seen)
    return found


def passes_through(error, files):
    """Whether any frame of the error's traceback belongs to one of `files`."""
    return any(filename in files for filename, _ in _frames(error))


def describe(error, files, main_file):
    """A RunError dict for `error`, its traceback cut down to frames from `files`."""
    summary = traceback.TracebackException(type(error), error, error.__traceback__)
    _keep_only(summary, files, set())
    line = None
    if isinstance(error, SyntaxError) and error.filename == main_file:
        line = error.lineno
    else:
        for filename, lineno in _frames(error):
            if filename == main_file:
                line = lineno
    message = error.msg if isinstance(error, SyntaxError) else str(error)
    return {
        "type": type(error).__name__,
        "message": message or "",
        "traceback": "".join(summary.format()),
        "line": line,
    }
