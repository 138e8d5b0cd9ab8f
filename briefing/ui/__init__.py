"""The Textual reader.  Imported only when the reader starts (``briefing`` with no subcommand).

``app`` (the small App and :func:`~briefing.ui.app.run`), ``main`` (the main screen: state,
loading worker, layout, keys), ``reader`` (the Line-API document view) with ``wrap`` (its pure
word wrapping), ``panels`` (document list, contents, side-panel slots), ``help``, ``problems``,
``commands`` (palette), ``keys`` (the key table), ``text`` (the one safe path for untrusted
strings), ``prefs`` (settings and themes with a start-up cache).  ``parties``, ``tracker`` and
``search`` are the side panels and the search screen.
"""
