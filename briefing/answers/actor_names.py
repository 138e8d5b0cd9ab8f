"""A readable name for an actor id that a document's actor list does not have.

A thread's side can be a state the text names only through its people ("John Kerry met Sergei
Lavrov": the sides are the United States and Russia, neither named): the document has no actor
for it, and the answers (`briefing history`, the memos) showed the internal id ("usa").  The
knowledge base knows its name; an id it does not know is put in words ("jabhat_al_nusra" ->
"Jabhat Al Nusra", a short one in capitals: "USA").  Pure: no Textual.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

# Whether a name may load the knowledge base (about 0.4 s once).  The reader turns it off
# (:func:`without_loading_kb`) where it names histories on its UI thread, which must not
# stall: there the base is used when the analysis has loaded it (the panels too:
# ``briefing.ui.panel_groups.name_of_id``).
_LOAD_KB: ContextVar[bool] = ContextVar("briefing_names_load_kb", default=True)


@contextmanager
def without_loading_kb() -> Iterator[None]:
    """Names within use the knowledge base only if this process has loaded it already."""
    token = _LOAD_KB.set(False)
    try:
        yield
    finally:
        _LOAD_KB.reset(token)


def known_name(actor_id: str) -> str:
    """The knowledge base's name for ``actor_id``, else the id in words."""
    if _LOAD_KB.get():
        return _kb_name(actor_id)
    knowledge = sys.modules.get("briefing.knowledge")  # (not imported here for the reader)
    loaded = getattr(knowledge, "default_kb_loaded", None)  # (a module still being imported)
    return _kb_name(actor_id) if callable(loaded) and loaded() else _in_words(actor_id)


@cache
def _kb_name(actor_id: str) -> str:
    from briefing.knowledge import default_kb

    kb = default_kb()
    if kb.get(actor_id) is not None:
        return str(kb.name_at(actor_id, None))
    return _in_words(actor_id)


def _in_words(actor_id: str) -> str:
    words = [w for w in actor_id.replace("-", "_").split("_") if w]
    return " ".join(w.upper() if len(w) <= 3 and len(words) == 1 else
                    w if not w.islower() else w[:1].upper() + w[1:] for w in words) or actor_id


def name_for(actor_id: str, local: Mapping[str, str]) -> str:
    """``local``'s name for ``actor_id`` (the document's own actors), else :func:`known_name`."""
    return local.get(actor_id) or known_name(actor_id)
