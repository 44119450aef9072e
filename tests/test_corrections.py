"""The corrections file: validated where it enters, applied after resolution."""

from __future__ import annotations

import textwrap

import pytest

from generator.errors import ConfigError
from generator.ingest.corrections import Correction, load_corrections
from generator.resolve.entities import resolve_entities

from .entity_fixtures import make, resolve


def write(tmp_path, text: str):
    path = tmp_path / "corrections.yml"
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def test_valid_file(tmp_path):
    path = write(
        tmp_path,
        """
        # comment
        - merge: [James Storey, James Story]
          into: James Story
        - rename: Brittany Griner
          to: Brittney Griner
        - alias: Fat Leonard
          of: Leonard Francis
        - type: place
          of: El Helicoide
        - ignore: Amba
        - description: "US envoy: hostages"
          of: Roger Carstens
        - split: Hill
          from: Travis Hill
        - split: Buras
          from: Wilma Buras
          in: [2010-05-24_933, 2010-05-07_1429]
        - split: Nelson
          from: Cindy Nelson
          in: memo
        """,
    )
    corrections = load_corrections(path)
    assert corrections.entries == (
        Correction("merge", ("James Storey", "James Story"), "James Story", 2),
        Correction("rename", ("Brittany Griner",), "Brittney Griner", 4),
        Correction("alias", ("Leonard Francis",), "Fat Leonard", 6),
        Correction("type", ("El Helicoide",), "place", 8),
        Correction("ignore", ("Amba",), None, 10),
        Correction("description", ("Roger Carstens",), "US envoy: hostages", 11),
        Correction("split", ("Travis Hill",), "Hill", 13),
        # Document ids as written, whatever YAML would make of them (a date, a number).
        Correction("split", ("Wilma Buras",), "Buras", 15, ("2010-05-07_1429", "2010-05-24_933")),
        Correction("split", ("Cindy Nelson",), "Nelson", 18, ("memo",)),
    )


def test_empty_file_is_no_corrections(tmp_path):
    assert load_corrections(write(tmp_path, "# nothing yet\n")).entries == ()


def failure(tmp_path, text: str) -> str:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load_corrections(path)
    return str(caught.value).replace(str(path), "corrections.yml")


def test_not_yaml(tmp_path):
    assert failure(tmp_path, "- rename: [a\n") == (
        "corrections.yml:2: not valid YAML (expected ',' or ']', but got '<stream end>'). "
        "Fix the syntax there."
    )


def test_not_a_list(tmp_path):
    assert failure(tmp_path, "rename: a\n") == (
        'corrections.yml:1: the file must be a list of corrections. Start each entry with "- ", '
        'e.g. "- ignore: Name".'
    )


def test_malformed_split_entries(tmp_path):
    message = failure(
        tmp_path,
        """
        - split: Hill
        - split: Hill
          from: Travis Hill
          into: Hill
        - split: [Hill, Travis]
          from: Travis Hill
        - split: Hill
          from: Travis Hill
          in: [a, [b]]
        - split: Hill
          from: Travis Hill
          in: []
        """,
    )
    assert message.splitlines() == [
        'corrections.yml:1: "split" needs "from". Write it as: split: Lone Name   from: Entity Name',
        'corrections.yml:4: unknown key "into" in a split entry. Use only "split", "from" and '
        '"in", e.g. split: Lone Name   from: Entity Name',
        'corrections.yml:5: "split" must be a name or text on one line. '
        "Write it as: split: Lone Name   from: Entity Name",
        'corrections.yml:9: "in" must be a document\'s id or a list of them. Write it as: '
        'in: [2022-01-04-memo, 2022-01-05-briefing], each a document\'s file name without ".txt" '
        'or ".md"',
        'corrections.yml:12: "in" lists no document. Write it as: in: [2022-01-04-memo, '
        '2022-01-05-briefing], each a document\'s file name without ".txt" or ".md", or leave it '
        "out to split in every document",
    ]


