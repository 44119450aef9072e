"""The command line (cli.py): the exact text a user sees on an error, the build report
that lists every problem and the limits, --strict, the help of every command."""

import json
import re
import subprocess
import sys

import pytest

from generator.cli import main
from generator.ingest.decode import MAX_DOCUMENT_BYTES
from generator.ingest.load import MAX_SENTENCE_CHARS, load_corpus
from generator.publish.render import md_escape

from .conftest import GOOD, PROJECT


def test_missing_seeds_folder(tmp_path, capsys):
    missing = tmp_path / "nope"
    code = main(["build", "--seeds", str(missing), "--out", str(tmp_path / "docs")])
    assert code == 1
    assert capsys.readouterr().err == (
        f"error: {missing}: no such folder. "
        "Pass --seeds with the folder that holds your documents.\n"
    )


def test_file_without_a_date(make_seeds, tmp_path, capsys):
    seeds = make_seeds({"memo.txt": "Just a memo.\n", "ok.txt": "date 2022-01-02 Fine text."})
    out = tmp_path / "docs"
    code = main(["build", "--seeds", str(seeds), "--out", str(out)])
    err = capsys.readouterr().err.splitlines()
    assert code == 1
    assert err[0] == (
        f'error: {seeds}/memo.txt:1: no date header. Start the file with "date YYYY-MM-DD".'
    )
    # The other document is built all the same, and the problem is on the build report.
    data = json.loads((out / "data" / "documents.json").read_text())
    assert [d["id"] for d in data["documents"]] == ["ok"]
    assert "memo.txt" in (out / "build-report" / "index.md").read_text()


def test_strict_fails_on_warnings(make_seeds, tmp_path):
    seeds = make_seeds({"ok.txt": "date 2022-01-02 Fine text.", "notes.docx": "x"})
    args = ["build", "--seeds", str(seeds), "--out", str(tmp_path / "docs")]
    assert main(args) == 0
    assert main([*args, "--strict"]) == 1


def test_help_on_every_command():
    for command in ([], ["build"], ["site"]):
        result = subprocess.run(
            [sys.executable, "-m", "generator", *command, "--help"],
            cwd=PROJECT,
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert "usage: python -m generator" in result.stdout


def test_timings_and_cache_options(make_seeds, tmp_path, capsys):
    seeds = make_seeds({"ok.txt": "date 2022-01-02 Joe Biden spoke in Paris on Monday."})
    out, cache = tmp_path / "docs", tmp_path / "cache"
    args = ["build", "--seeds", str(seeds), "--out", str(out), "--jobs", "1", "--timings"]
    assert main([*args, "--no-cache"]) == 0
    assert not cache.exists()
    capsys.readouterr()
    assert main([*args, "--cache", str(cache)]) == 0
    assert (cache / "analyses.sqlite").is_file()
    *lines, last = capsys.readouterr().err.splitlines()
    assert last.startswith("built 1 documents")
    assert all(re.fullmatch(r"[a-z]+ +\d+\.\d\d s", line) for line in lines), lines
    stages = [line.split()[0] for line in lines]
    assert stages[:2] == ["load", "analyse"] and stages[-1] == "total"


def test_jobs_must_be_positive(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["build", "--jobs", "0"])
    assert stop.value.code == 2
    assert "--jobs: '0': expected a whole number of 1 or more" in capsys.readouterr().err


BROKEN = {
    "memo.txt": "Just a memo.\n",
    "bad date.txt": "date 2022-13-45 Text.",
    "empty.txt": "",
    "blob.txt": b"\x00\x01\x02",
    "fm.md": "---\ntitle: a: b\ndate: 2022-01-01\n---\nBody.\n",
    "big.md": b"date 2022-01-01 " + b"x " * (MAX_DOCUMENT_BYTES // 2 + 1),
    "notes.docx": "x",
}


FLAGGED = {
    "future.txt": "date 2999-01-01 Far ahead.",
    "latin.txt": "date 2022-01-01 Café.".encode("cp1252"),
    "x dup.txt": GOOD,
    "sub/x.txt": "date 2022-01-01 In a subfolder.",
}


def test_build_report_lists_every_problem_and_the_limits(make_seeds, tmp_path, capsys):
    seeds = make_seeds({"good.txt": GOOD, **BROKEN, **FLAGGED})
    out = tmp_path / "docs"
    assert main(["build", "--seeds", str(seeds), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    report = (out / "build-report" / "index.md").read_text()
    corpus = load_corpus(seeds)
    assert len(corpus.problems) == len(BROKEN) + len(FLAGGED)
    for problem in corpus.problems:
        assert f"{problem.level}: {problem}" in err
        assert md_escape(problem.path) in report
        assert md_escape(problem.message) in report
    assert "2 MB" in report and f"{MAX_SENTENCE_CHARS:,}" in report
    data = json.loads((out / "data" / "documents.json").read_text())
    assert sorted(d["id"] for d in data["documents"]) == ["future", "good", "latin"]


def test_strict_turns_warnings_into_a_failing_exit_code(make_seeds, tmp_path):
    for name, content in FLAGGED.items():
        seeds = make_seeds({"good.txt": GOOD, name: content})
        args = ["build", "--seeds", str(seeds), "--out", str(tmp_path / "docs")]
        assert main(args) == 0, name
        assert main([*args, "--strict"]) == 1, name
        (seeds / name).unlink()
