"""Entity resolution on small texts. The spans stand in for the language pipeline's
output (written inline as [text|LABEL]), so each test pins one rule, not the model."""

from __future__ import annotations

import re
from pathlib import Path

from generator.ingest.text import split_sentences
from generator.model import Analysis, Corpus, Document, Entity, Span
from generator.resolve.entities import resolve_entities, sentence_entities

_MARK = re.compile(r"\[([^\]|]+)\|([A-Z]+)\]")


def make(texts: dict[str, tuple[str, str]]) -> tuple[Corpus, list[Analysis]]:
    """{id: (date, text with [span|LABEL] marks)} -> a corpus and its analyses."""
    documents, analyses = [], []
    for doc_id, (date, marked) in texts.items():
        text, spans, cursor, pieces = "", [], 0, []
        for match in _MARK.finditer(marked):
            pieces.append(marked[cursor : match.start()])
            start = sum(len(p) for p in pieces)
            pieces.append(match.group(1))
            spans.append((match.group(1), match.group(2), start))
            cursor = match.end()
        pieces.append(marked[cursor:])
        text = "".join(pieces)
        sentences = tuple(split_sentences(text))
        document = Document(doc_id, doc_id, Path(doc_id), date, doc_id, text, sentences)
        documents.append(document)
        found = []
        for span_text, label, start in spans:
            number = next(s.number for s in sentences if s.start <= start < s.end)
            found.append(Span(span_text, label, number, start, start + len(span_text)))
        analyses.append(Analysis(doc_id, tuple(found)))
    documents.sort(key=lambda d: (d.date, d.id), reverse=True)
    return Corpus(tuple(documents)), analyses


def resolve(texts: dict[str, tuple[str, str]], corrections=None) -> dict[str, Entity]:
    corpus, analyses = make(texts)
    entities, _ = resolve_entities(corpus, analyses, corrections)
    return {e.name: e for e in entities}


def test_accents_and_case_do_not_split_an_entity():
    found = resolve(
        {
            "a": ("2022-01-01", "[Nicolas Maduro|PERSON] spoke today."),
            "b": (
                "2022-01-02",
                "[Nicolás Maduro|PERSON] spoke again. [NICOLAS MADURO|PERSON] too.",
            ),
        }
    )
    assert list(found) == ["Nicolás Maduro"]
    assert set(found["Nicolás Maduro"].aliases) == {"Nicolas Maduro", "NICOLAS MADURO"}
    assert len(found["Nicolás Maduro"].mentions) == 3


def test_lone_surname_attaches_and_type_is_decided_over_all_mentions():
    found = resolve(
        {
            "a": (
                "2022-01-01",
                "President [Nicolás Maduro|PERSON] met [Roger Carstens|PERSON]. "
                "[Maduro|ORG]'s government said so. [Maduro|ORG]'s regime agreed. "
                "[Carstens|PRODUCT] flew home.",
            )
        }
    )
    assert set(found) == {"Nicolás Maduro", "Roger Carstens"}
    assert found["Nicolás Maduro"].type == "person"
    assert len(found["Nicolás Maduro"].mentions) == 3
    assert [m.text for m in found["Roger Carstens"].mentions] == ["Roger Carstens", "Carstens"]


def test_first_names_must_agree_and_ambiguous_surnames_stay_out():
    found = resolve(
        {
            "a": (
                "2022-01-01",
                "[José Luis Zambrano|PERSON] and [Alirio Zambrano|PERSON] were held. "
                "[Zambrano|PERSON] said nothing.",
            )
        }
    )
    assert set(found) == {"José Luis Zambrano", "Alirio Zambrano"}
    assert all(len(e.mentions) == 1 for e in found.values())


def test_near_identical_spellings_merge_keeping_the_variant():
    found = resolve(
        {
            "a": ("2022-01-01", "He came with [James Storey|PERSON] in March."),
            "b": ("2022-01-02", "Once [James Story|PERSON] got here, talks began."),
        }
    )
    assert len(found) == 1
    (entity,) = found.values()
    assert {entity.name, *entity.aliases} == {"James Storey", "James Story"}


def test_middle_names_and_nicknames_merge():
    found = resolve(
        {
            "a": ("2022-01-01", "[Jorge Alberto Fernandez|PERSON] was freed."),
            "b": ("2022-01-02", "[Jorge Fernandez|PERSON] came home. [Joe Biden|PERSON] spoke."),
            "c": ("2022-01-03", "[Joseph R. Biden|PERSON] signed it."),
        }
    )
    assert set(found) == {"Jorge Alberto Fernandez", "Joseph R. Biden"}


