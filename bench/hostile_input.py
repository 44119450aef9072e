"""Time and peak memory of the loader and the language pipeline on pathological documents.

    python bench/hostile_input.py [line|big|site|max]
    python bench/hostile_input.py shapes [--jobs N] [--size BYTES] [SHAPE ...]

line: one document whose body is a single 400 KB line with no full stop;
big:  a 20 MB document (rejected by size before it is read);
site: the 400 KB-line document through `generator build` (pages and data, no MkDocs);
max:  a document just under the size limit, in sentences and paragraphs, through
      `generator build` and `mkdocs build`.
shapes: one document just under the size limit (2 MB) of each shape in SHAPES (default:
      all) through `python -m generator build --no-cache` in a child process; prints its
      seconds, its peak resident memory (getrusage of that child) and its exit code.
      The README's "Limits" come from this case (target: under ~2 minutes and 1 GB each).
Prints seconds and the process's peak resident memory. Run one case per process.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator import pipeline
from generator.analyse.nlp import analyse_documents, load_pipeline
from generator.ingest.decode import MAX_DOCUMENT_BYTES
from generator.ingest.load import load_corpus

PROJECT = Path(__file__).resolve().parent.parent
WORDS = "the minister met President Maduro in Caracas on Monday and the Treasury said".split()


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def body(size: int) -> str:
    rng = random.Random(1)
    return " ".join(rng.choice(WORDS) for _ in range(size // 5))[:size]


FIRST = "Maria Jose Ana Luis Carlos Juan Elena Pedro Rosa Miguel Lucia Jorge Sofia Diego".split()
LAST = "Garcia Lopez Perez Gomez Diaz Torres Ruiz Vargas Castro Rojas Mendoza Silva Rios".split()
MONTHS = "January February March April May June July August September October November".split()


def shape_text(shape: str, size: int) -> str:
    """About `size` bytes of text of one pathological shape."""
    rng = random.Random(7)
    if shape == "word":  # one repeated name
        unit = "Maduro "
        return (unit * (size // len(unit)))[:size]
    if shape == "capitals":
        return body(size).upper().replace(" AND ", ". ")[:size]
    if shape == "dates":
        parts = []
        while sum(map(len, parts)) < size:
            day, month, year = rng.randint(1, 28), rng.choice(MONTHS), rng.randint(1990, 2030)
            parts.append(
                rng.choice(
                    (
                        f"{day} {month} {year}. ",
                        f"{year}-{rng.randint(1, 12):02d}-{day:02d}, ",
                        f"on {month} {day}, {year} ",
                    )
                )
            )
        return "".join(parts)[:size]
    if shape == "names":  # sentences of distinct people's names
        parts = []
        while sum(map(len, parts)) < size:
            names = [f"{rng.choice(FIRST)} {rng.choice(LAST)} {rng.choice(LAST)}" for _ in range(3)]
            parts.append(f"{names[0]} met {names[1]} and {names[2]}. ")
        return "".join(parts)[:size]
    if shape == "line":  # one line, no full stop, no newline
        return body(size)
    raise SystemExit(f"unknown shape {shape!r}: one of {', '.join(SHAPES)}")


SHAPES = ("word", "capitals", "dates", "names", "line")


def shapes(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="hostile_input.py shapes")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--size", type=int, default=MAX_DOCUMENT_BYTES - 1000)
    parser.add_argument("--timeout", type=float, default=1800)
    parser.add_argument("shape", nargs="*", default=list(SHAPES))
    args = parser.parse_args(argv)
    for shape in args.shape:
        with tempfile.TemporaryDirectory() as tmp:
            seeds = Path(tmp) / "seeds"
            seeds.mkdir()
            text = "date 2022-01-01\n" + shape_text(shape, args.size - 20)
            (seeds / f"{shape}.txt").write_text(text, encoding="utf-8")
            command = [
                sys.executable,
                "-m",
                "generator",
                "build",
                "--seeds",
                str(seeds),
                "--out",
                str(Path(tmp) / "docs"),
                "--no-cache",
                "--jobs",
                str(args.jobs),
                "--timings",
            ]
            log = Path(tmp) / "log.txt"
            start = time.perf_counter()
            with log.open("w") as out:
                child = subprocess.Popen(command, cwd=PROJECT, stdout=out, stderr=subprocess.STDOUT)
            timer = threading.Timer(args.timeout, child.kill)
            timer.start()
            _, status, usage = os.wait4(child.pid, 0)  # this child's own peak memory
            timer.cancel()
            seconds = time.perf_counter() - start
            code = os.waitstatus_to_exitcode(status)
            size = len(text.encode("utf-8"))
            print(
                f"{shape:9} {size / 1e6:.2f} MB: {seconds:7.1f} s, "
                f"peak {usage.ru_maxrss / 1024:6.0f} MB, exit {code}",
                flush=True,
            )
            output = log.read_text(errors="replace")
            for line in output.splitlines()[-14:]:
                print(f"    {line}")


def main(case: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        seeds = Path(tmp) / "seeds"
        seeds.mkdir()
        if case == "max":
            sentences = (body(120) + "." for _ in range(MAX_DOCUMENT_BYTES // 121))
            text = "\n\n".join(" ".join(group) for group in zip(*[sentences] * 5, strict=False))
            (seeds / "max.txt").write_text("date 2022-01-01\n" + text[: MAX_DOCUMENT_BYTES - 100])
        elif case == "big":
            (seeds / "big.txt").write_text("date 2022-01-01\n" + body(20_000_000))
        else:
            (seeds / "line.txt").write_text("date 2022-01-01 " + body(400_000))
        load_pipeline()
        print(f"pipeline loaded: peak {peak_mb():.0f} MB")
        start = time.perf_counter()
        if case == "max":
            result = pipeline.run(seeds, Path(tmp) / "docs")
            built = time.perf_counter()
            print(f"build: {built - start:.1f} s, {result.pages} files, peak {peak_mb():.0f} MB")
            pipeline.publish(Path(tmp) / "docs", Path(tmp) / "site")
            print(f"mkdocs: {time.perf_counter() - built:.1f} s")
        elif case == "site":
            result = pipeline.run(seeds, Path(tmp) / "docs")
            print(f"build: {time.perf_counter() - start:.1f} s, {result.pages} files")
        else:
            corpus = load_corpus(seeds)
            loaded = time.perf_counter()
            print(f"load: {loaded - start:.2f} s; problems: {[str(p) for p in corpus.problems]}")
            spans = sum(len(a.spans) for a in analyse_documents(corpus.documents))
            print(f"analyse: {time.perf_counter() - loaded:.1f} s, {spans} spans")
        print(f"peak {peak_mb():.0f} MB")


if __name__ == "__main__":
    if sys.argv[1:2] == ["shapes"]:
        shapes(sys.argv[2:])
    else:
        main(sys.argv[1] if len(sys.argv) > 1 else "line")
