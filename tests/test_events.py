"""Events from dated sentences (chronology/events.py): merging across sources, key dates,
what is not a happening. The pages are in test_chronology_pages, the JSON in test_export."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from markupsafe import Markup

from bench.span_entities import spans_as_entities
from generator.chronology import events as events_module
from generator.chronology.events import build_chronology, dated_by_publication, events_by_entity
from generator.chronology.key_dates import OUTSIDE_SPAN_DAYS, near_span
from generator.ingest.load import load_corpus
from generator.publish import export
from generator.publish.chronology_pages import page_context
from generator.publish.render import Renderer

from .chronology_fixtures import analyse_by_hand
from .conftest import PROJECT


def test_events_resolved_and_cited(two_reports):
    corpus, analyses, entities, _ = two_reports
    chronology = build_chronology(corpus, analyses, entities)
    by_date = {}
    for event in chronology.events:
        by_date.setdefault(event.date, []).append(event)
    assert set(by_date) == {"2017", "2021-03", "2021-12-07", "2021-12-10"}
    returned = by_date["2021-12-10"][0]
    assert returned.precision == "day" and returned.expression == "on Friday"
    assert returned.resolution == "'on Friday', in an article of 10 Dec 2021"
    assert [(s.document, s.sentence) for s in returned.sources] == [("a", 1)]
    assert "roger-carstens" in returned.entities
    # The fragment "In March." dates the sentence before it and cites both.
    march = by_date["2021-03"][0]
    assert [(s.document, s.sentence) for s in march.sources] == [("b", 2), ("b", 3)]
    assert march.text.startswith("He met Maduro officials.")
    # "months" is a duration, "The weather was fine." has no date: neither is an event.
    assert all("weather" not in e.text for e in chronology.events)
    assert all(e.expression != "months" for e in chronology.events)


def test_one_happening_in_two_documents_is_one_event(two_reports):
    corpus, analyses, entities, _ = two_reports
    chronology = build_chronology(corpus, analyses, entities)
    flights = [e for e in chronology.events if e.date == "2021-12-07"]
    # a and b report the same flight (merged); c's talks in Mexico the same day are not it.
    assert len(flights) == 2
    merged = next(e for e in flights if len(e.sources) == 2)
    assert [s.document for s in merged.sources] == ["a", "b"]
    assert {"roger-carstens", "caracas"} <= set(merged.entities)
    other = next(e for e in flights if e is not merged)
    assert [s.document for s in other.sources] == ["c"]


def test_no_merge_without_entities_in_common(make_seeds):
    text = "visited the flooded Law School campus in 1999 and the University library"
    seeds = make_seeds(
        {
            "a.txt": f"date 2022-01-05 Ms. Adams {text}.\n",
            "b.txt": f"date 2022-02-05 Ms. Brown {text}.\n",
        }
    )
    corpus = load_corpus(seeds)
    analyses = analyse_by_hand(
        corpus,
        {
            "a": [("Adams", "PERSON"), ("1999", "DATE")],
            "b": [("Brown", "PERSON"), ("1999", "DATE")],
        },
    )
    chronology = build_chronology(corpus, analyses, spans_as_entities(analyses)[0])
    assert len(chronology.events) == 2
    same = build_chronology(corpus, analyses, {})  # no entities: the words decide
    assert len(same.events) == 1 and len(same.events[0].sources) == 2


def test_a_fragment_is_judged_with_the_sentence_it_completes(make_seeds):
    # "Yesterday." completes a speaker's apology: a correction, no happening; "On
    # Monday." completes a deed and dates it.
    seeds = make_seeds(
        {
            "a.txt": "date 2021-07-30 Q I'm sorry. Yesterday. The agency closed its office. "
            "On Monday.\n",
        }
    )
    corpus = load_corpus(seeds)
    analyses = analyse_by_hand(corpus, {"a": [("Yesterday", "DATE"), ("Monday", "DATE")]})
    chronology = build_chronology(corpus, analyses, {})
    assert [e.text for e in chronology.events] == ["The agency closed its office. On Monday."]


def test_disagreeing_dates_stay_visible(make_seeds):
    seeds = make_seeds(
        {
            "a.txt": "date 2019-04-02 The administration closed the American Embassy in Caracas "
            "in March 2019 after recognising Juan Guaido.\n",
            "b.txt": "date 2020-01-10 The administration closed the American Embassy in Caracas "
            "in 2019 after recognising Juan Guaido.\n",
        }
    )
    corpus = load_corpus(seeds)
    marks = {
        "a": [("Caracas", "GPE"), ("March 2019", "DATE"), ("Juan Guaido", "PERSON")],
        "b": [("Caracas", "GPE"), ("2019", "DATE"), ("Juan Guaido", "PERSON")],
    }
    analyses = analyse_by_hand(corpus, marks)
    chronology = build_chronology(corpus, analyses, spans_as_entities(analyses)[0])
    year, month = chronology.events
    assert (year.date, month.date) == ("2019", "2019-03")
    assert year.also_reported == (month.id,) and month.also_reported == (year.id,)
    context = page_context(chronology, corpus, {})
    page = Renderer(PROJECT / "templates", {"name": "T"}).render(
        "chronology.md.j2", "chronology/index.md", **context
    )
    assert f"Also reported as: [March 2019](index.md#{month.id})" in page
    assert f'<a id="{month.id}"' in page


def test_a_dateline_is_not_an_event(make_seeds):
    seeds = make_seeds(
        {"a.txt": "date 2022-03-01 Washington, March 1, 2022.\n\nThe summit opened on Monday.\n"}
    )
    corpus = load_corpus(seeds)
    analyses = analyse_by_hand(corpus, {"a": [("March 1, 2022", "DATE"), ("Monday", "DATE")]})
    events = build_chronology(corpus, analyses, {}).events
    assert [(e.date, e.expression) for e in events] == [("2022-02-28", "on Monday")]


def test_a_datelines_day_gives_way_to_the_leads_own_expression_of_it(make_seeds):
    # The dateline's date is a reference to its day; the lead's "on Wednesday", the same
    # day, is what the happening rules judge.
    seeds = make_seeds(
        {
            "a.txt": "date 2009-06-03\nRIYADH, June 3 (Reuters) - Saudi Arabia has confirmed "
            "its first case of the flu in a nurse, the health minister said on Wednesday.\n"
        }
    )
    corpus = load_corpus(seeds)
    analyses = analyse_by_hand(corpus, {"a": [("June 3", "DATE"), ("Wednesday", "DATE")]})
    events = build_chronology(corpus, analyses, {}).events
    assert [(e.date, e.expression) for e in events] == [("2009-06-03", "on Wednesday")]


@pytest.mark.parametrize("agency", ["Reuters", "Anadolu", "Wire Service"])
def test_a_lead_with_a_day_of_its_own_is_dated_by_it_not_by_the_dateline(make_seeds, agency):
    # Filed on Tuesday of a report published on Monday: one event, on the Monday, under
    # any agency's dateline.
    seeds = make_seeds(
        {
            "a.txt": f"date 2025-02-04\nLONDON, Feb 4 ({agency}) - A contract was handed to a "
            "donor's firm without a tender, the watchdog said in a report published on Monday.\n"
        }
    )
    corpus = load_corpus(seeds)
    analyses = analyse_by_hand(corpus, {"a": [("Feb 4", "DATE"), ("Monday", "DATE")]})
    events = build_chronology(corpus, analyses, {}).events
    assert [(e.date, e.expression) for e in events] == [("2025-02-03", "on Monday")]


def test_a_relative_day_before_a_bracket_and_a_dash_is_no_dateline(make_seeds):
    seeds = make_seeds(
        {
            "a.txt": "date 2022-06-13\nAnd just yesterday — (Applause) — just yesterday, I "
            "had a conversation with our next senator.\n"
        }
    )
    corpus = load_corpus(seeds)
    analyses = analyse_by_hand(corpus, {"a": [("yesterday", "DATE")]})
    events = build_chronology(corpus, analyses, {}).events
    assert [e.date for e in events] == ["2022-06-12"]


def test_key_dates_rank_references_and_publications(two_reports):
    corpus, analyses, entities, _ = two_reports
    chronology = build_chronology(corpus, analyses, entities)
    keys = {k.date: k for k in chronology.key_dates}
    # 7 December 2021 is referred to by three documents published on other days.
    assert chronology.key_dates[0].date == "2021-12-07"
    assert keys["2021-12-07"].references == 3 and keys["2021-12-07"].publications == 0
    # A publication day counts, and its own "on Friday" is not a reference from elsewhere.
    assert keys["2021-12-10"].publications == 1 and keys["2021-12-10"].references == 0
    assert keys["2021-12-07"].score > keys["2021-12-10"].score
    scores = [k.score for k in chronology.key_dates]
    assert scores == sorted(scores, reverse=True)
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", k.date) for k in chronology.key_dates)


def test_deterministic(two_reports):
    corpus, analyses, entities, _ = two_reports
    first = build_chronology(corpus, analyses, entities)
    again = build_chronology(corpus, list(reversed(analyses)), entities)
    assert first == again
    assert export.chronology_json(first) == export.chronology_json(again)


def test_entity_timeline_and_partial(two_reports):
    corpus, analyses, entities, names = two_reports
    chronology = build_chronology(corpus, analyses, entities)
    own = events_by_entity(chronology)["roger-carstens"]
    assert [e.date for e in own] == ["2021-12-07", "2021-12-10"]
    renderer = Renderer(PROJECT / "templates", {"name": "Test"})
    links = {i: {"name": n, "page": None} for i, n in names.items()}
    links["roger-carstens"] = {"name": "Roger Carstens", "page": "people/roger-carstens.md"}
    template = renderer.env.from_string(
        '{% from "partials/timeline.md.j2" import timeline with context %}'
        "{{ timeline(events, documents, entities, index) }}"
    )
    page = template.render(
        page="people/roger-carstens.md",
        link=lambda target, anchor=None: Markup(f"../{target}" + (f"#{anchor}" if anchor else "")),
        events=own,
        documents={d.id: d for d in corpus.documents},
        entities=links,
        index={e.id: e for e in chronology.events},
    )
    assert "**7 December 2021**" in page and "**10 December 2021**" in page
    assert "[Roger Carstens](../people/roger-carstens.md)" in page
    assert "Caracas" in page and "(../sources/a.md#s1)" in page


def test_days_far_outside_the_publication_span_count_less(make_seeds):
    seeds = make_seeds(
        {
            "a.txt": "date 2022-03-02 The order of March 6, 2014 stays. The summit met on March 1.\n",
            "b.txt": "date 2022-03-03 The order of March 6, 2014 stays. The summit met on March 1.\n",
        }
    )
    corpus = load_corpus(seeds)
    marks = [("March 6, 2014", "DATE"), ("March 1", "DATE")]
    analyses = analyse_by_hand(corpus, {"a": marks, "b": marks})
    keys = [k.date for k in build_chronology(corpus, analyses, {}).key_dates]
    assert keys.index("2022-03-01") < keys.index("2014-03-06")


def test_boilerplate_references_count_once(make_seeds):
    """Nomination lists repeat "which was sent to the Senate on January 4, 2022" (and on
    other days) in many documents: that wording counts once for its day, while two
    documents that tell of an invasion in their own words count twice."""
    files = {}
    marks = {}
    for n, name in enumerate(["Ann Lee", "Bob Ray", "Cy Dow", "Di Fox"]):
        day = "January 4, 2022" if n < 3 else "January 10, 2022"
        files[f"n{n}.txt"] = (
            f"date 2022-0{n + 3}-10 {name}, of Ohio, to be a Member of the Board, vice "
            f"Someone, which was sent to the Senate on {day}.\n"
        )
        marks[f"n{n}"] = [(day, "DATE")]
    files["u.txt"] = "date 2022-03-10 Russia invaded Ukraine on February 24, 2022.\n"
    files["v.txt"] = "date 2022-04-10 Since the invasion of February 24, 2022, aid has grown.\n"
    marks["u"] = [("February 24, 2022", "DATE")]
    marks["v"] = [("February 24, 2022", "DATE")]
    corpus = load_corpus(make_seeds(files))
    analyses = analyse_by_hand(corpus, marks)
    keys = {k.date: k for k in build_chronology(corpus, analyses, {}).key_dates}
    assert keys["2022-01-04"].references == 1
    assert keys["2022-02-24"].references == 2
    assert keys["2022-02-24"].score > keys["2022-01-04"].score
    first = build_chronology(corpus, analyses, {}).key_dates[0]
    assert first.date == "2022-02-24"


def test_a_list_of_days_shares_one_reference(make_seeds):
    seeds = make_seeds(
        {
            "a.txt": "date 2022-08-01 The Vice President convened legislators on July 8, "
            "on July 14 and on July 16 at the White House.\n",
            "b.txt": "date 2022-08-02 The President signed the order on July 20 at the "
            "White House.\n",
        }
    )
    corpus = load_corpus(seeds)
    analyses = analyse_by_hand(
        corpus,
        {
            "a": [("July 8", "DATE"), ("July 14", "DATE"), ("July 16", "DATE")],
            "b": [("July 20", "DATE")],
        },
    )
    keys = {k.date: k for k in build_chronology(corpus, analyses, {}).key_dates}
    assert keys["2022-07-08"].references == 1
    # The three listed days share one reference: each scores less than July 20's own.
    listed = {keys[d].score for d in ("2022-07-08", "2022-07-14", "2022-07-16")}
    assert len(listed) == 1 and keys["2022-07-20"].score > listed.pop()


@pytest.mark.parametrize(
    ("sentence", "expression", "label"),
    [
        ("Ms. Adams received her J.D. from Yale Law School in 2009.", "2009", "biography"),
        (
            "From 2008 to 2020, he served as an Assistant United States Attorney.",
            "2008",
            "biography",
        ),
        ("Judge Pan has served on the District Court since 2021.", "2021", "biography"),
        (
            "She was a partner at Hogan LLP, where she worked from 1995 to 2018.",
            "2018",
            "biography",
        ),
        (
            "Jane Roe, to be a Member for a term expiring May 18, 2026, vice X.",
            "May 18, 2026",
            "limit",
        ),
        ("Siemens will produce 1 million chargers by 2025.", "2025", "limit"),
        ("Families should file their taxes until April 18.", "April 18", "limit"),
        (
            "The need for this partnership is as clear today as it was a year ago.",
            "today",
            "stative",
        ),
        ("Today is the 57th anniversary of Medicare.", "Today", "stative"),
        ("The deadline for this is December 25th.", "December 25th", "limit"),
        ("Will the President travel to Georgia tomorrow?", "tomorrow", "question"),
        ("Q  But is today the day of the vote —", "today", "question"),
        ("I'm wondering if you can tell us about the call yesterday.", "yesterday", "question"),
        ("All right, guys, I'll see you tomorrow.", "tomorrow", "greeting"),
        ("Thank you all for being here today.", "today", "greeting"),
        ("Have a good weekend and happy Friday.", "Friday", "greeting"),
        (
            "For your awareness but not for your reporting, today's speakers are three officials.",
            "today",
            "call logistics",
        ),
        ("Today, we are joined by the Secretary of Energy.", "Today", "here today"),
        ("And Congressman Jim Cooper, an old friend, who’s here today.", "today", "here today"),
        ("Last week there were some questions about this.", "Last week", "room questions"),
        ("Last week, you weren't ready to confirm the new sites.", "Last week", "unconfirmed"),
        ("With today's announcement, states can now access their funds.", "today", "pointed deed"),
        ("Today's order gives Congress plenty of time to act.", "Today", "day verdict"),
        ("Her role grew in the run-up to the November elections.", "November", "run-up"),
        ("They met voters ahead of the November 2021 election.", "November 2021", "run-up"),
        ("Ahead of hearings on Tuesday, lawmakers released a letter.", "Tuesday", "run-up"),
        ("Ahead of tomorrow's court hearing, the minister met the unions.", "tomorrow", "run-up"),
        ("We urge you today to check on your neighbors.", "today", "appeal"),
        ("I'll look, but I'm not aware of any plans for the event tomorrow.", "tomorrow", "doubt"),
        ("And so this is where we are today with this vaccine.", "today", "here today"),
        ("I don't have any update on that for you today.", "today", "here today"),
        ("If the talks fail on Monday, millions lose their benefits.", "Monday", "condition"),
        ("Moscow will respond if the talks fail on Friday.", "Friday", "condition"),
        ("The storm is expected to make landfall on Sunday.", "Sunday", "forecast"),
        ("The well could be sealed in mid-July, officials hope.", "mid-July", "forecast"),
        ("As of yesterday, the seven-day average was 5,500 admissions.", "yesterday", "measure"),
        ("The stock closed at its lowest level since November.", "November", "measure"),
        ("Households that filed their tax return for 2020 get the payment.", "2020", "measure"),
        ("MIAMI, May 3 (Reuters) - BP said the waivers will not be enforced.", "May 3", "dateline"),
        (
            "(Bangui/New York, 10 April 2026) – A convoy reached Birao on Wednesday, 8 April.",
            "10 April 2026",
            "dateline",
        ),
        ("We're not going to stop the programs on July 5th.", "July 5th", "negation"),
        ("The hearing is set for 3 p.m. local time (2000 GMT) on Thursday.", "2000", "not text"),
        ("Read it at https://example.org/2022/07/act.pdf for details.", "2022", "not text"),
        ("<tr> <th>State</th> <th>Award<br /> (May 4, 2021)</th> </tr>", "May 4, 2021", "not text"),
        ("Source: TASS news agency, Moscow, in Russian 0912 gmt 4 Mar 26", "4 Mar 26", "not text"),
        ("Government funding runs out December 3rd.", "December 3rd", "limit"),
        ("The bill funds the government through early next year.", "early next year", "limit"),
        ("That remains the case today.", "today", "stative"),
        ("MR. ZIENTS:  I want to thank everybody for joining today.", "today", "greeting"),
        ("We look forward to seeing everybody next week.", "next week", "greeting"),
        ("We should have more information, you know, around April 3.", "April 3", "forecast"),
        ("Wages are higher than they were last year.", "last year", "measure"),
        (
            "Sales went from 6,000 per week in January to 22,000 per week in April.",
            "April",
            "measure",
        ),
        ("She will be in Mexico until the evening of June 8th.", "June 8th", "limit"),
        ("It's great to be with all of you again this morning.", "this morning", "here today"),
        ("Today, she will be telling us about a new initiative.", "Today", "here today"),
        ("We have a special guest with us today.", "today", "here today"),
        ("All right, Vanessa, we'll try next Friday.", "next Friday", "greeting"),
        ("I don’t know if they’ll talk about it this afternoon.", "this afternoon", "question"),
        ("Glad to be with you today.", "today", "here today"),
        ("Q  So, on Wednesday —", "Wednesday", "cut off"),
        ("Q  You were asked yesterday about the tennis star.", "yesterday", "talk"),
        (
            "And then, yesterday, you got a bunch of questions about the credit.",
            "yesterday",
            "talk",
        ),
        ("It remains what we discussed last week.", "last week", "talk"),
        ("Q  I wanted to ask about the second case from today.", "today", "talk"),
        (
            "And I hadn't, quite frankly, thought about the connection to January 6th.",
            "January 6th",
            "hedge",
        ),
        ("Well, I think it's going to be a busy week after Thanksgiving.", "Thanksgiving", "hedge"),
        ("I know we'll also have a call this afternoon.", "this afternoon", "hedge"),
        ("Each Friday we will give an answer to the quiz.", "Friday", "habit"),
        ("Ten years ago, I used to wear a sweater at school.", "Ten years ago", "habit"),
        (
            "It was created by the Trafficking Victims Protection Act of 2000 to coordinate.",
            "2000",
            "name",
        ),
        ("We will act to implement the 2030 Agenda for Sustainable Development.", "2030", "name"),
        (
            "He wrote Finding God in the Singing River (Fortress, 2005), among others.",
            "2005",
            "name",
        ),
        ("Okoro et al. (2023) has been checked by the panel.", "2023", "name"),
        ("Okoro A, Chen W, Smith J (2023) Plasma MOTR peptides in lean adults.", "2023", "name"),
        ("It was Figure 3D in Scand J Gerontol 2021; 58: 77–89, a control.", "2021", "name"),
        ("© The Author(s) 2025. This article is licensed openly.", "2025", "name"),
        ("They claimed under section 1 of the Defective Premises Act 1972 for the cost.", "1972", "name"),
        ("In Parry v Cleaver [1970] AC 1 the House of Lords held that a pension counts.", "1970", "name"),
        ("In Gaca v Pirelli General plc [2004] EWCA Civ 373 this court said so.", "2004", "name"),
        ("The program provides $5.5 billion in 2022 for bridges.", "2022", "figure"),
        ("The agency counted 17,855 cases and 45 deaths at 15 June.", "15 June", "figure"),
        ("MS. PSAKI:  — a few today.", "today", "fragment"),
        ("Q  Two weeks ago.", "Two weeks ago", "fragment"),
        ("The report looked at uptake from 2017 to 2019 in the United States.", "2019", "period"),
        ("Were they all as vocal in 1984 over the Bhopal disaster!", "1984", "question"),
        ("And today I want to emphasize one fact that remains true.", "today", "talk"),
        ("Iata is projecting a $9bn loss for the airlines this year.", "this year", "forecast"),
        ("Broadcast last week. Available until 12:00 AM Thu, 1 Jan 2099.", "1 Jan 2099", "limit"),
        ("We apply the framework of the IHR (2005) to travel.", "2005", "name"),
        (
            "The slick is expected to reach a reserve at the mouth of the river on Thursday.",
            "Thursday",
            "forecast",
        ),
        ("There are 50 days between now and December 3rd.", "December 3rd", "limit"),
        ("Let's do this again next month.", "next month", "greeting"),
        (
            "Arianna Freeman is a Managing Attorney, a position she has held since 2016.",
            "2016",
            "biography",
        ),
        (
            "Inspectors found 851 violations between June 2007 and February 2010.",
            "February 2010",
            "period",
        ),
        (
            "BP expects cash flow of $30 billion to $40 billion from operations this year.",
            "this year",
            "forecast",
        ),
        ("BP stuck to its August target to complete a relief well.", "August", "limit"),
        ("The researchers used data to the end of April for the model.", "April", "limit"),
        (
            "May 27, 2010 20:34 UTC There was the one about Katrina comparisons.",
            "May 27, 2010 20:34",
            "dateline",
        ),
        ("I'll have to see what comes out of the briefing today.", "today", "hedge"),
        (
            "But like we've all said today, the Court has made clear that it is over.",
            "today",
            "talk",
        ),
        ("Or tomorrow, the weather is nice and it is Sunday.", "Sunday", "stative"),
        ("Producers can expect awards before the end of April.", "April", "limit"),
        ("The site reported 10,053 cases, up from nearly 9,000 on Friday.", "Friday", "figure"),
        (
            "96% of schools were open, up from 46% of schools in January 2021.",
            "January 2021",
            "figure",
        ),
        ("Positivity was 4%, compared with 50% last week.", "last week", "figure"),
        ("As of 1700 BST on 15 June 2009, 76 countries reported cases.", "15 June 2009", "measure"),
        (
            "Fergus Walsh | 12:16 PM, Thursday, 28 May 2009 It's good to see progress.",
            "Thursday, 28 May 2009",
            "dateline",
        ),
        # a broadcaster's stamp of when its page was updated, glued to its name
        ("RTÉ News Updated / Friday, 9 Jan 2026 07:12", "Friday, 9 Jan 2026", "dateline"),
        ("As I shared last week, we continue to get more evidence.", "last week", "talk"),
        ("We'll have more announcements to come next week.", "next week", "talk"),
        ("Okay, a couple of items for you today.", "today", "here today"),
        ("I am beyond honored and humbled to be here today.", "today", "here today"),
        ("I think he's talked about what we saw on January 6th.", "January 6th", "talk"),
        (
            "Pfizer will deliver their 200 million doses before the end of May.",
            "the end of May",
            "limit",
        ),
        (
            "The Coast Guard appealed the 2004 Massachusetts Oil Spill Prevention Act.",
            "2004",
            "name",
        ),
        ("BP would raise its 2011 capital expenditure budget above $18 billion.", "2011", "name"),
        (
            "For people who received the vaccine a month ago, the risk is low.",
            "a month ago",
            "condition",
        ),
        ("Since 2012, approximately 825,000 people have been granted DACA.", "2012", "span"),
        ("Delta will carry formula between June 20 and June 24.", "June 24", "range end"),
        ("That was true yesterday.", "yesterday", "state"),
        ("It will be slower this year than it will be next year.", "this year", "state"),
        ("This week marked six months since the law went into effect.", "This week", "state"),
        # "before" right before the date is its preposition: the hedge governs the date
        (
            "I would not expect a bill to be on the floor before Memorial Day.",
            "Memorial Day",
            "forecast",
        ),
        (
            "For the week ending August 28, 2021, the hospitalization rate was 4.5 per 100,000.",
            "the week ending August 28, 2021",
            "measure",
        ),
        ("I promise you tomorrow I will have more final details.", "tomorrow", "talk"),
        ("All of the data I presented today tell a consistent story.", "today", "talk"),
        ("A storm expected to hit the coast on Friday threatens shipping.", "Friday", "forecast"),
        (
            "They are drilling wells that it hopes will halt the spill in August.",
            "August",
            "forecast",
        ),
        ("Emanuel said in an interview for ABC's “This Week” program.", "This Week", "name"),
        ("BP sued its partner MOEX Offshore 2007 LLC.", "2007", "name"),
        ("The world is a very different place today.", "today", "stative"),
        ("Today, of course, we live in a very different world.", "Today", "stative"),
        ("Today, we know cancer as a disease of many types.", "Today", "stative"),
        ("BP aims to plug the well late this month or in August.", "August", "limit"),
        ("Our goal is to have a factsheet out tonight.", "tonight", "limit"),
        ("The Today program's John Humphrys became frantic.", "Today", "name"),
        ("A-level exams are scheduled from now into June.", "June", "range end"),
        ("Already this year, FEMA has approved 20 grants to fight fires.", "this year", "span"),
        ("This year alone, 20 storms hit the coast.", "This year", "span"),
        ("I wish I had it with me on Friday because I got asked a question.", "Friday", "talk"),
        ("The question is whether, on Friday, you intended it to be 15,000.", "Friday", "question"),
        ("Authorities extended restrictions for another 10 days, to May 17.", "May 17", "limit"),
        ("The bill has a tax credit retroactive to January 1.", "January 1", "limit"),
        (
            "Blowout preventers are used on every well drilled in the world today.",
            "today",
            "stative",
        ),
        ("BP would cancel the dividend scheduled for payment on June 21.", "June 21", "negation"),
        ("Tonight I'd like to lay out for you what our battle plan is.", "Tonight", "here today"),
        ("I'm excited to hear more today about what you've done here.", "today", "here today"),
        ("The improvements are set to expire at the end of 2022.", "the end of 2022", "limit"),
        (
            "By the end of this time next year, we will have donated 1.2 billion doses.",
            "next year",
            "limit",
        ),
        ("Tom Friedman wrote about this being a “January 6th” moment.", "January 6th", "name"),
        ("MS. PSAKI: Well, April, I'd also say that the report was clear.", "April", "name"),
        ("Now, we take a leaf from the book of a heroic 1918 figure.", "1918", "name"),
        (
            "This article appeared on p22 of the Observer on Sunday 14 June 2009.",
            "Sunday 14 June 2009",
            "not text",
        ),
        ("The President had two calls over the weekend, since Thursday.", "Thursday", "span"),
        ("Here's my colleague from earlier today: the process works.", "earlier today", "talk"),
        ("Our focus today will be the decision by the FDA.", "today", "talk"),
        (
            "Delivery dropped to 38 percent in December from 92 percent the year before.",
            "the year before",
            "figure",
        ),
        # a hedge governs the date that ends its verb phrase; an expectation before it
        (
            "The firm could begin the final step to permanently seal the pipe late next week.",
            "late next week",
            "forecast",
        ),
        (
            "This could put pressure on the bank's plans to restore its payout early in 2023.",
            "early in 2023",
            "forecast",
        ),
        ("The agency said results were expected later today.", "later today", "forecast"),
        # a count over a whole year
        ("In 2021, the program made 2 million loans to small firms.", "2021", "period figure"),
        ("A year ago, we were at less than 1 percent.", "A year ago", "period figure"),
        ("In 2020 alone, wildfires resulted in $16.6 billion in damages.", "2020", "period figure"),
        (
            "The TSA said that Sunday was its busiest air travel day of the year.",
            "Sunday",
            "record",
        ),
        (
            "Mexico exported just $2 billion worth of goods to China last year.",
            "last year",
            "year output",
        ),
        # a quantity planned for a year or a month
        (
            "The firm said it would lease eight deep water drilling rigs this year.",
            "this year",
            "target",
        ),
        ("The association will donate 2 billion meals in 2023 to food banks.", "2023", "target"),
        (
            "The worst oil spill in history, entering its 73rd day on Thursday, goes on.",
            "Thursday",
            "day count",
        ),
        # a condition, also behind a parenthesis; a plan called off
        (
            "The firm faces $14bn in penalties, assuming the leak is plugged in August.",
            "August",
            "condition",
        ),
        (
            "Doctors wonder how they will cope if the flu, as expected, returns later this year.",
            "later this year",
            "condition",
        ),
        (
            "Some schools had to reschedule the tests scheduled for this week.",
            "this week",
            "negation",
        ),
        # a level today, the challenges we face today
        ("Today, that number is down to under 35 million.", "Today", "stative"),
        ("It's meeting the challenges that we face today.", "today", "stative"),
        (
            "Today, we're seeing states propose laws that make it harder to vote.",
            "Today",
            "stative",
        ),
        # a period's figure compared with all others, its level, a count "alone"
        (
            "More Americans started businesses last year than ever before.",
            "last year",
            "period figure",
        ),
        (
            "In August 2021, the rate of hospitalization was four times higher.",
            "August 2021",
            "period figure",
        ),
        (
            "The agency reported 250 outbreaks in birds in February alone.",
            "February",
            "period figure",
        ),
        ("And that number fell by 431,000 this month.", "this month", "level change"),
        ("An initial database of evaluations will be made public in 2023.", "2023", "future year"),
        (
            "The Treasury will convene a roundtable of elected officials later this year.",
            "later this year",
            "plan this year",
        ),
        (
            "In December, there were more than 300 million tests on the market.",
            "In December",
            "level stated",
        ),
        ("We saw broad-based job growth over the course of May.", "May", "period"),
        # a prediction's content; a state's other term; the future as a noun; a plea
        (
            "Forecasters predicted that the storm would gain strength before midday Saturday.",
            "Saturday",
            "forecast",
        ),
        (
            "The need for this partnership is as clear today as it was a year ago.",
            "a year ago",
            "stative",
        ),
        ("We hold in our hearts those still hoping for a brighter tomorrow.", "tomorrow", "name"),
        ("And please, please go get vaccinated today.", "today", "greeting"),
        ("The agency is removing the requirement by the fall of 2022.", "2022", "limit"),
        # a reporter given the floor, an issue of a magazine
        ("Go ahead, April.", "April", "name"),
        # a plan known only to its month ahead, an act expected of another, no verb that happens
        (
            "The companies said the sale of three fields will close next month.",
            "next month",
            "month ahead",
        ),
        (
            "The spill could soon turn into a major political liability for the party ahead of November elections.",
            "November",
            "run-up",  # (and a month ahead): what ends the period, not when it happens
        ),
        (
            "The minister said he expected the chief to resign and the board to be told on Monday.",
            "on Monday",
            "expected of others",
        ),
        # a change forecast in a schedule's words, a noun's schedule in an aside (plans.py)
        (
            "Tropical storm Ada was set to become a hurricane on Tuesday, delaying the work.",
            "on Tuesday",
            "forecast change",
        ),
        (
            "The board is considering deferring the dividend, which is due to be announced on 27 October.",
            "on 27 October",
            "noun schedule",
        ),
        # a count held as of the day a source told it (measured.py)
        (
            "The country has 2,140 confirmed cases of the new flu, the agency said on Sunday.",
            "on Sunday",
            "count held",
        ),
        # a count of a period in a participle's phrase (measured.py)
        (
            "The scheme helps poor families, with 2.1 million children qualifying for it in 2019.",
            "in 2019",
            "counted period",
        ),
        (
            "In August, several bankers doubted whether the airline could last.",
            "In August",
            "no deed",
        ),
        ("He signed a copy of the January edition of the magazine.", "January", "name"),
        # figures reported (tallies.py), a briefing's own occasion, a clause cut open (transcript.py)
        (
            "Yesterday, the agency reported 52,310 — 52,301 measles infections.",
            "Yesterday",
            "count reported",
        ),
        ("Today's figures are a reminder that the recovery is strong.", "Today", "data shows"),
        (
            "Output fell 3 percent, compared to April to June 2021, to 2 million barrels.",
            "June 2021",
            "compared",
        ),
        (
            "Last year, the program led to a 30% reduction in rural poverty.",
            "Last year",
            "change stated",
        ),
        (
            "As I said at the start of this briefing today, we have a guest.",
            "today",
            "own occasion",
        ),
        (
            "That answers a question someone asked, sort of, yesterday.",
            "yesterday",
            "asked in the room",
        ),
        ("She wrote *Rivers of the Delta* (with Ortiz & Lee, 2019).", "2019", "citation year"),
        ("She received an award for the Farm 2000 initiative.", "2000", "programme year"),
        (
            "Today's announcement builds on the agency's earlier efforts.",
            "Today",
            "announcement comment",
        ),
        ("Today's event builds on the agency's work with the island.", "Today", "announcement comment"),
        ("Today's announcement from the agency is a victory for drivers.", "Today", "announcement comment"),
        ("I apologize for this being short today.", "today", "here today"),
        ("And then, on the mayors who were being invited on Monday —", "on Monday", "cut off"),
        ("My football question is: Today's game is the first with a full stadium.", "Today", "talk"),
        ("It's easy to ask what could have happened three months, four months ago.", "four months ago", "hedge"),
        ("And as you heard the President say last night, he came here to meet them.", "last night", "talk"),
        ("**Lisbon, Portugal, 3-4 May 2022**", "3-4 May 2022", "heading date"),
        ("*President Jane Roe, April 7, 2022*", "April 7, 2022", "heading date"),
        ("I know some of you have to get to another event this evening.", "this evening", "here today"),
        ("Well, let me begin by thanking the mayors for coming in today.", "today", "greeting"),
        ("And you told reporters last week that —", "last week", "cut open"),
        # a period's total, a level's place, a rank since (levels.py); a lack, an occasion's
        # terms, the calendar (terms.py); a day as a label, items announced (transcript.py)
        ("The food bank distributed over 4 million meals last year.", "last year", "period total"),
        ("The agency's 85 rulings this year also cover appeals.", "this year", "year count"),
        ("Support is at 41 percent, up significantly from last month.", "from last month", "change from"),
        (
            "The company said Tuesday that it was spending $2 million a day on repairs.",
            "Tuesday",
            "rate said",
        ),
        ("On Thursday, the carrier's shares were up 3.1 pct.", "On Thursday", "level is"),
        (
            "The study measured the loss from March to August, the middle of 2021.",
            "the middle of 2021",
            "range restated",
        ),
        (
            "The participation rate rose by three tenths of a percent last month.",
            "last month",
            "change in words",
        ),
        (
            "It was the best year for factory hiring since records began in 1939.",
            "1939",
            "ranked since",
        ),
        ("Millions of rural homes today lack access to broadband.", "today", "lacking"),
        (
            "For the March 3, 2022 auction, all bidders were required to register in person.",
            "the March 3",
            "occasion terms",
        ),
        ("The wildfire season in the West began this month.", "this month", "calendar"),
        (
            "Shares in Norfjord, the ferry operator, dropped 3.2 percent on Thursday.",
            "on Thursday",
            "market move",
        ),
        (
            "The shares are up 12 percent since the close of trading on Monday.",
            "on Monday",
            "market reference",
        ),
        (
            "At the start of last week, the carrier was valued at $12bn.",
            "the start of last week",
            "market value",
        ),
        (
            "The carrier said on Monday it had spent $1.2 billion so far on the recall.",
            "on Monday",
            "running total",
        ),
        (
            "In 2019, the latest year for which figures are available, the disease killed 3,000 people.",
            "In 2019",
            "latest figures",
        ),
        (
            "This year, over 300 libraries in 20 states have reported that they will stay open late.",
            "This year",
            "period tally",
        ),
        ("Today, we reaffirm our commitment to fair wages.", "Today", "stance"),
        (
            "**Closing** Today, with a shared vision, we once again emphasize the importance of values.",
            "Today",
            "stance",
        ),
        ("Today marks the finish line of the Challenge.", "Today", "term boundary"),
        ("In 2019, the company spent nearly $9m on lobbying.", "In 2019", "year spending"),
        (
            "Storms, which last year caused more than $45 billion in damages, grow stronger.",
            "last year",
            "year cost",
        ),
        (
            "The plan builds on more than $400 million in grants for rural clinics last year.",
            "last year",
            "sum period",
        ),
        (
            "Today, the agency announced that more than 90,000 families have enrolled in the plan.",
            "Today",
            "total told",
        ),
        (
            "The bill adds $30 million for parks, an increase of $5 million over last year's level.",
            "last year",
            "comparison base",
        ),
        (
            "The number of measles cases in the county rose by 6 to 140 today.",
            "today",
            "count level",
        ),
        ("cents This article was amended on 2 September 2022.", "2 September 2022", "page note"),
        ("Today was supposed to be the festival's opening day.", "Today", "supposed to"),
        ("MS. JONES:  Oh, it's our Monday visitor.", "Monday", "day label"),
        ("Okay, a few items on the schedule today.", "today", "items ahead"),
        # an expectation, sympathy held (stances.py); a remark on the day, a correction (remarks.py)
        (
            "The crews had been expecting to spend this week pouring the concrete.",
            "this week",
            "expectation",
        ),
        (
            "This year, as we mark the festival, we hold in our hearts the families far from home.",
            "This year",
            "sympathy",
        ),
        ("Today's a fine example of that.", "Today", "day example"),
        ("Sorry, or March 3rd, rather.", "March 3rd", "correction alone"),
        ("Just keeping you on your toes this Friday.", "this Friday", "aside"),
        # a scene, a day described, a state over a whole period (scenes.py)
        (
            "On Sunday, the ferries were moored at the pier, waiting for the wind to drop.",
            "On Sunday",
            "scene",
        ),
        ("She obviously had a very long day yesterday.", "yesterday", "day described"),
        ("Ortiz led the council for all of 2021.", "2021", "whole period"),
        ("Before 2001, the agency was organized differently.", "2001", "before period"),
        ("The storm season typically peaks in August and ends later.", "August", "generic"),
        ("For a number of reasons, fishing conditions this year looked superb.", "this year", "linking state"),
        ("Today, many U.S. bakeries buy their flour abroad.", "Today", "today quantified"),
        ("Today, the country stands at a crossroads.", "Today", "goes on"),
        ("Labor Day is not that far away, and families are planning trips.", "Labor Day", "distance"),
        ("Obviously, a lot was happening yesterday in the markets.", "yesterday", "unnamed happenings"),
        ("Today, the two countries celebrate 100 years of relations.", "Today", "observed"),
        ("The contest closes on October 12 at noon.", "on October 12", "term bound"),
        ("She has led the team, its budget and its exhibitions since 2014.", "since 2014", "post since"),
        ("Children who got a first dose this week will be protected by New Year.", "this week", "class condition"),
        ("Modern tankers today generally don't leak.", "today", "nowadays habit"),
        ("Divers once went down; today they have robots for the work.", "today", "nowadays present"),
        (
            "- **Raising the threshold.** Today, products qualify as Made in America if most parts are made here.",
            "Today",
            "nowadays present",
        ),
        (
            "Today, [three states and fifteen cities have legislatively adopted the right](https://x.org).",
            "Today",
            "today quantified",
        ),
        ("It is an order that would take effect, as you said, two weeks from now.", "two weeks from now", "would ahead"),
        ("The catch is small, and 2019 was shaping up to be a record year.", "2019", "characterised"),
        ("The survey is the third such effort in 2019, which the council has declared the Year of Rivers.", "in 2019", "designated"),
        ("Commuters wearing scarves wait for a train in Lyon March 2, 2016.", "March 2, 2016", "caption"),
        ("The levy had been in place since 1931 and raised little.", "since 1931", "held since"),
        ("Since 2014, the Act has helped provide health insurance to millions.", "Since 2014", "service since"),
        ("He joined the Army Reserve and today resides in Hawaii.", "today", "residence"),
        ("The help line is open 9 a.m. to 5 p.m., Monday to Friday.", "Friday", "weekly"),
        (
            "The course runs ten weeks, beginning on Monday, March 6 and ending on Friday, May 12.",
            "on Friday, May 12",
            "span closing",
        ),
        # a date that belongs to a noun, an alternative or a condition (belongs.py)
        (
            "Officials will brief the governors either on the phone this week or when they return.",
            "this week",
            "alternative",
        ),
        (
            "Should today's proposed rule be finalized, families may qualify for credits.",
            "today",
            "inverted condition",
        ),
        (
            "A co-author of a 2005 National Academies report on dispersants told Nature it was risky.",
            "2005",
            "document year",
        ),
        (
            "He produced “Spain’s 9/11 and the Challenge of Radical Islam in Europe” for PBS.",
            "9/11",
            "in a title",
        ),
        (
            "The coalition pushed for a schedule that included trials on key issues in March.",
            "in March",
            "plan content",
        ),
        (
            "BP executives will likely face renewed pressure when they testify to Congress this week.",
            "this week",
            "future time clause",
        ),
        (
            "The agency will use the information gathered in December to plan its purchases.",
            "in December",
            "future month",
        ),
        (
            "The President will travel to Fort Bragg to celebrate Thanksgiving with the troops.",
            "Thanksgiving",
            "holiday occasion",
        ),
        (
            "A spokesman said the company hoped later this week to divert more oil.",
            "later this week",
            "intended infinitive",
        ),
        # a poll's window, a poll's finding, an estimate, a level reached (surveys.py)
        (
            "The survey of 1,200 voters was conducted September 9-12 by telephone.",
            "September 9-12",
            "survey window",
        ),
        (
            "Most residents oppose the toll, according to a university poll released on Tuesday.",
            "on Tuesday",
            "poll finding",
        ),
        (
            "A brokerage estimated in early August that the recall could cost the carmaker $2 billion.",
            "in early August",
            "estimate",
        ),
        (
            "We hit the 5 millionth shot sometime yesterday, if not before.",
            "sometime yesterday",
            "milestone",
        ),
        (
            "The chart shows new infections among teachers from March 1st up to, roughly, May 2nd.",
            "from March 1st",
            "data window",
        ),
        (
            "Now three more pupils, off sick on Tuesday, have been confirmed as infected.",
            "Tuesday",
            "aside date",
        ),
        (
            "The rebates reached most families a couple of weeks after Labor Day.",
            "Labor Day",
            "offset reference",
        ),
        (
            "We've seen surges in cases after Christmas.",
            "Christmas",
            "sequence reference",
        ),
    ],
)
def test_not_happenings_are_not_events(make_seeds, sentence, expression, label):
    corpus = load_corpus(make_seeds({"a.txt": f"date 2022-09-23 {sentence}\n"}))
    analyses = analyse_by_hand(corpus, {"a": [(expression, "DATE")]})
    assert build_chronology(corpus, analyses, {}).events == ()
    from generator.chronology.dates import resolve_expression
    from generator.chronology.happenings import not_a_happening

    start = sentence.index(expression)
    when = resolve_expression(expression, "2022-09-23", sentence=sentence, start=start)
    assert when is not None
    assert not_a_happening(sentence, when, sentence.find(when.expression)) == label


@pytest.mark.parametrize(
    ("sentence", "expression"),
    [
        ("Since 2019, the US and dozens of other countries do not recognize Maduro.", "2019"),
        ("The courthouse had been closed since March 2020, leaving tenants alone.", "March 2020"),
        ("This vaccine was approved on Saturday.", "Saturday"),
        ("The meeting this morning was a reflection of his priorities.", "this morning"),
        ("BP scrapped its payouts to shareholders this year.", "this year"),
        ("We were pleased to see the President highlight the measures tonight.", "tonight"),
        (
            "Twenty-five years ago, President Clinton signed the CHIP into law.",
            "Twenty-five years ago",
        ),
        ("In 2017, President Obama visited the museum with its board.", "2017"),
        ("The commitment announced today includes $50 million for rural clinics.", "today"),
        ("Today, President Biden announced actions after today's decision.", "Today"),
        ("The Senate confirmed Judge Jackson on April 7.", "April 7"),
        ("The President will travel to Bali on November 14.", "November 14"),
        # the hedge is in what was said, not in the saying
        ("BP's Alaska unit said on Wednesday it will probably delay drilling.", "Wednesday"),
        ("The spill, which could be the worst ever, began on April 20.", "April 20"),
        ("The costs of the explosion two weeks ago could exceed $14 billion.", "two weeks ago"),
        # a condition after the date, a reporting frame after a quotation, a frame
        ("Lavrov today said that Moscow will act if the allies refuse.", "today"),
        (
            "“Unless we send the Navy down, we depend on BP,” Clinton told reporters on June 29.",
            "June 29",
        ),
        ("If you look back at 1980, the United States led a boycott of the Games.", "1980"),
        # a reference word without a figure; a date that names the happening
        ("The ports of the Gulf have been closed since Sunday due to strong surf.", "Sunday"),
        ("BP shares are down 10 percent since the April 20 rig explosion.", "April 20"),
        # a quoted question is a title; "thanks to" is no thanks
        ("The committee holds a hearing on Tuesday titled “Have Courts Erred?”", "Tuesday"),
        ("Thanks to the new law, the plant reopened today.", "today"),
        ("You may have noticed the protests across the street last week.", "last week"),
        ("The board agreed not to pay dividends this year.", "this year"),
        ("Exxon has not paid the damages of the 1989 Valdez spill.", "1989"),
        # a hedge before a past event; a saying far from the date; a cut-off report
        ("I believe they gave an update on that this morning.", "this morning"),
        ("I think the President mentioned yesterday that it was discussed.", "yesterday"),
        ("You mentioned the data of the agency that was released on Tuesday.", "Tuesday"),
        ("And he spoke with the President of Ukraine on Friday as well —", "Friday"),
        ("The explosion killed 15 and injured 170 others in 2005.", "2005"),
        ("A worker ties a boom used to mop oil from a beach on June 24, 2010.", "June 24, 2010"),
        ("The Army Corps of Engineers put me in charge of the Recovery Act in 2009.", "2009"),
        ("This was a follow-up to the meeting the President convened last month.", "last month"),
        ("Souter retired last year.", "last year"),
        ("Since this came through today, the law takes effect.", "today"),
        ("Protesters marched in more than 50 cities from Thursday to Saturday.", "Thursday"),
        ("Today, we'll begin shipping 1.5 million doses to Sri Lanka.", "Today"),
        ("The name it carried from the 1950s to 1998, when it merged in 1998.", "in 1998"),
        # a hedge far before a past form, a past date, a date naming a happening
        (
            "Those results may seem at odds with a large study of nurses published by the agency last Thursday.",
            "last Thursday",
        ),
        (
            "His team could find no trace of oil on the surface of the sea near the well last week.",
            "last week",
        ),
        ("Everything is proceeding as expected today.", "today"),
        # the measure of one happening in a year; a count in a year not opening the sentence
        ("In 2006, the pipeline leaked 200,000 gallons of oil into the tundra.", "2006"),
        ("The President will travel to Bali with 200 officials on November 14.", "November 14"),
        ("The spill would make it eight times worse than the Exxon Valdez spill in 1989.", "1989"),
        ("Everything went as planned, the agency said on Tuesday.", "Tuesday"),
        ("This week alone, the President announced efforts to lower costs.", "This week"),
        ("The death toll rose to 15 on Monday.", "Monday"),
        ("Please do not forget that a pipeline exploded near the town in 1999.", "1999"),
        ("Reports of a shooter today shook the school.", "today"),
        (
            "On June 15, a panel said the flow rate was higher, and documents released last week showed it.",
            "last week",
        ),
        ("The explosion killed 15 and injured 170 others in 2005.", "2005"),
        # what was done to the things counted; someone else's call; a whole clause cut off
        ("We shipped out 28 million doses this week.", "this week"),
        (
            "The President told the Chancellor in a phone call on Friday that he would help.",
            "Friday",
        ),
        ("And he met the Chancellor in Berlin on Friday as well —", "Friday"),
        ("Tuesday's report argued that the industry risked losing customers.", "Tuesday"),
        # a plea and a verdict are no negation
        ("The chairman and a referee pleaded not guilty on Thursday to the charges.", "Thursday"),
        ("A jury found the company not liable on Friday.", "Friday"),
        # a report published on a day, told in a sentence: no page's stamp
        ("The audit, published on Friday, found gaps in the tender.", "Friday"),
    ],
)
def test_happenings_stay_events(make_seeds, sentence, expression):
    corpus = load_corpus(make_seeds({"a.txt": f"date 2022-09-23 {sentence}\n"}))
    analyses = analyse_by_hand(corpus, {"a": [(expression, "DATE")]})
    assert len(build_chronology(corpus, analyses, {}).events) == 1


def test_near_span_allows_a_month_either_side():
    assert OUTSIDE_SPAN_DAYS == 31
    span = ("2022-03-01", "2022-03-31")
    assert near_span("2022-01-29", span) and near_span("2022-05-01", span)
    assert not near_span("2022-01-28", span) and not near_span("2022-05-02", span)
    assert near_span("2022-02", span)  # a month counts from its first day


def test_dated_by_publication_reads_the_expression(two_reports):
    corpus, analyses, entities, _ = two_reports
    event = build_chronology(corpus, analyses, entities).events[0]
    assert dated_by_publication(replace(event, expression="earlier this morning"))
    assert dated_by_publication(replace(event, expression="Tonight"))
    assert not dated_by_publication(replace(event, expression="on Friday"))


def test_every_rule_is_tested_by_name():
    from generator.chronology.happenings import HAPPENING_RULES

    names = [name for name, _ in HAPPENING_RULES]
    assert len(names) == len(set(names))
    tested = test_not_happenings_are_not_events.pytestmark[0].args[1]
    assert {label for _, _, label in tested} == set(names)


def test_a_sentence_whose_subject_is_a_pronoun_is_summarised_with_the_one_before(make_seeds):
    text = "Secretary Blinken spent the week in Europe. He met Foreign Minister Lavrov on Tuesday."
    corpus = load_corpus(make_seeds({"a.txt": f"date 2021-07-16 {text}\n"}))
    analyses = analyse_by_hand(corpus, {"a": [("Tuesday", "DATE")]})
    (event,) = build_chronology(corpus, analyses, {}).events
    assert event.date == "2021-07-13"
    assert [s.sentence for s in event.sources] == [1, 2]
    assert event.summary == text


@pytest.mark.parametrize(
    "opening", ["WASHINGTON -- ", "(AP Photo/Ann Lee) NEW ORLEANS -- ", "(AP Photo) "]
)
def test_a_summary_opens_where_the_story_does_after_a_dateline_or_credit(make_seeds, opening):
    text = f"{opening}The House approved a bill on Friday to boost offshore safety."
    corpus = load_corpus(make_seeds({"a.txt": f"date 2010-07-31 {text}\n"}))
    analyses = analyse_by_hand(corpus, {"a": [("Friday", "DATE")]})
    (event,) = build_chronology(corpus, analyses, {}).events
    assert event.date == "2010-07-30"
    assert event.summary == "The House approved a bill on Friday to boost offshore safety."


def test_a_pronoun_after_an_opening_date_is_summarised_with_its_subject(make_seeds):
    text = "BP has struggled to stop the leak. On Tuesday, it said it had capped the well."
    corpus = load_corpus(make_seeds({"a.txt": f"date 2010-07-16 {text}\n"}))
    analyses = analyse_by_hand(corpus, {"a": [("Tuesday", "DATE")]})
    (event,) = build_chronology(corpus, analyses, {}).events
    assert event.date == "2010-07-13"
    assert [s.sentence for s in event.sources] == [1, 2]
    assert event.summary.startswith("BP has struggled")


def test_a_pronoun_subject_goes_back_to_the_sentence_that_names_it(make_seeds):
    text = (
        "BP published its plan for the well. It added that costs were rising. "
        "On Tuesday, it said it had capped the well."
    )
    corpus = load_corpus(make_seeds({"a.txt": f"date 2010-07-16 {text}\n"}))
    analyses = analyse_by_hand(corpus, {"a": [("Tuesday", "DATE")]})
    (event,) = build_chronology(corpus, analyses, {}).events
    assert [s.sentence for s in event.sources] == [1, 2, 3]
    assert event.summary.startswith("BP published")
    assert event.summary.endswith("On Tuesday, it said it had capped the well.")


def test_a_pronoun_subject_is_not_looked_for_too_far_back(make_seeds):
    text = "BP published its plan. " + "It added more. " * 3 + "On Tuesday, it capped the well."
    corpus = load_corpus(make_seeds({"a.txt": f"date 2010-07-16 {text}\n"}))
    analyses = analyse_by_hand(corpus, {"a": [("Tuesday", "DATE")]})
    (event,) = build_chronology(corpus, analyses, {}).events
    assert [s.sentence for s in event.sources] == [5]
    assert event.summary == "On Tuesday, it capped the well."


def test_a_pronoun_in_a_new_paragraph_is_not_linked_to_the_paragraph_before(make_seeds):
    text = "Secretary Blinken spent the week in Europe.\n\nHe met Lavrov on Tuesday."
    corpus = load_corpus(make_seeds({"a.txt": f"date 2021-07-16 {text}\n"}))
    analyses = analyse_by_hand(corpus, {"a": [("Tuesday", "DATE")]})
    (event,) = build_chronology(corpus, analyses, {}).events
    assert [s.sentence for s in event.sources] == [2]
    assert event.summary == "He met Lavrov on Tuesday."


def test_a_question_is_no_event_but_still_refers_to_its_day(make_seeds):
    sentence = "Will the President sign the bill on Friday?"
    corpus = load_corpus(make_seeds({"a.txt": f"date 2022-09-20 {sentence}\n"}))
    analyses = analyse_by_hand(corpus, {"a": [("Friday", "DATE")]})
    chronology = build_chronology(corpus, analyses, {})
    assert chronology.events == ()
    assert "2022-09-23" in {k.date for k in chronology.key_dates}
    # a figure's reference point refers to no happening of its day
    sentence = "As of Friday, the seven-day average was 5,500 admissions."
    corpus = load_corpus(make_seeds({"b.txt": f"date 2022-09-26 {sentence}\n"}))
    analyses = analyse_by_hand(corpus, {"b": [("Friday", "DATE")]})
    assert "2022-09-23" not in {k.date for k in build_chronology(corpus, analyses, {}).key_dates}


def test_a_titles_dates_are_references_never_events(make_seeds):
    from generator.chronology.events import dated_sentences

    seeds = make_seeds(
        {
            # The title's own day (the publication's) is no reference; another day is one.
            "a.txt": "date 2022-01-06\nRemarks by the Mayor on the Anniversary of January 6, "
            "2021, January 6, 2022\n\nIn March. The mayor spoke at the port on Tuesday.\n",
        }
    )
    corpus = load_corpus(seeds)
    marks = {
        "a": [
            ("January 6, 2021", "DATE"),
            ("January 6, 2022", "DATE"),
            ("March", "DATE"),
            ("Tuesday", "DATE"),
        ]
    }
    analyses = analyse_by_hand(corpus, marks)
    found = {(c.when.date, c.sentences, c.reason) for c in dated_sentences(corpus, analyses, {})}
    assert ("2021-01-06", (1,), "title") in found
    assert not any(date == "2022-01-06" for date, _, _ in found)
    # "In March." is a fragment of the body: it does not date the title before it.
    assert ("2022-03", (2,), None) in found
    chronology = build_chronology(corpus, analyses, {})
    assert chronology.events and all(s.sentence != 1 for e in chronology.events for s in e.sources)
    assert "2021-01-06" in {k.date for k in chronology.key_dates}


def test_a_first_sentence_ending_with_the_publication_date_is_a_heading(make_seeds):
    text = (
        "Press Briefing by Press Secretary Jen Psaki and Deputy National Security Advisor "
        "Anne Neuberger, May 10, 2021\n\nThe President met the governors on Friday."
    )
    corpus = load_corpus(make_seeds({"a.txt": f"date 2021-05-10 {text}\n"}))
    analyses = analyse_by_hand(corpus, {"a": [("May 10, 2021", "DATE"), ("Friday", "DATE")]})
    events = build_chronology(corpus, analyses, {}).events
    assert [e.date for e in events] == ["2021-05-07"]


def test_a_year_naming_a_noun_does_not_date_a_clause_whose_own_date_is_left_out(make_seeds):
    text = "Later this week the watchdog will meet exam boards and ministers to discuss this year's exams."
    corpus = load_corpus(make_seeds({"a.txt": f"date 2009-05-05 {text}\n"}))
    analyses = analyse_by_hand(corpus, {"a": [("Later this week", "DATE"), ("this year", "DATE")]})
    assert build_chronology(corpus, analyses, {}).events == ()
    kept = "Officials postponed this year's exams."  # no finer date left out: the year stays
    corpus = load_corpus(make_seeds({"a.txt": f"date 2009-05-05 {kept}\n"}))
    analyses = analyse_by_hand(corpus, {"a": [("this year", "DATE")]})
    assert len(build_chronology(corpus, analyses, {}).events) == 1


def test_a_holiday_wished_alone_is_a_greeting():
    from generator.chronology.dates import resolve_expression
    from generator.chronology.happenings import not_a_happening

    for sentence in ("THE FIRST LADY:  Hi!  Happy Thanksgiving.", "Happy Thanksgiving, everybody."):
        start = sentence.find("Thanksgiving")
        when = resolve_expression("Thanksgiving", "2022-11-24", sentence, start)
        assert when is not None
        assert not_a_happening(sentence, when, sentence.find(when.expression)) == "greeting"
    kept = "On Thanksgiving, the President called troops in Iraq."
    when = resolve_expression("Thanksgiving", "2022-11-24", kept, kept.find("Thanksgiving"))
    assert when is not None and not_a_happening(kept, when, kept.find(when.expression)) is None


def test_ground_rules_of_research_are_no_call_logistics():
    from generator.chronology.dates import resolve_expression
    from generator.chronology.happenings import not_a_happening

    sentence = "We laid the ground rules on Monday for the research."
    when = resolve_expression("on Monday", "2010-07-18", sentence, sentence.find("on Monday"))
    assert when is not None
    assert not_a_happening(sentence, when, sentence.find(when.expression)) is None


def test_a_sentence_cut_inside_a_ticker_is_read_whole(make_seeds):
    # The wire's ticker "(ACME.L)" was broken at its period: loading makes the symbol
    # whole (ingest/text.py), and the event reads the one sentence.
    seeds = make_seeds(
        {
            "t.txt": "date 2009-05-04 The drugmaker Acme Holdings (ACME.\n"
            "L) will give vaccines to poor countries, a newspaper reported on Sunday.\n"
        }
    )
    corpus = load_corpus(seeds)
    analyses = analyse_by_hand(corpus, {"t": [("on Sunday", "DATE")]})
    (event,) = build_chronology(corpus, analyses, {}).events
    assert event.text.startswith("The drugmaker Acme Holdings (ACME.L) will give")
    assert [s.sentence for s in event.sources] == [1]


@pytest.mark.parametrize(
    ("previous", "text", "cut"),
    [
        ("Traffic soared at the agency's site ABC.", "gov last month, as people looked.", True),
        ("The drugmaker Acme Holdings (ACME.", "L) said on Monday it would help.", True),
        ("The drugmaker Acme Holdings (ACME.L) said so.", "L) said on Monday it would help.", False),
        ("He came home.", "com last month, the word meant little.", False),
        ("Traffic soared at the agency's site ABC.", "Gov. Lee spoke last month.", False),
    ],
)
def test_cut_open_needs_the_cut_before_it(previous, text, cut):
    assert events_module._cut_open(previous, text) is cut
