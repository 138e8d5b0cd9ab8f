"""The model's quick ``__init__`` (``briefing.quick_init``) builds what the generated one builds."""

from __future__ import annotations

import dataclasses
import inspect
from typing import Any

import pytest

from briefing import model
from briefing.quick_init import GENERATED, quick_init


def _sample(f: dataclasses.Field[Any], k: int) -> Any:
    """A value for field ``f`` (not its default, so that the parameter is really passed)."""
    text = str(f.type)
    if "tuple" in text:
        return ("x", k)
    if "int" in text and "str" not in text:
        return 7 + k
    if "float" in text:
        return 0.5 + k
    if "bool" in text:
        return True
    return f"v{k}"


def _built_by_generated(cls: type, *args: Any, **kwargs: Any) -> Any:
    obj = object.__new__(cls)
    GENERATED[cls](obj, *args, **kwargs)
    return obj


def test_the_extracted_classes_have_the_quick_init() -> None:
    assert {model.Span, model.Mention, model.Actor, model.TimeExpression, model.Quote,
            model.Issue, model.Round, model.Negotiation, model.TimelineEvent} <= set(GENERATED)
    for cls in GENERATED:
        assert cls.__init__ is not GENERATED[cls]  # type: ignore[misc]


def test_same_parameters_defaults_and_objects() -> None:
    for cls in GENERATED:
        quick = inspect.signature(cls.__init__)  # type: ignore[misc]
        generated = inspect.signature(GENERATED[cls])
        assert [(p.name, p.kind) for p in quick.parameters.values()] == \
            [(p.name, p.kind) for p in generated.parameters.values()], cls
        for a, b in zip(quick.parameters.values(), generated.parameters.values(), strict=True):
            assert a.default is b.default or b.default is inspect.Parameter.empty, (cls, a)
        fields = dataclasses.fields(cls)
        required = [f for f in fields if f.default is dataclasses.MISSING
                    and f.default_factory is dataclasses.MISSING]
        values = [_sample(f, k) for k, f in enumerate(fields)]
        cases: list[tuple[tuple[Any, ...], dict[str, Any]]] = [
            (tuple(values), {}),  # every field, positionally
            ((), {f.name: v for f, v in zip(fields, values, strict=True)}),  # by keyword
            (tuple(values[:len(required)]), {}),  # the defaults
        ]
        for args, kwargs in cases:
            got = cls(*args, **kwargs)
            want = _built_by_generated(cls, *args, **kwargs)
            assert got == want and repr(got) == repr(want) and hash(got) == hash(want), cls
            for f in fields:  # the very default objects, not copies
                assert getattr(got, f.name) is getattr(want, f.name) or \
                    getattr(got, f.name) == getattr(want, f.name)


def test_still_frozen_replaceable_and_strict_about_arguments() -> None:
    mention = model.Mention(3, 8, "Acme")
    assert mention.role == "actor" and mention.rule == ""
    with pytest.raises(dataclasses.FrozenInstanceError):
        mention.role = "location"  # type: ignore[misc]
    assert dataclasses.replace(mention, role="location") == model.Mention(3, 8, "Acme", "location")
    with pytest.raises(TypeError):
        model.Span(1)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        model.Span(1, 2, "x", 4)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        model.Span(1, 2, txt="x")  # type: ignore[call-arg]


def test_a_subclass_is_initialised_by_the_generated_init() -> None:
    @quick_init
    @dataclasses.dataclass(frozen=True, slots=True)
    class Base:
        a: int
        b: list[int] = dataclasses.field(default_factory=list)

    assert Base in GENERATED
    assert Base(1) == Base(1, []) and Base(1).b is not Base(1).b  # a fresh list each time

    seen: list[int] = []

    class Watched(Base):
        __slots__ = ()

        @property  # type: ignore[misc]
        def a(self) -> int:
            return 0

        @a.setter
        def a(self, value: int) -> None:  # the generated __init__ goes through it
            seen.append(value)

    Watched(5)
    assert seen == [5]


def test_classes_it_is_not_sure_for_are_left_alone() -> None:
    @dataclasses.dataclass(slots=True)
    class Mutable:
        a: int

    @dataclasses.dataclass(frozen=True)
    class Unslotted:
        a: int

    @dataclasses.dataclass(frozen=True, slots=True)
    class Checked:
        a: int

        def __post_init__(self) -> None:
            pass

    for cls in (Mutable, Unslotted, Checked):
        init = cls.__init__
        assert quick_init(cls) is cls and cls.__init__ is init and cls not in GENERATED
