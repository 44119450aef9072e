"""Analyse: Documents in, one Analysis (the language pipeline's spans) per document out.

`nlp` loads and runs spaCy (on all cores, or a Dask cluster through infra.cluster);
`cache` keeps each paragraph's spans on disk so a rebuild analyses only new text.
"""
