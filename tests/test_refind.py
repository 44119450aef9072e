"""Mentions the pipeline missed, found again, and named groups (resolve/refind.py)."""

from __future__ import annotations

import re
from dataclasses import replace

from generator.model import Turn
from generator.resolve.entities import resolve_entities
from generator.resolve.mentions import Found
from generator.resolve.refind import find_groups
from generator.resolve.resolution import Cluster

from .entity_fixtures import make, resolve


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


def test_an_acronym_that_is_a_common_word_in_capitals_is_found_again():
    """ "WHO", the World Health Organization's letters, is found again where the pipeline
    missed it, at a sentence's start too; "who" and a heading in capitals are not it."""
    texts = {
        "a": (
            "2026-05-22",
            "The [World Health Organization|ORG] ([WHO|ORG]) met. Kenya notified WHO of 1486 "
            "cases, who were mostly children. WHO advises against travel bans.\n\n"
            "WHO WILL PAY",
        )
    }
    found = resolve(texts)
    assert [m.text for m in found["World Health Organization"].mentions] == [
        "World Health Organization",
        "WHO",
        "WHO",
        "WHO",
    ]


def test_a_surname_is_found_again_where_its_person_is_named_in_full():
    """ "Wickard has led the farm" after "Julia Wickard" is hers, though a name tagged a
    person opens with the word there ("Wickard Livestock", a farm): a given name only
    keeps a surname from being found again where its person is not named in full."""
    found = resolve(
        {
            "a": (
                "2022-03-17",
                "[Julia Wickard|PERSON] was named director. She and her husband run "
                "[Wickard Livestock|PERSON] near Lafayette. Since 2001 Wickard has led the farm.",
            ),
            "b": ("2022-03-18", "[Julia Wickard|PERSON] spoke."),
        }
    )
    assert [(m.document, m.text) for m in found["Julia Wickard"].mentions] == [
        ("a", "Julia Wickard"),
        ("a", "Wickard"),
        ("b", "Julia Wickard"),
    ]


def test_a_group_name_tagged_as_one_span_is_not_found_again():
    corpus, _ = make(
        {"a": ("2009-05-08", "Tamiflu was given at Alleyn's School Four children fell ill.")}
    )
    text = corpus.documents[0].text
    start = text.index("Alleyn")

    def cluster(name: str, at: int) -> Cluster:
        found = Found(0, name, "ORG", 1, at, at + len(name), vote="organization")
        return Cluster(mentions=[found])

    # "Alleyn's School" elsewhere, and the span the tagger gave: no group of that span
    live = [cluster("Alleyn's School", start), cluster("Alleyn's School Four", start)]
    assert find_groups(live, corpus.documents) == []
    assert len(find_groups(live[:1], corpus.documents)) == 1  # untagged, it is one


def test_a_first_name_said_to_a_reporter_is_not_found_again_as_the_namesake():
    texts = {f"z{n}": (f"2021-03-0{n + 1}", "[Jeff Zients|PERSON] spoke.") for n in range(3)}
    texts["z0"] = ("2021-03-01", "[Jeff Zients|PERSON] spoke. [Jeff|PERSON] left.")
    texts["a"] = (
        "2021-03-05",
        "MS. PSAKI: Go ahead, Jeff. Q Thanks. [Jeff Zients|PERSON] said no.",
    )
    texts["b"] = ("2021-03-06", "MR. ZIENTS: We met. MS. PSAKI: Thank you, Jeff.")
    corpus, analyses = make(texts)

    def turns(document):
        labels = re.finditer(r"(MS\. PSAKI|MR\. ZIENTS|Q)\b", document.text)
        return tuple(Turn(m.group(1), m.start(1), m.end(1), 1, 1) for m in labels)

    documents = tuple(replace(d, turns=turns(d)) for d in corpus.documents)
    entities, _ = resolve_entities(replace(corpus, documents=documents), analyses)
    zients = {e.name: e for e in entities}["Jeff Zients"]
    # a: a reporter called on where he does not speak; b: said to him, a speaker here
    assert [m.document for m in zients.mentions if m.document in "ab" and m.end - m.start == 4] == [
        "b"
    ]


def test_a_share_of_the_vote_after_a_name_is_no_group():
    found = resolve(
        {
            "a": (
                "2024-06-10",
                "Near-final results: [CDU|ORG] 23.8%, [SPP|ORG] 21,1 percent. The "
                "[Citgo|ORG] 6 were freed.",
            )
        }
    )
    assert "CDU 23" not in found and "SPP 21" not in found and "CDU" in found


def test_a_result_after_a_name_is_no_group():
    found = resolve(
        {
            "a": (
                "2024-02-05",
                "RESULTS: [Katsina Royals|ORG] 3 [Delta Mariners|ORG] 0; [Gombe Rangers|ORG] "
                "1 [Owerri City|ORG] 1. The [Citgo|ORG] 6 were freed.",
            )
        }
    )
    assert not [name for name in found if name[-1].isdigit() and name != "Citgo 6"]
    assert "Katsina Royals" in found and "Citgo 6" in found


def test_a_surname_two_people_share_is_found_again_for_the_one_its_document_names():
    # Jen and Ryan Easterly: a lone "Easterly" in Ryan's biography is his; where both
    # are named before it, it is neither's. A title one of them never had ("Speaker Pelosi" beside Paul Pelosi, never titled) is not found
    # again as theirs.
    found = resolve(
        {
            "a": (
                "2022-07-15",
                "[Ryan D. Easterly|PERSON] is a member. Easterly lives in Alabama. "
                "[Paul Pelosi|PERSON] was attacked. Speaker Pelosi spoke.",
            ),
            "b": (
                "2022-07-19",
                "[Jen Easterly|PERSON] and [Ryan Easterly|PERSON] met. Easterly spoke. "
                "[Speaker Nancy Pelosi|PERSON] spoke.",
            ),
        }
    )
    assert [m.text for m in found["Ryan D. Easterly"].mentions] == [
        "Ryan D. Easterly",
        "Easterly",
        "Ryan Easterly",
    ]
    assert [m.text for m in found["Jen Easterly"].mentions] == ["Jen Easterly"]
    assert [m.text for m in found["Paul Pelosi"].mentions] == ["Paul Pelosi"]
