"""Datelines, bylines, timestamps and photo credits (ingest/datelines.py)."""

from __future__ import annotations

import pytest

from .conftest import load_document


@pytest.mark.parametrize(
    ("opening", "kind", "place", "outlet"),
    [
        (
            "OTTAWA | Thu May 13, 2010 3:28 pm EDT OTTAWA (Reuters) - ",
            "wire header",
            "Ottawa",
            "Reuters",
        ),
        ("Tue May 11, 2010 7:31 pm EDT (Reuters) - ", "wire header", None, "Reuters"),
        ("Sunday, May 16, 2010; 4:43 PM ", "timestamp", None, None),
        ("GULF OF MEXICO -- ", "dateline", "Gulf Of Mexico", None),
        ("AP WASHINGTON -- ", "dateline", "Washington", "AP"),
        ("BEIJING, August 7 (Xinhua) -- ", "dateline", "Beijing", "Xinhua"),
        ("TOPEKA, Kan., June 4 - ", "dateline", "Topeka", None),  # (no agency's name)
        ("By Niu Shuping and Ken Wills ", "byline", None, None),
        ("Photograph: Joe Raedle/Getty Images ", "photo credit", None, None),
    ],
)
def test_the_opening_is_marked_and_gives_place_and_outlet(tmp_path, opening, kind, place, outlet):
    path = tmp_path / "a.txt"
    path.write_text(f"date 2010-05-13\n{opening}Legislators grilled the head of BP.\n")
    document = load_document(path)
    start = document.sentences[0].start
    assert document.skipped == ((start, start + len(opening), kind),)
    assert document.text.startswith(opening)  # shown as it came
    assert (document.dateline, document.outlet) == (place, outlet)


