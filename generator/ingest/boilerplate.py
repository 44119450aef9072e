"""What is on the page but is not the story's text: reader comments, and what a web
page or a player prints around the story (notices, share and cookie lines, lists of
related links, copyright lines).

    ... the leak. Posted by: kaybraes | June 7, 2010 1:51 PM | Report abuse     comment
    Posted by kiwidave | Report as abusive      Re: Posted by Jason-May 1st ...  comment
    At 5:20 pm on 10 Jun 2009, Lucy_Skywalker wrote: It would be ...          comment
    An error occurred while processing this directive                         boilerplate
    To play this content JavaScript must be turned on ...                     boilerplate
    Related stories / Oil spill hearings / BP shares fall                     boilerplate
    Views expressed in the comments do not represent ... (in 201 documents)   repeated

Like datelines (datelines.py), these stay in the text, shown greyed on the source page,
and are marked as parts of the document where nothing is read: no entity, no event, no
date (Document.unread, Document.set_aside). The signals, each a named rule:

* "comment": a sentence with a phrase of the comment apparatus (lexicon/comments.txt:
  "Report abuse", "this comment was removed"); and a comment thread, which runs from
  the first signed comment ("Posted by: handle | date | Report abuse", "At 5:20 pm on 10
  Jun 2009, handle wrote:", "handle wrote:" at a sentence start) to the end of the
  document, when the document holds at least two signatures (a story may quote one
  "wrote:"). An invitation to comment before it ("Leave your thoughts in the
  comments section below", lexicon/comment_invitations.txt) or the byline that ends a
  blog post ("By Jon Cohen | June 7, 2010; 12:00 PM ET") starts the thread there: a
  comment's text comes before its signature.
* "boilerplate": a sentence with a phrase of lexicon/boilerplate.txt; a heading of that
  list ("Related stories") takes the short lines without a full stop after it (links).
* "boilerplate" too: a press release's tail, after its end ("###", "-ends-") or its
  issuer's "About ..." heading in the second half of the document (_release_end).
* "repeated": a sentence of four words or more found, verbatim, in many documents of
  the corpus (REPEATED_SHARE, at least REPEATED_MIN): a site's boilerplate repeats on
  every page, a story's sentences do not (a wire story's background sentence recurs in
  a handful of updates). What is said in a transcript's turns is never one (spoken
  formulae repeat: "Q Thank you, Jen.", "Go ahead, in the back."), nor a line without a function word ("JOSEPH R.
  BIDEN JR.", the signature of a president's letters, names its author).

A document's title (Document.is_title) is none of these: it is the document's own,
given with it, even when many documents share it ("Nominations Sent to the Senate").

Each pattern is bounded and anchored, so the scan is linear in the text.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from .. import lexicon
from ..model import Document, Sentence

# The kinds of parts this module marks (Document.skipped), which are not the story's text.
COMMENT, BOILERPLATE, REPEATED = "comment", "boilerplate", "repeated"
KINDS = (COMMENT, BOILERPLATE, REPEATED)

# A sentence found in this share of the corpus's documents (and in REPEATED_MIN at
# least) is boilerplate. Measured on the Timeline17 topics: a site's notices are in 40%
# to 70% of its pages ("Views expressed in the comments..." in 201 of 299 Reuters
# pages), a story's sentence in 6 at most (2%) of a topic's 299 documents.
REPEATED_SHARE = 0.05
REPEATED_MIN = 6
REPEATED_WORDS = 4
# A line of a list of links after a heading: this many words at most, no full stop.
LINK_WORDS = 12

_STOP = lexicon.words("stop_words")


def _phrases(name: str) -> tuple[re.Pattern[str], frozenset[str]]:
    """A list's phrases as one pattern (found anywhere, at word boundaries, in text in
    lower case), and its "=" entries (whole sentences)."""
    entries = lexicon.ordered(name)
    whole = frozenset(e[1:] for e in entries if e.startswith("="))
    anywhere = sorted((e for e in entries if not e.startswith("=")), key=len, reverse=True)
    pattern = r"(?<!\w)(?:" + "|".join(re.escape(p) for p in anywhere) + r")(?!\w)"
    return re.compile(pattern), whole  # matched against lower-case text: faster


_BOILERPLATE, _HEADINGS = _phrases("boilerplate")
_COMMENT, _COMMENT_LINES = _phrases("comments")
_INVITATION, _ = _phrases("comment_invitations")

_CLOCK = r"\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?|[AP]\.?M\.?)?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8},?\s+\d{4}"
_HANDLE = r"[\w.\-@]{2,40}"
_SIGNATURES = (
    # Posted by: kaybraes | June 7, 2010 1:51 PM | Report abuse
    re.compile(r"Posted by:\s*[^|\n]{1,60}\|[^|\n]{1,40}\|\s*Report abuse", re.IGNORECASE),
    # Posted by kiwidave | Report as abusive       May 24, 2010 6:19 pm EDT -- Report as abuse
    re.compile(r"Posted by:?\s*[^|\n]{1,60}\|\s*Report as abus", re.IGNORECASE),
    re.compile(rf"[A-Z][a-z]{{2,8}}\.? \d{{1,2}}, \d{{4}} {_CLOCK} [A-Z]{{1,4}} -- Report as abus"),
    # At 5:20 pm on 10 Jun 2009, Lucy_Skywalker wrote:    At 19:23 26th Apr 2009, x wrote:
    re.compile(rf"\bAt {_CLOCK}(?: on)? {_DAY}, {_HANDLE} wrote:"),
)
# 2 hours ago   (a line of its own under the handle's, as comment widgets print them)
_AGO = re.compile(r"(?:\d{1,2}|an?) (?:minute|hour|day|week|month)s? ago", re.IGNORECASE)
HANDLE_WORDS = 4  # words of a commenter's handle on its line ("Mousa from Tamazra")
# A comment widget's heading with the count: "Comments (4)", "Reader comments (12)".
_COMMENTS_HEADING = re.compile(r"(?:[A-Z][a-z]+ )?[Cc]omments? \(\d+\)")
# By Jon Cohen | June 7, 2010; 12:00 PM ET       (a blog post's last line: comments follow)
_POST_END = re.compile(
    rf"\bBy [A-Z][\w.' -]{{2,40}} \| [A-Z][a-z]{{2,8}}\.? \d{{1,2}}, \d{{4}}; {_CLOCK} [A-Z]{{1,4}}\b"
)
# kaybraes wrote: ...   (at a sentence start; a handle, not "He wrote:" or "Obama wrote:")
_WROTE = re.compile(rf"({_HANDLE}) wrote:")
_WORD = re.compile(r"\w+")


def find_boilerplate(document: Document) -> tuple[tuple[int, int, str], ...]:
    """(start, end, kind) of the document's sentences that are not the story's text,
    in text order: reader comments and page boilerplate (see the module docstring)."""
    sentences = document.sentences
    kinds: dict[int, str] = {}  # index in sentences -> kind
    thread = _thread_start(sentences, 1 if document.titled else 0)
    if thread is not None:
        kinds.update((i, COMMENT) for i in range(thread, len(sentences)))
    release_end = _release_end(document)
    if release_end is not None:
        kinds.update((i, BOILERPLATE) for i in range(release_end, thread or len(sentences)))
    heading_paragraph: int | None = None
    for index, sentence in enumerate(sentences):
        if index in kinds or document.is_title(sentence.number):
            continue
        text = sentence.text.lower()
        bare = _bare(text)
        if bare in _COMMENT_LINES or _COMMENT.search(text):
            kinds[index] = COMMENT
        elif bare in _HEADINGS:
            kinds[index] = BOILERPLATE
            heading_paragraph = sentence.paragraph
        elif _BOILERPLATE.search(text):
            kinds[index] = BOILERPLATE
        elif heading_paragraph is not None and _link_line(sentences, index, heading_paragraph):
            kinds[index] = BOILERPLATE
            heading_paragraph = sentence.paragraph
        else:
            heading_paragraph = None
    return _spans(sentences, kinds)


# The end of a press release, a line of its own: "###", "-ends-", "ENDS".
_RELEASE_END = re.compile(r"(?:#{3}|-\s*ends?\s*-|ends|- end -)", re.IGNORECASE)
# The heading of what a press release says of its issuer, after the release: "About
# Clearwater International", "About the Foundation" (a line of its own, no full stop).
_ABOUT = re.compile(r"About (?:the |us\b)?[A-Z][\w&.'’-]*(?: [\w&.'’-]+){0,5}")


def _release_end(document: Document) -> int | None:
    """The index of the first sentence after a press release's end ("###"), or of its
    issuer's "About ..." heading, in the second half of the document: what follows is
    the issuer's standing text, the same in each of its releases ("Founded in Geneva in
    1987, Clearwater is ..."), and its contacts, not the story's."""
    sentences = document.sentences
    half = len(sentences) // 2
    for index, sentence in enumerate(sentences):
        if index < half or document.is_title(sentence.number):
            continue  # (a mark in the first half parts a story's sections)
        if not _alone(sentences, index):
            continue
        line = sentence.text.strip()
        if _RELEASE_END.fullmatch(line):
            return index + 1 if index + 1 < len(sentences) else None
        if _ABOUT.fullmatch(line):
            return index
    return None


