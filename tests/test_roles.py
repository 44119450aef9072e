"""Roles stated before and after a name, each cited to its sentence (resolve/roles.py)."""

from __future__ import annotations

from dataclasses import replace

from generator.ingest.datelines import find_datelines
from generator.ingest.load import load_corpus
from generator.resolve.entities import resolve_entities

from .chronology_fixtures import analyse_by_hand
from .entity_fixtures import make, resolve


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


def test_a_role_after_an_age_in_apposition_and_everyday_occupations():
    found = resolve(
        {
            "a": (
                "2025-05-23",
                "[Luis Larregoity|PERSON], 71, a retiree, waited. [Li Mingtai|PERSON], 34, a "
                "waiter at a nearby restaurant, agreed. [Maria Santos|PERSON], 67, of "
                "[Ashby|GPE], found out.",
            )
        }
    )
    assert [d.text for d in found["Luis Larregoity"].descriptions] == ["a retiree"]
    assert [d.text for d in found["Li Mingtai"].descriptions] == [
        "a waiter at a nearby restaurant"
    ]
    assert found["Maria Santos"].descriptions == ()  # where she lives is no role


def test_the_post_someone_is_appointed_to_is_a_role():
    found = resolve(
        {
            "a": (
                "2025-03-12",
                "The board has appointed [Priya Natarajan|PERSON] as Chief Operating Officer, "
                "effective April 1. [Jane Roe|PERSON] was named chief executive of [Acme "
                "Corp|ORG] on Tuesday. [DuWayne Tewes|PERSON] was named the Federal "
                "Coordinating Officer for Federal recovery operations. [Barack Obama|PERSON] "
                "named compensation czar [Kenneth Feinberg|PERSON]. The suit named [John "
                "Smith|PERSON] and two others. Aides confirmed [Tom Lee|PERSON] will travel "
                "to Kyiv to meet the president.",
            )
        }
    )
    assert [d.text for d in found["Priya Natarajan"].descriptions] == ["Chief Operating Officer"]
    assert [d.text for d in found["Jane Roe"].descriptions] == ["chief executive of Acme Corp"]
    assert [d.text for d in found["DuWayne Tewes"].descriptions] == ["Federal Coordinating Officer"]
    assert found["Barack Obama"].descriptions == ()  # he appoints: the post is not his
    assert found["John Smith"].descriptions == ()  # no post
    assert found["Tom Lee"].descriptions == ()  # a clause, no post


def test_nouns_in_lower_case_before_a_role_are_the_roles():
    found = resolve(
        {
            "a": (
                "2009-04-24",
                "Said the country's chief public health officer [David Butler|PERSON]. The "
                "energy adviser [Carol Brown|PERSON] spoke. Officials briefed health minister "
                "[Ana Ruiz|PERSON]. Aides went to meet Russian president [Dmitry "
                "Medvedev|PERSON]. By the time chief executive [Akio Toyoda|PERSON] came, "
                "it was late.",
            )
        }
    )
    assert [d.text for d in found["David Butler"].descriptions] == [
        "chief public health officer"
    ]
    assert [d.text for d in found["Carol Brown"].descriptions] == ["energy adviser"]
    assert [d.text for d in found["Ana Ruiz"].descriptions] == ["minister"]  # a verb's object
    assert [d.text for d in found["Dmitry Medvedev"].descriptions] == ["Russian president"]
    assert [d.text for d in found["Akio Toyoda"].descriptions] == ["chief executive"]


def test_titles_written_short_without_a_dot_and_an_mps_letters_are_roles():
    found = resolve(
        {
            "a": (
                "2024-02-01",
                "Dr [Amira Haddad|PERSON] tested the wells. Labour MP [Sarah Okoye|PERSON] "
                "spoke. Opposition leader Cllr [Martin Hale|PERSON] objected. Cllr [Joanna "
                "Pryce|PERSON] replied.",
            )
        }
    )
    assert [d.text for d in found["Amira Haddad"].descriptions] == ["Doctor"]
    assert [d.text for d in found["Sarah Okoye"].descriptions] == ["Labour MP"]
    # a councillor's "Cllr" after a post is a courtesy, as "Dr" is: the post is the role
    assert [d.text for d in found["Martin Hale"].descriptions] == ["Opposition leader"]
    assert [d.text for d in found["Joanna Pryce"].descriptions] == ["Councillor"]


def test_a_priests_and_a_brigadiers_short_titles_are_roles_not_names():
    """ "Fr Tim Bartlett", "Brig Amara Diop": a priest's "Father", a brigadier's rank,
    stripped from the name ("Fr Bartlett" is no one's name) and shown as the role."""
    found = resolve(
        {
            "a": (
                "2009-08-01",
                "[Fr Tim Bartlett|PERSON] led prayers. Brig [Amara Diop|PERSON] spoke. "
                "[Fr Bartlett|PERSON] said more.",
            ),
            "b": ("2009-08-02", "[Tim Bartlett|PERSON] wept. [Amara Diop|PERSON] left."),
        }
    )
    assert "Fr Bartlett" not in found and len(found["Tim Bartlett"].mentions) == 3
    assert {d.text for d in found["Tim Bartlett"].descriptions} == {"Father"}  # (each cited)
    assert [d.text for d in found["Amara Diop"].descriptions] == ["Brigadier"]


