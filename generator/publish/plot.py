"""Chart data -> SVG with matplotlib: the drawing half of the charts stage.

charts.py computes what each overview chart shows (labels, numbers, colours) as plain
JSON; `draw_svg` turns that JSON into an SVG. A drawing function reads nothing but
its JSON, the constants and code of this module and layout.py, and matplotlib (with
its bundled DejaVu fonts, which matplotlib's font lookup prefers to system copies),
numpy, kiwisolver and dateutil: `drawing_version` digests exactly these, so (kind,
JSON, drawing_version) is a complete cache key for the SVG (see chart_cache.py).

matplotlib is imported only inside the functions here: a build whose charts are all
in the cache never pays for it (~0.5 s).

Every chart is a vector SVG whose text stays text (`svg.fonttype: none`, DejaVu Sans,
which both browsers and WeasyPrint find on this machine), with a transparent background
and mid-tone colours, so the same file serves the light and the dark theme (the site's
CSS inverts chart images in the dark scheme) and the PDF. Output is byte-identical for
the same input: a fixed `svg.hashsalt`, no date or creator in the metadata, matplotlib's
own defaults under our settings (a matplotlibrc on the machine changes nothing), and a
seeded layout for the network.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
import io
import json
import math
import re
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from .layout import force_layout, label_side

WIDTH = 7.2  # inches; the PDF's text column is about 6.3 in, the site's wider
TEXT = "#555555"  # mid-dark grey: readable on white, and inverted on the dark theme
GRID = "#9a9a9a"
DOCUMENT_COLOUR = "#5b8fd0"
EVENT_COLOUR = "#d9822b"

_RC: Any = {  # Any: matplotlib types the keys as a Literal union
    "svg.fonttype": "none",
    "svg.hashsalt": "story-report",
    # Written into the SVG as font-family: 'DejaVu Sans', sans-serif: a reader without
    # DejaVu gets its own sans-serif rather than the browser's default serif.
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans"],
    "font.size": 9,
    "text.parse_math": False,  # a "$" in a name is a dollar, not mathtext
    "text.color": TEXT,
    "axes.labelcolor": TEXT,
    "axes.edgecolor": GRID,
    "axes.titlecolor": TEXT,
    "axes.titlesize": 11,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "xtick.color": TEXT,
    "ytick.color": TEXT,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "figure.facecolor": "none",
    "axes.facecolor": "none",
    "savefig.transparent": True,
    "path.simplify": True,
}
_METADATA = {"Date": None, "Creator": None, "Format": None, "Type": None}


def draw_svg(kind: str, data: str) -> str:
    """The SVG of one overview chart from its JSON `data` (made by charts.py)."""
    import matplotlib

    matplotlib.use("Agg")
    # Text properties are read when each artist is made, so everything is drawn inside.
    # matplotlib's own defaults first: a matplotlibrc file on the machine is not an
    # input of the chart (nor of its cache key).
    with matplotlib.rc_context():
        matplotlib.rcdefaults()
        matplotlib.rcParams.update(_RC)
        return _DRAWERS[kind](json.loads(data))


# What else the SVG depends on: constrained layout solves with kiwisolver, date ticks
# come from dateutil's rules, the network layout runs on numpy.
_LIBRARIES = {
    "matplotlib": "matplotlib",
    "numpy": "numpy",
    "kiwisolver": "kiwisolver",
    "dateutil": "python-dateutil",
}


@cache
def drawing_version() -> str:
    """A digest of everything but the data that an SVG depends on: this module's and
    layout.py's source, Python's and the drawing libraries' releases (not imported)."""
    digest = hashlib.sha256()
    here = Path(__file__).resolve().parent
    for path in (here / "plot.py", here / "layout.py"):
        digest.update(path.read_bytes())
        digest.update(b"\0")
    digest.update(f"python={sys.version_info[0]}.{sys.version_info[1]}\0".encode())
    for module, distribution in _LIBRARIES.items():
        digest.update(f"{module}={_release(module, distribution)}\0".encode())
    return digest.hexdigest()


def _release(module: str, distribution: str) -> str:
    """The installed release of a package, from its .dist-info folder's name.

    A directory listing costs about a millisecond; importlib.metadata, ~35 ms.
    """
    spec = importlib.util.find_spec(module)
    if spec is not None and spec.origin:
        stem = re.sub(r"[-_.]+", "_", distribution)
        found = sorted(p.name for p in Path(spec.origin).parent.parent.glob(f"{stem}-*.dist-info"))
        if found:
            return ",".join(found)
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(distribution)
    except PackageNotFoundError:
        return "absent"


# --- The charts ------------------------------------------------------------------------
def _activity(data: dict[str, Any]) -> str:
    title, labels = data["title"], data["labels"]
    documents, events = data["documents"], data["events"]
    fig, ax = _figure(2.6)
    xs = list(range(len(labels)))
    width = 0.42 if events is not None else 0.8
    shift = width / 2 if events is not None else 0.0
    ax.bar([x - shift for x in xs], documents, width, color=DOCUMENT_COLOUR, label="documents")
    if events is not None:
        ax.bar([x + shift for x in xs], events, width, color=EVENT_COLOUR, label="events")
        fig.legend(frameon=False, loc="outside upper right", ncols=2)
    step = max(1, math.ceil(len(labels) / 12))
    ax.set_xticks(xs[::step], labels[::step], rotation=0 if len(labels) <= 6 else 30, ha="right")
    if len(labels) <= 6:
        ax.set_xticks(xs, labels, rotation=0, ha="center")
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.grid(axis="y", color=GRID, linewidth=0.4, alpha=0.5)
    ax.set_axisbelow(True)
    _title(fig, title)
    return _svg(fig, title)


