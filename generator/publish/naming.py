"""The report's name, as every page, the site and the PDF show it: the title of
report.yml, else one made from the corpus (its main entity and the span of its
documents: "Jen Psaki, January to December 2021"), never a generic name."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from ..ingest.report import ReportSettings
from ..model import Corpus, Entity
from ..resolve.countries import country_of
from ..resolve.words import STATE_NAMES_WRITTEN

REPORT_FILE = "data/report.json"  # in the docs folder: read by `publish` for MkDocs


def report_info(
    settings: ReportSettings, corpus: Corpus, entities: Sequence[Entity]
) -> dict[str, str]:
    """{"name", "subtitle", "description"}: the settings' own, or made from the corpus
    (no subtitle then: the home page says what the corpus holds)."""
    span = span_label(corpus.date_range)
    documents = len(corpus.documents)
    made = f"{documents:,} document{'s' if documents != 1 else ''}" + (f", {span}" if span else "")
    return {
        "name": settings.title or corpus_title(corpus, entities),
        "subtitle": settings.subtitle or "",
        "description": settings.description
        or f"Profiles, chronology and sources built from {made}.",
    }


def corpus_title(corpus: Corpus, entities: Sequence[Entity]) -> str:
    """What the story is about, and the span of the documents: the entity with a page
    that the documents' titles name most (`headline_subject`), else the most mentioned
    person or organization with a page (else any entity with one)."""
    paged = [e for e in entities if e.page is not None]
    main = headline_subject(corpus, paged) or next(
        (e for e in paged if e.type != "place"), paged[0] if paged else None
    )
    span = span_label(corpus.date_range)
    if main is None:
        return f"Report, {span}" if span else "Report"
    return f"{main.name}, {span}" if span else main.name


def headline_subject(corpus: Corpus, entities: Sequence[Entity]) -> Entity | None:
    """The entity that the most documents name in their title ("Kessler Junction" in
    "Kessler Junction derailment: ...", not the railway or the committee the stories
    quote most), the first of `entities` (the most salient) among equals. None unless
    most documents have a title and one entity is named in at least HEADLINE_SHARE of
    them. A country or a US state is where a story is, not what it is about ("China" in
    the titles of a state visit to China), and a series' label opening titles names no
    story: neither is counted."""
    titles = {d.id: d.heading for d in corpus.documents if d.heading is not None}
    if len(titles) * 2 <= len(corpus.documents):
        return None
    # A label that opens several titles before a colon, a programme's in capitals or a
    # kind of document's, names a series, not a story ("DELGADO REPORTS: ...", "Holy See
    # Press Office Bulletin: ..."; not "Basantpur bridge collapse: ..."): the words after
    # it are the title's.
    labels = Counter(t.text.partition(":")[0] for t in titles.values() if ":" in t.text)
    opens = {
        d: t.start + len(label) + 1
        for d, t in titles.items()
        if ":" in t.text
        and labels[label := t.text.partition(":")[0]] >= 2
        and (words := label.split())
        and (label.isupper() or words[-1].lower().removesuffix("s") in _SERIES_WORDS)
    }
    entities = [e for e in entities if not _a_setting(e)]
    counts = [
        len(
            {
                m.document
                for m in e.mentions
                if m.document in titles and m.sentence == 1 and m.start >= opens.get(m.document, 0)
            }
        )
        for e in entities
    ]
    best = max(counts, default=0)
    if best < 2 or best < HEADLINE_SHARE * len(titles):
        return None
    return entities[counts.index(best)]


HEADLINE_SHARE = 0.25  # of the documents' titles: the story's subject is named in many
# The last words of a series' label ("Holy See Press Office Bulletin"): kinds of document.
_SERIES_WORDS = frozenset({"briefing", "bulletin", "digest", "newsletter", "report", "transcript"})


def _a_setting(entity: Entity) -> bool:
    """Is the entity a country or a US state?"""
    return entity.type == "place" and (
        country_of(entity.name) is not None or entity.name in STATE_NAMES_WRITTEN
    )


def span_label(span: tuple[str, str] | None) -> str:
    """ "16 August 2022"; "10 to 17 December 2021"; "December 2021 to August 2022"."""
    if not span:
        return ""
    first, last = (dt.date.fromisoformat(d) for d in span)
    if first == last:
        return f"{first.day} {first:%B %Y}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day} to {last.day} {last:%B %Y}"
    if first.year == last.year:
        return f"{first:%B} to {last:%B %Y}"
    return f"{first:%B %Y} to {last:%B %Y}"


def report_json(info: dict[str, str]) -> str:
    return json.dumps(info, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def read_report_json(docs: Path) -> dict[str, str]:
    """What a build wrote into `docs` (empty when it wrote nothing readable)."""
    try:
        data = json.loads((docs / REPORT_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: v for k, v in data.items() if isinstance(v, str)} if isinstance(data, dict) else {}
