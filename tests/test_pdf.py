"""The PDF read back: pypdf for text, outline and links; pdftoppm for page images."""

import io
import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from generator.cli import main
from generator.publish.charts import draw_charts
from generator.publish.pdf import _fetcher, make_pdf, markdown_to_html

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


def _report(tmp_path, count):
    folder = tmp_path / "seeds"
    documents = write_documents(folder, count)
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    documents.append(load_document(folder / "hostile.txt"))
    entities = find_entities(documents)
    events = make_events(documents, entities)
    key_dates = sorted({e.date for e in events if e.precision == "day"})[:4]
    return documents, entities, events, key_dates


@pytest.fixture(scope="module")
def full(tmp_path_factory):
    documents, entities, events, key_dates = _report(tmp_path_factory.mktemp("full"), 10)
    pdf = make_pdf(
        documents, events, key_dates, entities,
        templates=PROJECT / "templates", title="Test report", full_text=True,
    )  # fmt: skip
    return pdf, PdfReader(io.BytesIO(pdf)), documents, entities, events


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
    _, reader, _, entities, _ = full
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
    _, reader, _, entities, _ = full
    pages = {title: page for title, level, page in _outline(reader) if level == 1}
    assert _text(reader, 0).startswith("REPORT Test report")
    assert "Documents 11" in _text(reader, 0)
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