def test_a_title_decides_between_two_people_of_one_name():
    found = resolve(
        {
            "a": ("2022-01-01", "President [Joe Biden|PERSON] spoke."),
            "b": (
                "2022-01-02",
                "First Lady [Jill Biden|PERSON] visited a school. President [Biden|PERSON] did not.",
            ),
        }
    )
    assert [m.document for m in found["Joe Biden"].mentions] == ["a", "b"]
    assert len(found["Jill Biden"].mentions) == 1


def test_fragments_are_not_entities():
    found = resolve(
        {
            "a": (
                "2022-01-01",
                "He visited with [Amba|ORG]. [James Storey|PERSON] in March. "
                "The White House has [Offered|ORG] to trade. Biden offered more.",
            )
        }
    )
    assert set(found) == {"James Storey"}


def test_stated_alias_is_honoured_and_found_again():
    found = resolve(
        {
            "a": (
                "2022-01-01",
                "[Leonard Francis|PERSON], also known as 'Fat Leonard', fled. "
                "Fat Leonard was caught in Venezuela.",
            )
        }
    )
    entity = found["Leonard Francis"]
    assert "Fat Leonard" in entity.aliases
    # The alias where it is stated, and where it is used on its own.
    assert [m.text for m in entity.mentions] == ["Leonard Francis", "Fat Leonard", "Fat Leonard"]


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


def test_acronyms_and_split_names():
    found = resolve(
        {
            "a": (
                "2022-01-01",
                "The [United States|GPE] acted. The [US|GPE] said so. In June, the "
                "[US Department|ORG] of the [Treasury|ORG] let [ENI|ORG] and [Repsol|PERSON] export.",
            )
        }
    )
    assert set(found) == {"United States", "US Department of the Treasury", "ENI", "Repsol"}
    assert found["United States"].aliases == ("US",)
    assert found["Repsol"].type == "organization"  # coordinated with an organization
    assert found["US Department of the Treasury"].type == "organization"


def test_places_by_context():
    found = resolve(
        {"a": ("2022-01-01", "They are held at [El Helicoide|ORG] prison in [Caracas|GPE].")}
    )
    assert found["El Helicoide"].type == "place"
    assert found["Caracas"].type == "place"


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


def test_departments_acronyms_and_laws():
    found = resolve(
        {
            "a": (
                "2022-01-01",
                "The [Department of Energy|ORG] and the [DOE|ORG] lab agreed. "
                "The [Energy Department|ORG] paid. Under the [Inflation Reduction Act|LAW] "
                "(IRA), the [IRA|ORG] pays more.",
            ),
            "b": ("2022-01-02", "The [Department of Veterans Affairs|ORG] (VA) and [VA|GPE] met."),
        }
    )
    assert set(found) == {"Energy Department", "Department of Veterans Affairs"}
    assert set(found["Energy Department"].aliases) == {"DOE", "Department of Energy"}
    assert found["Department of Veterans Affairs"].type == "organization"


def test_lone_first_name_joins_the_full_name_in_its_document():
    found = resolve(
        {
            "a": ("2022-01-01", "[Jill Biden|PERSON] spoke. Thank you, [Jill|PERSON]."),
            "b": ("2022-01-02", "[Jill|PERSON] and I are grateful."),
        }
    )
    assert [m.document for m in found["Jill Biden"].mentions] == ["a", "a"]
    assert "Jill" not in found  # elsewhere, which Jill is unknown: left out


def test_markup_around_names_is_trimmed():
    text = (
        "Judge [Ketanji Brown Jackson](https://example.org) and Tom Mims - spoke at "
        "the Heritage Abroad</u>* event."
    )
    document = Document("a", "a", Path("a"), "2022-01-01", "a", text, tuple(split_sentences(text)))
    spans = []
    for raw, label in (
        ("[Ketanji Brown Jackson](", "PERSON"),
        ("Tom Mims -", "PERSON"),
        ("Heritage Abroad</u>*", "ORG"),
    ):
        start = text.index(raw)
        spans.append(Span(raw, label, 1, start, start + len(raw)))
    entities, _ = resolve_entities(Corpus((document,)), [Analysis("a", tuple(spans))])
    assert {e.name for e in entities} == {"Ketanji Brown Jackson", "Tom Mims", "Heritage Abroad"}


def test_two_long_names_with_one_acronym_stay_apart():
    found = resolve(
        {
            "a": (
                "2022-01-01",
                "The [Department of Energy|ORG] and the [DOE|ORG] lab agreed.",
            ),
            "b": ("2022-01-02", "The [Department of Education|ORG] and the [DOE|ORG] met."),
            "c": ("2022-01-03", "The [Department of Energy|ORG] paid the [DOE|ORG] staff."),
        }
    )
    assert set(found) == {"Department of Energy", "Department of Education"}
    assert found["Department of Energy"].aliases == ("DOE",)
    assert found["Department of Education"].aliases == ()


