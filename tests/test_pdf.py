"""The PDF read back: pypdf for text, outline and links; pdftoppm for page images."""

import dataclasses
import datetime as dt
import io
import re
import shutil
import subprocess
import types

import pytest
from pypdf import PdfReader

from generator.cli import main
from generator.model import Citation, Event
from generator.publish.charts import draw_charts
from generator.publish.pdf import (
    _fetcher,
    _Report,
    dates_label,
    make_pdf,
    markdown_to_html,
    source_label,
)

from .conftest import PROJECT, SEEDS, load_document
from .report_fixtures import find_entities, make_events, write_documents

HOSTILE = (
    "date 2022-01-20\nHostile <b>title</b>\n"
    "Roger Carstens wrote <script>alert(1)</script> and {{ 7*7 }} in Caracas. "
    'Then --8<-- "secret.txt" and **not bold** and [x](javascript:alert(1)) and {% raw %}.\n'
)
SECTIONS = [
    "Contents",
    "Overview",
    "Charts",
    "Chronology",
    "People",
    "Organizations",
    "Places",
    "Sources",
]


TWO_DATES = "Carstens flew to Caracas on Tuesday and returned on Friday."
I_KNOW = "I know that the talks went on through the night."


def _report(tmp_path, count):
    folder = tmp_path / "seeds"
    documents = write_documents(folder, count)
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    documents.append(load_document(folder / "hostile.txt"))
    entities = find_entities(documents)
    events = make_events(documents, entities)
    key_dates = sorted({e.date for e in events if e.precision == "day"})[:4]
    if count > 1:
        # The day after a key date: no document of its own (they are three days apart).
        after = (dt.date.fromisoformat(key_dates[1]) + dt.timedelta(days=1)).isoformat()
        key_dates = sorted([*key_dates, after])
        added = _two_dates(documents, key_dates[1:3], key_dates[0])
        events = sorted(events + added, key=lambda e: (e.date, e.id))
    return documents, entities, events, key_dates


def _two_dates(documents, days, day):
    """A sentence with two dates, both key dates (one event per date, the same sentence),
    and an event that opens with a one-letter word."""
    cited = (Citation(documents[1].id, 2),)
    return [
        replace_event(id=f"two-{i}", date=date, text=TWO_DATES, summary=TWO_DATES, sources=cited)
        for i, date in enumerate(days)
    ] + [
        replace_event(
            id="i-know", date=day, text=I_KNOW, summary=I_KNOW,
            sources=(Citation(documents[2].id, 3),),
        )
    ]  # fmt: skip


def replace_event(**fields):
    base = Event(
        id="", date="", precision="day", text="", summary="", expression="on Tuesday",
        resolution="", entities=(), sources=(),
    )  # fmt: skip
    return dataclasses.replace(base, **fields)


@pytest.fixture(scope="module")
def full(tmp_path_factory):
    documents, entities, events, key_dates = _report(tmp_path_factory.mktemp("full"), 10)
    pdf = make_pdf(
        documents, events, key_dates, entities,
        templates=PROJECT / "templates", title="Test report", full_text=True,
    )  # fmt: skip
    return pdf, PdfReader(io.BytesIO(pdf)), documents, entities, events, key_dates


def _text(reader, index):
    return " ".join(reader.pages[index].extract_text().split())


def _outline(reader):
    """(title, level, page index) for every bookmark, in order."""
    found = []

    def walk(items, level):
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                found.append((item.title, level, reader.get_destination_page_number(item)))

    walk(reader.outline, 1)
    return found


@pytest.mark.slow
def test_outline_has_every_section_in_order(full):
    _, reader, _, entities, *_ = full
    outline = _outline(reader)
    top = [title for title, level, _ in outline if level == 1]
    assert top == SECTIONS
    # 11 short documents: cover, contents, then each part a page or two.
    assert 10 <= len(reader.pages) <= 30
    people = [e.name for e in entities if e.type == "person"]
    second = {title for title, level, _ in outline if level == 2}
    assert set(people) <= second
    assert {"Key dates", "All events", "Most mentioned", "Who appears with whom"} <= second


@pytest.mark.slow
def test_each_section_starts_with_its_text(full):
    _, reader, _, entities, *_ = full
    pages = {title: page for title, level, page in _outline(reader) if level == 1}
    assert _text(reader, 0).startswith("REPORT Test report")
    for title in SECTIONS:
        assert _text(reader, pages[title]).startswith(title), title
    people = " ".join(_text(reader, i) for i in range(pages["People"], pages["Organizations"]))
    for entity in entities:
        if entity.type == "person":
            assert entity.name in people
    # The sparkline's text is text (a month of documents: by day).
    assert "Mentions of Roger Carstens per day" in people