def test_every_malformed_entry_is_reported_at_once(tmp_path):
    message = failure(
        tmp_path,
        """
        - just a name
        - rename: Brittany Griner
        - rename: A
          into: B
        - type: persn
          of: Maduro
        - merge: James Story
        - merge: [Only One]
        - ignore: [a, b]
        - frobnicate: x
        - rename: A
          ignore: B
          to: C
        """,
    )
    assert message.splitlines() == [
        'corrections.yml:1: an entry must be a mapping such as "- ignore: Name". '
        "Start it with one of: merge, rename, alias, type, ignore, description, split.",
        'corrections.yml:2: "rename" needs "to". Write it as: rename: Old Spelling   to: Right Spelling',
        'corrections.yml:4: unknown key "into" in a rename entry. Use only "rename" and "to", '
        "e.g. rename: Old Spelling   to: Right Spelling",
        'corrections.yml:5: unknown type "persn". Use one of: person, organization, place.',
        'corrections.yml:7: "merge" must be a list of names. Write it as: merge: [Name One, Name Two]',
        "corrections.yml:8: merge needs at least two names. Write it as: merge: [Name One, Name Two]",
        'corrections.yml:9: "ignore" must be a name or text on one line. Write it as: ignore: Name',
        "corrections.yml:10: an entry needs exactly one action (found: none). "
        "Use one of merge, rename, alias, type, ignore, description, split per entry.",
        "corrections.yml:11: an entry needs exactly one action (found: rename, ignore). "
        "Use one of merge, rename, alias, type, ignore, description, split per entry.",
    ]


TEXTS = {
    "a": (
        "2022-01-01",
        "[Brittany Griner|PERSON] and [James Storey|PERSON] met [Roger Carstens|PERSON] "
        "at [El Helicoide|ORG]. [Amba|PERSON] Smith was there.",
    ),
    "b": ("2022-01-02", "[James Story|PERSON] and [Carstens|PERSON] left. The Envoy spoke."),
}


def test_corrections_are_applied_and_unused_entries_warned(tmp_path):
    path = write(
        tmp_path,
        """
        - rename: Brittany Griner
          to: Brittney Griner
        - merge: [James Storey, Roger Carstens]
          into: Roger Carstens
        - alias: The Envoy
          of: Roger Carstens
        - type: place
          of: El Helicoide
        - description: US hostage envoy
          of: Carstens
        - ignore: Nobody Here
        - rename: Nobody Either
          to: Someone
        """,
    )
    corpus, analyses = make(TEXTS)
    from generator.resolve.entities import resolve_entities

    entities, problems = resolve_entities(corpus, analyses, load_corrections(path))
    found = {e.name: e for e in entities}
    assert "Brittney Griner" in found and "Brittany Griner" in found["Brittney Griner"].aliases
    carstens = found["Roger Carstens"]
    # James Storey and James Story were one person; the merge folded both into Carstens.
    assert {"James Storey", "James Story", "Carstens", "The Envoy"} <= set(carstens.aliases)
    assert [m.text for m in carstens.mentions][-1] == "The Envoy"  # the alias, found again
    assert carstens.note == "US hostage envoy"
    assert found["El Helicoide"].type == "place"
    assert [(p.line, p.level, p.message) for p in problems] == [
        (
            11,
            "warning",
            'ignore "Nobody Here" matched no entity. '
            "Check the spelling against the entity pages, or remove the entry.",
        ),
        (
            12,
            "warning",
            'rename "Nobody Either" matched no entity. '
            "Check the spelling against the entity pages, or remove the entry.",
        ),
    ]
    assert all(p.path == str(path) for p in problems)


def test_ignore_removes_an_entity(tmp_path):
    path = write(tmp_path, "- ignore: El Helicoide\n")
    assert "El Helicoide" not in resolve(TEXTS, load_corrections(path))
    assert "El Helicoide" in resolve(TEXTS)


def test_build_fails_on_a_malformed_file_and_warns_about_unused_entries(make_seeds, capsys):
    from generator.cli import main

    seeds = make_seeds(
        {
            "a.txt": "date 2022-01-01 Roger Carstens flew to Caracas.\n",
            "corrections.yml": "- type: persn\n  of: Roger Carstens\n- ignore: [a]\n",
        }
    )
    out = seeds.parent / "out"
    assert main(["build", "--seeds", str(seeds), "--out", str(out)]) == 1
    error = capsys.readouterr().err
    assert (
        f'{seeds}/corrections.yml:1: unknown type "persn". Use one of: person, organization, place.'
        in error
    )
    (seeds / "corrections.yml").write_text("- ignore: Nobody\n")
    assert main(["build", "--seeds", str(seeds), "--out", str(out)]) == 0
    error = capsys.readouterr().err
    assert f'warning: {seeds}/corrections.yml:1: ignore "Nobody" matched no entity.' in error
    report = (out / "build-report" / "index.md").read_text()
    assert "matched no entity" in report
    assert main(["build", "--seeds", str(seeds), "--out", str(out), "--strict"]) == 1


