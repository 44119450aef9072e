"""A person's name: its parts, the titles around it, whether two spellings are one person.

One definition for every pass (resolution.py, refind.py). A name is compared by the
words of its key (`name_key`: folded, no dots, hyphens as spaces): "Joseph R. Biden"
-> joseph, r, biden. Its surname is the last of them, its first name the first, its
given name the first name's full form ("joe" -> "joseph", lexicon/nicknames.txt); two
spellings with the same (given name, surname) may be one person (`person_key`,
`same_person`).

The surname as the text writes it (`written_surname`, what refind.py looks for again
in the texts) is the name's last written word: for a hyphenated surname that is the
whole word ("Jean-Pierre" in "Karine Jean-Pierre"), where the key's last word, the
surname compared, is "pierre".

Titles: the title words before (and after) a person's name (`title_words`), whether
the title before a lone surname fits the person (`fits_title`), and a name after a
person's title taken for a person however tagged (`titled_people`).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from .. import lexicon
from ..model import Document, Span
from .mentions import FAMILY_FIRST, LATIN_CAPITALS, Found, Vocabulary, name_key
from .titles import capitalised_throughout
from .votes import STRONG
from .words import (
    CLUB_WORDS,
    FOREIGN_TITLES,
    GENERATIONS,
    GEO_HEADS,
    HEADLINE_VERBS,
    LEGAL_FORMS,
    MONTHS,
    NICKNAMES,
    ORG_HEADS,
    PLACE_HEADS,
    ROLE_NOUNS,
    SMALL_WORDS,
    SUFFIXES,
    SURNAME_PARTICLES,
    TITLE_PHRASE,
    TITLES,
    WEEKDAYS,
)

# Titles said with a given name ("King Hussein", "Pope Francis"): never a surname's.
ROYAL_TITLES = lexicon.words("royal_titles")
# Forms of address that say nothing of who is meant ("Mr. Biden": any Biden).
HONORIFICS = lexicon.words("honorifics")
# Titles written with a period that does not end a sentence ("Mr.", "Sen.", "Dr.").
ABBREVIATED = HONORIFICS | frozenset(lexicon.pairs("title_abbreviations"))
# The titles those abbreviations stand for ("sen" -> "senator", "prof" -> "professor"):
# "Sen. Warren" is the Elizabeth Warren titled Senator in full.
_SPELLED_OUT = {
    short: title.lower() for short, title in lexicon.pairs("title_abbreviations").items()
}


def spelled_out(titles: set[str]) -> set[str]:
    """Title words with each abbreviation written in full."""
    return {_SPELLED_OUT.get(word, word) for word in titles}


def name_words(name: str) -> list[str]:
    """The words a name is compared by: its key's ("Joseph R. Biden" -> joseph r biden)."""
    return name_key(name).split()


def written_words(name: str) -> list[str]:
    """The keys of a name's words as written, a hyphenated word one ("Park Min-jun" ->
    park min-jun): what tells two people apart whose keys end alike ("Park Seo-jun")."""
    return [key.replace(" ", "-") for word in name.split() if (key := name_key(word))]


def surname(words: Sequence[str]) -> str:
    """The surname's key, from a name's words (`name_words`): the last word, or the one
    before a generational suffix ("brennan" in "Thomas J. Brennan Sr.", "calloway" in
    "Calloway Sr.")."""
    if generation(words) or (len(words) == 2 and words[1] in GENERATIONS):
        return words[-2]
    return words[-1]


def generation(words: Sequence[str]) -> str:
    """The generational suffix a name keeps ("sr" of "Thomas J. Brennan Sr."), from its
    words; "" for none. A suffix stays in a name only where the corpus tells the
    generations of that name apart (mentions._generations_of); elsewhere it is cut."""
    return words[-1] if len(words) >= 3 and words[-1] in SUFFIXES else ""