def test_organizations_tagged_as_people_are_not_people():
    found = resolve(
        {
            "a": (
                "2022-01-01",
                "[Healthy Trucking of America|PERSON] joined. [America|GPE] is large. "
                "[Alaska Natives|PERSON] and [Alaska|GPE] benefit.",
            )
        }
    )
    assert found["Healthy Trucking of America"].type == "organization"
    assert found["Healthy Trucking of America"].aliases == ()
    assert "Alaska Natives" not in found
    assert found["Alaska"].type == "place"


def test_a_lone_surname_with_another_title_is_someone_else():
    found = resolve(
        {
            "a": ("2022-01-01", "Its President [Alexis McGill Johnson|PERSON] spoke."),
            "b": ("2022-01-02", "Prime Minister [Johnson|PERSON] of the United Kingdom agreed."),
            "c": ("2022-01-03", "Ms. [Johnson|PERSON] thanked the staff."),
        }
    )
    assert [m.document for m in found["Alexis McGill Johnson"].mentions] == ["a", "c"]


def _lone(entity: Entity, surname: str) -> list[tuple[str, int]]:
    return [(m.document, m.sentence) for m in entity.mentions if m.text == surname]


def test_a_title_before_a_lone_surname_picks_the_namesake_with_that_title():
    found = resolve(
        {
            "a": (
                "2022-01-01",
                "President [Biden|PERSON] and First Lady [Jill Biden|PERSON] came to Ohio. "
                "President [Joe Biden|PERSON] spoke. First Lady [Biden|PERSON] read. "
                "Dr. [Biden|PERSON] left.",
            )
        }
    )
    # "President Biden and First Lady Jill Biden": the title of Jill Biden is First Lady
    # only, so President Biden is Joe Biden wherever he is named.
    assert _lone(found["Joe Biden"], "Biden") == [("a", 1)]
    assert _lone(found["Jill Biden"], "Biden") == [("a", 3), ("a", 4)]


def test_an_untitled_lone_surname_goes_to_the_one_the_document_names_most():
    found = resolve(
        {
            "a": (
                "2022-01-01",
                "First Lady [Jill Biden|PERSON] and President [Biden|PERSON] met. "
                "President [Biden|PERSON] signed it. [Biden|PERSON] said it was good.",
            ),
            "b": ("2022-01-02", "President [Joe Biden|PERSON] spoke."),
        }
    )
    assert _lone(found["Joe Biden"], "Biden") == [("a", 1), ("a", 2), ("a", 3)]
    assert _lone(found["Jill Biden"], "Biden") == []


def test_an_untitled_lone_surname_in_a_tie_goes_to_the_corpus_dominant_namesake():
    texts = {
        "a": (
            "2022-01-01",
            "First Lady [Jill Biden|PERSON] and President [Biden|PERSON] met. "
            "[Biden|PERSON] said it was good.",
        )
    }
    for n in range(3):
        texts[f"b{n}"] = (f"2022-01-0{n + 2}", "President [Joe Biden|PERSON] spoke.")
    found = resolve(texts)
    assert _lone(found["Joe Biden"], "Biden") == [("a", 1), ("a", 2)]
    # A namesake named in one document of four is not dominant: no guess then.
    texts["b0"] = ("2022-01-02", "[Jill Biden|PERSON] spoke.")
    found = resolve(texts)
    assert _lone(found["Joe Biden"], "Biden") == [("a", 1)]
    assert _lone(found["Jill Biden"], "Biden") == []


def test_an_untitled_lone_surname_in_a_tie_goes_to_the_one_named_last_before_it():
    found = resolve(
        {
            "a": (
                "2022-01-01",
                "[Jill Biden|PERSON] spoke in Ohio. [Hunter Biden|PERSON] flew to Iowa. "
                "Later, [Biden|PERSON] said he was tired.",
            )
        }
    )
    assert _lone(found["Hunter Biden"], "Biden") == [("a", 3)]
    assert _lone(found["Jill Biden"], "Biden") == []


def test_headlines_addresses_and_foreign_titles_are_not_names():
    found = resolve(
        {
            "a": (
                "2022-01-01",
                "[President Joe Biden|PERSON] spoke. [Biden Announces Presidential Delegation|ORG] "
                "to Chile. See www.example.gov/[Biden-Harris-Permitting-Action-Plan|ORG].pdf "
                "and [PresidentBiden?src|GPE] online. [Biden Touts Historic Gun|ORG] Laws. "
                "[Presidente Biden|PERSON] habló. [Sarah Bloom Raskin to Serve|PERSON] was named.",
            ),
        }
    )
    assert set(found) == {"Joe Biden"}
    assert [m.text for m in found["Joe Biden"].mentions] == ["Joe Biden", "Biden"]


