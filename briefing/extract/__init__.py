"""Extraction: ``analyse(document) -> Briefing`` (actors, quotes, time, negotiation threads).

Pure layer: imports the model and the knowledge base, never Textual.
"""

from briefing.extract.pipeline import EXTRACTOR_VERSION, analyse

__all__ = ["EXTRACTOR_VERSION", "analyse"]
