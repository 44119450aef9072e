"""Letters dropped when a text was saved: a tool that could not write "é" or "ó" left it
out ("Mdecins Sans Frontires", "Dvila") or wrote a space ("C rdova", "G nther"). The
bytes are gone, so nothing in one document says which letter it was; the corpus may.

Each finding is a named rule with its evidence, read over the whole corpus:

* "split word": a piece of a word in lower case that no English word starts with (its
  first two letters are consonants that lexicon/onsets.txt does not list: "rdova",
  "nther"), after a lone capital letter ("C rdova", "G nther"), or between two
  capitalised words ("Jos ngel C rdova"). A letter was lost there for sure.
* "dropped letter": a capitalised word that starts so ("Dvila", "Mdecins"). Names from
  other languages start so too ("Dmitry", "Tbilisi", "Nguyen"): alone, not enough.
* "dropped vowel": a capitalised word whose first two letters may start a word but not
  its first three ("Crdova"; not "Street", "Christmas"): only ever repaired.
* "split end": a capitalised word, a space, then one letter in lower case ("Calder n"
  for "Calderón"): English writes no lone letter but "a" after a word, so the letter
  before the last was lost there. Only ever repaired: a lone letter may be a label.
* "lost end": in a sentence that lost a letter elsewhere, a capitalised word no
  document without losses writes, whose form with one more last letter the corpus
  writes before the same next word ("Jos Angel C rdova": "Jose Angel"). Only ever
  repaired.

A finding is repaired when the corpus itself writes the full form, and only one: the
same word with one letter more in that place ("Davila" or "Dávila" for "Dvila",
"Córdova" for "C rdova"). Otherwise a split word is flagged, and so is a dropped-letter
word in a document whose letters are lost elsewhere too (a split word, a repair) when
no document that lost none writes it ("Dmitry" is a name there too); a dropped-letter
word alone is left as it is. Flagged words are listed on the Build
report with their document and sentence; repaired ones too, with the form they were
given. Documents whose words are in pieces all over (decode.stray_letters: "Vi t Nam ngn
c m") are flagged whole and not read here.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .. import lexicon
from ..model import Document

ONSETS = lexicon.words("onsets")
_VOWELS = frozenset("aeiouy")
_WORD = re.compile(r"(?<![\w’'@/.\-])[^\W\d_]+(?![\w’'@/\-])")
_NO_ONSET = "(?!(?i:" + "|".join(sorted(ONSETS)) + "))"
# A capitalised word that starts with two consonants, not an onset (odd_start's candidates).
# Each pattern opens with a lookahead of the letters it starts with: the same matches, but
# most places in a text fail that one test, before the onsets' long alternation is tried
# there (8 times faster on whitehouse-2022, 10 MB: 0.87 -> 0.11 s).
_TWO_CONSONANTS = re.compile(
    r"(?=[B-DF-HJ-NP-TV-XZ][b-df-hj-np-tv-xz])"
    rf"(?<![\w’'@/.\-]){_NO_ONSET}[B-DF-HJ-NP-TV-XZ][b-df-hj-np-tv-xz][^\W\d_]+(?![\w’'@/\-])"
)
_TRIPLES = frozenset(o for o in ONSETS if len(o) == 3)
_ONSET = "(?=(?i:" + "|".join(sorted(o for o in ONSETS if len(o) == 2)) + "))"
# A capitalised word that starts with three consonants, the first two an onset ("Crdova").
_THREE_CONSONANTS = re.compile(
    r"(?=[B-DF-HJ-NP-TV-XZ][b-df-hj-np-tv-xz]{2})"
    rf"(?<![\w’'@/.\-]){_ONSET}[B-DF-HJ-NP-TV-XZ][b-df-hj-np-tv-xz]{{2}}[^\W\d_]+(?![\w’'@/\-])"
)
# A lone capital (not "A", "I") or a capitalised word, a space, a piece in lower case.
_SPLIT = re.compile(
    r"(?<![\w’'@/.\-])(?P<before>[B-HJ-Z]|[A-Z][a-z]+) "
    rf"(?P<piece>{_NO_ONSET}[b-df-hj-np-tv-xz]{{2}}[a-z]+)(?![\w’'@/\-])"
    r"(?P<after>(?= [A-Z]))?"
)
# A capitalised word, a space, one letter in lower case ("Calder n"): not "a", nor the
# letters a lost apostrophe leaves ("Russia s", "don t", "I d", "I m").
_SPLIT_END = re.compile(
    r"(?=[A-Z][a-z]+ [a-z])(?<![\w’'@/.\-])(?P<before>[A-Z][a-z]+) (?P<piece>[b-ce-ln-ru-z])(?![\w’'@/\-])"
)


@dataclass(frozen=True, slots=True)
class Lost:
    """A word that lost a letter: where (its sentence and offset in the document's text),
    as written, the full form the corpus writes (None: flagged, not repaired), and the
    rule that found it."""

    sentence: int
    start: int
    written: str
    full: str | None
    rule: str


def odd_start(word: str) -> bool:
    """Does the word start with two consonants no English word starts with ("rdova",
    "Dvila"; not "Khan", "Street", "McKay")? It must have a vowel: "mph" is no word."""
    low = word.lower()
    return (
        len(low) >= 3
        and low[:2].isascii()
        and low[:2].isalpha()
        and low[0] not in _VOWELS
        and low[1] not in _VOWELS
        and low[:2] not in ONSETS
        and any(c in _VOWELS for c in low[2:])
    )


def vocabulary(documents: Sequence[Document]) -> Counter[str]:
    """How often the corpus writes each word, as written."""
    words: Counter[str] = Counter()
    for document in documents:
        if not document.stray:
            words.update(_WORD.findall(document.text))
    return words


def find_lost_letters(
    documents: Sequence[Document], words: Counter[str] | None = None
) -> dict[str, tuple[Lost, ...]]:
    """Document id -> the words that lost a letter in it (see the module docstring), in
    text order; documents with none are left out. `words`: the corpus's vocabulary
    (made only when a word is found)."""
    found: dict[str, list[Lost]] = {}
    unsure: dict[str, list[Lost]] = {}  # dropped-letter words with no full form
    for document in documents:
        if document.stray:
            continue
        candidates = _split_words(document) + _dropped_letters(document)
        if not candidates:
            continue
        words = vocabulary(documents) if words is None else words
        lost = [_with_full(x, words) for x in candidates]
        found[document.id] = [x for x in lost if x.rule == "split word" or x.full]
        unsure[document.id] = [x for x in lost if x.rule == "dropped letter" and not x.full]
    if any(found.values()):
        clean = vocabulary([d for d in documents if not found.get(d.id)])  # (lost none)
        for document in documents:
            if found.get(document.id):
                # "Jos Angel C rdova": a name's last letter lost beside a split word
                found[document.id].extend(
                    _lost_ends(document, found[document.id], words, clean, documents)
                )
        # "Dmitry" in a document that lost letters is a name all the same when a
        # document that lost none writes it too.
        for i, lost in found.items():
            if lost:
                lost.extend(x for x in unsure[i] if not clean[x.written])
    return {i: tuple(sorted(x, key=lambda x: x.start)) for i, x in found.items() if x}


# A capitalised word and the word after it ("Jos Angel", "Jos ngel").
_NAME_AND_NEXT = re.compile(r"(?<![\w’'@/.\-])([A-Z][a-z]+) ([^\W\d_][\w’'-]*)")


def _lost_ends(
    document: Document,
    lost: Sequence[Lost],
    words: Counter[str] | None,
    clean: Counter[str],
    documents: Sequence[Document],
) -> list[Lost]:
    """ "lost end": in a sentence where a letter was lost (`lost`), a capitalised word
    that no document without losses writes, whose one longer form by a last letter the
    corpus writes before the same next word ("Jos Angel C rdova": "Jose Angel Cordova").
    Only ever repaired: the next word is the evidence."""
    if words is None:
        return []
    sentences = {x.sentence for x in lost}
    repaired = {x.written: x.full for x in lost if x.full}  # "ngel" -> "Angel"
    out = []
    for sentence in document.sentences:
        if sentence.number not in sentences:
            continue
        for match in _NAME_AND_NEXT.finditer(sentence.text):
            word, following = match.groups()
            following = repaired.get(following, following)
            if clean[word] or any(x.written == word for x in lost):
                continue
            fits = {
                w
                for w in _by_start(words).get((word[0], len(word) + 1), ())
                if w.startswith(word) and w[-1].isalpha() and not words[w.lower()]
            }
            fits = {w for w in fits if any(f"{w} {following}" in d.text for d in documents)}
            if len(fits) == 1:
                start = sentence.start + match.start()
                out.append(Lost(sentence.number, start, word, fits.pop(), "lost end"))
    return out


def _split_words(document: Document) -> list[Lost]:
    text = document.text
    out: list[Lost] = []
    for match in _SPLIT.finditer(text):
        before, piece = match.group("before"), match.group("piece")
        lone = len(before) == 1
        if not odd_start(piece) or not (lone or match.group("after") is not None):
            continue
        written = f"{before} {piece}" if lone else piece
        start = match.start() if lone else match.start("piece")
        out.append(Lost(_sentence(document, start), start, written, None, "split word"))
    for match in _SPLIT_END.finditer(text):
        start = match.start()
        out.append(Lost(_sentence(document, start), start, match.group(), None, "split end"))
    return out


def _dropped_letters(document: Document) -> list[Lost]:
    out: list[Lost] = []
    for match in _TWO_CONSONANTS.finditer(document.text):
        word = match.group()
        if odd_start(word):
            start = match.start()
            out.append(Lost(_sentence(document, start), start, word, None, "dropped letter"))
    # "Crdova": an onset ("cr"), then a consonant no English word has there. Names
    # start so too ("Khmer", "Phnom"): only ever repaired, never flagged.
    for match in _THREE_CONSONANTS.finditer(document.text):
        word = match.group()
        low = word.lower()
        if low[:3] not in _TRIPLES and any(c in _VOWELS for c in low[3:]):
            start = match.start()
            out.append(Lost(_sentence(document, start), start, word, None, "dropped vowel"))
    return out


def _with_full(lost: Lost, words: Counter[str]) -> Lost:
    """The finding with the one full form the corpus writes, if there is one: the word
    with a vowel after its first letter ("Dvila" -> "Davila"), the lone capital and the
    piece with a letter between ("C rdova" -> "Córdova"; "Calder n" -> "Calderón"), the
    piece with a capital before ("ngel" -> "Ángel")."""
    written = lost.written
    if lost.rule in ("dropped letter", "dropped vowel"):
        full = _one_full(words, written[0], written[1:], vowels=True)
    elif lost.rule == "split end":
        head, last = written.split(" ")
        fits = {
            word
            for word in _by_start(words).get((head[0], len(head) + 2), ())
            if word.startswith(head) and word.endswith(last) and not words[word.lower()]
        }  # a name's, which the corpus never writes in lower case: not "Seen" for "Se n"
        full = next(iter(fits)) if len(fits) == 1 else None
    elif " " in written:
        full = _one_full(words, written[0], written[2:])
    else:
        fits = {w for w in _by_start(words).get(("", len(written) + 1), ()) if w[1:] == written}
        full = next(iter(fits)) if len(fits) == 1 and next(iter(fits))[0].isupper() else None
    return Lost(lost.sentence, lost.start, written, full, lost.rule)


def _one_full(words: Counter[str], head: str, tail: str, vowels: bool = False) -> str | None:
    """The one word of the corpus that is `head`, a letter, then `tail` (with `vowels`,
    a vowel, accented or not), or None when there is none or more than one."""
    fits = {
        word
        for word in _by_start(words).get((head, len(head) + len(tail) + 1), ())
        if word.endswith(tail) and (not vowels or _base(word[len(head)]) in _VOWELS)
    }
    return next(iter(fits)) if len(fits) == 1 else None


_GROUPS: dict[int, tuple[Counter[str], dict[tuple[str, int], list[str]]]] = {}


def _by_start(words: Counter[str]) -> dict[tuple[str, int], list[str]]:
    """The corpus's words by (first letter, length), made once per vocabulary."""
    cached = _GROUPS.get(id(words))
    if cached is not None and cached[0] is words:
        return cached[1]
    groups: dict[tuple[str, int], list[str]] = {}
    for word in words:
        groups.setdefault((word[0], len(word)), []).append(word)
        groups.setdefault(("", len(word)), []).append(word)
    _GROUPS.clear()
    _GROUPS[id(words)] = (words, groups)
    return groups


def _base(letter: str) -> str:
    """ "é" -> "e": the letter without its accent, in lower case."""
    return unicodedata.normalize("NFD", letter)[0].lower()


def _sentence(document: Document, offset: int) -> int:
    for sentence in document.sentences:
        if sentence.start <= offset < sentence.end:
            return sentence.number
    return document.sentences[-1].number if document.sentences else 0


def repairs_of(lost: Sequence[Lost]) -> tuple[tuple[str, str], ...]:
    """(as written, full form) of the repaired words, once each, in a fixed order."""
    return tuple(sorted({(x.written, x.full) for x in lost if x.full is not None}))


def repair(text: str, repairs: Sequence[tuple[str, str]]) -> str:
    """The text with each word written as the first of a pair made the second, where it
    stands as a whole word."""
    for written, full in repairs:
        pattern = re.compile(rf"(?<![\w’'@/.\-]){re.escape(written)}(?![\w’'@/\-])")
        text = pattern.sub(full, text)
    return text