def _thread_start(sentences: Sequence[Sentence], first_body: int) -> int | None:
    """The index of the sentence where the readers' comments start, or None: the first
    signature, or the last invitation to comment or end-of-post byline before it (a
    comment's text comes before its signature); only with two signatures or more.
    `first_body`: the index of the body's first sentence (after the title's)."""
    signed = [
        i for i, s in enumerate(sentences) if i >= first_body and _signed(s.text, sentences, i)
    ]
    if len(signed) < 2:
        return _headed_thread(sentences, first_body)
    first = signed[0]
    for index in range(first - 1, first_body - 1, -1):
        sentence = sentences[index]
        if sentence.paragraph == sentences[first_body].paragraph:
            break  # a byline at the top of the story is a byline (datelines.py)
        if (
            _INVITATION.search(sentence.text.lower())
            or _POST_END.search(sentence.text)
            or _COMMENTS_HEADING.fullmatch(sentence.text.strip())
        ):
            return index
    if _AGO.fullmatch(sentences[first].text.strip()) and first - 1 >= first_body:
        return first - 1  # the handle, on its line above the time
    return first


def _headed_thread(sentences: Sequence[Sentence], first_body: int) -> int | None:
    """The index of a comment widget's heading with its count ("Comments (212)", a line
    of its own) followed by two lines or more that sign a comment with the reader's
    handle and where they are ("Sam K, Chester, United Kingdom"), or None: the thread
    runs from the heading (or an invitation to comment right before it) to the end."""
    for index in range(first_body, len(sentences)):
        if _alone(sentences, index) and _COMMENTS_HEADING.fullmatch(sentences[index].text.strip()):
            placed = sum(
                bool(_HANDLE_PLACE.fullmatch(sentences[later].text.strip()))
                for later in range(index + 1, len(sentences))
            )
            if placed < 2:
                return None
            before = index - 1
            if before >= first_body and _INVITATION.search(sentences[before].text.lower()):
                return before
            return index
    return None


