"""`multiprocessing.Value` and `Array` in kernel shared memory.

Processes have separate WebAssembly memories, so a ctypes object cannot be
shared; these objects keep their bytes in a kernel memory object instead and
read or write them on every access. `Value`, `Array` and `synchronized` of the
standard library wrap them unchanged: `v.value += 1` is a separate read and
write, racy across processes unless `v.get_lock()` is held, as in CPython.
"""

import ctypes
import struct
from multiprocessing import sharedctypes
from multiprocessing.context import assert_spawning

from . import kernel

_stdlib_synchronized = sharedctypes.synchronized


def _layout(type_):
    code = getattr(type_, "_type_", None)
    if not isinstance(code, str) or code in "zZPO" or len(code) != 1:
        raise TypeError(f"cannot share {getattr(type_, '__name__', type_)!r} between processes here")
    return struct.Struct("I" if code == "u" else code), code


class _Shared:
    def __init__(self, handle, type_, length):
        self._handle = handle
        self._type = type_
        self._struct, self._code = _layout(type_)
        self._length = length

    def _load(self, index):
        size = self._struct.size
        (raw,) = self._struct.unpack(kernel.bytes_from(kernel.mem_read(self._handle, index * size, size)))
        return chr(raw) if self._code == "u" else raw

    def _store(self, index, value):
        if self._code == "u":
            value = ord(value)
        elif self._code == "c" and isinstance(value, int):
            value = bytes([value])
        try:
            packed = self._struct.pack(value)
        except struct.error as error:
            raise TypeError(str(error)) from None
        kernel.mem_write(self._handle, index * self._struct.size, kernel.to_bytes(packed))

    def __reduce__(self):
        assert_spawning(self)
        return _rebuild, (type(self), self._handle, self._type, self._length)


class SharedValue(_Shared):
    """A scalar in shared memory (what `RawValue` returns)."""

    def __init__(self, handle, type_):
        super().__init__(handle, type_, 1)

    @property
    def value(self):
        return self._load(0)

    @value.setter
    def value(self, value):
        self._store(0, value)

    def __repr__(self):
        return f"{self._type.__name__}({self.value!r})"


class SharedArray(_Shared):
    """A fixed-length array in shared memory (what `RawArray` returns)."""

    @property
    def _type_(self):
        return self._type

    def __len__(self):
        return self._length

    def _indices(self, index):
        if isinstance(index, slice):
            return range(*index.indices(self._length))
        index = index.__index__()
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError("invalid index")
        return index

    def __getitem__(self, index):
        where = self._indices(index)
        if isinstance(where, range):
            items = [self._load(i) for i in where]
            return b"".join(items) if self._code == "c" else ("".join(items) if self._code == "u" else items)
        return self._load(where)

    def __setitem__(self, index, value):
        where = self._indices(index)
        if isinstance(where, range):
            values = list(value)
            if len(values) != len(where):
                raise ValueError("Can only assign sequence of same size")
            for i, item in zip(where, values):
                self._store(i, item)
        else:
            self._store(where, value)

    def __iter__(self):
        return (self._load(i) for i in range(self._length))

    @property
    def raw(self):
        return self[:]

    @property
    def value(self):
        data = self[:]
        if self._code == "c":
            return data.split(b"\0", 1)[0]
        if self._code == "u":
            return data.split("\0", 1)[0]
        raise AttributeError(f"'{self._type.__name__}_Array_{self._length}' object has no attribute 'value'")

    @value.setter
    def value(self, data):
        if len(data) > self._length:
            raise ValueError("byte string too long")
        for i, item in enumerate(data):
            self._store(i, item)
        if len(data) < self._length:
            self._store(len(data), b"\0" if self._code == "c" else ("\0" if self._code == "u" else 0))

    def __repr__(self):
        return f"<{self._type.__name__}_Array_{self._length} in shared memory>"


def _rebuild(cls, handle, type_, length):
    kernel.ensure(handle)
    if cls is SharedValue:
        return SharedValue(handle, type_)
    return SharedArray(handle, type_, length)


def _type_of(typecode_or_type):
    return sharedctypes.typecode_to_type.get(typecode_or_type, typecode_or_type)


def RawValue(typecode_or_type, *args):
    type_ = _type_of(typecode_or_type)
    # Validates the arguments as ctypes would (TypeError for a wrong type).
    initial = type_(*args).value
    handle = kernel.create("memory", ctypes.sizeof(type_))
    obj = SharedValue(handle, type_)
    obj.value = initial
    return obj


def RawArray(typecode_or_type, size_or_initializer):
    type_ = _type_of(typecode_or_type)
    if isinstance(size_or_initializer, int):
        length, initial = size_or_initializer, None
    else:
        initial = list(size_or_initializer) if not isinstance(size_or_initializer, (bytes, str)) else size_or_initializer
        length = len(initial)
    if length < 0:
        raise ValueError("Array length must be >= 0")
    handle = kernel.create("memory", ctypes.sizeof(type_) * length)
    obj = SharedArray(handle, type_, length)
    if initial is not None:
        (type_ * length)(*initial)  # ctypes' own type checks
        obj[:] = initial
    return obj


def synchronized(obj, lock=None, ctx=None):
    if isinstance(obj, SharedValue):
        return sharedctypes.Synchronized(obj, lock, ctx)
    if isinstance(obj, SharedArray):
        if obj._code == "c":
            return sharedctypes.SynchronizedString(obj, lock, ctx)
        return sharedctypes.SynchronizedArray(obj, lock, ctx)
    return _stdlib_synchronized(obj, lock, ctx)


def install():
    sharedctypes.RawValue = RawValue
    sharedctypes.RawArray = RawArray
    sharedctypes.synchronized = synchronized
