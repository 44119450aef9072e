"""Node positions for the network chart: a small seeded force layout, no networkx.

Deterministic: the same nodes and links in the same order give the same positions,
rounded to 3 decimals, so the SVG does not change with the last bits of arithmetic.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

SEED = 20221216  # any fixed number


def label_sides(node: str, positions: dict[str, tuple[float, float]]) -> list[str]:
    """Where to try a node's label, best first: the side label_side picks, then the
    others (plot.py keeps the first where the label overlaps nothing)."""
    first = label_side(node, positions)
    return [first, *(s for s in ("right", "left", "above", "below") if s != first)]


def label_side(node: str, positions: dict[str, tuple[float, float]]) -> str:
    """Right of the node, or left, or above: wherever no neighbour's label sits."""
    x, y = positions[node]
    near = [
        (ox - x) for other, (ox, oy) in positions.items() if other != node and abs(oy - y) < 0.12
    ]
    crowded_right = any(0 < dx < 0.9 for dx in near)
    crowded_left = any(-0.9 < dx <= 0 for dx in near)
    if crowded_right and crowded_left:
        return "above"
    if crowded_right or (not crowded_left and x < 0):
        return "left"
    return "right"


def force_layout(
    nodes: Sequence[str], links: Sequence[tuple[str, str, float]], iterations: int = 400
) -> dict[str, tuple[float, float]]:
    """Fruchterman-Reingold from a circle, seeded: the same graph gives the same picture.

    Link strength pulls with the square root of the weight (one pair named together 50
    times must not swallow its neighbours), gravity keeps separate groups on the page,
    and a last pass pushes apart nodes that would overlap. Positions are scaled into
    [-1, 1] on each axis and rounded, so the SVG does not depend on the last bits of
    floating-point arithmetic.
    """
    import numpy as np

    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    index = {node: i for i, node in enumerate(nodes)}
    rng = np.random.default_rng(SEED)
    angles = np.linspace(0, 2 * np.pi, n, endpoint=False)
    pos = np.column_stack([np.cos(angles), np.sin(angles)]) + rng.normal(0, 0.01, (n, 2))
    weights = np.zeros((n, n))
    for a, b, w in links:
        weights[index[a], index[b]] = weights[index[b], index[a]] = w
    linked = weights > 0
    weights[linked] = 0.35 + 0.65 * np.sqrt(weights[linked] / weights.max())
    k = 2.0 / math.sqrt(n)
    temperature = 0.3
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        distance = np.maximum(np.linalg.norm(delta, axis=-1), 0.01)
        force = (k * k / distance**2) - (weights * distance / k)
        np.fill_diagonal(force, 0)
        move = (delta * force[:, :, None]).sum(axis=1) - pos * 0.6  # gravity
        length = np.maximum(np.linalg.norm(move, axis=-1), 1e-9)
        pos += move / length[:, None] * np.minimum(length, temperature)[:, None]
        temperature = max(temperature * 0.985, 0.003)
    pos = _fill_frame(pos)
    for _ in range(60):  # no two nodes closer than `gap` (x counts for less: wider frame)
        gap = 0.22
        delta = pos[:, None, :] - pos[None, :, :]
        delta[:, :, 0] /= 1.4
        distance = np.maximum(np.linalg.norm(delta, axis=-1), 1e-6)
        np.fill_diagonal(distance, np.inf)
        overlap = np.maximum(gap - distance, 0) / 2
        if not overlap.any():
            break
        push = (delta / distance[:, :, None] * overlap[:, :, None]).sum(axis=1)
        push[:, 0] *= 1.4
        pos = _fill_frame(pos + push)
    pos = np.round(pos, 3)
    return {node: (float(pos[i, 0]), float(pos[i, 1])) for node, i in index.items()}


def _fill_frame(pos: Any) -> Any:
    """Each axis scaled to [-1, 1] on its own."""
    import numpy as np

    low, high = pos.min(axis=0), pos.max(axis=0)
    return 2 * (pos - low) / np.maximum(high - low, 1e-9) - 1
