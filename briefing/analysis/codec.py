"""Model objects to plain values and back: what the analysis cache stores of a briefing.

:func:`encode` turns a tree of model dataclasses into tuples of plain values (sentences and
paragraphs packed into integer arrays, tuples of small objects into columns) that refer to a
*type table* of class names and field names; :func:`decode` rebuilds the objects, refusing
(:class:`StaleEntry`) anything whose classes or fields no longer match the model.  Generic
over the model, so fields others add later are cached without changes here.
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib
import operator
from array import array
from collections import deque
from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import repeat
from typing import Any

from briefing.model import Paragraph, Sentence


class StaleEntry(ValueError):
    """A cache entry that cannot be rebuilt into today's model objects."""


# The classes an entry names: (module, qualified name, field names) each.
TypeTable = tuple[tuple[str, str, tuple[str, ...]], ...]
_SCALARS = frozenset({str, int, float, bool, type(None)})
_GETTERS: dict[type, tuple[tuple[str, ...], Callable[[Any], Any]]] = {}
_MARKERS = frozenset({"__list__", "__bytes__", "__dict__"})
_SENTENCES = b"S"  # a tuple of Sentence objects, packed as one array of offsets
_PARAGRAPHS = b"P"  # a tuple of Paragraph objects with their sentences, likewise


def _fields_of(cls: type) -> tuple[str, ...]:
    """The field names of dataclass ``cls``."""
    return _getter(cls)[0]


def _getter(cls: type) -> tuple[tuple[str, ...], Callable[[Any], Any]]:
    """``cls``'s field names and a function returning an object's field values (memoised)."""
    found = _GETTERS.get(cls)
    if found is None:
        names = tuple(f.name for f in dataclasses.fields(cls))
        get = operator.attrgetter(*names) if len(names) > 1 else \
            (lambda obj, _n=names[0]: (getattr(obj, _n),)) if names else (lambda obj: ())
        found = _GETTERS[cls] = (names, get)
    return found


def encode(obj: Any) -> tuple[list[tuple[str, str, tuple[str, ...]]], Any]:
    """``(type table, data)``: plain marshal-able values for a tree of model objects.

    Dataclass → ``(type index, mask of encoded fields, field…)``, or ``(~type index, field…)`` when
    every field is a plain value or a tuple of them; tuple → list, or ``("T", value…)`` if its
    items are plain; a tuple of sentences → packed bytes (there are hundreds of thousands of
    them); a tuple of plain-valued objects of one class → ``("C", type index, column…)``; list →
    ``{"__list__": …}``; bytes → ``{"__bytes__": …}``; dicts (YAML metadata) and scalars as they
    are.
    """
    table: list[tuple[str, str, tuple[str, ...]]] = []
    index: dict[type, int] = {}
    scalars = _SCALARS

    def type_index(cls: type, names: tuple[str, ...]) -> int:
        i = index.get(cls)
        if i is None:
            i = index[cls] = len(table)
            table.append((cls.__module__, cls.__qualname__, names))
        return i

    def enc(value: Any) -> Any:
        cls = type(value)
        if cls in scalars:
            return value
        if cls is tuple:
            if not value:
                return ()
            first = type(value[0])
            if first is Sentence and all(type(v) is Sentence for v in value):
                flat = array("q")
                for sentence in value:
                    flat.append(sentence.start)
                    flat.append(sentence.end)
                return _SENTENCES + flat.tobytes()
            if first is Paragraph and _fields_of(Paragraph) == _PARAGRAPH_FIELDS:
                packed = _pack_paragraphs(value)
                if packed is not None:
                    return packed
            if dataclasses.is_dataclass(first):
                # Many objects of one class with only plain fields (mentions, spans): store
                # the columns, rebuilt with one C-level map() instead of a loop per object.
                names, get = _getter(first)
                rows = [get(v) for v in value if type(v) is first]
                if len(rows) == len(value) and names and all(
                        type(x) in scalars for row in rows for x in row):
                    columns = [list(col) for col in zip(*rows, strict=True)]
                    return ("C", type_index(first, names), *columns)
            if all(type(v) in scalars for v in value):
                return ("T", *value)  # aliases, party ids: rebuilt by one slice
            return [v if type(v) in scalars else enc(v) for v in value]
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            names, get = _getter(cls)
            fields = get(value)
            i = type_index(cls, names)
            # Plain values and tuples of plain values are stored as they are; ``mask`` marks
            # the fields that need decoding (none: a leaf, rebuilt without looking at them).
            mask = 0
            out = []
            for k, v in enumerate(fields):
                if type(v) in scalars or (type(v) is tuple and all(type(x) in scalars for x in v)):
                    out.append(v)
                else:
                    mask |= 1 << k
                    out.append(enc(v))
            if not mask:
                return (~i, *out)
            return (i, mask, *out)
        if cls is list:
            return {"__list__": value}
        if cls is bytes:
            return {"__bytes__": value}
        if cls is dict:
            if len(value) == 1 and next(iter(value)) in _MARKERS:
                return {"__dict__": value}  # a user's key that looks like one of ours
            return value  # metadata from YAML: plain values only (checked by marshal)
        raise TypeError(f"cannot cache a {cls.__name__}")

    return table, enc(obj)


