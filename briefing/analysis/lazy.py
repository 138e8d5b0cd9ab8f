"""Briefings from the analysis cache, decoded on first use.

Rebuilding every model object of a 22,000-document folder on a warm start (about 1.3 million,
3.9 s of a 5.2 s start when measured) also lets the garbage collector's full passes hold the
interpreter lock for half a second at a time, so typing stalls.  Most of those objects are
never looked at in a session: the reader shows one document at a time and the search index is
loaded from its own file.  So the cache hands out :class:`CachedBriefing`\\ s:

* what lists, keys and status lines need is set at once: the document's path, sha256, title,
  dates, source, URL, encoding, sidecar and curation, and its word count;
* the rest (the text and layout; actors, quotes, times, negotiations, timeline) is decoded from
  the compressed entry the first time any of it is read, from any thread.

They are :class:`~briefing.model.Briefing` / :class:`~briefing.model.Document` subclasses and
behave exactly like the eagerly built objects (equality, ``dataclasses.replace``, ``to_dict``):
the lazy fields are properties over the base class's slots.  Decoding is idempotent, so two
threads racing on one object both get the same values.  An entry that cannot be decoded (the
cache checks its checksum and type table before handing it out, so this is unexpected) falls
back to the ``fallback`` callable (a fresh analysis of the file), else to an empty document.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import threading
from collections.abc import Callable, Iterator
from sys import intern
from typing import Any

from briefing.model import Briefing, Document

log = logging.getLogger("briefing.analysis.cache")

# What a lazy object is made from: ``full()`` -> the whole, eagerly decoded Briefing.
Loader = Callable[[], Briefing]

_DOCUMENT_LAZY = ("text", "title_span", "sections", "dateline")
_BRIEFING_LAZY = ("actors", "quotes", "times", "negotiations", "timeline", "problems")


class Source:
    """One cache entry's decoder, shared by a briefing and its document; memoised."""

    __slots__ = ("_decode", "_fallback", "_full", "sha256")

    def __init__(self, decode: Loader, sha256: str,
                 fallback: Callable[[], Briefing | None] | None = None) -> None:
        self._decode = decode
        self._fallback = fallback
        self._full: Briefing | None = None
        self.sha256 = sha256

    def full(self, path: str) -> Briefing:
        full = self._full
        if full is None:
            full = self._full = self._build(path)
        return full

    def _build(self, path: str) -> Briefing:
        try:
            full = self._decode()
            if full.document.sha256 != self.sha256:
                raise ValueError("sha256 mismatch")
            return full
        except Exception as exc:  # noqa: BLE001 - a bad entry must never break the reader
            log.warning("cache entry for %s unusable when decoded (%s)", path, exc)
        if self._fallback is not None:
            try:
                fresh = self._fallback()
                if fresh is not None:
                    return fresh
            except Exception as exc:  # noqa: BLE001
                log.warning("could not re-analyse %s: %s", path, exc)
        return Briefing(document=Document(path=path, sha256=self.sha256, text=""))


_local = threading.local()  # .on: reads are transient in this thread; .last: (source, full)


@contextlib.contextmanager
def transient() -> Iterator[None]:
    """Within it, this thread's reads of undecoded briefings decode them for the moment only.

    For passes over a whole corpus (building the search index, corpus-wide panels): each
    briefing is decoded, read and dropped, so memory does not grow by the corpus's decoded
    size and the garbage collector sees short-lived objects only.  The last one decoded is kept
    for the next read, so reading a document's text and then its actors decodes it once.
    """
    before = getattr(_local, "on", False)
    _local.on = True
    try:
        yield
    finally:
        _local.on = before
        _local.last = None


def _peek(source: Source, path: str) -> Briefing:
    last: tuple[Source, Briefing] | None = getattr(_local, "last", None)
    if last is not None and last[0] is source:
        return last[1]
    full = source._full or source._build(path)
    _local.last = (source, full)
    return full


