"""Who speaks in a transcript (resolve/speakers.py)."""

from __future__ import annotations

import re

import pytest

from generator.ingest.load import load_corpus
from generator.resolve.entities import resolve_entities
from generator.resolve.names import title_words
from generator.resolve.speakers import _aligned, _post_matches, label_surname

from .chronology_fixtures import analyse_by_hand


@pytest.mark.parametrize(
    ("label", "surname"),
    [
        ("MS. PSAKI", "Psaki"),
        ("MS. JEAN-PIERRE", "Jean-Pierre"),
        ("ACTING ADMINISTRATOR SLAVITT", "Slavitt"),
        ("SURGEON GENERAL MURTHY", "Murthy"),
        ("DR. FAUCI", "Fauci"),
        ("MR. VAN DER BERG", "van der Berg"),
        ("MR. O'REILLY", "O'Reilly"),
        ("Ms. DE LA CRUZ", "de la Cruz"),
        ("DE GRAAF", "de Graaf"),
        ("VAN DER BERG", "van der Berg"),
        ("THE COURT", None),
        # a member's courtesy, not a post: "The Hon.", "The Most Hon."
        ("The Hon. F. BROWN", "Brown"),
        # the family name in capitals first, as Japanese records write names
        ("ISHIKAWA Mieko", "Ishikawa"),
        ("Minister SATO Kenji", "Sato"),
        ("The Most Hon. L. WHITFIELD", "Whitfield"),
        ("THE CLERK", None),
        ("MODERATOR", None),
        ("SENIOR ADMINISTRATION OFFICIAL", None),
        ("Q", None),
    ],
)
def test_label_surname(label, surname):
    assert label_surname(label) == surname


BRIEFING = (
    "date 2021-01-20\nPress Briefing by Press Secretary Jen Psaki\n\n"
    "MS. PSAKI:  Good evening.  President Biden signed the order.\n\n"
    "Q  Thanks, Jen.  And Alex asked earlier: what about Karine?\n\n"
    "MS. PSAKI:  Go ahead, Alex.\n\n"
    "Q  Thanks, Karine.  A question.\n\n"
    "MS. JEAN-PIERRE:  Sure.\n\n"
    "THE PRESIDENT:  Thank you all.\n"
)


def test_labels_become_mentions_of_the_people_they_name(make_seeds):
    corpus = load_corpus(make_seeds({"b.txt": BRIEFING, "k.txt": KARINE}))
    marks = {
        "b": [
            ("Biden", "PERSON"),
            ("Jen", "PERSON"),
            ("Alex", "PERSON"),
            ("Karine", "PERSON"),
            ("Alex", "PERSON"),
            ("Karine", "PERSON"),
        ],
        "k": [("Karine Jean-Pierre", "PERSON")],
    }
    entities, _ = resolve_entities(corpus, analyse_by_hand(corpus, marks))
    by_name = {e.name: e for e in entities}
    document = corpus.documents[0] if corpus.documents[0].id == "b" else corpus.documents[1]
    psaki = by_name["Jen Psaki"]  # the full name from the title
    starts = {m.start for m in psaki.mentions if m.document == "b"}
    labels = {t.start for t in document.turns if t.label == "MS. PSAKI"}
    assert labels <= starts
    assert "Alex" not in by_name  # a reporter's first name is no one
    karine = by_name["Karine Jean-Pierre"]  # her label, and "Thanks, Karine"
    assert sum(m.document == "b" for m in karine.mentions) >= 2
    president = next(t for t in document.turns if t.label == "THE PRESIDENT")
    holder = next(e for e in entities if any(m.start == president.start for m in e.mentions))
    assert holder.name.endswith("Biden")
    assert "MS. PSAKI" in psaki.aliases  # the label she is written under, searchable
    assert "MS. JEAN-PIERRE" in karine.aliases or not any(
        t.label == "MS. JEAN-PIERRE" for t in document.turns
    )
    question = next(t for t in document.turns if t.reporter)
    assert not any(
        m.document == "b" and m.start == question.start for e in entities for m in e.mentions
    )


KARINE = "date 2021-01-19 Karine Jean-Pierre will brief.\n"


def test_statements_on_the_profile_and_in_the_csv(make_seeds):
    import csv
    import io

    from generator.publish.export import statements_csv
    from generator.publish.profiles import statements

    corpus = load_corpus(make_seeds({"b.txt": BRIEFING, "k.txt": KARINE}))
    marks = {"b": [("Biden", "PERSON")], "k": [("Karine Jean-Pierre", "PERSON")]}
    entities, _ = resolve_entities(corpus, analyse_by_hand(corpus, marks))
    by_doc = {d.id: d for d in corpus.documents}
    psaki = next(e for e in entities if e.name == "Jen Psaki")
    said = statements(psaki, by_doc)
    assert [s.text for s in said] == ["Good evening.", "Go ahead, Alex."]
    assert said[0].cite.sentence == 2 and said[0].sentences == 2  # after the title, 1
    rows = list(csv.DictReader(io.StringIO(statements_csv(corpus.documents, entities))))
    briefing = [r for r in rows if r["document"] == "b"]
    assert [r["label"] for r in briefing] == [
        "MS. PSAKI",
        "Q",
        "MS. PSAKI",
        "Q",
        "MS. JEAN-PIERRE",
        "THE PRESIDENT",
    ]
    assert [bool(r["entity"]) for r in briefing] == [True, False, True, False, True, True]
    assert briefing[0]["entity"] == psaki.id


@pytest.mark.parametrize(
    ("title", "surname", "name"),
    [
        ("Press Briefing by Press Secretary Jen Psaki, January 20, 2021", "Psaki", "Jen Psaki"),
        ("... the National Economic Council Bharat Ramamurti", "Ramamurti", "Bharat Ramamurti"),
        ("Press Briefing by Response Coordinator Dr. Ashish Jha", "Jha", "Ashish Jha"),
        ("Remarks by Secretary of Transportation Pete Buttigieg", "Buttigieg", "Pete Buttigieg"),
        ("A talk by John F. Kennedy", "Kennedy", "John F. Kennedy"),
        ("Statement by Dr. Fauci", "Fauci", None),
        ("Mayor of Itaverá and Huaxin's Zhang Wei testify", "Zhang", None),
    ],
)
def test_the_full_name_in_a_title(title, surname, name):
    from generator.resolve.speakers import _in_title

    assert _in_title(title, surname) == name


CALLED_ON = (
    "date 2021-03-01\nPress Briefing by Press Secretary Jen Psaki\n\n"
    "MS. PSAKI:  Aamer.\n\n"
    "Q  Thanks.  What did Joe Manchin say?\n\n"
    "MS. PSAKI:  Manchin, as you know, has spoken.  Well, Nandita, the President agrees.\n\n"
    "Q  A follow-up on what Aamer asked.\n\n"
    "MS. PSAKI:  Nandita, go ahead.\n\n"
    "Q  Is Moderna ready?\n\n"
    "MS. PSAKI:  Moderna, for its part, is ready.  Moderna said so.  Ask Moderna.\n"
)


def test_a_reporter_called_on_by_name_is_no_one(make_seeds):
    """A lone name the speakers call on ("Aamer.", "Nandita, go ahead.", "Well, Nandita,
    ...") is a reporter's: none of its mentions is an entity's, also where the reporter
    is spoken of ("what Aamer asked"). A surname the corpus writes in full ("Manchin, as
    you know, ...") and a name said to no one in most of its places ("Moderna, for its
    part, ...") keep their mentions."""
    corpus = load_corpus(make_seeds({"b.txt": CALLED_ON}))
    marks = {
        "b": [
            ("Aamer", "PERSON"),
            ("Joe Manchin", "PERSON"),
            ("Manchin", "PERSON"),
            ("Nandita", "PERSON"),
            ("Aamer", "PERSON"),
            ("Nandita", "PERSON"),
            ("Moderna", "PERSON"),
            ("Moderna", "PERSON"),
            ("Moderna", "PERSON"),
            ("Moderna", "PERSON"),
        ]
    }
    entities, _ = resolve_entities(corpus, analyse_by_hand(corpus, marks))
    by_name = {e.name: e for e in entities}
    assert "Aamer" not in by_name and "Nandita" not in by_name
    assert len(by_name["Joe Manchin"].mentions) == 2
    assert len(by_name["Moderna"].mentions) == 4


