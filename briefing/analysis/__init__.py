"""Analysing a corpus: the run over documents, its worker pool, the analysis cache (its key,
its entries and their encoding) and lazy decoding."""
