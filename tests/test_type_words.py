"""The words around and inside a name that say what kind of thing it names, however the
language pipeline tagged it (resolve/votes.py), and the state a town is shown with
(resolve/entities.py, _qualified_forms)."""

from __future__ import annotations

from .entity_fixtures import resolve


def test_a_places_word_that_is_also_a_surname_makes_a_place_of_a_body_not_of_a_person():
    found = resolve(
        {
            "a": (
                "2010-06-17",
                "Hayward testified on [Capitol Hill|ORG] on Thursday. Oil may reach "
                "[the Florida Keys|ORG] soon. Lawmakers on [Capitol Hill|ORG] were angry. "
                "[Carla Hills|PERSON] said so. [Hills|PERSON] left.",
            )
        }
    )
    assert found["Capitol Hill"].type == "place"
    assert found["Florida Keys"].type == "place"
    assert found["Carla Hills"].type == "person"  # tagged a person: her vote stands


def test_a_state_that_opens_a_longer_name_is_no_towns_qualifier():
    found = resolve(
        {
            "a": (
                "2010-05-25",
                "On [Capitol Hill|GPE], Florida Democratic Sen. [Bill Nelson|PERSON] spoke. "
                "Boats left [Venice|GPE], Louisiana, at dawn. [Venice|GPE] was calm.",
            ),
            "b": ("2010-05-26", "Crews at [Venice|GPE], Louisiana May 26 waited."),
        }
    )
    assert found["Capitol Hill"].aliases == ()
    assert "Venice, Louisiana" in found["Venice"].aliases


def test_an_institutions_word_in_lower_case_after_a_name_makes_it_an_institution():
    found = resolve(
        {
            "a": (
                "2009-05-05",
                "Two pupils at the [Dolphin|PERSON] school in [Battersea|GPE] fell ill. The "
                "[Dolphin|PERSON] school closed. Parents of the [Dolphin|PERSON] school met.",
            ),
            "b": (
                "2009-05-28",
                "[Eton College|ORG] in [Berkshire|GPE] closed. The [Berkshire|GPE] school "
                "said a boy was ill. Farms in [Berkshire|GPE] were quiet.",
            ),
        }
    )
    assert found["Dolphin"].type == "organization"
    # a place's name modifying the word: weak evidence, which its other mentions outvote
    assert found["Berkshire"].type == "place"


def test_a_name_in_apposition_to_a_products_kind_is_a_product():
    found = resolve(
        {
            "a": (
                "2010-05-12",
                "The company that makes the primary dispersant being used, [Corexit|ORG], "
                "says the product is safe. The dispersant [Corexit|ORG] is sprayed. The spill "
                "spread, [Nalco|ORG] said.",
            )
        }
    )
    assert "Corexit" not in found
    assert found["Nalco"].type == "organization"


def test_two_names_joined_by_and_in_one_span_are_two_names():
    found = resolve(
        {
            "a": (
                "2022-05-01",
                "[Ministry of Health and World Health Organization|ORG] staff met. The "
                "[World Health Organization|ORG] said so. The [Ministry of Health|ORG] "
                "agreed. The [Ministry of Health|ORG] left. The [World Health "
                "Organization|ORG] stayed.",
            ),
            # one name said twice; a pair the corpus writes as one, tagged apart too
            "b": (
                "2022-05-02",
                "[Johnson and Johnson|ORG] sold. [Johnson|PERSON] spoke. [Johnson|PERSON] "
                "left. We back [AA and NHPI|ORG] communities, [AA|ORG] and [NHPI|ORG] "
                "communities, AA and NHPI families, AA and NHPI workers. [AA|ORG] and "
                "[NHPI|ORG] groups.",
            ),
        }
    )
    assert "Ministry of Health and World Health Organization" not in found
    assert len(found["World Health Organization"].mentions) == 3
    assert len(found["Ministry of Health"].mentions) == 3
    assert "Johnson and Johnson" in found
    assert "AA and NHPI" in found


