"""What is not the story's text (ingest/boilerplate.py): reader comments, page
boilerplate and lines repeated across the corpus, set aside sentence by sentence.
Every fixture here is invented."""

from __future__ import annotations

from generator.chronology.expressions import readings
from generator.ingest import boilerplate
from generator.ingest.boilerplate import find_boilerplate, repeated_in, repeated_sentences
from generator.model import Analysis, Span

from .conftest import load_document


def _document(tmp_path, body, name="doc.txt", date="2024-03-05"):
    path = tmp_path / name
    path.write_text(f"date {date}\nA title\n{body}\n", encoding="utf-8")
    return load_document(path)


def _aside(document):
    """{sentence text: kind} of what the document sets aside."""
    return {document.sentences[n - 1].text: k for n, k in document.set_aside().items()}


STORY = (
    "The river flooded the old town of Marlow on Monday.\n"
    "Mayor Ada Quint said the water would fall by Friday.\n"
)


def test_a_signed_comment_thread_is_set_aside_to_the_end(tmp_path):
    document = _document(
        tmp_path,
        STORY
        + "Leave your thoughts in the comments section below.\n"
        + "They should have built the wall years ago.\n"
        + "Posted by: riverwatcher | March 5, 2024 1:51 PM | Report abuse Sad news.\n"
        + "Nobody listens to the engineers.\n"
        + "At 5:20 pm on 05 Mar 2024, quint_fan99 wrote: Well done, Mayor.\n",
    )
    aside = _aside(document)
    assert "The river flooded the old town of Marlow on Monday." not in aside
    assert "Mayor Ada Quint said the water would fall by Friday." not in aside
    # From the invitation to comment, before the first signature, to the end.
    assert aside["Leave your thoughts in the comments section below."] == "comment"
    assert aside["They should have built the wall years ago."] == "comment"
    assert aside["Nobody listens to the engineers."] == "comment"
    assert len(aside) == 5


def test_a_comment_widgets_thread_of_handles_and_times_ago_is_set_aside(tmp_path):
    """ "Comments (2)", then each comment as a widget prints it: the handle on a line,
    "2 hours ago" on the next, the text. From the heading to the end; a story that
    says "two hours ago" in a sentence is no thread."""
    document = _document(
        tmp_path,
        STORY
        + "The flood came two hours ago, residents said.\n\n"
        + "Comments (2)\n\n"
        + "Kessaba_Girl\n\n"
        + "2 hours ago\n\n"
        + "Papa Desire bye bye!! Thank you for writing this.\n\n"
        + "Mousa from Tamazra\n\n"
        + "45 minutes ago\n\n"
        + "Inshallah this time they listen.\n",
    )
    aside = _aside(document)
    assert "The flood came two hours ago, residents said." not in aside
    assert aside["Comments (2)"] == "comment"
    assert aside["Kessaba_Girl"] == "comment"
    assert aside["Inshallah this time they listen."] == "comment"
    assert len(aside) == 8  # ("Papa Desire bye bye!!" and "Thank you ..." two sentences)


def test_a_comment_count_heading_and_signatures_with_places_start_a_thread(tmp_path):
    """ "Comments (212)", a sort bar, then comments signed "handle, town, country": a
    thread to the end; a list of people and their towns without the heading is not."""
    document = _document(
        tmp_path,
        STORY
        + "Ann Lee, Leeds, United Kingdom\n\n"
        + "Comments (212)\n\n"
        + "Newest | Oldest | Best rated\n\n"
        + "velvetgirl_1988, Marion, United States\nRIP Dario. You were my childhood.\n\n"
        + "Sam K, Chester, United Kingdom\nMoney talks in Hollywood.\n",
    )
    aside = _aside(document)
    assert "Ann Lee, Leeds, United Kingdom" not in aside
    assert aside["Comments (212)"] == "comment"
    assert aside["Money talks in Hollywood."] == "comment"
    assert "Mayor Ada Quint said the water would fall by Friday." not in aside


def test_one_quoted_wrote_is_not_a_comment_thread(tmp_path):
    document = _document(
        tmp_path,
        STORY + "In her diary she wrote: the water rose all night.\n"
        "Quint wrote: we will rebuild.\n",
    )
    assert document.set_aside() == {}


def test_a_story_that_quotes_a_name_and_wrote_is_not_a_signature(tmp_path):
    # "Obama wrote:", "He wrote:" are story text; "kaybraes wrote:" is a handle.
    assert not boilerplate._signed("He wrote: the levee held.")
    assert not boilerplate._signed("Quint wrote: we will rebuild.")
    assert boilerplate._signed("kaybraes wrote: God help them.")
    assert boilerplate._signed("SheffTim wrote: Agreed.")


