"""Entities of a large corpus with no corrections file, printed for a reader's review.

    python bench/entities_review.py [--seeds DIR] [--cache DIR] [--sample 40] [--seed 0]

Reads the cached analyses (run a build with the same --cache first), runs only
resolve_entities, and prints: the top entities per type with mention and document counts
and aliases; people whose aliases hold a surname that another person has; the shared
surnames' figures; a fixed random sample of page-getting entities for eye review.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from generator.ingest.load import load_corpus  # noqa: E402
from generator.ingest.text import fold  # noqa: E402
from generator.model import Entity  # noqa: E402
from generator.pipeline import Options, analyse_corpus  # noqa: E402
from generator.publish.policy import page_policy  # noqa: E402
from generator.resolve.entities import resolve_entities  # noqa: E402


def show(entity: Entity, aliases: int = 8) -> str:
    names = ", ".join(entity.aliases[:aliases]) + (" ..." if len(entity.aliases) > aliases else "")
    page = "" if entity.page else " (no page)"
    return (
        f"{entity.name} [{entity.type}] {len(entity.mentions)} mentions in "
        f"{len(entity.documents)} documents{page}; aliases: {names}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seeds", type=Path, default=Path("/work/shared/corpora/whitehouse-2022"))
    parser.add_argument("--cache", type=Path, default=Path("/tmp/cache-entq"))
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--sample", type=int, default=40)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--dump", type=Path, help="write every entity, one a line, here")
    parser.add_argument("--profile", action="store_true", help="cProfile resolve_entities")
    args = parser.parse_args()

    corpus = load_corpus(args.seeds)
    analyses = analyse_corpus(corpus, Options(cache=args.cache))
    began = time.perf_counter()
    if args.profile:
        profiler = cProfile.Profile()
        entities, _ = profiler.runcall(resolve_entities, corpus, analyses)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
    else:
        entities = page_policy(resolve_entities(corpus, analyses)[0], len(corpus.documents))
    seconds = time.perf_counter() - began
    print(f"{len(corpus.documents)} documents, {len(entities)} entities in {seconds:.1f} s")

    if args.dump:
        args.dump.write_text("".join(show(e, 20) + "\n" for e in entities), encoding="utf-8")
    for kind in ("person", "organization", "place"):
        print(f"\n== top {args.top} {kind} ==")
        for entity in [e for e in entities if e.type == kind][: args.top]:
            print("  " + show(entity))

    print("\n== people whose aliases hold another person's surname ==")
    people = [e for e in entities if e.type == "person"]
    by_surname: dict[str, list[Entity]] = defaultdict(list)
    for entity in people:
        words = fold(entity.name).split()
        if len(words) >= 2:
            by_surname[words[-1]].append(entity)
    for surname, owners in sorted(by_surname.items()):
        if len(owners) < 2:
            continue
        for entity in owners:
            lone = [a for a in entity.aliases if fold(a).split()[-1:] == [surname]]
            lone = [a for a in lone if len(a.split()) == 1 or a.split()[0].lower() in TITLED]
            if lone:
                print("  " + show(entity, 12))

    print("\n== Biden ==")
    for entity in people:
        if "biden" in fold(entity.name):
            lone = sum(1 for m in entity.mentions if fold(m.text) == "biden")
            print(f"  {show(entity, 12)}; lone 'Biden': {lone}")

    paged = sorted((e for e in entities if e.page), key=lambda e: e.id)
    print(f"\n== random sample of {args.sample} page-getting entities (of {len(paged)}) ==")
    for entity in random.Random(args.seed).sample(paged, min(args.sample, len(paged))):
        print("  " + show(entity, 5))


TITLED = {"president", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "first", "senator"}

if __name__ == "__main__":
    main()
