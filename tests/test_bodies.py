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


def test_a_body_written_with_no_country_is_of_the_country_its_document_is_about():
    """Once a corpus writes "Health Ministry" of two countries, a mention with no
    country is the one its sentence names, else after "its" the one named last, else the
    one its document names most (twice, and twice as often as any other); a roundup of
    several countries says nothing."""
    found = resolve(
        {
            "a": (
                "2009-05-01",
                "Sweden's [Health Ministry|ORG] spoke. Mexico's [Health Ministry|ORG] too. "
                "Public health, health care and health policy matter.",
            ),
            "b": (
                "2009-05-02",
                "An outbreak in [Nigeria|GPE] grew. [Nigeria|GPE] closed schools. The "
                "[Health Ministry|ORG] said so.",
            ),
            "c": (
                "2009-05-03",
                "Cases rose in [Japan|GPE], [Chile|GPE] and [Greece|GPE]. Most of "
                "[Japan|GPE]'s cases were in Osaka, the [Health Ministry|ORG] said. In "
                "[Chile|GPE], the [Health Ministry|ORG] closed schools. In [Greece|GPE] "
                "and [Peru|GPE], the [Health Ministry|ORG] spoke.",
            ),
            "d": (
                "2009-05-04",
                "[Ukraine|GPE] won. [Ukraine|GPE] cheered. [Ukraine|GPE] sang. "
                "[Russia|GPE]'s reserves fell after we targeted its [Health Ministry|ORG].",
            ),
        }
    )
    assert [m.document for m in found["Health Ministry (Nigeria)"].mentions] == ["b"]
    assert [m.document for m in found["Health Ministry (Japan)"].mentions] == ["c"]
    assert [m.document for m in found["Health Ministry (Chile)"].mentions] == ["c"]
    assert [m.document for m in found["Health Ministry (Russia)"].mentions] == ["d"]
    assert [m.document for m in found["Health Ministry"].mentions] == ["c"]  # Greece and Peru
