"""The rules of not_a_happening read one sentence at a time: each case gives a sentence,
the date's expression in it and the rule that must leave it out (or None: a happening
that must stay). Publication date 2022-09-23 (a Friday)."""

from __future__ import annotations

import pytest

from .chronology_fixtures import happening_reason


@pytest.mark.parametrize(
    ("sentence", "expression", "reason"),
    [
        # a speaker's hedge with a contracted "I'm", "we're"
        ("I'm not sure that he has received an update today on the case.", "today", "hedge"),
        ("We're not sure the meeting happened on Tuesday.", "Tuesday", "hedge"),
        ("I believe they gave an update on that this morning.", "this morning", None),
        ("I'm told the President signed the order on Tuesday.", "Tuesday", None),
        # a condition after a filler and a comma
        (
            "So, if you got your second shot on February 1st, you can get a booster on October 1st.",
            "October 1st",
            "condition",
        ),
        ("So, the agency approved the booster on Tuesday.", "Tuesday", None),
        # someone else's words recalled, and a reporter's asking
        # (a statement recalled with its content is the statement made then, recalled.py)
        ("As the President said yesterday, we cannot afford any delay.", "yesterday", None),
        ("As I said a few minutes ago, our view is that this can be a week of progress.", "a few minutes ago", "talk"),
        ("As I said yesterday, and I'll just reiterate now, it's 2:50 in the afternoon.", "yesterday", "talk"),
        ("Last month, you said it would be soon.", "Last month", "talk"),
        (
            "And, again, I would reiterate — something I conveyed yesterday — that he believes the law violates rights.",
            "yesterday",
            None,
        ),
        ("It was what I was talking about yesterday.", "yesterday", "talk"),
        # an aside closed by its comma gives the saying no time: the date is the happening's
        ("The person developed mild symptoms, as you noted, on November 22nd.", "on November 22nd", None),
        ("The person developed mild symptoms as you noted on November 22nd.", "on November 22nd", "talk"),
        (
            "The panel meets to discuss the vaccines, as Dr. Walensky said yesterday.",
            "yesterday",
            "talk",
        ),
        ("So my question is on the guidance yesterday.", "yesterday", "talk"),
        ("So, as Aamer noted, the President spoke today with the allies.", "today", None),
        ("The President said yesterday that the talks would go on.", "yesterday", None),
        # a hedge whose subject the date names; hope
        ("Next week's tests are expected to go ahead as planned.", "Next week", "forecast"),
        ("He is hopeful that next year will be a moment to celebrate.", "next year", "forecast"),
        ("Next week's summit will open in Geneva.", "Next week", None),
        # an anniversary marked on the date
        ("Friday marks the one-year anniversary of the enactment of the law.", "Friday", "state"),
        (
            "Today, as we mark the anniversary of the pact, we reaffirm our commitment.",
            "Today",
            "state",
        ),
        (
            "On June 6, he would travel to attend events marking the 65th anniversary of D-Day.",
            "June 6",
            None,
        ),
        # "today" opening a plain "be": where things are; a progressive or a trip stays
        ("Today, there are nine on the market.", "Today", "stative"),
        ("Today, our hearts are with India.", "Today", "stative"),
        ("Today, the White House and HHS are re-opening the pledge.", "Today", None),
        ("Today, the President is also announcing a $1 billion challenge.", "Today", None),
        ("And today, he's in Poland, where he met with our troops.", "today", None),
        # a biography's earlier post
        (
            "Previously, he was CEO of Endgame, a software company, from 2012 until 2019.",
            "2012",
            "biography",
        ),
        # a level stated at the date; a passive, a future, a report of one stay
        ("Today, 100 million Americans are fully vaccinated.", "Today", "level stated"),
        (
            "In December, there were more than 300 million tests on the market.",
            "In December",
            "level stated",
        ),
        (
            "And today, 79 percent of adults have at least their first shot.",
            "today",
            "level stated",
        ),
        # ("there" is the subject of a clause of being, no noun the date names)
        ("On Friday there were 1,260 confirmed cases in the country.", "On Friday", "level stated"),
        ("On April 20, 11 workers were killed in the explosion.", "April 20", None),
        ("Doses go out in June as soon as these 60 million doses are cleared.", "June", None),
        # (not a level stated; "remain closed" is a state ahead, no past deed: deeds.py)
        (
            "The schools of the city of 20 million people will remain closed this week.",
            "this week",
            "month ahead",
        ),
        ("Today, the department announced that 2 million people have signed up.", "Today", None),
        # the later end of a range with a dash; a day after "from today" stays
        (
            "The First Lady will travel to Romania from May 5 – May 9, 2022.",
            "May 9, 2022",
            "range end",
        ),
        ("Three weeks from today—April 5—the program will stop accepting claims.", "April 5", None),
        # a bare year inside a name; not before a happening's noun
        (
            "The State Department will lead the new PACC 2030 Investment Facilitation Team.",
            "2030",
            "name",
        ),
        ("The President's 2023 Budget includes investments in housing.", "2023", "name"),
        ("The board investigated BP's 2005 Texas City refinery explosion.", "2005", None),
        ("In 2019 Congress passed the law.", "2019", None),
        # a year after the publication's: a plan; a day ahead stays
        (
            "An initial database of evaluations will be released next year.",
            "next year",
            "future year",
        ),
        # (the hosting is next year's; the offer, past, is not dated by it)
        (
            "They offered to host APEC next year because of our focus on trade.",
            "next year",
            "future year",
        ),
        ("They met to discuss their countries' upcoming elections in 2023.", "2023", "future year"),
        ("The President will travel to Bali on November 14.", "November 14", None),
        ("The House passed the bill this year.", "this year", None),
        # "today" as a term of a comparison; the briefing's own questions
        (
            "Everyone who benefits is better off today than they were a year ago.",
            "today",
            "stative",
        ),
        ("That insight is more relevant than ever today.", "today", "stative"),
        (
            "Tonight, the President made clear that America is stronger today than a year ago.",
            "Tonight",
            None,
        ),
        ("So, Peter's question yesterday was about the pipeline.", "yesterday", "talk"),
        ("I did not give any indication that we had that view yesterday.", "yesterday", "talk"),
        (
            "Yesterday he was asked a question in Kentucky, and he said that it should pass.",
            "Yesterday",
            None,
        ),
        # a continuation, a deadline before a colon, a citation's note
        (
            "The President will continue to make the case for his agenda next week.",
            "next week",
            "forecast",
        ),
        ("He continued to make the case for his agenda last week.", "last week", None),
        (
            "The federal contractor deadline is a couple weeks past that: December 8th.",
            "December 8th",
            "limit",
        ),
        (
            "See the Council's page, https://example.gov/council (last visited July 14, 2022).",
            "July 14, 2022",
            "not text",
        ),
        # the briefing's own talk: more to come, what was heard, what someone alluded to
        ("MS. PSAKI: We'll have more this afternoon.", "this afternoon", "talk"),
        ("This is also a theme that we heard back in February.", "February", "talk"),
        (
            "And again, as Speaker Pelosi alluded to this morning, decisions need to be made.",
            "this morning",
            "talk",
        ),
        ("We saw the attack occur yesterday.", "yesterday", None),
        # a report's footnote, a title in italics, "as we know it today"
        (
            '<a href="#_ftnref32" id="_ftn32">[32]</a> R. Brandom, *A State Passes a Law*, Verge (June 3, 2022).',
            "June 3, 2022",
            "not text",
        ),
        (
            "Speaking with George Stephanopoulos on ABC's *This Week*, the Secretary pointed to it.",
            "This Week",
            "name",
        ),
        (
            "These actions will drive us toward ending cancer as we know it today.",
            "today",
            "stative",
        ),
        (
            "On July 13, 2022, the Deputy Attorney General issued a *directive* to all attorneys.",
            "July 13, 2022",
            None,
        ),
        # a weekday read apart from the date written right after it
        (
            "On **<u>Monday, May 9</u>**, the First Lady will meet the Government of Slovakia.",
            "Monday",
            "range end",
        ),
        # ... but in brackets, the weekday is read as that date (dates.py), one happening
        (
            "The news conference will be held Friday (May 8, 2009) at 10:30 a.m.",
            "Friday",
            None,
        ),
        ("On Monday, the First Lady met the Government of Slovakia.", "Monday", None),
        # a sign-off, the briefing's own talk, a peak as a reference point
        ("Talk to you Friday.", "Friday", "greeting"),
        ("We'll look forward to seeing you early next week.", "early next week", "greeting"),
        ("We gave a lengthy update on supply chains yesterday.", "yesterday", "talk"),
        ("I mean, it was said yesterday there.", "yesterday", "talk"),
        ("What we announced today is that we are launching relocation flights.", "today", None),
        (
            "Gas prices have declined by more than a dollar per gallon from their peak earlier this year.",
            "earlier this year",
            "measure",
        ),
        (
            "Shares of BP fell another 6 percent to a 14-year low on Friday.",
            "Friday",
            "level change",
        ),
        # what a day is called; nothing to report; a measure of things on a day
        ("And next Friday is, of course, Jobs Day.", "next Friday", "stative"),
        ("Tuesday was Saffron's first night of service under the new rules.", "Tuesday", None),
        ("There's no new endorsements of legislation to report today.", "today", "here today"),
        ("So I had an update this morning about the doses.", "this morning", "talk"),
        (
            "The seven-day average of new admissions on February 16th was 7,200.",
            "February 16th",
            "measure",
        ),
        ("The panels made a number of recommendations in early 2021.", "early 2021", None),
        (
            "On January 20th, there was a seven-day average of 890,000 shots per day.",
            "January 20th",
            "level stated",
        ),
        # an observance the speaker joins; a law that sunsets; months a period runs over
        (
            "Today, we join people across the country celebrating and honoring his legacy.",
            "Today",
            "state",
        ),
        ("Today, on World Humanitarian Day, we honor the humanitarian workers.", "Today", "state"),
        ("Today, the President honored the workers at a ceremony.", "Today", None),
        ("Another bill extends a law that sunsets next month.", "next month", "limit"),
        (
            "OPEC+ announced it would increase supply over the course of July and August.",
            "August",
            "period",
        ),
        ("So, yesterday, some of you asked for more on the visit.", "yesterday", "talk"),
        (
            "It mirrors our commitment to meet the challenges of our world today.",
            "today",
            "stative",
        ),
        # a recurring day; the speaker back with the room; a briefing's topic; a comparison
        (
            "But every day this weekend and next week, the President will meet his team.",
            "next week",
            "habit",
        ),
        ("I'm delighted to be back with you all today.", "today", "here today"),
        # a day named as a target
        ("You've mentioned Memorial Day as a time we'd like to see progress.", "Memorial Day", "limit"),
        ("The union set July 4 as its deadline.", "July 4", "limit"),
        ("He was sworn in on July 4 as the country's president.", "July 4", None),
        ("With us today are some of the hardest working advocates.", "today", "here today"),
        # a guest acknowledged ends the sentence; one who does something is no guest only
        ("Cooper, who’s here today, passed the law.", "today", None),
        ("So, today we want to share some early results of the program.", "today", "here today"),
        (
            "Finally, I want to share today that the agency is making important updates.",
            "today",
            None,
        ),
        ("Today, the main topic of our briefing is our plan for booster shots.", "Today", "talk"),
        ("I should have some more on it tomorrow.", "tomorrow", "talk"),
        (
            "The city recorded 1,500 shootings in 2020; 97 percent more than 777 in 2019.",
            "2019",
            "figure",
        ),
        ("The explosion killed more than 11 workers on April 20.", "April 20", None),
        # the briefing's own plans; a distinction's year; a series of figures
        (
            "We'll do this again tomorrow, and there may be more specifics to share.",
            "tomorrow",
            "talk",
        ),
        (
            "We will have a comprehensive written summary released to all of you later today.",
            "later today",
            "talk",
        ),
        (
            "We put out a statement in his name and the First Lady's name earlier today.",
            "earlier today",
            None,
        ),
        ("The 2013 WNBA Rookie of the Year was drafted second overall.", "2013", "name"),
        (
            "Prescriptions rose from about 18,000 each week in January to more than 230,000 last week.",
            "last week",
            "measure",
        ),
        # a season named by its year; a happening dated by the season stays
        (
            "Alex, the first named storm of the 2010 Atlantic hurricane season, had winds of 35 mph.",
            "2010",
            "name",
        ),
        (
            "The company deployed seven skimmers during the 2005 storm season.",
            "during the 2005",
            None,
        ),
        (
            "He welcomed the announcement to increase supply over the course of July and August.",
            "of July",
            "period",
        ),
        ("MS. PSAKI: I got to keep going, April.", "April", "name"),
        ("The summit was held in Geneva in June.", "June", None),
        # a post held since a year; a closure since a month stays (it began then)
        (
            "She is a partner at Cooley LLP in Chicago, where she has worked since 2021.",
            "2021",
            "biography",
        ),
        ("He has been a judge on the Superior Court since 2017.", "2017", "biography"),
        (
            "The courthouse had been closed since March 2020, leaving tenants alone.",
            "March 2020",
            None,
        ),
        # an amount of the year; budget cuts made in a year stay
        ("BP agreed to pay $20 billion, including $5 billion this year.", "this year", "figure"),
        ("The dividend was worth $10bn last year.", "last year", "figure"),
        (
            "The agency announced nearly $3 billion this year to improve airports.",
            "this year",
            None,
        ),
        ("BP implemented budget cuts of 25% in 1999 at its refineries.", "in 1999", None),
        # the other term of a comparison; a baseline year; a statistic's month
        (
            "BP collected 14,800 barrels on Monday, 33 percent higher than the amount collected on Sunday.",
            "Sunday",
            "measure",
        ),
        (
            "Ranchers got 60 cents of every dollar then, compared to about 39 cents today.",
            "today",
            "figure",
        ),
        ("It would cut emissions 50 percent below 2005 levels.", "2005", "measure"),
        ("On Friday, he will deliver remarks on the July jobs report.", "July", "measure"),
        (
            "An October 2020 report issued by the panel found that banks limited loans.",
            "October 2020",
            None,
        ),
        ("A commission last week issued a report on the spill.", "last week", None),
        (
            "Statement by the President on the October Consumer Price Index Report",
            "October",
            "measure",
        ),
        ("A March report from BP said that it could skim 491,721 barrels a day.", "March", None),
        # a plan for the current year, known only to the year
        ("It will definitely happen this year.", "this year", "plan this year"),
        ("DOT plans to announce the awards later this year.", "later this year", "plan this year"),
        (
            "This year, we will resume the tradition of celebrating Eid.",
            "This year",
            "plan this year",
        ),
        (
            "A beta version of the tool will be released for public review early this year.",
            "early this year",
            "plan this year",
        ),
        (
            "FreeWire plans to add more than 200 jobs in disadvantaged communities this year.",
            "this year",
            "plan this year",
        ),
        (
            "Under pressure, BP scrapped its payouts this year and there is no plan to reinstate them.",
            "this year",
            None,
        ),
        (
            "This bill will reduce the deficit beyond the record we have already achieved this year.",
            "this year",
            None,
        ),
        ("The company closed two refineries this year.", "this year", None),
        # ... a part of the year, or a future right after the date or its noun
        (
            "It means the second half of this year won't be pretty for most airlines.",
            "the second half of this year",
            "plan this year",
        ),
        ("The success of this year's budget will be critical.", "this year", "plan this year"),
        ("In the second half of this year, the company closed two refineries.", "the second half of this year", None),
        # a month ahead: a future after the noun the date is the possessive of, or after
        # the date set off by commas after an opening phrase
        (
            "The success of this month's operation will also be critical to Obama.",
            "this month",
            "month ahead",
        ),
        (
            "At the end of the day, in early November, these benefits will no longer be paid.",
            "in early November",
            "month ahead",
        ),
        ("This month's operation succeeded.", "This month", None),
        # a level: a rate averaged, an amount of a unit; a multiple's other term
        ("Today we're averaging 2.17 million shots per day.", "Today", "level stated"),
        ("On Monday, the panel reviewed how the averages are computed.", "Monday", None),
        (
            "The volume of oil spills was almost 14,000 tonnes last year.",
            "last year",
            "level stated",
        ),
        ("The pipeline leaked 14,000 tonnes of oil last year.", "last year", None),
        (
            "He told the committee yesterday that the flow was only 5,000 barrels a day.",
            "yesterday",
            None,
        ),
        (
            "Companies announced $24 billion in batteries, more than 28 times the investment in 2020.",
            "in 2020",
            "figure",
        ),
        ("Prices rose three times on Monday.", "Monday", None),
        # a month that opens a span to another; a comparison's other term with counts
        ("Cases declined from January through June in several states.", "January", "period"),
        ("The agency launched the program in January, then expanded it in March.", "January", None),
        ("There were 3,900 additional firearm deaths in 2020 compared to 2019.", "2019", "measure"),
        # a sign-off after "but"
        ("But we'll see you again tomorrow.", "tomorrow", "greeting"),
        # a treaty's year, a numbered resolution's year
        (
            "They ratified the Protocols to the North Atlantic Treaty of 1949 on Finland.",
            "1949",
            "name",
        ),
        ("We reaffirm UNSC Resolution 2593 (2021), which demands peace.", "2021", "name"),
        ("The council adopted the resolution in 2021, which demands peace.", "2021", None),
        # an expectation with an adverb; a schedule stays
        (
            "The vessels are currently anticipated to begin operations in late July.",
            "late July",
            "forecast",
        ),
        (
            "Top executives are due to meet the President at the White House on Wednesday.",
            "Wednesday",
            None,
        ),
        # a day word that closes a paper's name in prose; a title-case heading keeps its day
        ("First, let's go to Joyce Frieden at MedPage Today.", "Today", "name"),
        ("She wrote about the plan in USA Today.", "Today", "name"),
        ("Yes. Today, the President signed the bill.", "Today", None),
        ("Thirty Grants Awarded Today to Rural Hospitals", "Today", None),
        # "due to" with a verb is a schedule, "due" alone a deadline
        ("The commission is due to meet on Tuesday.", "Tuesday", None),
        ("The second payment is due on Tuesday.", "Tuesday", "limit"),
        ("Rent is due next Tuesday.", "next Tuesday", "limit"),
        ("BP is yet to decide about a dividend due to be paid on 27 July.", "on 27 July", "limit"),
        # a daily count reported; a happening reported stays
        ("Yesterday, the U.S. reported 3.28 million vaccinations.", "Yesterday", "level stated"),
        ("Yesterday, CDC reported over 53,000 new cases of COVID-19.", "Yesterday", "level stated"),
        (
            "Yesterday, the CDC reported that a new variant had reached the country.",
            "Yesterday",
            None,
        ),
        # a body named after a day
        ("Republicans discussed the path forward on a January 6th commission.", "January 6th", "name"),
        ("Rioters stormed the Capitol on January 6th.", "on January 6th", None),
        # a question quoted whole; a month's level at a record
        ("MS. PSAKI: “What’s the President’s favorite Thanksgiving meal?”", "Thanksgiving", "question"),
        ("He said on Monday: “Why now?”", "on Monday", None),
        ("U.S. goods exports hit a record in April, even after adjusting for inflation.", "in April", "level stated"),
        ("The sprinter set a record on Monday in Berlin.", "on Monday", None),
        # a market's move told in a relative clause of its shares
        (
            "Shares of Shikibo (3109.T), which rose 4.4 percent to 190 yen on Thursday, have doubled.",
            "on Thursday",
            "level change",
        ),
        # a stance of the country's, a point in a course, a date in its own emphasis
        (
            "Today, as the world gathers for the conference, the United States renews its commitment.",
            "Today",
            "stance",
        ),
        ("Today, we are at a critical nexus in the pandemic.", "Today", "stative"),
        ("Today, we are at an inflection point.", "Today", "stative"),
        ("***Statement of Law School Deans*** ***August 30, 2021***", "August 30, 2021", "heading date"),
        # the other term of a likeness or a comparison
        (
            "From the air, the site looked similar to a week ago, except for a rig.",
            "a week ago",
            "stative",
        ),
        ("Prices are higher than last year.", "last year", "stative"),
        (
            "It resulted in more formula produced in April than before the recall.",
            "in April",
            "stative",
        ),
        ("Prices rose higher than last year's record on Monday.", "on Monday", None),
        # a modal of possibility right after the date
        (
            "It should be on the seabed by Saturday, and as early as Sunday should start pumping.",
            "as early as Sunday",
            "forecast",
        ),
        (
            "It should be on the seabed by Saturday, and as early as Sunday should start pumping.",
            "Sunday",
            "forecast",
        ),
        (
            "BP's top kill procedure launched on Wednesday could choke off the well.",
            "on Wednesday",
            None,
        ),
        # the next briefing's day
        ("Next briefing will be on Friday.", "on Friday", "call logistics"),
        ("The next briefing on the spill was held on Friday.", "on Friday", None),
        # a count with its count verb's participle right before the date
        (
            "Cases keep rising, with 6,000 new cases reported just this week.",
            "just this week",
            "count reported",
        ),
        ("The first two cases reported on Monday were in Texas.", "on Monday", None),
        # what the day is called
        (
            "Today also happens to be National Former Prisoner of War Recognition Day.",
            "Today",
            "stative",
        ),
        # an embargo's end at a time of day; a part of the day names no happening
        (
            "Just a reminder that this is under embargo until 5:00 a.m. tomorrow morning.",
            "tomorrow",
            "limit",
        ),
        (
            "The storm is expected to make landfall as soon as Thursday morning.",
            "Thursday",
            "forecast",
        ),
        ("The ministers met at 5:00 p.m. on Thursday.", "Thursday", None),
        # a treaty named by its year; a range of years; years counted to the date
        ("We uphold the 1982 United Nations Convention on the Law of the Sea.", "1982", "name"),
        ("BP's 2005 Texas City refinery explosion killed 15 people.", "2005", None),
        ("He routed $13 million through S corporations in 2017 to 2018.", "2017", "period"),
        (
            "Today marks four years of wrongful detention in Russia for Paul Whelan.",
            "Today",
            "state",
        ),
        # a state that goes on to the date
        (
            "Rural Americans have provided the world with food and fuel, and they continue to do so today.",
            "today",
            "stative",
        ),
        # what remains or what faces us today; a thing that stays somewhere, or a meeting, stays a happening
        (
            "That is written into the Alliance and that remains U.S. policy today.",
            "today",
            "stative",
        ),
        ("We are shaping new tools for the challenges facing us today.", "today", "stative"),
        ("Human remains were found near the river today.", "today", None),
        ("The President met the governors facing the storm today.", "today", None),
        # a degree of importance said of the date; a judgement on what happened stays
        ("And it's especially important today for Black and Brown workers.", "today", "state"),
        ("It is especially important that the Senate passed the bill today.", "today", None),
        # a record of the period: the date, or its figure, with "be" and a superlative
        (
            "The TSA reported that Sunday was its busiest air travel day of the year so far.",
            "Sunday",
            "record",
        ),
        ("The number of acres burned in 2021 is the highest on record.", "2021", "record"),
        (
            "In fact, last year has been the best year for manufacturing jobs since 1994.",
            "last year",
            "record",
        ),
        ("On Sunday, the busiest airport in the state was closed by the storm.", "Sunday", None),
        (
            "The explosion on Sunday was the deadliest blast since 2005, officials said.",
            "Sunday",
            None,
        ),
        # a day's count seen; a count killed, or a case confirmed, stays
        ("We saw 614 new deaths reported to CDC on Tuesday.", "Tuesday", "level stated"),
        ("We saw 11 workers killed on the rig on Tuesday.", "Tuesday", None),
        ("Cases rose to 300 on Monday after the outbreak at the school.", "Monday", None),
        # a year's output, sales, spending or receipts; a leak, an award, a day's payment stay
        (
            "BP pumped 4.0 million barrels of oil equivalent of oil and gas in 2009.",
            "2009",
            "year output",
        ),
        ("Tourists spent $2.3 billion on Alabama's beaches in 2008.", "2008", "year output"),
        ("Guatemala received more than 1,000 asylum claims in 2021.", "2021", "year output"),
        ("In 2006, the Prudhoe Bay pipeline leaked 200,000 gallons of oil.", "2006", None),
        (
            "The program received nearly $3 billion in supplemental funding from Congress back in 2019.",
            "2019",
            None,
        ),
        (
            "BP paid $20 billion into the compensation fund on August 23, 2010.",
            "August 23, 2010",
            None,
        ),
        # a change ranked against other periods' changes; a day's change stays
        (
            "Consumer confidence rose by the most since 2005 this month.",
            "this month",
            "level change",
        ),
        ("Shares rose by the most since 2005 on Monday after the well was capped.", "Monday", None),
        # a count with "also", a change with "around", a year's takings
        (
            "And unfortunately, there were also 569 deaths again yesterday.",
            "yesterday",
            "level stated",
        ),
        (
            "There were also protests in 12 cities yesterday, and police arrested 40 people.",
            "yesterday",
            None,
        ),
        (
            "The index fell around 14 percent between January and March 2003.",
            "January",
            "level change",
        ),
        ("Tourism brought in more than $2 billion to Cuba last year.", "last year", "year output"),
        # a share of a population in the month or the year; a share in a day's happening stays
        (
            "The report indicated that nearly 3 percent of U.S. workers quit their jobs in August.",
            "August",
            "period figure",
        ),
        (
            "These efforts have resulted in 96% of schools open in-person in January 2022.",
            "January 2022",
            "period figure",
        ),
        ("On Tuesday, 40 percent of workers walked out of the plant.", "Tuesday", None),
        # a date opening a sentence whose verb is a thought held; a deed, or a thought in a later clause, stays
        (
            "And today – as we embark on the next century of our partnership – we remember that nothing is beyond our reach.",
            "today",
            "stative",
        ),
        (
            "This year, on the International Day, we remember that violence continues to harm millions.",
            "This year",
            "stative",
        ),
        (
            "Yesterday, the governor lifted the mandate, and we know that the variants are in Houston.",
            "Yesterday",
            None,
        ),
        ("Today, we remember the victims at a ceremony in Oklahoma City.", "Today", "state"),
    ],
)
def test_rules_read_the_dates_role(sentence, expression, reason):
    assert happening_reason(sentence, expression) == reason
