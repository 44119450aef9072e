"""The top of a corpus' review list, for judging it: of the first N items, how many
would an analyst accept?

    python bench/review.py --seeds DIR [--cache DIR] [--top 20] [--no-corrections]
                           [--check]

Prints the items as `python -m generator review` does, then how many there are of each
kind and the seconds the review took. `--no-corrections` leaves out the seeds folder's
corrections.yml (the list an analyst starts from). `--check` applies the entries of
the items printed, all at once, rebuilds the entities and prints the printed items still
listed (a doubtful date has no entry) and every entry that matched
nothing: both should be none but those.
Run a build with the same --cache first: the analyses are read from the cache.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from generator import pipeline  # noqa: E402
from generator.ingest.corrections import load_corrections  # noqa: E402
from generator.ingest.load import load_corpus  # noqa: E402
from generator.publish.review import format_items, review_corpus  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=PROJECT / "seeds")
    parser.add_argument("--cache", type=Path, default=pipeline.CACHE)
    parser.add_argument("--top", type=int, default=20)
    parser.add_argument("--no-corrections", action="store_true")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    corpus = load_corpus(args.seeds)
    corrections = None if args.no_corrections else pipeline.find_corrections(args.seeds)
    options = pipeline.Options(cache=args.cache, jobs=1)
    findings = pipeline.find(corpus, corrections, options)
    start = time.perf_counter()
    items = review_corpus(corpus, findings)
    seconds = time.perf_counter() - start
    shown = items[: args.top]
    print(format_items(shown), end="")
    kinds = Counter(item.kind for item in items)
    print(
        f"{len(items)} items ({', '.join(f'{k} {n}' for k, n in sorted(kinds.items()))}); "
        f"review took {seconds:.2f} s"
    )
    if args.check:
        check(corpus, findings, corrections, options, shown)


def check(corpus, findings, corrections, options, shown) -> None:
    entries = [item.snippet for item in shown if item.snippet is not None]
    base = [] if corrections is None else [Path(corrections.path).read_text(encoding="utf-8")]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "corrections.yml"
        path.write_text("\n".join([*base, *entries]) + "\n", encoding="utf-8")
        applied = load_corrections(path)
    after = pipeline.find(corpus, applied, options)
    left = {item.title for item in review_corpus(corpus, after)}
    still = [item for item in shown if item.title in left]
    print(f"applied {len(entries)} entries; still listed: {len(still)}")
    for item in still:
        print(f"  [{item.kind}] {item.title}")
    for problem in after.problems:
        print(f"  {problem}")


if __name__ == "__main__":
    main()
