"""Analysing a corpus: the run over documents, its worker pool, the analysis cache and lazy decoding."""