@pytest.mark.slow
def test_table_of_contents_page_numbers_match_the_outline(full):
    _, reader, *_ = full
    toc = _text(reader, 1)
    for title, level, page in _outline(reader):
        if level == 1 and title != "Contents":
            number = re.search(rf"{title} \.+ ?(\d+)", toc)
            assert number, title
            assert int(number.group(1)) == page + 1, title
    assert f"1 / {len(reader.pages)}" not in _text(reader, 0)  # no number on the cover
    assert f"2 / {len(reader.pages)}" in _text(reader, 1)


@pytest.mark.slow
def test_citations_link_to_sentences(full):
    _, reader, *_ = full
    links = [
        annot.get_object()
        for page in reader.pages
        for annot in page.get("/Annots", [])
        if annot.get_object().get("/Subtype") == "/Link"
    ]
    internal = [a for a in links if "/Dest" in a or a.get("/A", {}).get("/S") == "/GoTo"]
    assert len(internal) > 50
    # Every internal link lands somewhere: no dangling citation.
    names = reader.named_destinations
    assert all(str(a["/Dest"]) in names for a in internal if "/Dest" in a)
    # The named destinations include one per sentence of every source.
    assert "src-hostile-s1" in names and "src-doc-0003-s4" in names
    assert "ent-roger-carstens" in names


@pytest.mark.slow
def test_hostile_text_is_printed_literally(full):
    _, reader, *_ = full
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    for literal in (
        "<script>alert(1)</script>",
        "{{ 7*7 }}",
        '--8<-- "secret.txt"',
        "**not bold**",
        "[x](javascript:alert(1))",
        "{% raw %}",
        "Hostile <b>title</b>",
    ):
        assert literal in text, literal


@pytest.mark.slow
def test_same_input_same_bytes(full, tmp_path):
    pdf, *_ = full
    documents, entities, events, key_dates = _report(tmp_path, 10)
    again = make_pdf(
        documents, events, key_dates, entities,
        templates=PROJECT / "templates", title="Test report", full_text=True,
    )  # fmt: skip
    assert again == pdf


@pytest.mark.slow
def test_briefing_leaves_out_the_texts(tmp_path):
    documents, entities, events, key_dates = _report(tmp_path, 10)
    charts = draw_charts(documents, events, key_dates, entities)
    pdf = make_pdf(
        documents, events, key_dates, entities,
        templates=PROJECT / "templates", title="Brief", full_text=False, charts=charts,
    )  # fmt: skip
    reader = PdfReader(io.BytesIO(pdf))
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert "This edition is a briefing" in text
    assert "talk about the detained men" not in text  # no source text
    assert "hostile" in text and "Hostile <b>title</b>" in text  # the list of sources
    names = reader.named_destinations
    assert "src-hostile" in names and "src-hostile-s1" not in names
    assert [t for t, level, _ in _outline(reader) if level == 1] == SECTIONS


def test_nothing_is_fetched():
    fetcher = _fetcher({"chart:a.svg": "<svg/>"})
    assert fetcher.fetch("chart:a.svg").read() == b"<svg/>"
    for url in ("http://example.com/x.png", "file:///etc/passwd", "chart:b.svg"):
        with pytest.raises(ValueError, match="built offline"):
            fetcher.fetch(url)


def test_markdown_raw_html_is_off():
    html, _ = markdown_to_html("<script>x</script> {:ok} &#123;:no&#125;\n")
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert '<a class="anchor" id="ok"></a>' in html and 'id="no"' not in html


@pytest.mark.slow
def test_pages_as_images(full, tmp_path):
    pdf, reader, *_ = full
    assert shutil.which("pdftoppm"), "pdftoppm missing: run `bash scripts/system-deps.sh`"
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    charts_page = next(p for t, level, p in _outline(reader) if t == "Charts")
    for page in (1, 2, charts_page + 1):
        subprocess.run(
            ["pdftoppm", "-r", "40", "-png", "-f", str(page), "-l", str(page), str(path), str(tmp_path / "p")],
            check=True,
        )  # fmt: skip
    images = sorted(tmp_path.glob("p-*.png"))
    assert len(images) == 3
    from PIL import Image

    for image in images:
        colours = Image.open(image).convert("L").getcolors(256 * 256)
        assert colours and len(colours) > 5, image  # not a blank page


@pytest.mark.slow
def test_pdf_command(tmp_path, capsys):
    output = tmp_path / "out" / "report.pdf"
    assert main(["pdf", "--seeds", str(SEEDS), "--output", str(output)]) == 0
    assert "PDF in" in capsys.readouterr().err
    reader = PdfReader(output)
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert "El Helicoide" in text and "Carstens" in text
    assert "10 December 2021 – 16 August 2022" in text
    top = [t for t, level, _ in _outline(reader) if level == 1]
    assert top[:3] == ["Contents", "Overview", "Charts"] and top[-1] == "Sources"


