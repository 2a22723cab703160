"""`_thread._local`: attributes that each green thread sees separately.

Each instance keeps one dict per thread ident instead of swapping `__dict__`
(as `_threading_local` does), so a switch in the middle of an attribute access
cannot leave one thread looking at another thread's values.
"""

import weakref

from . import runtime

_impls = weakref.WeakSet()


class _Impl:
    __slots__ = ("dicts", "args", "kwargs", "__weakref__")

    def __init__(self, args, kwargs):
        self.dicts = {}
        self.args = args
        self.kwargs = kwargs


def forget_thread(ident):
    """Drops a finished thread's values from every local."""
    for impl in list(_impls):
        impl.dicts.pop(ident, None)


def _thread_dict(self):
    impl = object.__getattribute__(self, "_local__impl")
    ident = runtime.scheduler.current.ident
    values = impl.dicts.get(ident)
    if values is None:
        values = impl.dicts[ident] = {}
        init = type(self).__init__
        if init is not object.__init__:
            init(self, *impl.args, **impl.kwargs)
    return values


def _data_descriptor(obj, name):
    for klass in type(obj).__mro__:
        attr = klass.__dict__.get(name)
        if attr is not None:
            return attr if hasattr(type(attr), "__set__") else None
    return None


class _local:
    """Thread-local data (`threading.local`)."""

    __slots__ = ("_local__impl", "__dict__", "__weakref__")

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        impl = _Impl(args, kwargs)
        object.__setattr__(self, "_local__impl", impl)
        _impls.add(impl)
        impl.dicts[runtime.scheduler.current.ident] = {}
        return self

    def __getattribute__(self, name):
        if name == "__dict__":
            return _thread_dict(self)
        if name in ("_local__impl", "__class__"):
            return object.__getattribute__(self, name)
        values = _thread_dict(self)
        if name in values and _data_descriptor(self, name) is None:
            return values[name]
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == "__dict__":
            raise AttributeError(f"{type(self).__name__!r} object attribute '__dict__' is read-only")
        values = _thread_dict(self)
        if _data_descriptor(self, name) is not None:
            object.__setattr__(self, name, value)
        else:
            values[name] = value

    def __delattr__(self, name):
        if name == "__dict__":
            raise AttributeError(f"{type(self).__name__!r} object attribute '__dict__' is read-only")
        values = _thread_dict(self)
        if _data_descriptor(self, name) is not None:
            object.__delattr__(self, name)
        elif name in values:
            del values[name]
        else:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")


_local.__module__ = "_thread"