def test_an_office_for_or_to_something_and_a_doctor_are_roles():
    found = resolve(
        {
            "a": (
                "2022-01-01",
                "The Coordinator for Strategic Communications [John Kirby|PERSON] spoke. "
                "Dr. [Conrad Murray|PERSON] was charged. "
                "Then Coast Guard Admiral [Thad Allen|PERSON] came. The WHO Director-General "
                "Dr. [Margaret Chan|PERSON] spoke.",
            )
        }
    )
    # a doctor's title after a post is a courtesy: the post is the role
    assert [d.text for d in found["Margaret Chan"].descriptions] == ["WHO Director-General"]
    assert [d.text for d in found["John Kirby"].descriptions] == [
        "Coordinator for Strategic Communications"
    ]
    assert [d.text for d in found["Conrad Murray"].descriptions] == ["Doctor"]
    assert [d.text for d in found["Thad Allen"].descriptions] == ["Coast Guard Admiral"]


def test_offices_in_title_case_and_who_is_currently_after_a_name():
    found = resolve(
        {
            "a": (
                "2022-05-16",
                "**[John Kirby|PERSON], NSC Coordinator for Strategic Communications** "
                "[Jake Sullivan|PERSON], who is currently the National Security Advisor, "
                "spoke. She thanked [Antony Blinken|PERSON], Secretary Blinken, and "
                "[Lloyd Austin|PERSON], Defense Department officials said.",
            )
        }
    )
    assert [d.text for d in found["John Kirby"].descriptions] == [
        "NSC Coordinator for Strategic Communications"
    ]
    assert [d.text for d in found["Jake Sullivan"].descriptions] == [
        "who is currently the National Security Advisor"
    ]
    # "Secretary Blinken" after his name is him again, titled: no appositive.
    assert [d.text for d in found["Antony Blinken"].descriptions] == ["Secretary"]
    assert found["Lloyd Austin"].descriptions == ()


def test_a_surname_used_alone_as_who_speaks_is_a_name_however_common_the_word():
    text = "Oil wells leak. " * 12 + (
        "BP senior vice president [Kent Wells|PERSON] spoke. More wells, Wells said. "
        "The wells are capped, Wells said."
    )
    found = resolve({"a": ("2010-06-01", text)})
    assert "Kent Wells" in found


def test_a_who_clause_or_an_appositive_after_a_place_is_not_the_places():
    found = resolve(
        {
            "a": (
                "1999-03-12",
                "[Bronislaw Geremek|PERSON], the foreign minister of [Poland|GPE], who was a "
                "dissident, spoke. [Lawrence Agency Corp.|ORG], [Schenectady|GPE], [N.Y.|GPE], "
                "an insurance agency and brokerage, was sold. [Chicago|GPE], a city of "
                "neighborhoods, voted.",
            )
        }
    )
    assert found["Poland"].descriptions == ()
    assert all(
        not e.descriptions for e in found.values() if e.type == "place" and e.name != "Chicago"
    )
    assert [d.text for d in found["Chicago"].descriptions] == ["a city of neighborhoods"]


def test_a_role_is_not_cut_at_an_abbreviation_nor_glued_to_a_vocative():
    found = resolve(
        {
            "a": (
                "2010-05-01",
                "Coast Guard Adm. [Thad Allen|PERSON] spoke. [Elizabeth Birnbaum|PERSON], "
                "director of the embattled U.S. Minerals Management Service, quit. "
                "[Kenneth Feinberg|PERSON], who oversaw the fund for victims of the Sept. 11 "
                "attacks, came. [Jen Psaki|PERSON] spoke. Q But, [Jen|PERSON], the policies "
                "of the President are clear. [Ann Lee|PERSON], Nominee for Trustee of the "
                "77<sup>th</sup> Session, left.",
            )
        }
    )
    assert [d.text for d in found["Thad Allen"].descriptions] == ["Coast Guard Admiral"]
    assert [d.text for d in found["Elizabeth Birnbaum"].descriptions] == [
        "director of the embattled U.S. Minerals Management Service"
    ]
    assert [d.text for d in found["Kenneth Feinberg"].descriptions] == [
        "who oversaw the fund for victims of the Sept. 11 attacks"
    ]
    assert [d.text for d in found["Jen Psaki"].descriptions] == []  # "Jen," is said to her
    assert [d.text for d in found["Ann Lee"].descriptions] == [
        "Nominee for Trustee of the 77th Session"
    ]


def test_a_place_is_described_by_a_kind_of_place_not_of_body():
    found = resolve(
        {
            "a": (
                "2010-07-20",
                "Just as BP sealed the leak in the [Gulf of Mexico|LOC], the company came under "
                "fire again. They sailed to [Grand Isle|GPE], a barrier island off Louisiana.",
            )
        }
    )
    assert found["Gulf of Mexico"].descriptions == ()
    assert [d.text for d in found["Grand Isle"].descriptions] == ["a barrier island off Louisiana"]


