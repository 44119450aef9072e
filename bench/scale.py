"""Benchmark: how the build scales with the corpus. Run by hand; prints figures.

    .venv/bin/python bench/scale.py                  # N = 100, 300 and 1,805
    .venv/bin/python bench/scale.py --sizes 100 300  # only some N

For each N, the first N documents of the corpus (by file name) are copied into a
temporary seeds folder, then:

* raw spaCy: the NER-only pipeline over the same texts, one process, one core, model
  loaded beforehand (the floor the build is compared to);
* a cold build (empty cache) with `site`: the time of each stage, MkDocs included,
  the whole command's wall time, peak memory, the site's size;
* a rebuild with nothing changed, and one after touching one document (build only:
  MkDocs has no incremental mode, its time is the same as in the cold build);
* the same touch in `watch` mode: one process builds, the document is touched, and the
  same process rebuilds (model loaded, unchanged results in memory: generator/memo.py).

Each build runs in its own process (`python -c`), as a user's command would.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))
CORPUS = PROJECT.parent / "shared" / "corpora" / "whitehouse-2022"

# Runs in a child process: spaCy alone over the texts, as the floor.
RAW = """
import json, resource, sys, time
from pathlib import Path
from generator.ingest.load import load_corpus
from generator.analyse.nlp import load_pipeline
texts = [d.text for d in load_corpus(Path(sys.argv[1])).documents]
nlp = load_pipeline()
start, cpu = time.perf_counter(), time.process_time()
entities = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=64))
seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "cpu": cpu, "entities": entities, "rss_mb": rss}))
"""

# Runs in a child process: one build (and publish), then its figures as JSON.
CHILD = """
import json, resource, sys, time
from pathlib import Path
from generator import pipeline
seeds, out, site, cache, publish = sys.argv[1:6]
start = time.perf_counter()
result = pipeline.run(Path(seeds), Path(out), pipeline.Options(cache=Path(cache)))
timings = list(result.timings)
build_seconds = time.perf_counter() - start
def cpu():
    me = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + workers.ru_utime + workers.ru_stime
build_cpu = cpu()
if publish == "1":
    mark = time.perf_counter()
    pipeline.publish(Path(out), Path(site))
    timings.append(("mkdocs", time.perf_counter() - mark))
me = resource.getrusage(resource.RUSAGE_SELF)
workers = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({
    "timings": timings,
    "build": build_seconds,
    "pages": result.pages,
    "self_rss_mb": me.ru_maxrss / 1024,
    "worker_rss_mb": workers.ru_maxrss / 1024,
    "cpu": cpu(),
    "build_cpu": build_cpu,
}))
"""


# Runs in a child process: `watch` mode, one process building before and after a touch.
WATCH = """
import json, sys
from pathlib import Path
from generator import pipeline
from generator.watch import watch_seeds
seeds, out, cache, touched, line = sys.argv[1:6]
seconds = []
def report(result, took):
    if isinstance(result, Exception):
        raise result
    seconds.append((took, list(result.timings)))
    if len(seconds) <= TOUCHES:  # a build done: the document is touched again
        with open(touched, "a", encoding="utf-8") as handle:
            handle.write(line.replace("DAY", f"day {len(seconds)}"))
watch_seeds(Path(seeds), Path(out), pipeline.Options(cache=Path(cache)), interval=0.2,
            report=report, builds=TOUCHES + 1)
