"""A random sample of a built corpus's events, for a reader to judge: is each a dated
happening, with the right date?

    python bench/sample_events.py OUT [--count 40] [--seed 15]

OUT is a build's output folder (data/chronology.json and data/documents.json). The
sample is drawn with a fixed seed from the events in file order, so that two builds of
one corpus (before and after a change) are sampled the same way. Each event is printed
with its date, the expression that gave it, the publication date of its first source
and its number of documents; a long text is shown around the expression.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

# Characters shown either side of the expression in a long text.
WINDOW = 220


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=40)
    parser.add_argument("--seed", type=int, default=15)
    args = parser.parse_args(argv)
    events = json.loads((args.out / "data" / "chronology.json").read_text())["events"]
    documents = json.loads((args.out / "data" / "documents.json").read_text())["documents"]
    published = {d["id"]: d["date"] for d in documents}
    sample = random.Random(args.seed).sample(events, min(args.count, len(events)))
    print(f"{args.out}: {len(events)} events, {len(sample)} sampled")
    for number, event in enumerate(sample, 1):
        first = event["sources"][0]["document"]
        count = len({s["document"] for s in event["sources"]})
        print(
            f"{number}. {event['date']} [{event['expression']}] published {published[first]}, "
            f"{count} document(s)\n   {_around(event['text'], event['expression'])}"
        )
    return 0


def _around(text: str, expression: str, width: int = WINDOW) -> str:
    """The text around the expression (the whole text when short): what a reader judges."""
    text = " ".join(text.split())
    if len(text) <= 2 * width:
        return text
    at = max(text.find(expression), 0)
    begin, end = max(at - width, 0), min(at + len(expression) + width, len(text))
    return f"{'… ' if begin else ''}{text[begin:end]}{' …' if end < len(text) else ''}"


if __name__ == "__main__":
    raise SystemExit(main())