def test_no_role_from_a_coordination_or_a_group_of_people():
    found = resolve(
        {
            "a": (
                "2021-02-08",
                "The President of Belarus and [Putin|PERSON] met. [Vladimir Putin|PERSON] "
                "left. He called Speaker [Nancy Pelosi|PERSON], Leader [Chuck Schumer|PERSON], "
                "a range of officials on the Hill. [Brian Deese|PERSON], the NEC Director, "
                "spoke.",
            )
        }
    )
    assert [d.text for d in found["Vladimir Putin"].descriptions] == []
    assert [d.text for d in found["Chuck Schumer"].descriptions] == ["Leader"]
    assert [d.text for d in found["Brian Deese"].descriptions] == ["the NEC Director"]


def test_a_compound_title_and_a_role_that_opens_the_sentence():
    """ "Secretary-General" is a role noun's compound; a sentence that opens with a role,
    a comma and the name states the role ("Its chief executive, Jim Hackett"), but not a
    clause or a phrase around a role ("The wife of BP's chief executive, Tony Hayward")."""
    found = resolve(
        {
            "a": (
                "2022-01-01",
                "United Nations Secretary-General [António Guterres|PERSON] spoke. "
                "Exxon gained. Its chief executive, [Jim Hackett|PERSON], said so. "
                "The wife of BP's chief executive, [Tony Hayward|PERSON], spoke. "
                "The day got underway with the chief executive, [Lamar McKay|PERSON], here. "
                "[Carol Browner|PERSON], the administration's energy czar, came.",
            )
        }
    )
    assert [d.text for d in found["António Guterres"].descriptions] == [
        "United Nations Secretary-General"
    ]
    assert [d.text for d in found["Jim Hackett"].descriptions] == ["chief executive"]
    assert found["Tony Hayward"].descriptions == ()
    # (an apposition inside the sentence, its name closed by a comma)
    assert [d.text for d in found["Lamar McKay"].descriptions] == ["chief executive"]
    assert [d.text for d in found["Carol Browner"].descriptions] == [
        "the administration's energy czar"
    ]


def test_a_role_of_someone_named_that_opens_the_sentence():
    """ "Jackson's mother, Katherine Jackson, attended": the possessor is said with the
    role; not a noun that is no role ("Obama's visit, Tuesday")."""
    found = resolve(
        {
            "a": (
                "2010-02-08",
                "[Michael Jackson|PERSON] died. Jackson's mother, [Katherine Jackson|PERSON], "
                "attended. BP's Gulf operations chief, [Doug Suttles|PERSON], said so. "
                "Obama's visit, [Tuesday Morning|PERSON], came.",
            )
        }
    )
    assert [d.text for d in found["Katherine Jackson"].descriptions] == ["Jackson's mother"]
    assert [d.text for d in found["Doug Suttles"].descriptions] == [
        "BP's Gulf operations chief"
    ]
    assert found["Tuesday Morning"].descriptions == ()


def test_an_appositive_naming_another_titled_person_is_a_list():
    """ "Tony Hayward, managing director Bob Dudley and ...": a list of people, no role of
    Hayward's; "a critic of President Barack Obama" still describes the one before."""
    found = resolve(
        {
            "a": (
                "2010-06-01",
                "[Tony Hayward|PERSON], managing director Bob Dudley and others met. "
                "[Joe Barton|PERSON], a critic of President Barack Obama, spoke.",
            )
        }
    )
    assert found["Tony Hayward"].descriptions == ()
    assert [d.text for d in found["Joe Barton"].descriptions] == [
        "a critic of President Barack Obama"
    ]


def test_the_man_alone_after_a_name_is_no_role():
    """ "According to Lieutenant Jean-François Tremblay, the man, who lives in Matagami,
    will appear": "the man" is another, no role of the officer's; "a 34-year-old man from
    Amos" still describes the one before."""
    found = resolve(
        {
            "a": (
                "2025-06-20",
                "According to Lieutenant [Jean-François Tremblay|PERSON], the man, who lives "
                "in Matagami, will appear in court. [Marc Roy|PERSON], a 34-year-old man from "
                "Amos, was charged.",
            )
        }
    )
    assert "the man" not in [d.text for d in found["Jean-François Tremblay"].descriptions]
    assert [d.text for d in found["Marc Roy"].descriptions] == ["a 34-year-old man from Amos"]


def test_an_appositive_before_a_name_that_speaks_is_that_names():
    """ "Referring to Pacitti, the Scottish health secretary, Nicola Sturgeon, said": the
    role is Sturgeon's, not Pacitti's; a state after a place is no such name ("a law
    professor in Newark, New Jersey, added")."""
    found = resolve(
        {
            "a": (
                "2009-05-02",
                "Referring to [Graeme Pacitti|PERSON], the Scottish health secretary, "
                "[Nicola Sturgeon|PERSON], said he was well. [Stephen Lubben|PERSON], a law "
                "professor in Newark, New Jersey, added that it was so.",
            )
        }
    )
    assert found["Graeme Pacitti"].descriptions == ()
    assert [d.text for d in found["Stephen Lubben"].descriptions] == [
        "a law professor in Newark"
    ]


