"""Infrastructure used by every stage and importing none: reuse between builds (`memo`),
worker processes and the Dask cluster (`workers`, `cluster`), progress bars (`progress`),
the SQLite files of the caches (`store`), the garbage collector held off (`collector`).
"""
