"""Time and peak memory of the loader and the language pipeline on pathological documents.

    python bench/hostile_input.py [line|big|site]

line: one document whose body is a single 400 KB line with no full stop;
big:  a 20 MB document (rejected by size before it is read);
site: the 400 KB-line document through `generator build` (pages and data, no MkDocs);
max:  a document just under the size limit, in sentences and paragraphs, through
      `generator build` and `mkdocs build`.
Prints seconds and the process's peak resident memory. Run one case per process.
"""

from __future__ import annotations

import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator import pipeline
from generator.analyse.nlp import analyse_documents, load_pipeline
from generator.ingest.decode import MAX_DOCUMENT_BYTES
from generator.ingest.load import load_corpus

WORDS = "the minister met President Maduro in Caracas on Monday and the Treasury said".split()


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def body(size: int) -> str:
    rng = random.Random(1)
    return " ".join(rng.choice(WORDS) for _ in range(size // 5))[:size]


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
    main(sys.argv[1] if len(sys.argv) > 1 else "line")
