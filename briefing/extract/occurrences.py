"""Every place a fixed string stands in a text, found by ``str.find``.

The stages look for names and words that differ from document to document (an actor's name, a
given name, an acronym's spelled-out form): compiling a pattern for each costs more than the
search and crowded the regex module's cache, so they scan with ``str.find`` (in C) and check
each place's surroundings themselves.
"""

from __future__ import annotations

from collections.abc import Iterator


def occurrences(text: str, needle: str) -> Iterator[int]:
    """The start of each occurrence of ``needle`` (not empty) in ``text``, left to right,
    overlapping ones included ("aa" stands at 0 and 1 of "aaa"); lazily, so that a caller
    that stops at the first good place reads no further."""
    at = text.find(needle)
    while at >= 0:
        yield at
        at = text.find(needle, at + 1)
