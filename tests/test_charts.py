import csv
import io
import re
import xml.etree.ElementTree as ET
from itertools import combinations, pairwise

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
    sparkline_svg,
)
from generator.publish.layout import force_layout
from generator.publish.plot import draw_figure

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
    types = {e.id: e.type for e in entities}
    pairs = co_occurrences(entities)
    strongest = max(w for p, w in pairs.items() if "place" not in {types[p[0]], types[p[1]]})
    assert network.rows[0][2] == strongest  # between people and organizations
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
    assert activity is not None and activity.header[0] == "week"
    assert len(activity.rows) <= 53  # one year of documents, by week
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
    twenty_days = Bins.for_dates(["2022-01-03", "2022-01-22"])
    assert twenty_days.unit == "day" and len(twenty_days.keys) == 20
    assert twenty_days.span("2022-01-31") == ("2022-01-31", "2022-02-01")
    assert Bins.for_dates(["2022-01-03", "2022-03-05"]).unit == "day"  # 61 days
    weeks = Bins.for_dates(["2022-01-03", "2022-03-15"])
    assert weeks.unit == "week" and weeks.keys[0] == "2022-01-03" and len(weeks.keys) == 11
    assert Bins.for_dates(["2021-12-10", "2022-11-16"]).unit == "week"
    months = Bins.for_dates(["2021-12-10", "2023-08-16"])
    assert months.unit == "month"
    assert months.keys[0] == "2021-12" and months.keys[-1] == "2023-08" and len(months.keys) == 21
    assert months.span("2022-12") == ("2022-12-01", "2023-01-01")
    years = Bins.for_dates(["2010-05-01", "2022-08-16"])
    assert years.unit == "year" and len(years.keys) == 13
    counts, outside = months.count(["2022-01-05", "2022-01", "2022", "2019-03-01"])
    assert counts[1] == 2 and outside == 2
    days, outside = twenty_days.count(["2022-01-05", "2022-01", "2022-01-05"])
    assert days[2] == 2 and outside == 1


def test_a_short_story_gets_daily_bars(small):
    documents, entities, events, key_dates = small  # 12 documents over 34 days
    activity = draw_charts(documents, events, key_dates, entities).get("activity")
    assert activity is not None and activity.header[0] == "day" and len(activity.rows) == 34
    assert activity.title == "Documents and events per day"


def _activity_data(documents: list[int], events: list[int]) -> str:
    import datetime as dt
    import json

    first = dt.date(2021, 12, 1)
    bins = [
        [(first + dt.timedelta(days=i)).isoformat(), (first + dt.timedelta(days=i + 1)).isoformat()]
        for i in range(len(documents))
    ]
    data = {"title": "Documents and events per day", "unit": "day", "bins": bins}
    return json.dumps(data | {"documents": documents, "events": events})


def test_documents_and_events_on_their_own_scales():
    documents = [1, 0, 2, 5, 1, 0, 0, 3, 1, 1, 0, 2, 4, 1, 0, 0, 1, 2, 1, 1]
    events = [3, 0, 9, 67, 12, 0, 0, 30, 5, 2, 0, 14, 40, 3, 0, 0, 8, 11, 2, 6]
    fig = draw_figure("activity", _activity_data(documents, events))
    top, bottom = fig.axes
    assert top.get_ylabel() == "documents per day" and bottom.get_ylabel() == "events per day"
    assert 5 <= top.get_ylim()[1] < 7 and 67 <= bottom.get_ylim()[1] < 80
    assert [len(ax.patches) for ax in fig.axes] == [20, 20]  # a bar a day
    _assert_date_ticks_read(bottom)


def _assert_date_ticks_read(ax):
    """Tick labels that say what they mark: none repeated, none overlapping, a day tick
    with its month ("15 Dec", never "15 · Dec · 15")."""
    renderer = ax.figure.canvas.get_renderer()
    labels = [t for t in ax.get_xticklabels() if t.get_text()]
    texts = [t.get_text() for t in labels]
    assert len(texts) >= 2 and len(set(texts)) == len(texts), texts
    months = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
    for text in texts:
        assert not text.isdigit() or len(text) == 4, texts  # a bare number is a year
        assert text.isdigit() or any(m in text for m in months), texts
    boxes = [t.get_window_extent(renderer) for t in labels]
    assert not any(a.overlaps(b) for a, b in combinations(boxes, 2)), texts