def teknonym(words: Sequence[str]) -> bool:
    """May the name be one after a child ("Abu Omar", "Umm Ahmed": the father, the mother
    of Omar, of Ahmed)? Then its last word is the child's given name, no surname: "Omar"
    alone is not "Abu Omar". ("Abu" is a given name too: surnames.py asks whether the
    last word opens someone's name.)"""
    return len(words) == 2 and words[0] in _TEKNONYMS


_TEKNONYMS = frozenset({"abu", "abou", "umm"})


def fathers_name(name: str) -> bool:
    """Does the name, as written, end in a parent's name ("Rosnah binti Ismail",
    "Mohammed bin Salman": the daughter, the son of Ismail, of Salman)? Then its last
    word alone is no surname of the person's ("Ismail" is not Rosnah, "Salman" not the
    crown prince), unless the link and it are written alone as one ("Bin Laden"):
    surnames.py asks. Not a link in capitals ("Osama Bin Laden") nor joined by a hyphen
    ("Beverly Ann Ibn-Tamas"): a family's name."""
    words = name.split()
    return len(words) >= 3 and words[-2] in PATRONYMIC


def first_name(words: Sequence[str]) -> str:
    """The first name's key as written ("joe"), from a name's words: the first word."""
    return words[0]


def given_name(words: Sequence[str]) -> str:
    """The first name's full form ("joe" -> "joseph"), from a name's words."""
    first = first_name(words)
    return NICKNAMES.get(first, first)


def person_key(words: Sequence[str]) -> tuple[str, str]:
    """(given name, surname): what the spellings of one person share ("Joe Biden",
    "Joseph R. Biden"); the surname with the generation a name keeps ("brennan sr")."""
    if generation(words):
        return given_name(words), " ".join(words[-2:])
    return given_name(words), surname(words)


def written_surname(name: str) -> str | None:
    """The surname as the text writes it, for a name of two words or more: its last
    word ("Biden" in "Joseph R. Biden", "Jean-Pierre" in "Karine Jean-Pierre"), or its
    first in a name written family name first ("Bae" in "Bae Jung-ho": FAMILY_FIRST)."""
    if FAMILY_FIRST.fullmatch(name):
        return name.split()[0]
    words = name.split()
    if len(words) > 2 and name_key(words[-1]) in SUFFIXES:
        words = [*words[:-2], words[-2].rstrip(",")]  # "Brennan" of "Thomas Brennan, Sr."
    elif len(words) == 2 and name_key(words[1]) in GENERATIONS:
        return words[0].rstrip(",")  # "Calloway" of "Calloway Sr."
    return words[-1] if len(words) > 1 else None


def same_person(a: list[str], b: list[str]) -> bool:
    """ "Jorge Alberto Fernandez" / "Jorge Fernandez", "Joseph R. Biden" / "Joe Biden",
    "James Storey" / "James Story". First names must agree (José Luis and Alirio
    Zambrano are two people)."""
    if len(a) < 2 or len(b) < 2 or generation(a) != generation(b):
        return False  # (Thomas Brennan Sr. and Jr.: two people where a suffix was kept)
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < len(long) and long[: len(short)] == short and SMALL_WORDS & set(short[1:]):
        return True  # "Saif al-Islam" is "Saif al-Islam Gaddafi": a given name with "al-"
    if person_key(a) == person_key(b) or _transliterated_key(a, b):
        # a nickname in quotes is no middle name: "Charles “Chuck” Hagel" is Charles Timothy Hagel
        last = -2 if generation(a) else -1  # (the same in b)
        middle_a = [m for m in a[1:last] if m[0].isalnum()]
        middle_b = [m for m in b[1:last] if m[0].isalnum()]
        if not middle_a or not middle_b:
            return True
        if PATRONYMIC & set(middle_a) & set(middle_b):
            # "Hamad bin Faisal Al Thani" is Hamad bin Faisal bin Jassim Al Thani: a
            # chain of forebears written to a depth, the father first (not "Hamad bin
            # Jassim Al Thani", another), the family's article left at its end
            shorter, longer = sorted(
                ([m for m in x if m not in _ARTICLES] for x in (middle_a, middle_b)), key=len
            )
            if longer[: len(shorter)] == shorter:
                return True
        if [m[0] for m in middle_a] == [m[0] for m in middle_b]:
            return True
        # "Evelyn Hartwell Bascombe" is Evelyn Louise Hartwell Bascombe: the shorter's
        # middle names, written out (no initials: George W. is not George H. W. Bush), in
        # the longer's, in order
        shorter, longer = sorted((middle_a, middle_b), key=len)
        return all(len(m) > 1 for m in shorter) and _written_within(shorter, longer)
    if near(a, b) or (len(a) == len(b) and spelled_alike(a, b)):
        return True
    if len(a) != len(b) and transliterated(["".join(a)]) == transliterated(["".join(b)]):
        # "Kang Min-jae" is Kang Minjae: a given name's syllables romanised with or
        # without a hyphen (a key writes the hyphen as a space); "Abdel Basset
        # al-Megrahi" is Abdelbaset al-Megrahi
        return True
    if _romanised_alike(a, b) or _given_name_shortened(a, b):
        return True
    # "Aaron “Ronnie” Chatterji" is Ronnie Chatterji: the nickname in quotes for the name
    return any(
        (nicknamed := by_nickname(x)) is not None and same_person(nicknamed, y)
        for x, y in ((a, b), (b, a))
    )


