"""New values written as YAML text for :mod:`briefing.userdata.yamledit`: scalars quoted so
that briefing's strict loader reads them back as they were, flow collections, block lines in
the style of their neighbours; and which old list item a new one is, across an edit.
"""

from __future__ import annotations

from typing import Any

import yaml

from briefing.common.yamlsafe import StrictLoader

SCALARS = (str, int, float, bool, type(None))


class _Dumper(yaml.SafeDumper):
    """Quotes every string that either PyYAML's or briefing's strict loader would not read
    back as that string (``no``, ``1:30``, ``0o17``...)."""


_Dumper.yaml_implicit_resolvers = {k: list(v) for k, v in yaml.SafeDumper.yaml_implicit_resolvers
                                   .items()}
for _first, _pairs in StrictLoader.yaml_implicit_resolvers.items():
    _Dumper.yaml_implicit_resolvers.setdefault(_first, []).extend(_pairs)


def _dump(value: Any, flow: bool = True, style: str | None = None) -> str:
    text = yaml.dump(value, Dumper=_Dumper, default_flow_style=flow, allow_unicode=True,
                     width=1 << 30, sort_keys=False, default_style=style)
    text = text.removesuffix("\n")
    return text.removesuffix("\n...").removesuffix("...").rstrip("\n") if flow else text


def scalar(value: Any, style: str | None = None) -> str:
    """``value`` as one line of YAML (a scalar, or a flow collection)."""
    if style and isinstance(value, str):
        return _dump(value, style=style)
    return _dump(value)


def in_flow(value: Any, style: str | None = None) -> str:
    """``value`` as it may stand inside a flow collection, where ``,`` ``[`` ``]`` ``{`` ``}``
    end a plain scalar: dumped as an item of a flow list, so the emitter quotes it there."""
    if style and isinstance(value, str):
        return scalar(value, style)
    text = _dump([value])
    return text[1:-1] if text.startswith("[") and text.endswith("]") else scalar(value)


def is_plain(value: Any) -> bool:
    """Small enough for one line: a scalar, or a collection of scalars."""
    if isinstance(value, dict):
        return all(isinstance(v, SCALARS) for v in value.values())
    if isinstance(value, list):
        return all(isinstance(v, SCALARS) for v in value)
    return True


def block_lines(value: Any, indent: int, plain_flow: bool = True) -> list[str]:
    """Block-style lines for a collection: nested collections of scalars stay on one line
    (flow) when ``plain_flow``, else they are block lines too (a file with no flow
    collection: its own style)."""
    lines: list[str] = []
    if isinstance(value, dict):
        for key, item in value.items():
            lines += entry_lines(key, item, indent, plain_flow=plain_flow)
        return lines
    for item in value:
        lines += item_lines(item, indent, plain_flow=plain_flow)
    return lines


def entry_lines(key: Any, value: Any, indent: int, flow: bool | None = None,
                plain_flow: bool = True) -> list[str]:
    """``key: value`` as lines: on one line when ``flow`` (``None``: when the value is plain
    and ``plain_flow``), else the key's line and the value's block lines under it."""
    pad = " " * indent
    if flow is None:
        flow = plain_flow and is_plain(value)
    if flow or not isinstance(value, (dict, list)) or not value:
        return [f"{pad}{scalar(key)}: {scalar(value)}"]
    return [f"{pad}{scalar(key)}:", *block_lines(value, indent + 2, plain_flow)]


def item_lines(value: Any, indent: int, flow: bool | None = None,
               plain_flow: bool = True) -> list[str]:
    """``- value`` as lines, as :func:`entry_lines` decides; a block collection's first line
    shares the dash's line (``- id: x``, ``- - a``)."""
    if flow is None:
        flow = plain_flow and is_plain(value)
    if flow or not isinstance(value, (dict, list)) or not value:
        return [f"{' ' * indent}- {scalar(value)}"]
    inner = block_lines(value, indent + 2, plain_flow)
    return [f"{' ' * indent}- {inner[0].lstrip()}", *inner[1:]]


def _identity(value: Any) -> Any:
    """What names a list item across an edit: a mapping's ``id`` (else its first entry)."""
    if isinstance(value, dict) and value:
        if "id" in value:
            return ("id", repr(value["id"]))
        key, first = next(iter(value.items()))
        return ("first", repr(key), repr(first))
    return None


def _same(was: Any, value: Any) -> bool:
    return bool(was == value and type(was) is type(value))


def _similar(was: Any, value: Any) -> bool:
    """Two collections of one kind, most of the new one's entries (items) in the old one, or
    mappings with the same keys:
    the item changed inside (``tags: [a, b]`` become ``[b, a, c]``), and it keeps its lines
    and comments; never two mappings with different ``id``."""
    if isinstance(was, dict) and isinstance(value, dict) and value:
        if "id" in was and "id" in value and not _same(was["id"], value["id"]):
            return False
        if was.keys() == value.keys():
            return True
        shared = sum(1 for k, v in value.items() if k in was and _same(was[k], v))
    elif isinstance(was, list) and isinstance(value, list) and value:
        shared = sum(1 for v in value if any(_same(w, v) for w in was))
    else:
        return False
    return 2 * shared > len(value)


def match_items(old: list[Any], new: list[Any]) -> list[int | None]:
    """For each new item, the old item it is (an equal one, else one with its identity, see
    :func:`_identity`, else a similar one, see :func:`_similar`), each old item used once;
    ``None`` for a new one."""
    # An item where it was stays matched there (so a second pass finds nothing moved); then
    # equal items, then items with the same identity, then similar ones, each the first left.
    matched: list[int | None] = [j if j < len(old) and _same(old[j], value) else None
                                 for j, value in enumerate(new)]
    used = {i for i in matched if i is not None}
    for test in (_same, lambda was, value: _identity(value) is not None
                 and _identity(was) == _identity(value), _similar):
        for j, value in enumerate(new):
            if matched[j] is not None:
                continue
            if j < len(old) and j not in used and test(old[j], value):
                found: int | None = j
            else:
                found = next((i for i, was in enumerate(old)
                              if i not in used and test(was, value)), None)
            matched[j] = found
            if found is not None:
                used.add(found)
    return matched