CALLED_ON_UNTAGGED = (
    "date 2021-03-01\nPress Briefing by Press Secretary Jen Psaki\n\n"
    "MS. PSAKI:  Go ahead, Yamiche.\n\n"
    "Q  Thanks.  Is Enbridge ready?\n\n"
    "MS. PSAKI:  Well, Yamiche, I think Enbridge, the company, is ready.  Thanks, Yamiche.\n\n"
    "Q  And Libya?\n\n"
    "MS. PSAKI:  Libya, Yemen are examples.  Zolan, go ahead.\n"
)


def test_a_reporter_called_on_whom_the_pipeline_tags_otherwise(make_seeds):
    """A lone name never tagged a person that the speakers say to someone nearly every
    time it is written ("Go ahead, Yamiche", "Well, Yamiche, ...") is a reporter called on
    all the same; a name set off by commas now and then ("Enbridge, the company, ...",
    "Libya, Yemen are") or said to someone fewer than three times ("Zolan") is not."""
    corpus = load_corpus(make_seeds({"b.txt": CALLED_ON_UNTAGGED}))
    marks = {
        "b": [
            ("Yamiche", "ORG"),
            ("Enbridge", "ORG"),
            ("Yamiche", "ORG"),
            ("Enbridge", "ORG"),
            ("Yamiche", "ORG"),
            ("Libya", "GPE"),
            ("Libya", "GPE"),
            ("Zolan", "GPE"),
        ]
    }
    entities, _ = resolve_entities(corpus, analyse_by_hand(corpus, marks))
    by_name = {e.name: e for e in entities}
    assert "Yamiche" not in by_name
    assert len(by_name["Enbridge"].mentions) == 2
    assert len(by_name["Libya"].mentions) == 2
    assert "Zolan" in by_name


@pytest.mark.parametrize(
    ("text", "vocative"),
    [
        ("MS. PSAKI:  Aamer.  Q  Hi.", True),
        ("Aamer, kick us off.", True),
        ("With that, Darlene, why don’t you start?", True),
        ("We are sensitive to that, Jerry.", True),
        ("Senators Schumer, Kaine, King and Warner.", False),  # a list
        ("Our ambassador, Sison, has been involved.", False),  # an apposition
        ("Aamer Madhani asked.", False),
        ("I know Aamer asked about it.", False),
        ("It involved the release of Mr. Aamer, who served.", False),  # no sentence start
    ],
)
def test_vocative_shapes(text, vocative):
    from generator.resolve.speakers import is_addressed

    name = (
        "Kaine"
        if "Kaine" in text
        else next(n for n in ("Aamer", "Darlene", "Jerry", "Sison") if n in text)
    )
    start = text.index(name)
    assert is_addressed(text, start, start + len(name), True) is vocative


def test_headings_alone_on_their_line_are_no_speakers(make_seeds):
    """ "NOMINATIONS SENT TO THE SENATE:" then "WITHDRAWAL SENT TO THE SENATE:", each
    alone on its line, each once: section headings, not a transcript. A transcript that
    writes its speakers on lines of their own names one of them twice."""
    nominations = (
        "date 2022-01-03\nNominations Sent to the Senate\n\n"
        "NOMINATIONS SENT TO THE SENATE:\n\nAnn Lee, of Ohio, to be a judge.\n\n"
        "WITHDRAWAL SENT TO THE SENATE:\n\nBo Trask, of Iowa, to be a judge.\n"
    )
    interview = (
        "date 2022-07-24\nAn interview\n\nTODD:\nWelcome.\n\nYELLEN:\nThank you.\n\n"
        "TODD:\nIs it a recession?\n"
    )
    corpus = load_corpus(make_seeds({"n.txt": nominations, "i.txt": interview}))
    by_id = {d.id: d for d in corpus.documents}
    assert by_id["n"].turns == ()
    assert [t.label for t in by_id["i"].turns] == ["TODD", "YELLEN", "TODD"]


PARADE = (
    "date 2022-11-24\nRemarks by President Biden and First Lady Jill Biden in a Phone Call\n\n"
    "MS. DREYER:  Hello, President Joe Biden and First Lady Jill Biden.\n\n"
    "THE PRESIDENT:  Happy Thanksgiving.  Jill Biden is here.\n\n"
    "MS. DREYER:  Thank you.\n\n"
    "THE FIRST LADY:  Hello, everyone.\n\n"
    "YELLEN:  And Janet Yellen is on the line.\n"
)


def test_the_president_is_the_name_written_after_president(make_seeds):
    """ "THE PRESIDENT" is the full name after "President" (Joe Biden), not the most
    written name of that surname in the document (Jill Biden); a one-word label
    ("YELLEN") is the full name of that surname the document writes; "THE FIRST LADY"
    the name after "First Lady"."""
    corpus = load_corpus(make_seeds({"p.txt": PARADE}))
    marks = {
        "p": [
            ("Joe Biden", "PERSON"),
            ("Jill Biden", "PERSON"),
            ("Jill Biden", "PERSON"),
            ("Janet Yellen", "PERSON"),
        ]
    }
    entities, _ = resolve_entities(corpus, analyse_by_hand(corpus, marks))
    document = corpus.documents[0]
    speaker = {t.label: t.start for t in document.turns}
    at = {m.start: e.name for e in entities for m in e.mentions}
    assert at[speaker["THE PRESIDENT"]] == "Joe Biden"
    assert at[speaker["YELLEN"]] == "Janet Yellen"
    assert at[speaker["THE FIRST LADY"]] == "Jill Biden"  # "First Lady Jill Biden"


MINISTER = (
    "date 2025-07-08\nBriefing by Foreign Minister Kim Hye-won\n\n"
    "MINISTER KIM:  Good morning.  The talks went well.\n\n"
    "Q  Kim Jong-un's sister made a statement.  Any response?\n\n"
    "MINISTER KIM:  I have seen the statement.\n\n"
    "Q  And the boats?\n\n"
    "ACTING MINISTER KIM:  No comment.\n"
)
MINISTER_NEWS = (
    "date 2025-07-23 South Korea's foreign minister, Hye-won Kim, said the crews were home.\n"
)


def test_a_label_with_a_post_is_the_name_written_after_that_post(make_seeds):
    """ "MINISTER KIM" is Kim Hye-won, written after "Minister" in the title, in every
    turn: not Kim Jong-un, named in the question just before, and the surname written
    first ("Kim Hye-won") is found as well as last ("Hye-won Kim", one person). A label
    is never read as a name after a post ("ACTING [MINISTER KIM]")."""
    corpus = load_corpus(make_seeds({"m.txt": MINISTER, "n.txt": MINISTER_NEWS}))
    marks = {
        "m": [("Kim Hye-won", "PERSON"), ("Kim Jong-un", "PERSON")],
        "n": [("Kim", "PERSON")],  # the tagger leaves out a given name it does not know
    }
    entities, _ = resolve_entities(corpus, analyse_by_hand(corpus, marks))
    document = next(d for d in corpus.documents if d.id == "m")
    at = {(m.document, m.start): e.name for e in entities for m in e.mentions}
    labels = [t.start for t in document.turns if not t.reporter]
    names = {at[("m", start)] for start in labels}
    assert len(labels) == 3 and len(names) == 1 and names <= {"Kim Hye-won", "Hye-won Kim"}
    minister = next(e for e in entities if e.name in names)
    assert {m.document for m in minister.mentions} == {"m", "n"}
    assert [e.name for e in entities if "Jong-un" in e.name] == ["Kim Jong-un"]
    assert len(next(e for e in entities if e.name == "Kim Jong-un").mentions) == 1


SECRETARY = (
    "date 2025-09-17\nPress Conference\n\nChief Cabinet Secretary MORI Yasuhiro\n\n"
    "Opening Statement\n\nSECRETARY MORI:  I will begin with one item.\n\n"
    "Q  Any news?\n\nSECRETARY MORI:  None.\n"
)