def test_page_boilerplate_phrases_set_aside_their_sentence(tmp_path):
    document = _document(
        tmp_path,
        STORY
        + "An error occurred while processing this directive\n"
        + "To play this content JavaScript must be turned on.\n"
        + "Report abuse\n"
        + "Reply\n"
        + "This programme is brought to you by Zambezi Mobile.\n",
    )
    aside = _aside(document)
    assert aside == {
        "This programme is brought to you by Zambezi Mobile.": "boilerplate",
        "An error occurred while processing this directive": "boilerplate",
        "To play this content JavaScript must be turned on.": "boilerplate",
        "Report abuse": "comment",
        "Reply": "comment",
    }


def test_a_heading_takes_the_list_of_links_after_it(tmp_path):
    document = _document(
        tmp_path,
        STORY
        + "Related stories\n"
        + "Marlow braces for more rain\n"
        + "Engineers inspect the levee\n"
        + "Marlow floods: why did the defences fail?\n"
        + "The council met on Tuesday to plan the repairs.\n",
    )
    aside = _aside(document)
    assert set(aside) == {
        "Related stories",
        "Marlow braces for more rain",
        "Engineers inspect the levee",
        "Marlow floods: why did the defences fail?",  # a link's title may ask
    }


def test_a_story_word_that_a_phrase_contains_is_not_boilerplate(tmp_path):
    # "share this", "reply", "print" inside a sentence are the story's words.
    document = _document(
        tmp_path,
        "Residents share this worry with the council.\n"
        "The mayor promised a reply by Friday.\n"
        "The council will print the flood maps.\n",
    )
    assert document.set_aside() == {}


def test_a_line_repeated_across_many_documents_is_the_sites(tmp_path):
    notice = "This page is updated by our newsroom twice a day."
    background = "The town of Marlow lies on a bend of the river."
    documents = []
    for i in range(20):
        lines = [f"Day {i}: the river rose again by {i} inches overnight in the town."]
        lines.append(notice)
        if i < 3:  # a story's background sentence, in a few updates only
            lines.append(background)
        lines.append("ADA QUINT, MAYOR OF MARLOW")  # a signature line: names, no notice
        documents.append(_document(tmp_path, "\n".join(lines), f"d{i:02d}.txt"))
    repeated = repeated_sentences(documents)
    assert repeated == {notice.lower()}
    marked = repeated_in(documents[0], repeated)
    assert [documents[0].sentences[n - 1].text for n in marked] == [notice]


def test_repetition_needs_enough_documents(tmp_path):
    documents = [
        _document(tmp_path, "Subscribe to our newsletter for the flood updates.", f"d{i}.txt")
        for i in range(boilerplate.REPEATED_MIN - 1)
    ]
    assert repeated_sentences(documents) == frozenset()


def test_what_is_said_in_a_transcript_is_never_repeated_boilerplate(tmp_path):
    documents = [
        _document(
            tmp_path,
            f"MS. QUINT: Good afternoon, everyone.\n\nQ Thank you for this, Ada.\n\n"
            f"MS. QUINT: The water is falling by {i} inches a day. Go ahead, in the back.",
            f"t{i:02d}.txt",
        )
        for i in range(10)
    ]
    assert documents[0].turns
    assert repeated_sentences(documents) == frozenset()


def test_corpus_loading_marks_repeated_lines(tmp_path):
    from generator.ingest.load import load_corpus

    for i in range(8):
        (tmp_path / f"d{i}.txt").write_text(
            f"date 2024-03-0{i + 1}\nFlood day {i}\n"
            f"The river rose {i} inches at the Marlow gauge.\n"
            "We welcome your views on all of our stories.\n",
            encoding="utf-8",
        )
    corpus = load_corpus(tmp_path)
    for document in corpus.documents:
        assert list(document.set_aside().values()) == ["repeated"]


def test_no_date_is_read_in_what_is_not_the_story(tmp_path):
    document = _document(
        tmp_path,
        STORY
        + "Posted by: riverwatcher | March 5, 2024 1:51 PM | Report abuse On Tuesday it rains.\n"
        + "Posted by: gauge_girl | March 6, 2024 9:00 AM | Report abuse Tuesday again.\n",
    )
    sentence = document.sentences[-1]
    at = document.text.index("Tuesday again")
    on_monday = document.text.index("Monday")
    spans = (
        Span("Monday", "DATE", 1, on_monday, on_monday + 6),
        Span("Tuesday", "DATE", sentence.number, at, at + 7),
    )
    read = list(readings(document, Analysis(document.id, spans)))
    assert [rule for *_, rule in read][1] == "not the story's text"
    assert read[1][2] is None
    assert read[0][2] is not None