def test_an_adverb_after_a_speakers_label_is_no_part_of_the_title():
    # In a transcript the sentence opens with the speaker's label: "So" after it opens
    # the answer, as a sentence's first word would, and is no word of the title.
    found = resolve(
        {
            "a": (
                "2021-07-30",
                "MS. PSAKI: So President [Joe Biden|PERSON] signed it. "
                "Q Today Homeland Security Secretary [Alejandro Mayorkas|PERSON] spoke.",
            )
        }
    )
    assert [d.text for d in found["Joe Biden"].descriptions] == ["President"]
    assert [d.text for d in found["Alejandro Mayorkas"].descriptions] == [
        "Homeland Security Secretary"
    ]


def test_a_role_stops_at_a_weekday_and_at_a_photo_credit():
    corpus, analyses = make(
        {
            "a": (
                "2010-05-01",
                "On Saturday Foreign Minister [Patricia Espinosa|PERSON] spoke. "
                "(AP Photo/Ann Lee) AP2002 Singer [Jimmy Buffett|PERSON] played.",
            )
        }
    )
    # the credits marked as loading marks them (ingest/datelines.py)
    documents = tuple(replace(d, skipped=find_datelines(d)) for d in corpus.documents)
    entities, _ = resolve_entities(replace(corpus, documents=documents), analyses)
    found = {e.name: e for e in entities}
    assert [d.text for d in found["Patricia Espinosa"].descriptions] == ["Foreign Minister"]
    assert [d.text for d in found["Jimmy Buffett"].descriptions] == ["Singer"]


def test_an_appositive_goes_on_past_a_thousands_comma():
    found = resolve(
        {
            "a": (
                "2010-05-01",
                "They flew to [Galena|GPE], a city of just over 3,000 people, on Monday.",
            )
        }
    )
    assert [d.text for d in found["Galena"].descriptions] == ["a city of just over 3,000 people"]


def test_a_role_of_five_words_before_a_doctors_title_and_appositives_without_when_or_list_numbers():
    found = resolve(
        {
            "a": (
                "2022-05-01",
                "The White House COVID-19 Response Coordinator Dr. [Ashish Jha|PERSON] spoke. "
                "With Indiana Governor [Eric Holcomb|PERSON] Dr. [Siyoung Choi|PERSON] came. "
                "So did Deputy Secretary of Defense Dr. [Kath Hicks|PERSON]. "
                "Sullivan called [Bjoern Seibert|PERSON], Head of Cabinet of the President of "
                "the European Commission on February 10. They spoke. The board: "
                "1. [Lloyd Austin|PERSON], Secretary of Defense 2. [Tom Vilsack|PERSON], "
                "Secretary of Agriculture 3. [Xavier Becerra|PERSON], Secretary of Health.",
            )
        }
    )
    assert [d.text for d in found["Ashish Jha"].descriptions] == [
        "White House COVID-19 Response Coordinator"
    ]
    assert [d.text for d in found["Siyoung Choi"].descriptions] == ["Doctor"]
    assert [d.text for d in found["Kath Hicks"].descriptions] == ["Deputy Secretary of Defense"]
    assert [d.text for d in found["Bjoern Seibert"].descriptions] == [
        "Head of Cabinet of the President of the European Commission"
    ]
    assert [d.text for d in found["Lloyd Austin"].descriptions] == ["Secretary of Defense"]
    assert [d.text for d in found["Tom Vilsack"].descriptions] == ["Secretary of Agriculture"]


def test_a_role_owned_inside_a_sentence_and_a_role_before_a_courtesy_title():
    found = resolve(
        {
            "a": (
                "2009-05-01",
                "He lives with Elian's great-uncle, [Manolo Gonzalez|PERSON], in Miami. "
                "The talks began with BP America's chief executive, [Lamar McKay|PERSON], "
                "at noon. The reporter asked the boy's father, [Juan Miguel Gonzalez|PERSON], "
                "to speak. In addition to his brother, [Tom Smith|PERSON] attended. On "
                "Tuesday, England's chief medical officer Sir [Liam Donaldson|PERSON] warned. "
                "We know [Sir Liam Donaldson|PERSON], England's Chief Medical Officer, well.",
            )
        }
    )
    assert [d.text for d in found["Manolo Gonzalez"].descriptions] == ["Elian's great-uncle"]
    assert [d.text for d in found["Lamar McKay"].descriptions] == ["BP America's chief executive"]
    assert [d.text for d in found["Juan Miguel Gonzalez"].descriptions] == ["the boy's father"]
    # the apposition not closed after the name: "his brother" may be someone before it
    assert found["Tom Smith"].descriptions == ()
    # a courtesy title between the role and the name; an office in title case after it
    assert [d.text for d in found["Liam Donaldson"].descriptions] == [
        "England's chief medical officer",
        "England's Chief Medical Officer",
    ]


