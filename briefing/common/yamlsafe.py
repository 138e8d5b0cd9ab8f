"""A strict, safe YAML loader for files the user (or someone else) wrote.

``yaml.safe_load`` already refuses to run code, but it still accepts alias bombs that explode when
walked, silently keeps the last of two duplicate keys, turns ``NO`` into ``False`` and ``1:30``
into ``90``, and raises exceptions that are not ``YAMLError`` (RecursionError, ValueError).
:func:`load_yaml` closes those gaps and always reports a problem as :class:`YamlProblem` with the
line number, never as a traceback.
"""

from __future__ import annotations

import re
import sys
from typing import TYPE_CHECKING, Any

import yaml

if TYPE_CHECKING:  # checked as the pure-Python loader: libyaml's has the same interface
    _Base = yaml.SafeLoader
else:  # libyaml is about ten times faster, and refuses very deep nesting itself
    _Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # PyYAML may be built without it

MAX_YAML_BYTES = 1 << 20  # 1 MiB
MAX_DEPTH = 64
MAX_NODES = 100_000  # values after expanding aliases: far above any real sidecar
# A plain decimal integer longer than this cannot be turned into an int (sys.int_info).
_INT_DIGITS = getattr(sys, "get_int_max_str_digits", lambda: 4300)() or 1 << 62
_DECIMAL = re.compile(r"[-+]?[0-9][0-9_]*")


