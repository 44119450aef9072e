"""How the chronology merges dated sentences into events: events, entries that cite more
than one document, and entries dated by their own document's day ("today", "yesterday",
"this morning", "last night") whose sources were published on different days.

    python bench/merges.py --corpus DIR --cache DIR [--inputs FILE] [--dump FILE]

The language analysis and the entities are computed once and kept in --inputs (a
pickle: later runs rebuild only the chronology, seconds instead of minutes); --dump
writes the events (JSON) to compare two runs with --compare OLD NEW.
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from generator.chronology.events import build_chronology  # noqa: E402
from generator.ingest.load import load_corpus  # noqa: E402
from generator.pipeline import Options, analyse_corpus, find_corrections  # noqa: E402
from generator.publish.policy import page_policy  # noqa: E402
from generator.resolve.entities import resolve_entities, sentence_entities  # noqa: E402
from generator.resolve.relevance import relevance  # noqa: E402

OWN_DAY = re.compile(
    r"\b(?:today|tonight|yesterday|last night|this (?:morning|afternoon|evening))\b", re.I
)


def _inputs(corpus_dir: Path, cache: Path, stored: Path | None):  # type: ignore[no-untyped-def]
    if stored is not None and stored.exists():
        return pickle.loads(stored.read_bytes())
    from dataclasses import replace

    corpus = load_corpus(corpus_dir)
    analyses = analyse_corpus(corpus, Options(cache=cache))
    off = frozenset(r.document for r in relevance(corpus, analyses) if r.off_topic)
    corpus = replace(corpus, documents=tuple(d for d in corpus.documents if d.id not in off))
    analyses = [a for a in analyses if a.document not in off]
    resolved, _ = resolve_entities(corpus, analyses, find_corrections(corpus_dir))
    found = (corpus, analyses, sentence_entities(page_policy(resolved, len(corpus.documents))))
    if stored is not None:
        stored.write_bytes(pickle.dumps(found))
    return found


def _days(event: dict, published: dict[str, str]) -> set[str]:
    return {published[s["document"]] for s in event["sources"]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--inputs", type=Path)
    parser.add_argument("--dump", type=Path)
    parser.add_argument("--compare", nargs=2, type=Path)
    args = parser.parse_args(argv)
    if args.compare:
        return _compare(*args.compare)
    corpus, analyses, entities = _inputs(args.corpus, args.cache, args.inputs)
    chronology = build_chronology(corpus, analyses, entities)
    published = {d.id: d.date for d in corpus.documents}
    events = [
        {
            "id": e.id,
            "date": e.date,
            "expression": e.expression,
            "text": e.text,
            "sources": [{"document": s.document, "sentence": s.sentence} for s in e.sources],
        }
        for e in chronology.events
    ]
    multi = [e for e in events if len({s["document"] for s in e["sources"]}) > 1]
    own = [e for e in multi if OWN_DAY.search(e["expression"]) and len(_days(e, published)) > 1]
    print(
        f"{args.corpus}: {len(events)} events, {len(multi)} citing several documents, "
        f"{len(own)} dated by their own day with sources of several days"
    )
    if args.dump:
        args.dump.write_text(json.dumps({"events": events, "published": published}, indent=0))
    return 0


def _compare(old_path: Path, new_path: Path) -> int:
    old, new = json.loads(old_path.read_text()), json.loads(new_path.read_text())
    published = old["published"]

    def groups(events: list[dict]) -> dict[frozenset, dict]:
        return {frozenset((s["document"], s["sentence"]) for s in e["sources"]): e for e in events}

    before, after = groups(old["events"]), groups(new["events"])
    for key in sorted(set(before) - set(after), key=lambda k: sorted(k)):
        event = before[key]
        print(f"- {event['date']} [{event['expression']}] {event['text'][:160]}")
        for s in event["sources"]:
            print(f"    {published[s['document']]} {s['document'][11:90]} #{s['sentence']}")
        for other in after.values():
            held = {(s["document"], s["sentence"]) for s in other["sources"]}
            if held & key:
                docs = len({d for d, _ in held})
                print(
                    f"  + {other['date']} [{other['expression']}] {docs} documents: {other['text'][:100]}"
                )
    print(f"{len(set(before) - set(after))} entries gone, {len(set(after) - set(before))} new")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
