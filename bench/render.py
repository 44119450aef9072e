"""Benchmark: the pages stage alone (Jinja -> Markdown, written to staging). Prints figures.

    .venv/bin/python bench/render.py --size 300               # first 300 documents
    .venv/bin/python bench/render.py --size 300 --jobs 1 2    # one process, then two
    .venv/bin/python bench/render.py --seeds DIR --cache DIR  # any seeds folder

The analysis, entities, chronology and charts are computed once (the analysis cache
under --cache is filled the first time: keep it between runs); then the pages are
rendered --repeat times for each number of jobs, each time into a fresh staging folder
that is thrown away. Wall seconds are the best of the repeats (the machine is shared);
CPU seconds count this process and its workers.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))
CORPUS = PROJECT.parent / "shared" / "corpora" / "whitehouse-2022"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=300, help="first N documents of the corpus")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--seeds", type=Path, help="a seeds folder (instead of --size)")
    parser.add_argument("--cache", type=Path, help="analysis cache folder (kept)")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from generator import pipeline
    from generator.publish.charts import draw_charts
    from generator.publish.output import Output
    from generator.publish.pages import render_pages
    from generator.publish.render import Renderer

    root = Path(tempfile.mkdtemp(prefix="bench-render-"))
    try:
        seeds = args.seeds or _sample(args.corpus, args.size, root / "seeds")
        options = pipeline.Options(cache=args.cache or root / "cache")
        corpus = pipeline.load_corpus(seeds)
        findings = pipeline.find(corpus, pipeline.find_corrections(seeds), options)
        charts = draw_charts(
            corpus.documents, findings.events, findings.key_dates, findings.entities
        )
        print(f"# {len(corpus.documents)} documents, {len(findings.entities):,} entities")
        for jobs in args.jobs:
            walls, cpus, files = [], [], 0
            for _ in range(args.repeat):
                output = Output(root / "docs")
                renderer = Renderer(pipeline.TEMPLATES, {"name": "Bench"}, cache=options.cache)
                cpu, start = _cpu(), time.perf_counter()
                render_pages(output, renderer, corpus, findings, charts, jobs=jobs)
                walls.append(time.perf_counter() - start)
                cpus.append(_cpu() - cpu)
                files = len(output.written)
                output.abort()
            print(
                f"jobs {jobs}: {files:,} files, wall best {min(walls):.2f} s "
                f"(median {statistics.median(walls):.2f}), CPU {min(cpus):.2f} s"
            )
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _sample(corpus: Path, size: int, seeds: Path) -> Path:
    seeds.mkdir(parents=True)
    for path in sorted(corpus.glob("*.txt"))[:size]:
        shutil.copy(path, seeds / path.name)
    return seeds


def _cpu() -> float:
    me = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + workers.ru_utime + workers.ru_stime


if __name__ == "__main__":
    main()
