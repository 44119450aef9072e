"""A quoted tweet's day read from its link (chronology/tweets.py, told.py's "tweet day"):
the post's snowflake id holds the moment it was posted."""

from __future__ import annotations

import datetime as dt

from generator.chronology.expressions import read_dates
from generator.chronology.tweets import posted_on, quoted_tweet
from generator.ingest.load import load_corpus

from .chronology_fixtures import analyse_by_hand

# A post of Friday 19 August 2022, 18:03 UTC (14:03 in Washington).
POST = "https://twitter.com/someone/status/1560684657573871617"


def test_the_day_a_snowflake_id_was_posted() -> None:
    assert posted_on(1560684657573871617) == dt.date(2022, 8, 19)
    # 02:30 UTC on 20 August is the evening of 19 August in Washington.
    late = ((int(dt.datetime(2022, 8, 20, 2, 30, tzinfo=dt.UTC).timestamp() * 1000) - 1288834974657) << 22)
    assert posted_on(late) == dt.date(2022, 8, 19)
    assert posted_on(20_000_000) is None  # a serial number of before November 2010


def test_only_a_quotation_under_a_name_in_bold_is_the_tweets() -> None:
    assert quoted_tweet(f"[**A Coalition:**]({POST}) “Today, the summit was announced.”") == (
        dt.date(2022, 8, 19),
        POST,
    )
    assert quoted_tweet(f"**Rep. A:** “A good day.” [[Tweet]({POST})]") is not None
    assert quoted_tweet(f"On Thursday, the Vice President [met]({POST}) with nurses.") is None
    assert quoted_tweet(f"**Rep. A:** a post with no quotation [here]({POST}).") is None
    # a bold lead-in of the page's own paragraph, which quotes later: not an attribution
    assert quoted_tweet(f"**Helping Abroad:** The fund gave grants, “to [help]({POST}) many”.") is None
    assert quoted_tweet(f"**A Jones,** [**Director, B Union**]({POST})**: “**We welcome it.”") is not None


def test_a_quote_with_its_date_only_in_the_link_is_told_on_the_posts_day(make_seeds) -> None:
    # A page of Wednesday 14 September collecting reactions of 19 August.
    corpus = load_corpus(
        make_seeds(
            {
                "a.txt": "date 2022-09-14\n"
                "Leaders praise the summit.\n\n"
                f"[**A Coalition:**]({POST}) “Today, the summit was announced for next month.”\n\n"
                "**Rep. B:** “Today is a good day.” [[Tweet](https://x.com/b/status/1), 8/22/22]\n\n"
                "Today the summit opens.\n"
            }
        )
    )
    marks = [("Today", "DATE"), ("next month", "DATE"), ("Today", "DATE"), ("Today", "DATE")]
    read = [(r["text"], r["value"]) for r in read_dates(corpus, analyse_by_hand(corpus, {"a": marks}))]
    assert read == [
        ("Today", "2022-08-19"),
        ("next month", "2022-09"),
        ("Today", "2022-08-22"),  # a written date wins over the link's
        ("Today", "2022-09-14"),  # after the quotes, the page's own day again
    ]
