import csv
import io
import re
import xml.etree.ElementTree as ET
from itertools import pairwise

import pytest

from generator.model import Entity, Mention
from generator.publish.charts import (
    BARS_MAX,
    NETWORK_LINKS,
    NETWORK_NODES,
    TIMELINE_MAX,
    Bins,
    co_occurrences,
    draw_charts,
)
from generator.publish.layout import force_layout

from .report_fixtures import make_report


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    return make_report(tmp_path_factory.mktemp("small") / "seeds", 12)


def test_all_charts_drawn_with_data(small):
    documents, entities, events, key_dates = small
    charts = draw_charts(documents, events, key_dates, entities)
    assert [c.name for c in charts.overview] == ["activity", "timeline", "entities", "network"]
    assert charts.missing == ()
    for chart in charts.overview:
        root = ET.fromstring(chart.svg)  # well-formed XML
        assert root.tag.endswith("svg")
        assert chart.title in chart.svg  # text stays text (svg.fonttype none)
        assert "<dc:date>" not in chart.svg and "Matplotlib" not in chart.svg
        assert len(chart.alt) > 40 and chart.rows
        rows = list(csv.reader(io.StringIO(chart.csv)))
        assert tuple(rows[0]) == chart.header and len(rows) == len(chart.rows) + 1


def test_charts_are_byte_identical_on_rebuild(small):
    documents, entities, events, key_dates = small
    first = draw_charts(documents, events, key_dates, entities)
    second = draw_charts(documents, events, key_dates, entities)
    assert [c.svg for c in first.overview + first.profiles] == [
        c.svg for c in second.overview + second.profiles
    ]
    assert [c.csv for c in first.overview] == [c.csv for c in second.overview]


def test_same_bytes_in_another_process(small):
    """Ids in the SVG come from svg.hashsalt, not from the process: check across two."""
    import hashlib
    import subprocess
    import sys

    from .conftest import PROJECT

    documents, entities, events, key_dates = small
    here = draw_charts(documents, events, key_dates, entities)
    folder = documents[0].path.parent
    script = (
        "import hashlib, sys; from pathlib import Path; from tests.report_fixtures import *;"
        "from generator.publish.charts import draw_charts;"
        f"d = write_documents(Path({str(folder)!r}), {len(documents)}); e = find_entities(d);"
        "v = make_events(d, e); k = sorted({x.date for x in v if x.precision == 'day'})"
        f"[:: max(1, {len(documents)} // 6)];"
        "print(hashlib.sha256(''.join(c.svg for c in draw_charts(d, v, k, e).overview).encode()).hexdigest())"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=PROJECT, capture_output=True, text=True, check=True
    )
    digest = hashlib.sha256("".join(c.svg for c in here.overview).encode()).hexdigest()
    assert result.stdout.strip() == digest


def test_numbers_behind_the_charts(small):
    documents, entities, events, key_dates = small
    charts = draw_charts(documents, events, key_dates, entities)
    activity = charts.get("activity")
    assert activity is not None
    assert sum(int(r[1]) for r in activity.rows) == len(documents)
    top = charts.get("entities")
    assert top is not None
    best = max(entities, key=lambda e: len(e.mentions))
    assert top.rows[0][1] == best.name and top.rows[0][3] == len(best.mentions)
    network = charts.get("network")
    assert network is not None
    pairs = co_occurrences(entities)
    strongest = max(pairs.values())
    assert network.rows[0][2] == strongest
    # Every profile chart counts every mention of its entity.
    for chart in charts.profiles:
        entity = next(e for e in entities if e.id == chart.entity)
        assert sum(int(r[1]) for r in chart.rows) == len(entity.mentions)


def test_without_entities_or_events_only_documents_are_charted(small):
    documents, *_ = small
    charts = draw_charts(documents, [], [], [])
    assert [c.name for c in charts.overview] == ["activity"]
    assert charts.overview[0].header[1:] == ("documents",)
    assert len(charts.missing) == 3 and charts.profiles == ()


def test_nothing_at_all():
    charts = draw_charts([], [], [], [])
    assert charts.overview == () and len(charts.missing) == 4


