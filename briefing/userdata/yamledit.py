"""Editing a YAML file the user wrote so that it loads as new data, changing as little as possible.

:func:`edit` composes the text into nodes (which know where they start and end) and compares
them with the new data: a changed scalar is replaced in place (its quoting kept), a new mapping
entry or list item becomes new lines after the last one, at the same indentation and in the
style of its neighbours (after the comment lines closing an inner block; in a file holding no
flow collection, block lines all the way down), and a flow
collection (``[a, b]``) gets ``, c`` before its bracket.  An entry leaving a block mapping takes
its own lines with it, and so does an item leaving a block list (the others, and their
comments, stay); items moving in a block list take their lines and comments along (another
pass then edits inside them); a block collection emptied goes on its key's line
(``key: {}  # comment``, the comment lines under the key kept); a block collection losing
items otherwise is rewritten in block style (the comment on its last line goes with it).
An item sharing its outer ``- `` line (``- - a``, ``- id: a``) moves and goes like the others:
the next one kept moves up onto that line, and the comment lines above it go above the line.
A changed item is still the old one when it is like it (same keys, most items alike), so it
keeps its lines and comments when it moves.
Everything else — comments, blank lines, key order, quoting, the ``---`` / ``...`` markers, the
missing final newline — stays byte for byte.  The result is parsed again with the strict loader
and must equal the new data, or :class:`EditError` is raised (with the line where the change
would start) and nothing should be written.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import yaml

from briefing.common.yamlsafe import StrictLoader, YamlProblem, load_yaml
from briefing.userdata.yaml_moves import rearranged
from briefing.userdata.yaml_values import (
    block_lines,
    entry_lines,
    in_flow,
    is_plain,
    item_lines,
    scalar,
)

MAX_PASSES = 8  # of edit(): one more for each depth of lists whose items move


class EditError(ValueError):
    """The text cannot be changed safely to hold the new data (the message says why;
    ``line``, when known, is where the change would have started)."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


def _first_changed_line(old: str, new: str) -> int:
    """The 1-based line of ``old`` where ``new`` first differs from it."""
    at = next((i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b),
              min(len(old), len(new)))
    return old.count("\n", 0, at) + 1


if TYPE_CHECKING:  # checked as the pure-Python loader: libyaml's has the same interface
    _ComposerBase = yaml.SafeLoader
else:  # libyaml: 50x faster on a big sidecar; its marks are character offsets too (tested)
    _ComposerBase = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Composer(_ComposerBase):
    """A composer whose nodes know where they start and end, with the strict loader's
    scalars (``no`` stays a string, ``0o17`` is a number)."""


_Composer.yaml_implicit_resolvers = dict(StrictLoader.yaml_implicit_resolvers)
_Composer.add_constructor("tag:yaml.org,2002:map",
                          StrictLoader.yaml_constructors["tag:yaml.org,2002:map"])


