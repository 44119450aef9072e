"""The resolve stage as a whole (resolve/entities.py): stable ids, ordered mentions, the
entities of each sentence. Each pass has its own module: test_mentions, test_resolution,
test_refind, test_roles, test_corrections; the spans are written inline as [text|LABEL]
(entity_fixtures.py)."""

from __future__ import annotations

from generator.resolve.entities import resolve_entities, sentence_entities

from .entity_fixtures import make, resolve


def test_ids_are_stable_unique_and_mentions_ordered():
    texts = {
        "a": ("2022-01-02", "[Washington|GPE] said that [George Washington|PERSON] slept here."),
        "b": ("2022-01-01", "[Washington|GPE] is the capital."),
    }
    first = resolve(texts)
    second = resolve(texts)
    assert first == second
    ids = [e.id for e in first.values()]
    assert len(ids) == len(set(ids))
    place = first["Washington"]
    assert place.type == "place"
    assert [m.document for m in place.mentions] == ["b", "a"]
    assert place.first_seen == "2022-01-01" and place.last_seen == "2022-01-02"


def test_sentence_entities_for_the_chronology():
    corpus, analyses = make(
        {"a": ("2022-01-01", "[Roger Carstens|PERSON] flew to [Caracas|GPE]. He returned.")}
    )
    entities, _ = resolve_entities(corpus, analyses)
    assert sentence_entities(entities) == {("a", 1): ("caracas", "roger-carstens")}


def test_a_town_keeps_the_spelling_with_its_state_and_a_state_in_a_list_does_not():
    found = resolve(
        {
            "a": (
                "2010-05-01",
                "Boats left [Venice|GPE], Louisiana. [Venice|GPE] was busy. "
                "[Texas|GPE], Louisiana and Florida wait.",
            )
        }
    )
    assert "Venice, Louisiana" in found["Venice"].aliases
    assert found["Texas"].aliases == ()


def test_a_name_cut_at_its_possessive_is_the_name_it_is_short_for():
    found = resolve(
        {
            "a": (
                "2009-05-04",
                "Pupils at [Alleyn's School|ORG] fell ill. Siblings of pupils at [Alleyn|ORG]'s "
                "were ill. [Alleyn|ORG]'s, an independent school, shut.",
            ),
            "b": (
                "2010-06-01",
                "[Moody’s Analytics|ORG] sees growth. [Moody|ORG]’s said so. An economist at "
                "[Moody|ORG]’s agreed.",
            ),
        }
    )
    assert len(found["Alleyn's School"].mentions) == 3
    # the name shown keeps the possessive its short form is written with
    assert len(found["Moody’s"].mentions) == 3 and "Moody" not in found


def test_a_word_only_written_as_a_ministers_portfolio_is_no_body():
    """ "Labour Minister", "the Labour Commissioner", "Minister of Labour": the post's
    words; "BP", also written alone, is a body though "BP Director" is written too."""
    found = resolve(
        {
            "a": (
                "2025-03-03",
                "[Labour|ORG] Minister [Grace Banda|PERSON] landed. The [Labour|ORG] "
                "Commissioner, [Kennedy Siame|PERSON], came. The Minister of [Labour|ORG] "
                "spoke. [BP|ORG] Director [Bob Dudley|PERSON] spoke. [BP|ORG] said so.",
            )
        }
    )
    assert "Labour" not in found and "BP" in found


def test_a_name_written_with_an_english_and_a_chinese_given_name_joins_its_short_forms():
    """ "Raymond Wong Chi-hung" is written short "Raymond Wong" (the English given name and
    the family name), here more often than in full; not where two people named in full
    share the short form (two Tony Cheungs), nor another Wong ("Wong Chi-fai")."""
    found = resolve(
        {
            "a": (
                "2026-02-12",
                "Owners' chairman [Raymond Wong Chi-hung|PERSON] spoke. Lawmaker "
                "[Tony Cheung Ho-yin|PERSON] and engineer [Tony Cheung Kar-lok|PERSON] met.",
            ),
            "b": (
                "2026-03-03",
                "[Raymond Wong|PERSON] said the vote was fair. [Raymond Wong|PERSON] left. "
                "[Raymond Wong|PERSON] came back. [Tony Cheung|PERSON] said nothing.",
            ),
            "c": ("2026-03-04", "[Raymond Wong|PERSON] spoke. [Wong Chi-fai|PERSON] agreed."),
        }
    )
    assert found["Raymond Wong"].aliases == ("Raymond Wong Chi-hung",)
    assert "Raymond Wong Chi-hung" not in found
    assert {"Tony Cheung", "Tony Cheung Ho-yin", "Tony Cheung Kar-lok", "Wong Chi-fai"} <= set(
        found
    )
