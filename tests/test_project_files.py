"""The generated entries are listed in three places; they must agree."""

import re

from generator.publish.output import GENERATED

from .conftest import PROJECT


def test_git_ignores_every_generated_entry():
    ignored = (PROJECT / ".gitignore").read_text(encoding="utf-8").splitlines()
    for name in GENERATED:
        assert any(line.rstrip("/") == f"/site_docs/{name}" for line in ignored), name


def test_make_clean_removes_every_generated_entry():
    makefile = (PROJECT / "Makefile").read_text(encoding="utf-8")
    clean = re.search(r"^clean:\n((?:\t.*\n)+)", makefile, re.M)
    assert clean
    removed = clean.group(1).split("cd site_docs && rm -rf", 1)[1].split()
    assert sorted(removed) == sorted(GENERATED)
