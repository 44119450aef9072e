"""Entity extraction quality on the seeds against what a careful reader finds.

    python bench/entities_quality.py [--seeds seeds] [--gold ../shared/gold/seeds.yml]

Runs the language pipeline and resolution twice (without, then with the seeds'
corrections.yml) and prints precision, recall on unique real entities, duplicates and
type accuracy, then what went wrong. An extracted entity matches a gold entity when its
name or one of its aliases is one of the gold spellings (accents, case, a leading "the"
and dots ignored). Two extracted entities for one gold entity: the second is a duplicate
and counts against precision. Gold items with `required: false` do not count against
recall when missed, and count as correct when found. Gold "group" is our organization;
gold "event" cannot be typed right (we have no event entities) and counts as a type error.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from generator.ingest.corrections import load_corrections  # noqa: E402
from generator.ingest.load import load_corpus  # noqa: E402
from generator.ingest.text import fold  # noqa: E402
from generator.model import Entity  # noqa: E402
from generator.pipeline import analyse_corpus  # noqa: E402
from generator.resolve.entities import resolve_entities  # noqa: E402

TYPES = {"group": "organization"}
LABELS = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place"}


def raw_spacy(analyses) -> tuple[Entity, ...]:
    """The baseline: the pipeline's spans grouped by exact spelling, typed by label."""
    groups: dict[str, list] = {}
    for analysis in analyses:
        for span in analysis.spans:
            if span.label in LABELS or span.label == "PRODUCT":
                groups.setdefault(span.text, []).append(span)
    out = []
    for text, spans in sorted(groups.items()):
        labels = [LABELS.get(s.label, "organization") for s in spans]
        kind = max(sorted(set(labels)), key=labels.count)
        out.append(Entity(text, text, kind, (), (), (), (), "", "", None))
    return tuple(out)


def norm(name: str) -> str:
    key = fold(name).replace("’", "'").replace(".", "")
    key = re.sub(r"^the\s+", "", key)
    return re.sub(r"\s+", " ", key).strip()


def score(entities: tuple[Entity, ...], gold: list[dict], exact: bool) -> dict:
    spelling: dict[str, int] = {}
    for index, item in enumerate(gold):
        for variant in [item["name"], *item.get("variants", [])]:
            spelling.setdefault(norm(variant), index)
    matched: dict[int, Entity] = {}
    false_positives, duplicates, conflated, type_errors, name_errors = [], [], [], [], []
    for entity in entities:
        hits = [spelling[norm(s)] for s in (entity.name, *entity.aliases) if norm(s) in spelling]
        if not hits:
            false_positives.append(entity.name)
            continue
        target = spelling.get(norm(entity.name), min(hits, key=lambda h: (-hits.count(h), h)))
        if len(set(hits)) > 1:
            conflated.append(f"{entity.name} = {sorted({gold[h]['name'] for h in hits})}")
        if target in matched:
            duplicates.append(f"{entity.name} (also {matched[target].name})")
            continue
        matched[target] = entity
        want = TYPES.get(gold[target]["type"], gold[target]["type"])
        if entity.type != want:
            type_errors.append(f"{entity.name}: {entity.type}, gold {gold[target]['type']}")
        if exact and entity.name != gold[target]["name"]:
            name_errors.append(f"{entity.name!r} should be {gold[target]['name']!r}")
    required = [i for i, g in enumerate(gold) if g.get("required", True)]
    missed = [gold[i]["name"] for i in required if i not in matched]
    return {
        "entities": len(entities),
        "precision": len(matched) / len(entities) if entities else 0.0,
        "recall": (len(required) - len(missed)) / len(required),
        "duplicates": duplicates,
        "type accuracy": sum(1 for _ in matched)
        and (len(matched) - len(type_errors)) / len(matched),
        "false positives": false_positives,
        "missed": missed,
        "conflated": conflated,
        "type errors": type_errors,
        "name errors": name_errors,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=Path, default=PROJECT / "seeds")
    parser.add_argument("--gold", type=Path, default=PROJECT.parent / "shared/gold/seeds.yml")
    args = parser.parse_args()
    gold = yaml.safe_load(args.gold.read_text(encoding="utf-8"))["entities"]
    corpus = load_corpus(args.seeds)
    analyses = analyse_corpus(corpus)
    baseline = score(raw_spacy(analyses), gold, exact=False)
    print(
        f"== raw spaCy spans grouped by spelling: {baseline['entities']} entities\n"
        f"precision {baseline['precision']:.3f}  recall {baseline['recall']:.3f}  "
        f"duplicates {len(baseline['duplicates'])}  type accuracy {baseline['type accuracy']:.3f}"
    )
    runs = [("without corrections", None)]
    path = args.seeds / "corrections.yml"
    if path.exists():
        runs.append((f"with {path.name}", load_corrections(path)))
    for title, corrections in runs:
        entities, problems = resolve_entities(corpus, analyses, corrections)
        result = score(entities, gold, exact=corrections is not None)
        print(f"== {title}: {result['entities']} entities")
        print(
            f"precision {result['precision']:.3f}  recall {result['recall']:.3f}  "
            f"duplicates {len(result['duplicates'])}  type accuracy {result['type accuracy']:.3f}"
            + (f"  names exact {not result['name errors']}" if corrections else "")
        )
        for key in (
            "false positives",
            "missed",
            "duplicates",
            "conflated",
            "type errors",
            "name errors",
        ):
            if result[key]:
                print(f"  {key}: " + "; ".join(result[key]))
        for problem in problems:
            print(f"  warning: {problem}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