print(json.dumps({"rebuilds": seconds[1:]}))
""".replace("TOUCHES", "3")
TOUCH = "\n\nThe President met the Prime Minister of Canada in Ottawa on {day}.\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 300, 1805])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folders")
    args = parser.parse_args()
    files = sorted(args.corpus.glob("*.txt")) + sorted(args.corpus.glob("*.md"))
    files.sort(key=lambda p: p.name)
    print(f"# {time.strftime('%Y-%m-%d %H:%M')} on {_machine()}")
    print(f"# load average before: {_load()}")
    from generator.analyse.nlp import pipeline_version

    print(f"# pipeline {pipeline_version()}")
    for size in args.sizes:
        if size > len(files):
            sys.exit(f"{args.corpus}: has {len(files)} documents, fewer than {size}.")
        root = Path(tempfile.mkdtemp(prefix=f"scale-{size}-"))
        try:
            _bench(size, files[:size], root)
        finally:
            if args.keep:
                print(f"  kept {root}")
            else:
                shutil.rmtree(root, ignore_errors=True)


def _bench(size: int, files: list[Path], root: Path) -> None:
    seeds = root / "seeds"
    seeds.mkdir()
    for path in files:
        shutil.copy(path, seeds / path.name)
    from generator.ingest.load import load_corpus

    corpus = load_corpus(seeds)
    words = sum(d.words for d in corpus.documents)
    print(f"\n## N = {size}: {len(corpus.documents)} documents, {words:,} words")
    print(f"load average before: {_load()}")

    floor = _child(RAW, [str(seeds)])
    raw = floor["seconds"]
    print(
        f"raw spaCy NER-only, 1 process: {raw:7.2f} s  {words / raw:8,.0f} words/s "
        f"({floor['entities']:,} entities, {floor['rss_mb']:.0f} MB, CPU {floor['cpu']:.1f} s)"
    )

    cold = _build(root, seeds, publish=True)
    timings = dict(cold["timings"])
    generation = cold["build"]
    print(
        f"cold build:        {generation:7.2f} s  "
        f"(command {cold['wall']:.2f} s, CPU {cold['cpu']:.1f} s)"
    )
    print("  by stage: " + ", ".join(f"{k} {v:.2f}" for k, v in cold["timings"]))
    print(
        f"extraction (analyse stage): {words / timings['analyse']:8,.0f} words/s "
        f"= {raw / timings['analyse']:.2f}x raw spaCy"
    )
    print(f"ratio generation / raw spaCy: {generation / raw:.2f} (target <= 1.5)")
    print(f"ratio generation + MkDocs / raw spaCy: {(generation + timings['mkdocs']) / raw:.2f}")
    # CPU seconds do not depend on what else runs on the machine: the work done.
    print(
        f"CPU seconds: generation {cold['build_cpu']:.1f} / raw spaCy {floor['cpu']:.1f} "
        f"= {cold['build_cpu'] / floor['cpu']:.2f}"
    )
    print(
        f"peak memory: build process {cold['self_rss_mb']:.0f} MB, "
        f"largest worker {cold['worker_rss_mb']:.0f} MB"
    )
    site = root / "site"
    site_bytes = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
    html = sum(1 for _ in site.rglob("*.html"))
    print(f"MkDocs: {timings['mkdocs']:.2f} s; site {site_bytes / 1e6:.1f} MB, {html:,} HTML pages")

    warm = _build(root, seeds, publish=False)
    print(f"rebuild, nothing changed: {warm['build']:7.2f} s (command {warm['wall']:.2f} s)")
    print("  by stage: " + ", ".join(f"{k} {v:.2f}" for k, v in warm["timings"]))
    touched = seeds / files[len(files) // 2].name
    with touched.open("a", encoding="utf-8") as handle:
        handle.write(TOUCH.format(day="Friday"))
    one = _build(root, seeds, publish=False)
    print(
        f"rebuild, one document touched: {one['build']:7.2f} s (command {one['wall']:.2f} s) "
        f"= {100 * one['build'] / generation:.1f}% of the cold build (target <= 10%)"
    )
    print("  by stage: " + ", ".join(f"{k} {v:.2f}" for k, v in one["timings"]))
    paths = [seeds, root / "docs", root / "cache", touched]
    watch = _child(WATCH, [*map(str, paths), TOUCH.format(day="DAY")])
    rebuilds = sorted(watch["rebuilds"])
    median, timings = rebuilds[len(rebuilds) // 2]
    print(
        f"watch mode, one document touched: {median:7.2f} s (median of "
        f"{', '.join(f'{s:.2f}' for s, _ in watch['rebuilds'])}) "
        f"= {100 * median / generation:.1f}% of the cold build (target <= 10%)"
    )
    print("  by stage: " + ", ".join(f"{k} {v:.2f}" for k, v in timings))
    print(f"load average after: {_load()}")


def _build(root: Path, seeds: Path, publish: bool) -> dict:
    paths = [seeds, root / "docs", root / "site", root / "cache"]
    return _child(CHILD, [*map(str, paths), "1" if publish else "0"])


def _child(code: str, args: list[str]) -> dict:
    # A child forked from a big process would inherit its peak memory (Linux keeps
    # ru_maxrss across exec): this process stays small by leaving spaCy to children.
    command = [sys.executable, "-c", code, *args]
    env = {**os.environ, "GENERATOR_PROGRESS": "0", "PYTHONPATH": str(PROJECT)}
    start = time.perf_counter()
    done = subprocess.run(
        command, capture_output=True, text=True, cwd=PROJECT, env=env, check=False
    )
    wall = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"child failed ({done.returncode}):\n{done.stderr}")
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    figures["wall"] = wall
    return figures


def _machine() -> str:
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (
        f"{platform.machine()}, {os.cpu_count()} cores, {memory:.0f} GB, "
        f"Python {platform.python_version()}, {platform.system()} {platform.release()}"
    )


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


if __name__ == "__main__":
    main()
