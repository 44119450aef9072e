"""The corrections file: validated where it enters, applied after resolution."""

from __future__ import annotations

import textwrap

import pytest

from generator.errors import ConfigError
from generator.ingest.corrections import Correction, load_corrections

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
        "Start it with one of: merge, rename, alias, type, ignore, description.",
        'corrections.yml:2: "rename" needs "to". Write it as: rename: Old Spelling   to: Right Spelling',
        'corrections.yml:4: unknown key "into" in a rename entry. Use only "rename" and "to", '
        "e.g. rename: Old Spelling   to: Right Spelling",
        'corrections.yml:5: unknown type "persn". Use one of: person, organization, place.',
        'corrections.yml:7: "merge" must be a list of names. Write it as: merge: [Name One, Name Two]',
        "corrections.yml:8: merge needs at least two names. Write it as: merge: [Name One, Name Two]",
        'corrections.yml:9: "ignore" must be a name or text on one line. Write it as: ignore: Name',
        "corrections.yml:10: an entry needs exactly one action (found: none). "
        "Use one of merge, rename, alias, type, ignore, description per entry.",
        "corrections.yml:11: an entry needs exactly one action (found: rename, ignore). "
        "Use one of merge, rename, alias, type, ignore, description per entry.",
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