# A commenter's signature line: handle, town, country ("Sam K, Chester, United Kingdom").
_HANDLE_PLACE = re.compile(r"[\w.\- ]{2,30}, [A-Z][\w .'’-]{1,30}, [A-Z][\w .'’-]{1,30}")


def _signed(text: str, sentences: Sequence[Sentence] = (), index: int = 0) -> bool:
    """Does the sentence hold a reader's signature (handle and time, or "handle wrote:")?
    A time ago ("2 hours ago") is one only as a line of its own under a line of a few
    words (the handle: "Kessaba_Girl", "Tunde O.")."""
    if _AGO.fullmatch(text.strip()):
        return (
            index > 0
            and _alone(sentences, index)
            and _alone(sentences, index - 1)
            and len(sentences[index - 1].text.split()) <= HANDLE_WORDS
        )
    if any(p.search(text) for p in _SIGNATURES):
        return True
    match = _WROTE.match(text)
    if match is None:
        return False
    handle = match.group(1)
    # A handle is no common word and not a capitalised name alone ("Obama wrote:"):
    # lower case, or with a digit, an underscore or a capital inside ("SheffTim").
    if handle.lower() in _STOP:
        return False
    return (
        handle[0].islower()
        or any(c.isdigit() or c == "_" for c in handle)
        or any(c.isupper() for c in handle[1:])
    )


