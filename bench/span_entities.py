"""Entities without the entity stage: each named span's slug as its id. The chronology
benchmarks (chronology_quality.py, key_dates.py) and tests/test_chronology.py use it so
that what they measure of the chronology does not depend on entity resolution."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from generator.ingest.text import slugify
from generator.model import Analysis, SentenceEntities

LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})


def spans_as_entities(analyses: Iterable[Analysis]) -> tuple[SentenceEntities, dict[str, str]]:
    """(document id, sentence number) -> the slugs of its named spans, and slug -> name."""
    by_sentence: dict[tuple[str, int], list[str]] = defaultdict(list)
    names: dict[str, str] = {}
    for analysis in analyses:
        for span in analysis.spans:
            if span.label not in LABELS:
                continue
            entity_id = slugify(span.text)
            names.setdefault(entity_id, span.text)
            ids = by_sentence[(analysis.document, span.sentence)]
            if entity_id not in ids:
                ids.append(entity_id)
    return {k: tuple(v) for k, v in by_sentence.items()}, names