def test_hyphenated_surnames_name_an_administration():
    found = resolve(
        {
            "a": (
                "2022-01-01",
                "[Joe Biden|PERSON] and [Kamala Harris|PERSON] spoke for the "
                "[Biden-Harris Administration|ORG]. The [Biden-Harris|GPE] administration "
                "agreed. [Barack Obama|PERSON] led the [Obama-Biden|PERSON] Administration. "
                "The [Indo-Pacific|GPE] is vast.",
            ),
        }
    )
    assert found["Biden-Harris Administration"].type == "organization"
    assert len(found["Biden-Harris Administration"].mentions) == 2
    assert found["Obama-Biden"].type == "organization"
    assert found["Indo-Pacific"].type == "place"


def test_posts_initials_and_common_words_are_not_names():
    found = resolve(
        {
            "a": (
                "2022-01-01",
                "The [SBA Regional Administrator|ORG], [Caucus Co-Chair|PERSON], the [Governors|PERSON] met "
                "[George A.|PERSON] at the [Council of Economic Advisers|ORG]. "
                "[Syracuse Build|PERSON] will build. "
                + "We build. " * 10
                + "[Robert O. Work|PERSON] said the work is work. Work it.",
            ),
        }
    )
    assert set(found) == {"Council of Economic Advisers", "Robert O. Work"}


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


def test_subjects_in_title_case_and_a_place_before_department_are_not_organizations():
    found = resolve(
        {
            "a": (
                "2022-01-01",
                "The [Supply Chain|ORG], [Indigenous Communities|ORG], [Climate Crisis|ORG] matter. The supply chain, "
                "a supply chain, the climate, a crisis, communities. The [Puerto Rico Department|ORG] "
                "of Housing works in [Puerto Rico|GPE]. [Puerto Rico|GPE] agreed with the "
                "[Financial Action Task Force|ORG] ([FATF|ORG]).",
            ),
        }
    )
    assert set(found) == {"Puerto Rico", "Puerto Rico Department", "Financial Action Task Force"}
    assert found["Puerto Rico"].type == "place"


def test_a_first_name_joins_a_namesake_who_dominates_the_corpus():
    texts = {
        f"b{n}": (f"2022-01-0{n + 1}", "First Lady [Jill Biden|PERSON] spoke.") for n in range(3)
    }
    texts["c"] = ("2022-01-05", "[Jill Cook|PERSON] came.")
    texts["d"] = ("2022-01-06", "[Jill|PERSON] and I are grateful. [Chair Tester|PERSON] agreed.")
    texts["e"] = ("2022-01-07", "The [September|ORG] 24 meeting. [Jon Tester|PERSON] spoke.")
    found = resolve(texts)
    assert [m.document for m in found["Jill Biden"].mentions] == ["b0", "b1", "b2", "d"]
    assert [m.document for m in found["Jon Tester"].mentions] == ["d", "e"]
    assert "September 24" not in found
    texts["c2"] = ("2022-01-08", "[Jill Cook|PERSON] left.")
    found = resolve(texts)  # three documents against two: nobody dominates
    assert [m.document for m in found["Jill Biden"].mentions] == ["b0", "b1", "b2"]


def test_an_organization_run_together_with_a_titled_name_is_not_an_entity():
    found = resolve(
        {
            "a": (
                "2022-01-01",
                "[New York University School of Law Dean Trevor Morrison|ORG] spoke at the "
                "[Office of the Vice President|ORG] and the [Council of Economic Advisers|ORG].",
            ),
        }
    )
    assert set(found) == {"Office of the Vice President", "Council of Economic Advisers"}


def test_a_state_code_defined_as_an_acronym_is_that_acronym():
    found = resolve(
        {
            "a": (
                "2022-01-01",
                "The [Department of Veterans Affairs|ORG] ([VA|ORG]) helps. [VA|GPE] pays.",
            ),
            "b": ("2022-01-02", "He lives in Richmond, [VA|GPE]. [Virginia|GPE] is green."),
        }
    )
    assert [m.document for m in found["Department of Veterans Affairs"].mentions] == ["a"] * 3
    assert found["Virginia"].type == "place"
    assert [m.text for m in found["Virginia"].mentions] == ["VA", "Virginia"]


def test_regions_and_waters_are_places_whatever_the_tag():
    found = resolve(
        {
            "a": (
                "2022-01-01",
                "The [Indo-Pacific|ORG] and the [South China Sea|ORG] matter to the "
                "[Pacific Islands Forum|ORG] and the [Pacific|LOC].",
            ),
        }
    )
    assert found["Indo-Pacific"].type == "place"
    assert found["South China Sea"].type == "place"
    assert found["Pacific Islands Forum"].type == "organization"
    assert found["Pacific"].type == "place"
