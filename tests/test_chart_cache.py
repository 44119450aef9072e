"""The chart cache: reused SVGs are byte-identical, and only changed charts are redrawn."""

import hashlib
import sqlite3
import subprocess
import sys
from dataclasses import replace

import pytest

from generator import pipeline
from generator.model import Mention
from generator.publish import chart_cache, charts, plot
from generator.publish.charts import draw_charts

from .conftest import PROJECT
from .report_fixtures import make_report


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    documents, entities, events, key_dates = make_report(
        tmp_path_factory.mktemp("small") / "seeds", 12
    )
    return documents, events, key_dates, entities


@pytest.fixture(scope="module")
def uncached(small):
    return draw_charts(*small)


@pytest.fixture
def drawn(monkeypatch):
    """The kinds of the charts drawn with matplotlib, in order."""
    kinds: list[str] = []
    real = plot.draw_svg

    def spy(kind, data):
        kinds.append(kind)
        return real(kind, data)

    monkeypatch.setattr(plot, "draw_svg", spy)
    return kinds


def _stored_keys(folder):
    with sqlite3.connect(folder / chart_cache.FILE_NAME) as db:
        return {key for (key,) in db.execute("SELECT key FROM charts")}


def test_cached_charts_equal_uncached_ones_byte_for_byte(small, uncached, tmp_path, drawn):
    cache = tmp_path / "cache"
    first = draw_charts(*small, cache=cache)
    assert drawn == ["activity", "timeline", "bars", "network"]
    assert (cache / chart_cache.FILE_NAME).is_file()
    second = draw_charts(*small, cache=cache)
    assert drawn == ["activity", "timeline", "bars", "network"]  # nothing more drawn
    assert first == uncached and second == uncached  # svg, rows, alt, note, profiles
    assert [c.svg for c in second.overview] == [c.svg for c in uncached.overview]
    assert [c.csv for c in second.overview] == [c.csv for c in uncached.overview]


def test_a_changed_timeline_label_redraws_only_the_timeline(small, tmp_path, drawn):
    documents, events, key_dates, entities = small
    cache = tmp_path / "cache"
    draw_charts(*small, cache=cache)
    drawn.clear()
    shown = charts.key_events(events, key_dates)[0]
    changed = [replace(e, summary="A different summary") if e == shown else e for e in events]
    result = draw_charts(documents, changed, key_dates, entities, cache=cache)
    assert drawn == ["timeline"]
    assert result == draw_charts(documents, changed, key_dates, entities)
    timeline = result.get("timeline")
    assert timeline is not None and "A different summary" in timeline.svg


def test_one_more_mention_redraws_only_the_bars(small, uncached, tmp_path, drawn):
    documents, events, key_dates, entities = small
    cache = tmp_path / "cache"
    draw_charts(*small, cache=cache)
    drawn.clear()
    top = max(entities, key=lambda e: len(e.mentions))
    # Alone in its sentence: no new co-occurrence, so the network keeps its picture.
    alone = Mention(top.name, documents[0].id, 999, 0, len(top.name))
    changed = [replace(e, mentions=(*e.mentions, alone)) if e is top else e for e in entities]
    result = draw_charts(documents, events, key_dates, changed, cache=cache)
    assert drawn == ["bars"]
    assert result == draw_charts(documents, events, key_dates, changed)
    assert result.get("network") == uncached.get("network")
    bars = result.get("entities")
    assert bars is not None and bars.rows[0][3] == len(top.mentions) + 1


def test_another_drawing_version_redraws_everything(small, uncached, tmp_path, drawn, monkeypatch):
    cache = tmp_path / "cache"
    draw_charts(*small, cache=cache)
    drawn.clear()
    monkeypatch.setattr(plot, "drawing_version", lambda: "plot.py edited")
    assert draw_charts(*small, cache=cache) == uncached
    assert drawn == ["activity", "timeline", "bars", "network"]


def test_the_drawing_version_covers_the_code_and_the_libraries(monkeypatch):
    version = plot.drawing_version.__wrapped__
    assert version() == plot.drawing_version()
    assert len(version()) == 64
    monkeypatch.setattr(plot, "_release", lambda module, distribution: "another release")
    assert version() != plot.drawing_version()


def test_only_the_entries_of_the_last_build_are_kept(small, tmp_path):
    documents, events, key_dates, entities = small
    cache = tmp_path / "cache"
    draw_charts(*small, cache=cache)
    before = _stored_keys(cache)
    assert len(before) == 4
    draw_charts(documents, events[:-3], key_dates, entities, cache=cache)
    after = _stored_keys(cache)
    assert len(after) == 4 and after != before
    assert before & after  # the unchanged charts stayed
    draw_charts(documents, [], [], [], cache=cache)
    assert len(_stored_keys(cache)) == 1  # only the activity chart is left
    assert draw_charts([], [], [], [], cache=cache).overview == ()
    assert _stored_keys(cache) == set()