# "Hill" is joined to Travis Hill, the only full name of that surname: right in "a",
# wrong in "b" and "c" (Capitol Hill).
HILL = {
    "a": ("2022-01-03", "[Travis Hill|PERSON] spoke. Later [Hill|PERSON] said more."),
    "b": ("2022-01-04", "The [Hill|PERSON] voted. The [Hill|PERSON] met."),
    "c": ("2022-01-05", "On the [Hill|PERSON], talks. Staff of [Capitol Hill|LOC] wait."),
}


def documents(entity) -> list[str]:
    return sorted(m.document for m in entity.mentions)


def test_split_detaches_a_spelling_into_an_entity_of_its_own(tmp_path):
    before = resolve(HILL)
    assert documents(before["Travis Hill"]) == ["a", "a", "b", "b", "c"]
    assert [m.name for m in before["Travis Hill"].merged] == ["Hill"]
    found = resolve(HILL, load_corrections(write(tmp_path, "- split: Hill\n  from: Travis Hill\n")))
    assert documents(found["Travis Hill"]) == ["a"]
    assert found["Travis Hill"].merged == ()  # the join it came by is gone with it
    assert documents(found["Hill"]) == ["a", "b", "b", "c"]


def test_split_in_documents_leaves_the_others(tmp_path):
    path = write(tmp_path, "- split: hill\n  from: Travis Hill\n  in: [b, c]\n")  # any case
    found = resolve(HILL, load_corrections(path))
    assert documents(found["Travis Hill"]) == ["a", "a"]
    assert [(m.name, m.document) for m in found["Travis Hill"].merged] == [("Hill", "a")]
    assert documents(found["Hill"]) == ["b", "b", "c"]


def test_entries_after_a_split_name_the_entity_it_made(tmp_path):
    # Without the split, "ignore: Hill" would drop Travis Hill (one of his spellings).
    path = write(tmp_path, "- ignore: Hill\n- split: Hill\n  from: Travis Hill\n  in: [b, c]\n")
    found = resolve(HILL, load_corrections(path))
    assert "Hill" not in found and documents(found["Travis Hill"]) == ["a", "a"]
    path = write(tmp_path, "- split: Hill\n  from: Travis Hill\n- type: place\n  of: Hill\n")
    found = resolve(HILL, load_corrections(path))
    assert (found["Hill"].type, found["Travis Hill"].type) == ("place", "person")
    path = write(
        tmp_path, "- alias: Hill\n  of: Capitol Hill\n- split: Hill\n  from: Travis Hill\n"
    )
    found = resolve(HILL, load_corrections(path))
    assert documents(found["Capitol Hill"]) == ["a", "b", "b", "c", "c"]
    assert documents(found["Travis Hill"]) == ["a"]


def test_split_from_a_name_a_later_entry_gives(tmp_path):
    path = write(
        tmp_path,
        "- rename: Travis Hill\n  to: Travis J. Hill\n- split: Hill\n  from: Travis J. Hill\n",
    )
    entities, problems = resolve_entities(*make(HILL), load_corrections(path))
    found = {e.name: e for e in entities}
    assert problems == ()
    assert documents(found["Travis J. Hill"]) == ["a"]


def test_split_entries_that_do_nothing_are_warned(tmp_path):
    path = write(
        tmp_path,
        """
        - split: Hill
          from: Travis Hil
        - split: Hil
          from: Travis Hill
        - split: Hill
          from: Travis Hill
          in: [b, memo]
        - split: Capitol Hill
          from: Capitol Hill
        - split: Hill
          from: Travis Hill
          in: c
        """,
    )
    entities, problems = resolve_entities(*make(HILL), load_corrections(path))
    found = {e.name: e for e in entities}
    assert documents(found["Hill"]) == ["b", "b", "c"]  # the entries that applied
    assert [(p.line, p.level, p.message) for p in problems] == [
        (
            1,
            "warning",
            'split "Hill" from "Travis Hil": no entity is named "Travis Hil". '
            "Check the spelling against the entity pages, or remove the entry.",
        ),
        (
            3,
            "warning",
            'split "Hil" from "Travis Hill": no mention of "Travis Hill" is written "Hil". '
            "Check the spelling against the entity's page, or remove the entry.",
        ),
        (
            5,
            "warning",
            'split "Hill" from "Travis Hill": no document "memo" in the seeds folder. Name each '
            'document by its file name without ".txt" or ".md", as its source page shows it, '
            "or remove it from the list.",
        ),
        (
            8,
            "warning",
            'split "Capitol Hill" from "Capitol Hill": every mention of "Capitol Hill" is '
            'written "Capitol Hill": nothing would be left. To drop the entity use ignore, to '
            "name it otherwise rename.",
        ),
    ]
