"""The size limits on what briefing reads, in one place (documented in the README's "Limits").

Every limit bounds time or memory on hostile input: a file over ``max_document_bytes`` is
skipped without being read, YAML over ``max_yaml_bytes`` / ``max_yaml_depth`` /
``max_yaml_nodes`` is refused with a message, and so on.  :meth:`Limits.from_dict` builds one from
a settings mapping, reporting (not raising on) unknown keys and bad values.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from briefing.common.yamlsafe import MAX_DEPTH as MAX_YAML_DEPTH
from briefing.common.yamlsafe import MAX_NODES as MAX_YAML_NODES
from briefing.common.yamlsafe import MAX_YAML_BYTES
from briefing.corpus.files import MAX_DEPTH as MAX_FOLDER_DEPTH
from briefing.corpus.files import MAX_DOCUMENT_BYTES
from briefing.corpus.layout import MAX_SENTENCE_CHARS

MAX_ANALYSED_CHARS = 1_500_000

# The smallest and largest value accepted for each limit (a typo must not make briefing
# refuse every file, nor lift a limit to "unbounded").
_RANGES: dict[str, tuple[int, int]] = {
    "max_document_bytes": (1024, 1 << 32),
    "max_yaml_bytes": (1024, 1 << 30),
    "max_yaml_depth": (4, 10_000),
    "max_yaml_nodes": (100, 100_000_000),
    "max_folder_depth": (1, 1000),
    "max_sentence_chars": (200, 1 << 24),
    "max_analysed_chars": (10_000, 1 << 32),
}


@dataclass(frozen=True, slots=True)
class Limits:
    """Size limits for what is read; all positive integers."""

    max_document_bytes: int = MAX_DOCUMENT_BYTES  # larger files are skipped unread
    max_yaml_bytes: int = MAX_YAML_BYTES  # a sidecar or front matter
    max_yaml_depth: int = MAX_YAML_DEPTH  # nested mappings/lists
    max_yaml_nodes: int = MAX_YAML_NODES  # values after expanding anchors/aliases
    max_folder_depth: int = MAX_FOLDER_DEPTH  # sub-folders below a folder argument
    max_sentence_chars: int = MAX_SENTENCE_CHARS  # longer sentences are cut at a space
    # Longer documents are shown but not analysed (extraction is roughly linear but slow:
    # tens of seconds per megabyte), so one transcript cannot stall a whole folder.
    max_analysed_chars: int = MAX_ANALYSED_CHARS

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> tuple[Limits, list[str]]:
        """Limits from a mapping (e.g. the settings file's ``limits:``), with warnings.

        Unknown keys and values that are not integers in range are ignored (the default is
        kept) and reported as ``"key: message"`` strings; this never raises.
        """
        limits = cls()
        warnings: list[str] = []
        if data is None:
            return limits, warnings
        if not isinstance(data, Mapping):
            return limits, [f"limits: expected a mapping, found {type(data).__name__}"]
        values: dict[str, int] = {}
        for key, value in data.items():
            if key not in _RANGES:
                warnings.append(f"limits.{str(key)[:40]}: unknown limit; ignored")
                continue
            low, high = _RANGES[key]
            if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
                warnings.append(f"limits.{key}: expected a whole number from {low:,} to "
                                f"{high:,}; ignored")
                continue
            values[key] = value
        return replace(limits, **values), warnings

    def to_dict(self) -> dict[str, int]:
        return asdict(self)

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))
