"""How much each document belongs to the corpus's story, and which look unrelated.

A crawl brings pages that are not about the story (a radio schedule, a family-history
page, a page in another language). The corpus's story is its KEY_TERMS most widespread
words and names (in the most documents: "swine", "virus", "Mexico"), each weighted by
the number of documents it is in; a document's profile is its words and the names the
language pipeline found in it (story text only: not reader comments or boilerplate),
each weighted 1 + log(count). Its relevance is the cosine of the two: a story's
documents use its main words and names, an unrelated page uses others (its own), and
a long page that names the story once is mostly other words.

A document is off-topic when its relevance is far below the corpus's median: under
OFF_TOPIC_SHARE of it. Measured on three Timeline17 topics (119 BBC, 286 Guardian and
290 Washington Post pages), every page about the story scores 0.41 of the median or
more, while the unrelated ones (six BBC pages in Vietnamese, a blog post about
Tiananmen) score 0.30 or less. A corpus of fewer than MIN_DOCUMENTS documents is too
small to tell, and a document of fewer than MIN_WORDS words of story text too short:
in 298 White House statements and briefings (many subjects, no one story) the lowest
scores are 44- to 200-word notices, letters and lists of nominations; of those, the two
of 150 words or more are flagged (a list of nominations, a statement on the death of an
actor).
"""

from __future__ import annotations

import math
import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .. import lexicon
from ..model import Analysis, Corpus, Document

# Off-topic: relevance under this share of the median relevance.
OFF_TOPIC_SHARE = 0.35
KEY_TERMS = 50
# A document of fewer words of story text is too short to judge: a 44-word signing
# notice or a 67-word covering letter shares few words with anything.
MIN_WORDS = 150
MIN_DOCUMENTS = 10
# The pipeline's labels of names that say what a document is about.
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"})
_WORD = re.compile(r"[a-z][a-z'-]{3,}")
_STOP = lexicon.words("stop_words")


@dataclass(frozen=True, slots=True)
class Relevance:
    """A document's relevance to the corpus's story, and whether it looks unrelated."""

    document: str  # Document.id
    score: float  # cosine, 0..1
    off_topic: bool


def relevance(corpus: Corpus, analyses: Sequence[Analysis]) -> tuple[Relevance, ...]:
    """Each document's relevance, in corpus order (see the module docstring)."""
    documents = corpus.documents
    by_id = {a.document: a for a in analyses}
    profiles = [_profile(d, by_id.get(d.id)) for d in documents]
    long_enough = [_story_words(d) >= MIN_WORDS for d in documents]
    spread: Counter[str] = Counter()
    for profile in profiles:
        spread.update(profile.keys())
    story = dict(spread.most_common(KEY_TERMS))
    scores = [_cosine(p, story) for p in profiles]
    count = len(documents)
    median = statistics.median(scores) if scores else 0.0
    judged = count >= MIN_DOCUMENTS and median > 0
    return tuple(
        Relevance(d.id, round(s, 4), judged and long and s < OFF_TOPIC_SHARE * median)
        for d, s, long in zip(documents, scores, long_enough, strict=True)
    )


def _profile(document: Document, analysis: Analysis | None) -> Counter[str]:
    """The document's words and names, outside what is not the story's text (comments,
    boilerplate: Document.set_aside), and outside its title: the thresholds were measured
    on bodies (a title repeats what its body is about)."""
    profile: Counter[str] = Counter()
    aside = document.set_aside()
    for sentence in document.sentences:
        if sentence.number not in aside and not document.is_title(sentence.number):
            profile.update(w for w in _WORD.findall(sentence.text.lower()) if w not in _STOP)
    for span in analysis.spans if analysis else ():
        if (
            span.label in NAME_LABELS
            and span.sentence not in aside
            and not document.is_title(span.sentence)
        ):
            profile["name:" + " ".join(span.text.lower().split())] += 1
    return profile


def _story_words(document: Document) -> int:
    """How long the story's text is: its title aside (MIN_WORDS was measured on bodies)."""
    aside = document.set_aside()
    return sum(
        len(s.text.split())
        for s in document.sentences
        if s.number not in aside and not document.is_title(s.number)
    )


def _cosine(profile: Counter[str], story: dict[str, int]) -> float:
    """Cosine of the document's profile (weights 1 + log count) with the story's terms."""
    weights = {t: 1 + math.log(n) for t, n in profile.items()}
    norm = math.sqrt(sum(w * w for w in weights.values()))
    story_norm = math.sqrt(sum(n * n for n in story.values()))
    if not norm or not story_norm:
        return 0.0
    return sum(weights.get(t, 0.0) * n for t, n in story.items()) / (norm * story_norm)