_RESOLVED: dict[Any, list[type]] = {}


def resolve(table: Any) -> list[type]:
    """The classes of a type table, memoised (every entry of a corpus has one of a few)."""
    try:
        found = _RESOLVED.get(table)
    except TypeError:  # a list: not a table a packed entry refers to
        raise StaleEntry("malformed type table") from None
    if found is None:
        found = _resolve_uncached(table)
        if len(_RESOLVED) < 1000:
            _RESOLVED[table] = found
    return found


def _resolve_uncached(table: Iterable[Any]) -> list[type]:
    """The classes a type table names; :class:`StaleEntry` if one no longer has those fields."""
    classes: list[type] = []
    for module, qualname, names in table:
        if not isinstance(module, str) or not module.startswith("briefing."):
            raise StaleEntry(f"unexpected type {module!r}")
        try:
            cls = getattr(importlib.import_module(module), qualname)
        except (ImportError, AttributeError) as exc:
            raise StaleEntry(str(exc)) from None
        if not isinstance(cls, type) or not dataclasses.is_dataclass(cls) \
                or _fields_of(cls) != tuple(names) \
                or not all(f.init for f in dataclasses.fields(cls)):
            raise StaleEntry(f"{qualname} changed shape")
        classes.append(cls)
    return classes


_PARAGRAPH_FIELDS = ("start", "end", "sentences")


def _pack_paragraphs(paragraphs: tuple[Any, ...]) -> bytes | None:
    """``start, end, n, (sentence start, end) * n`` per paragraph, as one array of ints."""
    flat = array("q")
    for p in paragraphs:
        if type(p) is not Paragraph or type(p.sentences) is not tuple:
            return None
        flat.append(p.start)
        flat.append(p.end)
        flat.append(len(p.sentences))
        for sentence in p.sentences:
            if type(sentence) is not Sentence:
                return None
            flat.append(sentence.start)
            flat.append(sentence.end)
    return _PARAGRAPHS + flat.tobytes()


def _unpack_paragraphs(flat: array[int]) -> tuple[Any, ...]:
    """The inverse of :func:`_pack_paragraphs`: every sentence built in one pass, then sliced."""
    starts: list[int] = []
    ends: list[int] = []
    groups: list[int] = []
    pairs = array("q")
    i, n = 0, len(flat)
    while i < n:
        start, end, count = flat[i], flat[i + 1], flat[i + 2]
        i += 3
        starts.append(start)
        ends.append(end)
        groups.append(count)
        pairs.extend(flat[i:i + 2 * count])
        i += 2 * count
    if i != n or len(pairs) != 2 * sum(groups):
        raise StaleEntry("truncated paragraphs")
    sentences = _build_columns(Sentence, (pairs[0::2], pairs[1::2]))
    grouped: list[tuple[Any, ...]] = []
    at = 0
    for count in groups:
        grouped.append(sentences[at:at + count])
        at += count
    return _build_columns(Paragraph, (starts, ends, grouped))


@lru_cache(maxsize=4096)
def _set_bits(mask: int) -> tuple[int, ...]:
    """The positions of the 1 bits of ``mask`` (a handful of distinct masks per model)."""
    return tuple(k for k in range(mask.bit_length()) if mask >> k & 1)