def test_a_sentence_that_only_looks_like_one_is_not_marked(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(
        "date 2010-05-13\nBy Tuesday the well was capped. THE PRESIDENT -- no.\n"
        "2011 was a hard year.\n\nOn Friday, May 7, 2010 - the day it sank - crews left.\n"
        "\nFriday, May 7, 2010 - crews left.\n"
    )
    assert load_document(path).skipped == ()


def test_a_dateline_opens_a_paragraph(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(
        "date 2022-03-01\nLeaders met. NATO — the alliance — agreed.\n\nKYIV — Shelling went on.\n"
    )
    document = load_document(path)
    assert [k for _, _, k in document.skipped] == ["dateline"]
    assert document.text[document.skipped[0][0] :].startswith("KYIV — ")


def test_a_dateline_in_accented_capitals_is_read_whole(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(
        "date 2025-04-08\nSenate opens inquiry\n\nBRASÍLIA, April 8 (Wire) - The Senate met.\n"
    )
    document = load_document(path)
    assert document.dateline == "Brasília"
    assert document.text[document.skipped[0][0] :].startswith("BRASÍLIA, April 8")


def test_live_blog_times_are_marked_only_in_a_live_blog(tmp_path):
    lines = "\n\n".join(f"{h}13 Officials said more." for h in (17, 18, 19))
    path = tmp_path / "live.txt"
    path.write_text(f"date 2011-03-19\n{lines}\n")
    assert [k for _, _, k in load_document(path).skipped] == ["live-blog time"] * 3
    path.write_text("date 2011-03-19\n1813 Officials said more.\n")
    assert load_document(path).skipped == ()


def test_live_blog_times_with_a_separator_a_zone_or_alone_on_their_line(tmp_path):
    """ "9.05am GMT Malawi confirms ...", "14:32 Death toll rises", "08:15" over a post:
    a live blog's times, three or more; "10.5 million people" is no time."""
    path = tmp_path / "live.txt"
    path.write_text(
        "date 2024-11-05\nLive\n\n9.05am GMT Malawi confirms outbreak\n\n"
        "14:32 Death toll rises\n\n08:15\n\nThe ministry spoke.\n\n"
        "10.5 million people need help.\n",
        encoding="utf-8",
    )
    document = load_document(path)
    marked = [document.text[s:e].strip() for s, e, k in document.skipped if k == "live-blog time"]
    assert marked == ["9.05am GMT", "14:32", "08:15"]


def test_no_entity_and_no_date_is_read_in_a_dateline(make_seeds):
    from generator.chronology.events import build_chronology
    from generator.ingest.load import load_corpus
    from generator.resolve.entities import resolve_entities

    from .chronology_fixtures import analyse_by_hand

    text = (
        "date 2011-06-09 MISRATA | Thu Jun 9, 2011 12:39 am BST MISRATA (Reuters) - "
        "Rebels held Misrata on Wednesday.\n"
    )
    corpus = load_corpus(make_seeds({"m.txt": text}))
    marks = {
        "m": [
            ("MISRATA", "GPE"),
            ("Jun 9, 2011 12:39 am", "DATE"),
            ("BST MISRATA", "PERSON"),
            ("Misrata", "GPE"),
            ("Wednesday", "DATE"),
        ]
    }
    analyses = analyse_by_hand(corpus, marks)
    entities, _ = resolve_entities(corpus, analyses)
    assert [e.name for e in entities] == ["Misrata"]
    assert [m.start for m in entities[0].mentions] == [corpus.documents[0].text.index("Misrata")]
    chronology = build_chronology(corpus, analyses, {})
    assert [e.date for e in chronology.events] == ["2011-06-08"]


@pytest.mark.parametrize(
    ("opening", "kind", "place", "outlet"),
    [
        ("VELDRA, May 16 (Reuters) - ", "dateline", "Veldra", "Reuters"),
        ("PORT ALDEN, Carmody (Reuters) - ", "dateline", "Port Alden", "Reuters"),
        (
            "NORTH/SOUTH | Mon Jun 29, 2009 1:58 pm EDT NORTH/SOUTH (Reuters) - ",
            "wire header",
            "North/South",
            "Reuters",
        ),
        ("“AP ESTERVILLE -- ", "dateline", "Esterville", "AP"),
        ("Saturday 25 April 2009 22.09 BST ", "timestamp", None, None),
        ("Last updated: 1 may, 2009 - 17:54 GMT ", "timestamp", None, None),
        ("Ada Quell | 18:00 UK time, Saturday, 25 April 2009 ", "byline", None, None),
        ("By Ada Quell, Health and Science Editor ", "byline", None, None),
        ("By Ada Quell, Associated Press ", "byline", None, "AP"),
        ("Port Alden, May 12, 2010 - ", "dateline", "Port Alden", None),
        ("VELDRA, Carmody, May 12, 2010 /Zentrix Wire/ -- ", "dateline", "Veldra", None),
        ("Sunderland, May 12, 2010 - ", "dateline", "Sunderland", None),  # no "Sun"
    ],
)
def test_more_newsroom_shapes_are_marked(tmp_path, opening, kind, place, outlet):
    path = tmp_path / "a.txt"
    path.write_text(f"date 2010-05-13\n{opening}Legislators grilled the head of Zentrix.\n")
    document = load_document(path)
    start = document.sentences[0].start
    assert document.skipped == ((start, start + len(opening), kind),)
    assert (document.dateline, document.outlet) == (place, outlet)


def test_a_wire_header_run_into_a_headline_or_caption_is_found_inside_the_sentence(tmp_path):
    path = tmp_path / "a.txt"
    header = "VELDRA | Thu Jun 11, 2009 6:08 pm EDT VELDRA (Reuters) - "
    path.write_text(
        "date 2009-06-11\n* Flu spreads * Schools shut By Ada Quell, Science Editor "
        f"{header}Officials said more.\n"
        "2009 06 24 07:14 JST KORBEN (Reuters) - Markets fell.\n"
        "(Reporting by Ada Quell; Editing by Bo Trask)\n"
    )
    document = load_document(path)
    text = document.text
    parts = [(text[s:e], k) for s, e, k in document.skipped]
    assert parts == [
        ("By Ada Quell, Science Editor ", "byline"),
        (header, "wire header"),
        ("2009 06 24 07:14 JST ", "timestamp"),
        ("KORBEN (Reuters) - ", "dateline"),
        ("(Reporting by Ada Quell; Editing by Bo Trask)", "byline"),
    ]
    assert (document.dateline, document.outlet) == ("Veldra", "Reuters")


def test_a_credit_line_with_files_from_a_reporter_is_a_byline(tmp_path):
    """ "— With files from Alanna Petrie in Timmins": who the story's files came from, no
    name of the story's (a place "Alanna Petrie" before)."""
    path = tmp_path / "a.txt"
    path.write_text(
        "date 2025-06-20\nFire held\n\nThe fire is held.\n\n"
        "— With files from Alanna Petrie in Timmins\n"
    )
    document = load_document(path)
    text = document.text
    parts = [(text[s:e], k) for s, e, k in document.skipped]
    assert parts == [("— With files from Alanna Petrie in Timmins", "byline")]


def test_a_sentence_of_the_story_is_not_read_as_a_dateline_inside(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(
        "date 2010-05-13\nThe agency (AP) said the WHO, May 16 report was late.\n"
        "It was hit By Ada Quell in May.\n"
    )
    document = load_document(path)
    assert document.skipped == ()
    assert document.outlet is None


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Views expressed in the comments do not represent those of Reuters.", "Reuters"),
        ("Sign up for free e-mail news alerts from FoxNews.com and FoxBusiness.com.", "Fox News"),
        ("Photograph: Ada Quell for the Guardian Officials met.", "The Guardian"),
        ("Your comments may be published on any BBC media worldwide.", "BBC"),
        ("washingtonpost.com is not responsible for any content posted.", "The Washington Post"),
        ("Officials told the Guardian and the BBC that it was so.", None),
        # what only the outlet's own story writes of it (datelines.OWN_SHAPES)
        ("Fox News' Ada Quell contributed to this report.", "Fox News"),
        ("Associated Press writers Ada Quell and Bo Trask contributed to this report.", "AP"),
        ("The Associated Press contributed to this report.", None),  # the agency drawn on
        ("The BBC's Ada Quell, in Veldra, says talks failed.", "BBC"),
        ("Talks failed, the BBC's Ada Quell reports from Veldra.", "BBC"),
        ("The BBC's Ada Quell said talks failed.", None),  # past tense: anyone may quote
        ("The plant failed its inspection, the Observer has learned.", "The Observer"),
        ("Ada Quell is a Reuters senior correspondent in Veldra.", "Reuters"),
        ("I'm Ada Quell, the BBC's Veldra correspondent.", "BBC"),
    ],
)
def test_a_notice_of_the_site_names_the_outlet(tmp_path, line, outlet):
    path = tmp_path / "a.txt"
    path.write_text(f"date 2010-05-13\nOfficials met in Veldra.\n{line}\n")
    assert load_document(path).outlet == outlet


def test_a_one_letter_bracket_is_a_caption_not_an_outlet(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("date 2010-05-13\nAda Quell (L) and Bo Trask talk in Veldra.\n")
    assert load_document(path).outlet is None


def test_a_byline_before_a_wire_header_and_a_utc_stamp_are_marked(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(
        "date 2010-06-01\nCredit: Zentrix By Ann Lee and JoAnne Trask VELDRA, La/KORBEN | "
        "Tue Jun 1, 2010 4:08 am EDT VELDRA, La/KORBEN (Reuters) - Crews worked on.\n"
        "May 11, 2010 20:24 UTC With the spotlight on Zentrix, crews looked north.\n"
    )
    document = load_document(path)
    kinds = [(document.text[s:e].split()[0], k) for s, e, k in document.skipped]
    assert kinds == [("By", "byline"), ("VELDRA,", "wire header"), ("May", "timestamp")]
    assert document.outlet == "Reuters"


def test_a_bracketed_acronym_at_the_start_is_no_outlet(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("date 2010-06-01\nThe Veldra Energy Agency (VEA) said stocks fell.\n")
    document = load_document(path)
    assert (document.dateline, document.outlet) == (None, None)


def test_a_credit_line_is_a_byline(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(
        "date 2010-06-01\nCrews worked on.\n"
        "Staff writers Ann Lee and Bo D. Trask contributed to this report.\n"
    )
    document = load_document(path)
    last = document.sentences[-1]
    assert document.skipped == ((last.start, last.end, "byline"),)


@pytest.mark.parametrize(
    "credit",
    ["Photograph: PA ", "Photograph: Ann Lee for the Guardian ", "Illustration: Bo Trask/AP "],
)
def test_photo_credits_without_a_slash_or_with_one(tmp_path, credit):
    path = tmp_path / "a.txt"
    path.write_text(f"date 2010-06-01\n{credit}Crews worked on.\n")
    document = load_document(path)
    assert document.skipped == ((0, len(credit), "photo credit"),)


@pytest.mark.parametrize(
    ("opening", "kind"),
    [
        ("From Ann Lee in Veldra, Korbenland ", "byline"),
        ("From Ann Lee, BBC Arabic ", "byline"),
        ("AP ", "photo credit"),
        ("AP2010 ", "photo credit"),  # the agency run into the photograph's year
    ],
)
def test_a_reporter_line_and_a_captions_agency_credit(tmp_path, opening, kind):
    path = tmp_path / "a.txt"
    path.write_text(f"date 2010-06-01\n{opening}The crews worked on.\n")
    document = load_document(path)
    assert document.skipped == ((0, len(opening), kind),)


@pytest.mark.parametrize(
    "credit",
    ["(AP Photo) ", "(AP Photo/Bo Trask, File) ", "(Bo Trask - AP) ", "(Bo Trask/associated Press) "],
)
def test_a_captions_credit_in_brackets_is_marked_anywhere(tmp_path, credit):
    path = tmp_path / "a.txt"
    text = f"Pelicans rest on a boom. {credit}Crews worked on. (The crews) left."
    path.write_text(f"date 2010-06-01\n{text}\n")
    start = text.index("(")
    assert load_document(path).skipped == ((start, start + len(credit), "photo credit"),)


def test_a_captions_credit_run_into_the_text_is_marked_where_it_is_written(tmp_path):
    """A page's caption, with no full stop, runs into its credit and the story after it:
    the credit is marked there (no name is read in it, and no name runs into it); a
    caption in brackets that only ends with a photographer's name is no credit."""
    path = tmp_path / "a.txt"
    credit = "Photograph: Win McNamee/Getty Images "
    caption = "(Photo: Obama speaks at Cairo University/Goran Tomasevic) "
    text = f"Oil washes ashore on Grand Isle, Louisiana {credit}The coastguard said so. {caption}"
    path.write_text(f"date 2010-06-01\n{text}\n")
    start = text.index("Photograph")
    assert load_document(path).skipped == ((start, start + len(credit), "photo credit"),)


@pytest.mark.parametrize("credit", ["Coast Guard via ", "NOAA, via "])
def test_a_photographs_source_via_an_agency_before_a_dateline(tmp_path, credit):
    path = tmp_path / "a.txt"
    path.write_text(f"date 2010-06-29\n{credit}AP NEW ORLEANS -- The storm grew.\n")
    document = load_document(path)
    at = len(credit)
    assert document.skipped == (
        (0, at, "photo credit"),
        (at, at + len("AP NEW ORLEANS -- "), "dateline"),
    )
    assert (document.dateline, document.outlet) == ("New Orleans", "AP")


def test_an_agency_in_a_sentence_of_the_story_is_not_a_credit(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("date 2010-06-01\nAP reporters saw it. From Ann Lee in Veldra we heard.\n")
    assert load_document(path).skipped == ()


def test_a_blog_byline_with_a_12_hour_clock_and_a_list_of_photo_credits(tmp_path):
    path = tmp_path / "a.txt"
    byline = "Ann Lee | 12:16 PM, Thursday, 28 May 2009 "
    credits = "Photo credits: REUTERS/Bo Trask (Walrus swims in a pool, February 28, 2001)"
    path.write_text(f"date 2009-05-28\n{byline}It is good news.\n{credits}\n")
    document = load_document(path)
    parts = [(document.text[s:e], k) for s, e, k in document.skipped]
    assert parts == [(byline, "byline"), (credits, "photo credit")]


def test_a_title_is_never_a_dateline_and_the_body_still_opens_the_story(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(
        "date 2010-05-13\nGULF OF MEXICO -- Where the Oil Goes\n\n"
        "WASHINGTON (AP) — Legislators grilled the head of BP.\n"
    )
    document = load_document(path)
    assert document.is_title(1)
    body = document.sentences[1].start
    assert document.skipped == ((body, body + len("WASHINGTON (AP) — "), "dateline"),)
    assert (document.dateline, document.outlet) == ("Washington", "AP")


def test_a_wire_dateline_whose_dash_opens_the_next_paragraph(tmp_path):
    """ "VELDRA, Korbenland (Reuters Life!)" closing its paragraph, "- Crews ..." next."""
    path = tmp_path / "a.txt"
    path.write_text(
        "date 2009-06-30\nVillagers talk in Veldra, June 18, 2009.\n"
        "VELDRA, Korbenland | Tue Jun 30, 2009 9:33 am EDT VELDRA, "
        "Korbenland (Reuters Life!)\n- Silence reigns in the village.\n"
    )
    document = load_document(path)
    assert (document.dateline, document.outlet) == ("Veldra", "Reuters")


def test_an_outlet_named_in_a_reader_comment_is_not_the_sites(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(
        "date 2010-05-13\nOfficials met in Veldra.\n"
        "At 5:20 pm on 10 Jun 2009, adaq wrote: The BBC's Ada Quell reports from Veldra.\n"
        "At 5:40 pm on 10 Jun 2009, botr wrote: Indeed.\n"
    )
    assert load_document(path).outlet is None


def test_a_byline_alone_on_its_line_with_a_place_is_marked(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(
        '---\ntitle: "Flood waters rise"\ndate: 2024-06-03\n---\n'
        "By Farhana Islam, Sylhet\n\nThe water rose overnight.\n"
    )
    document = load_document(path)
    byline = document.sentences[1]
    assert byline.text == "By Farhana Islam, Sylhet"
    assert document.skipped == ((byline.start, byline.end, "byline"),)


def test_a_date_and_time_opening_a_timelines_entry_is_no_timestamp(tmp_path):
    path = tmp_path / "timeline.txt"
    path.write_text(
        "date 2026-03-02\nTIMELINE-The Zentrix pier fire\n\n"
        "1998 - The pier is built for the Veldra ferry.\n\n"
        "June 2019 - Zentrix buys the pier.\n\n"
        "Oct 5, 2025, 21:40 - Fire breaks out under the east landing.\n\n"
        "22:15 - The first crews arrive.\n\n"
        "Jan 27 - An inquiry opens in Veldra.\n"
    )
    assert load_document(path).skipped == ()


def test_a_blogs_posts_opened_by_a_date_time_and_dash_keep_their_timestamps(tmp_path):
    path = tmp_path / "archive.txt"
    posts = "\n\n".join(
        f"May {day}, 2010 0{day}:52 UTC - Ann Lee is an engineer at Veldra. She wrote more."
        for day in (3, 4, 5)
    )
    path.write_text(f"date 2010-06-01\nBlog archive\n\n{posts}\n")
    kinds = [k for _, _, k in load_document(path).skipped]
    assert kinds == ["timestamp"] * 3


BROADCASTER = (
    "date 2024-02-12\nStorm Nuala: red warning for Clare\n\n"
    "Published 12 February\n\nUpdated 2 hours ago\n\n"
    "Met Éireann has issued a red warning.\n\n"
    "Image source, Getty Images\n\n"
    "Image caption, Sandbags being filled in Ennis on Monday\n\n"
    "Updated figures published on Monday show 12 homes flooded.\n"
)


def test_a_broadcasters_page_stamps_and_image_lines_are_marked(tmp_path):
    """A line of nothing but when ("Published 12 February", "Updated 2 hours ago") is a
    stamp; "Image source, ..." a credit, and "Image caption, " the caption's mark (the
    caption itself is read). A sentence that opens with "Updated" is not."""
    path = tmp_path / "b.txt"
    path.write_text(BROADCASTER, encoding="utf-8")
    document = load_document(path)
    marked = [(document.text[s:e].strip(), kind) for s, e, kind in document.skipped]
    assert marked == [
        ("Published 12 February", "timestamp"),
        ("Updated 2 hours ago", "timestamp"),
        ("Image source, Getty Images", "photo credit"),
        ("Image caption,", "photo credit"),
    ]


def test_a_press_releases_dateline_with_the_day_first_and_two_places(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(
        "date 2024-11-12\nRelease\n\nBEIRA / GENEVA, 12 November 2024 — A vaccination "
        "campaign began yesterday.\n",
        encoding="utf-8",
    )
    document = load_document(path)
    marked = [(document.text[s:e].strip(), k) for s, e, k in document.skipped]
    assert marked == [("BEIRA / GENEVA, 12 November 2024 —", "dateline")]
    assert document.dateline == "Beira"


@pytest.mark.parametrize(
    ("opening", "place", "outlet"),
    [
        ("New Delhi, March 4 (PTI) ", "New Delhi", "PTI"),
        ("Basantpur (UP), March 24 (PTI) ", "Basantpur", "PTI"),
        ("Itori (Ogun), March 27, 2025 (NAN) ", "Itori", "NAN"),
    ],
)
def test_an_agencys_dateline_without_a_dash(tmp_path, opening, place, outlet):
    """Indian and Nigerian wires: a place in title case (its state in brackets), the
    date, the agency's letters in brackets, and the story, no dash; the agency's
    sign-off alone on the last line ("(NAN)(www.nannews.ng)") is marked too."""
    path = tmp_path / "a.txt"
    path.write_text(
        f"date 2025-03-27\nBridge collapse\n\n{opening}At least 14 people were killed.\n\n"
        "Rescue went on.\n\n(NAN)(www.nannews.ng)\n"
    )
    document = load_document(path)
    kinds = [(document.text[a:b], k) for a, b, k in document.skipped]
    assert kinds == [(opening, "dateline"), ("(NAN)(www.nannews.ng)", "byline")]
    assert (document.dateline, document.outlet) == (place, outlet)


def test_a_byline_from_a_reporter_and_the_place_they_write_from_is_marked(tmp_path):
    """ "From Abdulrahman Yakubu Gombe, Gombe", "By Ada Obi, Abuja, and Musa Bello,
    Gombe": a reporter and their place each, on a line of its own, as Nigerian dailies
    write their bylines; no name is read there (the reporter's surname is the town's)."""
    path = tmp_path / "a.txt"
    path.write_text(
        "date 2026-03-24\nTribunal sits\n\n"
        "From Abdulrahman Yakubu Gombe, Gombe\n\nThe tribunal sat in Gombe.\n\n"
        "By Ada Obi, Abuja, and Musa Bello, Gombe\n\nFrom Monday, fuel will cost more.\n"
    )
    document = load_document(path)
    starts = {start for start, _, kind in document.skipped if kind == "byline"}
    bylines = [s.text for s in document.sentences if s.start in starts]
    assert bylines == [
        "From Abdulrahman Yakubu Gombe, Gombe",
        "By Ada Obi, Abuja, and Musa Bello, Gombe",
    ]


def test_a_city_in_capitals_and_a_colon_opening_a_story_is_its_dateline(tmp_path):
    """ "HYDERABAD: The Telangana ...", "NEW DELHI, Mar 14 (NPS): The Election ...": how
    Indian papers and agencies date a story; a label in capitals that is no city of the
    gazetteers ("SENATOR WALSH: ...") is no dateline."""
    path = tmp_path / "a.txt"
    for opening, place in (
        ("HYDERABAD: The Telangana Praja Samithi retained power.", "Hyderabad"),
        ("NEW DELHI, Mar 14 (NPS): The Election Commission announced the poll.", "New Delhi"),
        ("SENATOR WALSH: The hearing will come to order.", None),
    ):
        path.write_text(f"date 2026-03-14\nPoll news\n\n{opening}\n", encoding="utf-8")
        document = load_document(path)
        assert document.dateline == place
        assert [kind for _, _, kind in document.skipped] == (["dateline"] if place else [])


def test_an_end_mark_is_no_agencys_sign_off(tmp_path):
    """ "(END)" closes a Korean agency's story: set aside as a sign-off is, but no
    agency's letters, so no outlet; "(PTI)" is one."""
    path = tmp_path / "a.txt"
    for mark, outlet in (("(END)", None), ("(PTI)", "PTI")):
        path.write_text(
            f"date 2026-06-11\nCourt rules\n\nThe court ruled on Thursday.\n\n{mark}\n",
            encoding="utf-8",
        )
        document = load_document(path)
        assert document.outlet == outlet
        assert [kind for _, _, kind in document.skipped] == ["byline"]