class YamlProblem(ValueError):
    """A YAML file that cannot be used; ``line`` is 1-based when known."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


class StrictLoader(_Base):
    """SafeLoader with YAML 1.2-like scalars: only true/false are booleans, dates stay strings."""

    text_keys: frozenset[str] = frozenset()  # keys whose scalar values stay the text written
    skipped: list[YamlProblem]  # (the tolerant loader's: keys left out for an unknown tag)


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


def _construct_mapping(loader: Any, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    if not isinstance(node, yaml.MappingNode):
        raise yaml.constructor.ConstructorError(
            None, None, f"expected a mapping, found {node.id}", node.start_mark)
    mapping: dict[Any, Any] = {}
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
        if key in getattr(loader, "text_keys", ()):
            _as_text(value_node)
        value = loader.construct_object(value_node, deep=True)
        if isinstance(key, _UnknownTag) or isinstance(value, _UnknownTag):
            # (only the tolerant loader makes these: the strict one raises on the tag)
            loader.skipped.append(_skipped(key, value, key_node))
            continue
        mapping[key] = value
    return mapping


class _UnknownTag:
    """What the tolerant loader puts where a node has a tag it does not know (``!custom``):
    the tag only -- the node is never constructed, so no tag can run code or build objects."""

    __slots__ = ("line", "tag")

    def __init__(self, tag: str, line: int) -> None:
        self.tag = tag
        self.line = line


def _skipped(key: object, value: object, key_node: yaml.Node) -> YamlProblem:
    line = int(key_node.start_mark.line) + 1
    if isinstance(key, _UnknownTag):
        return YamlProblem(f"a key with the unknown tag {display(key.tag)!r}; ignored", line)
    tag = value.tag if isinstance(value, _UnknownTag) else "?"
    return YamlProblem(f"{display(key)}: unknown tag {display(tag)!r} (only plain YAML values "
                       "are read); ignored", line)


def _as_text(node: yaml.Node) -> None:
    """Make the scalars of a text field -- its value, the items of its list, the values of its
    mapping -- text as written: ``title: 1.10`` stays "1.10", ``aliases: [0x1F]`` ["0x1F"]."""
    if isinstance(node, yaml.SequenceNode):
        children = list(node.value)
    elif isinstance(node, yaml.MappingNode):
        children = [value for _key, value in node.value]
    else:
        children = [node]
    for child in children:
        if isinstance(child, yaml.ScalarNode) and child.tag in _AS_WRITTEN:
            child.tag = "tag:yaml.org,2002:str"


# Scalars a text field keeps exactly as written instead of resolving (1.10 -> 1.1, 0x1F -> 31).
_AS_WRITTEN = frozenset({"tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
                         "tag:yaml.org,2002:bool"})


StrictLoader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)


class _TolerantLoader(StrictLoader):
    """The strict loader, but a value with an unknown tag costs its key (or list item) only,
    each one listed in ``skipped``; a strict load refuses the whole file for it."""

    made_unknown = False


def _unknown(loader: _TolerantLoader, node: yaml.Node) -> _UnknownTag:
    loader.made_unknown = True
    return _UnknownTag(str(node.tag), int(node.start_mark.line) + 1)


def _construct_list(loader: _TolerantLoader, node: yaml.SequenceNode) -> list[Any]:
    items = []
    for child in node.value:
        item = loader.construct_object(child, deep=True)
        if isinstance(item, _UnknownTag):
            loader.skipped.append(YamlProblem(
                f"a list item with the unknown tag {display(item.tag)!r}; ignored",
                int(child.start_mark.line) + 1))
        else:
            items.append(item)
    return items


_TolerantLoader.add_constructor(None, _unknown)
_TolerantLoader.add_constructor("tag:yaml.org,2002:seq", _construct_list)


def _leftover_unknown(data: Any, budget: int = MAX_NODES) -> _UnknownTag | None:
    """An unknown-tag placeholder still in ``data`` (inside a set, an omap, the document
    itself): those were not skipped, so the file is refused as a strict load refuses it."""
    stack = [data]
    while stack and budget > 0:
        budget -= 1
        item = stack.pop()
        if isinstance(item, _UnknownTag):
            return item
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, (list, tuple, set, frozenset)):
            stack.extend(item)
    return None


def _check_events(data: bytes | str, max_depth: int = MAX_DEPTH,
                  max_nodes: int = MAX_NODES) -> None:
    """One pass over the parser events: bounded nesting and a bounded *expanded* size.

    Anchors and aliases are allowed, but each alias counts as the whole subtree it stands
    for, so a "billion laughs" file (a few hundred bytes that expand to 10**9 nodes) is
    refused here, before anything is built; an alias to a collection that is still open (a
    recursive structure) is refused too.
    """
    depth = 0
    expanded = 0
    sizes: dict[str, int] = {}  # anchor -> expanded size of its subtree
    stack: list[list[Any]] = []  # open collections: [anchor, expanded size so far]
    open_anchors: set[str] = set()

    def line_of(mark: Any) -> int | None:
        return None if mark is None else int(mark.line) + 1

    def add(count: int, mark: Any) -> None:
        nonlocal expanded
        expanded += count
        if stack:
            stack[-1][1] += count
        if expanded > max_nodes:
            raise YamlProblem(f"expands to more than {max_nodes:,} values through anchors and "
                              "aliases (limits.max_yaml_nodes)", line_of(mark))

    for event in yaml.parse(data, Loader=_Base):
        if isinstance(event, yaml.ScalarEvent):
            if event.implicit[0] and len(event.value) > _INT_DIGITS \
                    and _DECIMAL.fullmatch(event.value):
                # Python refuses to read it (CVE-2020-10735), in words no user should see.
                digits = sum(c.isdigit() for c in event.value)
                raise YamlProblem(f"a number of {digits:,} digits is too long to read",
                                  line_of(event.start_mark))
            if event.anchor:
                sizes[event.anchor] = 1
            add(1, event.start_mark)
        elif isinstance(event, yaml.AliasEvent):
            if event.anchor in open_anchors:
                raise YamlProblem(f"alias *{display(event.anchor)} refers to a structure that "
                                  "contains it (recursive)", line_of(event.start_mark))
            add(sizes.get(event.anchor or "", 1), event.start_mark)
        elif isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            depth += 1
            if depth > max_depth:
                raise YamlProblem(f"nested more than {max_depth} levels deep "
                                  "(limits.max_yaml_depth)", line_of(event.start_mark))
            add(1, event.start_mark)
            stack.append([event.anchor, 0])
            if event.anchor:
                open_anchors.add(event.anchor)
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1
            anchor, size = stack.pop()
            if anchor:
                open_anchors.discard(anchor)
                sizes[anchor] = size + 1
            if stack:
                stack[-1][1] += size  # already counted in ``expanded``


def _line_has_tab(data: bytes | str, line: int) -> bool:
    """Whether 1-based ``line`` of ``data`` starts with a tab (the usual cause of odd errors)."""
    text = data.decode("utf-8", errors="replace") if isinstance(data, bytes) else data
    lines = text.split("\n", line)
    if len(lines) < line:
        return False
    current = lines[line - 1]
    return "\t" in current[: len(current) - len(current.lstrip())]


def display(value: object, limit: int = 60) -> str:
    """A printable, bounded form of ``value`` for messages (document text is never markup)."""
    text = "".join(c if c.isprintable() else "?" for c in str(value)[:limit])
    return text


# One ``key: "text"`` line: a plain key, a double-quoted value without escapes or control
# characters (what ``briefing fetch`` and most corpora write in a sidecar).
_FLAT_LINE = re.compile(r'([A-Za-z_][A-Za-z0-9_]*): "([^"\\\x00-\x1f\x7f]*)"')
# Plain keys the resolvers would not keep as text (booleans, null).
_NOT_TEXT_KEYS = frozenset({"true", "True", "TRUE", "false", "False", "FALSE", "null", "Null",
                            "NULL"})


def _flat_quoted(text: str) -> dict[str, str] | None:
    """What the strict loader gives for a document made only of ``key: "text"`` lines (and
    blank lines), without the parser (about 20 times faster, and a big folder has one such
    sidecar per article); ``None`` for anything else, which the parser then reads.

    Such a document cannot hold an alias, nesting or a tab, and a double-quoted scalar with
    no backslash is its characters as written: the mapping is the same as the parser's.
    Duplicate keys, keys that are not text and unprintable characters go to the parser (which
    reports them)."""
    out: dict[str, str] = {}
    for line in text.split("\n"):
        if not line:
            continue
        match = _FLAT_LINE.fullmatch(line)
        if match is None:
            return None
        key, value = match.groups()
        if key in out or key in _NOT_TEXT_KEYS or not value.isprintable():
            return None
        out[key] = value
    return out or None


def load_yaml(data: bytes | str, max_bytes: int = MAX_YAML_BYTES, max_depth: int = MAX_DEPTH,
              max_nodes: int = MAX_NODES, text_keys: frozenset[str] = frozenset(),
              skipped: list[YamlProblem] | None = None) -> Any:
    """Parse one YAML document strictly; raise :class:`YamlProblem` on anything unusable.

    With a ``skipped`` list, a key (at any depth) or list item whose value has a tag the
    loader does not know (``!custom``) is left out and said in ``skipped`` with its line,
    instead of refusing the file (safe loading still: the tagged node is never constructed).

    ``data`` may be bytes (PyYAML then honours a UTF-8/UTF-16 byte-order mark) or text.
    The value of a key in ``text_keys`` (at any depth; its list items or mapping values too)
    that looks like a number or a boolean is kept as the text written: those keys are text
    fields, and ``str(1.1)`` is not "1.10".
    """
    if not isinstance(data, (bytes, str)):
        raise YamlProblem(f"expected YAML text, got {type(data).__name__}")
    size = len(data.encode("utf-8", errors="replace")) if isinstance(data, str) else len(data)
    if size > max_bytes:
        raise YamlProblem(f"YAML is {size:,} bytes, over the {max_bytes:,}-byte limit "
                          "(limits.max_yaml_bytes)")
    if isinstance(data, str):
        flat = _flat_quoted(data)
        if flat is not None:
            return flat
    try:
        _check_events(data, max_depth, max_nodes)
        loader = StrictLoader(data) if skipped is None else _TolerantLoader(data)
        loader.text_keys = text_keys
        loader.skipped = []
        try:
            loaded = loader.get_single_data()
        finally:
            loader.dispose()
        if getattr(loader, "made_unknown", False):
            left = _leftover_unknown(loaded, max_nodes)
            if left is not None:
                raise YamlProblem(f"unknown tag {display(left.tag)!r} where it cannot be left "
                                  "out", left.line)
        if skipped is not None:
            skipped.extend(loader.skipped)
        return loaded
    except YamlProblem:
        raise
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        what = exc.problem or exc.context or "invalid YAML"
        start = exc.context_mark
        if exc.problem and exc.context and start is not None and mark is not None \
                and start.line != mark.line and ("quoted" in exc.context
                                                 or "flow" in exc.context):
            # The error is found where the file ends (an unclosed quote or bracket): the
            # line it started on is the one to fix.
            what += f", {exc.context.strip()} that starts at line {start.line + 1}"
        if line is not None and _line_has_tab(data, line):
            what += " (YAML does not allow tabs for indentation)"
        raise YamlProblem(f"invalid YAML: {what}", line) from None
    except yaml.reader.ReaderError as exc:  # a control character (ESC in a comment...)
        text = data if isinstance(data, str) else data.decode("utf-8", "replace")
        line = text.count("\n", 0, max(0, exc.position)) + 1
        first = str(exc).splitlines()[0] if str(exc) else repr(exc)
        raise YamlProblem(f"invalid YAML: {display(first, 200)}", line) from None
    except yaml.YAMLError as exc:
        first = str(exc).splitlines()[0] if str(exc) else repr(exc)
        raise YamlProblem(f"invalid YAML: {display(first, 200)}") from None
    except (RecursionError, MemoryError):
        raise YamlProblem("YAML is too deeply nested or too large to load") from None
    except (ValueError, TypeError, UnicodeError) as exc:  # e.g. an int over 4,300 digits
        raise YamlProblem(f"invalid value: {display(exc, 120)}") from None