def test_a_name_after_a_labels_post_ends_with_its_line(make_seeds):
    """ "Chief Cabinet Secretary MORI Yasuhiro", then "Opening Statement" on a line of
    its own: the label's name is "MORI Yasuhiro", not "MORI Yasuhiro\n\nOpening"."""
    corpus = load_corpus(make_seeds({"m.txt": SECRETARY}))
    entities, _ = resolve_entities(corpus, analyse_by_hand(corpus, {"m": []}))
    document = corpus.documents[0]
    at = {m.start: e.name for e in entities for m in e.mentions}
    names = {at[t.start] for t in document.turns if not t.reporter}
    assert names == {"MORI Yasuhiro"}


INTERVIEW = (
    "date 2024-03-30\nQ: How did you learn about the letter?\n\n"
    "Raman: My counsel called me on a Saturday.\n\n"
    "Q: Will you appeal?\n\n"
    "Raman: Not yet.\n\n"
    "Update: the company declined to comment.\n"
)
PROFILE = "date 2024-03-29 Priya Raman founded the company.\n"


def test_in_an_interview_a_name_in_title_case_before_a_colon_is_a_speaker(make_seeds):
    """ "Raman:" answering "Q:" twice is a speaker, her turns hers (not the
    interviewer's); "Update:", once, is no one."""
    corpus = load_corpus(make_seeds({"i.txt": INTERVIEW, "p.txt": PROFILE}))
    interview = next(d for d in corpus.documents if d.id == "i")
    assert [t.label for t in interview.turns] == ["Q", "Raman", "Q", "Raman"]
    marks = {"i": [], "p": [("Priya Raman", "PERSON")]}
    entities, _ = resolve_entities(corpus, analyse_by_hand(corpus, marks))
    raman = next(e for e in entities if e.name == "Priya Raman")
    assert sum(m.document == "i" for m in raman.mentions) == 2


def test_a_label_in_title_case_that_names_someone_in_full_is_that_person(make_seeds):
    """ "Ravi Chandran:" in a committee's transcript is Ravi, not Priya Chandran, whom the
    document names more; the label, the name itself, is no alias."""
    hearing = (
        "date 2025-03-11\nPublic Accounts Committee\n\n"
        "Q1 Chair: Our colleague Priya Chandran will not ask questions. Priya Chandran "
        "is his sister.\n\n"
        "Ravi Chandran: Thank you.\n\n"
        "Q2 Chair: Who asked you?\n\n"
        "Ravi Chandran: Nobody did.\n"
    )
    corpus = load_corpus(make_seeds({"h.txt": hearing}))
    marks = {"h": [("Priya Chandran", "PERSON"), ("Priya Chandran", "PERSON")]}
    entities, _ = resolve_entities(corpus, analyse_by_hand(corpus, marks))
    by_name = {e.name: e for e in entities}
    assert len(by_name["Ravi Chandran"].mentions) == 2
    assert len(by_name["Priya Chandran"].mentions) == 2
    assert by_name["Ravi Chandran"].aliases == ()


def test_a_label_with_a_surnames_particle_is_the_guest_named_so(make_seeds):
    """ "DE GRAAF:" and "FEMKE DE GRAAF:" are Femke de Graaf, the guest the header names
    (a name with "de" in lower case is a name too)."""
    podcast = (
        "date 2025-04-02\nThe Provenance Podcast\n\n"
        "Guests: Femke de Graaf, provenance researcher\n\n"
        "HANNAH LOWTHER: Welcome.\n\n"
        "FEMKE DE GRAAF: Thank you.\n\n"
        "LOWTHER: What did you find?\n\n"
        "DE GRAAF: Letters from 1899.\n"
    )
    corpus = load_corpus(make_seeds({"p.txt": podcast}))
    marks = {"p": [("Femke de Graaf", "PERSON")]}
    entities, _ = resolve_entities(corpus, analyse_by_hand(corpus, marks))
    by_name = {e.name: e for e in entities}
    assert len(by_name["Femke de Graaf"].mentions) == 3


def test_a_label_of_a_surname_is_the_label_written_in_full_before_it(make_seeds):
    """ "MEREDITH HALDANE:" once, then "HALDANE:": Meredith, not Tom Haldane, the union's
    president, whom the corpus names more; the host's "MACPHAIL:" is Jenna MacPhail."""
    interview = (
        "date 2026-06-16\nThe Harbour Morning\n\n"
        "JENNA MACPHAIL: Good morning. With me is Meredith Haldane of the employers.\n\n"
        "MEREDITH HALDANE: Good morning.\n\n"
        "MACPHAIL: Is it over?\n\n"
        "HALDANE: It is.\n"
    )
    union = "date 2026-06-15\nStrike ends\n\nTom Haldane said the union won. Tom Haldane left.\n"
    corpus = load_corpus(make_seeds({"i.txt": interview, "u.txt": union}))
    marks = {
        "i": [("Meredith Haldane", "PERSON")],
        "u": [("Tom Haldane", "PERSON"), ("Tom Haldane", "PERSON")],
    }
    entities, _ = resolve_entities(corpus, analyse_by_hand(corpus, marks))
    by_name = {e.name: e for e in entities}
    assert len(by_name["Meredith Haldane"].mentions) == 3
    assert len(by_name["Tom Haldane"].mentions) == 2
    assert len(by_name["Jenna Macphail"].mentions) == 2  # (as her label writes it)


def test_the_court_of_a_trial_transcript_is_the_judge_presiding(make_seeds):
    """ "THE COURT:" is the judge the transcript's header names ("Hon. Margaret A.
    Thielen, presiding"); no one's surname "Court"."""
    transcript = (
        "date 2024-10-22\nTrial transcript, Day 11\n\n"
        "Hon. Margaret A. Thielen, presiding\n\n"
        "THE COURT: Ms. Castellanos, call your witness.\n\n"
        "MS. CASTELLANOS: The defense calls Gregory Tassone.\n\n"
        "THE COURT: Overruled.\n"
    )
    corpus = load_corpus(make_seeds({"t.txt": transcript}))
    marks = {"t": [("Margaret A. Thielen", "PERSON"), ("Gregory Tassone", "PERSON")]}
    entities, _ = resolve_entities(corpus, analyse_by_hand(corpus, marks))
    by_name = {e.name: e for e in entities}
    assert len(by_name["Margaret A. Thielen"].mentions) == 3


def test_a_label_in_capitals_is_the_name_with_letters_no_accent_makes(make_seeds):
    """ "AYDIN:" is Deniz Aydın: in capitals a dotless ı is an I, as ø is an O."""
    briefing = (
        "date 2026-11-19\nPress conference\n\n"
        "Moderator: Deniz Aydın, Spokesperson\n\n"
        "AYDIN: Good afternoon.\n\n"
        "QUESTION: When will the text come?\n\n"
        "AYDIN: Tonight.\n"
    )
    corpus = load_corpus(make_seeds({"b.txt": briefing}))
    marks = {"b": [("Deniz Aydın", "PERSON")]}
    entities, _ = resolve_entities(corpus, analyse_by_hand(corpus, marks))
    by_name = {e.name: e for e in entities}
    assert len(by_name["Deniz Aydın"].mentions) == 3


def test_a_label_in_title_case_of_a_title_and_a_surname_is_the_one_named_in_full(make_seeds):
    """ "Senator Lyall:", "Senator McKINNON:" at Senate Estimates are Catherine Lyall and
    Hamish McKinnon, whom the transcript names: no person "Senator Lyall"."""
    estimates = (
        "date 2025-10-28\nSenate Estimates\n\n"
        "CHAIR: Senator Catherine Lyall and Senator Hamish McKinnon have questions.\n\n"
        "Senator Lyall: Who approved it?\n\n"
        "Mr Smith: I did.\n\n"
        "Senator McKINNON: When?\n\n"
        "Senator Lyall: Thank you.\n"
    )
    corpus = load_corpus(make_seeds({"e.txt": estimates}))
    marks = {"e": [("Catherine Lyall", "PERSON"), ("Hamish McKinnon", "PERSON")]}
    entities, _ = resolve_entities(corpus, analyse_by_hand(corpus, marks))
    by_name = {e.name: e for e in entities}
    assert len(by_name["Catherine Lyall"].mentions) == 3
    assert len(by_name["Hamish McKinnon"].mentions) == 2
    assert not {"Senator Lyall", "Senator McKINNON"} & set(by_name)


