"""Samples of the T17 topics' entities and events, printed for a reader to judge whether
any is made from a dateline, a byline, a clock time or a comment handle; and how many
documents have an outlet.

    python bench/t17_audit.py OUT_PREFIX SEEDS_DIR [--entities 200] [--events 200] [--seed 13]

OUT_PREFIX is the common start of the build folders, one per topic
(OUT_PREFIX<topic>, e.g. /tmp/audit-before- for /tmp/audit-before-H1N1_bbc);
SEEDS_DIR holds one folder of articles per topic (gold timelines left out). Build each
topic first with `python -m generator build --seeds SEEDS_DIR/<topic> --out
OUT_PREFIX<topic>`.

The samples are drawn with a fixed seed, so that two builds (before and after a change)
are sampled alike: per topic, an equal share of the entities that get a page, half the
most mentioned (what a reader sees first) and half at random among the others; and an
equal share of the events at random. Each is printed with one place of the text it comes
from, and a flag when its text has the shape of a failure (a clock time, a weekday or
month abbreviation next to capitals, a time zone, a handle before "wrote:", a name
after "By "); the flags are a reader's aid, the judgement is the reader's.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

TOPICS = (
    "H1N1_bbc",
    "H1N1_guardian",
    "H1N1_reuters",
    "bpoil_foxnews",
    "bpoil_guardian",
    "bpoil_reuters",
    "bpoil_washingtonpost",
)
_ZONE = r"\b(?:[ECMP][SD]T|GMT|UTC|BST|IST|CET|CEST)\b"
_SHAPES = (
    ("clock", re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2} ?[ap]\.?m\b", re.I)),
    ("zone", re.compile(_ZONE)),
    (
        "day abbreviation",
        re.compile(
            r"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b"
        ),
    ),
    ("outlet", re.compile(r"\((?:Reuters|AP|AFP|CNN|BBC)\)|\bReuters\b|\bAP\b")),
    ("handle", re.compile(r"^[a-z0-9_.\-]+$|\d|_")),
)


def flags(text: str) -> list[str]:
    return [name for name, pattern in _SHAPES if pattern.search(text)]


def context(texts: dict[str, str], documents: list[str], name: str) -> str:
    """The first place in the entity's documents where its name is written."""
    for document in documents:
        text = texts.get(document, "")
        at = text.find(name)
        if at >= 0:
            return " ".join(text[max(0, at - 70) : at + len(name) + 50].split())
    return ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("prefix")
    parser.add_argument("seeds", type=Path)
    parser.add_argument("--entities", type=int, default=200)
    parser.add_argument("--events", type=int, default=200)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args(argv)
    per_entities = -(-args.entities // len(TOPICS))
    per_events = -(-args.events // len(TOPICS))
    for topic in TOPICS:
        out = Path(f"{args.prefix}{topic}") / "data"
        texts = {p.stem: p.read_text(encoding="utf-8") for p in (args.seeds / topic).glob("*.txt")}
        documents = json.loads((out / "documents.json").read_text())["documents"]
        filled = [d for d in documents if d["outlet"]]
        outlets = sorted({d["outlet"] for d in filled})
        print(f"== {topic}: outlet filled {len(filled)} of {len(documents)} {outlets}")
        rng = random.Random(f"{args.seed}-{topic}")
        entities = json.loads((out / "entities.json").read_text())["entities"]
        paged = sorted(
            (e for e in entities if e.get("page")), key=lambda e: (-e["mentions"], e["id"])
        )
        top = paged[: per_entities // 2]
        rest = paged[per_entities // 2 :]
        picked = top + rng.sample(rest, min(len(rest), per_entities - len(top)))
        for number, entity in enumerate(picked, 1):
            names = [entity["name"], *entity["aliases"]]
            marks = sorted({f for n in names for f in flags(n)})
            where = context(texts, entity["documents"], entity["name"])
            print(
                f"E{number} {entity['name']!r} ({entity['type']}, {entity['mentions']}) "
                f"aliases={entity['aliases'][:4]} {'FLAG ' + ','.join(marks) if marks else ''}\n"
                f"     {where}"
            )
        events = json.loads((out / "chronology.json").read_text())["events"]
        for number, event in enumerate(rng.sample(events, min(per_events, len(events))), 1):
            marks = [f for f in flags(event["expression"]) if f != "handle"]
            print(
                f"V{number} {event['date']} [{event['expression']}] "
                f"{'FLAG ' + ','.join(marks) if marks else ''}\n     {event['text'][:220]}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
