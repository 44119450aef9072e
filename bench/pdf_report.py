"""Benchmark: charts and the report PDF on a sample of a real corpus. Prints figures.

    python bench/pdf_report.py ../shared/corpora/whitehouse-2022 300 [brief] [full]

Set KEEP=DIR to keep the PDFs there.

Entities and events come from their own stages; until those are merged this script
stands in for them with the language pipeline's spans (PERSON/ORG/GPE grouped by folded
text; a DATE span written as "March 3, 2022" or "March 2022" makes an event of its
sentence), so the PDF gets a realistic volume. The analysis runs in this process; each
PDF is made in a fresh process, so its peak memory is its own.
"""

from __future__ import annotations

import os
import pickle
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

MONTHS = (
    "January February March April May June July August September October November December".split()
)
DAY = re.compile(rf"({'|'.join(MONTHS)}) (\d{{1,2}}), (\d{{4}})")
MONTH = re.compile(rf"^({'|'.join(MONTHS)}) (\d{{4}})$")
TYPES = {"PERSON": "person", "ORG": "organization", "GPE": "place"}


def analyse(seeds: Path, pickle_path: Path) -> None:
    from generator.analyse.nlp import analyse_documents
    from generator.ingest.load import load_corpus
    from generator.ingest.text import fold, slugify
    from generator.model import Citation, Description, Entity, Event, Mention

    start = time.perf_counter()
    corpus = load_corpus(seeds)
    documents = corpus.documents
    by_id = {d.id: d for d in documents}
    mentions: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    names: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    events = []
    for analysis in analyse_documents(documents):
        document = by_id[analysis.document]
        for span in analysis.spans:
            if span.label in TYPES:
                key = (TYPES[span.label], fold(span.text))
                mentions[key].append(
                    Mention(span.text, document.id, span.sentence, span.start, span.end)
                )
                names[key][span.text] += 1
            elif span.label == "DATE":
                date = precision = None
                if m := DAY.search(span.text):
                    date = f"{m[3]}-{MONTHS.index(m[1]) + 1:02d}-{int(m[2]):02d}"
                    precision = "day"
                elif m := MONTH.match(span.text):
                    date, precision = f"{m[2]}-{MONTHS.index(m[1]) + 1:02d}", "month"
                if date:
                    text = document.sentences[span.sentence - 1].text
                    events.append(
                        Event(
                            f"e{len(events)}", date, precision, text, text[:120], span.text,
                            "as written", (), (Citation(document.id, span.sentence),),
                        )
                    )  # fmt: skip
    analysed = time.perf_counter() - start
    dates = {d.id: d.date for d in documents}
    entities = []
    used: set[str] = set()
    for (kind, _), found in sorted(mentions.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        name = names[(kind, _)].most_common(1)[0][0]
        slug = slugify(name)
        while slug in used:
            slug += "-x"
        used.add(slug)
        found.sort(key=lambda m: (dates[m.document], m.document, m.start))
        docs = tuple(dict.fromkeys(m.document for m in found))
        section = {"person": "people", "organization": "organizations", "place": "places"}[kind]
        entities.append(
            Entity(
                slug, name, kind, (), (Description(found[0].text, found[0].document, found[0].sentence),),
                tuple(found), docs, dates[docs[0]], dates[docs[-1]],
                f"{section}/{slug}.md" if len(found) >= 3 else None,
            )
        )  # fmt: skip
    per_date = Counter(e.date for e in events if e.precision == "day")
    key_dates = sorted(d for d, _ in per_date.most_common(12))
    pickle_path.write_bytes(pickle.dumps((documents, entities, events, key_dates)))
    words = sum(d.words for d in documents)
    print(f"analysis: {len(documents)} documents, {words:,} words, {analysed:.1f} s")
    print(f"stand-ins: {len(entities)} entities, {len(events)} events, {len(key_dates)} key dates")


def make(pickle_path: Path, full_text: bool, out: Path) -> None:
    from generator.publish.charts import draw_charts
    from generator.publish.pdf import make_pdf

    documents, entities, events, key_dates = pickle.loads(pickle_path.read_bytes())
    start = time.perf_counter()
    charts = draw_charts(documents, events, key_dates, entities)
    drawn = time.perf_counter() - start
    sizes = {c.name: len(c.svg.encode()) for c in charts.overview}
    profile_sizes = [len(c.svg.encode()) for c in charts.profiles]
    pdf = make_pdf(
        documents, events, key_dates, entities,
        templates=PROJECT / "templates", title="White House 2022 sample",
        full_text=full_text, charts=charts,
    )  # fmt: skip
    total = time.perf_counter() - start
    out.write_bytes(pdf)
    from pypdf import PdfReader

    pages = len(PdfReader(out).pages)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    edition = "full text" if full_text else "briefing"
    print(
        f"{edition}: charts {drawn:.1f} s ({len(charts.profiles)} profile charts), "
        f"charts+PDF {total:.1f} s, peak RSS {peak:.0f} MB, {pages} pages, {len(pdf) / 1e6:.1f} MB"
    )
    if not full_text:
        print("SVG bytes:", ", ".join(f"{k} {v:,}" for k, v in sizes.items()))
        if profile_sizes:
            print(f"profile SVGs: {min(profile_sizes):,}-{max(profile_sizes):,} bytes each")


def main() -> None:
    if sys.argv[1] == "--make":
        make(Path(sys.argv[2]), sys.argv[3] == "full", Path(sys.argv[4]))
        return
    corpus, count = Path(sys.argv[1]), int(sys.argv[2])
    modes = sys.argv[3:] or ["brief", "full"]
    with tempfile.TemporaryDirectory() as tmp:
        seeds = Path(tmp) / "seeds"
        seeds.mkdir()
        paths = sorted(corpus.glob("*.txt"))
        for path in paths[:: max(1, len(paths) // count)][:count]:
            (seeds / path.name).symlink_to(path.resolve())  # read in place, never copied
        keep = Path(os.environ.get("KEEP", tmp))
        data = keep / "data.pickle"
        analyse(seeds, data)
        for mode in modes:
            subprocess.run(
                [sys.executable, __file__, "--make", str(data), mode, str(keep / f"{mode}.pdf")],
                check=True,
            )


if __name__ == "__main__":
    main()