def _given_name_shortened(a: list[str], b: list[str]) -> bool:
    """ "Tunde Adeyemi" is Babatunde Adeyemi: a given name and a surname, the given name
    written by its last syllables, as Yoruba names often are (Oluwaseun, Seun; Adebayo,
    Bayo), five letters at least ("Anne" is not Joanne). (lexicon/nicknames.txt has
    the English short names, which open the name: Alex, Chris.)"""
    if len(a) != 2 or len(b) != 2 or a[1] != b[1]:
        return False
    short, long = sorted((a[0], b[0]), key=len)
    return len(short) >= 5 and len(long) > len(short) and long.endswith(short)


def _written_within(shorter: list[str], longer: list[str]) -> bool:
    """Are the shorter name's middle names the longer's, in order, those left out no link
    of a chain of forebears nor a forebear's name ("Hamad bin Jassim" is not Hamad bin
    Faisal bin Jassim; "Jenna Ben-Yehuda" is Jenna Hoffman Ben-Yehuda), nor a surname's
    particle ("Ana María Cruz" beside Ana María de la Cruz is left to the review)?"""
    kept: list[int] = []  # where each of the shorter's words is in the longer
    for word in shorter:
        after = kept[-1] + 1 if kept else 0
        if word not in longer[after:]:
            return False
        kept.append(longer.index(word, after))
    left_out = [(at, word) for at, word in enumerate(longer) if at not in kept]
    if PATRONYMIC.isdisjoint(shorter):
        # the whole chain left out: "Tariq al-Qasimi" is Tariq bin Hamad al-Qasimi, as
        # papers shorten a name to the given and the family's (two people of one such
        # short name stay apart: variants._between_two)
        return not any(word in SMALL_WORDS and word not in PATRONYMIC for _, word in left_out)
    return not any(
        word in PATRONYMIC or word in SMALL_WORDS or (at and longer[at - 1] in PATRONYMIC)
        for at, word in left_out
    )


# The links of an Arabic chain of names: "son of", "daughter of".
PATRONYMIC = frozenset({"bin", "ibn", "bint", "binti", "binte", "bte", "ben"})
_ARTICLES = frozenset({"al", "el"})  # "Al Thani": the family's name, not a forebear's


def _transliterated_key(a: Sequence[str], b: Sequence[str]) -> bool:
    """Are the first names and the surnames the same but for the spellings
    transliterations vary by, each of four letters or more ("Aleksandr Petrovich
    Zhuravlyov", "Alexander Zhuravlev")? Then the names are compared as one person's
    (a middle name on one side only, or the same initials)."""
    first_a, first_b, last_a, last_b = a[0], b[0], surname(a), surname(b)
    if min(len(first_a), len(first_b), len(last_a), len(last_b)) < 4:
        return False
    return (first_a, last_a) != (first_b, last_b) and transliterated(
        (first_a, last_a)
    ) == transliterated((first_b, last_b))