def test_a_posts_label_with_a_name_in_brackets_once_is_that_person_each_time(make_seeds):
    """ "CHAIR (Senator Farrant):" opens the hearing, then "CHAIR:": each is Louise
    Farrant, whom a report names in full (the marked label opening other turns unmarked
    is no lone mark: "Apple (NASDAQ: AAPL): shares rose")."""
    estimates = (
        "date 2025-10-28\nSenate Estimates\n\n"
        "CHAIR (Senator Farrant): We will now move to outcome 2.\n\n"
        "Senator CALDWELL: Thank you, Chair.\n\n"
        "CHAIR: Senator Caldwell, go on.\n\n"
        "Senator CALDWELL: Who approved it?\n\n"
        "CHAIR: Thank you. We will suspend.\n"
    )
    report = (
        "date 2025-11-27\nReport\n\nSenator Louise Farrant and Senator Fiona Caldwell agreed.\n"
    )
    corpus = load_corpus(make_seeds({"e.txt": estimates, "r.txt": report}))
    marks = {"e": [], "r": [("Louise Farrant", "PERSON"), ("Fiona Caldwell", "PERSON")]}
    entities, _ = resolve_entities(corpus, analyse_by_hand(corpus, marks))
    at = {(m.document, m.start): e.name for e in entities for m in e.mentions}
    document = next(d for d in corpus.documents if d.id == "e")
    assert [at.get((document.id, t.start)) for t in document.turns] == [
        "Louise Farrant",
        "Fiona Caldwell",
        "Louise Farrant",
        "Fiona Caldwell",
        "Louise Farrant",
    ]


def test_a_label_in_capitals_that_writes_a_name_in_full_is_that_namesake(make_seeds):
    """ "NAOMI BASCOMBE:" at a memorial for Evelyn Bascombe, the name the document writes
    most, is Naomi, the granddaughter it names; "DR. MARCUS BASCOMBE:" is Marcus."""
    memorial = (
        "date 2025-03-29\nMemorial service\n\n"
        "HOST: We remember Evelyn Bascombe. Evelyn Bascombe built schools. Evelyn Bascombe "
        "taught. Her granddaughter, Naomi Bascombe, and her son, Marcus Bascombe, speak.\n\n"
        "NAOMI BASCOMBE: She taught me to draw.\n\n"
        "DR. MARCUS BASCOMBE: She was timing this.\n\n"
        "NAOMI BASCOMBE: Thank you all.\n"
    )
    corpus = load_corpus(make_seeds({"m.txt": memorial}))
    marks = {
        "m": [
            *[("Evelyn Bascombe", "PERSON")] * 3,
            ("Naomi Bascombe", "PERSON"),
            ("Marcus Bascombe", "PERSON"),
        ]
    }
    entities, _ = resolve_entities(corpus, analyse_by_hand(corpus, marks))
    by_name = {e.name: e for e in entities}
    assert len(by_name["Evelyn Bascombe"].mentions) == 3
    assert len(by_name["Naomi Bascombe"].mentions) == 3
    assert len(by_name["Marcus Bascombe"].mentions) == 2


def test_a_central_banks_labels_ended_by_a_full_stop_are_the_people_they_name(make_seeds):
    """ "CHAIR WHITCOMBE. Good afternoon.", "MICHELLE SMITH. Jonathan.": labels in capitals
    ended by a full stop, two of them opening two paragraphs or more; a reporter's label
    ("AMARA OSEI.", once) is the reporter it names in full, not the vice chair Daniel
    Osei; "NEW YORK. The ..." opening a story is no label."""
    conference = (
        "date 2025-06-18\nTranscript of Chair Whitcombe's Press Conference\n\n"
        "CHAIR WHITCOMBE. Good afternoon. Vice Chair Daniel Osei and I agree.\n\n"
        "MICHELLE SMITH. Amara.\n\n"
        "AMARA OSEI. Thank you. Is the Committee united?\n\n"
        "CHAIR WHITCOMBE. It is. Eleanor Whitcombe has said so before.\n\n"
        "MICHELLE SMITH. Thank you.\n"
    )
    story = "date 2025-06-19\nMarkets\n\nNEW YORK. The dollar fell. Stocks rose.\n"
    corpus = load_corpus(make_seeds({"c.txt": conference, "s.txt": story}))
    marks = {"c": [("Daniel Osei", "PERSON"), ("Eleanor Whitcombe", "PERSON")], "s": []}
    entities, _ = resolve_entities(corpus, analyse_by_hand(corpus, marks))
    at = {(m.document, m.start): e.name for e in entities for m in e.mentions}
    document, story_document = (next(d for d in corpus.documents if d.id == i) for i in "cs")
    assert [at.get((document.id, t.start)) for t in document.turns] == [
        "Eleanor Whitcombe",
        "Michelle Smith",
        "Amara Osei",
        "Eleanor Whitcombe",
        "Michelle Smith",
    ]
    assert "Daniel Osei" in {e.name for e in entities}
    assert story_document.turns == ()


def test_an_interpreters_turn_is_the_last_speakers_and_notes_after_a_label_are_no_name(
    make_seeds,
):
    """ "KABORÉ [in French]:", "IBRAHIMA N'DIAYE (UFDK spokesman) [in French]:": labels,
    their notes aside; "INTERPRETER:" gives the words of the speaker before, in another
    language; after a question ("QUESTION (Fatou Camara, Radio Horizon) [in French]:"),
    no one's."""
    conference = (
        "date 2025-10-22\nKaboré press conference\n\n"
        "IBRAHIMA N'DIAYE (UFDK spokesman) [in French]: Bonjour.\n\n"
        "INTERPRETER: Good morning. Issoufou Kaboré will speak. Ibrahima N'Diaye thanks you.\n\n"
        "KABORÉ [in French]: ...\n\n"
        "INTERPRETER: We won the election.\n\n"
        "QUESTION (Fatou Camara, Radio Horizon) [in French]: ...\n\n"
        "INTERPRETER: Did you win?\n\n"
        "KABORÉ [in English]: We did.\n"
    )
    corpus = load_corpus(make_seeds({"k.txt": conference}))
    marks = {"k": [("Issoufou Kaboré", "PERSON"), ("Ibrahima N'Diaye", "PERSON")]}
    entities, _ = resolve_entities(corpus, analyse_by_hand(corpus, marks))
    at = {(m.document, m.start): e.name for e in entities for m in e.mentions}
    (document,) = corpus.documents
    assert [t.label for t in document.turns] == [
        "IBRAHIMA N'DIAYE",
        "INTERPRETER",
        "KABORÉ",
        "INTERPRETER",
        "Q",  # (a reporter's question, however written)
        "INTERPRETER",
        "KABORÉ",
    ]
    assert [at.get((document.id, t.start)) for t in document.turns] == [
        "Ibrahima N'Diaye",
        "Ibrahima N'Diaye",
        "Issoufou Kaboré",
        "Issoufou Kaboré",
        None,
        None,
        "Issoufou Kaboré",
    ]
    # the interpreter's label is no name of theirs
    assert not any("INTERPRETER" in e.aliases for e in entities)


