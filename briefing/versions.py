"""Version numbers that cache keys depend on, importable without importing the extractor.

A warm start must not pay for importing the extractor (its rules, lexicons and knowledge base
take a few hundred milliseconds) just to learn which version made the cached analyses.
"""

EXTRACTOR_VERSION = "0.4.0"  # bump when the extractor's output changes