def _romanised_alike(a: Sequence[str], b: Sequence[str]) -> bool:
    """A Korean name romanised two ways: its family name first, a given name of two
    syllables after it (three words as compared: "chung myung ho"), the same given name
    and family names of one romanisation ("Chung", "Jeong": lexicon/romanised_surnames.txt)."""
    if len(a) != 3 or len(b) != 3 or a[1:] != b[1:] or a[0] == b[0]:
        return False
    return _ROMANISED.get(a[0], a[0]) == _ROMANISED.get(b[0], b[0])


_ROMANISED = lexicon.pairs("romanised_surnames")


def by_nickname(words: Sequence[str]) -> list[str] | None:
    """A name's words with the nickname in quotes among them for its given name
    ("aaron “ronnie” chatterji" -> "ronnie chatterji"), or None without one."""
    quoted = [w for w in words[1:-1] if w[0] in _QUOTES and w[-1] in _QUOTES and len(w) > 2]
    if len(quoted) != 1:
        return None
    return [quoted[0][1:-1], words[-1]]


_QUOTES = frozenset('“”"')


# Spellings that transliterations of one name vary by ("Moussa", "Mussa", "Musa";
# "Kadhafi", "Kaddafi"; "Nikolay", "Nikolai"; "Kyiv", "Kiev"; "Aleksandr Zhuravlyov",
# "Alexander Zhuravlev"): what a romanisation of Arabic, Persian, Russian or Ukrainian
# writes one way or another; the Russian ж is "zh", "dzh" or "j", as in Kazakh and Uzbek
# Latin ("Zhumabayev", "Jumabaev"). A silent h after a final vowel comes and goes too ("Sara",
# "Sarah"; "Abdalla", "Abdallah"), and the Arabic qaf opening a word is written q, k or
# g ("Qaddafi", "Kadafi", "Gaddafi"). German umlauts written without their dots are the
# vowel and an "e" ("Müller", folded "muller", and "Mueller"; "Jörg", "Joerg").
_TRANSLITERATION = (
    ("dzh", "j"),
    ("zh", "j"),
    ("ae", "a"),
    ("oe", "o"),
    ("ue", "u"),
    ("ks", "x"),
    ("ph", "f"),
    ("kh", "k"),
    ("dh", "d"),
    ("q", "k"),
    ("ou", "u"),
    ("oo", "u"),
    ("oa", "ua"),
    ("ee", "i"),
    ("ie", "i"),
    ("y", "i"),
)


def spelled_alike(a: Sequence[str], b: Sequence[str]) -> bool:
    """Two names of as many words, each word of four letters or more the same but for
    the spellings transliterations vary by and doubled letters ("Moussa Ibrahim",
    "Musa Ibrahim"); not "Mark Kelly" / "Mary Kelly". The particles of Arabic names
    are the same words ("bin", "al"): "Khalid bin Saeed al Mansouri" is "Khalid bin
    Said al Mansoori"."""
    if a == b or len(a) != len(b):
        return False
    for x, y in zip(a, b, strict=True):
        if (len(x) < 4 or len(y) < 4) and (x != y or x not in _NAME_PARTICLES):
            return False
    return transliterated(a) == transliterated(b)


# The particles of Arabic names, the same in every transliteration ("bin", "ibn", "al").
_NAME_PARTICLES = frozenset({"al", "el", "abu"}) | PATRONYMIC


def transliterated(words: Sequence[str]) -> tuple[str, ...]:
    """Name words as spelled_alike compares them ("kyiv", "kiev" -> "kiv")."""
    return tuple(_transliterated(w) for w in words)