def test_a_label_with_a_post_is_the_namesake_another_document_writes_after_it(make_seeds):
    """ "CHIEF JUSTICE ALVAREZ:" in an argument's transcript is Ramón Alvarez, whom a wire
    story writes after that post, not the trial judge Lucia Alvarez, named more."""
    argument = (
        "date 2025-05-20\nOral argument\n\n"
        "CHIEF JUSTICE ALVAREZ:  We will hear argument this morning.\n\n"
        "MR. KOWALSKI:  Thank you. Judge Lucia Alvarez erred.\n\n"
        "CHIEF JUSTICE ALVAREZ:  Counsel, go on.\n"
    )
    wire = (
        "date 2025-05-21 Chief Justice Ramón Alvarez asked few questions. Lucia Alvarez, "
        "the trial judge, declined to comment. Lucia Alvarez retired.\n"
    )
    corpus = load_corpus(make_seeds({"a.txt": argument, "w.txt": wire}))
    marks = {
        "a": [("Lucia Alvarez", "PERSON")],
        "w": [
            ("Ramón Alvarez", "PERSON"),
            ("Lucia Alvarez", "PERSON"),
            ("Lucia Alvarez", "PERSON"),
        ],
    }
    entities, _ = resolve_entities(corpus, analyse_by_hand(corpus, marks))
    by_name = {e.name: e for e in entities}
    assert sum(m.document == "a" for m in by_name["Ramón Alvarez"].mentions) == 2
    assert sum(m.document == "a" for m in by_name["Lucia Alvarez"].mentions) == 1


def test_a_one_word_label_is_the_name_the_document_writes_family_name_first(make_seeds):
    """ "CHEN:" in an interview with "Chen Yiting" (family name first, its order not shown
    by a hyphen) is Chen Yiting, not "Yi-ting Chen" of another document, the corpus's
    only name ending in Chen; and the two spellings are one person."""
    interview = (
        "date 2025-10-15\nChen Yiting on the collision\n\n"
        "Chen Yiting founded the firm in 2017.\n\n"
        "Q: Was the ship spoofed?\n\n"
        "CHEN: The position jumped at 01:39.\n\n"
        "Q: Who did it?\n\n"
        "CHEN: We cannot say.\n"
    )
    opinion = "date 2025-10-22 Yi-ting Chen, the Taiwanese researcher, was careful.\n"
    corpus = load_corpus(make_seeds({"i.txt": interview, "o.txt": opinion}))
    marks = {"i": [("Chen Yiting", "PERSON"), ("Chen Yiting", "PERSON")]}
    marks["o"] = [("Yi-ting Chen", "PERSON")]
    entities, _ = resolve_entities(corpus, analyse_by_hand(corpus, marks))
    chens = [e for e in entities if "Chen" in e.name]
    assert len(chens) == 1
    assert chens[0].name == "Chen Yiting"
    assert sum(m.document == "i" for m in chens[0].mentions) == 4


@pytest.mark.parametrize(
    "text",
    [
        "Secretary Walsh said. SECRETARY Marty Walsh spoke; the secretary Walsh left.",
        "Undersecretary Jones and Secretary Secretary Walsh Blinken met.",  # (inside a word; a match spans the next)
        "Secretary Ana María Pérez, “Secretary” Walsh",  # beyond ASCII
        "İ Secretary Walsh Jones",  # lower() makes "İ" two letters
        "ſecretary Walsh Jones, Secretary Ann Lee",  # "ſ" is an "s" to the pattern
        "No post here at all.",
        "secretary",
    ],
)
def test_post_matches_as_finditer(text):
    title = re.compile(
        r"\b(?i:secretary)[^\S\n]+([A-Z][\w-]+(?:[^\S\n]+[A-Z][\w-]+){0,2})(?![\w-])"
    )
    expected = [m.span() for m in title.finditer(text)]
    found = _post_matches(title, "secretary", text, text.lower())
    assert [m.span() for m in found] == expected


def test_aligned_lower_case_for_most_texts_not_for_lookalike_letters():
    for text in ("King Charles in Kyiv", "“Secretary” Walsh"):
        assert _aligned(text, text.lower())
    for text in ("\u212aelvin", "\u017fecretary", "\u0130stanbul"):
        assert not _aligned(text, text.lower())


HEARING_ONE = (
    "date 2023-04-12\nHearing\n\n"
    "THE CHAIR: Good morning. I am Chairwoman Margaret Holloway-Price.\n\n"
    "Ms. RAMAN: Thank you, Madam Chair. Priya Raman, of Washington.\n\n"
    "THE CHAIR: Mr. Feld, you may begin.\n"
)
HEARING_TWO = (
    "date 2023-05-17\nHearing, second day\n\n"
    "THE CHAIR: We resume.\n\n"
    "Ms. RAMAN: I yield back.\n\n"
    "THE CHAIR: Thank you.\n"
)


def test_a_post_label_is_the_one_the_document_or_else_the_corpus_gives_that_post(make_seeds):
    """ "THE CHAIR" is the surname written after the post in any form ("Chairwoman
    Margaret Holloway-Price"): in its own document, else the one the corpus writes
    there (b); "Ms. RAMAN" (a hearing's label) is Priya Raman."""
    corpus = load_corpus(make_seeds({"a.txt": HEARING_ONE, "b.txt": HEARING_TWO}))
    marks = {
        "a": [("Margaret Holloway-Price", "PERSON"), ("Priya Raman", "PERSON")],
        "b": [],
    }
    entities, _ = resolve_entities(corpus, analyse_by_hand(corpus, marks))
    at = {(m.document, m.start): e.name for e in entities for m in e.mentions}
    for document in corpus.documents:
        for turn in document.turns:
            expected = "Margaret Holloway-Price" if turn.label == "THE CHAIR" else "Priya Raman"
            assert at.get((document.id, turn.start)) == expected, (document.id, turn.label)


RADIO = (
    "date 2024-11-01\nAfrica Hour\n\n"
    "HOST: Good evening. I'm Nadia Karimi. My guest is Dr Helena Kristiansen.\n\n"
    "KRISTIANSEN: Thank you, Nadia.\n\n"
    "HOST: How fast is it spreading?\n"
)


def test_a_role_label_is_the_person_its_turns_introduce(make_seeds):
    """ "HOST:" is who the host's own turns say they are ("I'm Nadia Karimi"), named in
    full in the document; "KRISTIANSEN:" the full name of that surname."""
    corpus = load_corpus(make_seeds({"r.txt": RADIO}))
    marks = {"r": [("Nadia Karimi", "PERSON"), ("Helena Kristiansen", "PERSON")]}
    entities, _ = resolve_entities(corpus, analyse_by_hand(corpus, marks))
    document = corpus.documents[0]
    at = {m.start: e.name for e in entities for m in e.mentions}
    names = [at.get(t.start) for t in document.turns]
    assert names == ["Nadia Karimi", "Helena Kristiansen", "Nadia Karimi"]


COURT = (
    "date 2024-01-17\nDay 3 transcript\n\n"
    "Before: THE HONOURABLE MR JUSTICE RENFREW\n\n"
    "MR FARROW: My Lord, Nicholas Farrow for the council. I call Mr Ashby.\n\n"
    "THE JUDGE: Yes. Go on, Mr Farrow.\n\n"
    "MR FARROW: Thank you, my Lord.\n\n"
    "THE JUDGE: We will rise.\n"
)


def test_the_judge_of_an_english_court_is_the_justice_the_transcript_names(make_seeds):
    """ "THE JUDGE" is the judge written "Mr Justice Renfrew" ("Before: THE HONOURABLE
    MR JUSTICE RENFREW"): a judge of the High Court is called Justice, not Judge."""
    corpus = load_corpus(make_seeds({"c.txt": COURT}))
    marks = {"c": [("Nicholas Farrow", "PERSON")]}
    entities, _ = resolve_entities(corpus, analyse_by_hand(corpus, marks))
    document = corpus.documents[0]
    at = {m.start: e.name for e in entities for m in e.mentions}
    labels = {t.label for t in document.turns}
    assert labels == {"MR FARROW", "THE JUDGE"}
    judge = [at.get(t.start) for t in document.turns if t.label == "THE JUDGE"]
    assert judge == ["Renfrew", "Renfrew"]