class Editor:
    """The text of one YAML file, its composed nodes and the edits collected for it.

    Public for the modules that edit a part of the file for :func:`edit`
    (:mod:`briefing.userdata.yaml_moves`): they read :attr:`text`, :attr:`newline` and
    :attr:`plain_flow`, the positions (:meth:`line_start`, :meth:`after_line`,
    :meth:`content_end`, :meth:`dash_column`, :meth:`own_dash`, :meth:`owned_lines`), add
    ``(start, end, replacement)`` to :attr:`edits` (or :meth:`hoist` comment lines), and set
    :attr:`rearranged` when items moved.  :meth:`result` applies the edits.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.rearranged = False  # a list's items moved: another pass edits inside them
        self.newline = "\r\n" if "\r\n" in text else "\n"
        self.edits: list[tuple[int, int, str]] = []
        self.loader = _Composer(text)
        # New collections of scalars go on one line (``[a, b]``, ``{status: agreed}``) only
        # in a file that writes some that way: a file all in block style gets block lines.
        self.plain_flow = True

    def follow_style(self, root: yaml.Node) -> None:
        """Take the file's own style for new entries: flow collections of scalars only if
        the file holds a (non-empty) flow collection."""
        self.plain_flow = _has_flow(root)

    def value(self, node: yaml.Node) -> Any:
        return self.loader.construct_object(node, deep=True)

    # -------------------------------------------------------------- positions
    def content_end(self, node: yaml.Node) -> int:
        """Where the node's own text ends (a block collection: where its last item ends)."""
        if isinstance(node, yaml.MappingNode) and not node.flow_style and node.value:
            return self.content_end(node.value[-1][1]) if self._has_text(node.value[-1][1]) \
                else node.value[-1][0].end_mark.index
        if isinstance(node, yaml.SequenceNode) and not node.flow_style and node.value:
            return self.content_end(node.value[-1])
        if isinstance(node, yaml.ScalarNode) and node.style in ("|", ">"):
            # A block scalar runs to the start of the next line: its last line break is not
            # its own (replacing up to there joined the next line, or lost the final newline).
            return node.start_mark.index + len(
                self.text[node.start_mark.index:node.end_mark.index].rstrip("\r\n"))
        return node.end_mark.index

    def _has_text(self, node: yaml.Node) -> bool:
        return node.end_mark.index > node.start_mark.index

    def after_line(self, index: int) -> int:
        """The start of the line after the one holding ``index`` (a block scalar already ends
        at a line start); the end of the text when there is no further line."""
        if index > 0 and self.text[index - 1] == "\n":
            return index
        found = self.text.find("\n", index)
        return len(self.text) if found < 0 else found + 1

    def insert_lines(self, index: int, lines: list[str]) -> None:
        at = self.after_line(index)
        joined = self.newline.join(lines)
        if at == len(self.text) and not self.text.endswith("\n"):
            self.edits.append((at, at, self.newline + joined))
        else:
            self.edits.append((at, at, joined + self.newline))

    def past_inner_comments(self, index: int, column: int) -> int:
        """Where new entries at ``column`` go after the block ending at ``index``: past the
        comment lines below it indented deeper than ``column`` (they close that block: a
        ``  # n2 to check`` at the end of ``negotiations:`` ended up under a new ``actors:``),
        not past the blank lines after the last of them."""
        at = end = self.after_line(index)
        while at < len(self.text):
            found = self.text.find("\n", at)
            stop = len(self.text) if found < 0 else found + 1
            line = self.text[at:stop]
            body = line.lstrip(" ")
            if body.startswith("#") and len(line) - len(body) > column:
                end = stop
            elif body.strip():
                break
            at = stop
        return end

    def column(self, node: yaml.Node) -> int:
        return node.start_mark.column

    def dash_column(self, item: yaml.Node) -> int:
        """The column of the ``-`` that introduces a block sequence item (the inner one of
        ``- - a``: a rewrite of the inner list at the outer dash's column left its other
        items outside it)."""
        dash = self.own_dash(item.start_mark.index)
        return dash - self.line_start(dash) if dash is not None \
            else max(0, item.start_mark.column - 2)

    def line_start(self, index: int) -> int:
        return self.text.rfind("\n", 0, index) + 1

    def own_dash(self, index: int) -> int | None:
        """Where the ``-`` right before the node at ``index`` is, when only dashes and spaces
        stand before it on its line (``  - - a``: the second dash)."""
        before = self.text[self.line_start(index):index]
        if not re.fullmatch(r" *(?:- +)*- *", before):
            return None
        return self.line_start(index) + before.rstrip(" ").rindex("-")

    def hoist(self, at: int, lines: str) -> None:
        """Put comment lines above the line holding ``at``, at its indentation: comments that
        stood above an entry now pulled up onto a ``- `` line keep a place before it."""
        start = self.line_start(at)
        pad = " " * (len(self.text[start:at]) - len(self.text[start:at].lstrip(" ")))
        kept = [pad + line.strip(" \t\r\n") for line in lines.splitlines() if line.strip()]
        if kept:
            self.edits.append((start, start, self.newline.join(kept) + self.newline))

    def comment_lines(self, start: int, end: int, skip: list[tuple[int, int]]) -> str:
        """The comment lines between ``start`` and ``end`` (which begin lines) outside the
        ``skip`` spans."""
        kept, at = [], start
        while at < end:
            found = self.text.find("\n", at, end)
            stop = end if found < 0 else found + 1
            line = self.text[at:stop]
            if line.lstrip(" \t").startswith("#") and not any(a <= at < b for a, b in skip):
                kept.append(line)
            at = stop
        return "".join(kept)

    # -------------------------------------------------------------- the diff
    def edit(self, node: yaml.Node, new: Any, indent: int, flow: bool = False) -> None:
        old = self.value(node)
        if old == new and type(old) is type(new):
            return
        if isinstance(node, yaml.MappingNode) and isinstance(new, dict):
            self.mapping(node, old, new, indent, flow or bool(node.flow_style))
        elif isinstance(node, yaml.SequenceNode) and isinstance(new, list):
            self.sequence(node, old, new, indent, flow or bool(node.flow_style))
        else:
            self.replace(node, new, indent, flow)

    def replace(self, node: yaml.Node, new: Any, indent: int, flow: bool) -> None:
        start, end = node.start_mark.index, node.end_mark.index
        if isinstance(node, yaml.ScalarNode):
            style = node.style if node.style in ("'", '"') else None
            if node.style in ("|", ">"):
                # A block scalar runs to the start of the next line: keep that line break.
                stripped = self.text[start:end].rstrip("\n")
                end = start + len(stripped)
            lead = " " if start == end and self.text[start - 1:start] == ":" else ""
            self.edits.append((start, end, lead + (in_flow(new, style) if flow
                                                   else scalar(new, style))))
            return
        # A block collection stays one when entries go (``n1:`` then ``{status: stalled}``
        # on the next line read as broken); a flow one, or a scalar, stays on one line.
        block = isinstance(node, (yaml.MappingNode, yaml.SequenceNode)) and not node.flow_style
        # A rewritten block collection's last line: its comment was about what was there,
        # and goes with it (it ended up beside an unrelated new entry).
        end = self.content_end(node) if not block else self.line_comment_end(
            self.content_end(node))
        if flow or (is_plain(new) and not block) or not isinstance(new, (dict, list)) or \
                not new or not isinstance(node, (yaml.MappingNode, yaml.SequenceNode)):
            self.edits.append((start, end if not flow else node.end_mark.index, scalar(new)))
            return
        # A block collection with items removed or its type changed: rewrite its lines (the
        # comments inside it go; this only happens when entries disappear).
        lines = block_lines(new, self.column(node) if isinstance(node, yaml.MappingNode)
                             else self.dash_column(node.value[0]) if node.value else indent,
                             self.plain_flow)
        self.edits.append((start, end, self.newline.join(lines).lstrip(" ")))

    def line_comment_end(self, index: int) -> int:
        """Past the comment after ``index`` on its line (``index`` when there is none)."""
        stop = self.after_line(index)
        rest = self.text[index:stop].rstrip("\r\n")
        return index + len(rest) if rest.lstrip(" \t").startswith("#") else index

    def _empty_value(self, key: yaml.Node, value: yaml.Node, new: Any, indent: int) -> bool:
        """``key:`` with nothing after it, given a collection: block lines below the key's
        line (after its comment), or a flow collection right after the colon."""
        if self._has_text(value) or not isinstance(new, (dict, list)) or not new:
            return False
        if is_plain(new) and self.plain_flow:
            self.edits.append((value.start_mark.index, value.end_mark.index, " " + scalar(new)))
        else:
            self.insert_lines(key.end_mark.index, block_lines(new, indent, self.plain_flow))
        return True

    def _onto_key_line(self, key: yaml.Node, value: yaml.Node, new: Any) -> bool:
        """A block collection under ``key:`` that becomes empty or a scalar: ``key: {}`` on
        the key's line (not ``key:`` then ``{}`` alone on the next).  The comments between
        the key and its old value stay as they were (``key: {}  # mine``, then the comment
        lines); only the lines of the old entries go."""
        if not isinstance(value, (yaml.MappingNode, yaml.SequenceNode)) or value.flow_style \
                or not value.value or (isinstance(new, (dict, list)) and new):
            return False
        start = key.end_mark.index
        between = self.text[start:value.start_mark.index]
        if not between.lstrip(" \t").startswith(":"):
            return False
        if "#" not in between:  # (the comment after the last entry went with it)
            self.edits.append((start, self.line_comment_end(self.content_end(value)),
                               ": " + scalar(new)))
            return True
        first_line = self.text.rfind("\n", 0, value.start_mark.index) + 1
        if first_line <= start or self.text[first_line:value.start_mark.index].strip(" -"):
            return False  # the value starts on the key's line, or after a ``- ``
        colon = start + between.index(":") + 1
        self.edits.append((start, colon, ": " + scalar(new)))
        self.edits.append((first_line, self.after_line(self.content_end(value)), ""))
        return True

    def _remove_entries(self, node: yaml.MappingNode, keys: list[Any],
                        new: dict[str, Any]) -> bool:
        """Delete the lines of the block mapping's entries ``new`` has not (each from its key's
        line to the end of its value's last line), so the others keep their style and their
        comments.  The first key after a ``- `` going, the next entry kept moves up onto the
        dash's line, and the comment lines standing between them go above that line.
        ``False`` (nothing done) when an entry's key is not alone at its line's start (nor
        right after ``- ``) or no entry would be left."""
        spans, inline = [], None
        for (key_node, value_node), key in zip(node.value, keys, strict=True):
            if key in new:
                continue
            line_start = self.line_start(key_node.start_mark.index)
            if key_node.start_mark.line != key_node.end_mark.line:
                return False
            if self.text[line_start:key_node.start_mark.index].strip(" "):
                if key_node is not node.value[0][0] or \
                        self.own_dash(key_node.start_mark.index) is None:
                    return False
                inline = key_node.start_mark.index
                line_start = inline
            end = self.content_end(value_node) if self._has_text(value_node) \
                else key_node.end_mark.index
            spans.append((line_start, self.after_line(end)))
        if len(spans) >= len(keys):
            return False
        if inline is not None:
            kept = next(k for (k, _v), key in zip(node.value, keys, strict=True) if key in new)
            up = self.line_start(kept.start_mark.index)
            inside = [span for span in spans if span[0] < up]
            spans = [span for span in spans if span[0] >= up]
            self.hoist(inline, self.comment_lines(inside[0][1], up, inside))
            self.edits.append((inline, kept.start_mark.index, ""))
        self.edits += [(start, end, "") for start, end in spans]
        return True

    def mapping(self, node: yaml.MappingNode, old: dict[Any, Any], new: dict[Any, Any], indent: int,
                flow: bool) -> None:
        keys = [self.value(k) for k, _v in node.value]
        if any(k not in new for k in keys) and (flow or not self._remove_entries(node, keys,
                                                                                new)):
            self.replace(node, new, indent, flow)
            return
        column = self.column(node.value[0][0]) if node.value else indent
        for (key_node, value_node), key in zip(node.value, keys, strict=True):
            if key not in new or old[key] == new[key] and type(old[key]) is type(new[key]):
                continue
            if not flow and self._empty_value(key_node, value_node, new[key], column + 2):
                continue
            if not flow and self._onto_key_line(key_node, value_node, new[key]):
                continue
            self.edit(value_node, new[key], column + 2, flow)
        added = [k for k in new if k not in old]
        if not added:
            return
        if not node.value:  # an empty flow mapping
            self.replace(node, new, indent, True)
            return
        last_key, last_value = node.value[-1]
        if flow:
            at = last_value.end_mark.index if self._has_text(last_value) \
                else last_key.end_mark.index
            text = "".join(f", {in_flow(k)}: {in_flow(new[k])}" for k in added)
            self.edits.append((at, at, text))
            return
        sibling_flow = None if not isinstance(self.value(last_value), (dict, list)) else \
            bool(getattr(last_value, "flow_style", False))
        lines: list[str] = []
        for key in added:
            lines += entry_lines(key, new[key], column, sibling_flow, self.plain_flow)
        self.insert_lines(self.past_inner_comments(self.content_end(node), column), lines)

    def _remove_items(self, node: yaml.SequenceNode, old: list[Any], new: list[Any]) -> bool:
        """Delete the lines of the block sequence's items when ``new`` is ``old`` without
        them (the others keep their lines and comments); ``False`` (nothing done) otherwise,
        or when the first item shares its line (``- - a``: :func:`~briefing.userdata.yaml_moves.rearranged` moves the
        next one up) or none would be left."""
        gone, at = [], 0
        for i, value in enumerate(old):
            if at < len(new) and new[at] == value and type(new[at]) is type(value):
                at += 1
            else:
                gone.append(i)
        if at < len(new) or not new:
            return False
        spans = []
        for i in gone:
            span = self.owned_lines(node.value[i])
            if span is None:
                return False
            spans.append(span)
        self.edits += [(start, end, "") for start, end in spans]
        return True

    def owned_lines(self, item: yaml.Node) -> tuple[int, int] | None:
        """The lines a block sequence item owns: from the start of its ``- `` line to the
        start of the line after its last; ``None`` when it shares its line with something
        else (``- - a``, ``key: - a``)."""
        line_start = self.text.rfind("\n", 0, item.start_mark.index) + 1
        if not re.fullmatch(r" *- *", self.text[line_start:item.start_mark.index]):
            return None
        return line_start, self.after_line(self.content_end(item))

    def sequence(self, node: yaml.SequenceNode, old: list[Any], new: list[Any], indent: int,
                 flow: bool) -> None:
        if len(new) < len(old) and not flow and self._remove_items(node, old, new):
            return
        if not flow and node.value and new and rearranged(self, node, old, new):
            return
        if len(new) < len(old):
            self.replace(node, new, indent, flow)
            return
        column = self.dash_column(node.value[0]) if node.value and not flow else indent
        for item, value in zip(node.value, new, strict=False):
            self.edit(item, value, column + 2, flow)
        extra = new[len(old):]
        if not extra:
            return
        if not node.value:
            self.replace(node, new, indent, True)
            return
        last = node.value[-1]
        if flow:
            at = last.end_mark.index
            self.edits.append((at, at, "".join(f", {in_flow(v)}" for v in extra)))
            return
        sibling_flow = None if not isinstance(self.value(last), (dict, list)) else \
            bool(getattr(last, "flow_style", False))
        lines: list[str] = []
        for value in extra:
            lines += item_lines(value, column, sibling_flow, self.plain_flow)
        self.insert_lines(self.past_inner_comments(self.content_end(node), column), lines)

    def result(self) -> str:
        text = self.text
        # From the end; of two insertions at one place the one made first (an inner block's
        # new entry, before its outer mapping's) stays first.
        order = sorted(range(len(self.edits)), key=lambda i: (*self.edits[i][:2], i),
                       reverse=True)
        for start, end, replacement in (self.edits[i] for i in order):
            text = text[:start] + replacement + text[end:]
        return text