def test_find_boilerplate_spans_are_whole_sentences(tmp_path):
    document = _document(tmp_path, STORY + "All rights reserved. Marlow Gazette 2024\n")
    spans = find_boilerplate(document)
    starts = {(s.start, s.end) for s in document.sentences}
    assert spans and all((s, e) in starts for s, e, _ in spans)


def test_report_as_abuse_signatures_start_a_thread(tmp_path):
    from .conftest import load_document

    path = tmp_path / "a.txt"
    path.write_text(
        "date 2010-05-24\nCrews worked on the well.\n"
        "Leave your thoughts in the comments section below.\n"
        "It is a scandal.\nMay 24, 2010 6:19 pm EDT -- Report as abuse\n"
        "Posted by kiwi9 | Report as abusive I agree.\n"
        "Re: Posted by Ada-May 1st, 2009 -- 4:59 pm GMT I agree with you.\n"
    )
    document = load_document(path)
    comments = [(s, e) for s, e, k in document.skipped if k == "comment"]
    assert comments == [(s.start, s.end) for s in document.sentences[1:]]
    assert not document.is_skipped(document.sentences[0].start, document.sentences[0].end)


def test_a_papers_print_note_is_boilerplate_and_names_the_outlet(tmp_path):
    from .conftest import load_document

    path = tmp_path / "a.txt"
    path.write_text(
        "date 2010-05-01\nCrews worked on the well.\n"
        "A version appeared on p2 of the Main section section of the Guardian on 22.31 BST "
        "on Friday 30 April 2010.\n"
    )
    document = load_document(path)
    last = document.sentences[-1]
    assert document.skipped_kind(last.start, last.end) == "boilerplate"
    assert document.outlet == "The Guardian"


def test_a_title_many_documents_share_is_theirs_not_boilerplate(tmp_path):
    title = "Statement by the Mayor of Marlow on the Flood"
    documents = []
    for i in range(20):
        path = tmp_path / f"d{i:02d}.txt"
        path.write_text(
            f"date 2024-03-05\n{title}\n\nThe river rose by {i} inches overnight in the town.\n",
            encoding="utf-8",
        )
        documents.append(load_document(path))
    assert documents[0].is_title(1)
    assert repeated_sentences(documents) == frozenset()
    # Nor is a title read as the page's boilerplate ("Related stories" alone on a line).
    path = tmp_path / "r.txt"
    path.write_text("date 2024-03-05\nRelated stories\n\nThe river rose.\n", encoding="utf-8")
    assert load_document(path).set_aside() == {}


def test_what_follows_a_press_releases_end_is_its_issuers_standing_text(tmp_path):
    """After "###" (or an "About ..." heading in the second half), the issuer's text in
    every release ("Founded in Geneva in 1987, ...") is no story's; nor is a media
    contact's line."""
    document = _document(
        tmp_path,
        "FOR IMMEDIATE RELEASE\n\n"
        + STORY
        + "Media contact: Anouk Delacroix, +41 22 917 43 08\n\n###\n\n"
        + "About Clearwater International\n\n"
        + "Founded in Geneva in 1987, Clearwater International works in 31 countries.\n",
    )
    aside = _aside(document)
    assert aside.get("FOR IMMEDIATE RELEASE") == "boilerplate"
    assert aside.get("Media contact: Anouk Delacroix, +41 22 917 43 08") == "boilerplate"
    assert aside.get("About Clearwater International") == "boilerplate"
    assert (
        aside.get("Founded in Geneva in 1987, Clearwater International works in 31 countries.")
        == "boilerplate"
    )
    assert not any(s in aside for s in STORY.split("\n") if s)


def test_a_mark_in_the_first_half_parts_sections_and_ends_no_release(tmp_path):
    document = _document(
        tmp_path,
        "The river rose.\n\n###\n\n" + STORY + "The council met again.\n",
    )
    assert _aside(document) == {}


def test_a_wiki_pages_references_and_history_are_set_aside(tmp_path):
    """A reference's archive note, the page's "last edited" line and a revision-history
    row are the page's, not the story's: no event is dated by them."""
    document = _document(
        tmp_path,
        STORY
        + '"Crush at Kestrel Park". Hollinsworth Courier. 14 March 2026. Archived from the'
        " original on 15 March 2026. Retrieved 2 April 2026.\n"
        + "This page was last edited on 9 April 2026, at 14:02.\n"
        + "cur prev 00:31, 15 March 2026 Mossfield77 talk contribs 41,203 bytes\n",
    )
    aside = _aside(document)
    assert "This page was last edited on 9 April 2026, at 14:02." in aside
    assert any(text.startswith("cur prev") for text in aside)
    assert any("Archived from the original" in text for text in aside)
    assert not any("flooded" in text for text in aside)
