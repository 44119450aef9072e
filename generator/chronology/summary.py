"""Event summaries: a dated sentence as a short statement.

A summary keeps the sentence's subject and its temporal expression and stays within
SUMMARY_WORDS words: the whole sentence when short enough; otherwise the sentence
without its asides (appositions, relative clauses, a closing "including ...", an
opening subordinate clause), longest first; as a last resort the clause around the
expression after the subject (or the words just before it). Markdown and HTML marks are
taken out of the summary; the event keeps its sentence as written. A sentence whose
subject is a pronoun is summarised after the sentence before it (summarise_with).
"""

from __future__ import annotations

import re

from .. import lexicon

SUMMARY_WORDS = 25
# Words of the sentence before shown with a sentence whose subject is a pronoun.
CONTEXT_WORDS = 10
# An opening clause this short is kept before a clause without its subject.
SUBJECT_WORDS = 15
_WORD = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’-]+")
# (a comma or a colon between digits is a number's or a clock's: "17,000", "10:30")
_CLAUSE = re.compile(r"[;—–()]|(?<!\d)[,:]|[,:](?!\d)|\s-\s")
# Summaries: words that open an aside, and a sentence's opening clause before its subject.
_RELATIVES = frozenset(
    {"who", "whom", "whose", "which", "where", "while", "including", "whereas", "although"}
)
_TAIL = frozenset({"including", "while", "whereas", "although"})
_SUBORDINATE = frozenset(
    "although though while whereas because if despite amid as unless whether".split()
)
_PREPOSITIONS = frozenset(
    """in on at since after before during from by for with through following until
    last this earlier later yesterday today tonight""".split()
)
_DETERMINERS = frozenset("the a an this that these those its their his her".split())
# Words that open the clause holding the sentence's verb, never an aside after a name
# ("Wang Haitao, former vice governor of Jiangxi, has been expelled from the Party"): an
# auxiliary or a modal.
_PREDICATE_OPENERS = frozenset(
    """is are was were be been has have had will would shall should can could may might
    must do does did""".split()
)
# Words that open an apposition or an adverbial phrase after a name, which can go:
# "Carstens, the envoy for hostage affairs, flew", "Wang Haitao, former vice governor",
# "in Luanda, at the invitation of the Government of Angola". A clause opened by
# another word may be the statement's verb ("the DFPD, stopped the car"): it stays.
_APPOSITION_OPENERS = (
    _DETERMINERS
    | _PREPOSITIONS
    | frozenset(
        """and or one another both each all some many most several its our my your according
        under near of to into across between among against without within via per as
        about around along amid despite""".split()
    )
    | lexicon.words("role_modifiers")
    | lexicon.words("role_nouns")
    | lexicon.words("titles")
)
# Relative words that say more of the words right before them: gone with them.
_RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which", "where"})
_QUOTES = "\"“”‘’'(*[]"
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_TAG = re.compile(r"</?[A-Za-z][^>]*>")


def summarise_sentence(text: str, start: int, end: int) -> str:
    """A short statement of the sentence (see _shorten), never over SUMMARY_WORDS words
    (an ellipsis is not a word)."""
    summary = _shorten(text, start, end)
    words = summary.split()
    if sum(w != "…" for w in words) <= SUMMARY_WORDS:
        return summary
    kept: list[str] = []
    for word in words:
        if sum(w != "…" for w in kept) == SUMMARY_WORDS:
            break
        kept.append(word)
    return " ".join(kept) + " …"


