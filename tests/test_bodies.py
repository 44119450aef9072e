"""Bodies of one name in several countries (resolve/bodies.py)."""

from __future__ import annotations

from .entity_fixtures import resolve


def test_a_generic_body_is_split_by_the_country_written_with_it():
    """ "Oman's Ministry of Foreign Affairs" and "Yemen's Ministry of Foreign Affairs" are
    two bodies; a mention with no country goes with the one its document writes; "the
    U.S. Department of Agriculture" names its country and is never split."""
    found = resolve(
        {
            "a": (
                "2024-11-12",
                "Talks were hosted by Oman's [Ministry of Foreign Affairs|ORG]. The "
                "[Ministry of Foreign Affairs|ORG] said they would go on. The foreign "
                "minister spoke.",
            ),
            "b": (
                "2024-11-13",
                "A spokesman for Yemen's [Ministry of Foreign Affairs|ORG] spoke. Officials "
                "at the Mexican [Ministry of Foreign Affairs|ORG] agreed. The affairs of "
                "the ministry are foreign to us. He writes on foreign affairs, world affairs and "
                "business affairs.",
            ),
            "c": (
                "2024-11-14",
                "The [U.S. Department of Agriculture|ORG] and Ukraine's [U.S. Department of "
                "Agriculture|ORG] office met.",
            ),
        }
    )
    oman = found["Ministry of Foreign Affairs (Oman)"]
    assert [m.document for m in oman.mentions] == ["a", "a"]
    assert [m.document for m in found["Ministry of Foreign Affairs (Yemen)"].mentions] == ["b"]
    assert [m.document for m in found["Ministry of Foreign Affairs (Mexico)"].mentions] == ["b"]
    assert "Ministry of Foreign Affairs" not in found
    assert len(found["U.S. Department of Agriculture"].mentions) == 2