NEWSLETTER = (
    "date 2025-03-27\nBrussels Playbook: the money math\n\n"
    "Good morning. The ministers count the money this week.\n\n"
    "DRIVING THE DAY: The ministers meet to count the money.\n\n"
    "THE MONEY MATH: The council needs the money of fifteen countries.\n\n"
    "GOOD WEEK FOR SOTO: The minister had a good week.\n\n"
    "KOVACIK WATCH: Prime Minister Jan Kovacik met the ministers on the day.\n\n"
    "THANKS TO: our editor, who counts the day and the week.\n"
)
PANEL = (
    "date 2025-03-28\nA panel on the budget\n\n"
    "The panel is chaired by Grace Mbeki; Ana Soto answers with grace.\n\n"
    "GRACE MBEKI: Welcome. The paper is out.\n\n"
    "ANA SOTO: Thank you, the money is the point.\n\n"
    "GRACE MBEKI: And the week ahead?\n\n"
    "ANA SOTO: A good week.\n"
)


def test_a_newsletters_headings_in_capitals_speak_for_no_one(make_seeds):
    """ "DRIVING THE DAY:", "GOOD WEEK FOR SOTO:" (words without a title, common words of
    the corpus among them) are headings: no person "Day", nor Ana Soto, whom the corpus
    names; "KOVACIK WATCH:", one more label opening one paragraph in a document of
    headings, is no one either. A panel's "GRACE MBEKI:", a common word in it, is the
    Grace Mbeki the document names, each time she speaks."""
    corpus = load_corpus(make_seeds({"n.txt": NEWSLETTER, "p.txt": PANEL}))
    marks = {
        "n": [("Jan Kovacik", "PERSON")],
        "p": [("Grace Mbeki", "PERSON"), ("Ana Soto", "PERSON")],
    }
    entities, _ = resolve_entities(corpus, analyse_by_hand(corpus, marks))
    at = {(m.document, m.start): e.name for e in entities for m in e.mentions}
    newsletter, panel = (next(d for d in corpus.documents if d.id == i) for i in "np")
    assert len(newsletter.turns) == 5
    assert [at.get((newsletter.id, t.start)) for t in newsletter.turns] == [None] * 5
    assert not {"Day", "Math", "Watch", "To"} & {e.name for e in entities}
    speakers = [at.get((panel.id, t.start)) for t in panel.turns]
    assert speakers == ["Grace Mbeki", "Ana Soto", "Grace Mbeki", "Ana Soto"]


DEPOSITION = (
    "date 2024-01-17\nTranscript, Day 3\n\n"
    "Kevin Ashby, the council's engineer, was recalled. Janet Morley was called after him.\n\n"
    "Q. Mr Ashby, you inspected the bridge?\n\nA. I did.\n\n"
    "Q. To whom was the report sent?\n\nA. Janet Morley, and the asset team.\n\n"
    "Q. Ms Morley, please give your name.\n\nA. Janet Elizabeth Morley.\n"
)
HEARING_QA = (
    "date 2023-04-26\nTranscript of the inquiry\n\n"
    "THE CHAIR: Ms. de la Cruz, please stand.\n\n"
    "Q. Please state your name.\n\nA. Elena de la Cruz. I was chief financial officer.\n\n"
    "Q. Who created it?\n\nA. I did.\n"
)
COURT_QA = (
    "date 2023-06-07\nTranscript of the inquiry, Day 2\n\n"
    "Robert Tran, counsel to the inquiry, questioned Hafiz bin Salleh.\n\n"
    "THE CHAIR: Mr. Tran will begin.\n\nBY MR. TRAN:\n\n"
    "Q. Mr. bin Salleh, you were chief executive?\n\nA. Managing director.\n\n"
    "Q. Of the whole group?\n\nA. Yes.\n"
)
QA_INTERVIEW = (
    "date 2025-07-02\nINTERVIEW-De la Fuente says he will fight on\n\n"
    "Jorge Luis de la Fuente Ibarra, the opposition candidate, spoke to us.\n\n"
    "Q: Do you accept that you lost?\n\nA: No.\n\nQ: What next?\n\nA: The courts.\n"
)


def test_the_answers_of_a_transcript_are_the_witness_or_the_interviewee(make_seeds):
    """ "A." answers whom the last question addressed ("Q. Mr Ashby, ..."), or who
    gave their name ("A. Elena de la Cruz."), or the one the interview's title names
    ("INTERVIEW-De la Fuente says"); an answer naming someone else ("A. Janet Morley,
    and the asset team") does not change who speaks."""
    corpus = load_corpus(
        make_seeds(
            {"d.txt": DEPOSITION, "h.txt": HEARING_QA, "i.txt": QA_INTERVIEW, "c.txt": COURT_QA}
        )
    )
    marks = {
        "c": [("Robert Tran", "PERSON"), ("Hafiz bin Salleh", "PERSON")],
        "d": [("Kevin Ashby", "PERSON"), ("Janet Morley", "PERSON"), ("Janet Morley", "PERSON")],
        "h": [("de la Cruz", "PERSON")],
        "i": [("Jorge Luis de la Fuente Ibarra", "PERSON")],
    }
    entities, _ = resolve_entities(corpus, analyse_by_hand(corpus, marks))
    at = {(m.document, m.start): e.name for e in entities for m in e.mentions}

    def answers(doc_id):
        document = next(d for d in corpus.documents if d.id == doc_id)
        return [at.get((doc_id, t.start)) for t in document.turns if t.label == "A"]

    assert answers("d") == ["Kevin Ashby", "Kevin Ashby", "Janet Morley"]
    assert answers("h") == ["Elena de la Cruz", "Elena de la Cruz"]
    assert answers("i") == ["Jorge Luis de la Fuente Ibarra"] * 2
    # a court's lawyer asks ("BY MR. TRAN:"): whom the question addresses answers
    assert answers("c") == ["Hafiz bin Salleh"] * 2
    court = next(d for d in corpus.documents if d.id == "c")
    assert [at.get(("c", t.start)) for t in court.turns if t.label == "MR. TRAN"] == [
        "Robert Tran"
    ] * 2


def test_the_words_around_a_turns_label_say_nothing_of_its_speaker(make_seeds):
    """A lawyer's questions are hers, named at each "Q": the answer before ("Yes, my
    Lord.") is no title of hers, nor "he" in her question her sex; "Ms Halifax" in a
    story is still Priya Halifax."""
    corpus = load_corpus(
        make_seeds(
            {
                "t.txt": "date 2024-01-17\nTranscript, Day 3\n\n"
                "Priya Halifax KC appeared for the claimants.\n\n"
                "MR KEVIN ASHBY (recalled)\n\nRe-examination by MS HALIFAX\n\n"
                "Q. Mr Ashby, did he tell you?\n\nA. Yes, my Lord.\n\n"
                "Q. When did he say so?\n\nA. In June, my Lord.\n\n"
                "Q. Did he write?\n\nA. No.\n",
                "n.txt": "date 2024-01-18\nBridge trial\n\nMs Halifax said the bridge was unsafe.\n",
            }
        )
    )
    marks = {
        "t": [("Priya Halifax", "PERSON"), ("KEVIN ASHBY", "PERSON"), ("Ashby", "PERSON")],
        "n": [("Halifax", "PERSON")],
    }
    entities, _ = resolve_entities(corpus, analyse_by_hand(corpus, marks))
    halifax = next(e for e in entities if e.name == "Priya Halifax")
    assert "n" in {m.document for m in halifax.mentions}
    assert len([m for m in halifax.mentions if m.document == "t"]) == 4  # her name, 3 "Q"
    # (a title is on its name's line)
    text = "A. Yes, my Lord.\n\nQ. Did he write?"
    assert title_words(text, text.index("Q")) == set()
    assert title_words("It was my Lord Ashby.", 15) == {"lord"}