@lru_cache(maxsize=1 << 16)
def _transliterated(word: str) -> str:
    word = _YO.sub("e", word)  # "Zhuravlyov", "Zhuravlev"; "Pyotr", "Petr"
    word = _FINAL_DR.sub("der", word)  # "Aleksandr", "Alexander"
    word = _YE.sub("e", word)  # "Zhumabayev", "Zhumabaev"; "Nikolayev", "Nikolaev"
    for written, said in _TRANSLITERATION:
        word = word.replace(written, said)
    word = _SILENT_H.sub("", word)  # a silent final h: "Sarah", "Abdallah"
    if word.startswith("g") and len(word) >= 6:
        # the qaf: "Gaddafi", "Qaddafi" (q is k already); not a short name ("Gent", "Kent")
        word = "k" + word[1:]
    return _DOUBLED.sub(r"\1", word)


# _transliterated's patterns, compiled once (it runs for every word compared).
_SILENT_H = re.compile(r"(?<=[aeiou])h$")
# The Russian ё after a consonant, written "yo" or "e"; a final "-andr", "-ander".
_YO = re.compile(r"(?<=[bcdfgklmnprstvz])yo")
_FINAL_DR = re.compile(r"(?<=n)dr$")
# The Russian е after a vowel, written "ye" or "e".
_YE = re.compile(r"(?<=[aeiou])ye")
_DOUBLED = re.compile(r"(\w)\1+")


SHORT_WORD = 3  # a word this short that differs is another word, not a typo of it


def near(a: list[str], b: list[str]) -> bool:
    """Same number of words, one of them equal, the whole differing by one edit (two
    for long names): "James Storey" / "James Story". First names must agree, and a
    word that differs must be longer than SHORT_WORD or a small word ("Lee Hyun-joo" is
    not "Lee Hyun-woo"; "Bureau for South" is "Bureau of South")."""
    if len(a) != len(b) or (len(a) < 2 and len(a[0]) < 8):
        return False
    if len(a) >= 2 and a[0] != b[0]:
        return False
    if any(
        x != y and min(len(x), len(y)) <= SHORT_WORD and not {x, y} & SMALL_WORDS
        for x, y in zip(a, b, strict=True)
    ):
        return False  # "Hyun-joo" / "Hyun-woo": a syllable of a name, no typo ("Bureau
        # for South" is the Bureau of South: a small word written two ways)
    joined_a, joined_b = " ".join(a), " ".join(b)
    limit = 1 if len(joined_a) < 16 else 2
    return 0 < distance(joined_a, joined_b, limit) <= limit


def distance(a: str, b: str, limit: int) -> int:
    """Edit distance (Levenshtein), exact up to `limit`; anything above is `limit + 1`.
    RapidFuzz's, in C++ (the band of a table this did in Python was a fifth of a second
    on whitehouse-2022; the same answers, tests/test_edit_distance.py)."""
    return Levenshtein.distance(a, b, score_cutoff=limit)


# --- titles ---------------------------------------------------------------------------


def fits_title(titles: set[str] | None, text: str, start: int) -> bool:
    """Does the title right before a lone name at `start` (if any) fit the person: was
    it used with the full name somewhere? Honorifics (Mr, Ms, Dr) always fit."""
    title = _word_before(text, start)
    if title in ROYAL_TITLES and not (titles and title in titles):
        return False  # "King Hussein" is no Saddam Hussein: a given name after it
    if titles is None or not (title in TITLES or title in ROLE_NOUNS) or title in HONORIFICS:
        return True
    # A person never given a title fits any; one given others ("President Alexis McGill
    # Johnson") does not fit a new one ("Prime Minister Johnson").
    known = {t for t in titles if t in TITLES or t in ROLE_NOUNS} - HONORIFICS
    return not known or _SPELLED_OUT.get(title, title) in spelled_out(titles)


# Patterns asked around every name, compiled once: a word; the word before a name.
_WORD = re.compile(r"\S+")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?\s+$")