def test_no_role_from_a_list_of_relatives_nor_from_words_before_the_owner():
    found = resolve(
        {
            "a": (
                "2000-04-22",
                "[Juan Miguel Gonzalez|PERSON], the boy's stepmother, his baby half-brother "
                "and others came. Dave Martin When BP's chief executive, [Tony Hayward|PERSON], "
                "spoke. Earlier Obama's press spokesman, [Robert Gibbs|PERSON], said so.",
            )
        }
    )
    assert found["Juan Miguel Gonzalez"].descriptions == ()
    assert [d.text for d in found["Tony Hayward"].descriptions] == ["BP's chief executive"]
    assert [d.text for d in found["Robert Gibbs"].descriptions] == ["Obama's press spokesman"]


def test_a_surname_run_into_a_title_after_a_middle_initial_is_no_part_of_it():
    found = resolve(
        {
            "a": (
                "2010-06-15",
                "It is a chance, says Daniel J. Weiss President [Barack Obama|PERSON] has made "
                "four trips. Now on to plan B. British Petroleum CEO [Tony Hayward|PERSON] "
                "spoke.",
            )
        }
    )
    assert [d.text for d in found["Barack Obama"].descriptions] == ["President"]
    assert [d.text for d in found["Tony Hayward"].descriptions] == ["British Petroleum CEO"]


def test_a_title_starts_after_the_place_a_sentence_opens_with_and_after_a_headlines_verb():
    found = resolve(
        {
            "a": (
                "2010-08-04",
                "At the White House President [Barack Obama|PERSON] has no public events. "
                "If Senate Finance Committee Chairman [Max Baucus|PERSON] didn't move, "
                "Emanuel would act. For Senate Majority Leader [Harry Reid|PERSON], the vote "
                "was close.",
            ),
            "b": (
                "2022-03-03",
                "Members of the Congress Applaud President [Joe Biden|PERSON]’s Address. "
                "White House Releases Fact Sheets Highlighting Acting Director "
                "[Ann Lee|PERSON]’s Plan.",
            ),
        }
    )
    assert [d.text for d in found["Barack Obama"].descriptions] == ["President"]
    assert [d.text for d in found["Max Baucus"].descriptions] == [
        "Senate Finance Committee Chairman"
    ]
    assert [d.text for d in found["Harry Reid"].descriptions] == ["Senate Majority Leader"]
    assert [d.text for d in found["Joe Biden"].descriptions] == ["President"]
    assert [d.text for d in found["Ann Lee"].descriptions] == ["Acting Director"]


def test_post_nominal_letters_are_no_part_of_the_name_but_a_role_and_offices_for_something():
    found = resolve(
        {
            "a": (
                "2022-11-01",
                "For the Crown, [Eleanor Whitcroft QC|PERSON] said the fire was planned. "
                "[Ann Lee MP|PERSON], OBE, agreed. [Mr Justice Pemberton|PERSON] adjourned. "
                "Secretary of State for Defence [Ben Wallace|PERSON] spoke. She was "
                "Secretary of Labor for President [Barack Obama|PERSON].",
            ),
        }
    )
    assert [d.text for d in found["Eleanor Whitcroft"].descriptions] == ["QC"]
    assert "Ann Lee" in found and "Ann Lee MP" not in found
    assert [d.text for d in found["Pemberton"].descriptions] == ["Justice"]
    assert [d.text for d in found["Ben Wallace"].descriptions] == [
        "Secretary of State for Defence"
    ]
    assert [d.text for d in found["Barack Obama"].descriptions] == ["President"]


def test_a_compound_office_an_office_in_a_place_and_a_role_before_its_clause():
    """ "Director-General of ..." (a role noun in a compound), "WHO Representative in
    Nigeria" (an office in title case, then "in"), "a consultant physician who has
    worked ..." (the role, not the clause after it); a phrase opened by "who" is kept
    whole."""
    found = resolve(
        {
            "a": (
                "2025-03-01",
                "[Ifeoma Adeyemi|PERSON], Director-General of the [Nigeria Centre for "
                "Disease Control|ORG] ([NCDC|ORG]), welcomed it. “It is treatable,” said "
                "Dr. [Amara Sesay|PERSON], [WHO|ORG] Representative in [Nigeria|GPE]. "
                "[Chidi Okonkwo|PERSON], a consultant physician who has worked there for "
                "eleven years, walks the wards. [Brent Coon|PERSON], who represents victims "
                "and who has sued, spoke.",
            )
        }
    )
    assert [d.text for d in found["Ifeoma Adeyemi"].descriptions] == [
        "Director-General of the Nigeria Centre for Disease Control"
    ]
    assert [d.text for d in found["Amara Sesay"].descriptions] == [
        "Doctor",
        "WHO Representative in Nigeria",
    ]
    assert [d.text for d in found["Chidi Okonkwo"].descriptions] == ["a consultant physician"]
    assert [d.text for d in found["Brent Coon"].descriptions] == [
        "who represents victims and who has sued"
    ]


