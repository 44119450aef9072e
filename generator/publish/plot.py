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
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

from .layout import force_layout, label_sides

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
    parsed = json.loads(data)
    with _style():
        return _svg(_DRAWERS[kind](parsed), parsed["title"])


def draw_figure(kind: str, data: str) -> Any:
    """The matplotlib Figure of one overview chart, drawn once (for tests to measure)."""
    with _style():
        fig = _DRAWERS[kind](json.loads(data))
        _canvas(fig).draw()
        return fig


@contextmanager
def _style() -> Iterator[None]:
    import matplotlib

    matplotlib.use("Agg")
    # Text properties are read when each artist is made, so everything is drawn inside.
    # matplotlib's own defaults first: a matplotlibrc file on the machine is not an
    # input of the chart (nor of its cache key).
    with matplotlib.rc_context():
        matplotlib.rcdefaults()
        matplotlib.rcParams.update(_RC)
        yield


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
def _activity(data: dict[str, Any]) -> Any:
    """Documents and events per bin on two panels, each on its own scale (five documents
    a week and sixty events must both read), over one date axis."""
    title, unit = data["title"], data["unit"]
    documents, events = data["documents"], data["events"]
    starts = [_date(first) for first, _ in data["bins"]]
    widths = [(_date(after) - _date(first)).days * 0.8 for first, after in data["bins"]]
    panels = [("documents", documents, DOCUMENT_COLOUR)]
    if events is not None:
        panels.append(("events", events, EVENT_COLOUR))
    fig = _new_figure(1.0 + 1.35 * len(panels))
    axes = fig.subplots(len(panels), 1, sharex=True, squeeze=False)[:, 0]
    for ax, (name, counts, colour) in zip(axes, panels, strict=True):
        ax.bar(starts, counts, widths, align="edge", color=colour)
        ax.set_ylabel(f"{name} per {unit}", fontsize=8)
        ax.yaxis.get_major_locator().set_params(integer=True)
        ax.set_ylim(0, max(1, max(counts)) * 1.08)
        ax.grid(axis="y", color=GRID, linewidth=0.4, alpha=0.5)
        ax.set_axisbelow(True)
    pad = dt.timedelta(days=max(1, (_date(data["bins"][-1][1]) - starts[0]).days // 40))
    axes[-1].set_xlim(starts[0] - pad, _date(data["bins"][-1][1]) + pad)
    _date_axis(axes[-1])
    _title(fig, title)
    return fig


def _timeline(data: dict[str, Any]) -> Any:
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
    _date_axis(ax, most=4)  # the labels take half the width
    _title(fig, title)
    return fig


def _bars(data: dict[str, Any]) -> Any:
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
    return fig


def _network(data: dict[str, Any]) -> Any:
    """Nodes coloured by type (with a legend), sized by their links; labels where they
    fit (strongest nodes first, then the links' numbers): none overlaps another label or
    a node, and a node whose label fits nowhere is left unlabelled (the CSV names it)."""
    title = data["title"]
    nodes = data["nodes"]  # [id, label, colour, strength], strongest first
    links = data["links"]  # [id, id, weight, labelled]
    positions = force_layout([n[0] for n in nodes], [(a, b, float(w)) for a, b, w, _ in links])
    fig = _new_figure(5.2)
    ax = fig.add_subplot()
    heaviest = max(w for _, _, w, _ in links)
    for a, b, w, _ in reversed(links):  # strongest drawn last, on top
        (x1, y1), (x2, y2) = positions[a], positions[b]
        ax.plot([x1, x2], [y1, y2], "-", color=GRID, linewidth=0.6 + 3.4 * w / heaviest)
    strongest = nodes[0][3]
    sizes = {}
    for node, _, colour, strength in nodes:
        sizes[node] = 40 + 260 * strength / strongest
        x, y = positions[node]
        ax.scatter(
            [x], [y], s=sizes[node], color=colour, zorder=3, edgecolors="white", linewidths=0.8
        )
    ax.set_xlim(-1.6, 1.6)
    ax.set_ylim(-1.15, 1.15)
    ax.axis("off")
    legend = data["legend"]  # [type, colour]
    fig.legend(
        [_dot(colour) for _, colour in legend],
        [kind for kind, _ in legend],
        frameon=False,
        loc="outside lower center",
        ncols=len(legend),
    )
    _title(fig, title)
    # Fix the layout, then place labels against the final geometry.
    _canvas(fig).draw()
    fig.set_layout_engine("none")
    _place_labels(fig, ax, nodes, links, positions, sizes)
    return fig


def _place_labels(
    fig: Any,
    ax: Any,
    nodes: list[Any],
    links: list[Any],
    positions: dict[str, tuple[float, float]],
    sizes: dict[str, float],
) -> None:
    renderer = _canvas(fig).get_renderer()
    frame = ax.get_window_extent(renderer)
    taken = []  # display boxes: the nodes, then each label placed
    for node, size in sizes.items():
        cx, cy = ax.transData.transform(positions[node])
        r = renderer.points_to_pixels(math.sqrt(size) / 2 + 0.8)
        taken.append((cx - r, cy - r, cx + r, cy + r))

    def fits(text: Any) -> bool:
        box = text.get_window_extent(renderer).padded(2)
        inside = (
            frame.x0 <= box.x0 and box.x1 <= frame.x1 and frame.y0 <= box.y0 and box.y1 <= frame.y1
        )
        if inside and not any(_overlap(box.extents, other) for other in taken):
            taken.append(tuple(box.extents))
            return True
        text.remove()
        return False

    for node, label, _, _ in nodes:
        x, y = positions[node]
        gap = 4 + math.sqrt(sizes[node]) / 2  # points from the node's centre
        for side in label_sides(node, positions):
            dx, dy, ha, va = _SIDES[side]
            text = ax.annotate(
                label, (x, y), xytext=(dx * gap, dy * gap), textcoords="offset points",
                fontsize=8.5, ha=ha, va=va, zorder=4,
            )  # fmt: skip
            if fits(text):
                break
    for a, b, w, labelled in links:
        if labelled:
            (x1, y1), (x2, y2) = positions[a], positions[b]
            text = ax.text(
                (x1 + x2) / 2, (y1 + y2) / 2, str(w), fontsize=7, ha="center", va="center",
                zorder=4,
                bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8},
            )  # fmt: skip
            fits(text)


# side -> (x, y direction of the offset, horizontal and vertical alignment)
_SIDES = {
    "right": (1, 0, "left", "center"),
    "left": (-1, 0, "right", "center"),
    "above": (0, 1, "center", "bottom"),
    "below": (0, -1, "center", "top"),
}


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


_DRAWERS: dict[str, Callable[[dict[str, Any]], str]] = {
    "activity": _activity,
    "timeline": _timeline,
    "bars": _bars,
    "network": _network,
}


# --- matplotlib plumbing ---------------------------------------------------------------
def _figure(height: float, width: float = WIDTH) -> tuple[Any, Any]:
    fig = _new_figure(height, width)
    return fig, fig.add_subplot()


def _new_figure(height: float, width: float = WIDTH) -> Any:
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), layout="constrained")


