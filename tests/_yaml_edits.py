"""The one promise every structural YAML edit keeps, checked the same way by each test: the
edited text loads as exactly the new data, or the edit is refused with :class:`EditError`
(never another exception, never a wrong file)."""

from __future__ import annotations

from typing import Any

from briefing.common.yamlsafe import load_yaml
from briefing.userdata.yamledit import EditError, edit


def edited_or_refused(text: str, new: dict[str, Any], context: object = None) -> bool:
    """``True`` when ``text`` was edited (and the result loads as ``new``), ``False`` when
    the edit was refused; ``context`` goes into the assertion's message."""
    try:
        result = edit(text, new)
    except EditError:
        return False
    assert load_yaml(result) == new, context if context is not None else text
    return True
