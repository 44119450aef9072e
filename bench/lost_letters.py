"""Words that lost a letter when their text was saved (ingest/lost_letters.py): how many
each corpus has, repaired and flagged, each printed with its sentence for a reader to
judge (a flag on a correct word is a bug).

    python bench/lost_letters.py DIR [DIR ...]

Each DIR is a seeds folder (a T17 topic, whitehouse-2022, the briefings); only loaded,
not analysed, so it takes seconds.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.ingest.load import load_corpus


def main(argv: list[str] | None = None) -> int:
    for folder in argv if argv is not None else sys.argv[1:]:
        documents = load_corpus(Path(folder)).documents
        found = [(d, s, w, f) for d in documents for s, w, f in d.dropped]
        repaired = sum(f is not None for *_, f in found)
        print(
            f"== {folder}: {len(found)} word(s) in {len({d.id for d, *_ in found})} "
            f"document(s): {repaired} repaired, {len(found) - repaired} flagged"
        )
        for document, sentence, written, full in found:
            text = document.sentences[sentence - 1].text
            print(f"  {document.id} s{sentence} {written!r} -> {full or 'flagged'}: {text[:120]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
