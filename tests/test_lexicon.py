"""The word lists (generator/lexicon/*.txt): each loads, is documented and tidy, and an
entry added to a file changes what a pass decides."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator import lexicon
from generator.errors import ConfigError
from generator.resolve import names, roles

FILES = sorted(lexicon.FOLDER.glob("*.txt"))
LISTS = [path.stem for path in FILES]
PAIRS = (
    "foreign_titles",
    "lookalikes",
    "nicknames",
    "state_abbreviations",
    "title_abbreviations",
    "us_states",
    "word_abbreviations",
)
ORDERED = ("months", "number_words")  # their order means something


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """The lexicon read from an empty temporary folder; the cache cleared around."""
    monkeypatch.setattr(lexicon, "FOLDER", tmp_path)
    lexicon.ordered.cache_clear()
    lexicon.words.cache_clear()
    yield tmp_path
    lexicon.ordered.cache_clear()
    lexicon.words.cache_clear()


def test_there_are_lists():
    assert len(LISTS) >= 30
    assert "role_nouns" in LISTS and "nicknames" in LISTS


@pytest.mark.parametrize("name", LISTS)
def test_every_list_loads(name):
    entries = lexicon.ordered(name)
    assert entries
    assert lexicon.words(name) == frozenset(entries)
    if name in PAIRS:
        assert len(lexicon.pairs(name)) == len(entries)


@pytest.mark.parametrize("path", FILES, ids=LISTS)
def test_every_file_is_tidy(path):
    """A comment at the top says what the list is for; then one entry per line, none
    blank, none repeated, no stray spaces; sorted unless the order means something."""
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# "), "the file starts with a comment saying what it is for"
    header = next(n for n, line in enumerate(lines) if not line.startswith("#"))
    body = lines[header:]
    assert body, "no entries"
    assert not any(line.startswith("#") for line in body), "comments only at the top"
    assert all(line.strip() for line in body), "a blank line among the entries"
    assert all(line == line.strip() for line in body), "spaces around an entry"
    assert len(body) == len(set(body)), "an entry listed twice"
    if path.stem not in ORDERED:
        assert body == sorted(body), "entries out of order"


def test_the_docstring_documents_every_list():
    documented = {
        line[2:].split(":")[0] for line in (lexicon.__doc__ or "").splitlines() if line[:2] == "- "
    }
    assert documented == set(LISTS)


def test_comments_and_blank_lines_are_ignored(folder):
    (folder / "x.txt").write_text(
        "# What the list is for.\n#\n# How it is used.\nbeta\n\n  alpha  \nstate of the union\n",
        encoding="utf-8",
    )
    assert lexicon.ordered("x") == ("beta", "alpha", "state of the union")
    assert lexicon.words("x") == {"alpha", "beta", "state of the union"}


def test_pairs_keep_the_rest_of_the_line(folder):
    (folder / "states.txt").write_text("# Codes.\nDC  District of Columbia\nFL Florida\n")
    assert lexicon.pairs("states") == {"DC": "District of Columbia", "FL": "Florida"}


def test_a_repeated_entry_is_reported_with_its_line(folder):
    (folder / "x.txt").write_text("# A list.\nalpha\nbeta\nalpha\n", encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        lexicon.words("x")
    assert str(error.value) == (
        f"{folder / 'x.txt'}:4: 'alpha' is listed twice (first on line 2). "
        "Remove one of the two lines."
    )


def test_a_pair_without_its_meaning_is_reported(folder):
    (folder / "x.txt").write_text("# Pairs.\njoe  joseph\nbob\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"x\.txt: 'bob' is not a new word followed by"):
        lexicon.pairs("x")


def test_the_passes_read_the_lists():
    assert lexicon.words("role_nouns") == roles.ROLE_NOUNS
    assert names.NICKNAMES["joe"] == "joseph"
    assert names.person_key(names.name_words("Joe Biden")) == ("joseph", "biden")
    assert names.written_surname("Karine Jean-Pierre") == "Jean-Pierre"
    assert names.surname(names.name_words("Karine Jean-Pierre")) == "pierre"


def test_a_word_added_to_a_list_changes_what_a_pass_decides(tmp_path):
    """In a copy of the package, "zookeeper" added to role_nouns.txt makes "chief
    zookeeper" a stated role before a name; in this one it is not."""
    before = "the zoo's chief zookeeper "
    assert "zookeeper" not in roles.ROLE_NOUNS
    assert roles._title_before(before) is None
    package = Path(lexicon.__file__).resolve().parent.parent
    copy = tmp_path / "generator"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__"))
    with (copy / "lexicon" / "role_nouns.txt").open("a", encoding="utf-8") as file:
        file.write("zookeeper\n")
    script = (
        "import generator\n"
        "from generator.resolve.roles import _title_before\n"
        "print(generator.__file__)\n"
        f"print(_title_before({before!r}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    where, decided = result.stdout.splitlines()
    assert Path(where).is_relative_to(tmp_path)
    assert decided == "chief zookeeper"


def test_an_alternation_matches_each_entry_and_nothing_else():
    entries = ["chair", "chairman", "chief", "a", "ab", "u.s.", "president-elect", "vice president"]
    whole = re.compile(rf"(?:{lexicon.alternation(entries)})\Z")
    assert all(whole.match(entry) for entry in entries)
    for other in ("chai", "chairma", "", "b", "uxsx", "president", "vice"):
        assert not whole.match(other), other
    assert not re.search(lexicon.alternation([]), "anything")


def test_an_alternation_prefers_the_longest_entry():
    # As "|".join of the entries longest first: "chairman", not "chair" and "man" left.
    pattern = re.compile(lexicon.alternation(["chair", "chairman", "man"]))
    assert pattern.match("chairman of").group() == "chairman"
    assert pattern.match("chair of").group() == "chair"