def title_words(text: str, start: int, end: int | None = None) -> set[str]:
    """The lower-case words of the title right before a name ("First Lady [Jill Biden]",
    "Dr. [Biden]"), and of one right after it (", President of ...") when `end` is given.
    Only adjacent title words: "President Biden and First Lady Jill Biden" does not make
    Jill Biden a President. Nor across a line: "Yes, my Lord.\n\nQ" (a speaker's
    turn, named at its label) is no lord's."""
    words: set[str] = set()
    line = text.rfind("\n", 0, start) + 1
    for word in reversed(_WORD.findall(text[max(0, start - 80, line) : start])[-6:]):
        bare = word.lower().rstrip(".")
        bare = FOREIGN_TITLES.get(bare, bare)
        if not word[0].isupper() or bare not in TITLE_PHRASE or word[-1] in ",;:":
            break
        words.add(bare)
    if end is not None and text.startswith(", ", end):
        for word in _WORD.findall(text[end + 2 : end + 60])[:4]:
            bare = word.lower().strip(".,")
            if bare == "the" and not words:
                continue
            if bare not in TITLE_PHRASE:
                break
            words.add(bare)
    return words - SMALL_WORDS


def titled_form(text: str, start: int, end: int) -> str | None:
    """A lone name as written with the title right before it ("Admiral Allen", "Mr.
    Obama", "President Biden"): at most three adjacent title words, the last one a title
    or a role noun. None when no title comes right before."""
    window = max(0, start - 60, text.rfind("\n", 0, start) + 1)  # (on the name's line)
    taken: list[re.Match[str]] = []  # nearest first
    for match in reversed(list(_WORD.finditer(text[window:start]))[-3:]):
        word = match.group()
        if not word[0].isupper() or _bare(word) not in TITLE_PHRASE or word[-1] in ",;:":
            break
        if word.endswith(".") and word.lower().rstrip(".") not in ABBREVIATED:
            break  # "... Madam Press Secretary. Karine": the sentence before ends there
        taken.append(match)
    while taken and _bare(taken[-1].group()) in SMALL_WORDS:
        taken.pop()  # "of" in "Secretary of State" without "Secretary"
    if not taken or _bare(taken[0].group()) not in _TITLES_ROLES:
        return None
    return " ".join(text[window + taken[-1].start() : end].split())


def _bare(word: str) -> str:
    bare = word.lower().rstrip(".")
    return FOREIGN_TITLES.get(bare, bare)


def _word_before(text: str, start: int) -> str:
    match = _WORD_BEFORE.search(text[max(0, start - 30) : start])
    word = match.group(1).lower() if match else ""
    return FOREIGN_TITLES.get(word, word)


def titled_people(found: list[Found], text: str, vocabulary: Vocabulary) -> None:
    """ "White House Chief of Staff [Rahm Emanuel] said", tagged an organization, is a
    person: a name of two or three words, none of them a common word (not "Chief of
    Staff for [Legal Affairs]"), right after a person's title, and not already typed by
    its head or the word after it. `found`: one document's candidate mentions."""
    for f in found:
        words = f.text.split()
        if (
            f.label != "PERSON"
            and 2 <= len(words) <= 3
            and f.weight < STRONG
            and not any(vocabulary.common(w) for w in words)
            and _titled_name(words, text, f.start)
        ):
            f.vote, f.weight = "person", STRONG


