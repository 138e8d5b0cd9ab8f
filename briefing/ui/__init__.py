"""The Textual reader.  Imported only when the reader starts (``briefing`` with no subcommand).

What the reader works on (corpus, loading, search index, curation, saved state) is the
Textual-free :class:`briefing.session.Session`; this package is its view.

``app`` (the small App and :func:`~briefing.ui.app.run`), ``main`` (the main screen: composes
the widgets, turns session events into messages, routes keys) with ``navigation`` (sections,
``n``/``N``, jumps), ``arrangement`` (panels by width, side pages), ``places`` (positions,
reopening, bookmarks), ``status`` (the status line) and ``actions`` (the screens it opens);
``reader`` (the Line-API document view) with ``wrap`` (its pure word wrapping), ``panels``
(document list, contents, side-panel slots, the :class:`~briefing.ui.panels.SidePanelView`
protocol), ``parties`` and ``tracker`` (the side panels, on ``side_panel``), ``search``,
``documents``, ``help``, ``problems``, ``bookmarks``, ``dialogs`` (screens), ``commands``
(palette), ``keys`` (the key table), ``text`` (the one safe path for untrusted strings),
``prefs`` (settings and themes with a start-up cache).  Each widget's CSS is a ``.tcss`` file
beside it (``css``).
"""
