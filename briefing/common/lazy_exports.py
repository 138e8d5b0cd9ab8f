"""A package's names read from their modules when first asked for (a module ``__getattr__``).

A package whose ``__init__`` imports its own modules, while they import names through the
package, lets two threads that first import two of its modules at once each hold one import
lock and wait for the other (``_DeadlockError``; tests/test_package_import_threads.py).  Such a
package's ``__init__`` imports nothing and sets ``__getattr__ = lazy_exports(...)`` instead.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any


def lazy_exports(package: str, homes: Mapping[str, str],
                 namespace: dict[str, Any]) -> Callable[[str], object]:
    """The ``__getattr__`` of ``package``: ``homes`` maps each exported name to its module."""

    def __getattr__(name: str) -> object:
        home = homes.get(name)
        if home is None:  # a module of the package not imported yet: the import system imports it
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(f"{package}.{home}"), name)
        namespace[name] = value  # asked once: later reads (and monkeypatching) see a plain attribute
        return value

    return __getattr__