def _shorten(text: str, start: int, end: int) -> str:
    """A short statement of the sentence, at most SUMMARY_WORDS words, that keeps the
    expression and the sentence's subject: the whole sentence when short enough;
    otherwise the sentence without its asides (appositions, relative clauses,
    parentheses, an opening clause before the subject), longest first; as a last resort
    the clause around the expression, after the subject."""
    expression = text[start:end]
    text = _readable(text)
    if len(text.split()) <= SUMMARY_WORDS:
        return text
    found = text.find(expression)
    if found >= 0:
        start, end = found, found + len(expression)
    segments = _segments(text)
    kept = [True] * len(segments)
    held = next((i for i, seg in enumerate(segments) if seg[0] <= start < seg[2]), 0)
    protected = {held}
    if (
        _words_besides(text[segments[held][0] : segments[held][1]], 0, 0)
        - len(_WORD.findall(expression))
        < 4
    ):  # "Today, ...", "Last year, ...": the statement is the next clause
        following = [
            i
            for i in range(held + 1, len(segments))
            if _first_word(text, segments[i]) not in _RELATIVES | _TAIL | _SUBORDINATE
        ]
        before = held - 1
        while before > 0 and text[segments[before - 1][1] : segments[before][0]].strip() == "(":
            before -= 1  # (not "(CBR)": the words it shortens)
        protected.add(following[0] if following else before)
    asides: list[range] = []
    for i in range(len(segments)):
        if i in protected or not _is_aside(text, segments, i, held):
            continue
        # "including ...", "while ..." after the expression: to the end of the sentence
        tail = i > max(protected) and _first_word(text, segments[i]) in _TAIL
        asides.append(range(i, len(segments)) if tail else range(i, i + 1))
    asides.sort(
        key=lambda group: -sum(len(text[segments[j][0] : segments[j][1]].split()) for j in group)
    )
    for group in asides:
        if _words(text, segments, kept) <= SUMMARY_WORDS:
            break
        if held in group:
            continue
        for j in group:
            kept[j] = False
        # what says more of the aside's words goes with them: a relative clause ("in
        # Luanda, at the invitation of the Government of Angola, which currently chairs
        # ..."), an acronym in brackets ("the company Costruzioni Brianzole Riunite (CBR)")
        after = group[-1] + 1
        while (
            after < len(segments)
            and after not in protected
            and (
                _first_word(text, segments[after]) in _RELATIVE_PRONOUNS
                or text[segments[after - 1][1] : segments[after][0]].strip() == "("
            )
        ):
            kept[after] = False
            after += 1
    if _words(text, segments, kept) <= SUMMARY_WORDS:
        return _readable(_join(text, segments, kept))
    return _readable(_clause_summary(text, start, end))


def _segments(text: str) -> list[tuple[int, int, int]]:
    """Clauses as (start, end of its words, start of the next clause)."""
    result: list[tuple[int, int, int]] = []
    begin = 0
    for match in _CLAUSE.finditer(text):
        result.append((begin, match.start(), match.end()))
        begin = match.end()
    result.append((begin, len(text), len(text)))
    return [seg for seg in result if text[seg[0] : seg[1]].strip()] or [(0, len(text), len(text))]


def _is_aside(text: str, segments: list[tuple[int, int, int]], index: int, held: int) -> bool:
    """A clause that can go without losing the statement: a relative clause ("who ...",
    "which ..."), an apposition (lower case, right after a name: "Carstens, the envoy
    for hostage affairs, flew"), a closing clause in lower case ("including ..."), or an
    opening subordinate clause ("Although ...") before the expression's clause."""
    first = _first_word(text, segments[index])
    if not first:
        return True
    if index == 0:
        return held > 0 and first in _SUBORDINATE
    if first in _RELATIVES:
        return True
    if not text[segments[index][0] : segments[index][1]].strip().strip(_QUOTES)[:1].islower():
        return False
    if first in _PREDICATE_OPENERS:
        return False  # "..., has been expelled from the Party": the statement's verb
    if index == len(segments) - 1:
        return True
    if first not in _APPOSITION_OPENERS and first.rstrip("’'s") not in _APPOSITION_OPENERS:
        return False  # "the Police Department (DFPD), stopped the car": a verb, maybe
    before = text[segments[index - 1][0] : segments[index - 1][1]].split()
    return bool(before) and before[-1].strip(_QUOTES)[:1].isupper()


def _first_word(text: str, segment: tuple[int, int, int]) -> str:
    words = text[segment[0] : segment[1]].split()
    return words[0].strip(_QUOTES).lower() if words else ""


def _words(text: str, segments: list[tuple[int, int, int]], kept: list[bool]) -> int:
    return sum(len(text[s:e].split()) for (s, e, _), k in zip(segments, kept, strict=True) if k)


def _join(text: str, segments: list[tuple[int, int, int]], kept: list[bool]) -> str:
    """The kept clauses with their own punctuation; across a dropped aside, the subject
    meets its verb directly ("Carstens flew ..."), other clauses keep the mark that
    followed the aside."""
    parts: list[str] = []
    previous = -1
    bracketed = False  # a bracket opened and not closed yet
    for index, ((s, e, _), keep) in enumerate(zip(segments, kept, strict=True)):
        if not keep:
            continue
        piece = text[s:e].strip()
        if (
            bracketed
            and previous < index - 1
            and text[segments[previous][1] : segments[previous][2]].strip() == ")"
        ):
            parts.append(")")  # "(CPC" closed, the words after it dropped
            bracketed = False
        if previous >= 0:
            opening = _first_word(text, segments[previous])
            if (
                previous < index - 1
                and piece[:1].islower()
                and opening not in _PREPOSITIONS
                and piece.split()[0] not in _DETERMINERS
                and text[segments[previous][1] : segments[previous][2]].strip() == ","
            ):
                parts.append(" ")  # the subject meets its verb
            else:
                mark = _delimiter(text[segments[index - 1][1] : s])
                if "(" in mark:
                    bracketed = True
                elif ")" in mark:
                    bracketed = False
                    if text[segments[previous][1] : segments[previous][2]].strip() != ")":
                        mark = mark.replace(")", "", 1).lstrip() or " "  # (opened in a dropped aside)
                parts.append(mark)
        parts.append(piece)
        previous = index
    if bracketed:
        parts.append(")")
    return "".join(parts)