@pytest.mark.slow
def test_site_links_the_pdf(tmp_path):
    docs, site = tmp_path / "docs", tmp_path / "site"
    args = ["site", "--seeds", str(SEEDS), "--out", str(docs), "--site-dir", str(site), "--pdf"]
    assert main(args) == 0
    # Written into the docs folder before MkDocs runs, so --strict knows the file.
    assert (docs / "data" / "report.pdf").read_bytes() == (
        site / "data" / "report.pdf"
    ).read_bytes()
    assert PdfReader(site / "data" / "report.pdf").outline
    home = (site / "index.html").read_text()
    assert 'href="data/report.pdf"' in home
    assert 'src="charts/activity.svg"' in home
    charts = (site / "charts" / "index.html").read_text()
    assert 'class="chart"' in charts and 'href="activity.csv"' in charts
    assert (site / "charts" / "activity.svg").is_file() and (
        site / "charts" / "activity.csv"
    ).is_file()


@pytest.mark.slow
def test_empty_and_tiny_reports(tmp_path):
    empty = make_pdf([], [], [], [], templates=PROJECT / "templates", title="Empty")
    assert "No documents could be read" in " ".join(
        p.extract_text() for p in PdfReader(io.BytesIO(empty)).pages
    )
    documents, entities, events, _ = _report(tmp_path, 1)
    one = make_pdf(
        documents[:1], events[:1], [events[0].date], entities[:2],
        templates=PROJECT / "templates", title="Tiny",
    )  # fmt: skip
    reader = PdfReader(io.BytesIO(one))
    assert [t for t, level, _ in _outline(reader) if level == 1][:4] == SECTIONS[:4]


def _pdftotext(pdf, tmp_path, *options):
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    assert shutil.which("pdftotext"), "pdftotext missing: run `bash scripts/system-deps.sh`"
    command = ["pdftotext", *options, str(path), "-"]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def _words(text):
    return " ".join(text.split())


def _report_of(documents, events, key_dates, entities):
    charts = types.SimpleNamespace(overview=[], profiles=[])
    return _Report(documents, events, key_dates, entities, charts, True)


@pytest.mark.slow
def test_cover_has_the_counts_and_what_happened(full, tmp_path):
    pdf, _, documents, entities, events, key_dates = full
    cover = _words(_pdftotext(pdf, tmp_path, "-f", "1", "-l", "1"))
    assert "Test report 3 January 2022 – 30 January 2022" in cover
    people, organizations, places = (
        sum(1 for e in entities if e.type == kind) for kind in ("person", "organization", "place")
    )
    counts = f"{len(documents)} {people} {organizations} {places} {len(events)}"
    assert f"{counts} Documents People Organizations Places Events" in cover
    assert "What happened" in cover
    report = _report_of(documents, events, key_dates, entities)
    summary = report.cover()["what_happened"]
    # The fixture's other events read "Report number N": too short a summary to tell
    # what happened (main_events' rules, tested in test_main_events); these two are kept.
    assert [line.event.date for line in summary] == ["2022-01-06", "2022-01-09"]
    for line in summary:
        assert _words(line.text) in cover, line.text
    # Distinct happenings: the two-date sentence once.
    assert cover.count(TWO_DATES) <= 1


@pytest.mark.slow
def test_citations_name_the_source_and_its_section(full, tmp_path):
    pdf, _, documents, *_ = full
    text = _words(_pdftotext(pdf, tmp_path))
    by_id = {d.id: d for d in documents}
    # "Report number 3 (12 January 2022), §1" — no opaque "doc-0003 §1".
    assert f"{source_label(by_id['doc-0003'])}, §1" in text
    assert f"{source_label(by_id['hostile'])}, §1" in text
    assert not re.search(r"doc-\d{4} §\d", text)
    cited = re.findall(r"Report number \d+ \(\d+ January 2022\), §\d+", text)
    assert len(cited) > 20


@pytest.mark.slow
def test_activity_chart_is_printed_once(full, tmp_path):
    pdf, reader, *_ = full
    pages = {title: page for title, level, page in _outline(reader) if level == 1}
    title = re.search(r"Documents and events per \w+", _text(reader, 1)).group()
    text = _words(_pdftotext(pdf, tmp_path))
    # Once in the contents, once as the heading, once drawn (the chart's own title).
    assert text.count(title) == 3
    overview = _words(_pdftotext(pdf, tmp_path, "-f", str(pages["Overview"] + 1), "-l", "1000"))
    assert overview.index(title) > overview.index("Charts")  # not drawn in the overview


