"""Plain-text helpers (ingest/text.py): sentences split by rule, slugs, folded keys.
(Sentence splitting through a loaded document: test_load.)"""

from generator.ingest.text import (
    fold,
    join_numbered_lines,
    join_wrapped_lines,
    slugify,
    split_sentences,
)


def test_each_line_is_a_paragraph_and_sentences_never_cross_it():
    text = "First one. Second one\ncontinues here.\n\n  Indented line? Yes!\n"
    sentences = split_sentences(text)
    assert [(s.number, s.text, s.paragraph) for s in sentences] == [
        (1, "First one.", 0),
        (2, "Second one", 0),
        (3, "continues here.", 1),
        (4, "Indented line?", 2),
        (5, "Yes!", 2),
    ]
    for s in sentences:
        assert text[s.start : s.end] == s.text


def test_abbreviations_and_initials_do_not_end_a_sentence():
    text = "Gen. Smith met J. R. Doe in the U.S. on Nov. 21. Then they left."
    assert [s.text for s in split_sentences(text)] == [
        "Gen. Smith met J. R. Doe in the U.S. on Nov. 21.",
        "Then they left.",
    ]
    # a reserve's or a retired officer's rank, as Israeli and US papers write it
    text = "It includes Brig. Gen. (res.) Yoav Ben-Ami and Gen. (ret.) Ann Lee. They met."
    assert len(split_sentences(text)) == 2
    # a saint's in Spanish and Filipino names ("Sto. Tomas", "Sta. Rosa")
    text = "Tina Sto. Tomas surrendered in Sta. Rosa. Then she left."
    assert len(split_sentences(text)) == 2
    # a state's abbreviation naming a route, before its number; not before a year
    text = "Her car was on Ky. 1247 near a creek. She was born in Mobile, Ala. 1990 was cold."
    assert [s.text for s in split_sentences(text)] == [
        "Her car was on Ky. 1247 near a creek.",
        "She was born in Mobile, Ala.",
        "1990 was cold.",
    ]


def test_titles_written_short_around_the_world_do_not_end_a_sentence():
    """Honorifics and titles of South Asian, West African and Latin American papers
    ("Smt.", "Rs.", "Lic.", "Mtra."), and short titles that are surnames too ("Barr.",
    "Ch."): before a name, no sentence's end; a word the text also writes without its
    period ("Barr said"), or one before a function word ("Barr. The"), ends one."""
    text = (
        "Counsel to the firm, Barr. Chidi Okonkwo, objected. Minister Ch. Bhupendra "
        "Singh paid Rs. 10 lakh to Smt. Geeta Yadav. The Rt. Hon. Speaker and Lic. "
        "Ernesto Galván met Mtra. Laura Medina."
    )
    assert [s.text for s in split_sentences(text)] == [
        "Counsel to the firm, Barr. Chidi Okonkwo, objected.",
        "Minister Ch. Bhupendra Singh paid Rs. 10 lakh to Smt. Geeta Yadav.",
        "The Rt. Hon. Speaker and Lic. Ernesto Galván met Mtra. Laura Medina.",
    ]
    # East African shillings written short before the amount, as Rs. is
    text = "The balance stood at Kshs. 2,317,450,000. The county paid Kshs. 500 million."
    assert len(split_sentences(text)) == 2
    # a US city council's aldermen and commissioners, and their districts; Italian
    # papers' lawyers and graduates, written in lower case
    text = (
        "Ald. Pettis (Dist. 4) moved, seconded by Ald. Kowalczyk. Cmsr. Alan Dreyer "
        "agreed. His lawyer, avv. Nicoletta Dalla Valle, and dott. Enrico Mazzoleni came."
    )
    assert [s.text for s in split_sentences(text)] == [
        "Ald. Pettis (Dist. 4) moved, seconded by Ald. Kowalczyk.",
        "Cmsr. Alan Dreyer agreed.",
        "His lawyer, avv. Nicoletta Dalla Valle, and dott. Enrico Mazzoleni came.",
    ]
    named = "He met Attorney General Barr. Democrats objected. Barr said no."
    assert len(split_sentences(named)) == 3
    assert len(split_sentences("He met Attorney General Barr. The meeting ended.")) == 2


