"""Negotiations: threads, their sides and mediators, status, agenda issues and rounds."""
