"""Entity resolution on stories never seen: score.py's figures per development corpus.

    python bench/entities_dev.py [--build] [--out-prefix /tmp/ent-X] [--only NAME ...]

Three corpora, each scored with ../shared/tools/score.py entities against its gold
file, with NO corrections file (resolution alone is measured):

- seeds: the two seed documents (their .txt files only: seeds/ also holds the analyst's
  corrections.yml, which would hide what resolution gets wrong);
- whitehouse: ../shared/corpora/whitehouse-2022 (1,805 transcripts and statements);
- bpoil: the Timeline17 oil-spill Reuters topic (/work/devdata/t17/bpoil_reuters, the
  output of ../shared/tools/t17_dev.py; its gold_timeline.* files are left out, the
  loader would report them as errors).

With --build each corpus is built first (`python -m generator build --timings`, into
OUT_PREFIX-NAME, with its own analysis cache under /work/devdata/.cache-NAME, so that a
rebuild only resolves again) and the resolve time is printed; without it the outputs
already in OUT_PREFIX-NAME are scored. Then, per corpus, every figure of score.py's
last two lines and the lists it prints (what is wrong, to read).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
SHARED = PROJECT.parent / "shared"
DEVDATA = Path("/work/devdata")
SCORE = SHARED / "tools" / "score.py"

# name -> (source folder, gold file)
CORPORA = {
    "seeds": (PROJECT / "seeds", SHARED / "gold" / "seeds.yml"),
    "whitehouse": (SHARED / "corpora" / "whitehouse-2022", SHARED / "gold" / "whitehouse-2022.yml"),
    "bpoil": (DEVDATA / "t17" / "bpoil_reuters", SHARED / "gold" / "t17-bpoil_reuters.yml"),
}


def documents_only(source: Path, into: Path) -> Path:
    """A folder holding only the source's articles: no corrections file, no T17 gold."""
    if not any(p.name == "corrections.yml" or p.name.startswith("gold_") for p in source.iterdir()):
        return source
    into.mkdir(parents=True, exist_ok=True)
    for path in sorted(source.glob("*.txt")):
        if not path.name.startswith("gold_"):
            shutil.copy2(path, into / path.name)
    return into


def build(name: str, source: Path, out: Path, scratch: Path) -> str:
    seeds = documents_only(source, scratch / name)
    command = [
        sys.executable, "-m", "generator", "build", "--seeds", str(seeds), "--out", str(out),
        "--cache", str(DEVDATA / f".cache-{name}"), "--force", "--timings",
    ]  # fmt: skip
    done = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"{name}: the build failed.\n{done.stdout}\n{done.stderr}")
    match = re.search(r"^resolve\s+([\d.]+) s", done.stdout + done.stderr, re.M)
    return match.group(1) if match else "?"


def score(gold: Path, out: Path) -> str:
    done = subprocess.run(
        [sys.executable, str(SCORE), "entities", str(gold), str(out)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        sys.exit(f"{out}: scoring failed.\n{done.stdout}\n{done.stderr}")
    return done.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--build", action="store_true", help="build each corpus first")
    parser.add_argument("--out-prefix", default="/tmp/ent-dev", help="outputs: PREFIX-NAME")
    parser.add_argument("--only", nargs="*", choices=sorted(CORPORA), help="these corpora")
    parser.add_argument("--brief", action="store_true", help="figures only, not the lists")
    args = parser.parse_args()
    names = args.only or list(CORPORA)
    summary = []
    with tempfile.TemporaryDirectory() as scratch:
        for name in names:
            source, gold = CORPORA[name]
            out = Path(f"{args.out_prefix}-{name}")
            resolve = build(name, source, out, Path(scratch)) if args.build else "-"
            report = score(gold, out)
            print(f"== {name} ({out}) resolve {resolve} s")
            lines = report.strip().splitlines()
            print("\n".join(lines[-2:] if args.brief else lines))
            summary.append(f"{name:<11} resolve {resolve:>6} s | " + " | ".join(lines[-2:]))
    print("\n".join(["", "== summary", *summary]))


if __name__ == "__main__":
    main()
