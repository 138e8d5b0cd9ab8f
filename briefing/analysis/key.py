"""The analysis cache's key: the file's bytes and everything else the analysis depends on.

An entry is found by a key made from the article's sha256, its sidecar's, the document kind
and the *context* (:func:`context_parts`): the entries' format, ``EXTRACTOR_VERSION``, the
knowledge base's version, a fingerprint of briefing's own code and data
(:func:`briefing.common.freshness.code_fingerprint`), the Python version and the
:class:`~briefing.corpus.Limits`.  Content-addressed, so a renamed or copied file is not
analysed again.
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
from collections.abc import Callable

from briefing.analysis.entry import CACHE_SCHEMA
from briefing.common.filetypes import kind_of
from briefing.common.freshness import code_fingerprint, fingerprint, fingerprint_pinned
from briefing.corpus import DEFAULT_LIMITS, Limits

# Extra parts of the cache key, for layers that change the analysis without changing code in
# this package (e.g. a user knowledge-base file): ``register_key_part("kb-user", fn)``.
_KEY_PARTS: dict[str, Callable[[], str]] = {}


def register_key_part(name: str, part: Callable[[], str]) -> None:
    """Add a component to every analysis key (called once per cache opened)."""
    _KEY_PARTS[name] = part


def context_parts(limits: Limits = DEFAULT_LIMITS) -> dict[str, str]:
    """Everything besides the file's own bytes that the cached analysis depends on."""
    from briefing.versions import COMPILER_VERSION, EXTRACTOR_VERSION

    pinned = fingerprint_pinned()
    parts = {
        "schema": CACHE_SCHEMA,
        # A pinned fingerprint stands for all of briefing's code and data (benchmarks run
        # while others edit the extractor or the knowledge base must compare like with like).
        "extractor": "pinned" if pinned else str(EXTRACTOR_VERSION),
        "kb": "pinned" if pinned else COMPILER_VERSION,
        "code": code_fingerprint(),
        "python": f"{sys.version_info[0]}.{sys.version_info[1]}",  # marshal's format is per version
        "limits": repr(sorted(limits.to_dict().items())),
    }
    for name, part in _KEY_PARTS.items():
        try:
            parts[name] = str(part())
        except Exception:  # noqa: BLE001 - an unusable part makes the key unique, not fatal
            parts[name] = f"error-{time.time_ns()}"
    return parts


def context_digest(limits: Limits = DEFAULT_LIMITS, extra: dict[str, str] | None = None
                   ) -> str:
    """The fingerprint of :func:`context_parts` (and ``extra`` parts): one per cache opened."""
    parts = context_parts(limits)
    parts.update(extra or {})
    return fingerprint(parts)


def analysis_key(context: str, sha: str, sidecar_sha: str, path: str) -> str:
    """The key of one file's entry: the context digest, the bytes' and the sidecar's sha256,
    and the document kind (the same bytes as .md and as .txt are laid out differently)."""
    kind = kind_of(os.path.basename(path))
    return hashlib.sha256(f"{context}\0{sha}\0{sidecar_sha}\0{kind}".encode()).hexdigest()