def test_a_role_after_a_suffix_and_an_office_ending_with_someones_name():
    """ "Salvador Mendoza, Jr.: Nominee for ...": the role after the name's suffix; "Joseph
    R. Biden, Jr., Secretary of State Antony Blinken, and ...": an item of a list of
    people of the corpus, no role of his (but "President of the United Arab Emirates" is a
    role: the words it ends with name no one)."""
    found = resolve(
        {
            "a": (
                "2022-05-01",
                "**Judge [Salvador Mendoza|PERSON], Jr.: Nominee for the United States Court "
                "of Appeals for the Ninth Circuit ** He served. President [Joseph R. "
                "Biden|PERSON], Jr., Secretary of State [Antony Blinken|PERSON], and "
                "Secretary of Defense [Lloyd Austin|PERSON] met. He called [Mohamed bin "
                "Zayed|PERSON], President of the United Arab Emirates, on Monday.",
            )
        }
    )
    assert [d.text for d in found["Salvador Mendoza"].descriptions] == [
        "Nominee for the United States Court of Appeals for the Ninth Circuit"
    ]
    assert [d.text for d in found["Joseph R. Biden"].descriptions] == ["President"]
    # ends with two capitalised words, but no one's name: a role
    assert [d.text for d in found["Mohamed bin Zayed"].descriptions] == [
        "President of the United Arab Emirates"
    ]


def test_an_occupation_before_a_name_is_a_role_not_part_of_the_name():
    """ "Courier Adenilson Ferreira, 44, told the court": the courier is Adenilson
    Ferreira, named so elsewhere (lexicon/role_nouns.txt lists occupations too)."""
    found = resolve(
        {
            "a": (
                "2025-03-03",
                "[Courier Adenilson Ferreira|PERSON], 44, told the court he carried cash. "
                "[Adenilson Ferreira|PERSON] said so. [Gary Burris|PERSON], a fisherman who "
                "works along the coast, agreed.",
            )
        }
    )
    assert "Courier Adenilson Ferreira" not in found
    assert [d.text for d in found["Adenilson Ferreira"].descriptions] == ["Courier"]
    assert found["Gary Burris"].descriptions


def test_a_role_a_correction_takes_back_is_not_the_persons():
    """ "[Kim Soo-ah], a spokeswoman for the Korea Coast Guard", then a correction: "The
    same story incorrectly identified Kim Soo-ah as a spokeswoman for the Korea Coast
    Guard": that role is not hers; her other role and another's stay."""
    found = resolve(
        {
            "a": (
                "2025-11-04",
                "[Kim Soo-ah|PERSON], a spokeswoman for the Korea Coast Guard, spoke. "
                "[Kim Soo-ah|PERSON], a nurse from Daegu, survived. "
                "[Lee Min-ho|PERSON], a spokesman for the Korea Coast Guard, agreed.",
            ),
            "b": (
                "2025-11-05",
                "The same story incorrectly identified [Kim Soo-ah|PERSON] as a spokeswoman "
                "for the Korea Coast Guard.",
            ),
        }
    )
    assert [d.text for d in found["Kim Soo-ah"].descriptions] == ["a nurse from Daegu"]
    assert [d.text for d in found["Lee Min-ho"].descriptions] == [
        "a spokesman for the Korea Coast Guard"
    ]


def test_a_head_of_governments_title_in_irish_is_a_role():
    found = resolve(
        {"a": ("2024-02-23", "Taoiseach [Eamon Whelan|PERSON], who visited Ennis, said help was coming.")}
    )
    assert [d.text for d in found["Eamon Whelan"].descriptions] == ["Taoiseach"]


def test_offices_in_title_case_after_degrees_and_joined_by_and_are_roles():
    # Press releases: degrees after the name and its comma, then the office; two offices
    # joined by "and"; an office opened by a role noun ("Chief Medical Officer"); a
    # body's name inside a title before the name ("Centres for Disease Control").
    found = resolve(
        {
            "a": (
                "2025-09-05",
                '"We act fast," said [Margaret Lindqvist|PERSON], President and Chief '
                "Executive Officer of [Halvorsen Biopharma|ORG]. [Anil Raghavan|PERSON], MD, "
                "PhD, Chief Medical Officer, spoke. Acting Centres for Disease Control "
                "Director [Richard Besser|PERSON] spoke. [Ann Lee|PERSON], MA, and "
                "[Tom Ray|PERSON] came. Ask [Antony Blinken|PERSON], Secretary Blinken said.",
            )
        }
    )
    roles = {name: [d.text for d in e.descriptions] for name, e in found.items()}
    assert roles["Margaret Lindqvist"] == [
        "President and Chief Executive Officer of Halvorsen Biopharma"
    ]
    assert roles["Anil Raghavan"] == ["Chief Medical Officer"]
    assert roles["Richard Besser"] == ["Acting Centres for Disease Control Director"]
    assert roles["Ann Lee"] == roles["Tom Ray"] == [] and roles["Antony Blinken"] == ["Secretary"]


