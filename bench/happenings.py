"""How many dated sentences each rule of not_a_happening removes, with a sample of them
to read for false positives.

    python bench/happenings.py --corpus ../shared/corpora/wh-briefings-2021
                               [--cache DIR] [--show 20] [--seed 15] [--rule NAME ...]

The corpus is analysed once into --cache (the build's analysis cache: a corpus built
with the same --cache is not analysed again). Rules apply in order
(chronology/happenings.py, HAPPENING_RULES):
a sentence is counted under the first rule that removes it.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from generator.chronology.events import dated_expressions  # noqa: E402
from generator.chronology.happenings import HAPPENING_RULES, not_a_happening  # noqa: E402
from generator.ingest.load import load_corpus  # noqa: E402
from generator.pipeline import CACHE, Options, analyse_corpus  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("--show", type=int, default=20, help="sentences shown per rule")
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--rule", action="append", help="show only this rule's sentences")
    args = parser.parse_args(argv)
    corpus = load_corpus(args.corpus)
    analyses = {a.document: a for a in analyse_corpus(corpus, Options(cache=args.cache))}
    removed: dict[str, list[str]] = defaultdict(list)
    total = 0
    for document in corpus.documents:
        analysis = analyses.get(document.id)
        if analysis is None:
            continue
        for sentence, when, start in dated_expressions(document, analysis):
            total += 1
            reason = not_a_happening(sentence.text, when, start)
            if reason:
                removed[reason].append(f"[{when.expression} -> {when.date}] {sentence.text}")
    counts = Counter({name: len(removed[name]) for name, _ in HAPPENING_RULES})
    kept = total - sum(counts.values())
    print(f"{args.corpus}: {total} dated expressions, {kept} kept as happenings")
    for name, _ in HAPPENING_RULES:
        print(f"  {name:<12} {counts[name]:>6}")
    rng = random.Random(args.seed)
    for name, _ in HAPPENING_RULES:
        sample = removed[name]
        if not sample or not args.show or (args.rule and name not in args.rule):
            continue
        print(f"\n== {name}: {min(args.show, len(sample))} of {len(sample)}")
        for line in rng.sample(sample, min(args.show, len(sample))):
            print(f"- {line[:300]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
