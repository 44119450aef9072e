"""Roles stated before and after a name, each cited to its sentence (resolve/roles.py)."""

from __future__ import annotations

from .entity_fixtures import resolve


def test_roles_before_and_after_names_are_cited():
    found = resolve(
        {
            "a": (
                "2022-01-01",
                "The effort is led by Ambassador [Roger Carstens|PERSON]. "
                "[Carstens|PRODUCT], the government’s senior hostage negotiator, flew. "
                "He met [Jorge Rodríguez|PERSON], Maduro’s representative. "
                "The opposition leader [Juan Guaido|PERSON] was not there.",
            )
        }
    )
    roles = {(d.text, d.sentence) for d in found["Roger Carstens"].descriptions}
    assert roles == {("Ambassador", 1), ("the government’s senior hostage negotiator", 2)}
    assert [d.text for d in found["Jorge Rodríguez"].descriptions] == ["Maduro’s representative"]
    assert [d.text for d in found["Juan Guaido"].descriptions] == ["opposition leader"]


def test_an_office_for_or_to_something_and_a_doctor_are_roles():
    found = resolve(
        {
            "a": (
                "2022-01-01",
                "The Coordinator for Strategic Communications [John Kirby|PERSON] spoke. "
                "Dr. [Conrad Murray|PERSON] was charged. "
                "Then Coast Guard Admiral [Thad Allen|PERSON] came.",
            )
        }
    )
    assert [d.text for d in found["John Kirby"].descriptions] == [
        "Coordinator for Strategic Communications"
    ]
    assert [d.text for d in found["Conrad Murray"].descriptions] == ["Doctor"]
    assert [d.text for d in found["Thad Allen"].descriptions] == ["Coast Guard Admiral"]
