"""Names read in documents' titles (a title given is sentence 1 of the text, see
Document.titled): kept as in any sentence, except in a title written in title case.

In "Biden-Harris Administration Advances Equity Through Federal Procurement" every word
is capitalised, and the pipeline reads headline words as names ("Background Press Call
Previewing", "Bipartisan Senate" as a person). In such a title a name is kept when a
rule below says it is one, and dropped otherwise, however the pipeline tagged it:

* "named in the text": the corpus's texts outside titles write the same name (name_key):
  "Department of Energy", "Ukraine";
* (dropped) "cut short": the next word is the head of a longer name ("Biden-Harris
  [Administration]", "Harris [Foundation]"): the pipeline took part of it;
* "no common word": none of its words is one the corpus writes in lower case (Vocabulary
  .common), the heads of names ("Department", "Island") and small words ("of") aside:
  "Jen Psaki", "Sidney Poitier", "NSC".

A title is in title case when, its first word and function words ("of", "with",
"those") aside, at least TITLE_CASE_SHARE of its words (and TITLE_CASE_WORDS at least)
start with a capital.
A headline in sentence case ("Dock workers walk out at the port of Valmora") is read
like any sentence.

A sentence written in capitals, title or not ("WHAT MEASURES IS THE MEXICAN GOVERNMENT
TAKING?", a reader's comment shouted, "FOR FURTHER INFORMATION MEDIA SHOULD CONTACT THE
FEMA NEWS DESK"), says as little by its case and is read by the same rules: at least
CAPITALS_WORDS words, CAPITALS_SHARE of them in capitals. "WHO" there is kept because
the texts write it elsewhere; "ORDINARY" and "MEXICAN GOVERNMENT TAKING" are not.
"""

from __future__ import annotations

import re
import string
from collections.abc import Sequence

from .. import lexicon
from ..model import Document
from .mentions import Found, Vocabulary, name_key
from .words import GEO_HEADS, ORG_HEADS, PLACE_HEADS, SMALL_WORDS

TITLE_CASE_SHARE = 0.8
TITLE_CASE_WORDS = 2
CAPITALS_SHARE = 0.8
CAPITALS_WORDS = 3
# The words that head a name and are common words too ("Department", "House").
_HEADS = ORG_HEADS | PLACE_HEADS | GEO_HEADS | SMALL_WORDS
_ORG_OR_PLACE_HEADS = ORG_HEADS | PLACE_HEADS
# Words a title in title case may leave in lower case.
_FUNCTION_WORDS = SMALL_WORDS | lexicon.words("stop_words")
_NEXT_WORD = re.compile(r"[ ]([A-Z][\w’'-]*)")
_WORD = re.compile(r"(?<![\w’'.-])[^\W\d_][\w’'.-]*")  # not "st" of "21st"


def names_in_titles(
    found: Sequence[Found], documents: Sequence[Document], vocabulary: Vocabulary
) -> list[Found]:
    """`found` without the names read in titles in title case, or in sentences written
    in capitals, that no rule keeps (see the module docstring), in the same order."""
    cased = {i: title_case(d.sentences[0].text) for i, d in enumerate(documents) if d.titled}
    # (a document given no title that opens with a headline of its own: one line in title
    # case, no full stop, a paragraph to itself)
    cased |= {i: True for i, d in enumerate(documents) if not d.titled and _headline_first(d)}
    capitals: dict[tuple[int, int], bool] = {}
    in_title = [f.sentence == 1 and f.doc in cased for f in found]

    def uncased(f: Found, title: bool) -> bool:
        """Does case say nothing of the name: read in a title in title case, or, in
        capitals itself, in a sentence in capitals?"""
        if title and cased[f.doc]:
            return True
        if not f.text.isupper():
            return False  # "McDonald" keeps its case in any sentence
        where = (f.doc, f.sentence)
        if where not in capitals:
            sentences = documents[f.doc].sentences
            capitals[where] = 0 < f.sentence <= len(sentences) and in_capitals(
                sentences[f.sentence - 1].text
            )
        return capitals[where]

    unsure = [uncased(f, title) for f, title in zip(found, in_title, strict=True)]
    if not any(unsure):
        return list(found)
    known = {
        name_key(f.text)
        for f, doubt, title in zip(found, unsure, in_title, strict=True)
        if not doubt and not title
    }
    return [
        f
        for f, doubt in zip(found, unsure, strict=True)
        if not doubt or title_name_rule(f.text, known, vocabulary, documents[f.doc].text[f.end :])
    ]


def _headline_first(document: Document) -> bool:
    """Does the document open with a headline, its first paragraph one sentence in title
    case with no full stop ("Harlow Mining Reports Fourth-Quarter Results; Announces
    Leadership Changes", "Press Briefing by Press Secretary Jen Psaki, January 20, 2021")?"""
    sentences = document.sentences
    if len(sentences) < 2 or sentences[1].paragraph == sentences[0].paragraph:
        return False
    first = sentences[0].text.rstrip()
    return not first.endswith((".", "!", "?", ":")) and "\n" not in first and title_case(first)


def in_capitals(sentence: str) -> bool:
    """Is the sentence written in capitals ("WHAT MEASURES IS THE MEXICAN GOVERNMENT
    TAKING?", "FOR FURTHER INFORMATION MEDIA SHOULD CONTACT THE FEMA NEWS DESK")? At
    least CAPITALS_WORDS words, CAPITALS_SHARE of them in capitals."""
    if len(sentence.translate(_NO_LOWER)) * 2 < len(sentence):
        return False  # most of it in lower case: the usual sentence, told at C speed
    words = _WORD.findall(sentence)
    shouted = sum(w.isupper() for w in words)
    return len(words) >= CAPITALS_WORDS and shouted >= CAPITALS_SHARE * len(words)


_NO_LOWER = str.maketrans("", "", string.ascii_lowercase)


def title_case(title: str) -> bool:
    """Is the title written in title case ("Biden Touts Historic Gun Safety Law")?"""
    words = [w for w in _WORD.findall(title)[1:] if w.lower() not in _FUNCTION_WORDS]
    capitalised = sum(w[0].isupper() for w in words)
    return capitalised >= TITLE_CASE_WORDS and capitalised >= TITLE_CASE_SHARE * len(words)


def capitalised_throughout(sentence: str) -> bool:
    """Is every word of the sentence but its small words capitalised, as in a headline
    ("President Mutesa Secures USD 2.4 Billion in Gold Deal") or a list of names?"""
    return all(w[0].isupper() for w in _WORD.findall(sentence) if w.lower() not in _FUNCTION_WORDS)


def title_name_rule(
    name: str, known: set[str], vocabulary: Vocabulary, after: str = ""
) -> str | None:
    """The rule that keeps `name`, read in a title in title case (`after`: the title's
    text after it), or None: not a name."""
    if name_key(name) in known:
        return "named in the text"
    head = _NEXT_WORD.match(after)
    if head and head.group(1).lower() in _ORG_OR_PLACE_HEADS:
        return None  # cut short
    words = [w.strip(".,’'") for w in name.split()]
    if all(w.lower() in _HEADS or not vocabulary.common(w) for w in words if w):
        return "no common word"
    return None