def test_a_lower_case_word_after_a_period_goes_on_the_sentence():
    assert [s.text for s in split_sentences("It cost 3.5 million. e.g. this one. Done.")] == [
        "It cost 3.5 million. e.g. this one.",
        "Done.",
    ]


def test_slugs_are_lower_case_ascii_with_a_fallback():
    assert slugify("José Pereira") == "jose-pereira"
    assert slugify("  <b>The Citgo 6</b>!") == "b-the-citgo-6-b"
    assert slugify("日本の記事") == "item"
    assert slugify("日本の記事", fallback="document") == "document"
    assert len(slugify("word " * 40)) <= 80 and not slugify("word " * 40).endswith("-")


def test_fold_ignores_accents_and_case():
    assert fold("Nicolás") == fold("NICOLAS") == "nicolas"
    assert fold("Straße") == "strasse"
    # letters no accent makes are read as the plain letters a text without them writes
    assert fold("Aydın") == fold("AYDIN") == "aydin"
    assert fold("Søren Łukasz") == "soren lukasz"
    assert slugify("Deniz Aydın") == "deniz-aydin"
    assert slugify("Ørsted") == "orsted"


# A court reporter's page: lines numbered in the margin, turns running over the lines.
COURT_PAGE = """TRANSCRIPT OF JURY TRIAL - DAY 4
                                                                   611
 1                      (Jury present.)
 2             THE COURT:  Good morning, everyone. Please be seated.
 3   Ms. Oyelaran, you may call your next witness.
 4             MS. OYELARAN:  Thank you, Your Honor. The United
 5   States calls Lyle Ostrowski.
 6                     DIRECT EXAMINATION
 7   BY MS. OYELARAN:
 8   Q.   Mr. Ostrowski, have you pleaded guilty to a crime in
 9   connection with your work at Harborline?
10   A.   Yes.
11
12   Q.   When?
                                                                   612
 1   A.   January 22nd of this year.
 2   Q.   Do you have an agreement with the government?
"""


def test_a_transcripts_numbered_lines_are_joined_into_its_paragraphs():
    """The margin's numbers go; a line at the margin goes on with the line before it
    unless it opens a turn ("Q.", "A.", "BY MS. OYELARAN:") or follows a heading; a
    line set in further opens a paragraph; a page's number stays a line."""
    assert join_numbered_lines(COURT_PAGE).split("\n") == [
        "TRANSCRIPT OF JURY TRIAL - DAY 4",
        " " * 67 + "611",
        "(Jury present.)",
        "THE COURT:  Good morning, everyone. Please be seated. Ms. Oyelaran, you may call "
        "your next witness.",
        "MS. OYELARAN:  Thank you, Your Honor. The United States calls Lyle Ostrowski.",
        "DIRECT EXAMINATION",
        "BY MS. OYELARAN:",
        "Q.   Mr. Ostrowski, have you pleaded guilty to a crime in connection with your "
        "work at Harborline?",
        "A.   Yes.",
        "Q.   When?",
        " " * 67 + "612",
        "A.   January 22nd of this year.",
        "Q.   Do you have an agreement with the government?",
        "",
    ]


def test_numbered_lines_without_turns_are_left_as_they_are():
    """A table or a list numbered without a full stop, each line a row of its own."""
    table = "".join(f"{n:>2}  Team {n} plays at home\n" for n in range(1, 21))
    assert join_numbered_lines(table) == table
    # ... and a few numbered lines in a story are no transcript's page
    short = "\n".join(COURT_PAGE.split("\n")[:8]) + "\n"
    assert join_numbered_lines(short) == short