def _delimiter(text: str) -> str:
    mark = text.strip()
    if mark == "(":
        return " ("  # "the Communist Party of China (CPC)"
    if mark.startswith(")"):
        return f"{mark} " if mark[1:] in ("", ",", ";", ":") else f") {mark[1:].strip()} "
    return f"{mark} " if mark in ",;:" else f" {mark} "


def _clause_summary(text: str, start: int, end: int) -> str:
    """The clause around the expression, widened to the next clauses while it says little
    more than the date, with the sentence's opening clause (usually its subject) when the
    clause has none; at most SUMMARY_WORDS words."""
    bounds = [0] + [m.end() for m in _CLAUSE.finditer(text)] + [len(text) + 1]
    begin = max(b for b in bounds if b <= start)
    following = [b for b in bounds if b > end]
    stop = following.pop(0) if following else len(text) + 1
    while following and _words_besides(text[begin : stop - 1], start - begin, end - begin) < 8:
        stop = following.pop(0)
    clause = _strip(text[begin : stop - 1])
    if begin > 0 and (len(clause.split()) < 8 or clause[:1].islower()):
        first = _strip(text[: bounds[1] - 1])
        budget = SUMMARY_WORDS - len(clause.split()) - 1
        if first and first != clause and len(first.split()) <= SUBJECT_WORDS:
            clause = f"{first} … {clause}"
        elif budget >= 4:  # the words just before: what the clause is about
            before = text[:begin].split()
            clause = f"… {' '.join(before[-budget:])} {clause}"
    return trim_words(clause, SUMMARY_WORDS)


def _readable(text: str) -> str:
    """Markdown and HTML marks taken out of a summary (the event keeps the sentence as
    written): link targets, emphasis, tags, list bullets."""
    text = _MD_LINK.sub(r"\1", text)
    text = _TAG.sub("", text)
    text = text.replace("**", "").replace("__", "")
    text = re.sub(r"(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])", "", text)
    text = " ".join(text.split()).lstrip("-•* ")
    text = text.strip(" ,;:—–(" + _QUOTES).rstrip(")")
    # (a quotation or a bracket the summary opens is closed at its end: "made it
    # “dangerously novel”", "seized Synkivka (northeast of Kupyansk)")
    if text.count("“") > text.count("”"):
        text += "”"
    if text.count("(") > text.count(")"):
        text += ")"
    return text


def _words_besides(clause: str, start: int, end: int) -> int:
    return len(_WORD.findall(clause[:start] + " " + clause[end:]))


def _strip(text: str) -> str:
    stripped = text.strip(" ,;:—–()\"“”'‘’")
    # (a dash written with a hyphen between spaces ends no clause: "to “reassort” -")
    return stripped[:-2].rstrip(" ,;:—–(") if stripped.endswith(" -") else stripped


def summarise_with(previous: str, text: str, start: int, end: int) -> str:
    """A sentence whose subject is a pronoun ("He flew to Caracas on Tuesday.") summarised
    after the sentence before it, which names the subject: both whole when within
    SUMMARY_WORDS words; otherwise the first CONTEXT_WORDS words of the sentence before,
    then the dated sentence's own summary (so at most SUMMARY_WORDS + CONTEXT_WORDS)."""
    both = f"{_readable(previous)} {_readable(text)}"
    if len(both.split()) <= SUMMARY_WORDS:
        return both
    return (
        f"{trim_words(_readable(previous), CONTEXT_WORDS)} {summarise_sentence(text, start, end)}"
    )


def summarise_lead_in(text: str, start: int, end: int, item: str) -> str:
    """A list's lead-in ("Today, agencies announced the following new actions.")
    summarised with the list's first item (chronology/lists): both whole when within
    SUMMARY_WORDS words; otherwise the lead-in's own summary, then the first CONTEXT_WORDS
    words of the item."""
    colon = ":" if _readable(text.rstrip(" *_")).endswith(":") or text.rstrip(" *_").endswith(":") else ""
    both = f"{_readable(text)}{colon} {_readable(item)}"
    if len(both.split()) <= SUMMARY_WORDS:
        return both
    lead = summarise_sentence(text, start, end)
    return f"{lead}{colon if not lead.endswith((':', '…')) else ''} {trim_words(_readable(item), CONTEXT_WORDS)}"


def trim_words(text: str, words: int) -> str:
    parts = text.split()
    if len(parts) <= words:
        return " ".join(parts)
    return " ".join(parts[:words]) + " …"