def untagged_titled(
    found: list[Found], document: Document, spans: Sequence[Span], vocabulary: Vocabulary
) -> list[Found]:
    """ "led by Chief Prosecutor [Kim] Do-hyun", where the tagger found less or nothing:
    a name of two or three capitalised words right after a person's title, in a run of
    capitalised words that no span but a person's inside the name touches. None of its
    words is a title, a common word, a month or a weekday, or in capitals; the run ends
    with the name. `found`: one document's candidate mentions, from the tagger's
    `spans`; returned with such names in place of what they hold."""
    if not found:
        return found
    index = found[0].doc
    text = document.text
    # What the tagger found, but for a person's name (a name it may have cut short)
    taken = sorted((s.start, s.end, s.label == "PERSON") for s in spans)
    added: list[Found] = []
    sentences = document.sentences
    starts = [s.start for s in sentences]
    headlines: dict[int, bool] = {}  # (read only for a sentence with a run of three)
    # Runs of capitalised words, one space apart in one sentence, of three words at least
    # (a title and a name of two); one in capitals or a possessive ends one ("President
    # Barack Obama's administration")
    for candidate in _THREE_CAPITALISED.finditer(text):
        words = list(_NAME_WORD.finditer(text, candidate.start(), candidate.end()))
        if not any(_bare(word.group()) in TITLE_PHRASE for word in words):
            continue  # (no run in it opens with a title: most, in headings and names)
        runs: list[list[re.Match[str]]] = [[]]
        for word in words:
            run = runs[-1]
            if _POSSESSIVE.sub("", word.group()).isupper():
                runs.append([])
                continue
            if run and (
                _POSSESSIVE.search(run[-1].group())
                or bisect.bisect_right(starts, word.start())
                != bisect.bisect_right(starts, run[0].start())
            ):
                runs.append(run := [])
            run.append(word)
        for run in runs:
            if len(run) < 3 or (at := bisect.bisect_right(starts, run[0].start())) == 0:
                continue
            sentence = sentences[at - 1]
            if run[-1].end() > sentence.end:
                continue  # (not in the sentence's text)
            if at not in headlines:
                headlines[at] = capitalised_throughout(sentence.text)
            added.extend(
                _titled_run(run, index, sentence.number, text, taken, vocabulary, headlines[at])
            )
    spans_found = {(f.start, f.end) for f in found}
    if not (added := [a for a in added if (a.start, a.end) not in spans_found]):
        return found
    inside = {
        (f.start, f.end) for f in found for a in added if a.start <= f.start and f.end <= a.end
    }
    kept = [f for f in found if (f.start, f.end) not in inside]
    return sorted([*kept, *added], key=lambda f: (f.start, f.end))


# A word of a name: letters, joined by hyphens or apostrophes ("Do-hyun", "O'Neill").
_NAME_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# Three such words capitalised or more, one space apart (where a titled name may be).
_CAPITALISED_WORD = rf"[{LATIN_CAPITALS}][^\W\d_]*(?:[-'’][^\W\d_]+)*"
# (the first capital matched, then the look-behind before it: two thirds of the time of
# the look-behind first, tried at every character)
_THREE_CAPITALISED = re.compile(
    rf"[{LATIN_CAPITALS}](?<![\w'’-].)[^\W\d_]*(?:[-'’][^\W\d_]+)*"
    rf"(?: {_CAPITALISED_WORD}){{2,}}(?![\w'’-])"
)
_POSSESSIVE = re.compile(r"['’]s$")


def _titled_run(
    run: list[re.Match[str]],
    index: int,
    sentence: int,
    text: str,
    taken: list[tuple[int, int, bool]],
    vocabulary: Vocabulary,
    headline: bool,
) -> list[Found]:
    """The name after the title words that open `run` (see `untagged_titled`). In a
    sentence capitalised throughout (`headline`), where case tells no name from a verb,
    only a name that ends its line or stands before a comma or bracket ("The Honorable
    Maria Brewer, U.S. Ambassador"; not "President Mutesa Secures USD 2.4 Billion")."""
    name = run
    while name and _bare(name[0].group()) in TITLE_PHRASE:
        name = name[1:]
    if not 2 <= len(name) <= 3 or len(name) == len(run):
        return []
    start, end = name[0].start(), name[-1].end()
    if possessive := _POSSESSIVE.search(name[-1].group()):
        end -= len(possessive.group())
    touched = bisect.bisect_left(taken, (end, end, False))
    if any(
        s < end and e > run[0].start() and not (person and start <= s and e <= end)
        for s, e, person in taken[max(0, touched - 8) : touched]
    ):
        return []
    if headline and not _LIST_END.match(text, end):
        return []
    after = _WORD_AFTER.match(text, end)
    if after and (
        after.group(1) in SURNAME_PARTICLES
        or after.group(1).lower().replace(".", "") in _HEADS_AFTER
    ):
        return []  # "Owner Hollinsworth Rovers F.C.", "Judge Noor Hafizah binti Abdul Wahab"
    if any(
        _bare(w.group()) in _NOT_IN_NAMES
        or vocabulary.common(w.group())
        or w.group() in MONTHS
        or w.group().lower() in HEADLINE_VERBS
        or w.group().lower() in WEEKDAYS
        for w in name
    ):
        return []  # "Assistant [County Supervisor]", "Commissioner of the U.S. Marine [Mammal Commission]"
    if not title_words(text, start) & _PERSONS_TITLES or titled_form(text, start, end) is None:
        return []
    return [Found(index, text[start:end], "PERSON", sentence, start, end, STRONG, "person")]