def test_hostile_names_stay_literal(small):
    documents, entities, events, key_dates = small
    name = "<script>alert(1)</script> $x$ & {{ 7*7 }}"
    hostile = Entity(
        "hostile", name, "person", (), (),
        tuple(Mention(name, documents[0].id, 1, 0, 1) for _ in range(500)),
        (documents[0].id,), documents[0].date, documents[0].date, "people/hostile.md",
    )  # fmt: skip
    charts = draw_charts(documents, events, key_dates, [*entities, hostile])
    top = charts.get("entities")
    assert top is not None
    assert "<script>" not in top.svg
    assert "&lt;script&gt;alert(1)&lt;/script&gt; $x$ &amp; {{…" in top.svg
    assert top.rows[0][1] == name  # the CSV has the full name


def test_large_corpus_is_capped(tmp_path):
    documents, entities, events, key_dates = make_report(tmp_path / "seeds", 400)
    charts = draw_charts(documents, events, key_dates, entities)
    activity = charts.get("activity")
    assert activity is not None and activity.header[0] == "month"
    assert len(activity.rows) <= 13  # one year of documents, by month
    timeline = charts.get("timeline")
    assert timeline is not None and len(timeline.rows) <= TIMELINE_MAX
    top = charts.get("entities")
    assert top is not None and len(top.rows) <= BARS_MAX
    network = charts.get("network")
    assert network is not None and len(network.rows) <= NETWORK_LINKS
    assert len({r[3] for r in network.rows} | {r[4] for r in network.rows}) <= NETWORK_NODES
    for chart in charts.overview:
        assert len(chart.svg) < 60_000, chart.name


def test_bins_pick_the_unit():
    assert Bins.for_dates(["2022-01-03", "2022-02-01"]).unit == "week"
    months = Bins.for_dates(["2021-12-10", "2022-08-16"])
    assert months.unit == "month"
    assert months.keys[0] == "2021-12" and months.keys[-1] == "2022-08" and len(months.keys) == 9
    years = Bins.for_dates(["2010-05-01", "2022-08-16"])
    assert years.unit == "year" and len(years.keys) == 13
    counts, outside = months.count(["2022-01-05", "2022-01", "2022", "2019-03-01"])
    assert counts[1] == 2 and outside == 2


def test_force_layout_is_seeded_and_fills_the_frame():
    nodes = [f"n{i}" for i in range(8)]
    links = [(nodes[i], nodes[(i + 1) % 8], 1.0 + i) for i in range(8)]
    first = force_layout(nodes, links)
    assert first == force_layout(nodes, links)
    xs = [x for x, _ in first.values()]
    ys = [y for _, y in first.values()]
    assert min(xs) == -1 and max(xs) == 1 and min(ys) == -1 and max(ys) == 1
    # No two nodes on top of each other.
    points = sorted(first.values())
    assert all(abs(a[0] - b[0]) + abs(a[1] - b[1]) > 0.05 for a, b in pairwise(points))


def test_svg_has_no_ids_that_change(small):
    documents, entities, events, key_dates = small
    svg = draw_charts(documents, events, key_dates, entities).overview[0].svg
    ids = re.findall(r'id="([^"]+)"', svg)
    assert ids and all(not re.search(r"\d{6,}", i) or i.startswith("p") for i in ids)


def test_profile_chart_macro(small, tmp_path):
    """How a profile page embeds its chart: the macro in templates/_chart.md.j2."""
    import shutil

    from generator.publish.render import Renderer

    from .conftest import PROJECT

    documents, entities, events, key_dates = small
    charts = draw_charts(documents, events, key_dates, entities)
    entity = next(e for e in entities if charts.for_entity(e.id))
    shutil.copy(PROJECT / "templates" / "_chart.md.j2", tmp_path / "_chart.md.j2")
    (tmp_path / "profile.md.j2").write_text(
        '{% from "_chart.md.j2" import chart_figure with context %}'
        "# {{ entity.name }}\n\n{% if chart %}{{ chart_figure(chart) }}{% endif %}\n"
    )
    page = Renderer(tmp_path, {"name": "R"}).render(
        "profile.md.j2", entity.page, entity=entity, chart=charts.for_entity(entity.id)
    )
    assert f"](../charts/mentions/{entity.id}.svg){{ .chart loading=lazy }}" in page
    assert f"](../charts/mentions/{entity.id}.csv)" in page