def _link_line(sentences: Sequence[Sentence], index: int, previous: int) -> bool:
    """Is the sentence a whole short line without a full stop, in the paragraph after
    `previous` (a line of a list of links after its heading)?"""
    sentence = sentences[index]
    if sentence.paragraph != previous + 1:
        return False
    text = sentence.text.rstrip()
    # (a link's title may ask: "Storm Nuala: What does a red warning mean?")
    return (
        _alone(sentences, index)
        and len(text.split()) <= LINK_WORDS
        and not text.endswith((".", "!", ":"))
    )


def _alone(sentences: Sequence[Sentence], index: int) -> bool:
    """Is the sentence a paragraph of its own (a line)?"""
    paragraph = sentences[index].paragraph
    return (index == 0 or sentences[index - 1].paragraph != paragraph) and (
        index + 1 == len(sentences) or sentences[index + 1].paragraph != paragraph
    )


def _bare(text: str) -> str:
    """The sentence's words, lower case, one space apart ("Report abuse." -> "report abuse")."""
    return " ".join(_WORD.findall(text.lower()))


def _spans(
    sentences: Sequence[Sentence], kinds: dict[int, str]
) -> tuple[tuple[int, int, str], ...]:
    return tuple((sentences[i].start, sentences[i].end, kinds[i]) for i in sorted(kinds))


# --- Repetition across the corpus


def repeated_sentences(documents: Sequence[Document]) -> frozenset[str]:
    """The sentences (as keys, see sentence_key) found in so many of the documents that
    they are the site's, not a story's: in REPEATED_SHARE of them and REPEATED_MIN at
    least. A speaker's turn is left out."""
    needed = max(REPEATED_MIN, math.ceil(REPEATED_SHARE * len(documents)))
    if len(documents) < needed:
        return frozenset()
    counts: Counter[str] = Counter()
    for document in documents:
        counts.update(set(_keys(document)))
    return frozenset(key for key, n in counts.items() if n >= needed)


def repeated_in(document: Document, repeated: frozenset[str]) -> tuple[int, ...]:
    """Numbers of the document's sentences that are in `repeated` (and not yet set aside)."""
    if not repeated:
        return ()
    return tuple(
        s.number
        for s in _candidates(document)
        if sentence_key(s.text) in repeated and not document.is_skipped(s.start, s.end)
    )


def repeated_spans(document: Document, numbers: Iterable[int]) -> tuple[tuple[int, int, str], ...]:
    """(start, end, "repeated") of the sentences numbered `numbers`."""
    return tuple((s.start, s.end, REPEATED) for s in (document.sentences[n - 1] for n in numbers))


def sentence_key(text: str) -> str:
    """How a sentence is compared across documents: its words, lower case."""
    return " ".join(text.lower().split())


def _keys(document: Document) -> Iterable[str]:
    for sentence in _candidates(document):
        yield sentence_key(sentence.text)


def _candidates(document: Document) -> Iterable[Sentence]:
    """The sentences long enough to be compared, outside a transcript's turns (spoken
    formulae repeat from one briefing to the next: "Go ahead, in the back.")."""
    spoken = {n for t in document.turns for n in range(t.first, t.last + 1)}
    for sentence in document.sentences:
        if document.is_title(sentence.number):
            continue  # the document's own, however many share it
        words = sentence.text.split()
        # A notice is a sentence, with function words in lower case; a line of names
        # ("JOSEPH R. BIDEN JR.", a letter's signature; "James S. Brady Press Briefing
        # Room") names someone or somewhere: kept.
        if (
            len(words) >= REPEATED_WORDS
            and sentence.number not in spoken
            and any(w.strip(",.;:") in _STOP for w in words)
        ):
            yield sentence
