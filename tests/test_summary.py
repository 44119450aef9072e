"""Event summaries: short statements that keep the subject and the expression."""

import pytest

from generator.chronology.summary import SUMMARY_WORDS, summarise_sentence


@pytest.mark.parametrize(
    ("sentence", "expression", "summary"),
    [
        # The subject is kept across an apposition.
        (
            "Carstens, the government’s senior hostage negotiator and the special "
            "presidential envoy for hostage problems, flew to Caracas on a chartered "
            "airplane on Tuesday and returned on Friday.",
            "on Tuesday",
            "Carstens flew to Caracas on a chartered airplane on Tuesday and returned on Friday.",
        ),
        # A comma or a colon between digits is a number's or a clock's, no clause's.
        (
            "In 1999 the elder Demir drove through the night to Gölcük after the İzmit "
            "earthquake of 17 August that year, which killed more than 17,000 people.",
            "17 August that year",
            "In 1999 the elder Demir drove through the night to Gölcük after the İzmit "
            "earthquake of 17 August that year",
        ),
        (
            "The Serious Fraud Office, which had been briefed by the committee's clerks over "
            "several weeks, said it opened its inquiry at 10:30 GMT on Wednesday in London.",
            "on Wednesday",
            "The Serious Fraud Office said it opened its inquiry at 10:30 GMT on Wednesday "
            "in London.",
        ),
        # A short sentence is the summary, without its Markdown marks.
        (
            "Today, **the President** signed the [CHIPS Act](https://example.org/x) into law.",
            "Today",
            "Today, the President signed the CHIPS Act into law.",
        ),
        # A closing "including ..." and a relative clause go first.
        (
            "On Monday, the Secretary of Energy, who leads the department's hydrogen office, "
            "announced new funding for seven regional clean hydrogen hubs across the country, "
            "including projects in Texas, California, Pennsylvania and Minnesota that will "
            "employ thousands.",
            "On Monday",
            "On Monday, the Secretary of Energy, who leads the department's hydrogen office, "
            "announced new funding for seven regional clean hydrogen hubs across the country",
        ),
        # A clause opened by an auxiliary is the statement's verb, no apposition; a
        # bracket kept is closed, its words dropped after it.
        (
            "Wang Haitao, former vice governor of east China's Jiangxi Province, has been "
            "expelled from the Communist Party of China (CPC) and dismissed from public "
            "office for serious violations of Party discipline and law, the CPC's top "
            "disciplinary watchdog said Thursday.",
            "Thursday",
            "Wang Haitao has been expelled from the Communist Party of China (CPC), the "
            "CPC's top disciplinary watchdog said Thursday.",
        ),
        (
            "Brigadier General Serhiy Tkachenko, commander of the Oskil Operational-Tactical "
            "Group since last July, was relieved of his post on Thursday and replaced by "
            "Brigadier General Roman Lysenko, a former deputy commander of Ukraine's ground "
            "forces, according to a presidential decree published on Friday.",
            "on Thursday",
            "Brigadier General Serhiy Tkachenko was relieved of his post on Thursday and "
            "replaced by Brigadier General Roman Lysenko",
        ),
        # A relative clause goes with the aside it says more of: not "Luanda, which
        # currently chairs", said of the Government of Angola.
        (
            "The talks will now open on Tuesday, 24 March, in Luanda, at the invitation of "
            "the Government of Angola, which currently chairs the regional follow-up "
            "mechanism.",
            "on Tuesday, 24 March",
            "The talks will now open on Tuesday, 24 March, in Luanda",
        ),
    ],
)
def test_summary_keeps_subject_and_expression(sentence, expression, summary):
    start = sentence.index(expression)
    result = summarise_sentence(sentence, start, start + len(expression))
    assert result == summary
    assert len(result.split()) <= SUMMARY_WORDS


def test_long_clause_summary_has_its_subject():
    sentence = (
        "Talks between Caracas and Washington around the release of US citizens now "
        "overshadow negotiations between Maduro’s government and opposition leaders, "
        "which began in 2019 after intense street protests."
    )
    start = sentence.index("2019")
    result = summarise_sentence(sentence, start, start + 4)
    assert "in 2019" in result and "negotiations" in result
    assert len(result.split()) <= SUMMARY_WORDS


def test_summaries_never_exceed_the_word_limit():
    sentence = (
        "In March 2023, the U.S. Government will co-host the second Summit for Democracy "
        "with [Zambia](https://example.org/a), the Netherlands - Child Protection Compact "
        "( CPC ) Partnership: On December 7th, the partners met again in the capital of the "
        "country to review progress."
    )
    for expression in ("In March 2023", "On December 7th"):
        start = sentence.index(expression)
        result = summarise_sentence(sentence, start, start + len(expression))
        assert sum(w != "…" for w in result.split()) <= SUMMARY_WORDS
