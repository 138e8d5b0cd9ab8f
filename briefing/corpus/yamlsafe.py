"""A strict, safe YAML loader for files the user (or someone else) wrote.

``yaml.safe_load`` already refuses to run code, but it still accepts alias bombs that explode when
walked, silently keeps the last of two duplicate keys, turns ``NO`` into ``False`` and ``1:30``
into ``90``, and raises exceptions that are not ``YAMLError`` (RecursionError, ValueError).
:func:`load_yaml` closes those gaps and always reports a problem as :class:`YamlProblem` with the
line number, never as a traceback.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

try:  # libyaml is about ten times faster, and refuses very deep nesting itself
    _Base: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Base = yaml.SafeLoader

MAX_YAML_BYTES = 1 << 20  # 1 MiB
MAX_DEPTH = 64


class YamlProblem(ValueError):
    """A YAML file that cannot be used; ``line`` is 1-based when known."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


class StrictLoader(_Base):  # type: ignore[misc, valid-type]
    """SafeLoader with YAML 1.2-like scalars: only true/false are booleans, dates stay strings."""


# Replace the implicit resolvers: keep int, float, null; booleans only true/false; no timestamps
# (a date stays the string the user wrote, validated per field), no sexagesimal ints (1:30).
StrictLoader.yaml_implicit_resolvers = {}
StrictLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"))
StrictLoader.add_implicit_resolver(
    "tag:yaml.org,2002:int", re.compile(r"^(?:[-+]?(?:0|[1-9][0-9_]*)|0x[0-9a-fA-F]+|0o[0-7]+)$"),
    list("-+0123456789"))
StrictLoader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"),
    list("-+0123456789."))
StrictLoader.add_implicit_resolver(
    "tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""])


def _construct_mapping(loader: Any, node: yaml.MappingNode, deep: bool = False) -> dict:
    if not isinstance(node, yaml.MappingNode):
        raise yaml.constructor.ConstructorError(
            None, None, f"expected a mapping, found {node.id}", node.start_mark)
    mapping: dict = {}
    for key_node, value_node in node.value:
        if key_node.tag == "tag:yaml.org,2002:merge":
            raise yaml.constructor.ConstructorError(
                None, None, "merge keys (<<) are not allowed", key_node.start_mark)
        key = loader.construct_object(key_node, deep=True)
        try:
            hash(key)
        except TypeError:
            raise yaml.constructor.ConstructorError(
                None, None, "a key must be a plain value", key_node.start_mark) from None
        if key in mapping:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {str(key)[:60]!r}", key_node.start_mark)
        mapping[key] = loader.construct_object(value_node, deep=True)
    return mapping


StrictLoader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)


def _check_events(data: bytes | str) -> None:
    """One pass over the parser events: no aliases (bombs), no deep nesting."""
    depth = 0
    for event in yaml.parse(data, Loader=_Base):
        if isinstance(event, yaml.AliasEvent):
            raise YamlProblem("anchors and aliases (*name) are not allowed",
                              event.start_mark.line + 1)
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            depth += 1
            if depth > MAX_DEPTH:
                raise YamlProblem(f"nested more than {MAX_DEPTH} levels deep",
                                  event.start_mark.line + 1)
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1


def load_yaml(data: bytes | str, max_bytes: int = MAX_YAML_BYTES) -> Any:
    """Parse one YAML document strictly; raise :class:`YamlProblem` on anything unusable."""
    size = len(data.encode("utf-8")) if isinstance(data, str) else len(data)
    if size > max_bytes:
        raise YamlProblem(f"YAML is {size:,} bytes, over the {max_bytes:,}-byte limit")
    try:
        _check_events(data)
        return yaml.load(data, Loader=StrictLoader)  # noqa: S506 - StrictLoader is a SafeLoader
    except YamlProblem:
        raise
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        what = exc.problem or exc.context or "invalid YAML"
        raise YamlProblem(f"invalid YAML: {what}", line) from None
    except yaml.YAMLError as exc:
        raise YamlProblem(f"invalid YAML: {str(exc).splitlines()[0] if str(exc) else exc!r}") \
            from None
    except (RecursionError, MemoryError):
        raise YamlProblem("YAML is too deeply nested or too large to load") from None
    except ValueError as exc:  # e.g. an integer over Python's 4,300-digit limit
        raise YamlProblem(f"invalid value: {str(exc)[:120]}") from None