WRAPPED = (
    " date 2026-09-15\nHurricane Odette Local Statement\n"
    "HURRICANE ODETTE LOCAL STATEMENT ADVISORY NUMBER 14\n"
    "1105 PM CDT TUE SEP 15 2026\n\n"
    "* CURRENT WATCHES AND WARNINGS:\n"
    "    - A STORM SURGE WARNING AND HURRICANE WARNING ARE IN EFFECT FOR\n"
    "      LOWER TERREBONNE, LOWER LAFOURCHE, LOWER JEFFERSON, LOWER ST.\n"
    "      MARY AND ASSUMPTION\n"
    "    - 27.6N 91.1W\n\n"
    "AT 10 PM CDT, THE EYE OF HURRICANE ODETTE WAS LOCATED ABOUT 140\n"
    "MILES SOUTH OF HOUMA, MOVING NORTH-NORTHEAST AT 17 MPH. ODETTE\n"
    "STRENGTHENED INTO A MAJOR CATEGORY 3 HURRICANE THIS AFTERNOON AND\n"
    "IS EXPECTED TO MAKE LANDFALL BETWEEN COCODRIE AND PORT FOURCHON\n"
    "BETWEEN 3 AM AND 6 AM CDT WEDNESDAY. THE EYE WILL THEN PASS NEAR\n"
    "OR JUST EAST OF HOUMA AND THIBODAUX AROUND SUNRISE, REACHING THE\n"
    "BATON ROUGE-NEW ORLEANS CORRIDOR BY EARLY AFTERNOON WEDNESDAY.\n\n"
    "TIDES ARE ALREADY 3 TO 4 FEET ABOVE NORMAL AT PORT FOURCHON, GRAND\n"
    "ISLE, AND COCODRIE. WATER IS OVER LA 1 NEAR LEEVILLE AND OVER LA 56\n"
    "SOUTH OF CHAUVIN.\n\n"
    "$$\n\nFORECASTER DESROSIERS\n"
)


def test_text_wrapped_at_a_fixed_width_is_read_in_paragraphs():
    """A weather service's product wrapped at 70 characters: the lines of a paragraph or
    an item are one (the next line's first word would not have fitted on the one
    before); headings, the issue time, items, "$$" and short lines stay lines of their
    own, and the title is left alone."""
    joined = join_wrapped_lines(WRAPPED).split("\n")
    assert joined[1:4] == [
        "Hurricane Odette Local Statement",
        "HURRICANE ODETTE LOCAL STATEMENT ADVISORY NUMBER 14",
        "1105 PM CDT TUE SEP 15 2026",
    ]
    assert (
        "    - A STORM SURGE WARNING AND HURRICANE WARNING ARE IN EFFECT FOR LOWER TERREBONNE, "
        "LOWER LAFOURCHE, LOWER JEFFERSON, LOWER ST. MARY AND ASSUMPTION"
    ) in joined
    assert "    - 27.6N 91.1W" in joined
    assert any(
        line.startswith("AT 10 PM CDT") and line.endswith("EARLY AFTERNOON WEDNESDAY.")
        for line in joined
    )
    assert (
        "TIDES ARE ALREADY 3 TO 4 FEET ABOVE NORMAL AT PORT FOURCHON, GRAND ISLE, AND COCODRIE. WATER IS OVER LA 1 NEAR LEEVILLE AND OVER LA 56 SOUTH OF CHAUVIN."
        in joined
    )
    assert joined[-4:] == ["$$", "", "FORECASTER DESROSIERS", ""]
    # a text whose lines are paragraphs, most of them long, is left as it is
    prose = " date 2026-01-01\nTitle\n" + "\n".join(["A sentence of a paragraph, " * 6] * 12)
    assert join_wrapped_lines(prose) == prose


def test_a_wrapped_documents_header_is_left_as_it_is():
    """The front matter of a Markdown file wrapped at 75 characters, and the title line
    after a seed's date line (blank lines before it), stay as written: only the text
    after them is joined."""
    body = "\n".join(
        ["The storm moved north overnight and the rain spread across the lowlands as"]
        + ["the rivers rose and the roads closed one after another in the valley towns"] * 11
    )
    front = (
        "---\ntitle: A long title for a document about the storm in the valley\n"
        "source: The Valley Courier, a weekly newspaper of the lowland towns\n"
        "date: 2026-09-15\n---\n"
    )
    joined = join_wrapped_lines(front + body).split("\n")
    assert joined[:5] == front.split("\n")[:5]
    assert len(joined) == 6
    seed = (
        "\n\n date 2026-09-15\n"
        "The storm in the valley towns and the rivers that rose, a long title here\n" + body
    )
    joined = join_wrapped_lines(seed).split("\n")
    assert joined[:4] == seed.split("\n")[:4]
    assert len(joined) == 5