def _has_flow(node: yaml.Node) -> bool:
    """Whether ``node`` or a node inside it is a non-empty flow collection (``{}`` and
    ``[]`` say nothing of a style: they have no block form)."""
    stack = [node]
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            if node.flow_style and node.value:
                return True
            stack += [part for pair in node.value for part in pair]
        elif isinstance(node, yaml.SequenceNode):
            if node.flow_style and node.value:
                return True
            stack += node.value
    return False


def _add_to_empty_document(text: str, new: dict[str, Any]) -> list[str]:
    """Candidates for a file with no data yet (empty, comments only, markers): block lines
    all the way down (no style to follow; a sidecar's metadata is written so)."""
    block = "\n".join(block_lines(new, 0, plain_flow=False)) + "\n"
    body = text if not text or text.endswith("\n") else text + "\n"
    end_marker = re.search(r"^\.\.\.[ \t]*$", body, re.M)
    candidates = []
    if end_marker:  # before the document end marker
        candidates.append(body[:end_marker.start()] + block + body[end_marker.start():])
    candidates += [body + block, block + body]
    return candidates


def edit(text: str, new: dict[str, Any], max_bytes: int = 1 << 20, passes: int = 0) -> str:
    """``text`` changed to load as ``new``; raise :class:`EditError` when that cannot be done
    safely (the text does not parse, is not a mapping, or the result would differ)."""
    try:
        load_yaml(text, max_bytes=max_bytes)
    except YamlProblem as exc:
        where = f" (line {exc.line})" if exc.line else ""
        raise EditError(f"it has an error{where}: {exc.message}") from None
    try:
        editor = Editor(text)
        root = editor.loader.get_single_node()
    except yaml.YAMLError as exc:
        raise EditError(f"it cannot be edited: {str(exc).splitlines()[0]}") from None
    if root is None or (isinstance(root, yaml.ScalarNode) and editor.value(root) is None):
        candidates = _add_to_empty_document(text, new)  # nothing yet, or only ``---``
    elif not isinstance(root, yaml.MappingNode):
        raise EditError("it is not a mapping of keys to values")
    else:
        editor.follow_style(root)
        editor.edit(root, new, 0)
        candidates = [editor.result()]
        if editor.rearranged and passes < MAX_PASSES:
            # The moved items' lines are in place: edit what changed inside them.
            return edit(candidates[0], new, max_bytes, passes + 1)
    for candidate in candidates:
        try:
            if load_yaml(candidate, max_bytes=max_bytes) == new:
                return candidate
        except YamlProblem:
            continue
    line = _first_changed_line(text, candidates[0]) if candidates else None
    raise EditError("its layout there is too unusual to change safely; make the change by "
                    "hand", line)