# Words no person's name holds (an organization's or a place's head, a suffix), and
# words after a name that make it another kind of name or a longer one.
_HEADS_AFTER = ORG_HEADS | PLACE_HEADS | GEO_HEADS | CLUB_WORDS | SUFFIXES | LEGAL_FORMS
_NOT_IN_NAMES = TITLE_PHRASE | _HEADS_AFTER
_WORD_AFTER = re.compile(r"\s+([^\W\d_][\w.’'/-]*)")
_LIST_END = re.compile(r"[ \t]*(?:$|[,(\n])", re.MULTILINE)


_TITLE_OF = re.compile(r"\b([A-Z][a-z]+) of (?:the )?(?:[A-Z][\w’']*\s+){1,2}$")
# Made once (asked for every name after a title): a title or role; one of a person.
_TITLES_ROLES = TITLES | ROLE_NOUNS
_PERSONS_TITLES = _TITLES_ROLES - {"first", "general", "prime"}


def _titled_name(words: list[str], text: str, start: int) -> bool:
    """Is a name of capitalised words (no "of", no "and", no acronym) right after a
    person's title ("White House Chief of Staff", "Senator", "CEO")?"""
    if not all(w[:1].isupper() and not w.isupper() for w in words) or SMALL_WORDS & {
        w.lower() for w in words
    }:
        return False
    window = text[max(0, start - 60) : start]
    of = _TITLE_OF.search(window)  # "Chief of Staff", "Secretary of the Navy"
    if of and of.group(1).lower() in _TITLES_ROLES:
        return True
    before = window.split()
    if not before or before[-1].lower() in SMALL_WORDS:
        return False  # "President of the [Kyrgyz Republic]": the title's organization
    return bool(title_words(text, start) & _PERSONS_TITLES)


def surnamed_people(found: list[Found], vocabulary: Vocabulary) -> None:
    """ "letting [Rahm Emanuel] live", tagged an organization, is a person when the
    corpus writes its last word alone as a person's name and its first word alone as
    no name at all: a name of two or three capitalised words, none of them a common
    word, typed by nothing but the tagger's label, whose last word is written alone at
    least twice, tagged a person at least twice as often as anything else ("Emanuel
    said", "Mr. Emanuel"), and ends no name tagged a person: "Gordon" alone is Robert
    or Michael Gordon's, and says nothing of "Panmure Gordon"; "Florida" and
    "Pittsburgh" are names of their own ("Florida Keys", "Pittsburgh Steelers").
    `found`: the corpus's candidate mentions."""
    alone: dict[str, Counter[bool]] = {}
    named: set[str] = set()
    for f in found:
        if " " not in f.text:
            alone.setdefault(f.text, Counter())[f.label == "PERSON"] += 1
        elif f.label == "PERSON":
            named.add(f.text.rsplit(None, 1)[-1])
    people = {
        w for w, n in alone.items() if n[True] >= 2 and n[True] >= 2 * n[False] and w not in named
    }
    for f in found:
        words = f.text.split()
        if (
            f.label == "ORG"
            and f.vote != "person"
            and 2 <= len(words) <= 3
            and f.weight < STRONG
            and words[-1] in people
            and words[0] not in alone
            and all(w[:1].isupper() and w[1:].islower() for w in words)
            and not any(vocabulary.common(w) for w in words)
        ):
            f.vote, f.weight = "person", STRONG
