"""Names the pipeline cut short: "President Yoon Suk Yeol of the Republic of Korea" read
as the person "Yoon Suk" and the person "Yeol". A span is made whole again when the word
right after it makes, with it, a name of the same kind that the corpus writes whole
elsewhere; the word's own span, if any, is then no second mention."""

from __future__ import annotations

import re

from .mentions import Found, name_key

# The capitalised word right after a span, on the same line ("Yoon Suk| Yeol").
_NEXT_WORD = re.compile(r"[ \t]+([A-Z][\w’'-]*)")


def complete_cut_names(found: list[Found], texts: list[str]) -> list[Found]:
    """`found` with each person's name cut one word short completed by that word, where
    the completed name is written whole as a person elsewhere (texts: the documents'
    text, by document index)."""
    whole = {name_key(f.text) for f in found if f.label == "PERSON" and " " in f.text}
    taken: set[tuple[int, int]] = set()
    for f in found:
        if f.label != "PERSON" or " " not in f.text:
            continue  # a lone word cut short is no evidence: "Mr." + "Smith"
        match = _NEXT_WORD.match(texts[f.doc], f.end)
        if match and name_key(f"{f.text} {match.group(1)}") in whole:
            f.end = match.end(1)
            f.text = texts[f.doc][f.start : f.end]
            taken.add((f.doc, match.start(1)))
    return [f for f in found if (f.doc, f.start) not in taken]
