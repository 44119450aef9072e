"""Tense cues around a temporal expression (chronology/tense.py)."""

import datetime as dt

import pytest

from generator.chronology.tense import choose, tense_of


@pytest.mark.parametrize(
    ("sentence", "expression", "tense"),
    [
        ("The exchange was held on October 24.", "October 24", ("past", True)),
        ("He is due to be sentenced on 29 November.", "29 November", ("future", True)),
        ("The summit will be held November 28-30.", "November 28-30", ("future", True)),
        ("The company extended its offer to Nov. 20.", "Nov. 20", ("past", False)),
        ("Payments on January 2.", "January 2", None),
        # At the same distance, the verb the date is joined to wins over a later one.
        ("It said on Wednesday it will cut jobs.", "Wednesday", ("past", True)),
        # A cue in another clause does not count.
        ("It rained; payments resume on January 2 (they said).", "January 2", ("future", True)),
        # "Since" a day: before the publication, whatever the verb.
        ("They will search as they have since the Oct. 23 slaying.", "Oct. 23", ("past", True)),
        # An expression that opens the sentence takes its main verb's tense.
        ("In January, a week after Roe vs. Wade, a bombing killed a guard.", "January", ("past", True)),
        # ... also after a sentence adverb, a list's dash, or in a clause after a dash.
        ("Additionally, in April, the department provided relief.", "April", ("past", True)),
        ("- In April, the department provided relief.", "April", ("past", True)),
        ("Funds went out - in April, the department provided relief.", "April", ("past", True)),
        # An adverb ending in -ly that is no sentence adverb is no opening.
        ("Only in April the department provided relief.", "April", ("past", False)),
        # An acronym in brackets ends no clause; other brackets still do.
        ("In January, the Department (DOT) launched the program.", "January", ("past", True)),
        ("The Senate passed the Act (USICA) in June and is working on it.", "June", ("past", False)),
        ("It rained (as they said) on January 2.", "January 2", None),
        # A cue before the expression wins over a nearer one after it.
        ("Flights will double by August for markets untouched by the crisis.", "August", ("future", True)),
    ],
)
def test_tense_of(sentence, expression, tense):
    assert tense_of(sentence, expression, sentence.find(expression)) == tense


def test_choose_the_nearer_day_when_nothing_says():
    published = dt.date(2022, 9, 12)
    past, ahead = dt.date(2021, 10, 24), dt.date(2022, 10, 24)
    assert choose(past, ahead, published, None) == ahead
    assert choose(past, ahead, published, ("past", True)) == past  # a strong cue decides
    assert choose(past, ahead, published, ("past", False)) == ahead  # a weak one does not