def test_a_sentence_that_opens_with_a_role_of_a_body_states_it():
    """ "The spokeswoman for the National Prosecutor's Office, Ewa Grzelak, said": the role
    of the body named after it; "A department spokesperson, Adrienne Cole"; not "The bill
    for the Senate, [Tom Lee]" (no role noun)."""
    found = resolve(
        {
            "a": (
                "2026-03-03",
                "The spokeswoman for the National Prosecutor's Office, [Ewa Grzelak|PERSON], "
                "said so. A department spokesperson, [Adrienne Cole|PERSON], agreed. "
                "The bill for the Senate, [Tom Lee|PERSON] said, is late.",
            )
        }
    )
    assert [d.text for d in found["Ewa Grzelak"].descriptions] == [
        "the spokeswoman for the National Prosecutor's Office"
    ]
    assert [d.text for d in found["Adrienne Cole"].descriptions] == ["department spokesperson"]
    assert found["Tom Lee"].descriptions == ()


def test_a_broadcasters_label_states_the_speakers_role(make_seeds):
    """ "NEIL CAVUTO, ANCHOR:" and "MICHAEL BROWN, FORMER FEMA DIRECTOR:": the label's
    role is the speaker's, cited to the label's sentence."""
    show = (
        "date 2010-05-04\nYour World\n\n"
        "NEIL CAVUTO, ANCHOR: Is the president getting a pass?\n\n"
        "MICHAEL BROWN, FORMER FEMA DIRECTOR: Thank you, Neil.\n\n"
        "CAVUTO: Go ahead.\n"
    )
    corpus = load_corpus(make_seeds({"s.txt": show}))
    entities, _ = resolve_entities(corpus, analyse_by_hand(corpus, {}))
    by_name = {e.name: e for e in entities}
    assert [d.text for d in by_name["Neil Cavuto"].descriptions] == ["Anchor"]  # (title case)
    assert [d.text for d in by_name["Michael Brown"].descriptions] == ["FORMER FEMA DIRECTOR"]


def test_a_description_owned_by_the_persons_own_name_is_someone_elses():
    """ "Juan Miguel's father, Juan Gonzalez" (the grandfather, whose spelling joined
    Juan Miguel Gonzalez elsewhere) describes someone else: nobody is their own father.
    A description owned by another name stays ("the boy's father")."""
    found = resolve(
        {
            "a": (
                "2000-02-24",
                "[Juan Miguel Gonzalez|PERSON] arrived. Juan Miguel's father, "
                "[Juan Gonzalez|PERSON], waited at home.",
            ),
            "b": (
                "2000-04-06",
                "[Juan Gonzalez|PERSON] is doing his part. [Juan Miguel Gonzalez|PERSON], "
                "the boy's father, came.",
            ),
        }
    )
    roles = [d.text for d in found["Juan Miguel Gonzalez"].descriptions]
    assert roles == ["the boy's father"]


def test_a_bodys_name_with_and_inside_a_title_is_whole():
    """ "Health and Human Services Secretary", "Centers for Disease Control and Prevention
    acting director": the body's "and" is the title's; not the "and" between two people
    ("Secretary Ken Salazar and EPA chief", "Mayor Quinton Lucas and Police Chief"), nor
    after a body's whole name ("U.S. Transportation Command and Army General")."""
    found = resolve(
        {
            "a": (
                "2009-04-30",
                "U.S. Health and Human Services Secretary [Kathleen Sebelius|PERSON] spoke. "
                "Centers for Disease Control and Prevention acting director Dr. [Richard "
                "Besser|PERSON] agreed. Interior Secretary [Ken Salazar|PERSON] and EPA "
                "chief [Lisa Jackson|PERSON] flew in. Mayor [Quinton Lucas|PERSON] and "
                "Police Chief [Joe Mabin|PERSON] met. A general took command of U.S. "
                "Transportation Command and Army General [Laura Richardson|PERSON] of "
                "Southern Command.",
            )
        }
    )
    roles = {n: [d.text for d in e.descriptions] for n, e in found.items()}
    assert roles["Kathleen Sebelius"] == ["Health and Human Services Secretary"]  # (no place)
    assert roles["Richard Besser"] == ["Centers for Disease Control and Prevention acting director"]
    assert roles["Lisa Jackson"] == ["EPA chief"]
    assert roles["Joe Mabin"] == ["Police Chief"]
    assert roles["Laura Richardson"] == ["Army General"]


