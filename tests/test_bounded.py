"""Bounded work, clean data, verified caches, one bad document (issue 18).

Time and memory bounds are measured by bench/hostile_input.py (shapes), not here: these
tests check what the bounds rest on (the passes' results, the caps, the refusals)."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from generator.analyse.cache import FILE_NAME, AnalysisCache
from generator.ingest.load import load_corpus
from generator.model import Analysis, Span
from generator.publish.render import md_escape
from generator.resolve import acronyms, mentions

VERSION = "test-model-1.0 spacy-3.8 PERSON analysis-1"

# The patterns the acronym pass used before it was made linear: what it finds must not
# change (they took the square of the text's length on one repeated name).
_OLD_DOCUMENT = re.compile(
    r"[A-Z][\w’'-]*(?:\s+(?:of|and|for|the|to|on|[A-Z][\w’'-]*))*\s+(?:"
    + "|".join(sorted(w.capitalize() for w in mentions.DOCUMENT_HEADS))
    + r")\s+\(([A-Z][A-Za-z]{1,6})\)"
)
_OLD_THING = re.compile(r"(?<![A-Z])\b[a-z][\w-]*\s+\(([A-Z]{2,6})\)")


def _old_documents(text: str) -> frozenset[str]:
    return frozenset(m.group(1) for m in _OLD_DOCUMENT.finditer(text))


def _old_things(text: str) -> frozenset[str]:
    return frozenset(m.group(1) for m in _OLD_THING.finditer(text))


def _agrees_with_the_old_patterns(text: str) -> None:
    """Every law the old forward patterns found is found; a thing is found only where
    the old patterns saw a lower-case word before the parenthesis (and, now, only when
    those words spell it: "they (BP)" defines nothing)."""
    things, names = acronyms._defined_acronyms(text)
    assert _old_documents(text) <= things, text
    assert things <= _old_documents(text) | _old_things(text), text
    assert not things & names, text


@pytest.mark.parametrize(
    "text",
    [
        "The Inflation Reduction Act (IRA) passed.",
        "liquified natural gas (LNG) and the Bipartisan Infrastructure Law (BIL).",
        "the Department of the Treasury and of the Act (ACT), U.S. Act (USA)",
        "xAmerica Plan (AP) and of of Plan (OP) and re-gas (RG) and Gas(GS)",
        "Act (IRA) Plan\n(PL)\tBill  (BB) and Foo\u00a0Bill (FB) 9a (NA) _b (UB)",
        "Maduro " * 50 + "Act (MA)",
    ],
)
def test_defined_acronyms_agree_with_the_old_patterns(text):
    _agrees_with_the_old_patterns(text)


def test_defined_acronyms_on_random_text_agree_with_the_old_patterns():
    import random

    words = ["of", "the", "Act", "Plan", "act", "Foo", "xBar", "U.S.", "gas", "a-b", "-x"]
    words += ["(IRA)", "(Ab)", "(LNG)", "(ABCDEFG)", "é", "Ré", "to", "_a", "9a"]
    spaces = [" ", "  ", "\n", "", "\u00a0", "(", ")"]
    rng = random.Random(18)
    for _ in range(3000):
        text = "".join(rng.choice(words) + rng.choice(spaces) for _ in range(rng.randint(1, 9)))
        _agrees_with_the_old_patterns(text)


def test_a_definition_must_spell_the_acronym():
    things, names = acronyms._defined_acronyms(
        "We (NATO) said so. It ships liquefied natural gas (LNG) for the Department of Energy (DOE)."
    )
    assert (things, names) == ({"LNG"}, {"DOE"})


def test_the_acronym_pass_reads_a_repeated_name_once():
    # 2 MB of one name: the old patterns tried every capital against the rest of the
    # text. Counted, not timed: the backward scan looks only at parentheses.
    text = "Nicolás Maduro " * 140_000 + "Act (NM)"
    assert acronyms._defined_acronyms(text) == ({"NM"}, frozenset())


# --- caches verified ------------------------------------------------------------------


def _one_document(make_seeds):
    corpus = load_corpus(make_seeds({"a.txt": "date 2022-01-02 Nicolás Maduro met Biden.\n"}))
    return corpus.documents[0]


def _analysis(document):
    return Analysis(document.id, (Span("Nicolás Maduro", "PERSON", 1, 0, 14),))


def test_a_changed_byte_in_a_cached_analysis_is_recomputed(tmp_path, make_seeds):
    document = _one_document(make_seeds)
    cache_dir = tmp_path / "cache"
    with AnalysisCache(cache_dir, VERSION) as cache:
        cache.put(document, _analysis(document))
    with AnalysisCache(cache_dir, VERSION) as cache:
        assert cache.get_many([document]) == {document.id: _analysis(document)}
    db = sqlite3.connect(cache_dir / FILE_NAME)
    with db:
        (stored,) = db.execute("SELECT spans FROM documents").fetchone()
        damaged = stored.replace("PERSON", "PERSQN").replace(",14]", ",1]")
        assert damaged != stored
        db.execute("UPDATE documents SET spans = ?", (damaged,))
        db.execute("UPDATE chunks SET spans = substr(spans, 2)")
    db.close()
    with AnalysisCache(cache_dir, VERSION) as cache:
        assert cache.get_many([document]) == {}  # a miss: recomputed by the build
        assert cache.misses == 1
        cache.put(document, _analysis(document))
    with AnalysisCache(cache_dir, VERSION) as cache:
        assert cache.get_many([document]) == {document.id: _analysis(document)}


def test_a_cached_value_that_is_not_json_is_a_miss(tmp_path, make_seeds):
    document = _one_document(make_seeds)
    with AnalysisCache(tmp_path, VERSION) as cache:
        cache.put(document, _analysis(document))
    db = sqlite3.connect(tmp_path / FILE_NAME)
    with db:
        db.execute("UPDATE documents SET spans = '0123456789abcdef[[' ")
    db.close()
    with AnalysisCache(tmp_path, VERSION) as cache:
        assert cache.get_many([document]) == {}


# --- YAML aliases refused -------------------------------------------------------------

BOMB = (
    "---\n"
    "date: 2022-01-01\n"
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
    "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
    "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
    "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
    "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
    "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n"
    "h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\n"
    "i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]\n"
    "---\n"
    "Body text.\n"
)


def test_front_matter_with_yaml_aliases_is_refused(make_seeds):
    seeds = make_seeds({"bomb.md": BOMB, "good.txt": "date 2022-01-02 A good document.\n"})
    corpus = load_corpus(seeds)
    assert [d.id for d in corpus.documents] == ["good"]
    (problem,) = corpus.problems
    assert problem.path == str(seeds / "bomb.md")
    assert (problem.line, problem.level) == (3, "error")
    assert "YAML anchor or alias ('&a' or '*a')" in problem.message
    assert problem.message.endswith("Write each value out in full.")


def test_corrections_with_yaml_aliases_are_refused(tmp_path):
    from generator.errors import ConfigError
    from generator.ingest.corrections import load_corrections

    path = tmp_path / "corrections.yml"
    path.write_text("- ignore: Amba\n- merge: &names [A, B]\n- merge: *names\n")
    with pytest.raises(ConfigError) as caught:
        load_corrections(path)
    assert str(caught.value) == (
        f"{path}:2: a YAML anchor or alias ('&names' or '*names'), which are not allowed "
        "here. Write each name out in full."
    )


# --- control characters and lone surrogates, from any source ---------------------------

UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def test_control_characters_and_surrogates_are_replaced_everywhere(make_seeds, tmp_path):
    from generator.cli import main

    seeds = make_seeds(
        {
            "escapes.md": '---\ntitle: "Bell\\a Del\\x7f Esc\\e"\ndate: 2022-01-01\n'
            'source: "Lone \\ud800 surrogate"\n---\nNicolás Maduro met Joe Biden in Caracas.\n',
            "bell\x07name.txt": "date 2022-01-02 Joe Biden spoke in Caracas.\n",
            "corrections.yml": '- rename: "Joe Biden"\n  to: "Joe\\a Biden"\n',
        }
    )
    out = tmp_path / "docs"
    assert main(["build", "--seeds", str(seeds), "--out", str(out), "--no-cache"]) == 0
    raw = [p for p in out.rglob("*") if p.is_file() and UNSAFE.search(p.read_bytes().decode())]
    assert raw == []
    assert not [p for p in out.rglob("*") if UNSAFE.search(p.name)]
    documents = json.loads((out / "data" / "documents.json").read_text())["documents"]
    by_title = {d["title"]: d for d in documents}
    assert "Bell\ufffd Del\ufffd Esc\ufffd" in by_title
    assert by_title["Bell\ufffd Del\ufffd Esc\ufffd"]["outlet"] == "Lone \ufffd surrogate"
    assert "bell\ufffdname" in {d["id"] for d in documents}
    entities = json.loads((out / "data" / "entities.json").read_text())["entities"]
    assert "Joe\ufffd Biden" in {e["name"] for e in entities}
    report = (out / "build-report" / "index.md").read_text()
    for part in (
        "the front matter 'title' holds 3 control character(s)",
        "the front matter 'source' holds 1 control character(s)",
        "the file name holds 1 control character(s)",
        "control character(s) or lone surrogate(s) in this correction, replaced by U+FFFD",
    ):
        assert md_escape(part) in report, part


# --- symbolic links in the seeds folder -------------------------------------------------


def test_symlinks_out_of_the_seeds_folder_are_skipped_never_walked(make_seeds, tmp_path):
    outside = tmp_path / "secret.txt"
    outside.write_text("date 2022-01-01 A private note from outside the seeds.\n")
    seeds = make_seeds({"good.txt": "date 2022-01-02 A good document.\n"})
    (seeds / "secret.txt").symlink_to(outside)
    (seeds / "root").symlink_to("/")
    (seeds / "inner").mkdir()
    (seeds / "inner" / "x.txt").write_text("date 2022-01-03 Inside a subfolder.\n")
    (seeds / "inner" / "up").symlink_to("/")  # counted without walking /
    (seeds / "inner-link").symlink_to(seeds / "inner")
    (seeds / "alias.txt").symlink_to(seeds / "good.txt")
    (seeds / "dangling.txt").symlink_to(tmp_path / "nothing.txt")
    corpus = load_corpus(seeds)
    assert [d.id for d in corpus.documents] == ["alias"]  # good.txt: a duplicate of it
    messages = {Path(p.path).name: p.message for p in corpus.problems}
    assert messages["secret.txt"] == (
        "a symbolic link to a file or folder outside the seeds folder; not followed, "
        "skipped. Copy the document itself into the seeds folder."
    )
    assert messages["root"].startswith("a symbolic link to a file or folder outside")
    assert messages["inner-link"].startswith("a symbolic link to a folder; not followed")
    assert messages["dangling.txt"].startswith("cannot be read")
    assert messages["good.txt"].startswith("an exact duplicate of")
    assert messages["inner"].startswith("a subfolder: its 1 .txt/.md file(s)")


# --- one bad document: charts ----------------------------------------------------------


def _entity(name: str, sentence: int, document: str = "d1", kind: str = "person"):
    from generator.model import Entity, Mention

    slug = name.lower().replace(" ", "-")
    return Entity(
        slug, name, kind, (), (), (Mention(name, document, sentence, 0, 1),), (document,),
        "2022-01-01", "2022-01-01", f"people/{slug}.md",
    )  # fmt: skip


def test_a_network_whose_top_entities_are_not_linked_to_each_other():
    # 21 pairs that never meet: the 20 most connected entities ("A00".."A19", by name)
    # were linked only to others, and the chart took max() of no links.
    from generator.publish.charts import NETWORK_NODES, draw_charts

    entities = [_entity(f"A{i:02}", i) for i in range(21)] + [
        _entity(f"Z{i:02}", i) for i in range(21)
    ]
    charts = draw_charts([], [], [], entities)
    network = charts.get("network")
    assert network is not None and charts.problems == ()
    names = {r[0] for r in network.rows} | {r[1] for r in network.rows}
    assert len(names) <= NETWORK_NODES
    assert ("A00", "Z00", 1, "a00", "z00") in network.rows


def test_a_chart_that_fails_is_reported_and_the_others_are_drawn(monkeypatch):
    from generator.publish import charts as charts_module
    from generator.publish import plot

    draw = plot.draw_svg

    def broken(kind, data):
        if kind == "network":
            raise ValueError("max() arg is an empty sequence")
        return draw(kind, data)

    monkeypatch.setattr(plot, "draw_svg", broken)
    entities = [_entity("Ana Rojas", 1), _entity("Luis Diaz", 1), _entity("Rosa Ruiz", 2)]
    charts = charts_module.draw_charts([], [], [], entities)
    assert [c.name for c in charts.overview] == ["entities"]
    (problem,) = charts.problems
    assert problem.path == "charts/network.svg"
    assert problem.message == (
        'the chart "Who appears with whom" could not be made (ValueError: max() arg is an '
        "empty sequence); the rest was built without it. Report this as a bug, with the "
        "documents."
    )
    assert any("could not be drawn: see the build report" in m for m in charts.missing)


# --- one bad document: pages -----------------------------------------------------------


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_page_that_fails_is_a_placeholder_and_on_the_build_report(
    make_seeds, tmp_path, monkeypatch, jobs
):
    from generator import pipeline
    from generator.publish import pages
    from generator.publish.render import Renderer

    seeds = make_seeds(
        {
            "bad.txt": "date 2022-01-01 Ana Rojas met Luis Diaz. They spoke in Caracas.\n",
            "good.txt": "date 2022-01-02 Rosa Ruiz met Ana Rojas in Caracas.\n",
        }
    )
    render = Renderer.render

    def broken(self, template, relative, **context):
        if relative == "sources/bad.md":
            raise KeyError("a bug met on this document")
        return render(self, template, relative, **context)

    monkeypatch.setattr(Renderer, "render", broken)
    monkeypatch.setattr(pages, "PAGES_PER_WORKER", 1)  # with jobs=2: forked workers
    out = tmp_path / "docs"
    result = pipeline.run(seeds, out, pipeline.Options(cache=None, jobs=jobs))
    (problem,) = [p for p in result.problems if p.level == "error"]
    assert problem.path == str(seeds / "bad.txt")
    assert problem.message == (
        "the page sources/bad.md could not be made (KeyError: 'a bug met on this document'); "
        "a placeholder stands in its place. Report this as a bug, with the document."
    )
    placeholder = (out / "sources" / "bad.md").read_text()
    assert "# Page not built" in placeholder
    assert '<span id="s1"></span><span id="s2"></span>' in placeholder  # links still land
    assert "Rosa Ruiz" in (out / "sources" / "good.md").read_text()
    report = (out / "build-report" / "index.md").read_text()
    assert md_escape(problem.message) in report and md_escape(problem.path) in report


def test_the_build_report_lists_what_the_page_caps_left_out(make_seeds, tmp_path, monkeypatch):
    from generator import pipeline
    from generator.publish import policy

    monkeypatch.setattr(policy, "PAGES_PER_DOCUMENT", 2)
    monkeypatch.setattr("generator.publish.pages.PAGES_PER_DOCUMENT", 2)
    names = ["Ana Rojas", "Luis Diaz", "Rosa Ruiz", "Jorge Silva", "Elena Castro"]
    text = " ".join(f"{name} spoke in Caracas on Monday." for name in names)
    seeds = make_seeds({"names.txt": f"date 2022-01-01 {text}\n"})
    out = tmp_path / "docs"
    result = pipeline.run(seeds, out, pipeline.Options(cache=None, jobs=1))
    sections = ("people", "organizations", "places")
    paged = [p for s in sections for p in (out / s).glob("*.md") if p.name != "index.md"]
    assert len(paged) == 2
    entities = json.loads((out / "data" / "entities.json").read_text())["entities"]
    assert len(entities) >= 4
    without = {s: 0 for s in sections}
    for entity in entities:
        if entity["page"] is None:
            without[policy.SECTIONS[entity["type"]]] += 1
    assert sum(without.values()) == len(entities) - 2
    report = (out / "build-report" / "index.md").read_text()
    assert "## Left out by the page caps" in report
    for section, count in without.items():
        row = f"| <code>{md_escape(str(seeds / 'names.txt'))}</code> | {section} | {count} |"
        assert (row in report) == (count > 0), row
    assert result.pages > 2


# --- CSV cells that a spreadsheet would run ---------------------------------------------


def test_csv_cells_that_start_like_a_formula_are_neutralised():
    import csv
    import io

    from generator.publish.export import to_csv

    hostile = ['=HYPERLINK("http://x")', "+1+2", "-2+3", "@SUM(A1)", "\tx"]
    text = to_csv(("name", "count"), [(value, -3) for value in hostile] + [("Ana = Ana", 2)])
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert [row[0] for row in rows[1:]] == [*("'" + v for v in hostile), "Ana = Ana"]
    assert [row[1] for row in rows[1:]] == ["-3"] * len(hostile) + ["2"]  # numbers stay
    assert to_csv(("a",), [("\rx",)]) == "a\n'\rx\n"


def test_every_csv_the_build_writes_is_neutralised(make_seeds, tmp_path):
    from generator import pipeline

    seeds = make_seeds(
        {
            "a.txt": "date 2022-01-01 -Ana Rojas met =Luis Diaz on 3 March 2021. "
            "@Rosa Ruiz spoke in Caracas on 4 March 2021.\n",
            "b.txt": "date 2022-02-01 Ana Rojas met Luis Diaz again on 5 April 2021.\n",
        }
    )
    out = tmp_path / "docs"
    pipeline.run(seeds, out, pipeline.Options(cache=None, jobs=1))
    import csv

    files = sorted(out.rglob("*.csv"))
    assert any(p.name == "chronology.csv" for p in files)
    for path in files:
        for row in csv.reader(path.open(encoding="utf-8")):
            for cell in row:
                assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (path, cell)


# --- slugs never take a reserved name --------------------------------------------------


@pytest.mark.parametrize("name", ["Index", "INDEX", "People", "Build Report", "Sources"])
def test_slugs_never_take_a_reserved_name(name):
    from generator.ingest.text import RESERVED_SLUGS, slugify

    assert slugify(name) not in RESERVED_SLUGS
    assert slugify(name) == slugify(name.lower()).removesuffix("-2") + "-2"


def test_an_entity_renamed_index_does_not_write_over_the_section_page(make_seeds, tmp_path):
    from generator import pipeline

    seeds = make_seeds(
        {
            "a.txt": "date 2022-01-01 Ana Rojas met Luis Diaz in Caracas.\n",
            "corrections.yml": "- rename: Caracas\n  to: Index\n- rename: Luis Diaz\n"
            "  to: People\n",
        }
    )
    out = tmp_path / "docs"
    pipeline.run(seeds, out, pipeline.Options(cache=None, jobs=1))
    assert "# Places" in (out / "places" / "index.md").read_text()  # the section's page
    assert "# Index" in (out / "places" / "index-2.md").read_text()
    assert "# People" in (out / "people" / "index.md").read_text()
    assert "# People" in (out / "people" / "people-2.md").read_text()


# --- temporal expressions read per document ---------------------------------------------


def test_temporal_expressions_read_per_document_are_capped(make_seeds, monkeypatch):
    from generator.chronology import events

    text = " ".join(f"Talks began on {day} March 2021 in Caracas." for day in range(1, 8))
    (document,) = load_corpus(make_seeds({"d.txt": f"date 2022-01-01 {text}\n"})).documents
    spans = []
    for sentence in document.sentences:
        start = sentence.text.index("on ") + 3
        end = sentence.text.index(" in ")
        spans.append(
            Span(sentence.text[start:end], "DATE", sentence.number, sentence.start + start,
                 sentence.start + end)
        )  # fmt: skip
    analysis = Analysis(document.id, tuple(spans))
    assert len(events._dated(document, analysis)) == 7
    monkeypatch.setattr(events, "MAX_TEMPORAL_SPANS", 3)
    dated = events._dated(document, analysis)
    assert [d[0].date for d in dated] == ["2021-03-01", "2021-03-02", "2021-03-03"]


def test_a_pdf_part_that_fails_says_so_and_the_others_are_made(monkeypatch):
    from generator.publish import pdf

    made = []

    def part(renderer, report, name, title, **extra):
        if name == "charts":
            raise ValueError("<b>no links</b>")
        made.append(name)
        return pdf.Part(name, title, pdf.Markup("<p>ok</p>"), ())

    monkeypatch.setattr(pdf, "_part", part)
    broken = pdf._safe_part(None, None, "charts", "Charts")
    assert broken.id == "charts" and broken.children == ()
    assert broken.html == (
        '<h1 id="charts">Charts</h1>\n<p>This part could not be made (ValueError: '
        "&lt;b&gt;no links&lt;/b&gt;). The rest of the report was. Report this as a bug, "
        "with the documents.</p>\n"
    )
    assert pdf._safe_part(None, None, "sources", "Sources").html == "<p>ok</p>"
    assert made == ["sources"]


def test_a_cache_file_too_damaged_to_write_is_replaced(tmp_path, make_seeds):
    document = _one_document(make_seeds)
    with AnalysisCache(tmp_path, VERSION) as cache:
        cache.put(document, _analysis(document))
    db = sqlite3.connect(tmp_path / FILE_NAME)
    with db:  # reads still work; the next save's DELETE ... WHERE version fails
        db.execute("ALTER TABLE documents RENAME COLUMN version TO damaged")
    db.close()
    with AnalysisCache(tmp_path, VERSION) as cache:
        assert cache.get_many([document]) == {document.id: _analysis(document)}
        cache.put(document, _analysis(document))
    with AnalysisCache(tmp_path, VERSION) as cache:
        assert cache.get_many([document]) == {document.id: _analysis(document)}