def _timeline(data: dict[str, Any]) -> str:
    title, shown = data["title"], data["events"]  # [date, precision, future, label]
    n = len(shown)
    fig, ax = _figure(0.9 + 0.32 * n)
    for row, (date, precision, future, _) in enumerate(shown):
        start, end = _span(date)
        colour = EVENT_COLOUR if future else DOCUMENT_COLOUR
        if precision == "day":
            ax.plot([start], [row], "o", color=colour, markersize=6)
        else:
            ax.plot([start, end], [row, row], "-", color=colour, linewidth=5, alpha=0.8)
            ax.plot([start, end], [row, row], "|", color=colour, markersize=8)
    ax.set_yticks(range(n), [label for *_, label in shown])
    ax.set_ylim(n - 0.5, -0.5)
    ax.tick_params(axis="y", length=0)
    ax.spines["left"].set_visible(False)
    ax.grid(axis="x", color=GRID, linewidth=0.4, alpha=0.5)
    first, last = _span(shown[0][0])[0], max(_span(e[0])[1] for e in shown)
    pad = max(dt.timedelta(days=15), (last - first) * 0.04)
    ax.set_xlim(first - pad, last + pad)
    _date_axis(ax)
    _title(fig, title)
    return _svg(fig, title)


def _bars(data: dict[str, Any]) -> str:
    title, labels, counts = data["title"], data["labels"], data["counts"]
    n = len(labels)
    fig, ax = _figure(0.8 + 0.26 * n)
    ax.barh(range(n), counts, 0.7, color=data["colours"])
    ax.set_yticks(range(n), labels)
    ax.set_ylim(n - 0.5, -0.5)
    ax.tick_params(axis="y", length=0)
    for row, count in enumerate(counts):
        ax.text(count, row, f" {count}", va="center", fontsize=8)
    ax.set_xlim(0, max(counts) * 1.12)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_xlabel("mentions")
    legend = data["legend"]  # [name, colour]
    ax.legend(
        [_patch(colour) for _, colour in legend],
        [name for name, _ in legend],
        frameon=False,
        loc="lower right",
    )
    _title(fig, title)
    return _svg(fig, title)


def _network(data: dict[str, Any]) -> str:
    title = data["title"]
    nodes = data["nodes"]  # [id, label, colour, strength], strongest first
    links = data["links"]  # [id, id, weight, labelled]
    positions = force_layout([n[0] for n in nodes], [(a, b, float(w)) for a, b, w, _ in links])
    fig, ax = _figure(5.2)
    heaviest = max(w for _, _, w, _ in links)
    for a, b, w, labelled in reversed(links):  # strongest drawn last, on top
        (x1, y1), (x2, y2) = positions[a], positions[b]
        ax.plot([x1, x2], [y1, y2], "-", color=GRID, linewidth=0.6 + 3.4 * w / heaviest)
        if labelled:
            ax.text(
                (x1 + x2) / 2, (y1 + y2) / 2, str(w), fontsize=7, ha="center", va="center",
                bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8},
            )  # fmt: skip
    strongest = nodes[0][3]
    for node, label, colour, strength in nodes:
        x, y = positions[node]
        size = 40 + 260 * strength / strongest
        ax.scatter([x], [y], s=size, color=colour, zorder=3, edgecolors="white", linewidths=0.8)
        side = label_side(node, positions)
        dx, dy = {"right": (0.06, 0), "left": (-0.06, 0), "above": (0, 0.07)}[side]
        ax.text(
            x + dx, y + dy, label, fontsize=8.5, zorder=4,
            ha={"right": "left", "left": "right", "above": "center"}[side],
            va="bottom" if side == "above" else "center",
        )  # fmt: skip
    ax.set_xlim(-1.6, 1.6)
    ax.set_ylim(-1.1, 1.1)
    ax.axis("off")
    _title(fig, title)
    return _svg(fig, title)


_DRAWERS: dict[str, Callable[[dict[str, Any]], str]] = {
    "activity": _activity,
    "timeline": _timeline,
    "bars": _bars,
    "network": _network,
}


# --- matplotlib plumbing ---------------------------------------------------------------
def _figure(height: float, width: float = WIDTH) -> tuple[Any, Any]:
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), layout="constrained")
    return fig, fig.add_subplot()


def _svg(fig: Any, title: str) -> str:
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", metadata={**_METADATA, "Title": title})
    return buffer.getvalue()


def _title(fig: Any, title: str, size: float = 11) -> None:
    fig.suptitle(title, x=0.01, ha="left", fontsize=size, fontweight="bold", color=TEXT)


def _patch(colour: str) -> Any:
    from matplotlib.patches import Patch

    return Patch(color=colour)


def _date_axis(ax: Any) -> None:
    import matplotlib.dates as mdates

    locator = mdates.AutoDateLocator(minticks=2, maxticks=5)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator, show_offset=False))


def _span(date: str) -> tuple[dt.date, dt.date]:
    """First and last day of a partial date."""
    parts = [int(p) for p in date.split("-")]
    if len(parts) == 3:
        day = dt.date(*parts)
        return day, day
    if len(parts) == 2:
        first = dt.date(parts[0], parts[1], 1)
        nxt = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return first, nxt - dt.timedelta(days=1)
    return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
