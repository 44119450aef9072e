"""Mentions the pipeline missed, found again, and named groups (resolve/refind.py)."""

from __future__ import annotations

from .entity_fixtures import resolve


def test_named_group_links_to_the_members_the_text_lists():
    names = ["Tomeu Vadell", "Jose Luis Zambrano", "Alirio Zambrano", "Jorge Toledo"]
    names += ["Gustavo Cardenas", "José Pereira"]
    listing = ", ".join(f"[{n}|PERSON]" for n in names[:-1]) + f", and [{names[-1]}|PERSON]"
    found = resolve(
        {
            "a": (
                "2022-01-01",
                f"A diplomat met the Citgo 6 in Venezuela. He works for [Citgo|ORG] now. "
                f"He visited the six executives, {listing}, in prison.",
            )
        }
    )
    group = found["Citgo 6"]
    assert group.type == "organization"
    assert len(group.members) == 6
    assert {found[n].id for n in ["Tomeu Vadell", "Alirio Zambrano"]} <= set(group.members)
    # "Citgo" inside "Citgo 6" belongs to the group, not to the company.
    assert [m.text for m in found["Citgo"].mentions] == ["Citgo"]
    member = found["Jorge Toledo"]
    assert any("Citgo 6" in d.text for d in member.descriptions)


def test_missed_mentions_are_found_again():
    found = resolve(
        {
            "a": (
                "2022-01-01",
                "Officials of [Citgo|ORG] were arrested. Citgo executives deny it. "
                "[Roger Carstens|PERSON] went. Carstens’ office declined to comment.",
            )
        }
    )
    assert len(found["Citgo"].mentions) == 2
    assert [m.text for m in found["Roger Carstens"].mentions] == ["Roger Carstens", "Carstens"]


def test_a_surname_that_is_a_common_word_is_found_again_only_after_a_title():
    texts = {
        "a": (
            "2022-01-01",
            "[Shalanda Young|PERSON] spoke. Director Young agreed. Young people came. "
            "They were young, so young and young. Young and old.",
        )
    }
    found = resolve(texts)
    assert [m.text for m in found["Shalanda Young"].mentions] == ["Shalanda Young", "Young"]
