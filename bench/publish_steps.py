"""Seconds of each publishing step of a build (review, quality signals, the data
exports, the co-occurrences, the Changes snapshot), each run --runs times on the same
findings: the median of the process's CPU time (steadier than wall time on a shared
machine) and of the wall time, and a digest of what the step made, to compare two
versions of the code (same digest: same output).

    python bench/publish_steps.py --seeds DIR [--cache DIR] [--runs 3]

Run a build with the same --cache first: the analyses are read from the cache. The
first run of a step pays for its imports and data loads (FollowTheMoney's model,
countrynames' table), as a build does; the median is over all runs.
"""

from __future__ import annotations

import argparse
import hashlib
import inspect
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from generator import pipeline  # noqa: E402
from generator.ingest.load import load_corpus  # noqa: E402
from generator.ingest.report import find_report_settings  # noqa: E402
from generator.publish import export, interchange  # noqa: E402
from generator.publish.changes import snapshot  # noqa: E402
from generator.publish.charts import co_occurrences  # noqa: E402
from generator.publish.naming import report_info  # noqa: E402
from generator.publish.quality import quality  # noqa: E402
from generator.publish.review import review_corpus  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=PROJECT / "seeds")
    parser.add_argument("--cache", type=Path, default=pipeline.CACHE)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    corpus = load_corpus(args.seeds)
    options = pipeline.Options(cache=args.cache)
    findings = pipeline.find(corpus, pipeline.find_corrections(args.seeds), options)
    documents, entities = corpus.documents, findings.entities
    site = report_info(find_report_settings(args.seeds), corpus, entities)
    items = review_corpus(corpus, findings)
    # quality() took the review's items from this branch on; before, it made its own.
    takes_items = len(inspect.signature(quality).parameters) > 2
    steps: list[tuple[str, Callable[[], Any]]] = [
        ("review", lambda: review_corpus(corpus, findings)),
        (
            "quality",
            lambda: quality(corpus, findings, items) if takes_items else quality(corpus, findings),
        ),
        ("co-occurrences", lambda: co_occurrences(entities)),
        ("entities.ftm.json", lambda: interchange.entities_ftm(documents, entities)),
        ("network.gexf", lambda: interchange.network_gexf(documents, entities)),
        ("timeline.json", lambda: interchange.timeline_json(findings.chronology, documents, site)),
        ("entities.json", lambda: export.entities_json(entities)),
        ("chronology.json", lambda: export.chronology_json(findings.chronology)),
        ("changes snapshot", lambda: snapshot(corpus, findings)),
    ]
    print(f"{'step':<20} {'cpu s':>7} {'wall s':>7}  digest")
    for name, step in steps:
        cpu, wall = [], []
        made: Any = None
        for _ in range(args.runs):
            started, clock = time.process_time(), time.perf_counter()
            made = step()
            cpu.append(time.process_time() - started)
            wall.append(time.perf_counter() - clock)
        digest = hashlib.sha256(repr(made).encode("utf-8", "surrogatepass")).hexdigest()[:12]
        print(f"{name:<20} {statistics.median(cpu):7.2f} {statistics.median(wall):7.2f}  {digest}")


if __name__ == "__main__":
    main()
