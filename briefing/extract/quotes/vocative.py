"""A name the speaker addresses (a vocative), which is no clause's subject.

"Q Thanks, John. We just heard … and he said, "…"": John is the official asked, not the "he"
of the reporter's next sentence; nor is "John, I appreciate …" or "Karine, can you …".
"""

from __future__ import annotations

import re

# a greeting or thanks before the name ("Thanks, John.", "Good morning, Karine.")
_GREETING_BEFORE = re.compile(r"(?:\b(?:[Tt]hanks?|[Tt]hank\s+you|[Hh]i|[Hh]ey|[Hh]ello|[Mm]orning|"
                              r"[Aa]fternoon|[Ee]vening|[Yy]es|[Ss]orry|[Oo]kay|[Ww]ell),?\s*)\Z")
# a transcript turn's label the sentence may open with ("Q ", "MS. ROE: ")
_TURN_LABEL = re.compile(r"\A(?:Q[.:]?\s+|[A-Z][A-Z.’' -]{1,40}:\s+)")
# after a name opening its sentence: a comma, then the speaker's "I", the addressee's "you" or
# a question
_ADDRESSED_AFTER = re.compile(r",\s+(?:I|I[’']m|I[’']d|you|[Cc]an|[Cc]ould|[Ww]ould|[Ww]ill|[Dd]o|"
                              r"[Dd]id|[Hh]ow|[Ww]hat|[Ww]hy|[Ww]hen|[Ww]here|[Jj]ust|[Tt]hank)\b")


def addressed(text: str, end: int, prefix: str) -> bool | None:
    """Whether the name ending at ``end``, after ``prefix`` (its sentence's words before it),
    is addressed: True ("John, I …"), False, or None when it is so only if it closes its
    sentence ("Thanks, John." -- the caller knows where the sentence ends)."""
    head = _TURN_LABEL.sub("", prefix.lstrip(" \t\n\"“”"), count=1)
    if head and not _GREETING_BEFORE.fullmatch(head):
        return False
    if _ADDRESSED_AFTER.match(text, end) is not None:
        return True
    return None if head else False
