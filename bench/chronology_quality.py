"""Chronology against the gold events of shared/gold/seeds.yml.

Matching rule (from the gold file): an extracted event matches a gold event when its
date is the same string (same precision), one of its sources is that document, and it
involves one of the key entities or its text has one of the key words. Each gold event
matches at most one extracted event (maximum bipartite matching). Entity ids are not
used: a key entity "is involved" when one of its spellings appears in the event's text.

    python bench/chronology_quality.py [--seeds seeds] [--gold ../shared/gold/seeds.yml]
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

import yaml

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from bench.span_entities import spans_as_entities  # noqa: E402
from generator.chronology.events import build_chronology  # noqa: E402
from generator.ingest.load import load_corpus  # noqa: E402
from generator.ingest.text import fold  # noqa: E402
from generator.model import Event  # noqa: E402
from generator.pipeline import analyse_corpus  # noqa: E402


def _has(text: str, phrase: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(fold(phrase))}(?!\w)", fold(text)) is not None


def matches(event: Event, gold: dict[str, Any], spellings: dict[str, list[str]]) -> bool:
    """The gold file's rule, with entity spellings standing in for entity ids."""
    if event.date != str(gold["date"]):
        return False
    doc = str(gold["doc"])
    if not any(s.document == doc or s.document.startswith(f"{doc}_") for s in event.sources):
        return False
    names = [v for key in gold.get("keys") or [] for v in spellings.get(key, [key])]
    words = gold.get("words") or []
    return any(_has(event.text, n) for n in names) or any(_has(event.text, w) for w in words)


def match_events(
    events: list[Event], golds: list[dict[str, Any]], spellings: dict[str, list[str]]
) -> dict[int, int]:
    """Maximum matching gold index -> event index (augmenting paths; small inputs)."""
    options = [[i for i, e in enumerate(events) if matches(e, g, spellings)] for g in golds]
    owner: dict[int, int] = {}

    def assign(g: int, seen: set[int]) -> bool:
        for i in options[g]:
            if i in seen:
                continue
            seen.add(i)
            if i not in owner or assign(owner[i], seen):
                owner[i] = g
                return True
        return False

    # Required events first, so an optional one never takes a required one's match.
    for g in sorted(range(len(golds)), key=lambda g: golds[g].get("required", True) is False):
        assign(g, set())
    return {g: i for i, g in owner.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=PROJECT / "seeds")
    parser.add_argument("--gold", type=Path, default=PROJECT.parent / "shared/gold/seeds.yml")
    args = parser.parse_args(argv)
    gold = yaml.safe_load(args.gold.read_text(encoding="utf-8"))
    spellings = {e["name"]: [e["name"], *e.get("variants", [])] for e in gold["entities"]}
    corpus = load_corpus(args.seeds)
    analyses = analyse_corpus(corpus)
    sentence_entities, _ = spans_as_entities(analyses)
    events = list(build_chronology(corpus, analyses, sentence_entities).events)
    golds = gold["events"]
    found = match_events(events, golds, spellings)
    required = [g for g, item in enumerate(golds) if item.get("required", True)]
    print(f"events extracted: {len(events)}")
    for g, item in enumerate(golds):
        mark = "found" if g in found else "MISSED"
        kind = "required" if item.get("required", True) else "optional"
        where = f" -> {events[found[g]].id}" if g in found else ""
        print(f"  {mark:6} {kind:8} {item['date']:10} {item['doc']} {item['what']}{where}")
    unmatched = [e for i, e in enumerate(events) if i not in found.values()]
    for e in unmatched:
        print(
            f"  extra  {e.date:10} {e.sources[0].document[:3]} s{e.sources[0].sentence} {e.summary}"
        )
    found_required = sum(1 for g in required if g in found)
    print(f"required gold events found: {found_required}/{len(required)}")
    print(f"all gold events found: {len(found)}/{len(golds)}")
    precision = len(found) / len(events) if events else 0.0
    print(
        f"precision (extracted events matching a gold event): {len(found)}/{len(events)} = {precision:.2f}"
    )
    return 0 if found_required == len(required) else 1


if __name__ == "__main__":
    raise SystemExit(main())
