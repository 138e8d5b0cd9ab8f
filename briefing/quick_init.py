"""A quicker ``__init__`` for the model's frozen, slotted dataclasses: the same object, half the time.

A frozen dataclass's generated ``__init__`` sets each field with
``object.__setattr__(self, "name", value)`` (its own ``__setattr__`` refuses), which looks the
name up on the type for every field of every object.  The fields of a slotted class are member
descriptors, and each descriptor's ``__set__`` stores its slot without any lookup, bypassing
``__setattr__`` the same way: :func:`quick_init` gives the class an ``__init__`` made of those
calls -- the same parameters, in the same order, with the same default objects and factories --
which builds the very object the generated one builds in about half the time (extraction builds
~2,000 such objects per 27 articles: mentions, spans, actors, time expressions; ``briefing.model``
is not compiled in the mypyc build, so they are built interpreted there too).

Only a class this is sure for is changed: frozen and slotted, every field set by ``__init__``
and stored in a slot of the class itself, no ``__post_init__``, no keyword-only field, the
default ``__new__``.  An instance of a subclass (which may put properties over the slots) is
initialised by the generated ``__init__``, kept in :data:`GENERATED`, as before.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")

# each class given a quick __init__, with the __init__ dataclass generated for it (for the
# subclasses, and for the tests that compare the two)
GENERATED: dict[type, Callable[..., None]] = {}
_MEMBER = type(type("_Slotted", (), {"__slots__": ("x",)}).__dict__["x"])


def _eligible(cls: type) -> list[dataclasses.Field[Any]] | None:
    params = getattr(cls, "__dataclass_params__", None)
    new: object = cls.__new__  # compared as objects: is it object's own, not overridden?
    if params is None or not params.frozen or "__slots__" not in cls.__dict__ \
            or hasattr(cls, "__post_init__") or new is not object.__new__:
        return None
    fields = list(dataclasses.fields(cls))
    for f in fields:
        if not f.init or f.kw_only or type(cls.__dict__.get(f.name)) is not _MEMBER \
                or not f.name.isidentifier() or f.name.startswith("_") or f.name == "self":
            return None
    return fields


def quick_init(cls: type[T]) -> type[T]:
    """``cls`` (a frozen, slotted dataclass) with the quicker ``__init__`` (see the module);
    ``cls`` unchanged when that is not sure."""
    fields = _eligible(cls)
    if fields is None:
        return cls
    generated: Callable[..., None] = cls.__init__
    names: dict[str, Any] = {"_cls": cls, "_generated": generated, "_missing": dataclasses.MISSING}
    params: list[str] = []
    body: list[str] = []
    values: list[str] = []  # each field's value, as the generated __init__ is given it
    for f in fields:
        setter = f"_set_{f.name}"
        names[setter] = cls.__dict__[f.name].__set__
        if f.default is not dataclasses.MISSING:
            names[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
            values.append(f.name)
        elif f.default_factory is not dataclasses.MISSING:
            names[f"_factory_{f.name}"] = f.default_factory
            params.append(f"{f.name}=_missing")
            values.append(f"(_factory_{f.name}() if {f.name} is _missing else {f.name})")
        else:
            params.append(f.name)
            values.append(f.name)
        body.append(f"    {setter}(self, {values[-1]})")
    args = ", ".join(values)
    source = (f"def __init__(self, {', '.join(params)}):\n"
              f"    if self.__class__ is not _cls:\n"
              f"        _generated(self, {args})\n"
              f"        return\n" + "\n".join(body) + "\n")
    exec(source, names)  # noqa: S102 - built from the class's own field names (identifiers)
    init = names["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    init.__doc__ = generated.__doc__
    setattr(cls, "__init__", init)  # noqa: B010 - mypy would refuse the assignment
    GENERATED[cls] = generated
    return cls
