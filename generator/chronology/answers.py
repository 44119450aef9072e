"""dateparser, made deterministic and offline, and its answers kept between builds.

English only (no language or locale detection), the document's date as RELATIVE_BASE,
past-preferring, no time zone lookup. dateparser takes milliseconds an expression: its
answers are kept in the cache folder (dates.json), see ParserAnswers.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

PERIODS = ("year", "month", "day")  # the periods an answer may have

_PARSER_SETTINGS: dict[str, Any] = {
    "PREFER_DATES_FROM": "past",
    "PREFER_DAY_OF_MONTH": "first",
    "RETURN_TIME_AS_PERIOD": False,
    "STRICT_PARSING": False,
    "PARSERS": ["relative-time", "absolute-time", "no-spaces-time"],
    "TIMEZONE": "UTC",
    "TO_TIMEZONE": "UTC",
    "RETURN_AS_TIMEZONE_AWARE": False,
    "DATE_ORDER": "MDY",
}


class ParserAnswers:
    """dateparser's raw answers: (published day, expression) -> (ISO date, period) or None.

    dateparser takes milliseconds an expression; these answers are kept in the cache
    folder (dates.json, under dateparser's version and settings) so that a rebuild asks
    it again only about new expressions. The one instance, ANSWERS, belongs to this
    module: remembered_dates() loads it at the start of a build and saves what is new at
    the end; a long-running process (the watch) keeps it in memory between builds."""

    def __init__(self) -> None:
        self.answers: dict[str, tuple[str, str] | None] = {}
        self.new: list[str] = []

    def parse(self, core: str, published: dt.date) -> tuple[str, str] | None:
        key = f"{published.isoformat()} {core}"
        if key in self.answers:
            return self.answers[key]
        data = _date_parser(published).get_date_data(core)
        answer = None
        if data.date_obj is not None and data.period in PERIODS:
            answer = (data.date_obj.date().isoformat(), str(data.period))
        self.answers[key] = answer
        self.new.append(key)
        return answer

    def learn(self, answers: list[tuple[str, tuple[str, str] | None]]) -> None:
        """Add answers found elsewhere (a forked worker's new ones), as if asked here."""
        for key, answer in answers:
            if key not in self.answers:
                self.answers[key] = answer
                self.new.append(key)

    def new_since(self, asked: int) -> list[tuple[str, tuple[str, str] | None]]:
        """The answers new since `asked` were (len(self.new) then), with their keys."""
        return [(key, self.answers[key]) for key in self.new[asked:]]

    def load(self, path: Path, version: str) -> None:
        """Add the answers stored in `path` under `version` (a damaged or other file:
        nothing, it is only a slower build)."""
        try:
            stored = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        if isinstance(stored, dict) and stored.get("version") == version:
            for key, answer in stored.get("answers", {}).items():
                self.answers.setdefault(key, tuple(answer) if answer else None)

    def save(self, path: Path, version: str) -> None:
        """Write every answer to `path` (atomically), if any is new since load()."""
        if self.new:
            answers = {k: list(v) if v else None for k, v in sorted(self.answers.items())}
            payload = json.dumps({"version": version, "answers": answers}, ensure_ascii=False)
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_suffix(".tmp")
            temporary.write_text(payload, encoding="utf-8")
            temporary.replace(path)
        self.new.clear()


ANSWERS = ParserAnswers()
ANSWERS_FILE = "dates.json"


def warm_up() -> None:
    """Load dateparser's language data (about 0.3 s), remembering nothing: for a long
    running process (watch) that has not parsed a date yet."""
    _date_parser(dt.date(2000, 1, 1)).get_date_data("last Friday")


def _answers_version() -> str:
    import dateparser

    return json.dumps([dateparser.__version__, sorted(_PARSER_SETTINGS.items())])


@contextmanager
def remembered_dates(folder: Path | None) -> Iterator[None]:
    """Keep dateparser's answers (ANSWERS) in `folder`/dates.json across builds: load
    them on entry, add the new ones on exit. None: no file."""
    path = folder / ANSWERS_FILE if folder is not None else None
    version = _answers_version() if path is not None else ""
    if path is not None and path.is_file():
        ANSWERS.load(path, version)
    ANSWERS.new.clear()
    try:
        yield
    finally:
        if path is not None:
            ANSWERS.save(path, version)
        ANSWERS.new.clear()


@lru_cache(maxsize=64)
def _date_parser(published: dt.date) -> Any:
    from dateparser.date import DateDataParser

    settings = dict(_PARSER_SETTINGS)
    settings["RELATIVE_BASE"] = dt.datetime(published.year, published.month, published.day)
    return DateDataParser(
        languages=["en"], locales=["en"], try_previous_locales=False, settings=settings
    )
