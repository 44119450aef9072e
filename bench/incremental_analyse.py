"""Benchmark: the analyse stage of a rebuild, from a warm cache. Run by hand; prints figures.

    .venv/bin/python bench/incremental_analyse.py                 # 300 documents
    .venv/bin/python bench/incremental_analyse.py --size 100 --project ../other-checkout

The first N documents of the corpus are copied into a temporary seeds folder and
analysed once (cold, all cores) to fill a cache. Then, each in a fresh process as a
user's command would run: `analyse_corpus` with nothing changed, after appending a
paragraph to the middle document, and after editing one word of its middle paragraph.
The language pipeline's import and load is timed apart from the stage when spaCy is
needed. `--project` runs another checkout's generator (to compare before/after).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
CORPUS = PROJECT.parent / "shared" / "corpora" / "whitehouse-2022"
CITIES = ("Ottawa", "Toronto", "Montreal", "Vancouver", "Calgary")

CHILD = """
import json, sys, time
from pathlib import Path
from generator import pipeline
from generator.analyse import nlp
from generator.ingest.load import load_corpus
seeds, cache, jobs, preload = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
corpus = load_corpus(Path(seeds))
start = time.perf_counter()
if preload == "1":
    nlp.load_pipeline(None)  # as the stage calls it (the earlier code cached by argument)
loaded = time.perf_counter()
analyses = pipeline.analyse_corpus(corpus, pipeline.Options(cache=cache, jobs=jobs))
done = time.perf_counter()
print(json.dumps({"load": loaded - start, "analyse": done - loaded,
                  "spans": sum(len(a.spans) for a in analyses)}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=300)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--project", type=Path, default=PROJECT)
    parser.add_argument("--repeat", type=int, default=3, choices=range(1, len(CITIES) + 1))
    args = parser.parse_args()
    files = sorted(args.corpus.glob("*.txt"))[: args.size]
    root = Path(tempfile.mkdtemp(prefix="incremental-"))
    try:
        seeds, cache = root / "seeds", root / "cache"
        seeds.mkdir()
        for path in files:
            shutil.copy(path, seeds / path.name)
        print(f"# {len(files)} documents, project {args.project}, load {_load()}")
        cold = _child(args.project, seeds, cache, jobs=0, preload=False)
        print(f"cold (all cores): analyse {cold['analyse']:.2f} s, {cold['spans']:,} spans")
        touched = seeds / files[len(files) // 2].name
        original = touched.read_text(encoding="utf-8")
        paragraphs = original.split("\n\n")
        middle = len(paragraphs) // 2
        word = next(w for w in paragraphs[middle].split() if len(w) > 3)

        def appended(city: str) -> str:
            return original + f"\n\nThe President met the Prime Minister in {city}.\n"

        def edited(city: str) -> str:
            changed = paragraphs[middle].replace(word, city, 1)
            return "\n\n".join([*paragraphs[:middle], changed, *paragraphs[middle + 1 :]])

        cases = {
            "nothing changed": (lambda city: original, False),
            "a paragraph appended": (appended, True),
            "a word of the middle paragraph edited": (edited, True),
        }
        for name, (change, spacy) in cases.items():
            figures = []
            for city in CITIES[: args.repeat]:  # a new text each time: no cached answer
                touched.write_text(original, encoding="utf-8")
                _child(args.project, seeds, cache, jobs=1, preload=False)  # back to warm
                touched.write_text(change(city), encoding="utf-8")
                figures.append(_child(args.project, seeds, cache, jobs=0, preload=spacy))
            best = min(figures, key=lambda f: f["analyse"])
            every = ", ".join(f"{f['analyse']:.3f}" for f in figures)
            apart = f", spaCy import and load apart {best['load']:.2f} s" if spacy else ""
            print(
                f"{name}: analyse {best['analyse']:.3f} s (best of {len(figures)}: {every}){apart}"
            )
        print(f"# load average after: {_load()}")
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _child(project: Path, seeds: Path, cache: Path, jobs: int, preload: bool) -> dict:
    command = [
        sys.executable,
        "-c",
        CHILD,
        str(seeds),
        str(cache),
        str(jobs),
        "1" if preload else "0",
    ]
    env = {**os.environ, "GENERATOR_PROGRESS": "0", "PYTHONPATH": str(project)}
    done = subprocess.run(
        command, capture_output=True, text=True, cwd=project, env=env, check=False
    )
    if done.returncode != 0:
        sys.exit(f"child failed ({done.returncode}):\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


if __name__ == "__main__":
    main()
