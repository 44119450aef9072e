"""The Sources table's Outlet column: how many documents of each folder have an outlet,
which, and a sample of the filled values for a reader to check against the text.

    python bench/outlets.py DIR [DIR ...] [--sample 20] [--seed 7]

Each DIR is a seeds folder (e.g. each T17 development topic); only loaded, not
analysed. The outlet comes only from the text (ingest/datelines.py): a dateline or
byline, a notice of the site, what only the outlet's own newsroom writes of itself.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.ingest.load import load_corpus


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--sample", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    for folder in args.folders:
        documents = load_corpus(folder).documents
        filled = [d for d in documents if d.outlet]
        counts = Counter(d.outlet for d in filled)
        print(f"== {folder.name}: outlet filled {len(filled)} of {len(documents)} {dict(counts)}")
        rng = random.Random(f"{args.seed}-{folder.name}")
        for document in rng.sample(filled, min(args.sample, len(filled))):
            print(f"  {document.id}: {document.outlet} ({document.dateline or 'no dateline'})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