@pytest.mark.parametrize("days", [1, 2, 5])
def test_a_story_of_a_few_days_has_day_ticks(days):
    fig = draw_figure("activity", _activity_data([1] * days, [2] * days))
    _assert_date_ticks_read(fig.axes[-1])
    assert not any(":" in t.get_text() for t in fig.axes[-1].get_xticklabels())  # no hours


@pytest.mark.parametrize("days", [20, 45, 200, 900])
def test_timeline_date_ticks_are_readable(days):
    import datetime as dt
    import json

    first = dt.date(2021, 11, 21)
    shown = [
        [(first + dt.timedelta(days=days * i // 5)).isoformat(), "day", False, f"Event {i}"]
        for i in range(6)
    ]
    fig = draw_figure("timeline", json.dumps({"title": "Key events", "events": shown}))
    _assert_date_ticks_read(fig.axes[0])


def _crowded_network() -> str:
    import json

    names = [f"{first} {last}" for first in ("Roger", "James", "Juan", "Nicolás") for last in
             ("Carstens", "Story", "Gonzalez", "Maduro Moros", "Rodríguez")]  # fmt: skip
    colours = ["#3b7dc4", "#d9822b"]
    nodes = [[f"n{i}", name, colours[i % 2], 40 - i] for i, name in enumerate(names)]
    links = [[f"n{i}", f"n{j}", 1 + (i * j) % 7, True] for i, j in combinations(range(20), 2)]
    links = sorted(links, key=lambda link: -link[2])[:30]
    legend = [["person", colours[0]], ["organization", colours[1]]]
    return json.dumps({"title": "Who appears with whom", "nodes": nodes, "links": links,
                       "legend": legend})  # fmt: skip


def test_network_labels_do_not_overlap_and_it_has_a_legend():
    fig = draw_figure("network", _crowded_network())
    (ax,) = fig.axes
    renderer = fig.canvas.get_renderer()
    labels = [t for t in ax.texts if t.get_visible() and t.figure is not None]
    names = [t.get_text() for t in labels if not t.get_text().isdigit()]
    assert len(names) >= 8  # the strongest nodes at least are named
    assert names[0] == "Roger Carstens"  # strongest first
    boxes = [t.get_window_extent(renderer) for t in labels]
    assert not any(a.overlaps(b) for a, b in combinations(boxes, 2))
    frame = ax.get_window_extent(renderer)
    assert all(frame.x0 <= b.x0 and b.x1 <= frame.x1 for b in boxes)
    (legend,) = fig.legends
    assert [t.get_text() for t in legend.get_texts()] == ["person", "organization"]


def test_network_leaves_places_out(small):
    documents, entities, events, key_dates = small
    network = draw_charts(documents, events, key_dates, entities).get("network")
    assert network is not None
    types = {e.id: e.type for e in entities}
    shown = {r[3] for r in network.rows} | {r[4] for r in network.rows}
    assert {types[i] for i in shown} == {"person", "organization"}
    assert any(e.type == "place" for e in entities) and "Places" in network.note
    assert ">person</text>" in network.svg and ">organization</text>" in network.svg  # legend
    assert ">place</text>" not in network.svg


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


def test_a_profile_charts_date_labels_stay_inside_the_image():
    # The last date was centred under the last bar and ran past the right edge ("26 Dec 20").
    svg = sparkline_svg(
        "Mentions of Ada Quint per week",
        [1, 0, 3, 2] * 13 + [1],
        "27 Dec 2021",
        "26 Dec 2022",
        "#000",
    )
    root = ET.fromstring(svg)
    width = float(root.get("viewBox").split()[2])
    for text in root.iter("{http://www.w3.org/2000/svg}text"):
        size = float(text.get("font-size") or 7.5)
        wide = len(text.text) * 0.62 * size  # DejaVu Sans: about 0.6 em a character
        x = float(text.get("x"))
        anchor = text.get("text-anchor") or "start"
        start = {"start": x, "middle": x - wide / 2, "end": x - wide}[anchor]
        assert start >= 0 and start + wide <= width, text.text