def test_a_damaged_entry_is_redrawn_and_repaired(small, uncached, tmp_path, drawn):
    cache = tmp_path / "cache"
    draw_charts(*small, cache=cache)
    with sqlite3.connect(cache / chart_cache.FILE_NAME) as db:
        key = db.execute("SELECT key FROM charts ORDER BY key LIMIT 1").fetchone()[0]
        db.execute("UPDATE charts SET svg = substr(svg, 1, 100) WHERE key = ?", (key,))
    drawn.clear()
    assert draw_charts(*small, cache=cache) == uncached
    assert len(drawn) == 1
    drawn.clear()
    assert draw_charts(*small, cache=cache) == uncached
    assert drawn == []


@pytest.mark.parametrize("damage", [b"this is not a database" * 100, b""])
def test_a_damaged_cache_file_is_replaced(small, uncached, tmp_path, drawn, damage):
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / chart_cache.FILE_NAME).write_bytes(damage)
    assert draw_charts(*small, cache=cache) == uncached
    assert len(drawn) == 4
    drawn.clear()
    assert draw_charts(*small, cache=cache) == uncached
    assert drawn == []


def test_an_unusable_cache_folder_only_means_drawing(small, uncached, tmp_path, drawn):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert draw_charts(*small, cache=blocker / "cache") == uncached
    assert len(drawn) == 4
    unreadable = tmp_path / "cache"
    (unreadable / chart_cache.FILE_NAME).mkdir(parents=True)  # a folder where the file goes
    assert draw_charts(*small, cache=unreadable) == uncached


def test_matplotlib_settings_of_the_process_change_nothing(small, uncached):
    import matplotlib

    with matplotlib.rc_context({"lines.linewidth": 7, "font.size": 20, "axes.grid": True}):
        assert draw_charts(*small) == uncached


def test_all_cached_means_matplotlib_is_not_imported(small, uncached, tmp_path):
    """A second process finds every SVG under the same keys, without loading matplotlib."""
    documents, *_ = small
    cache = tmp_path / "cache"
    draw_charts(*small, cache=cache)
    folder = documents[0].path.parent
    script = (
        "import hashlib, sys; from pathlib import Path; from tests.report_fixtures import *;"
        "from generator.publish.charts import draw_charts;"
        f"d = write_documents(Path({str(folder)!r}), {len(documents)}); e = find_entities(d);"
        "v = make_events(d, e); k = sorted({x.date for x in v if x.precision == 'day'})"
        f"[:: max(1, {len(documents)} // 6)];"
        f"c = draw_charts(d, v, k, e, cache=Path({str(cache)!r}));"
        "assert 'matplotlib' not in sys.modules, 'matplotlib imported';"
        "print(hashlib.sha256(''.join(x.svg for x in c.overview).encode()).hexdigest())"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=PROJECT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    digest = hashlib.sha256("".join(c.svg for c in uncached.overview).encode()).hexdigest()
    assert result.stdout.strip() == digest


def test_a_build_from_the_caches_writes_the_same_chart_files(make_seeds, tmp_path, drawn):
    seeds = make_seeds(
        {
            "a.txt": "date 2022-01-03 Joe Biden met Emmanuel Macron in Paris on Monday. "
            "Joe Biden and Emmanuel Macron spoke of Ukraine.",
            "b.txt": "date 2022-03-08 Emmanuel Macron called Joe Biden on Tuesday. "
            "Joe Biden thanked Emmanuel Macron. Olaf Scholz joined Joe Biden in Berlin.",
        }
    )
    cache = tmp_path / "cache"

    def chart_files(name, cache):
        out = tmp_path / name
        pipeline.run(seeds, out, pipeline.Options(cache=cache, jobs=1))
        return {
            p.relative_to(out).as_posix(): p.read_bytes()
            for p in sorted((out / "charts").rglob("*"))
            if p.is_file()
        }

    cold = chart_files("cold", None)
    assert any(name.endswith(".svg") for name in cold)
    first = chart_files("first", cache)
    drawn_first = len(drawn)
    assert drawn_first > 0 and (cache / chart_cache.FILE_NAME).is_file()
    again = chart_files("again", cache)
    assert len(drawn) == drawn_first  # nothing redrawn
    assert first == cold and again == cold
