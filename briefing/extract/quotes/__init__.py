"""Quotes: quotation marks, transcript turns and reported speech, with their speakers."""