def test_a_titles_left_edge_is_found_by_what_opens_the_phrase():
    """A role in lower case keeps its nouns after a verb of saying ("said fund
    administrator"), a body's letters and a people's word before them ("BP chief operating
    officer", "Scottish health secretary"); a title opening the sentence keeps its first
    word ("Interior Secretary"), or after a mark ("*Vice President"), but not an adverb's
    or a verb's ("Today", "Following"); a past post keeps its "then"; a post's title
    ends a role as a role noun does ("Commandant", "First Lady")."""
    found = resolve(
        {
            "a": (
                "2010-05-20",
                "Pumping resumed, said BP chief operating officer [Doug Suttles|PERSON]. "
                "Scottish health secretary [Nicola Sturgeon|PERSON] spoke. "
                "It was hard, said fund administrator [Kenneth Feinberg|PERSON]. "
                "Interior Secretary [Ken Salazar|PERSON] flew in. "
                "*Vice President [Kamala Harris|PERSON] To Speak* "
                "Following President [Joe Biden|PERSON]'s call, aides met. "
                "He was tasked by then Chairman [Sam Nunn|PERSON] to serve. "
                "She backed then-Vice President [Al Gore|PERSON] in 2000. "
                "And then President [Bill Clinton|PERSON] spoke. "
                "Officials briefed health minister [Ana Ruiz|PERSON]. Coast Guard "
                "Commandant [Thad Allen|PERSON] flew. He met First Lady [Jill "
                "Biden|PERSON]. Dean [Jane Aiken|PERSON] spoke. It fell, said BP America's "
                "chief executive [Lamar McKay|PERSON].",
            )
        }
    )
    roles = {n: [d.text for d in e.descriptions] for n, e in found.items()}
    assert roles["Doug Suttles"] == ["BP chief operating officer"]
    assert roles["Nicola Sturgeon"] == ["Scottish health secretary"]
    assert roles["Kenneth Feinberg"] == ["fund administrator"]
    assert roles["Ken Salazar"] == ["Interior Secretary"]
    assert roles["Kamala Harris"] == ["Vice President"]
    assert roles["Joe Biden"] == ["President"]
    assert roles["Sam Nunn"] == ["then Chairman"]
    assert roles["Al Gore"] == ["then-Vice President"]
    assert roles["Bill Clinton"] == ["President"]  # "and then": the next step
    assert roles["Ana Ruiz"] == ["minister"]  # a verb's object
    assert roles["Thad Allen"] == ["Coast Guard Commandant"]  # a post's title
    assert roles["Jill Biden"] == ["First Lady"]
    assert roles["Jane Aiken"] == ["Dean"]
    assert roles["Lamar McKay"] == ["BP America's chief executive"]  # the owner's name whole


def test_a_transcripts_label_gives_its_title_in_title_case():
    found = resolve(
        {
            "a": (
                "2021-02-19",
                "Press briefing by [Andy Slavitt|PERSON].\n\n[ACTING ADMINISTRATOR "
                "SLAVITT|PERSON]:  Good morning.\n\n[MS. PSAKI|PERSON]:  Hi.\n\n"
                "[JOHN WATSON|PERSON], CEO: Thank you.",
            )
        }
    )
    assert [d.text for d in found["Andy Slavitt"].descriptions] == ["Acting Administrator"]
    assert [d.text for d in found["John Watson"].descriptions] == ["CEO"]  # (letters)
    assert [d.text for d in found["PSAKI"].descriptions] == []  # (a courtesy alone)


def test_an_office_to_a_title_is_another_persons_and_an_apposition_keeps_a_date():
    found = resolve(
        {
            "a": (
                "2022-05-01",
                "She served as Special Assistant to President [Barack Obama|PERSON] then. "
                "He is Special Adviser to Secretary of State [Antony Blinken|PERSON] now. "
                "The cuts were announced by the prime minister, [David Cameron|PERSON], "
                "today. [Kenneth Feinberg|PERSON], the administrator of the September 11, "
                "2001 victims fund, spoke. [Ken Ruiz|PERSON], a lawyer who paid victims of "
                "floods, came. [Ana Lee|PERSON], a scientist who heads the Marine "
                "Consortium, spoke. In June the President, [Jeff "
                "Zients|PERSON], and our experts spoke. He came with his wife, [Kellie "
                "Lane|PERSON], and their sons. Today [Julie Ruiz|PERSON], Senior Advisor to "
                "the President and Intergovernmental Affairs Director, [Stefanie "
                "Feldman|PERSON], and others met. A lawyer for the White House secretary, "
                "[Betty Currie|PERSON], spoke. ``His father will be [Fidel Castro|PERSON], "
                "the worst dictator in history.''",
            )
        }
    )
    roles = {n: [d.text for d in e.descriptions] for n, e in found.items()}
    assert roles["Barack Obama"] == ["President"]
    assert roles["Antony Blinken"] == ["Secretary of State"]
    assert roles["David Cameron"] == ["prime minister"]
    assert roles["Kenneth Feinberg"] == [
        "the administrator of the September 11, 2001 victims fund"
    ]
    assert roles["Ken Ruiz"] == ["a lawyer"]  # (a clause after the role is no role)
    assert roles["Ana Lee"] == ["a scientist who heads the Marine Consortium"]  # (but this)
    assert roles["Jeff Zients"] == []  # a list's item, after an article
    assert roles["Kellie Lane"] == ["wife"]  # (an owned role, however listed)
    assert roles["Stefanie Feldman"] == []  # Julie Ruiz's, the President's adviser
    assert roles["Betty Currie"] == ["White House secretary"]
    assert roles["Fidel Castro"] == ["the worst dictator in history"]  # (a plain quote's end)
