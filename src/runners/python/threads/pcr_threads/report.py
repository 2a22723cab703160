"""Words for a deadlock: who waits for what, and who holds it."""

import linecache
import os
import sys

from . import preempt

_RUNTIME_DIR = os.path.dirname(__file__)
_THREADING = sys.modules["threading"].__file__


def _thread_name(ident):
    threading = sys.modules.get("threading")
    if threading is not None:
        thread = threading._active.get(ident)
        if thread is None:
            thread = next((t for t in threading._limbo if t._ident == ident), None)
        if thread is not None:
            return thread.name
    return f"thread {ident}"


def _user_frames(frame):
    """The learner's frame that made the blocking call, and the call it made."""
    inner = None
    while frame is not None:
        if preempt.is_learner_code(frame.f_code):
            return frame, inner
        inner = frame
        frame = frame.f_back
    return None, inner


def locate(frame):
    """Where a parking thread is: (learner file, line, names in scope, stdlib call)."""
    user, inner = _user_frames(frame)
    api = _api(inner)
    if user is None:
        return (None, 0, (), api)
    names = user.f_locals
    # A module's locals are its globals: no need to copy them.
    scopes = (names, user.f_globals) if names is user.f_globals else (dict(names), user.f_globals)
    return (user.f_code.co_filename, user.f_lineno, scopes, api)


def _name_of(obj, scopes):
    if scopes:
        for scope in scopes:
            for name, value in scope.items():
                if value is obj or getattr(value, "_block", None) is obj or getattr(value, "_lock", None) is obj:
                    return name
    return f"lock at {id(obj):#x}"


def _where(filename, lineno):
    if filename is None:
        return ""
    line = linecache.getline(filename, lineno).strip()
    place = f"{os.path.basename(filename)}, line {lineno}"
    return f" ({place}: {line})" if line else f" ({place})"


def _api(inner):
    if inner is None:
        return None
    code = inner.f_code
    if code.co_filename.startswith(_RUNTIME_DIR):
        return None
    return f"{code.co_qualname}()"


def _describe_one(thread):
    filename, lineno, scopes, api = thread.frame or (None, 0, (), None)
    kind, target = thread.waiting or ("?", None)
    name = f'"{_thread_name(thread.ident)}"'
    if kind == "join":
        what = f'waits in {api or "join()"} for "{_thread_name(target.ident)}" to finish'
    elif kind == "lock" and target._owner not in (None, thread.ident) and api is None:
        what = f'waits to acquire {_name_of(target, scopes)}, held by "{_thread_name(target._owner)}"'
    elif kind == "lock" and api is not None:
        owner = target._owner
        held = f', held by "{_thread_name(owner)}"' if owner not in (None, thread.ident) else ""
        what = f"waits in {api}{held}"
    elif kind == "signal":
        what = "waits for an event loop wake-up"
    else:
        what = f"waits ({kind})"
    return f"  {name} {what}{_where(filename, lineno)}"


def describe(sched):
    """A report of every blocked thread, main thread first."""
    lines = ["deadlock: every thread is blocked and nothing can wake any of them"]
    for thread in sorted(sched.threads.values(), key=lambda t: t.ident):
        if thread.state == "blocked":
            lines.append(_describe_one(thread))
    return "\n".join(lines)
