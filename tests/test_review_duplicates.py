"""Likely duplicates (publish/review_duplicates.py): which names say two entities are one."""

from __future__ import annotations

from .test_review import build, of_kind


def test_particles_and_plurals_but_not_namesakes():
    items, _, _ = build()
    duplicates = {i.title for i in of_kind(items, "duplicate")}
    assert "Ana María de la Cruz and Ana María Cruz: one person?" in duplicates
    # Two people of one surname with other first names are namesakes, not one.
    texts = {
        "a": ("2022-01-03", "[Joe Biden|PERSON] and [Hunter Biden|PERSON] met [Biden|PERSON].")
    }
    assert of_kind(build(texts)[0], "duplicate") == []


def test_generic_words_and_acronyms_written_beside_the_name():
    texts = {
        "a": (
            "2022-01-03",
            "The [Republic of the Valmora Isles|GPE] spoke. The [Republic of Valmora Isles|GPE] "
            "agreed. The [Office of Personnel "
            "Management|ORG] ([OPM|ORG]) wrote. [Credit Suisse Group AG|ORG] and [Credit "
            "Suisse|ORG] met. The [City of New York|GPE] sued [New York|GPE].",
        ),
        "b": ("2022-01-04", "[OPM|ORG] said so. The [Virginia|GPE] office of [VA|ORG] opened."),
    }
    found = {i.title: i for i in of_kind(build(texts)[0], "duplicate")}
    # ("Kingdom of Spain" and "Spain", "Republic of Philippines" and "Republic of the
    # Philippines" are one already: resolution joins a country's formal names.)
    assert "Republic of the Valmora Isles and Republic of Valmora Isles: one place?" in found
    assert "Credit Suisse Group AG and Credit Suisse: one organization?" in found
    # A city is not the state of its name.
    assert not [t for t in found if "New York" in t]
    assert not [t for t in found if "Virginia" in t]  # "VA" is not written beside it