def _canvas(fig: Any) -> Any:
    """The figure's Agg canvas (made on first use): what measures text."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    return fig.canvas if isinstance(fig.canvas, FigureCanvasAgg) else FigureCanvasAgg(fig)


def _svg(fig: Any, title: str) -> str:
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", metadata={**_METADATA, "Title": title})
    return buffer.getvalue()


def _title(fig: Any, title: str, size: float = 11) -> None:
    fig.suptitle(title, x=0.01, ha="left", fontsize=size, fontweight="bold", color=TEXT)


def _patch(colour: str) -> Any:
    from matplotlib.patches import Patch

    return Patch(color=colour)


def _dot(colour: str) -> Any:
    from matplotlib.lines import Line2D

    return Line2D([], [], marker="o", linestyle="", markersize=8, color=colour)


def _date_axis(ax: Any, most: int = 8) -> None:
    """Date ticks that read: at most `most` of them (fewer on a narrow axis)."""
    import matplotlib.dates as mdates

    locator = mdates.AutoDateLocator(minticks=2, maxticks=most)
    # Day ticks name their month ("15 Dec", not "15 · Dec · 15"); a month tick in
    # January shows the year; the year of day and month ticks is written at the end.
    formatter = mdates.ConciseDateFormatter(
        locator,
        formats=["%Y", "%b", "%d %b", "%H:%M", "%H:%M", "%S.%f"],
        zero_formats=["", "%Y", "%d %b", "%d %b", "%H:%M", "%H:%M"],
        offset_formats=["", "%Y", "%Y", "%Y", "%d %b %Y", "%d %b %Y"],
    )
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(formatter)


def _date(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


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
