"""The dated sentences whose deed is named only by a pointing word ("He'll do that next
week too."; chronology/unnamed.py), each read with the sentence before it (when that
names a deed) or left out, and news the speaker received read with the next sentence:
the counts and every such sentence, to read.

    python bench/unnamed_deeds.py --corpus DIR [--cache DIR]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from generator.chronology.events import dated_expressions  # noqa: E402
from generator.chronology.happenings import not_a_happening  # noqa: E402
from generator.chronology.unnamed import deed_named_before, news_told, unnamed_deed  # noqa: E402
from generator.ingest.load import load_corpus  # noqa: E402
from generator.pipeline import CACHE, Options, analyse_corpus  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--cache", type=Path, default=CACHE)
    args = parser.parse_args(argv)
    corpus = load_corpus(args.corpus)
    analyses = {a.document: a for a in analyse_corpus(corpus, Options(cache=args.cache))}
    counts = {"read with the one before": 0, "left out": 0, "news read with the next": 0}
    for document in corpus.documents:
        for sentence, when, start in dated_expressions(document, analyses[document.id]):
            if not_a_happening(sentence.text, when, start) is not None:
                continue
            if (told := news_told(document, sentence.number)) is not None:
                counts["news read with the next"] += 1
                print(f"[news] {when.date} {sentence.text!r}\n    next: {told.text[:200]!r}")
            if not unnamed_deed(sentence.text, start, start + len(when.expression)):
                continue
            before = deed_named_before(document, sentence.number)
            verdict = "left out" if before is None else "read with the one before"
            counts[verdict] += 1
            shown = document.sentences[sentence.number - 2].text if sentence.number > 1 else ""
            print(f"[{verdict}] {when.date} {sentence.text!r}\n    before: {shown[:200]!r}")
    print(counts)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
