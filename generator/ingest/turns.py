"""Speaker turns of transcripts: "MS. PSAKI:", "DR. FAUCI:", "SECRETARY BUTTIGIEG:",
"THE PRESIDENT:", "SENIOR ADMINISTRATION OFFICIAL:" and the reporter's "Q" at the start
of a paragraph, each followed by what that speaker says until the next label.

A label is written in capitals (letters, periods, hyphens, apostrophes, spaces; at most
MAX_LABEL_WORDS words; a surname's prefix in lower case: "MR. DiNAPOLI") and ends with a
colon, or is a lone "Q" followed by its question.
In an interview, one that has "Q" turns or two people named in full in title case
before a colon ("Sarah Okafor:"), each opening two paragraphs or more, a name in title
case before a colon ("Raman:", "Ms Young:") that opens two paragraphs or more is a label
too (a title's abbreviation before it perhaps: "Eng. Tesfaye:"), and so is a
deposition's "A." (the answer to a "Q."). At a press conference, a
spokesperson named in title case answers the outlets asking ("Wang Xiaolin:" after
"Bloomberg:", "Yonhap News Agency:"): each of those labels is a speaker. A hearing's
label, as a legislature prints it, is a courtesy or a post in title case, then the name
in capitals, then a colon or a full stop ("Mr. OKONKWO:", "Secretary ASHFORD:",
"Chairwoman WATERS.", "The CHAIRMAN."); at a central bank's press conference, the
name in capitals and a full stop ("CHAIR POWELL.", "MICHELLE SMITH."), two such labels
opening two paragraphs or more each. A broadcaster's transcript writes a speaker's name
in full, a comma and who they are on their first turn ("COLIN KEANE, ANN ANCHOR:").
A label may follow a time stamp, as transcription services print them ("00:02:22
Janelle Brooks:", "[00:12:03] Speaker 2:"); a numbered speaker ("Speaker 2", two such at
least) is named by the name they give in a turn of their own ("I'm Dana Whitfield."). A company's call, as some publishers print it,
lists its participants ("Margaret Lindqvist - President and Chief Executive Officer")
and opens each turn with a line of the speaker's name alone, or "Operator".
A document is a transcript when it has at least MIN_TURNS labels: one capitalised
heading with a colon ("NOTE:") does not make speakers. A label alone on its line, with
nothing after its colon, is a section heading ("NOMINATIONS SENT TO THE SENATE:", then
"WITHDRAWALS SENT TO THE SENATE:" in a list of nominations; "TO THE CONGRESS OF THE
UNITED STATES:" over a message) unless one such label comes back in the document: a
transcript that writes its speakers on lines of their own names one of them twice.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from itertools import pairwise

from .. import lexicon
from ..model import Document, Turn
from .text import CAPITALS, CITIES, FAMILY_IN_CAPITALS, fold

# A title's abbreviation before a name in a label in title case ("Eng. Tesfaye:",
# "Prof. Haller:"; lexicon/title_abbreviations.txt).
_TITLE_ABBREVIATIONS = lexicon.alternation(
    sorted(w.capitalize() for w in lexicon.pairs("title_abbreviations"))
)
MIN_TURNS = 2
MAX_LABEL_WORDS = 6
# A surname in capitals after a prefix in lower case, as labels write it ("MR. DiNAPOLI",
# "Mr. McCARTHY", "MS. MacDONALD").
_PREFIX = rf"(?:[a-z]{{1,2}}(?=[{CAPITALS}]{{2}}))?"
# An automatic transcript's numbered speaker ("Speaker 2"): _LABEL, _introduced.
_NUMBERED_LABEL = r"(?:Speaker|SPEAKER|Participant|PARTICIPANT)\s\d{1,2}"
_LABEL = re.compile(
    rf"(?P<label>[{CAPITALS}]{_PREFIX}[{CAPITALS}.'’\-]*"
    rf"(?:[^\S\n][{CAPITALS}]{_PREFIX}[{CAPITALS}.'’\-]*){{0,{MAX_LABEL_WORDS - 1}}})"
    r"(?:\s\([^()\n]{1,60}\))?(?:\s\[[^\[\]\n]{1,40}\])?:\s"  # "KABORÉ [in French]:"
    r"|(?P<q>Q)(?::\s|\.\s|\s{2,}|\s(?=[A-Z])|\s\([^()\n]{1,60}\):\s)"  # "Q (Ann Lee, BBC):"
    rf"|(?P<hearing>(?:[A-Z][a-z]+\.?\s){{1,3}}[{CAPITALS}]{_PREFIX}[{CAPITALS}]{{1,}}[{CAPITALS}'’\-]*"
    rf"(?:\s[{CAPITALS}][{CAPITALS}.'’\-]*){{0,3}}(?:\s[A-Z][a-z]+)?)[:.]\s"  # ("Minister SATO Kenji:")
    rf"|(?P<family>{FAMILY_IN_CAPITALS}):\s"  # "ISHIKAWA Mieko:"
    r"|(?P<a>A)\.[^\S\n]{1,4}(?=[A-Z])"  # ("A.   Franklin, Wisconsin.": a court's)
    # ("CHAIR WHITCOMBE. Good afternoon.", "MICHELLE SMITH. Jonathan.": a central bank's)
    rf"|(?P<capitals>[{CAPITALS}][{CAPITALS}.'’\-]+(?:\s[{CAPITALS}][{CAPITALS}.'’\-]*)"
    rf"{{1,{MAX_LABEL_WORDS - 1}}})\.\s(?=[A-Z\"“])"
    rf"|(?P<numbered>{_NUMBERED_LABEL}):\s"  # "Speaker 2:"
    r"|(?P<named>(?:(?:Mr|Mrs|Ms|Dr)\.?\s|" + _TITLE_ABBREVIATIONS + r"\.\s)?"
    r"[A-Z][a-z][\w’'\-]*(?:\s[A-Z][a-z][\w’'\-]*){0,2}):\s"
)
# A label that writes the speaker's name in full, then a comma and who they are, as
# broadcasters' transcripts do on a speaker's first turn ("COLIN KEANE, ANN ANCHOR:",
# "ALAN SZYMANSKI, ATTORNEY FOR RAYMOND KEANE:", "JESSICA LINDQVIST, ANN NATIONAL
# CORRESPONDENT (on camera):", "STATE SEN. CURTIS DOBBS (R), OHIO:"): the speaker is the
# name before the comma, the rest of the label no name to read.
_ROLED = re.compile(
    rf"(?P<label>[{CAPITALS}]{_PREFIX}[{CAPITALS}.'’\-]*"
    rf"(?:[^\S\n][{CAPITALS}]{_PREFIX}[{CAPITALS}.'’\-]*){{1,{MAX_LABEL_WORDS - 1}}})"
    r"(?:\s\([^()\n]{1,60}\))?,[^\S\n]"
    rf"(?P<role>[{CAPITALS}][{CAPITALS}.'’&\-]*(?:[^\S\n][{CAPITALS}][{CAPITALS}.'’&\-]*){{0,9}})"
    r"(?:\s\([^()\n]{1,60}\))?(?=:\s)"
)
# A speaker label marked as one in a transcript of a parliament, a committee or a
# company's call: after a question's number ("Q12 Chair:", "Q1. [902114] Dame Olivia
# Marsh (Bath) (LD):"), with a seat or a party in brackets ("The Prime Minister (Sir
# Keir Halden):"), or with a role after a dash ("Mei Lin Zhou -- Chief Financial
# Officer:"). The speaker is the name before the marks, or the name in the brackets
# after a post ("The Prime Minister (Sir Keir Halden)").
# Courtesies written before a speaker's name in a label (resolve/speakers.py too).
COURTESIES = r"(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady|Baroness|Mme|Mlle|M)"
_PERSON_WORDS = (
    rf"(?:(?:Dr\s)?(?:{COURTESIES}|The)\.?\s)?"
    r"(?:(?:the\s)?(?:Most\s)?Hon\.\s)?(?:[A-Z]\.\s)*"  # "The Hon. M. CAMPBELL", "Dr the Hon. H."
    rf"[{CAPITALS}][\w’'\-]+(?:\s(?:(?:de|du|des|del|della|di|da|dos|van|von|der|den)\s)?"
    rf"(?:d['’])?[{CAPITALS}][\w’'\-]+){{0,3}}"  # ("M. Thibault de Montferrand (RN):")
)
_MARKED = re.compile(
    r"(?P<number>Q\d+\.?\s+(?:\[\d+\]\s+)?)?"
    rf"(?P<who>{_PERSON_WORDS})"
    r"(?P<marks>(?:\s\((?P<inside>[^()\n]{1,60})\)){1,2}(?:\s(?:--|—|–)\s[^:\n]{1,80})?"
    r"|\s(?:--|—|–)\s[^:\n]{1,80}"  # ("Mr WALSH (Eastfield) – Minister for X:")
    r"|,\s[^:\n,]{1,60})?"  # ("M. Jean-Luc Martin, ministre de l'économie:": _marked)
    r":\s"
)
_BRACKETED_NAME = re.compile(_PERSON_WORDS)
# A post of more words than _PERSON_WORDS holds, as a parliament's record writes it,
# then its holder in brackets ("The Secretary of State for Health and Social Care (Wes
# Streeting):"; a comma or "of", "for", "and", "to" in it: not "The Hon. M. CAMPBELL
# (St Andrew West Rural)", a member and her seat); the holder's name alone in the
# brackets, a courtesy perhaps.
_POST_HOLDER = re.compile(
    rf"The\s(?!Hon\.)(?=[^():\n]*?(?:,|\s(?:of|for|and|to)\s))(?P<post>[A-Z][^():\n]{{2,150}}?)\s"
    rf"\((?P<who>(?:{COURTESIES}\.?\s)?[{CAPITALS}][\w’'\-]+(?:\s[{CAPITALS}][\w’'\-]+){{1,3}})\):\s"
)
# The first word of a hearing's label: a courtesy or a post ("Mr.", "Secretary", "The").
_HEARING_TITLES = (
    lexicon.words("honorifics")
    | lexicon.words("titles")
    | lexicon.words("role_nouns")
    | lexicon.words("offices")
    | {"the", "madam"}
)
# An answer's label, and the speaker named in capitals in brackets right after it, as
# press conferences are transcribed with several people answering ("A: (VASSEUR) Yes").
_ANSWER_LABELS = frozenset({"A", "ANSWER"})
_ANSWERER = re.compile(rf"\(([{CAPITALS}][{CAPITALS}.'’\- ]{{1,40}})\)\s")
# A court's transcript: the line that opens an examination names the lawyer who asks its
# questions ("BY MS. OYELARAN:", "CROSS-EXAMINATION BY MR. HALVERSEN:", "Re-examination
# by MS HALIFAX"), and the line that swears a witness in names who answers them, and
# speaks as "THE WITNESS" ("LYLE OSTROWSKI, GOVERNMENT WITNESS, SWORN"; "JANE DOE,
# having been first duly sworn, testified as follows:"; "MR KEVIN ASHBY (recalled)").
_COURT_LABEL = rf"[{CAPITALS}][{CAPITALS}.'’\-]*(?:\s[{CAPITALS}][{CAPITALS}.'’\-]*){{1,4}}"
_EXAMINATION = re.compile(
    rf"(?:BY\s(?P<by>{_COURT_LABEL}):"
    rf"|(?i:(?:[\w\-]+\s){{0,2}}[\w\-]*exam[\w\-]*(?:\s[\w\-]+){{0,3}}?\s+by)"
    rf"\s(?P<who>{_COURT_LABEL}):?)"
    r"(?:\s\(?(?i:continu(?:ed|ing))\)?)?[ \t]*$"
)
# A name letter-spaced, as court reporters print a witness's ("T E R E S A   V A R G A").
_SPACED_NAME = rf"(?:[{CAPITALS}] )+[{CAPITALS}](?: {{2,}}(?:[{CAPITALS}] )+[{CAPITALS}]){{1,3}}"
_SWORN = re.compile(
    rf"(?P<who>{_COURT_LABEL}|{_SPACED_NAME})(?:,\s[^\n]{{0,120}}?\s*\b"
    r"(?:SWORN|AFFIRMED|sworn|affirmed|called as a witness)\b[^\n]{0,80}"
    r"|\s\((?i:sworn|affirmed|recalled|on former oath)\))$"
)
_WITNESS_LABELS = frozenset({"A", "THE WITNESS"})
# A speaker the transcript does not name ("Unidentified Analyst:", "Unknown Speaker:"),
# a label in an interview or a call however few its turns.
ANONYMOUS = frozenset({"unidentified", "unknown", "unnamed", "anonymous"})  # (speakers.py too)
_UNNAMED = re.compile(r"(?:" + lexicon.alternation(w.capitalize() for w in ANONYMOUS) + r")\s")
# After a label: nothing else on its line.
_ALONE = re.compile(r":[ \t]*(?:\n|$)")
# A line that ends a transcript or an excerpt of it: "(End of excerpts)", "[END OF
# TRANSCRIPT]", "(End of sidebar.)" ends a turn too.
_TRANSCRIPT_END = re.compile(
    r"[(\[](?i:end of (?:the )?(?:excerpts?|transcript|sidebar|remarks|hearing|session|"
    r"briefing|recording|call))\.?[)\]]\.?"
)
# A figure alone after a label: a tally's row ("TPS: 67"), no turn.
_FIGURE_AFTER = re.compile(r"[\d.,%]*\d[\d.,%]*[ \t]*(?:\n|$)")
# A city of the gazetteers (text.CITIES) in capitals, opening one of the body's first
# DATELINE_PARAGRAPHS paragraphs before any label, is a dateline ("HYDERABAD: The
# Telangana ...", as Indian papers date a story).
DATELINE_PARAGRAPHS = 3
# Capitalised words that open a paragraph with a colon without naming a speaker.
_NOT_SPEAKERS = frozenset({"NOTE", "UPDATE", "EDITOR'S NOTE", "CORRECTION", "PLEASE NOTE"})


# A call's transcript as its publishers print it: the speaker's name, a dash and their
# role, a line of its own over what they say ("Raymond Tull - Executive Vice President
# and Chief Financial Officer"), no colon; a name of two words or more.
_DASHED = re.compile(
    r"(?P<who>[A-Z][\w’'\-]+(?:[ ][A-Z][\w’'\-]+){1,3})[ ](?:-|--|—|–)[ ][^:\n]{1,80}\n"
)
# ... and what they say on the next line, or after a blank line: a word in lower case,
# or a sentence's end (not a list of them, nor a heading: "Conference Call Participants").
_SAID_LINE = re.compile(
    r"(?:[ \t]*\n)?(?:[^\n]*\s[a-z]|[^\n]*[a-z][^\n]*[.?!…\"”)][ \t]*(?:\n|$)|[a-z])"
)
_BLANK_LINES = re.compile(r"(?:[ \t]*\n)*")


# ... or after its roster of participants ("Company Participants", then "Margaret
# Lindqvist - President and Chief Executive Officer"), each turn opened by a line of the
# speaker's name alone ("Margaret Lindqvist"), or the call's "Operator".
_ROSTER_LINE = re.compile(
    r"^(?P<who>[A-Z][\w’'\-]+(?:[ ][A-Z][\w’'\-]+){1,3})[ ](?:-|--|—|–)[ ][^:\n]{1,80}$",
    re.MULTILINE,
)
OPERATOR = "Operator"
# A time stamp opening a paragraph before its speaker's label ("00:02:22 ", "[00:12:03] "),
# or the mark a Japanese Diet record opens its speakers' paragraphs with ("○ISHIKAWA Mieko").
_TIME_STAMP = re.compile(r"\[?(?:\d{1,2}:)?\d{1,2}:\d{2}\]?[ \t]+(?=\S)|[○◯][ \t]?(?=\S)")


def _roster(text: str) -> frozenset[str]:
    """The names a call's transcript lists as its participants (_ROSTER_LINE), two at
    least, and its operator; none in another document."""
    names = {m.group("who") for m in _ROSTER_LINE.finditer(text)} if " - " in text else set()
    return frozenset(names | {OPERATOR}) if len(names) >= MIN_TURNS else frozenset()


def _marked(text: str, start: int) -> tuple[str, int, str, str] | None:
    """(speaker, end of the label, seat, post) of a label marked as one (_MARKED) at `start`:
    a question's number, brackets or a dash's role, or a line of a name, a dash and a
    role (_DASHED); None without a mark. The seat is what the label's first bracket
    that is no clock time says of the speaker, their constituency or their post ("Mr
    WALSH (Wirrinya)", "Mr WALSH (Eastfield—Leader of the Opposition) (14:20)"); "" for
    none (a role after a dash is no seat). Last, a long post before its holder's name in
    brackets (_POST_HOLDER: "Minister of State, Department for ..."), the speaker's role
    (Turn.role); "" for none."""
    dashed = _DASHED.match(text, start)
    blank = _BLANK_LINES.match(text, dashed.end()) if dashed is not None else None
    if (
        dashed is not None
        and blank is not None
        and not _DASHED.match(text, blank.end())  # a list of them, a line apart or not
        and _SAID_LINE.match(text, dashed.end())
    ):
        return dashed.group("who"), dashed.end() - 1, "", ""
    posted = _POST_HOLDER.match(text, start)
    if posted is not None:
        # "The Minister of State, Department for Environment, Food and Rural Affairs
        # (Robert Lindqvist):": the one who holds the post, however long its name
        return posted.group("who"), posted.end() - 2, "", posted.group("post")
    match = _MARKED.match(text, start)
    if match is None or not (match.group("number") or match.group("marks")):
        return None
    who = match.group("who")
    if (match.group("marks") or "").startswith(",") and not _COURTESY_FIRST.match(who):
        return None  # a post after a comma marks a courteously named speaker only
        # (not "Paris, le 24 février:", "For adoption, 301 votes:")
    inside = match.group("inside")
    if (
        who.startswith("The ")
        and "Hon. " not in who  # ("The Hon. M. CAMPBELL (St Andrew West Rural)": her seat)
        and inside
        and _BRACKETED_NAME.fullmatch(inside)
    ):
        # "The Prime Minister (Sir Keir Halden)": the one who holds the post
        return inside, match.end() - 2, "", ""
    marks = match.group("marks") or ""
    seats = [s for s in _BRACKETS.findall(marks) if not _CLOCK.fullmatch(s)]
    return who, match.end() - 2, seats[0].strip() if seats else "", ""


_BRACKETS = re.compile(r"\(([^()\n]{1,60})\)")
_COURTESY_FIRST = re.compile(rf"(?:Dr\s)?{COURTESIES}\.?\s")
_CLOCK = re.compile(r"\s*\d{1,2}[:.]\d{2}\s*")  # "(10:32)": when the member rose


def _answers(label: str, openings: list[tuple[str, int, int, int]]) -> bool:
    """Does the label answer others, as a spokesperson at a press conference does
    ("CCTV: ...", "Wang Xiaolin: ...", "AFP: ...", "Wang Xiaolin: ...")? Two thirds of
    its turns after the first follow exactly one other label's turn, a question (a
    label the patterns miss may leave two of its turns side by side: "Phoenix TV:";
    an agenda's fields come back after several: "Presenter:", "Background:", "Fiscal
    Impact:"), two other labels at least in all."""
    order = [o[0] for o in openings]
    turns = [i for i, current in enumerate(order) if current == label]
    answering = sum(1 for before, after in pairwise(turns) if after - before == 2)
    others = {current for current in order if current != label}
    return len(turns) > 1 and 3 * answering >= 2 * (len(turns) - 1) and len(others) >= MIN_TURNS


def find_turns(document: Document) -> tuple[Turn, ...]:
    """The document's speaker turns in order; () when it is not a transcript."""
    text = document.text
    openings: list[tuple[str, int, int, int]] = []  # label, start, end, sentence number
    alone: list[str] = []  # labels with nothing after them on their line
    named: set[str] = set()  # labels in title case ("Raman:"), speakers only in an interview
    marks: list[str] = []  # labels marked as such (_MARKED)
    stopped: set[str] = set()  # a hearing's labels ended by a full stop ("Mr. SMITH.")
    capitals: set[str] = set()  # labels in capitals ended by a full stop ("CHAIR POWELL.")
    roster = _roster(text)
    examiner = witness = None  # a court's: who asks the "Q" turns, who answers (_EXAMINATION)
    sworn: dict[int, str] = {}  # sentence number of a "Q" or an answer's turn: who speaks it
    seats: dict[int, str] = {}  # sentence number of a marked label: its seat (_marked)
    roles: dict[int, str] = {}  # sentence number of a broadcaster's label: its role (_ROLED)
    body = 0  # paragraphs of the body so far
    for paragraph in document.paragraphs():
        first = paragraph[0]
        if document.is_title(first.number):
            continue  # a title speaks for no one ("Q&A: ...", "REMARKS: ...")
        body += 1
        examination = _EXAMINATION.fullmatch(text, first.start, paragraph[-1].end)
        if examination is not None:
            examiner = examination.group("by") or examination.group("who")
            continue
        end = paragraph[-1].end
        if text.startswith(",\n", end - 1):
            end = text.find("\n", end + 1) % (len(text) + 1)  # ("WITNESS,\nSWORN.", two lines)
        witnessed = _SWORN.fullmatch(text, first.start, end)
        if witnessed is not None:
            witness = witnessed.group("who")
            if re.fullmatch(_SPACED_NAME, witness):  # ("T E R E S A   V A R G A")
                witness = " ".join(w.replace(" ", "") for w in re.split(r" {2,}", witness))
            continue
        if len(paragraph) == 1 and first.text in roster:
            marks.append(first.text)  # "Margaret Lindqvist", a line of its own
            openings.append((first.text, first.start, first.end, first.number))
            continue
        # (a transcript's time stamp before the label: "00:02:22 Janelle Brooks: I want",
        # "[00:12:03] Speaker 2:", as transcription services print them)
        stamp = _TIME_STAMP.match(text, first.start)
        at = stamp.end() if stamp is not None else first.start
        marked = _marked(text, at)
        if marked is not None:
            label, end, seat, post = marked
            if seat:
                seats[first.number] = seat
            if post:
                roles[first.number] = post  # ("Minister of State, ...": the holder's)
            marks.append(label)
            if _ALONE.match(text, end):
                alone.append(label)
            openings.append((label, first.start, end, first.number))
            continue
        roled = _ROLED.match(text, at)
        if roled is not None:
            # ("COLIN KEANE, ANN ANCHOR:": a label of its own, the role unread)
            roles[first.number] = roled.group("role")
            openings.append((roled.group("label"), first.start, roled.end(), first.number))
            continue
        match = _LABEL.match(text, at)
        if match is None:
            continue
        kind = match.lastgroup or "label"
        label = match.group(kind).strip()
        if label in _NOT_SPEAKERS or not any(c.isalpha() for c in label):
            continue
        if _FIGURE_AFTER.match(text, match.end()):
            continue  # "TPS: 67", "INC: 33": a tally's rows, no one speaking
        if (
            kind == "label"
            and not openings
            and body <= DATELINE_PARAGRAPHS
            and fold(label) in CITIES
        ):
            continue  # "HYDERABAD: The Telangana Praja Samithi ...": a dateline
        written = len(label)
        if label.upper() == "QUESTION":
            label = "Q"  # "Question: Thank you, Dimitri.", as the UN's briefings print it
        answerer = _ANSWERER.match(text, match.end()) if label in _ANSWER_LABELS else None
        if answerer is not None:
            # "A: (VASSEUR) Yes.": the answer's speaker, named in brackets
            label = answerer.group(1)
            openings.append((label, first.start, answerer.end(1) + 1, first.number))
            continue
        if kind == "hearing" and label.split()[0].rstrip(".").lower() not in _HEARING_TITLES:
            continue  # "Watch LIVE:"
        if kind == "named" and label != "Q":
            named.add(label)
        if label == "Q" and examiner is not None:
            sworn[first.number] = examiner
        elif label in _WITNESS_LABELS and witness is not None:
            sworn[first.number] = witness
        end = match.start(kind) + written
        if kind == "hearing" and text[end] == ".":
            stopped.add(label)
        if kind == "capitals":
            capitals.add(label)
        if _ALONE.match(text, end):
            alone.append(label)
        openings.append((label, first.start, end, first.number))
    if alone and len(set(alone)) == len(alone):  # headings, each once: no speakers
        headings = set(alone)
        openings = [o for o in openings if o[0] not in headings or not _ALONE.match(text, o[2])]
    times = Counter(o[0] for o in openings)  # how many paragraphs each label opens
    questions = "Q" in times
    if named:
        # "Update:", "Watch:", "On Russia:": a name in title case before a colon is a
        # speaker only answering the questions of an interview ("Q: ..." then "Raman:
        # ..."), twice at least
        # ... or of a conversation of people named in full, two of them at least, each
        # opening two paragraphs or more ("Sarah Okafor:", then "Augusto Sitoe:")
        in_full = [label for label in named if " " in label and times[label] > 1]
        interview = questions or len(marks) >= MIN_TURNS or len(in_full) >= MIN_TURNS
        # (at a press conference, whoever asks or answers, once or more, right before
        # or after the spokesperson: "Bloomberg:", "Yonhap News Agency:"; not the
        # title: "Newsline: when will ...")
        answerers = {label for label in in_full if _answers(label, openings)}
        asking = {
            o[0]
            for pair in pairwise(openings)
            for o, other in (pair, pair[::-1])
            if other[0] in answerers and o[3] > 1
        }
        openings = [
            o
            for o in openings
            if o[0] not in named
            or o[0] in answerers
            or o[0] in asking
            or ((interview or answerers) and (times[o[0]] > 1 or _UNNAMED.match(o[0]) is not None))
        ]
    if stopped and sum(times[label] > 1 for label in stopped) < MIN_TURNS:
        # "The NHS. It said ...": a label ended by a full stop speaks twice at least,
        # unless the document is a hearing's transcript (two such labels speak twice or
        # more): there a member who speaks once is a speaker too ("Senator MARSH.")
        openings = [o for o in openings if o[0] not in stopped or times[o[0]] > 1]
    if capitals and sum(times[label] > 1 for label in capitals) < MIN_TURNS:
        # "CHAIR WHITCOMBE.", "MICHELLE SMITH.": labels in capitals ended by a full stop
        # when two of them open two paragraphs or more (a reporter's asks once); not
        # "NEW YORK. The ..." opening a story
        openings = [o for o in openings if o[0] not in capitals]
    if not questions:
        openings = [o for o in openings if o[0] != "A"]  # "A. Smith said", no answer
    if 0 < len(marks) < MIN_TURNS:
        # one marked label alone ("Apple (NASDAQ: AAPL): shares rose") makes no transcript;
        # one that opens other turns unmarked does ("CHAIR (Senator Farrant):", "CHAIR:")
        openings = [o for o in openings if o[0] not in marks or times[o[0]] > 1]
    numbered = {o[0] for o in openings if _NUMBERED.fullmatch(o[0])}
    if len(numbered) < MIN_TURNS:
        openings = [o for o in openings if o[0] not in numbered]  # one "Speaker 1:": no talk
    if len(openings) < MIN_TURNS:
        return ()
    last_sentence = document.sentences[-1].number if document.sentences else 0
    # ("(End of excerpts)", "(END OF TRANSCRIPT)": no turn goes on past it; the story
    # told after it is the reporter's)
    ends = [s.number for s in document.sentences if _TRANSCRIPT_END.fullmatch(s.text.strip())]
    turns = []
    seated: dict[str, str] = {}  # label -> the seat it was last written with
    for index, (label, start, end, number) in enumerate(openings):
        last = openings[index + 1][3] - 1 if index + 1 < len(openings) else last_sentence
        last = min([last, *(end - 1 for end in ends if end > number)])
        # ("Mr WALSH (Wirrinya):" then "Mr WALSH:": the member for Wirrinya goes on)
        seat = seated[label] = seats.get(number) or seated.get(label, "")
        turns.append(
            Turn(sworn.get(number, label), start, end, number, last, seat, roles.get(number, ""))
        )
    return _introduced(document, tuple(turns)) if numbered else tuple(turns)


# An automatic transcript's speakers, numbered ("Speaker 1:"), and how one says who they
# are in a turn of their own ("I'm Dana Whitfield.", "And I'm Marcus Oyelaran.").
_NUMBERED = re.compile(_NUMBERED_LABEL)
_SELF_INTRODUCED = re.compile(
    r"(?<![\w'’])(?:I['’]m|I am|[Mm]y name is)\s+([A-Z][a-z][\w'’-]*(?:\s[A-Z][a-z][\w'’-]*){1,2})"
    r"(?=[\s.,!?;:]|$)"
)


def _introduced(document: Document, turns: tuple[Turn, ...]) -> tuple[Turn, ...]:
    """The turns, each numbered speaker's ("Speaker 1") named by the name they give in a
    turn of their own ("I'm Dana Whitfield."), where each gives one name and no other
    speaker gives the same; the others stay numbered, no one's."""
    names: dict[str, set[str]] = {}
    for turn in turns:
        if _NUMBERED.fullmatch(turn.label):
            said = " ".join(
                document.sentences[n - 1].text for n in range(turn.first, turn.last + 1)
            )
            names.setdefault(turn.label, set()).update(_SELF_INTRODUCED.findall(said))
    given = Counter(name for found in names.values() for name in found)
    named = {
        label: next(iter(found))
        for label, found in names.items()
        if len(found) == 1 and given[next(iter(found))] == 1
    }
    return tuple(replace(t, label=named[t.label]) if t.label in named else t for t in turns)
