"""Actors: the gazetteer scan and the passes that find, merge and rank the parties of a document."""