def _lazy(base: type, name: str) -> property:
    """A property over ``base``'s slot ``name`` that decodes the object on first read."""
    slot = base.__dict__[name]
    get_slot, set_slot = slot.__get__, slot.__set__
    of_document = base is Document

    def fget(self: Any) -> Any:
        source = self._source
        if source is not None:
            if getattr(_local, "on", False):
                path = self.path if of_document else self.document.path
                full = _peek(source, path)
                return getattr(full.document if of_document else full, name)
            self._materialise()
        return get_slot(self)

    def fset(self: Any, value: Any) -> None:  # the dataclass __init__ (e.g. replace())
        set_slot(self, value)

    return property(fget, fset, doc=f"{name} (decoded from the cache on first use)")


class CachedDocument(Document):
    """A :class:`Document` whose text and layout are decoded on first use."""

    __slots__ = ("_source", "_words")
    _source: Source | None
    _words: int | None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        object.__setattr__(self, "_source", None)
        object.__setattr__(self, "_words", None)
        super().__init__(*args, **kwargs)

    @classmethod
    def pending(cls, source: Source, *, path: str, title: str | None, published: str | None,
                src: str | None, url: str | None, encoding: str, curation: dict[str, Any],
                sidecar_path: str | None, words: int) -> CachedDocument:
        doc = object.__new__(cls)
        setattr_ = object.__setattr__
        # The same few values in thousands of documents (an encoding, a source, a date): one
        # string each, not one a document (the card decoder makes a new one every time).
        encoding = intern(encoding)
        src = intern(src) if type(src) is str else src
        published = intern(published) if type(published) is str else published
        for name, value in (("path", path), ("sha256", source.sha256), ("title", title),
                            ("published", published), ("source", src), ("url", url),
                            ("encoding", encoding), ("curation", curation),
                            ("sidecar_path", sidecar_path), ("_words", words),
                            ("_source", source)):
            setattr_(doc, name, value)
        return doc

    def _materialise(self) -> None:
        source = self._source
        if source is None:
            return
        full = source.full(self.path).document
        for name in _DOCUMENT_LAZY:
            Document.__dict__[name].__set__(self, getattr(full, name))
        object.__setattr__(self, "_source", None)

    @property
    def word_count(self) -> int:
        if self._source is not None and self._words is not None:
            return self._words
        return len(self.text.split())

    @property
    def is_decoded(self) -> bool:
        return self._source is None

    # The dataclass's ``__eq__`` only compares objects of the very same class.
    def __eq__(self, other: object) -> bool:
        if isinstance(other, Document):
            return _document_fields(self) == _document_fields(other)
        return NotImplemented

    __hash__ = Document.__hash__


class CachedBriefing(Briefing):
    """A :class:`Briefing` whose analysis is decoded on first use (see the module docstring)."""

    __slots__ = ("_source",)
    _source: Source | None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        object.__setattr__(self, "_source", None)
        super().__init__(*args, **kwargs)

    @classmethod
    def pending(cls, source: Source, document: CachedDocument) -> CachedBriefing:
        briefing = object.__new__(cls)
        object.__setattr__(briefing, "document", document)
        object.__setattr__(briefing, "_source", source)
        return briefing

    def _materialise(self) -> None:
        source = self._source
        if source is None:
            return
        full = source.full(self.document.path)
        for name in _BRIEFING_LAZY:
            Briefing.__dict__[name].__set__(self, getattr(full, name))
        object.__setattr__(self, "_source", None)

    @property
    def is_decoded(self) -> bool:
        return self._source is None

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Briefing):
            return _briefing_fields(self) == _briefing_fields(other)
        return NotImplemented

    __hash__ = Briefing.__hash__


def _compared(cls: type) -> Callable[[Any], tuple[Any, ...]]:
    names = [f.name for f in dataclasses.fields(cls) if f.compare]
    return lambda obj: tuple(getattr(obj, n) for n in names)


_document_fields = _compared(Document)
_briefing_fields = _compared(Briefing)

for _name in _DOCUMENT_LAZY:
    setattr(CachedDocument, _name, _lazy(Document, _name))
for _name in _BRIEFING_LAZY:
    setattr(CachedBriefing, _name, _lazy(Briefing, _name))
del _name
