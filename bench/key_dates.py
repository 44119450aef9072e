"""Key dates and chronology figures on a sample of a corpus; Date-F1 when a reference
timeline is given.

    python bench/key_dates.py [--corpus ../shared/corpora/whitehouse-2022] [--every 6]
                              [--start 2022-02-01 --end 2022-03-31]
                              [--reference timeline.txt] [--top 20]
                              [--save-analyses FILE | --analyses FILE]

The language pipeline takes ~3 minutes of CPU on the whole White House corpus: run it
once with --every 1 --save-analyses /tmp/wh.pkl, then pass --analyses /tmp/wh.pkl (a
pickled list of Analysis objects for the same sample) to try ranking changes.
bench/reference/whitehouse-2022-keydates.yml is a hand-made proxy reference (see its
header), not a journalists' timeline.

The sample (every Nth file, in name order) is linked, not copied, into a temporary
folder. There is no journalists' timeline for the White House corpus, so without
--reference the script prints the ranking for a reader to judge.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from bench.date_f1 import date_f1, read_reference  # noqa: E402
from bench.span_entities import spans_as_entities  # noqa: E402
from generator.chronology.events import build_chronology  # noqa: E402
from generator.ingest.load import load_corpus  # noqa: E402
from generator.pipeline import analyse_corpus  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus", type=Path, default=PROJECT.parent / "shared/corpora/whitehouse-2022"
    )
    parser.add_argument("--every", type=int, default=6)
    parser.add_argument("--start", default="", help="first publication date (file names)")
    parser.add_argument("--end", default="9999", help="last publication date (file names)")
    parser.add_argument("--reference", type=Path)
    parser.add_argument("--top", type=int, default=20)
    parser.add_argument("--save-analyses", type=Path, help="pickle the analyses to this file")
    parser.add_argument("--analyses", type=Path, help="pickled analyses of the same sample")
    args = parser.parse_args(argv)
    files = sorted(
        p
        for p in args.corpus.iterdir()
        if p.suffix in (".txt", ".md") and args.start <= p.name[:10] <= args.end
    )[:: args.every]
    with tempfile.TemporaryDirectory() as folder:
        for path in files:
            (Path(folder) / path.name).symlink_to(path.resolve())
        corpus = load_corpus(Path(folder))
        started = time.perf_counter()
        if args.analyses:
            analyses = pickle.loads(args.analyses.read_bytes())
            if [a.document for a in analyses] != [d.id for d in corpus.documents]:
                parser.error(f"{args.analyses}: analyses of another sample. Save them again.")
        else:
            analyses = analyse_corpus(corpus)
        if args.save_analyses:
            args.save_analyses.write_bytes(pickle.dumps(list(analyses)))
        analysed = time.perf_counter()
        sentence_entities, _ = spans_as_entities(analyses)
        reference = read_reference(args.reference) if args.reference else []
        chronology = build_chronology(
            corpus, analyses, sentence_entities
        )
        done = time.perf_counter()
    events = chronology.events
    print(f"documents: {len(corpus.documents)}  events: {len(events)}")
    print(f"analysis {analysed - started:.1f} s, chronology {done - analysed:.1f} s")
    print("precision:", dict(Counter(e.precision for e in events)))
    print(
        f"merged (2+ documents): {sum(1 for e in events if len({s.document for s in e.sources}) > 1)}"
    )
    print(
        f"future: {sum(e.future for e in events)}  also reported: {sum(bool(e.also_reported) for e in events)}"
    )
    print("events by year:", dict(sorted(Counter(e.date[:4] for e in events).items())))
    by_date = {e.date: e for e in events}
    print(f"\nkey dates (top {args.top}):")
    for rank, key in enumerate(chronology.key_dates[: args.top], 1):
        event = by_date.get(key.date)
        summary = event.summary[:90] if event else ""
        print(
            f"{rank:3} {key.date} score {key.score:5.2f} refs {key.references:3} pubs {key.publications:2}  {summary}"
        )
    if args.reference:
        ranked = [k.date for k in chronology.key_dates]
        scores = date_f1(ranked, reference)
        print(
            f"\nDate-F1 vs {args.reference} ({len(reference)} dates): P {scores.precision:.3f} R {scores.recall:.3f} F1 {scores.f1:.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
