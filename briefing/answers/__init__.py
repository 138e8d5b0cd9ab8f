"""Answers across a corpus: negotiation histories, quotes by speaker and one merged memo.

These read analysed documents (``Briefing`` objects) and never import Textual; the reader and
the ``briefing history`` / ``briefing quotes`` / ``briefing export --merge`` subcommands share
them.
"""