@pytest.mark.slow
def test_no_bullet_is_parted_from_its_text(full, tmp_path):
    pdf, reader, *_ = full
    pypdf = "\n".join(page.extract_text() for page in reader.pages)
    texts = [_pdftotext(pdf, tmp_path, *options) for options in ((), ("-layout",))]
    for text in [pypdf, *texts]:
        lines = text.splitlines()
        assert not [line for line in lines if re.fullmatch(r"\s*•\s*(\S{1,2})?\s*", line)]
    assert pypdf.count("•") > 20
    layout = _pdftotext(pdf, tmp_path, "-layout")
    assert re.search(r"• I know that the talks", layout)  # the bullet and its first words


@pytest.mark.slow
def test_key_dates_list_a_sentence_once(full, tmp_path):
    pdf, _, _, _, events, key_dates = full
    text = _words(_pdftotext(pdf, tmp_path))
    section = text[text.index("marked as key dates by the chronology") :]
    section = section[section.index("Key dates") : section.index("All events")]
    assert section.count(TWO_DATES) == 1
    two = sorted(e.date for e in events if e.text == TWO_DATES)
    # Listed under one heading that names both its dates ("9 and 10 January 2022").
    heading = f"{dates_label(two)} •"
    assert heading in section
    assert section.index(heading) < section.index(TWO_DATES)
    later = [k for k in key_dates if k > two[-1]]
    assert section.index(TWO_DATES) < section.index(f"{dates_label(later[:1])} •")
    items = [item.split(" — ")[0] for item in section.split("•")[1:]]
    assert len(items) == len(set(items))


def test_key_date_groups_join_the_dates_of_one_sentence(tmp_path):
    documents, entities, events, key_dates = _report(tmp_path, 10)
    report = _report_of(documents, events, key_dates, entities)
    groups = report.key_date_groups()
    listed = [e.text for _, group in groups for e in group]
    assert listed.count(TWO_DATES) == 1
    assert (key_dates[1:3], [e for e in events if e.id == "two-0"]) in [
        (dates, [e for e in group if e.text == TWO_DATES]) for dates, group in groups
    ]
    assert [dates[0] for dates, _ in groups] == sorted(dates[0] for dates, _ in groups)


def test_dates_and_sources_as_a_reader_names_them(tmp_path):
    assert dates_label(["2021-12-07"]) == "7 December 2021"
    assert dates_label(["2021-12-07", "2021-12-10"]) == "7 and 10 December 2021"
    assert dates_label(["2021-11-30", "2021-12-02"]) == "30 November and 2 December 2021"
    assert dates_label(["2021-12-30", "2022-01-02"]) == "30 December 2021 and 2 January 2022"
    folder = tmp_path / "seeds"
    folder.mkdir()
    title = " ".join(f"w{i}" for i in range(14))
    front = f"---\ntitle: {title}\ndate: 2022-01-20\nsource: CNN\n---\nText.\n"
    (folder / "a.md").write_text(front, encoding="utf-8")
    document = load_document(folder / "a.md")
    assert source_label(document) == "w0 w1 w2 w3 w4 w5 w6 w7 w8 w9 … (CNN, 20 January 2022)"
    dated = "date 2021-05-25\nPress Briefing by Jen Psaki, May 25, 2021\nText.\n"
    (folder / "b.txt").write_text(dated, encoding="utf-8")
    # The title gives the date: not said twice.
    assert (
        source_label(load_document(folder / "b.txt")) == "Press Briefing by Jen Psaki, May 25, 2021"
    )


def test_citations_are_grouped_by_source(tmp_path):
    documents, entities, events, key_dates = _report(tmp_path, 3)
    report = _report_of(documents, events, key_dates, entities)
    first, second = documents[0], documents[1]
    cited = [Citation(first.id, 2), Citation(second.id, 1), Citation(first.id, 4)]
    markdown = report.cite_all(cited)
    html, _ = markdown_to_html(markdown)
    text = re.sub(r"<[^>]+>", "", html).strip()
    assert text == f"{source_label(first)}, §2, §4; {source_label(second)}, §1"
    assert f'href="#src-{first.slug}-s4"' in html
    assert report.cite_all(cited, most=1).endswith("; …")


def test_a_titles_sentence_anchor_is_on_its_heading_and_the_title_printed_once(tmp_path):
    from generator.publish.pdf import _part
    from generator.publish.render import Renderer

    documents, entities, events, key_dates = _report(tmp_path, 2)
    report = _report_of(documents, events, key_dates, entities)
    document = next(d for d in documents if d.id == "doc-0001")
    assert document.titled
    renderer = Renderer(PROJECT / "templates", {"name": "R"})
    html = str(_part(renderer, report, "sources", "Sources").html)
    heading = re.search(r"<h2>(.*?)</h2>", html[html.index('id="src-doc-0001"') - 40 :]).group(1)
    assert heading == (
        '<a class="anchor" id="src-doc-0001"></a><a class="anchor" id="src-doc-0001-s1"></a>'
        "Report number 1"
    )
    assert html.count("Report number 1<") == 1 and 'id="src-doc-0001-s2"' in html
