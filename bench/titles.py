"""Titles read as text: what the titles of a corpus add to its entities and dates.

    python bench/titles.py SEEDS_DIR [--cache DIR] [--top N] [--entity NAME ...]

A title given with a document (front matter, title line) is sentence 1 of its text
(Document.titled). Printed: how many documents have one, how many mentions sit in
titles, the entities named only in titles (new with this change: each to judge, a
headline word read as a name is junk), the entities with most mentions in titles, the
mentions of the entities asked for (--entity, default "Jen Psaki") in titles and in
all, and the dates read in titles: dropped as the publication's own day, kept as a
reference to another day (key dates), never an event.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.chronology.events import build_chronology, dated_sentences
from generator.chronology.happenings import TITLE
from generator.ingest.load import load_corpus
from generator.pipeline import Options, analyse_corpus
from generator.publish.policy import page_policy
from generator.resolve.entities import resolve_entities, sentence_entities


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("seeds", type=Path)
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--top", type=int, default=20)
    parser.add_argument("--entity", action="append", default=None)
    args = parser.parse_args()
    corpus = load_corpus(args.seeds)
    documents = {d.id: d for d in corpus.documents}
    analyses = analyse_corpus(corpus, Options(cache=args.cache))
    entities, _ = resolve_entities(corpus, analyses)
    titled = sum(d.titled for d in corpus.documents)
    print(f"{len(corpus.documents)} documents, {titled} with a title read as sentence 1")

    def in_title(document: str, sentence: int) -> bool:
        return documents[document].is_title(sentence)

    per_entity = {e.id: sum(in_title(m.document, m.sentence) for m in e.mentions) for e in entities}
    mentions = sum(len(e.mentions) for e in entities)
    print(f"{len(entities)} entities, {mentions} mentions, {sum(per_entity.values())} in titles")
    only = [e for e in entities if e.mentions and per_entity[e.id] == len(e.mentions)]
    print(f"\n{len(only)} entities named only in titles (the first {args.top}, most mentioned):")
    for e in sorted(only, key=lambda e: (-len(e.mentions), e.name))[: args.top]:
        title = documents[e.mentions[0].document].sentences[0].text
        print(f"  {e.name} ({e.type}, {len(e.mentions)}): {title[:90]}")
    print(f"\nMost mentioned in titles (the first {args.top}):")
    ranked = sorted(entities, key=lambda e: (-per_entity[e.id], e.name))
    for e in ranked[: args.top]:
        print(f"  {per_entity[e.id]:5} of {len(e.mentions):5}  {e.name} ({e.type})")
    for name in args.entity or ["Jen Psaki"]:
        for e in entities:
            if e.name == name:
                docs = {m.document for m in e.mentions}
                print(
                    f"\n{name}: {len(e.mentions)} mentions ({per_entity[e.id]} in titles) "
                    f"in {len(docs)} documents"
                )
    candidates = dated_sentences(corpus, analyses, {})
    from_titles = [c for c in candidates if in_title(c.document.id, c.sentences[0])]
    reasons = Counter(c.reason or "event" for c in from_titles)
    print(
        f"\nDates read in titles, kept: {sum(reasons.values())} ({dict(sorted(reasons.items()))})"
    )
    for c in from_titles[: args.top]:
        print(f"  {c.when.date} [{c.reason}] {c.text[:90]}")
    chronology = build_chronology(
        corpus, analyses, sentence_entities(page_policy(entities, len(corpus.documents)))
    )
    cited = [
        e for e in chronology.events if any(in_title(s.document, s.sentence) for s in e.sources)
    ]
    print(f"Events: {len(chronology.events)}, citing a title: {len(cited)} (reason {TITLE!r})")


if __name__ == "__main__":
    main()