def test_a_labels_courtesy_chooses_the_namesake_of_its_sex(make_seeds):
    """ "Mr HARGREAVES (Northern Tablelands—Minister for Health):" is Daniel Hargreaves,
    "Ms HARGREAVES (Bellwood):" Fiona: the corpus writes "Mr Daniel Hargreaves" and "Ms
    Fiona Hargreaves"."""
    corpus = load_corpus(
        make_seeds(
            {
                "h.txt": "date 2025-03-04\nLegislative Assembly Hansard\n\n"
                "Bill introduced on motion by Mr Daniel Hargreaves, read a first time.\n\n"
                "Debate adjourned on motion by Ms Fiona Hargreaves.\n\n"
                "Mr HARGREAVES (Northern Tablelands—Minister for Health) (10:32): I move.\n\n"
                "Ms HARGREAVES (Bellwood): Thank goodness for that.\n\n"
                "Mr HARGREAVES: I will be visiting Bellwood.\n",
            }
        )
    )
    marks = {"h": [("Daniel Hargreaves", "PERSON"), ("Fiona Hargreaves", "PERSON")]}
    entities, _ = resolve_entities(corpus, analyse_by_hand(corpus, marks))
    at = {(m.document, m.start): e.name for e in entities for m in e.mentions}
    document = corpus.documents[0]
    assert [at.get(("h", t.start)) for t in document.turns] == [
        "Daniel Hargreaves",
        "Fiona Hargreaves",
        "Daniel Hargreaves",
    ]


def test_a_labels_initial_chooses_the_namesake_it_begins(make_seeds):
    """ "The Hon. M. CAMPBELL" is Marcia Campbell, "The Hon. D. CAMPBELL" Devon, of the
    three Campbells the debate names; "The Hon. P. CAMPBELL", whom no Campbell's first
    name begins, is none of them."""
    corpus = load_corpus(
        make_seeds(
            {
                "h.txt": "date 2025-06-10\nHouse of Representatives\n\n"
                "Present: Marcia Campbell, Devon Campbell and Ralph Campbell, with others.\n\n"
                "The Hon. M. CAMPBELL (St Andrew West Rural): I beg to move.\n\n"
                "The Hon. D. CAMPBELL (Portland Eastern): I object.\n\n"
                "The Hon. M. CAMPBELL (St Andrew West Rural): I press the motion.\n\n"
                "The Hon. P. CAMPBELL (Clarendon Central): Order.\n",
            }
        )
    )
    marks = {
        "h": [
            ("Marcia Campbell", "PERSON"),
            ("Devon Campbell", "PERSON"),
            ("Ralph Campbell", "PERSON"),
        ]
    }
    entities, _ = resolve_entities(corpus, analyse_by_hand(corpus, marks))
    at = {(m.document, m.start): e.name for e in entities for m in e.mentions}
    document = corpus.documents[0]
    assert [at.get(("h", t.start)) for t in document.turns] == [
        "Marcia Campbell",
        "Devon Campbell",
        "Marcia Campbell",
        None,
    ]


def test_an_outlet_asking_at_a_press_conference_is_no_one_named(make_seeds):
    """ "Global Times:" asks, "Wang Jiayi:" answers: the answers are the spokesperson's,
    the questions an outlet's (its name ends with a body's word), no person's."""
    corpus = load_corpus(
        make_seeds(
            {
                "p.txt": "date 2025-04-18\nRegular Press Conference\n\n"
                "Wang Jiayi, the spokesperson, took questions.\n\n"
                "Global Times: We noticed a report. Can you confirm?\n\n"
                "Wang Jiayi: I'd refer you to the competent authorities.\n\n"
                "Yonhap News Agency: A follow-up on the visit.\n\n"
                "Wang Jiayi: We welcome it.\n",
            }
        )
    )
    entities, _ = resolve_entities(
        corpus, analyse_by_hand(corpus, {"p": [("Wang Jiayi", "PERSON")]})
    )
    at = {(m.document, m.start): e.name for e in entities for m in e.mentions}
    document = corpus.documents[0]
    assert [at.get(("p", t.start)) for t in document.turns] == [
        None,
        "Wang Jiayi",
        None,
        "Wang Jiayi",
    ]
    assert not any(e.name == "Global Times" and e.type == "person" for e in entities)


def test_a_labels_seat_chooses_the_namesake_written_beside_it(make_seeds):
    """ "Mr WALSH (Wirrinya):" is Gary Walsh, whom a story calls "Wirrinya MP Gary
    Walsh", not Brendan Walsh, the other man of that name; "Mr WALSH:" after it goes on
    with the same seat; "Ms O'NEILL (Marrang):" is Rachel O'Neill, though the Hansard
    names only Tom O'Neill in full."""
    corpus = load_corpus(
        make_seeds(
            {
                "n.txt": "date 2025-03-06\nCommittee split\n\n"
                "Wirrinya MP Gary Walsh pushed for a hearing. The opposition leader, Brendan "
                "Walsh, agreed. Labor's Rachel O'Neill, the member for Marrang, spoke. Kelso "
                "MP Tom O'Neill left.\n",
                "h.txt": "date 2025-04-29\nLegislative Assembly Hansard\n\n"
                "Bill moved by Mr Tom O'Neill.\n\n"
                "Mr WALSH (Eastfield—Leader of the Opposition) (14:55): Five years.\n\n"
                "Mr WALSH (Wirrinya) (15:02): I rise.\n\n"
                "Ms O'NEILL (Marrang) (15:31): I support the bill.\n\n"
                "Mr WALSH: I continue.\n",
            }
        )
    )
    marks = {
        "n": [
            ("Gary Walsh", "PERSON"),
            ("Brendan Walsh", "PERSON"),
            ("Rachel O'Neill", "PERSON"),
            ("Tom O'Neill", "PERSON"),
        ],
        "h": [("Tom O'Neill", "PERSON")],
    }
    entities, _ = resolve_entities(corpus, analyse_by_hand(corpus, marks))
    at = {(m.document, m.start): e.name for e in entities for m in e.mentions}
    hansard = next(d for d in corpus.documents if d.id == "h")
    assert [t.seat for t in hansard.turns] == [
        "Eastfield—Leader of the Opposition",
        "Wirrinya",
        "Marrang",
        "Wirrinya",
    ]
    # (a seat the corpus writes beside neither Walsh: no one's, not the one named most)
    assert [at.get(("h", t.start)) for t in hansard.turns] == [
        None,
        "Gary Walsh",
        "Rachel O'Neill",
        "Gary Walsh",
    ]


def test_a_broadcasters_label_names_the_speaker_before_its_role(make_seeds):
    """ "COLIN KEANE, ANN ANCHOR:" opens the anchor's first turn, then "KEANE:": each is
    the anchor, not Raymond Keane, the defendant the story names far more; "GOV. DIANE
    WHITCOMB (D-OH):" then "WHITCOMB:" is the governor (a party's letter and a state in
    brackets hold no one), "G. WHITCOMB:" after "GREGORY WHITCOMB, KEYSTONE STRATEGIES:"
    her brother; "UNIDENTIFIED MALE:" is no one, and no role is read as a name."""
    show = (
        "date 2025-09-18\nTHE HOUR WITH COLIN KEANE\n\n"
        "COLIN KEANE, ANN ANCHOR: Good evening. Raymond Keane pleaded not guilty.\n\n"
        "GOV. DIANE WHITCOMB (D-OH): I knew nothing.\n\n"
        "KEANE: Governor, did you know?\n\n"
        "WHITCOMB: No.\n\n"
        "UNIDENTIFIED MALE: Shame!\n\n"
        "KEANE: We'll leave it there.\n"
    )
    other = (
        "date 2025-10-14\nDELGADO REPORTS\n\n"
        "MARIA DELGADO, ANN ANCHOR: Good evening.\n\n"
        "GREGORY WHITCOMB, KEYSTONE STRATEGIES: No comment.\n\n"
        "DELGADO: Did your sister know?\n\n"
        "G. WHITCOMB: I said no comment.\n"
    )
    story = (
        "date 2025-09-17\nAide indicted\n\n"
        "Raymond Keane was indicted. Raymond Keane denies it. Raymond Keane resigned. "
        "Diane Whitcomb is the governor. Gregory Whitcomb runs a firm.\n"
    )
    corpus = load_corpus(make_seeds({"s.txt": show, "o.txt": other, "a.txt": story}))
    turns = next(d.turns for d in corpus.documents if d.id == "s")
    assert [t.label for t in turns][:2] == ["COLIN KEANE", "GOV. DIANE WHITCOMB"]
    marks = {
        "s": [("ANN ANCHOR", "ORG"), ("Raymond Keane", "PERSON")],
        "o": [("ANN ANCHOR", "ORG")],
        "a": [
            ("Raymond Keane", "PERSON"),
            ("Raymond Keane", "PERSON"),
            ("Raymond Keane", "PERSON"),
            ("Diane Whitcomb", "PERSON"),
            ("Gregory Whitcomb", "PERSON"),
        ],
    }
    entities, _ = resolve_entities(corpus, analyse_by_hand(corpus, marks))
    by_name = {e.name: e for e in entities}
    assert len(by_name["Colin Keane"].mentions) == 3
    assert len(by_name["Raymond Keane"].mentions) == 4
    assert len(by_name["Diane Whitcomb"].mentions) == 3
    assert len(by_name["Gregory Whitcomb"].mentions) == 3
    assert len(by_name["Maria Delgado"].mentions) == 2
    assert not {"ANN ANCHOR", "Unidentified Male", "Male"} & set(by_name)


