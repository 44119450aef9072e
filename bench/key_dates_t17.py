"""Key dates on the Timeline17 development topics: Date-F1 as news-tls measures it, and
the ranking's weights learned there.

    python bench/key_dates_t17.py T17_DIR [--cache DIR] [--fit]

T17_DIR is what ../shared/tools/t17_dev.py wrote (one folder per development topic, its
articles and gold_timeline.json). Only those seven topics are for development; the
other T17 topics are kept for evaluation and are never read here.

For each topic it prints Date-F1 (the ranking cut to each journalists' timeline's
length, averaged over the topic's timelines) with the weights in
generator/chronology/key_dates.py. With --fit it also learns the weights: a logistic
regression of "the day is on a journalists' timeline" over every day with evidence,
evaluated leave-one-topic-out (each topic ranked with weights learned on the other
six), then learned on all seven: those are the weights to put in key_dates.WEIGHTS.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.date_f1 import date_f1
from generator.chronology.events import dated_sentences
from generator.chronology.key_dates import WEIGHTS, day_evidence, rank_evidence
from generator.ingest.load import load_corpus
from generator.pipeline import Options, analyse_corpus

FEATURES = tuple(WEIGHTS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("t17", type=Path)
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--fit", action="store_true", help="logistic regression of the days")
    parser.add_argument(
        "--search", action="store_true", help="grid search of the weights for Date-F1 itself"
    )
    args = parser.parse_args()
    topics = {}
    for folder in sorted(p for p in args.t17.iterdir() if (p / "gold_timeline.json").is_file()):
        corpus = load_corpus(folder)
        analyses = analyse_corpus(corpus, Options(cache=args.cache or folder.parent / ".cache"))
        candidates = dated_sentences(corpus, analyses, {})
        timelines = json.loads((folder / "gold_timeline.json").read_text(encoding="utf-8"))
        evidence = day_evidence(corpus, candidates)
        topics[folder.name] = (evidence, [[d for d, _ in t] for t in timelines])
    print(f"{'topic':<22} {'days':>5} {'gold':>5}  Date-F1 (weights in key_dates.py)")
    scores = {}
    for name, (evidence, timelines) in topics.items():
        scores[name] = _f1(evidence, timelines, WEIGHTS)
        gold = sum(len(t) for t in timelines)
        print(f"{name:<22} {len(evidence):>5} {gold:>5}  {scores[name]:.3f}")
    print(f"{'mean':<34}  {np.mean(list(scores.values())):.3f}")
    if args.fit:
        _fit(topics)
    if args.search:
        _search(topics)


def _f1(evidence, timelines, weights) -> float:
    ranked = [k.date for k in rank_evidence(evidence, weights)]
    return float(np.mean([date_f1(ranked, t).f1 for t in timelines]))


def _data(evidence, timelines):
    gold = {d for t in timelines for d in t}
    x = np.array([[e.features()[f] for f in FEATURES] for e in evidence.values()])
    y = np.array([day in gold for day in evidence], dtype=float)
    return x, y


def _logistic(x: np.ndarray, y: np.ndarray, l2: float = 0.01, steps: int = 3000) -> np.ndarray:
    """Weights (and a bias, last) of a logistic regression, by gradient descent; the
    classes are balanced (the days on a timeline are few)."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    balance = np.where(y == 1, 0.5 / max(y.mean(), 1e-9), 0.5 / max(1 - y.mean(), 1e-9))
    w = np.zeros(xb.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-xb @ w))
        gradient = xb.T @ ((p - y) * balance) / len(y) + l2 * np.r_[w[:-1], 0]
        w -= 0.5 * gradient
    return w


def _fit(topics) -> None:
    data = {name: _data(*topic) for name, topic in topics.items()}
    print("\nleave-one-topic-out (each topic ranked with weights learned on the others)")
    loto = []
    for name, (evidence, timelines) in topics.items():
        x = np.vstack([data[n][0] for n in data if n != name])
        y = np.concatenate([data[n][1] for n in data if n != name])
        w = _logistic(x, y)
        f1 = _f1(evidence, timelines, dict(zip(FEATURES, w[:-1], strict=True)))
        loto.append(f1)
        print(f"{name:<22} {f1:.3f}")
    print(f"{'mean':<22} {np.mean(loto):.3f}")
    x = np.vstack([d[0] for d in data.values()])
    y = np.concatenate([d[1] for d in data.values()])
    w = _logistic(x, y)
    print("\nweights learned on all seven topics (for key_dates.WEIGHTS):")
    for feature, weight in zip(FEATURES, w[:-1], strict=True):
        print(f'    "{feature}": {weight:.3f},')


# The grid: the weight of references is fixed at 1 (only ratios matter to a ranking).
GRID = {
    "references": (1.0,),
    "retrospective": (0.5, 1.0, 1.5),
    "anticipated": (-0.5, 0.0, 0.5),
    "mentions": (0.0, 0.1, 0.25),
    "publications": (0.25, 0.5, 0.75),
    "reported": (0.0, 0.25),
}


def _search(topics) -> None:
    """Every weighting of GRID scored on every topic; a topic's figure is that of the
    weighting best on the other six (leave one topic out)."""
    grid = [dict(zip(GRID, values, strict=True)) for values in itertools.product(*GRID.values())]
    table = np.array([[_f1(*topic, w) for topic in topics.values()] for w in grid])
    print(f"\ngrid search over {len(grid)} weightings, leave-one-topic-out")
    loto = []
    for i, name in enumerate(topics):
        others = np.delete(table, i, axis=1).mean(axis=1)
        best = int(np.argmax(others))
        loto.append(table[best, i])
        print(f"{name:<22} {table[best, i]:.3f}  with {grid[best]}")
    print(f"{'mean':<22} {np.mean(loto):.3f}")
    best = int(np.argmax(table.mean(axis=1)))
    print(f"\nbest on all seven topics ({table[best].mean():.3f}): {grid[best]}")


if __name__ == "__main__":
    main()
