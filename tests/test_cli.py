import json
import re
import subprocess
import sys

import pytest

from generator.cli import main

from .conftest import PROJECT


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