def test_a_broadcasters_label_names_its_speaker_whatever_the_words(make_seeds):
    """ "BILL O'REILLY, HOST:" (a bill is a common word) and "GRETA VAN SUSTEREN, FOX
    NEWS HOST:" then "VAN SUSTEREN:" (a surname with its particle), in transcripts that
    name neither in running text; the show "The O'Reilly Factor" in the title is no
    one's full name."""
    show = (
        "date 2010-06-15\nPalin on \u201cThe O'Reilly Factor\u201d\n\n"
        "The bill passed the House. The bill goes to the Senate.\n\n"
        "BILL O'REILLY, HOST: Governor, the bill?\n\n"
        "SARAH PALIN, FOX NEWS CONTRIBUTOR: It is a bad bill.\n\n"
        "O'REILLY: Thank you.\n"
    )
    other = (
        "date 2010-06-12\nOn the record\n\n"
        "GRETA VAN SUSTEREN, FOX NEWS HOST: Good evening.\n\n"
        "NEWT GINGRICH, FORMER SPEAKER OF THE HOUSE: Good evening, Greta.\n\n"
        "VAN SUSTEREN: What now?\n"
    )
    corpus = load_corpus(make_seeds({"s.txt": show, "o.txt": other}))
    entities, _ = resolve_entities(corpus, analyse_by_hand(corpus, {}))
    by_name = {e.name: e for e in entities}
    assert len(by_name["Bill O'Reilly"].mentions) == 2
    assert len(by_name["Greta van Susteren"].mentions) == 2
    assert "The O'Reilly" not in by_name


def test_a_spokespersons_label_is_the_one_the_briefing_names_with_the_post(make_seeds):
    """ "Spokesman:" answering "Question:" at the noon briefing "by Dimitri Kallas,
    Spokesperson for the Secretary-General" is Dimitri Kallas (-man, -person alike); the
    "Question:" turns are reporters', no one's."""
    briefing = (
        "date 2026-02-06\nDaily Press Briefing\n\n"
        "The following is a transcript of today's noon briefing by Dimitri Kallas, "
        "Spokesperson for the Secretary-General.\n\n"
        "Question: Thank you, Dimitri. When does the envoy travel?\n\n"
        "Spokesman: Early next week.\n\n"
        "Question: And the budget?\n\n"
        "Spokesman: I have nothing on that.\n"
    )
    corpus = load_corpus(make_seeds({"b.txt": briefing}))
    turns = corpus.documents[0].turns
    assert [t.label for t in turns] == ["Q", "Spokesman", "Q", "Spokesman"]
    marks = {"b": [("Dimitri Kallas", "PERSON")]}
    entities, _ = resolve_entities(corpus, analyse_by_hand(corpus, marks))
    by_name = {e.name: e for e in entities}
    assert len(by_name["Dimitri Kallas"].mentions) == 3


def test_a_short_label_is_the_full_label_of_that_family_name_last_before_it(make_seeds):
    """A Korean hearing writes the family name first: "REP. PARK:" after "REP. PARK
    SUNG-MIN (DP):" is Park Sung-min, not the prosecutor Park Seo-yeon the corpus names
    more; "REP. KIM:" is whichever of the two members Kim spoke in full last before it;
    "VICE MINISTER LEE:" is the vice minister, not the minister."""
    hearing = (
        "date 2026-03-10\nHearing excerpt\n\n"
        "REP. KIM MIN-JUN (DP): Minister, answer me.\n\n"
        "MINISTER LEE JAE-WON: I cannot.\n\n"
        "REP. KIM: Why not?\n\n"
        "VICE MINISTER LEE HA-NA: The documents are classified.\n\n"
        "REP. KIM SU-AH (PPP): Who classified them?\n\n"
        "VICE MINISTER LEE: We did.\n\n"
        "REP. KIM: When?\n\n"
        "REP. PARK SUNG-MIN (DP): Enough.\n\n"
        "MINISTER LEE: I agree.\n\n"
        "REP. PARK: Thank you.\n"
    )
    story = (
        "date 2026-03-09\nProsecutor speaks\n\n"
        "Prosecutor General Park Seo-yeon said so. Park Seo-yeon left. Park Seo-yeon "
        "returned.\n"
    )
    corpus = load_corpus(make_seeds({"h.txt": hearing, "s.txt": story}))
    marks = {"s": [("Park Seo-yeon", "PERSON")] * 3}
    entities, _ = resolve_entities(corpus, analyse_by_hand(corpus, marks))
    by_name = {e.name: e for e in entities}
    assert len(by_name["Park Seo-yeon"].mentions) == 3
    assert len(by_name["Park Sung-Min"].mentions) == 2
    assert len(by_name["Kim Min-Jun"].mentions) == 2
    assert len(by_name["Kim Su-Ah"].mentions) == 2
    assert len(by_name["Lee Ha-Na"].mentions) == 2
    assert len(by_name["Lee Jae-Won"].mentions) == 2


def test_a_day_after_a_post_is_no_holder_of_it(make_seeds):
    """ "expected to call her as a witness Thursday": "THE WITNESS:" is no one called
    Thursday; a post's holder is a name, not when."""
    transcript = (
        "date 2026-02-19\nTrial transcript\n\n"
        "THE COURT: Call your witness.\n\n"
        "MR. HALLORAN: We call her now.\n\n"
        "THE WITNESS: Good morning.\n\n"
        "THE COURT: Proceed.\n"
    )
    story = "date 2026-02-17\nTrial\n\nProsecutors expect to call her as a witness Thursday.\n"
    corpus = load_corpus(make_seeds({"t.txt": transcript, "s.txt": story}))
    entities, _ = resolve_entities(corpus, analyse_by_hand(corpus, {}))
    assert not any(e.name == "Thursday" for e in entities)


def test_a_label_naming_its_speaker_in_full_says_a_person(make_seeds):
    """ "Marcus Bell -- Vice President, Investor Relations", a call's speaker in full,
    tagged a body in a release's contacts: a person, though three of his five
    mentions are tagged a body."""
    call = (
        "date 2026-02-05\nQ3 earnings call\n\nPrepared Remarks:\n\nOperator\n\n"
        "Good morning. I now turn the call over to Marcus Bell.\n\n"
        "Marcus Bell -- Vice President, Investor Relations\n\nThank you, and good morning.\n\n"
        "Daniel Keller -- President and Chief Executive Officer\n\nThanks, Marcus.\n\n"
        "Marcus Bell -- Vice President, Investor Relations\n\nOperator, the first question.\n"
    )
    release = (
        "date 2026-02-04\nKeller Dynamics to report results\n\n"
        "Investors: Marcus Bell, Vice President. Media: Marcus Bell.\n"
    )
    corpus = load_corpus(make_seeds({"c.txt": call, "r.txt": release}))
    marks = {
        "c": [("Marcus Bell", "ORG")],
        "r": [("Marcus Bell", "ORG"), ("Marcus Bell", "ORG")],
    }
    entities, _ = resolve_entities(corpus, analyse_by_hand(corpus, marks))
    (bell,) = (e for e in entities if e.name == "Marcus Bell")
    assert bell.type == "person"
