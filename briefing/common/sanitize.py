"""The corpus layer's name for :mod:`briefing.common.textsafe`, the one cleaning step for outside text.

It lives at the top of the package so that light entry points (``briefing search`` on a warm
index) can use it without importing the corpus package.
"""

from briefing.common.textsafe import (
    clean_text,
    display_safe,
    json_bytes,
    json_text,
    output_line,
    safe_url,
    write_json,
)

__all__ = ["clean_text", "display_safe", "json_bytes", "json_text", "output_line", "safe_url",
           "write_json"]
