"""Speaker turns of transcripts: how many labels go to the right person.

    python bench/speakers.py SEEDS_DIR [--cache DIR]

For every speaker turn of the corpus (ingest/turns.py), the entity whose mention sits on
the label (resolve/speakers.py). A named label ("MS. PSAKI", "DR. FAUCI") is right when
that entity's name ends with the label's surname; "Q" and title-only labels
("MODERATOR") are right when no entity sits on them; a one-word label ("YELLEN") when
none does or one whose name ends with it. The speaker labels are their own
reference: every label says who speaks. Also printed: the most mentioned people, and
single-word people named right after a form of address ("Thanks, Peter"): reporters'
first names, which should not be entities.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.ingest.load import load_corpus
from generator.pipeline import Options, analyse_corpus
from generator.resolve.entities import resolve_entities
from generator.resolve.speakers import label_surname

_ADDRESSED = re.compile(r"(?:Thanks|Thank you|Go ahead),\s+([A-Z][a-z]+)\b")
# Vocatives: a first name alone as a sentence or opening one before a comma ("MS. PSAKI:
# Aamer.", "Nandita, go ahead."), or closing one after a comma ("..., Jerry.").
_VOCATIVE = re.compile(
    r"(?:^|(?<![A-Z][a-z])(?<![A-Z])[.?!:]\s+|\n)([A-Z][a-z]+)(?=[.?!]|,\s+[a-z])"
    r"|,\s+([A-Z][a-z]+)(?=[.?!]\s|\s—)"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("seeds", type=Path)
    parser.add_argument("--cache", type=Path, default=None)
    args = parser.parse_args()
    corpus = load_corpus(args.seeds)
    analyses = analyse_corpus(corpus, Options(cache=args.cache))
    entities, _ = resolve_entities(corpus, analyses)
    at = {(m.document, m.start): e for e in entities for m in e.mentions}
    right: Counter[str] = Counter()
    wrong: Counter[tuple[str, str]] = Counter()
    for document in corpus.documents:
        for turn in document.turns:
            entity = at.get((document.id, turn.start))
            surname = None if turn.reporter else label_surname(turn.label)
            expected = "nobody" if surname is None and not _role(turn.label) else "someone"
            lone = turn.label.capitalize() if len(turn.label.split()) == 1 else None
            if lone and entity is not None:  # "YELLEN:": a surname, when someone has it
                ok = entity.name.lower().endswith(lone.lower())
            elif surname is not None:
                ok = entity is not None and entity.name.lower().endswith(surname.lower())
            elif expected == "nobody":
                ok = entity is None
            else:  # THE PRESIDENT: someone named in the document
                ok = entity is not None
            kind = "Q" if turn.reporter else "named" if surname else turn.label
            if ok:
                right[kind] += 1
            else:
                wrong[(turn.label, entity.name if entity else "-")] += 1
    total = sum(right.values()) + sum(wrong.values())
    print(f"turns {total}: right {sum(right.values())} ({sum(right.values()) / max(total, 1):.1%})")
    for kind, count in right.most_common():
        print(f"  right {kind}: {count}")
    for (label, name), count in wrong.most_common(15):
        print(f"  wrong: {label} -> {name} ({count})")
    people = [e for e in entities if e.type == "person"]
    print("most mentioned people:", ", ".join(f"{e.name} ({len(e.mentions)})" for e in people[:8]))
    addressed = Counter(m.group(1) for d in corpus.documents for m in _ADDRESSED.finditer(d.text))
    addressed.update(
        m.group(1) or m.group(2)
        for d in corpus.documents
        if d.turns
        for m in _VOCATIVE.finditer(d.text)
    )
    reporters = [
        f"{e.name} ({len(e.mentions)})"
        for e in people
        if len(e.name.split()) == 1 and e.name in addressed
    ]
    print(f"single-word people who are addressed first names: {len(reporters)} {reporters[:25]}")


def _role(label: str) -> bool:
    return " ".join(label.lower().split()) in (
        "the president",
        "the vice president",
        "the first lady",
    )


if __name__ == "__main__":
    main()