def test_a_companys_word_joins_the_companys_name_it_begins_run_together():
    found = resolve(
        {
            **{
                f"g{n}": (
                    "2009-05-01",
                    f"[GlaxoSmithKline|ORG] sold {n} doses. Later [Glaxo|ORG] said it would help.",
                )
                for n in range(3)
            },
            # a hyphen's parts are two bodies: a venture of TNK and BP
            **{
                f"t{n}": (
                    "2010-06-01",
                    f"[TNK-BP|ORG] grew {n}. Then [TNK|ORG] said so. [BP|ORG] agreed.",
                )
                for n in range(3)
            },
        }
    )
    glaxo = [e for e in found.values() if {"Glaxo", "GlaxoSmithKline"} <= {e.name, *e.aliases}]
    assert len(glaxo) == 1
    assert "TNK" in found and "TNK" not in found["TNK-BP"].aliases


def test_a_news_outlet_is_an_organization_unless_someone_named_in_full_bears_its_name():
    found = resolve(
        {
            "a": (
                "2021-03-01",
                "MODERATOR: We'll go to Rachel Roubein at [Politico|PERSON]. Next, "
                "[Politico|PERSON]. The [Politico|ORG] story ran. Josh Wingrove, "
                "[Bloomberg|GPE]. Shira Stein at [Bloomberg|GPE]. Last one to "
                "[Bloomberg|GPE].",
            ),
        }
    )
    assert found["Politico"].type == "organization"
    assert found["Bloomberg"].type == "organization"
    mayor = resolve(
        {
            "b": (
                "2010-06-01",
                "Mayor [Michael Bloomberg|PERSON] spoke. “It is fine,” [Bloomberg|ORG] said "
                "on his radio show. [Bloomberg|ORG] said so.",
            ),
        }
    )
    # his surname stays his: someone named in full bears it
    assert "Bloomberg" not in mayor and len(mayor["Michael Bloomberg"].mentions) == 3


def test_a_name_after_a_role_and_its_portfolio_is_a_persons_however_tagged():
    found = resolve(
        {
            "a": (
                "2010-07-25",
                "The White House chief of staff, [Rahm Emanuel|ORG], joked on TV. "
                "President Obama's chief of staff, [Rahm Emanuel|ORG], condemned it. "
                "Later [Rahm Emanuel|PERSON] left.",
            )
        }
    )
    assert found["Rahm Emanuel"].type == "person"


def test_a_name_opened_by_a_bayou_is_a_place_however_tagged():
    found = resolve(
        {
            "a": (
                "2010-05-20",
                "Crews laid booms off the coast of [Bayou La Batre|PERSON], Alabama. "
                "[Bayou La Batre|PERSON] Mayor Stan Wright spoke.",
            )
        }
    )
    assert found["Bayou La Batre"].type == "place"


def test_a_name_after_a_role_with_an_article_and_a_comma_is_a_persons():
    found = resolve(
        {
            "a": (
                "2022-03-01",
                "As a political activist, [Marsha Laufer|GPE] led a council. [Marsha "
                "Laufer|GPE] won. [Marsha Laufer|GPE] spoke. The governor, [Onondaga "
                "County|GPE] executive and others met in [Onondaga County|GPE].",
            )
        }
    )
    assert found["Marsha Laufer"].type == "person"
    # a list's next item that modifies a role's word is no one in apposition
    assert found["Onondaga County"].type == "place"


def test_an_accidents_word_then_a_determiner_ends_the_phrase_where_it_happened():
    found = resolve(
        {
            "a": (
                "2010-06-10",
                "The well spews an [Exxon Valdez|ORG] disaster every four days. It is an "
                "[Exxon Valdez|ORG] spill each week. The tanker [Exxon Valdez|ORG] ran "
                "aground in 1989.",
            )
        }
    )
    assert found["Exxon Valdez"].type == "place"
