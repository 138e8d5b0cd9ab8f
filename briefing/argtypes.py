"""Argument types shared by the command line's parsers (standard library only: the CLI's
modules stay light)."""

from __future__ import annotations

import argparse
from collections.abc import Callable


def at_least(low: int) -> Callable[[str], int]:
    """An argparse type: a whole number of at least ``low`` (a usage error otherwise)."""
    def check(value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            number = low - 1
        if number < low:
            raise argparse.ArgumentTypeError(f"must be a whole number of {low} or more, "
                                             f"not {value!r}")
        return number
    return check
