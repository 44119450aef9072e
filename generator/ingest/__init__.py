"""Ingest: the seeds folder in, Documents out.

Reads and validates every input file (`load`): decodes it (`decode`), reads its header
(`header`), splits its text into numbered sentences (`text`); and reads the analyst's
corrections file (`corrections`). Nothing later reads a file the user wrote.
"""
