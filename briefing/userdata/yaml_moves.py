"""Moving the items of a block list in a YAML file the user wrote (for
:mod:`briefing.userdata.yamledit`).

When a list's items change order (or go, where their lines could not simply be deleted), each
item's lines move with the comment lines above it; a new item becomes new lines; an item
sharing its outer ``- `` line (``- - a``) moves too, the next one kept going up onto that line
and the comment lines above it above the line.  The items keep their old values: the edit makes
another pass for what changed inside them.  These are plain functions over the editor, which
holds the text and collects the edits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from briefing.userdata.yaml_values import item_lines, match_items

if TYPE_CHECKING:
    import yaml

    from briefing.userdata.yamledit import Editor


def rearranged(editor: Editor, node: yaml.SequenceNode, old: list[Any], new: list[Any]) -> bool:
    """A block list whose items move (or go, when the editor's ``_remove_items`` could not):
    its items' lines, with their comments, in the new order; a new item as new lines.  The
    items keep their old values: :func:`~briefing.userdata.yamledit.edit` makes another pass for
    what changed inside them.  ``False`` (nothing done) when the items are in order, or do not
    own lines."""
    matched = match_items(old, new)
    if len(new) >= len(old) and all(i in (None, j) for j, i in enumerate(matched)):
        return False  # each item stays where it was: edited in place, new ones added
    chunks = item_chunks(editor, node)
    if chunks is None:
        return False
    text, newline = editor.text, editor.newline
    column = editor.dash_column(node.value[0])
    start, end = chunks[0][0], chunks[-1][1]
    inline = editor.line_start(start) != start  # the first item is on its outer ``- ``
    pieces = []
    for j, i in enumerate(matched):
        if i is None:
            pieces.append(newline.join(item_lines(new[j], column, None, editor.plain_flow))
                          + newline)
        else:
            piece = " " * column * (inline and i == 0) + text[slice(*chunks[i])]
            pieces.append(piece if piece.endswith("\n") else piece + newline)
    if inline:  # the first piece goes on the outer dash's line; its comment lines above it
        lines = pieces[0].splitlines(keepends=True)
        lead = next(k for k, line in enumerate(lines)
                    if line.strip() and not line.lstrip(" \t").startswith("#"))
        editor.hoist(start, "".join(lines[:lead]))
        pieces[0] = "".join(lines[lead:]).lstrip(" ")
    replacement = "".join(pieces)
    if not text[start:end].endswith("\n"):
        replacement = replacement.removesuffix(newline)
    editor.edits.append((start, end, replacement))
    editor.rearranged = True
    return True


def item_chunks(editor: Editor, node: yaml.SequenceNode) -> list[tuple[int, int]] | None:
    """Each block item's lines: from the end of the item before (so the comment lines
    above an item go with it; the first item's from the comment lines right above it,
    those after a blank line staying where they are) to the end of its last line.  A
    first item sharing its line with the dashes of the lists around it (``- - a``):
    from its own dash.  ``None`` when an item shares its line otherwise."""
    chunks, start = [], -1
    for item in node.value:
        span = editor.owned_lines(item)
        if span is None:  # the first item on its outer ``- ``: from its own dash
            end = editor.after_line(editor.content_end(item))
            dash = editor.own_dash(item.start_mark.index)
            if start >= 0 or dash is None:
                return None
            chunks.append((dash, end))
        else:
            line_start, end = span
            chunks.append((comments_above(editor.text, line_start) if start < 0 else start, end))
        start = end
    return chunks


def comments_above(text: str, line_start: int) -> int:
    """The start of the comment lines right above the line at ``line_start`` in ``text``."""
    while line_start > 0:
        before = text.rfind("\n", 0, line_start - 1) + 1
        if not text[before:line_start].lstrip(" \t").startswith("#"):
            break
        line_start = before
    return line_start