@lru_cache(maxsize=64)
def _slot_setters(cls: type) -> tuple[Callable[[Any, Any], None], ...] | None:
    """The slot descriptors' setters of ``cls``'s fields, if objects may be built through them.

    Only for a plain slotted dataclass whose ``__init__`` does nothing but assign its fields
    (no ``__post_init__``, no non-init field, the default ``__new__``); otherwise ``None``
    and the constructor is used.
    """
    new: object = cls.__new__  # compared as objects: is it object's own, not overridden?
    if "__slots__" not in cls.__dict__ or hasattr(cls, "__post_init__") \
            or new is not object.__new__:
        return None
    setters: list[Callable[[Any, Any], None]] = []
    for f in dataclasses.fields(cls):
        slot = cls.__dict__.get(f.name)
        if not f.init or slot is None or type(slot) is not _MEMBER_DESCRIPTOR:
            return None
        setters.append(slot.__set__)
    return tuple(setters)


_MEMBER_DESCRIPTOR = type(Sentence.__dict__["start"])
_COLUMNS_MIN = 12  # measured crossover: below it, calling the constructor is quicker


def _build_columns(cls: type, cols: tuple[Any, ...]) -> tuple[Any, ...]:
    """``tuple(map(cls, *cols))``, with no Python frame per object.

    A warm start builds about a million mentions, spans and sentences: a frozen dataclass's
    ``__init__`` assigns each field through ``object.__setattr__``; here each column is poured
    into fresh instances by the slot descriptor's setter inside ``map`` (all in C), about twice
    as fast for a few dozen objects.  The objects are exactly what the constructor would build.
    """
    n = len(cols[0]) if cols else 0
    setters = _slot_setters(cls) if n >= _COLUMNS_MIN else None
    if setters is None or len(setters) != len(cols):
        return tuple(map(cls, *cols))  # few objects: the setup below costs more than it saves
    for col in cols:
        if len(col) != n:
            raise StaleEntry("ragged columns")
    objs: list[Any] = list(map(object.__new__, repeat(cls, n)))
    for setter, col in zip(setters, cols, strict=True):
        deque(map(setter, objs, col), maxlen=0)
    return tuple(objs)


def decode(table: Any, data: Any) -> Any:
    """Rebuild model objects from :func:`encode`'s output; :class:`StaleEntry` if impossible."""
    classes = resolve(table)
    if _fields_of(Sentence) != ("start", "end") or _fields_of(Paragraph) != _PARAGRAPH_FIELDS:
        raise StaleEntry("Sentence or Paragraph changed shape")  # pragma: no cover
    scalars = _SCALARS
    bits = _set_bits
    columns, few = _build_columns, _COLUMNS_MIN

    def dec(value: Any) -> Any:
        cls = type(value)
        if cls is tuple:
            if not value:
                return ()
            i = value[0]
            if i.__class__ is int:
                if i < 0:
                    return classes[~i](*value[1:])
                fields = list(value[2:])
                for k in bits(value[1]):
                    fields[k] = dec(fields[k])
                return classes[i](*fields)
            if i == "T":
                return value[1:]
            if i == "C":
                if len(value[2]) < few:  # most groups: a handful of mentions or spans
                    return tuple(map(classes[value[1]], *value[2:]))
                return columns(classes[value[1]], value[2:])
            raise StaleEntry("unknown tuple tag")
        if cls is list:
            return tuple([v if type(v) in scalars else dec(v) for v in value])
        if cls is bytes:
            flat = array("q")
            flat.frombytes(value[1:])
            if value[:1] == _SENTENCES:
                if len(flat) % 2:
                    raise StaleEntry("truncated sentences")
                return columns(Sentence, (flat[0::2], flat[1::2]))
            if value[:1] == _PARAGRAPHS:
                return _unpack_paragraphs(flat)
            raise StaleEntry("unknown packed value")
        if cls is dict and len(value) == 1:
            if "__list__" in value:
                return value["__list__"]
            if "__bytes__" in value:
                return value["__bytes__"]
            if "__dict__" in value:
                return value["__dict__"]
        return value

    try:
        return dec(data)
    except (IndexError, TypeError, ValueError, KeyError) as exc:
        raise StaleEntry(f"entry does not fit the model: {exc}") from None
    finally:
        # ``dec`` refers to itself (through its closure cell): a cycle of ~9 objects per
        # entry decoded that only the collector's passes freed.  Emptying the cell frees them
        # at once (decoding 22,000 entries for an index's actor part made 190,000 of them).
        dec = None  # type: ignore[assignment]


def type_table_key(table: TypeTable) -> str:
    """A short stable key for a type table."""
    # repr, not marshal.dumps: marshal's bytes depend on reference counts, repr does not.
    return hashlib.sha256(repr(table).encode()).hexdigest()[:24]
