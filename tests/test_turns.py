"""Speaker turns of transcripts (ingest/turns.py)."""

from __future__ import annotations

from .conftest import load_document

TRANSCRIPT = (
    "date 2021-01-20\nPress Briefing by Press Secretary Jen Psaki\n\n"
    "MS. PSAKI:  Good evening, everyone.  Thank you for joining us.\n\n"
    "Q  Thanks, Jen.  One question on the order.\n\n"
    "MS. PSAKI:  Sure.  It was signed today.\n\n"
    "SENIOR ADMINISTRATION OFFICIAL:  I can add one point.\n"
)


def test_turns_of_a_transcript(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text(TRANSCRIPT, encoding="utf-8")
    document = load_document(path)
    labels = [t.label for t in document.turns]
    assert labels == ["MS. PSAKI", "Q", "MS. PSAKI", "SENIOR ADMINISTRATION OFFICIAL"]
    first, question = document.turns[:2]
    assert document.text[first.start : first.end] == "MS. PSAKI"
    assert question.reporter and not first.reporter
    # Each sentence knows its speaker; a turn runs to the sentence before the next.
    assert first.first == 2 and first.last == question.first - 1  # sentence 1: the title
    assert document.speaker(1) is None
    assert document.speaker(question.first) is question
    assert document.speaker(document.sentences[-1].number).label.startswith("SENIOR")


def test_a_label_in_accented_capitals_is_a_turn(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text(
        "date 2025-04-29\nHearing\n\nSENATOR MARCOS VINÍCIUS TEIXEIRA: Good morning.\n\n"
        "MR. VAN DER BERG: Good morning.\n\nSENATOR MARCOS VINÍCIUS TEIXEIRA: Thank you.\n",
        encoding="utf-8",
    )
    senator = "SENATOR MARCOS VINÍCIUS TEIXEIRA"
    assert [t.label for t in load_document(path).turns] == [senator, "MR. VAN DER BERG", senator]


def test_an_answers_speaker_named_in_brackets_is_the_label(tmp_path):
    """ "A: (VASSEUR) Yes.": several people answer, each named in brackets."""
    path = tmp_path / "t.txt"
    path.write_text(
        "date 2025-03-24\nPress conference\n\nQ: Was a hair sample taken?\n\n"
        "A: (VASSEUR) Yes. In March.\n\nQ: Mathis, what did you eat?\n\n"
        "A: (LEFÈVRE) I don't know.\n\nA: We will appeal.\n",
        encoding="utf-8",
    )
    document = load_document(path)
    assert [t.label for t in document.turns] == ["Q", "VASSEUR", "Q", "LEFÈVRE", "A"]
    turn = document.turns[1]
    assert document.text[turn.end :].startswith(" Yes.")


def test_one_capitalised_heading_does_not_make_a_transcript(tmp_path):
    path = tmp_path / "n.txt"
    path.write_text(
        "date 2021-01-20 NOTE: the text was updated.\n\nThe President spoke today.\n",
        encoding="utf-8",
    )
    assert load_document(path).turns == ()


def test_a_title_speaks_for_no_one(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text(
        "date 2021-01-20\nREMARKS: The President on the Economy\n\n"
        "MS. PSAKI:  Good evening.\n\nQ  Thanks, Jen.\n",
        encoding="utf-8",
    )
    document = load_document(path)
    assert [(t.label, t.first) for t in document.turns] == [("MS. PSAKI", 2), ("Q", 3)]


HANSARD = (
    "date 2025-03-05\nPrime Minister's Questions\n\n"
    "Q1. [902114] Dame Olivia Marsh (Bath) (LD): Will he list his engagements?\n\n"
    "The Prime Minister (Sir Keir Halden): I had meetings this morning.\n\n"
    "Dame Olivia Marsh: On what date did he see the email?\n\n"
    "The Prime Minister: I will not pre-empt the adviser.\n\n"
    "Q12 Chair: Who asked you to move quickly?\n\n"
    "Ravi Chandran: Nobody did.\n\n"
    "Ravi Chandran: I acted alone.\n\n"
    "Mei Lin Zhou -- Chief Financial Officer: Revenue rose.\n"
)


def test_labels_marked_by_a_number_brackets_or_a_dash_are_speakers(tmp_path):
    """A parliament's, a committee's and a company call's labels: the speaker is the
    name before the marks, or in the brackets after a post; once the document has two
    such, a name in title case that opens two paragraphs or more speaks too."""
    path = tmp_path / "h.txt"
    path.write_text(HANSARD, encoding="utf-8")
    document = load_document(path)
    assert [t.label for t in document.turns] == [
        "Dame Olivia Marsh",
        "Sir Keir Halden",
        "Dame Olivia Marsh",
        "The Prime Minister",  # (answering her, as at a press conference: _answers)
        "Chair",
        "Ravi Chandran",
        "Ravi Chandran",
        "Mei Lin Zhou",
    ]
    marked = document.turns[0]
    assert document.text[marked.start : marked.end].endswith("(Bath) (LD)")


def test_a_long_post_then_its_holder_in_brackets_is_the_holders_label(tmp_path):
    """As a parliament's record writes a minister's label: the post, commas and "of" in
    it, then the holder's name in brackets."""
    path = tmp_path / "d.txt"
    path.write_text(
        "date 2024-02-08\nFlood Defences\n\n"
        "Sarah Okoye (Hartwell and Brook) (Lab): What assessment has he made?\n\n"
        "The Minister of State, Department for Environment, Food and Rural Affairs (Robert "
        "Lindqvist): The agency is reviewing it.\n\n"
        "Sarah Okoye: Will he meet me?\n\n"
        "The Secretary of State for Health and Social Care (Mr Wes Streeting): Yes.\n",
        encoding="utf-8",
    )
    turns = load_document(path).turns
    assert [t.label for t in turns] == [
        "Sarah Okoye",
        "Robert Lindqvist",
        "Sarah Okoye",
        "Mr Wes Streeting",
    ]
    assert [t.role for t in turns] == [
        "",
        "Minister of State, Department for Environment, Food and Rural Affairs",
        "",
        "Secretary of State for Health and Social Care",
    ]  # (the post, the holder's role)


def test_one_marked_label_makes_no_transcript(tmp_path):
    path = tmp_path / "s.txt"
    path.write_text(
        "date 2025-03-05\nMarkets\n\nApple (NASDAQ: AAPL): shares rose on Tuesday.\n\n"
        "Analysts were pleased.\n",
        encoding="utf-8",
    )
    assert load_document(path).turns == ()


HEARING = (
    "date 2023-04-12\nHearing on the collapse\n\n"
    "THE CHAIR: The subcommittee will come to order.\n\n"
    "Ms. RAMAN: Will the Chair yield?\n\n"
    "Chairwoman HOLLOWAY-PRICE. I yield.\n\n"
    "Mr. VAN DER BERG: I founded the exchange in 2017.\n\n"
    "Chairwoman HOLLOWAY-PRICE. Go on.\n\n"
    "The NHS. A full stop after one name in capitals, once, is no label.\n\n"
    "Q. Please state your name for the record.\n\n"
    "A. Elena de la Cruz.\n\n"
    "Watch LIVE: the hearing resumes at noon.\n"
)


def test_a_surname_in_capitals_after_a_prefix_in_lower_case_is_a_label(tmp_path):
    """ "MR. DiNAPOLI:", "Mr. McCARTHY.": labels write the prefix of "DiNapoli" and
    "McCarthy" in lower case."""
    path = tmp_path / "t.txt"
    path.write_text(
        "date 2025-02-25\nPublic comment\n\nMAYOR WHITFIELD: Next speaker.\n\n"
        "MR. DiNAPOLI: Frank DiNapoli. I live on Cypress.\n\nMAYOR WHITFIELD: Thank you.\n\n"
        "Mr. McCARTHY. I yield back.\n\nMr. McCARTHY. Again.\n",
        encoding="utf-8",
    )
    assert [t.label for t in load_document(path).turns] == [
        "MAYOR WHITFIELD",
        "MR. DiNAPOLI",
        "MAYOR WHITFIELD",
        "Mr. McCARTHY",
        "Mr. McCARTHY",
    ]


def test_a_hearings_labels_are_a_post_then_a_name_in_capitals(tmp_path):
    """As a legislature prints its hearings: a courtesy or a post in title case, the
    name in capitals, a colon or a full stop; and a deposition's "Q." and "A." turns.
    A first word that is no post ("Watch") makes no label."""
    path = tmp_path / "h.txt"
    path.write_text(HEARING, encoding="utf-8")
    document = load_document(path)
    assert [t.label for t in document.turns] == [
        "THE CHAIR",
        "Ms. RAMAN",
        "Chairwoman HOLLOWAY-PRICE",
        "Mr. VAN DER BERG",
        "Chairwoman HOLLOWAY-PRICE",
        "Q",
        "A",
    ]
    answer = document.turns[-1]
    assert document.text[answer.start : answer.end] == "A" and not answer.reporter


def test_in_a_hearings_transcript_a_member_who_speaks_once_speaks(tmp_path):
    """Where two labels ended by a full stop open two paragraphs or more each, the
    transcript is a hearing's, and a member's label of that form that opens one
    paragraph is a turn too ("Senator MARSH.")."""
    path = tmp_path / "h.txt"
    path.write_text(
        "date 2024-05-08\nHearing\n\nChairman HOLLOWAY. The committee will come to order.\n\n"
        "Mr. LUND. Thank you, Mr. Chairman.\n\nSenator MARSH. I have one question.\n\n"
        "Chairman HOLLOWAY. Go ahead.\n\nMr. LUND. I yield back.\n",
        encoding="utf-8",
    )
    assert [t.label for t in load_document(path).turns] == [
        "Chairman HOLLOWAY",
        "Mr. LUND",
        "Senator MARSH",
        "Chairman HOLLOWAY",
        "Mr. LUND",
    ]


def test_an_initial_is_no_answer_without_questions(tmp_path):
    path = tmp_path / "n.txt"
    path.write_text(
        "date 2023-04-12\nNews\n\nMS. PSAKI: Hello.\n\nA. Smith said the bank failed.\n\n"
        "MS. PSAKI: Thank you.\n",
        encoding="utf-8",
    )
    assert [t.label for t in load_document(path).turns] == ["MS. PSAKI", "MS. PSAKI"]


def test_a_conversation_of_people_named_in_full_is_a_transcript(tmp_path):
    """Two people named in full before a colon, each opening two paragraphs or more,
    make an interview without a "Q"; one such name alone does not ("Update:")."""
    path = tmp_path / "i.txt"
    path.write_text(
        "date 2024-11-26\nInterview\n\nSarah Okafor: Welcome to the programme.\n\n"
        "Augusto Sitoe: Thank you.\n\nSarah Okafor: How bad is it?\n\n"
        "Augusto Sitoe: Very bad.\n",
        encoding="utf-8",
    )
    assert [t.label for t in load_document(path).turns] == [
        "Sarah Okafor",
        "Augusto Sitoe",
        "Sarah Okafor",
        "Augusto Sitoe",
    ]
    path.write_text(
        "date 2024-11-26\nNews\n\nSarah Okafor: the host.\n\nIt rained.\n\n"
        "Sarah Okafor: again.\n",
        encoding="utf-8",
    )
    assert load_document(path).turns == ()


def test_a_label_in_title_case_may_open_with_a_titles_abbreviation(tmp_path):
    """ "Eng. Tesfaye:" answering "The Reporter:", each twice: an interview's turns."""
    path = tmp_path / "i.txt"
    path.write_text(
        "date 2026-04-25\nInterview\n\nThe Reporter: What went wrong?\n\n"
        "Eng. Tesfaye: Many things.\n\nThe Reporter: Is that fair?\n\n"
        "Eng. Tesfaye: It is.\n",
        encoding="utf-8",
    )
    assert [t.label for t in load_document(path).turns] == [
        "The Reporter",
        "Eng. Tesfaye",
        "The Reporter",
        "Eng. Tesfaye",
    ]


def test_a_speaker_the_transcript_does_not_name_has_a_turn_however_few(tmp_path):
    """ "Unidentified Analyst:", once on a call, is a turn of its own, not more of the
    operator's."""
    path = tmp_path / "c.txt"
    path.write_text(
        "date 2026-10-29\nCall\n\nPriya Raman: Thank you.\n\nOperator: Next, Tom Reyes.\n\n"
        "Tom Reyes: Margins?\n\nPriya Raman: Lower.\n\nOperator: And an Unidentified Analyst.\n\n"
        "Unidentified Analyst: Does it touch R&D?\n\nPriya Raman: No.\n\nTom Reyes: Thanks.\n",
        encoding="utf-8",
    )
    assert [t.label for t in load_document(path).turns][-3:] == [
        "Unidentified Analyst",
        "Priya Raman",
        "Tom Reyes",
    ]


def test_a_question_with_its_asker_in_brackets_is_a_reporters_turn(tmp_path):
    """A press conference's "Q (Matt Dobson, BBC Radio Leeds):" is the reporter's turn,
    not more of the manager's answer before it."""
    path = tmp_path / "p.txt"
    path.write_text(
        "date 2025-01-16\nPress conference\n\nPELLOW: Good afternoon.\n\n"
        "Q (Matt Dobson, BBC Radio Leeds): Graham, team news for Saturday?\n\n"
        "PELLOW: Tom trained fully.\n\nQ (Matt Dobson): Is that a concern?\n\n"
        "PELLOW: No.\n",
        encoding="utf-8",
    )
    document = load_document(path)
    assert [t.label for t in document.turns] == ["PELLOW", "Q", "PELLOW", "Q", "PELLOW"]
    assert document.turns[1].reporter


def test_a_calls_speaker_line_of_name_dash_and_role_opens_a_turn(tmp_path):
    """An earnings call as its publishers print it: "Raymond Tull - Chief Financial
    Officer" on a line of its own over what he says; the participants' list of such
    lines opens no turn."""
    path = tmp_path / "c.txt"
    path.write_text(
        "date 2025-02-06\nQ4 Earnings Call\n\nCORPORATE PARTICIPANTS\n"
        "Adaeze Okafor - President and Chief Executive Officer\n"
        "Raymond Tull - Chief Financial Officer\n\nPRESENTATION\n\n"
        "Operator: Good morning, and welcome.\n\n"
        "Adaeze Okafor - President and Chief Executive Officer\nThanks. Sales rose.\n\n"
        "Raymond Tull - Chief Financial Officer\nThanks, Adaeze. We expect more.\n\n"
        "Operator: Our first question.\n",
        encoding="utf-8",
    )
    document = load_document(path)
    labels = [t.label for t in document.turns]
    assert labels == ["Operator", "Adaeze Okafor", "Raymond Tull", "Operator"]


def test_a_calls_speaker_line_of_a_listed_participants_name_alone_opens_a_turn(tmp_path):
    """Another publisher's call: a roster of "Name - Role" lines, then each turn opened
    by a line of a listed participant's name alone, or "Operator". A name line of
    someone not listed is no label (a heading, a caption)."""
    path = tmp_path / "c.txt"
    path.write_text(
        "date 2025-11-06\nQ3 Earnings Call\n\nCompany Participants\n"
        "Margaret Lindqvist - President and Chief Executive Officer\n"
        "Thomas Whitcombe - Chief Financial Officer\n\nConference Call Participants\n"
        "Rhea Castellano - Corbin & Hale Securities\n\n"
        "Operator\nGood morning, and welcome to the call.\n\n"
        "Margaret Lindqvist\nThanks. This has been a hard quarter.\n\nWe cut all ties.\n\n"
        "Thomas Whitcombe\nRevenue fell.\n\nJohn Smith\nHe is not listed.\n\n"
        "Rhea Castellano\nHow many lawsuits?\n",
        encoding="utf-8",
    )
    document = load_document(path)
    turns = [(t.label, t.first, t.last) for t in document.turns]
    assert [label for label, _, _ in turns] == [
        "Operator",
        "Margaret Lindqvist",
        "Thomas Whitcombe",
        "Rhea Castellano",
    ]
    said = {
        document.sentences[n - 1].text: t.label
        for t in document.turns
        for n in range(t.first, t.last + 1)
    }
    assert said["We cut all ties."] == "Margaret Lindqvist"
    assert said["He is not listed."] == "Thomas Whitcombe"


def test_a_press_conferences_spokesperson_answers_the_outlets_asking(tmp_path):
    """A foreign ministry's regular press conference: each question under the asking
    outlet's name ("Bloomberg:", "Yonhap News Agency:", once each), each answer under
    the spokesperson's name in title case. The askers are speakers too."""
    path = tmp_path / "p.txt"
    path.write_text(
        "date 2025-05-09\nRegular Press Conference\n\n"
        "CCTV: The ministry added a firm to its list. Can you confirm?\n\n"
        "Wang Xiaolin: I'd refer you to the competent authorities.\n\n"
        "Bloomberg: A citizen of Taiwan also died. Any comment?\n\n"
        "Wang Xiaolin: Let me correct you.\n\n"
        "Yonhap News Agency: A follow-up on the fire.\n\n"
        "Wang Xiaolin: We express our condolences.\n",
        encoding="utf-8",
    )
    document = load_document(path)
    assert [t.label for t in document.turns] == [
        "CCTV",
        "Wang Xiaolin",
        "Bloomberg",
        "Wang Xiaolin",
        "Yonhap News Agency",
        "Wang Xiaolin",
    ]


def test_a_live_blogs_headings_in_title_case_are_no_speakers(tmp_path):
    path = tmp_path / "b.txt"
    path.write_text(
        "date 2025-05-09\nLive updates\n\nBreaking News: A fire broke out.\n\n"
        "Breaking News: Nine died.\n\nOn Russia: Talks go on.\n\n"
        "Breaking News: The plant closed.\n\nWatch Live: The briefing.\n",
        encoding="utf-8",
    )
    assert load_document(path).turns == ()


COURT = (
    "date 2024-10-22\nTrial transcript, Day 9\n\n"
    "THE COURT:  Ms. Castellanos, call your witness.\n\n"
    "MS. CASTELLANOS:  The defense calls Gregory Tassone.\n\n"
    "GREGORY TASSONE, DEFENDANT, SWORN\n\n"
    "DIRECT EXAMINATION\nBY MS. CASTELLANOS:\n"
    "Q.  Mr. Tassone, when did you join Harborline?\n"
    "A.   In March 2016, as controller.\n\n"
    "THE COURT:  Ms. Oyelaran.\n\n"
    "CROSS-EXAMINATION BY MS. OYELARAN:\n"
    "Q.  You stopped signing transfers.\nA.  No.\n"
    "THE WITNESS:  I stopped in 2021.\n"
)


def test_a_courts_examination_names_who_asks_and_who_answers(tmp_path):
    """ "BY MS. CASTELLANOS:" opens her questions, the witness sworn in ("GREGORY
    TASSONE, DEFENDANT, SWORN") answers them and is "THE WITNESS"; neither line is a
    turn, and a label never runs over two lines ("DIRECT EXAMINATION" / "BY ...")."""
    path = tmp_path / "t.txt"
    path.write_text(COURT, encoding="utf-8")
    document = load_document(path)
    assert [t.label for t in document.turns] == [
        "THE COURT",
        "MS. CASTELLANOS",
        "MS. CASTELLANOS",
        "GREGORY TASSONE",
        "THE COURT",
        "MS. OYELARAN",
        "GREGORY TASSONE",
        "GREGORY TASSONE",
    ]
    question = document.turns[2]
    assert document.text[question.start : question.end] == "Q"
    # ... as an English court prints them
    path.write_text(
        "date 2024-01-17\nTranscript, Day 3\n\nMR KEVIN ASHBY (recalled)\n\n"
        "Re-examination by MS HALIFAX\n\nQ. Mr Ashby, do you remember that?\n\n"
        "A. I do.\n\nTHE JUDGE: Thank you.\n\nTHE WITNESS: Thank you, my Lord.\n",
        encoding="utf-8",
    )
    assert [t.label for t in load_document(path).turns] == [
        "MS HALIFAX",
        "MR KEVIN ASHBY",
        "THE JUDGE",
        "MR KEVIN ASHBY",
    ]
    # without the lines that name them, a question and an answer are "Q" and "A"
    path.write_text(
        "date 2024-10-22\nTranscript\n\nQ.  Where do you live?\nA.   Franklin.\n",
        encoding="utf-8",
    )
    assert [t.label for t in load_document(path).turns] == ["Q", "A"]


def test_a_calls_speaker_line_of_name_firm_and_role_opens_a_turn_over_a_blank_line(tmp_path):
    """Another publisher's call: "Rebecca Hale - Wells Fargo Securities - Analyst" on a
    line of its own, a blank line, then what she says; the participants' list, its
    lines apart too, opens no turn, nor does the heading after it."""
    path = tmp_path / "c.txt"
    path.write_text(
        "date 2026-10-29\nQ3 Earnings Call\n\nCompany Participants\n\n"
        "Margaret Lindqvist - Halvorsen Medical - Chair & CEO\n\n"
        "Daniel Okafor - Halvorsen Medical - EVP & CFO\n\nConference Call Participants\n\n"
        "Operator: Our first question comes from Rebecca Hale.\n\n"
        "Rebecca Hale - Wells Fargo Securities - Analyst\n\n"
        "Thanks. How much depends on the restart?\n\n"
        "Margaret Lindqvist - Halvorsen Medical - Chair & CEO\n\n"
        "Thanks, Rebecca. Fair question.\n\n"
        "Daniel Okafor - Halvorsen Medical - EVP & CFO\n\nRevenue fell.\n\n"
        "Operator: This concludes the call.\n",
        encoding="utf-8",
    )
    document = load_document(path)
    labels = [t.label for t in document.turns]
    assert labels == [
        "Operator",
        "Rebecca Hale",
        "Margaret Lindqvist",
        "Daniel Okafor",
        "Operator",
    ]


def test_a_label_after_a_transcripts_time_stamp_opens_a_turn(tmp_path):
    """ "00:02:22 Janelle Brooks: I want to say ...": an automatic transcript's time
    stamp before each label; a stamp before no label ("00:00:34 [music]") opens none."""
    path = tmp_path / "p.txt"
    path.write_text(
        "date 2024-09-17\nEmpty Shelves, Episode 2\n\n"
        "00:00:03 Dana Whitfield: From Driftwood Audio, this is Empty Shelves.\n\n"
        "00:00:34 [music]\n\n"
        "[00:02:22] Janelle Brooks: I want to say up front, I loved that job.\n\n"
        "00:02:30 Dana Whitfield: That's fair.\n\n"
        "00:02:33 Janelle Brooks: The invoices came to me already approved.\n",
        encoding="utf-8",
    )
    document = load_document(path)
    assert [t.label for t in document.turns] == [
        "Dana Whitfield",
        "Janelle Brooks",
        "Dana Whitfield",
        "Janelle Brooks",
    ]


def test_a_numbered_speaker_is_named_by_the_name_they_give_in_their_own_turn(tmp_path):
    """An automatic transcript's "[00:00:04] Speaker 1:": the speaker who says "I'm Dana
    Whitfield" in a turn of their own is Dana Whitfield; one who gives no name stays
    numbered (no one's), and so does one whose name another gives too."""
    path = tmp_path / "p.txt"
    path.write_text(
        "date 2024-09-10\nEmpty Shelves, Episode 1\n\n"
        "[00:00:04] Speaker 1: From Driftwood Audio, this is Empty Shelves. I'm Dana Whitfield.\n\n"
        "[00:00:08] Speaker 2: And I'm Marcus Oyelaran.\n\n"
        "[00:00:12] Speaker 3: The invoices came in every week.\n\n"
        "[00:00:20] Speaker 1: When did that start?\n",
        encoding="utf-8",
    )
    document = load_document(path)
    assert [t.label for t in document.turns] == [
        "Dana Whitfield",
        "Marcus Oyelaran",
        "Speaker 3",
        "Dana Whitfield",
    ]


def test_a_members_label_with_the_hon_an_initial_a_seat_and_a_post_opens_a_turn(tmp_path):
    """A Caribbean Hansard's "The Hon. M. CAMPBELL (St Andrew West Rural) – Minister of
    Housing:": the member, not the seat in brackets (no post's holder there), who sits
    for it; "Dr the Hon. H. CHAMBERS (Clarendon North Western):" too."""
    path = tmp_path / "h.txt"
    path.write_text(
        "date 2026-03-11\nNo-confidence motion\n\n"
        "Mr D. WILLIAMS (St Catherine South Central): Mr Speaker, I second the motion.\n\n"
        "The Hon. M. CAMPBELL (St Andrew West Rural) – Minister of Housing: Mr Speaker, "
        "I rise to answer.\n\n"
        "Dr the Hon. H. CHAMBERS (Clarendon North Western): The Opposition wants a show.\n\n"
        "Mr D. WILLIAMS (St Catherine South Central): On a point of order.\n",
        encoding="utf-8",
    )
    document = load_document(path)
    assert [(t.label, t.seat) for t in document.turns] == [
        ("Mr D. WILLIAMS", "St Catherine South Central"),
        ("The Hon. M. CAMPBELL", "St Andrew West Rural"),
        ("Dr the Hon. H. CHAMBERS", "Clarendon North Western"),
        ("Mr D. WILLIAMS", "St Catherine South Central"),
    ]


def test_a_diet_records_marked_labels_family_name_first_open_turns(tmp_path):
    """A Japanese Diet record opens each speaker's paragraph with "○" and writes the
    family name first in capitals: "○ISHIKAWA Mieko (CDP):", "○ISHIKAWA Mieko:",
    "○Minister SATO Kenji:", "○Chairperson (NOGUCHI Tetsuya):" each open a turn."""
    path = tmp_path / "d.txt"
    path.write_text(
        "date 2026-02-10\nCommittee on Health, Labour and Welfare\n\n"
        "○Chairperson (NOGUCHI Tetsuya): The meeting will now come to order.\n\n"
        "○ISHIKAWA Mieko (CDP): Thank you, Mr. Chairperson. Minister, answer.\n\n"
        "○Minister SATO Kenji: The purchases were handled lawfully.\n\n"
        "○ISHIKAWA Mieko: You visited the plant in Reiwa 5.\n\n"
        "○Minister SATO Kenji: I did.\n",
        encoding="utf-8",
    )
    document = load_document(path)
    assert [t.label for t in document.turns] == [
        "Chairperson",
        "ISHIKAWA Mieko",
        "Minister SATO Kenji",
        "ISHIKAWA Mieko",
        "Minister SATO Kenji",
    ]


def test_a_french_records_labels_with_a_particle_or_a_post_after_a_comma_open_turns(tmp_path):
    """The Assemblée's record: "M. Thibault de Montferrand (RN):" (a particle in lower
    case in the name), "M. Jean-Luc Martin, ministre de l'économie:" (a courtesy, the
    name, the post after a comma) open turns; "Paris, le 24 février:" does not (no
    courtesy before a post after a comma)."""
    path = tmp_path / "a.txt"
    path.write_text(
        "date 2026-03-03\nNational Assembly, sitting of Tuesday 3 March 2026\n\n"
        "Mme Océane Delmas-Ferrand (LFI): This budget is a scandal.\n\n"
        "M. Thibault de Montferrand (RN): We will vote the motion.\n\n"
        "M. Jean-Luc Martin, ministre de l'économie: That is false!\n\n"
        "Paris, le 24 février: the communiqué was read.\n\n"
        "M. Thibault de Montferrand (RN): It is true.\n",
        encoding="utf-8",
    )
    document = load_document(path)
    assert [t.label for t in document.turns] == [
        "Mme Océane Delmas-Ferrand",
        "M. Thibault de Montferrand",
        "M. Jean-Luc Martin",
        "M. Thibault de Montferrand",
    ]


def test_a_citys_name_opening_a_story_and_a_tallys_rows_are_no_turns(tmp_path):
    """ "HYDERABAD: The Telangana Praja Samithi on Monday retained power", as Indian papers
    date a story, and a tally's rows ("TPS: 67", "INC: 33") speak for no one: the story
    is no transcript. A city speaking after another label is a speaker ("HOUSTON:")."""
    path = tmp_path / "r.txt"
    path.write_text(
        "date 2026-05-05\nTPS retains Telangana\n\nBy Our Special Correspondent\n\n"
        "HYDERABAD: The Telangana Praja Samithi on Monday retained power.\n\n"
        "The party-wise tally:\n\nTPS: 67\n\nINC: 33\n\nBJP: 14\n\nAIMIM: 3\n",
        encoding="utf-8",
    )
    assert load_document(path).turns == ()
    path.write_text(
        "date 1969-07-20\nMission audio\n\nARMSTRONG: Contact light.\n\nHOUSTON: Roger, we "
        "copy.\n\nARMSTRONG: The Eagle has landed.\n",
        encoding="utf-8",
    )
    assert [t.label for t in load_document(path).turns] == ["ARMSTRONG", "HOUSTON", "ARMSTRONG"]


def test_a_witness_sworn_with_a_letter_spaced_name_answers_as_the_witness(tmp_path):
    """ "T E R E S A   V A R G A, GOVERNMENT'S WITNESS," then "SWORN." on the next line,
    as a court reporter prints it: "THE WITNESS:" after it is Teresa Varga."""
    path = tmp_path / "t.txt"
    path.write_text(
        "date 2026-02-19\nTrial transcript, day 7\n\n"
        "THE COURT: Call your next witness.\n"
        "MR. HALLORAN: The United States calls Teresa Varga.\n"
        "T E R E S A   V A R G A, GOVERNMENT'S WITNESS,\nSWORN.\n"
        "THE WITNESS: Teresa Anne Varga.\n",
        encoding="utf-8",
    )
    labels = [t.label for t in load_document(path).turns]
    assert labels == ["THE COURT", "MR. HALLORAN", "TERESA VARGA"]


def test_no_turn_goes_on_past_the_end_of_an_excerpt(tmp_path):
    """ "(End of excerpts)": the chairman's last turn ends before it; the story told
    after it is the reporter's, no one's words."""
    path = tmp_path / "h.txt"
    path.write_text(
        "date 2026-03-10\nHearing\n\nREP. KIM: Will you resign?\n\n"
        "MINISTER LEE: I will not.\n\nCHAIRMAN JUNG: We will take a recess.\n\n"
        "(End of excerpts)\n\nAfter the recess, lawmakers argued for hours.\n",
        encoding="utf-8",
    )
    document = load_document(path)
    last = document.turns[-1]
    assert last.label == "CHAIRMAN JUNG" and last.last == last.first
    assert document.speaker(document.sentences[-1].number) is None
